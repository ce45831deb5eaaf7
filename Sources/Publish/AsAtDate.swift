import Diagnostics
import Foundation
import Model

/// Chooses the date every status is computed at, so that a build never depends on the clock
/// unless nothing else says what date to use.
public enum AsAtDate {
    public enum Source: String, Sendable {
        case option = "--as-of"
        case environment = "SOURCE_DATE_EPOCH"
        case siteConfig = "as_of in site.yaml"
        case today = "today's date"
    }

    /// The latest `SOURCE_DATE_EPOCH` that is a date Tally can write: the last second of 9999.
    static let latestEpoch = 253_402_300_799

    /// `--as-of`, else `SOURCE_DATE_EPOCH` (seconds since 1970, read as a UTC date), else `as_of`
    /// in site.yaml, else today. A `SOURCE_DATE_EPOCH` that is set but not a whole number of
    /// seconds is an error, never skipped: the build would silently depend on the clock.
    public static func resolve(
        option: CivilDate?, environment: [String: String], siteConfig: CivilDate?, today: () -> CivilDate
    ) throws(Diagnostic) -> (CivilDate, Source) {
        if let option { return (option, .option) }
        if let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty {
            guard let epoch = Int(value), value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
                (-latestEpoch...latestEpoch).contains(epoch)
            else {
                throw Diagnostic.error(
                    "SOURCE_DATE_EPOCH is \"\(value)\", which is not a whole number of seconds since 1970", at: nil,
                    hint: "set it to the output of date +%s (such as 1752710400 for 17 July 2025), or unset it; or give --as-of YYYY-MM-DD")
            }
            let days = epoch >= 0 ? epoch / 86_400 : (epoch - 86_399) / 86_400
            return (CivilDate(daysSinceEpoch: days), .environment)
        }
        if let siteConfig { return (siteConfig, .siteConfig) }
        return (today(), .today)
    }
}

