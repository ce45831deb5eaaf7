import Foundation

/// `tally serve` running in a fixture folder, on a free port, stopped when the test ends.
final class ServeProcess {
    let process = Process()
    let port: Int
    private let output = OutputBuffer()

    /// Starts the server and waits until it says where it listens.
    init(in folder: String, arguments: [String] = []) throws {
        process.executableURL = tallyBinary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let output = self.output
        pipe.fileHandleForReading.readabilityHandler = { handle in
            output.append(String(decoding: handle.availableData, as: UTF8.self))
        }
        try process.run()
        var found: Int?
        for _ in 0..<400 where found == nil {
            Thread.sleep(forTimeInterval: 0.05)
            let text = output.text
            if let range = text.range(of: "at http://127.0.0.1:"), let end = text[range.upperBound...].firstIndex(of: "/") {
                found = Int(text[range.upperBound..<end])
            }
            if !process.isRunning { break }
        }
        guard let found else {
            process.terminate()
            throw ServeError.didNotStart(output.text)
        }
        port = found
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    enum ServeError: Error { case didNotStart(String) }

    var log: String { output.text }

    /// Waits until the log contains `text`, up to `seconds`.
    func waitForLog(_ text: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if log.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    func get(_ path: String, host: String = "127.0.0.1") throws -> RawResponse {
        try RawHTTP.get(path, port: port, host: host)
    }
}

/// What the server printed, gathered as it comes.
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var gathered = ""

    func append(_ text: String) {
        lock.lock()
        gathered += text
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return gathered
    }
}

/// What came back from a request sent as written, with no cleaning up of its path.
struct RawResponse {
    var status: Int
    var headers: String
    var body: String
}

/// HTTP over a plain socket: URLSession would tidy `/../` out of a path before sending it.
enum RawHTTP {
    static func get(_ path: String, port: Int, host: String = "127.0.0.1", timeout: Double = 10) throws -> RawResponse {
        try parse(exchange("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n", port: port, timeout: timeout))
    }

    enum RawError: Error { case connect(Int32), malformed(String) }

    /// Opens a connection for every path and sends every request, then reads the answers.
    static func getAllAtOnce(_ paths: [String], port: Int) throws -> [RawResponse?] {
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        for path in paths {
            let descriptor = try connected(port: port)
            sockets.append(descriptor)
            let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
        }
        return sockets.map { descriptor in
            let text = readAll(descriptor, timeout: 30, until: nil)
            return try? parse(text)
        }
    }

    static func connected(port: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(descriptor)
            throw RawError.connect(errno)
        }
        var wait = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        return descriptor
    }

    static func readAll(_ descriptor: Int32, timeout: Double, until stop: ((String) -> Bool)?) -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            if count > 0 {
                received.append(contentsOf: buffer[0..<count])
                if let stop, stop(String(decoding: received, as: UTF8.self)) { break }
            }
        }
        return String(decoding: received, as: UTF8.self)
    }

    static func parse(_ text: String) throws -> RawResponse {
        guard let headerEnd = text.range(of: "\r\n\r\n") else { throw RawError.malformed(text) }
        let head = String(text[..<headerEnd.lowerBound])
        let statusLine = head.split(separator: "\r\n").first ?? ""
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw RawError.malformed(text) }
        return RawResponse(status: status, headers: head, body: String(text[headerEnd.upperBound...]))
    }

    /// Sends `request` and reads until the server closes the connection, `stop` says so, or
    /// `timeout` passes.
    static func exchange(_ request: String, port: Int, timeout: Double, until stop: ((String) -> Bool)? = nil) throws -> String {
        let descriptor = try connected(port: port)
        defer { close(descriptor) }
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
        return readAll(descriptor, timeout: timeout, until: stop)
    }
}
