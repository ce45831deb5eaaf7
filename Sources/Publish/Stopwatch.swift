import Foundation

/// How long each stage of a build took, for `--timings` and the benchmark. Reading the clock
/// never changes what is built.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    private var started = DispatchTime.now().uptimeNanoseconds

    public init() {}

    /// Records the time since the last mark under `name`.
    public mutating func mark(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        stages.append((name, Double(now - started) / 1e9))
        started = now
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }
}
