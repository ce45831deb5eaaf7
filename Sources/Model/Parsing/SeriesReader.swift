import CSV
import Diagnostics
import Foundation

/// Reads a series: its metadata (`data/<id>.yaml`) and its values (`data/<id>.csv`).
public enum SeriesReader {
    static let metadataExample = "title: Open cases, unit: cases, period: date"

    static func read(csv: SourceFile, metadata: SourceFile?, sink: DiagnosticSink) -> DataSeries? {
        let id = csv.baseName
        guard let metadata else {
            sink.error(
                "the series \(id) has no metadata", at: csv.location(),
                hint: "add data/\(id).yaml with its title, unit, period and source, for example: \(metadataExample)")
            return nil
        }
        guard let text = MarkdownFile.decode(metadata, sink: sink, example: metadataExample) else { return nil }
        let root = YAMLParser.parse(text, file: metadata, firstLine: 1, sink: sink)
        if root == nil, sink.list.hasErrors { return nil }
        let fields = Fields.root(root, file: metadata, firstLine: 1, sink: sink)
        let title = fields.string("title", required: true, example: "title: Open cases")
        let periodKind = fields.choice("period", of: PeriodKind.self, required: true, example: "period: date")
        var unit = fields.unit()
        let defaultChart: ChartKind = periodKind == .date || periodKind == .month ? .line : .bar
        let chart = fields.choice("chart", of: ChartKind.self, example: "chart: line") ?? defaultChart
        let source = fields.object("source", example: "source:\n  title: Quarterly statistics\n  url: https://...")
            .flatMap(PlanReader.readSource)
        let measure = fields.string("measure")
        let notes = fields.markdown("notes")
        if periodKind == .financialYear, !sink.deadlines.financialYearKnown {
            sink.error(
                "the values are for financial years, and the site has not said when its financial year starts (April in the United Kingdom, July in Australia)",
                at: fields.location(ofKey: "period"), hint: DeadlineConventions.financialYearHint)
            fields.finish()
            return nil
        }
        fields.finish()
        guard let title, let periodKind else { return nil }
        let points = readValues(csv, kind: periodKind, unit: unit, sink: sink)
        // Without decimals:, the values are shown as written: £5.2m was shown as "5", a rounding
        // nobody chose. (A site that wants them rounded says how far.)
        if fields.node("decimals") == nil {
            unit.decimals = max(unit.decimals, points.compactMap(\.value).map(ValueUnit.decimalsWritten).max() ?? 0)
        }
        return DataSeries(
            id: id, title: title, measure: measure, unit: unit, periodKind: periodKind, source: source, notes: notes,
            chart: chart, points: points, sourcePath: csv.path, location: csv.location())
    }

    /// Other names for the columns that mark a value, and the column each means.
    static let markingColumns: [String: String] = Dictionary(
        uniqueKeysWithValues: Fields.approximateNames.map { ($0, "approximate") }
            + ["provisional", "revised", "flag", "flags", "marker", "markers", "value_status"].map { ($0, "status") })

    /// The rows of the CSV: a header with `period` and `value` (and optionally `note`, `status`,
    /// `approximate`), then one row per period. An empty value is a gap.
    static func readValues(_ file: SourceFile, kind: PeriodKind, unit: ValueUnit, sink: DiagnosticSink) -> [DataPoint] {
        guard let text = MarkdownFile.decode(file, sink: sink, example: "period,value") else { return [] }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            sink.error("the CSV file cannot be read: \(error)", at: file.location(), hint: "the first line must name the columns: period,value")
            return []
        }
        let header = (reader.headerRow ?? []).map { $0.lowercased() }
        let known = ["period", "value", "note", "status", "approximate"]
        guard let periodColumn = header.firstIndex(of: "period"), let valueColumn = header.firstIndex(of: "value") else {
            sink.error(
                "the first line must name the columns period and value", at: file.location(line: 1, column: 1),
                hint: "for example: period,value,note")
            return []
        }
        for (index, name) in header.enumerated() where !known.contains(name) {
            // A column that marks values a known column marks: ignored, its values were shown as exact or final.
            if let meant = markingColumns[name] {
                sink.error(
                    "the column \"\(name)\" is not read: the column for it is \"\(meant)\"",
                    at: file.location(line: 1, column: column(of: index, in: reader.headerRow ?? [])),
                    hint: meant == "approximate"
                        ? "name it approximate, and write yes where the source says about or around"
                        : "name it status, and write provisional or revised where the source says so")
                continue
            }
            sink.warning(
                "unknown column \"\(name)\" is ignored", at: file.location(line: 1, column: column(of: index, in: reader.headerRow ?? [])),
                hint: NearestName.hint(for: name, among: known))
        }
        var points: [DataPoint] = []
        var seen: [Period: Int] = [:]
        var line = 2
        while let row = reader.next() {
            defer { line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" }.count } }
            if row.allSatisfy(\.isEmpty) { continue }
            func cell(_ index: Int?) -> String? {
                guard let index, index < row.count else { return nil }
                return row[index].isEmpty ? nil : row[index]
            }
            let place = { (column: Int?) in file.location(line: line, column: column.map { SeriesReader.column(of: $0, in: row) } ?? 1) }
            // "2025,5,7": 5.7 written with a decimal comma, or a cell the first line does not
            // name; either way, reading the value as 5 would publish a figure the file does not say.
            if let extra = row.indices.first(where: { $0 >= header.count && !row[$0].isEmpty }) {
                sink.error(
                    "this row has \(row.count) cells, but the first line names \(header.count) columns", at: place(extra),
                    hint: "write a number with a point before its decimals (5.7), or put a cell that holds a comma in quotes (\"5,7\")")
                continue
            }
            guard let periodText = cell(periodColumn) else {
                sink.error("a row has no period", at: place(periodColumn), hint: "write the period as \(kind.example)")
                continue
            }
            guard let period = Period.parse(periodText, as: kind, financialYearStart: sink.deadlines.financialYearStart) else {
                sink.error(
                    "\"\(periodText)\" is not \(kind.label) in the form \(kind.example)", at: place(periodColumn),
                    hint: Period.asWritten(periodText, as: kind, deadlines: sink.deadlines).map {
                        "\"\(periodText)\" is the \(kind == .date ? "day" : "period ending") \($0.end.long): write \($0.key)"
                    } ?? "the metadata says the values are for \(kind.label) (period: \(kind.rawValue)); write each period as \(kind.example)")
                continue
            }
            if let first = seen[period] {
                sink.error(
                    "the period \(period.key) is given twice (first on line \(first))", at: place(periodColumn),
                    hint: "keep one row per period; a revised value replaces the old one, with status: revised")
                continue
            }
            seen[period] = line
            var value: Double?
            if let valueText = cell(valueColumn) {
                value = parseNumber(valueText)
                if value == nil {
                    sink.error(
                        "\"\(valueText)\" is not a number", at: place(valueColumn),
                        hint: "write the value as digits, with a point before any decimals (1012, 1,012 or 0.125), or leave it empty when no figure was published")
                    continue
                }
                if let problem = percentProblem(valueText, unit: unit, fix: "set unit: percent in the metadata")
                    ?? decimalCommaProblem(valueText, decimalComma: sink.deadlines.decimalComma)
                    ?? thousandsDotProblem(valueText, unit: unit, fix: "set decimals: 3 in the metadata")
                {
                    sink.error(problem.message, at: place(valueColumn), hint: problem.hint)
                    continue
                }
            }
            var status: ValueStatus?
            if let statusText = cell(header.firstIndex(of: "status")) {
                status = ValueStatus(rawValue: statusText.lowercased())
                if status == nil {
                    sink.error(
                        "\"\(statusText)\" is not a status of a value", at: place(header.firstIndex(of: "status")),
                        hint: "use provisional or revised, or leave it empty")
                }
            }
            // "approx" or "~" taken as no published "about 600" as exactly 600.
            var approximate = false
            if let mark = cell(header.firstIndex(of: "approximate")) {
                switch mark.lowercased() {
                case "yes", "true", "about": approximate = true
                case "no", "false": approximate = false
                default:
                    sink.error(
                        "\"\(mark)\" does not say whether the value is approximate", at: place(header.firstIndex(of: "approximate")),
                        hint: "write yes when the source says about or around, no or nothing when it does not")
                }
            }
            let note = cell(header.firstIndex(of: "note"))
            // "2025-11,3,725,": 3,725 without its quotes, or 5,7 with a decimal comma, whose
            // second half fell into the note beside it; the row's cells still fit the first line.
            if let valueText = cell(valueColumn), let note, header.firstIndex(of: "note") == valueColumn + 1,
                let problem = splitNumberProblem(valueText, next: note)
            {
                sink.error(problem.message, at: place(valueColumn), hint: problem.hint)
                continue
            }
            if value != nil, let note, let problem = noteProblem(note, status: status, approximate: approximate) {
                sink.error(problem.message, at: place(header.firstIndex(of: "note")), hint: problem.hint)
                continue
            }
            points.append(
                DataPoint(
                    period: period, value: value, approximate: approximate, note: note,
                    status: status, location: place(valueColumn)))
        }
        if let error = reader.error {
            sink.error("the CSV file cannot be read past line \(line): \(error)", at: file.location(line: line), hint: "check for a quote that is not closed")
        }
        if unit.isPercent { checkFractions(points, sink: sink) }
        return points.sorted { $0.period < $1.period }
    }

    /// A percentage written as a fraction among others written in per cent: 0.96 between 95 and
    /// 97 was published as 0.96%. Refused only where it cannot be anything else: values of 1 or
    /// less, fewer than the others, when every other value (two or more) is 50 or more.
    static func checkFractions(_ points: [DataPoint], sink: DiagnosticSink) {
        let values = points.compactMap(\.value)
        let others = values.filter { $0 > 1 }
        let fractions = values.filter { $0 > 0 && $0 <= 1 }
        guard others.count >= 2, fractions.count < others.count, others.allSatisfy({ $0 >= 50 }) else { return }
        for point in points {
            guard let value = point.value, value > 0, value <= 1 else { continue }
            sink.error(
                "\(value.asWritten) is a share of 1% or less, where every other value of the series is 50% or more: is it \((value * 100).asWritten)% written as a fraction?",
                at: point.location, hint: "write percentages as numbers of per cent: \((value * 100).asWritten)")
        }
    }

    /// A value written with a dot and three digits after it (`1.234`, `12.500`) where the figures
    /// are shown with fewer decimals: 1,234 written as much of Europe writes thousands, or 1.234
    /// shown as 1? Refused, never rounded to a figure nobody published.
    /// A whole number whose next cell is figures alone: one number split at its comma by the
    /// CSV ("3,725" or "5,7" unquoted), read as its first half with the rest as a note.
    static func splitNumberProblem(_ value: String, next: String) -> (message: String, hint: String)? {
        func isFigures(_ text: Substring) -> Bool { !text.isEmpty && text.allSatisfy(\.isASCIIDigit) }
        let digits = value.drop { $0 == "-" || $0 == "\u{2212}" }
        let parts = next.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard isFigures(digits), parts.allSatisfy(isFigures) else { return nil }
        return (
            "the value \"\(value)\" is followed by \"\(next)\" in the next cell: is it \(value),\(next), split by the comma into two cells?",
            "put a number with a comma in quotes (\"\(value),\(next)\"), or write it without the comma (\(value)\(next))"
                + (parts.count == 1 ? " or with a point before its decimals (\(value).\(next))" : "") + "; a note says in words where the value comes from"
        )
    }

    /// A note that says what its columns do not: "Provisional" with no status (the value was
    /// shown as final wherever the note is not), "About 600" not marked approximate, or a
    /// forecast, which is not a figure that was counted at all.
    static func noteProblem(
        _ note: String, status: ValueStatus?, approximate: Bool,
        marks: (provisional: String, approximate: String) = ("write provisional in a status column for this row", "write yes in an approximate column for this row")
    ) -> (message: String, hint: String)? {
        let lowered = note.lowercased()
        let wordList = lowered.split(whereSeparator: { !$0.isLetter }).map(String.init)
        let words = Set(wordList)
        // In English and Welsh ("rhagolwg": a forecast; "dros dro": provisional; "tua": about).
        if let word = ["forecast", "forecasted", "projected", "projection", "rhagolwg", "rhagamcan"].first(where: words.contains) {
            return (
                "the note says \"\(word)\", but a series holds figures that were counted",
                "leave forecasts out of the series (a goal goes in targets.yaml), or, if the figure was counted, say so in the note")
        }
        if status == nil, words.contains("provisional") || lowered.contains("dros dro") {
            return (
                "the note says the value is provisional, but it is not marked provisional, so it would be shown as final wherever the note is not",
                marks.provisional)
        }
        if !approximate, let first = wordList.first, ["about", "approximately", "approx", "around", "roughly", "circa", "tua", "oddeutu"].contains(first) {
            return (
                "the note says \"\(first)\", but the value is not marked approximate, so it would be shown as exact",
                marks.approximate)
        }
        return nil
    }

    public static func thousandsDotProblem(_ text: String, unit: ValueUnit, fix: String) -> (message: String, hint: String)? {
        var digits = Substring(text.trimming(" "))
        if digits.first == "-" || digits.first == "\u{2212}" { digits.removeFirst() }
        if digits.last == "%" { digits.removeLast() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard !unit.name.isEmpty, unit.decimals < 3, parts.count == 2, (1...3).contains(parts[0].count), parts[0].first != "0",
            parts[1].count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let whole = parts[0] + parts[1]
        return (
            "\"\(text)\" could be \(whole) written with a dot between its thousands, or \(digits) (shown with \(unit.decimals) decimal\(unit.decimals == 1 ? "" : "s"))",
            "write \(whole) (or \(parts[0]),\(parts[1])) for \(whole); for \(digits), \(fix)"
        )
    }

    /// A value with one comma before three digits (`1,234`) on a site whose language writes
    /// decimals after a comma: one thousand two hundred and thirty-four, or 1.234?
    public static func decimalCommaProblem(_ text: String, decimalComma: Bool) -> (message: String, hint: String)? {
        guard decimalComma else { return nil }
        var digits = Substring(text.trimming(" "))
        if digits.first == "-" || digits.first == "\u{2212}" { digits.removeFirst() }
        if digits.last == "%" { digits.removeLast() }
        let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return (
            "\"\(text)\" could be \(parts[0])\(parts[1]) (a comma between thousands, as Tally reads numbers) or \(parts[0]).\(parts[1]) (a decimal comma, as the site's language writes them)",
            "write \(parts[0])\(parts[1]) (no separator) or \(parts[0]).\(parts[1]) (a point before the decimals), whichever it is"
        )
    }

    /// A value written as a percentage (`45%`) where what is counted is not a percentage
    /// (`unit: people`): 45 people, or 45% of them? `fix` says how to make the unit a percentage.
    public static func percentProblem(_ text: String, unit: ValueUnit, fix: String) -> (message: String, hint: String)? {
        guard text.trimming(" ").hasSuffix("%"), !unit.isPercent, !unit.name.isEmpty else { return nil }
        return (
            "\"\(text)\" is a percentage, but what is counted is \(unit.name)",
            "write the number of \(unit.name) without %, or, if the figures are percentages, \(fix)"
        )
    }

    /// `1012`, `1,012`, `45%`, `-3.5`; nil for anything else.
    public static func parseNumber(_ text: String) -> Double? {
        // A true minus sign (−3.5) is how typeset tables write a negative.
        var cleaned = text.trimming(" ").replacingOccurrences(of: "\u{2212}", with: "-")
        if cleaned.hasSuffix("%") { cleaned.removeLast() }
        let digitsOnly = cleaned.replacingOccurrences(of: ",", with: "")
        if cleaned.contains(",") {
            // Thousands separators only: 1,012 or 12,345,678; never after a leading 0 (0,125
            // is a decimal comma, not 125), nor after the point (12.345,6 is 12345.6 written
            // as much of Europe writes it, not 12.3456).
            let pieces = cleaned.split(separator: ".", omittingEmptySubsequences: false)
            guard pieces.count <= 2, pieces.dropFirst().allSatisfy({ !$0.contains(",") }) else { return nil }
            let groups = pieces[0].split(separator: ",", omittingEmptySubsequences: false)
            let first = groups[0].drop { $0 == "-" }
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(first.count), first.first != "0" else { return nil }
        }
        guard !digitsOnly.isEmpty, digitsOnly.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return Double(digitsOnly)
    }

    /// The 1-based column where field `index` starts, assuming fields were written without quotes.
    static func column(of index: Int, in row: [String]) -> Int {
        row.prefix(index).reduce(1) { $0 + $1.count + 1 }
    }
}

extension Fields {
    /// `unit: people` and `decimals: 1`.
    /// What is counted is a fact of the figures: never assumed, so a series or target without it is refused.
    func unit() -> ValueUnit {
        let name = string("unit", required: true, example: "unit: homes (or tCO2e, percent, cases: what is counted)") ?? ""
        let defaultDecimals = name == "percent" || name == "%" ? 1 : 0
        return ValueUnit(name: name, decimals: int("decimals", example: "decimals: 1", range: 0...6) ?? defaultDecimals)
    }
}
