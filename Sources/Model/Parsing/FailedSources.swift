import Diagnostics

/// The files that failed to read, by what they would have given the site: a series, a plan, a
/// response, a group, meeting notes. A problem elsewhere that only follows from one of them (a
/// reference to the series, a link to the plan) names it as its cause, so that the file's own
/// error is reported first and the rest are folded under it.
public struct FailedSources: Sendable, Hashable {
    /// "series:complaints" -> "Content/data/complaints.yaml".
    public var files: [String: String] = [:]
    /// Every file with an error, as shown.
    public var paths: Set<String> = []

    public init() {}

    /// From the errors found so far, in files under the content folder shown as `displayRoot`.
    init(_ diagnostics: DiagnosticList, displayRoot: String) {
        let prefix = displayRoot.isEmpty ? "" : displayRoot + "/"
        for diagnostic in diagnostics.errors {
            guard let shown = diagnostic.location?.file, shown.hasPrefix(prefix) else { continue }
            paths.insert(shown)
            let parts = shown.dropFirst(prefix.count).split(separator: "/").map(String.init)
            guard let name = parts.last else { continue }
            let base = name.split(separator: ".").first.map(String.init) ?? name
            let key: String?
            switch (parts.first, parts.count) {
            case ("data", 2): key = name.hasSuffix(".md") ? nil : "series:\(base)"
            case ("plans", 3): key = name == "plan.md" ? "plan:\(parts[1])" : nil
            case ("responses", 3): key = name == "response.md" ? "response:\(parts[1])" : nil
            case ("groups", 2): key = "group:\(base)"
            case ("metrics.yaml", 1): key = "metrics"
            default: key = nil
            }
            if let key, files[key] == nil { files[key] = shown }
        }
    }

    public func series(_ id: String) -> String? { files["series:\(id)"] ?? files["metrics"] }

    /// For a series or metric: the failed file it follows from, through a metric's inputs too.
    public func figure(_ id: String, in figures: FigureContent) -> String? {
        var seen = Set<String>()
        func cause(_ id: String) -> String? {
            guard seen.insert(id).inserted else { return nil }
            if let file = files["series:\(id)"] { return file }
            guard let metric = figures.metrics.first(where: { $0.id == id }) else { return files["metrics"] }
            for input in metric.inputs {
                if let file = cause(input) { return file }
            }
            return nil
        }
        return cause(id)
    }
    public func plan(_ id: String) -> String? { files["plan:\(id)"] }
    public func response(_ id: String) -> String? { files["response:\(id)"] }
    public func group(_ id: String) -> String? { files["group:\(id)"] }

    /// The plan whose failure an unknown action id probably follows from: one whose id the action's
    /// id starts with (`2025-26-release-1` in plan `2025-26`).
    public func planOfAction(_ id: String) -> String? {
        files.filter { $0.key.hasPrefix("plan:") && id.lowercased().hasPrefix(String($0.key.dropFirst(5)).lowercased()) }
            .max { $0.key.count < $1.key.count }?.value
    }

    /// For a link to a site path that does not exist: the failed file it would have come from.
    public func sitePath(_ path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 2 else { return nil }
        switch parts[0] {
        case "plans": return plan(parts[1])
        case "responses": return response(parts[1])
        case "data" where parts.count >= 3 && parts[1] == "series": return series(parts[2])
        case "groups": return group(parts[1])
        default: return nil
        }
    }
}
