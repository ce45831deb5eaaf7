import Diagnostics

extension Fields {
    /// A file named for one day (`meetings/2025-06-03.md`, `updates/2025-07-17-report.md`) whose
    /// `date:` is another: one of the two is a slip, and it cannot be told which.
    func checkDateInName(of file: SourceFile, against date: CivilDate?, folder: String, kind: String) {
        guard let date, let named = CivilDate(iso: String(file.baseName.prefix(10))), named != date else { return }
        sink.error(
            "the \(kind) \(kind.hasSuffix("s") ? "are" : "is") dated \(date.iso), but the file is named for \(named.iso)",
            at: location(ofKey: "date"),
            hint: "correct whichever is wrong: the date: field, or the file's name (\(folder)/\(date.iso)\(file.baseName.dropFirst(10)).md)")
    }
}
