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

extension Content {
    /// The body of the item read from the file at `path`.
    public func body(of path: String) -> MarkdownText? {
        let bodies: [MarkdownText] =
            pages.map(\.body) + updates.map(\.body) + meetings.map(\.body) + groups.map(\.body) + figures.topics.map(\.body)
            + plans.map(\.body) + plans.flatMap { $0.actions.map(\.body) } + responses.map(\.body)
            + responses.flatMap { $0.recommendations.map(\.body) }
        return bodies.first { $0.sourcePath == path }
    }

    /// The content with the body of the file `body` comes from replaced by it; nil when no item
    /// has a body from that file.
    public func replacingBody(with body: MarkdownText) -> Content? {
        var copy = self
        let path = body.sourcePath
        if let index = copy.pages.firstIndex(where: { $0.body.sourcePath == path }) {
            copy.pages[index].body = body
        } else if let index = copy.updates.firstIndex(where: { $0.body.sourcePath == path }) {
            copy.updates[index].body = body
        } else if let index = copy.meetings.firstIndex(where: { $0.body.sourcePath == path }) {
            copy.meetings[index].body = body
        } else if let index = copy.groups.firstIndex(where: { $0.body.sourcePath == path }) {
            copy.groups[index].body = body
        } else if let index = copy.figures.topics.firstIndex(where: { $0.body.sourcePath == path }) {
            copy.figures.topics[index].body = body
        } else if let plan = copy.plans.firstIndex(where: { $0.body.sourcePath == path }) {
            copy.plans[plan].body = body
        } else if let plan = copy.plans.firstIndex(where: { $0.actions.contains { $0.body.sourcePath == path } }),
            let action = copy.plans[plan].actions.firstIndex(where: { $0.body.sourcePath == path })
        {
            copy.plans[plan].actions[action].body = body
        } else if let response = copy.responses.firstIndex(where: { $0.body.sourcePath == path }) {
            copy.responses[response].body = body
        } else if let response = copy.responses.firstIndex(where: { $0.recommendations.contains { $0.body.sourcePath == path } }),
            let recommendation = copy.responses[response].recommendations.firstIndex(where: { $0.body.sourcePath == path })
        {
            copy.responses[response].recommendations[recommendation].body = body
        } else {
            return nil
        }
        return copy
    }
}

extension ContentFingerprint {
    /// The fingerprint after `body` replaced its file's body, the structure being unchanged.
    public func replacingBody(with body: MarkdownText) -> ContentFingerprint {
        var copy = self
        copy.bodies[body.sourcePath] = body.text.hashValue
        return copy
    }
}
