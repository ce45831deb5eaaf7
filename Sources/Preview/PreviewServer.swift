import Foundation
import Hummingbird
import Logging

/// The preview server: serves the site folder on one address (loopback unless asked otherwise),
/// adds live reload and the problems overlay to every page, and serves nothing outside the folder.
public struct PreviewServer: Sendable {
    public var host: String
    public var port: Int
    public var siteFolder: String
    public var hub: LiveReloadHub

    public init(host: String, port: Int, siteFolder: String, hub: LiveReloadHub) {
        self.host = host
        self.port = port
        self.siteFolder = siteFolder
        self.hub = hub
    }

    public enum StartError: Error, CustomStringConvertible {
        case portInUse(host: String, port: Int)
        case cannotListen(String)

        public var description: String {
            switch self {
            case .portInUse(let host, let port):
                return "port \(port) on \(host) is already in use"
            case .cannotListen(let reason):
                return "the preview server could not start: \(reason)"
            }
        }
    }

    /// Fails at once, with a clear reason, if the address cannot be listened on.
    public func checkAddress() throws(StartError) {
        guard port != 0 else { return }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let literal = host == "localhost" ? "127.0.0.1" : host
        guard inet_pton(AF_INET, literal, &address.sin_addr) == 1 else { return }
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { return }
        defer { close(socketDescriptor) }
        var yes: Int32 = 1
        setsockopt(socketDescriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if result != 0 {
            if errno == EADDRINUSE { throw .portInUse(host: host, port: port) }
            throw .cannotListen(String(cString: strerror(errno)))
        }
    }

    /// Runs until the process ends; `onRunning` gets the port actually listened on.
    public func run(onRunning: @escaping @Sendable (Int) -> Void) async throws {
        var logger = Logger(label: "tally-preview")
        logger.logLevel = .critical
        let handler = RequestHandler(siteFolder: siteFolder, hub: hub, hosts: HostCheck(listeningOn: host))
        let responder = CallbackResponder<BasicRequestContext> { request, _ in await handler.respond(to: request) }
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "Tally preview"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.run()
    }
}

/// Answers one request: Tally's own files under /_tally/, else a file of the site.
struct RequestHandler: Sendable {
    let siteFolder: String
    let hub: LiveReloadHub
    let hosts: HostCheck

    func respond(to request: Request) async -> Response {
        guard hosts.allows(request.head.authority) else {
            return text(
                "This preview answers only requests addressed to it as localhost or by its address.\n",
                type: "text/plain; charset=utf-8", status: .misdirectedRequest)
        }
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let path = request.uri.path
        switch path {
        case "/_tally/live.js":
            return text(PreviewAssets.liveReload, type: "text/javascript; charset=utf-8")
        case "/_tally/overlay.css":
            return text(PreviewAssets.overlayStyle, type: "text/css; charset=utf-8")
        case "/_tally/events":
            return events()
        default:
            return await file(path)
        }
    }

    func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var buffer = ByteBuffer()
        buffer.writeString(text)
        return Response(
            status: status, headers: [.contentType: type, .cacheControl: "no-store", .contentLength: String(buffer.readableBytes)],
            body: ResponseBody(byteBuffer: buffer))
    }

    func file(_ requestPath: String) async -> Response {
        let update = await hub.latest
        let resolver = SiteFileResolver(root: siteFolder)
        if case .redirect(let location) = resolver?.resolve(requestPath) {
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
        }
        guard let resolver, let file = resolver.file(for: requestPath), let data = FileManager.default.contents(atPath: file)
        else {
            let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found</title>\n</head>\n<body>\n<h1>Not found</h1>\n<p>There is no such page in the site.</p>\n</body>\n</html>\n"
            return text(PageDecorator.decorate(page, sitePath: "", update: update), type: "text/html; charset=utf-8", status: .notFound)
        }
        let sitePath = resolver.sitePath(of: file)
        let type = MediaTypes.type(of: sitePath)
        if sitePath.hasSuffix(".html") {
            let html = PageDecorator.decorate(String(decoding: data, as: UTF8.self), sitePath: sitePath, update: update)
            return text(html, type: type)
        }
        var buffer = ByteBuffer()
        buffer.writeBytes(data)
        return Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "no-store", .contentLength: String(buffer.readableBytes)],
            body: ResponseBody(byteBuffer: buffer))
    }

    /// Server-sent events: the latest build at once, then each new one, and a comment every
    /// 15 seconds so that a closed page is noticed and the connection is not dropped.
    func events() -> Response {
        let hub = hub
        let body = ResponseBody { writer in
            let (id, updates) = await hub.subscribe()
            do {
                try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                for await message in updates {
                    switch message {
                    case .update(let update):
                        try await writer.write(ByteBuffer(string: "event: update\ndata: \(update.eventData)\n\n"))
                    case .keepAlive:
                        try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                    }
                }
            } catch {}
            await hub.unsubscribe(id)
            try? await writer.finish(nil)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }
}

/// Content types by file extension, for what a site holds.
enum MediaTypes {
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/atom+xml", "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "pdf": "application/pdf", "zip": "application/zip", "ico": "image/x-icon", "woff2": "font/woff2",
    ]

    static func type(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
