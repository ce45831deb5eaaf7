import Model

/// How figures are written: thousands separators, a real minus sign, `%` for percentages,
/// "about" for approximate values.
enum FigureFormat {
    static func number(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        let rounded = (abs(value) * scale).rounded() / scale
        let whole = Int(rounded)
        var text = grouped(whole)
        if decimals > 0 {
            let fraction = Int(((rounded - Double(whole)) * scale).rounded())
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: max(decimals - digits.count, 0)) + digits
        }
        return (value < 0 && rounded != 0 ? "\u{2212}" : "") + text
    }

    /// A value as prose shows it: `1,012`, `45.0%`, `about 83%`.
    static func value(_ value: Double, unit: ValueUnit, decimals: Int? = nil) -> String {
        let digits = decimals ?? (unit.isPercent && value == value.rounded() && unit.decimals <= 1 ? 0 : unit.decimals)
        var text = number(value, decimals: digits)
        if unit.isPercent { text += "%" }
        return text
    }

    /// A value that may be approximate: `about 83%`, in the site's words.
    static func value(_ value: Double, unit: ValueUnit, approximate: Bool, _ strings: Strings) -> String {
        let text = self.value(value, unit: unit)
        return approximate ? strings.text("figures.about", ["value": text]) : text
    }

    /// The difference between two values of a series, unsigned: in its unit, or in percentage
    /// points when its values are percentages (from 40% to 45% is 5 points, not 5%).
    static func difference(_ value: Double, unit: ValueUnit, _ strings: Strings) -> String {
        guard unit.isPercent else { return self.value(abs(value), unit: unit) }
        let digits = value == value.rounded() && unit.decimals <= 1 ? 0 : unit.decimals
        let number = number(abs(value), decimals: digits)
        // Plural forms are chosen by whole numbers; 1.5 points, or more than a million, take the
        // form a large whole number does.
        let size = abs(value)
        let count = size == size.rounded() && size < 1_000_000 ? Int(size) : 1_000_000
        return strings.plural("figures.percentage-points", count: count, ["count": number])
    }

    /// A signed difference between two values of a series: `+38`, `−5 percentage points`.
    static func signedDifference(_ value: Double, unit: ValueUnit, _ strings: Strings) -> String {
        let text = difference(value, unit: unit, strings)
        if value > 0 { return "+" + text }
        if value < 0 { return "\u{2212}" + text }
        return text
    }

    /// A difference worked out from an approximate value is approximate too: "about +50", not
    /// "+50", from "about 600" to 650.
    static func about(_ text: String, if approximate: Bool, _ strings: Strings) -> String {
        approximate ? strings.text("figures.about", ["value": text]) : text
    }

    /// What a reader must know with a value: that it may still change.
    static func marked(_ text: String, _ point: DataPoint, _ strings: Strings) -> String {
        point.status == .provisional ? text + " " + strings.text("summary.provisional") : text
    }

    /// A unit as a heading: a word (`people`, `tonnes`) starts with a capital; a symbol keeps the
    /// case it was written in, whether it has capitals or digits (`tCO2e`, `kWh`, `m3`) or is a
    /// short lower-case one (`kg`, `km`, `mph`), since `Kg` would be a different unit.
    static func unitHeading(_ name: String) -> String {
        let firstWord = name.prefix { $0 != " " }
        guard firstWord.count >= 4, firstWord.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == "-" }) else { return name }
        return firstWord.prefix(1).uppercased() + name.dropFirst()
    }

    /// A signed change: `+38`, `−33`, `0`.
    static func change(_ value: Double, unit: ValueUnit) -> String {
        let text = self.value(abs(value), unit: unit)
        if value > 0 { return "+" + text }
        if value < 0 { return "\u{2212}" + text }
        return text
    }

    static func grouped(_ whole: Int) -> String {
        let digits = String(whole)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(character)
        }
        return result
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
