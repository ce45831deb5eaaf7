import Diagnostics

/// What open pages are told after each build: its number, whether it failed (and why), and
/// which files changed, so that each page reloads only when it or everything changed.
public struct SiteUpdate: Sendable, Equatable {
    public var version: Int
    /// The problems of the last build when it failed; empty when it succeeded.
    public var problems: [Diagnostic]
    /// Site paths written or removed; nil means every page (the theme, the styles or the
    /// state of errors changed).
    public var changedPaths: Set<String>?

    public init(version: Int, problems: [Diagnostic] = [], changedPaths: Set<String>? = []) {
        self.version = version
        self.problems = problems
        self.changedPaths = changedPaths
    }

    public var failed: Bool { problems.contains { $0.severity == .error } }

    /// The update as the `data:` of a server-sent event.
    var eventData: String {
        let paths = changedPaths.map { $0.sorted().map(jsonString).joined(separator: ",") }
        return "{\"version\":\(version),\"failed\":\(failed),\"all\":\(paths == nil),\"paths\":[\(paths ?? "")]}"
    }

    private func jsonString(_ text: String) -> String {
        var out = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where character.value < 0x20: out += "\\u" + String(format4(character.value))
            default: out.unicodeScalars.append(character)
            }
        }
        return out + "\""
    }

    private func format4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// What a listener hears: a build, or a sign that the connection is still wanted.
public enum HubMessage: Sendable {
    case update(SiteUpdate)
    case keepAlive
}

/// Tells every open page about each build, through server-sent events.
public actor LiveReloadHub {
    public private(set) var latest: SiteUpdate
    private var listeners: [Int: AsyncStream<HubMessage>.Continuation] = [:]
    private var nextListener = 0

    public init(initial: SiteUpdate = SiteUpdate(version: 1, problems: [], changedPaths: [])) {
        latest = initial
    }

    /// Records a build and tells every listener.
    public func publish(_ update: SiteUpdate) {
        latest = update
        for listener in listeners.values { listener.yield(.update(update)) }
    }

    /// Keeps every connection busy, so that closed pages are noticed.
    public func keepAlive() {
        for listener in listeners.values { listener.yield(.keepAlive) }
    }

    /// Updates from now on, starting with the latest, until the listener stops listening.
    public func subscribe() -> (id: Int, updates: AsyncStream<HubMessage>) {
        let (stream, continuation) = AsyncStream<HubMessage>.makeStream(bufferingPolicy: .bufferingNewest(8))
        nextListener += 1
        listeners[nextListener] = continuation
        continuation.yield(.update(latest))
        return (nextListener, stream)
    }

    public func unsubscribe(_ id: Int) {
        listeners.removeValue(forKey: id)?.finish()
    }

    public var listenerCount: Int { listeners.count }
}
