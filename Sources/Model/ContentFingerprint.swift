/// What a change to the content touched, for rebuilding only what depends on it.
///
/// The *structure* is everything but the Markdown bodies of files: fields, titles, dates, the
/// actions read out of meeting notes, figures, the list of files. Almost every page shows some
/// of it, so a change to it is a change for every page. A file's *body* is shown only by the
/// pages that render it, so a change to one body is a change for those pages alone.
public struct ContentFingerprint: Sendable, Hashable {
    public var structure: Int
    /// A hash of each file's body, by the file's path in `Content/`.
    public var bodies: [String: Int]

    /// Hashes are for comparing two builds in one process, never written anywhere.
    public init(_ content: Content) {
        var bodies: [String: Int] = [:]
        var stripped = content
        func strip(_ body: inout MarkdownText) {
            bodies[body.sourcePath] = body.text.hashValue
            body = MarkdownText(
                text: "", sourcePath: body.sourcePath, displayPath: body.displayPath, firstLine: body.firstLine,
                firstColumnOffset: body.firstColumnOffset)
        }
        for index in stripped.pages.indices { strip(&stripped.pages[index].body) }
        for index in stripped.updates.indices { strip(&stripped.updates[index].body) }
        for plan in stripped.plans.indices {
            strip(&stripped.plans[plan].body)
            for action in stripped.plans[plan].actions.indices { strip(&stripped.plans[plan].actions[action].body) }
        }
        for index in stripped.groups.indices { strip(&stripped.groups[index].body) }
        for index in stripped.meetings.indices { strip(&stripped.meetings[index].body) }
        for response in stripped.responses.indices {
            strip(&stripped.responses[response].body)
            for recommendation in stripped.responses[response].recommendations.indices {
                strip(&stripped.responses[response].recommendations[recommendation].body)
            }
        }
        for index in stripped.figures.topics.indices { strip(&stripped.figures.topics[index].body) }
        structure = stripped.hashValue
        self.bodies = bodies
    }

    /// The files whose bodies differ between the two, or nil when the structure differs (then
    /// everything may have changed).
    public func changedBodies(since earlier: ContentFingerprint) -> Set<String>? {
        guard structure == earlier.structure else { return nil }
        var changed = Set<String>()
        for (path, hash) in bodies where earlier.bodies[path] != hash { changed.insert(path) }
        for path in earlier.bodies.keys where bodies[path] == nil { changed.insert(path) }
        return changed
    }
}
