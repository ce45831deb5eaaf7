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
    static func value(_ value: Double, unit: ValueUnit, approximate: Bool = false, decimals: Int? = nil) -> String {
        let digits = decimals ?? (unit.isPercent && value == value.rounded() && unit.decimals <= 1 ? 0 : unit.decimals)
        var text = number(value, decimals: digits)
        if unit.isPercent { text += "%" }
        return approximate ? "about \(text)" : text
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
