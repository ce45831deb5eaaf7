extension Content {
    /// Calls `update` on the Markdown body of every item, each once, and puts in its place what
    /// it returns (nil: leave it). The one list of where bodies are kept: a kind of item with a
    /// body added to the model is added here. An item whose body is left is not written to: a
    /// walk that changes nothing copies nothing, and one that changes a body copies only the
    /// lists that hold it (where they are shared with another content).
    public mutating func updateBodies(_ update: (MarkdownText) -> MarkdownText?) {
        for index in pages.indices { if let new = update(pages[index].body) { pages[index].body = new } }
        for index in updates.indices { if let new = update(updates[index].body) { updates[index].body = new } }
        for plan in plans.indices {
            if let new = update(plans[plan].body) { plans[plan].body = new }
            for action in plans[plan].actions.indices {
                if let new = update(plans[plan].actions[action].body) { plans[plan].actions[action].body = new }
            }
        }
        for index in groups.indices { if let new = update(groups[index].body) { groups[index].body = new } }
        for index in meetings.indices { if let new = update(meetings[index].body) { meetings[index].body = new } }
        for response in responses.indices {
            if let new = update(responses[response].body) { responses[response].body = new }
            for recommendation in responses[response].recommendations.indices {
                if let new = update(responses[response].recommendations[recommendation].body) {
                    responses[response].recommendations[recommendation].body = new
                }
            }
        }
        for index in figures.topics.indices { if let new = update(figures.topics[index].body) { figures.topics[index].body = new } }
    }

    /// The body of the item read from the file at `path`.
    public func body(of path: String) -> MarkdownText? {
        var walked = self
        var found: MarkdownText?
        walked.updateBodies { body in
            if found == nil, body.sourcePath == path { found = body }
            return nil
        }
        return found
    }

    /// Puts `body` in place of the body read from its file; false when no item has one.
    public mutating func replaceBody(with body: MarkdownText) -> Bool {
        var replaced = false
        updateBodies { current in
            guard current.sourcePath == body.sourcePath else { return nil }
            replaced = true
            return body
        }
        return replaced
    }
}
