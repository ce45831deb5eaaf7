extension Fields {
    /// `editions: [web, print]`: the editions something appears in; nil (all) when not given.
    func editions() -> Set<Edition>? {
        guard node("editions") != nil else { return nil }
        var result = Set<Edition>()
        for name in strings("editions", example: "editions: [web, print]") {
            if let edition = Fields.match(name, as: Edition.self, field: label("editions"), at: location(ofKey: "editions"), sink: sink) {
                result.insert(edition)
            }
        }
        return result
    }
}
