import Diagnostics

extension ContentParser {
    /// The new body of `new`, when it differs from `old` (the same file before) only in Markdown
    /// that nothing but the file's own pages show: the front matter is the same text, and for
    /// meeting notes, the ACTION paragraphs read from the notes are the same too, at the same
    /// places. Otherwise nil: the change may touch what other pages show, and needs a full parse.
    public static func proseOnlyChange(from old: SourceFile, to new: SourceFile) -> MarkdownText? {
        guard old.path == new.path, new.pathExtension == "md", isProseFile(new.path),
            case .success(let oldText) = old.text(), case .success(let newText) = new.text(),
            case .success(let before) = FrontMatterDocument.split(oldText, of: old),
            case .success(let after) = FrontMatterDocument.split(newText, of: new),
            let yaml = after.yaml, before.yaml == yaml, before.body.firstLine == after.body.firstLine
        else { return nil }
        if new.path.hasPrefix("meetings/") {
            let (oldSink, newSink) = (DiagnosticSink(), DiagnosticSink())
            guard let oldMeeting = MeetingReader.read(old, sink: oldSink), let newMeeting = MeetingReader.read(new, sink: newSink),
                oldMeeting.actions == newMeeting.actions, oldMeeting.statusMentions == newMeeting.statusMentions, oldSink.list == newSink.list
            else { return nil }
        }
        return after.body
    }

    /// Files whose body is prose shown on their own pages.
    static func isProseFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        switch (parts.first.map(String.init), parts.count) {
        case ("pages", 2...), ("updates", 2), ("groups", 2), ("meetings", 2), ("data", 2), ("plans", 3), ("responses", 3):
            return true
        default:
            return false
        }
    }
}
