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
        stripped.updateBodies { body in
            bodies[body.sourcePath] = body.text.hashValue
            body = MarkdownText(
                text: "", sourcePath: body.sourcePath, displayPath: body.displayPath, firstLine: body.firstLine,
                firstColumnOffset: body.firstColumnOffset)
        }
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
    /// Calls `update` on the Markdown body of every item, each once. The one list of where
    /// bodies are kept: a kind of item with a body added to the model is added here.
    public mutating func updateBodies(_ update: (inout MarkdownText) -> Void) {
        for index in pages.indices { update(&pages[index].body) }
        for index in updates.indices { update(&updates[index].body) }
        for plan in plans.indices {
            update(&plans[plan].body)
            for action in plans[plan].actions.indices { update(&plans[plan].actions[action].body) }
        }
        for index in groups.indices { update(&groups[index].body) }
        for index in meetings.indices { update(&meetings[index].body) }
        for response in responses.indices {
            update(&responses[response].body)
            for recommendation in responses[response].recommendations.indices {
                update(&responses[response].recommendations[recommendation].body)
            }
        }
        for index in figures.topics.indices { update(&figures.topics[index].body) }
    }

    /// The body of the item read from the file at `path`.
    public func body(of path: String) -> MarkdownText? {
        var copy = self
        var found: MarkdownText?
        copy.updateBodies { body in
            if found == nil, body.sourcePath == path { found = body }
        }
        return found
    }

    /// The content with the body of the file `body` comes from replaced by it; nil when no item
    /// has a body from that file.
    public func replacingBody(with body: MarkdownText) -> Content? {
        var copy = self
        var replaced = false
        copy.updateBodies { current in
            guard current.sourcePath == body.sourcePath else { return }
            current = body
            replaced = true
        }
        return replaced ? copy : nil
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
