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

    /// `--as-of`, else `SOURCE_DATE_EPOCH` (seconds since 1970, read as a UTC date), else `as_of`
    /// in site.yaml, else today.
    public static func resolve(
        option: CivilDate?, environment: [String: String], siteConfig: CivilDate?, today: () -> CivilDate
    ) -> (CivilDate, Source) {
        if let option { return (option, .option) }
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
            let days = epoch >= 0 ? epoch / 86_400 : (epoch - 86_399) / 86_400
            return (CivilDate(daysSinceEpoch: days), .environment)
        }
        if let siteConfig { return (siteConfig, .siteConfig) }
        return (today(), .today)
    }
}

