import Foundation
import Testing

/// `tally serve` as a user runs it: a real server on a real port, the real watcher, real edits.
@Suite(.serialized) struct ServeCommandTests {
    @Test func servesTheSiteAndNothingOutsideIt() throws {
        let site = try FixtureSite()
        let server = try ServeProcess(in: site.path)
        let home = try server.get("/")
        #expect(home.status == 200)
        #expect(home.headers.lowercased().contains("content-type: text/html"))
        #expect(home.body.contains("<script src=\"/_tally/live.js\""))
        #expect(try server.get("/about/").body.contains("Who we are"))
        #expect(try server.get("/about").status == 301)
        #expect(try server.get("/assets/style.css").status == 200)
        for attack in [
            "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd",
            "/about/../../../etc/passwd", "/.%2e/.%2e/etc/passwd", "/..%5c..%5cetc%5cpasswd",
        ] {
            let response = try server.get(attack)
            #expect(response.status == 404, "\(attack) gave \(response.status)")
            #expect(!response.body.contains("root:"))
        }
        #expect(FileManager.default.fileExists(atPath: site.path + "/Site/index.html"), "serve builds into Site/")
    }

    @Test func servesNoHiddenFileAndAnswersOnlyItsOwnHostName() throws {
        let site = try FixtureSite()
        let server = try ServeProcess(in: site.path)
        try site.write("Site/.git/config", "[remote \"origin\"] url = secret")
        for hidden in ["/.git/config", "/.tally-site", "/.git/", "/%2egit/config", "/assets/.hidden"] {
            let response = try server.get(hidden)
            #expect(response.status == 404, "\(hidden) gave \(response.status)")
            #expect(!response.body.contains("secret"))
        }
        #expect(try server.get("/", host: "localhost:\(server.port)").status == 200)
        let rebound = try server.get("/", host: "attacker.example:\(server.port)")
        #expect(rebound.status == 421)
        #expect(!rebound.body.contains("Fixture site"))
    }

    @Test func aSaveRebuildsAndTellsOpenPages() throws {
        let site = try FixtureSite()
        let server = try ServeProcess(in: site.path)
        let port = server.port
        let heard = DispatchSemaphore(value: 0)
        let stream = OutputBuffer()
        DispatchQueue.global().async {
            let text = (try? RawHTTP.exchange(
                "GET /_tally/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: port, timeout: 20,
                until: { $0.contains("\"version\":2") })) ?? ""
            stream.append(text)
            heard.signal()
        }
        Thread.sleep(forTimeInterval: 0.5)
        try site.write("Content/pages/about.md", "---\ntitle: About\n---\n## Who we are now\n")
        #expect(heard.wait(timeout: .now() + 20) == .success)
        #expect(stream.text.contains("text/event-stream"))
        #expect(stream.text.contains(#""version":2,"failed":false,"all":false,"paths":["about/index.html","search/pages-0.js","search/search-index.js","search/words-1.js"]"#))
        #expect(server.waitForLog("Rebuilt after changes to Content/pages/about.md"))
        #expect(server.log.contains("rendered 1 of"))
        #expect(try server.get("/about/").body.contains("Who we are now"))
    }

    @Test func aContentErrorShowsInThePageOverTheLastGoodSite() throws {
        let site = try FixtureSite()
        let server = try ServeProcess(in: site.path)
        let before = site.tree()
        try site.write("Content/pages/about.md", "---\ntitle: About\n---\nSee [the plan](plan.md).\n")
        #expect(server.waitForLog("1 error; Site/ keeps the last version that built"))
        #expect(server.log.contains("Content/pages/about.md:4:5: error: the link \"plan.md\""))
        let page = try server.get("/about/")
        #expect(page.body.contains("Tally could not build the site: 1 error"))
        #expect(page.body.contains("<code>Content/pages/about.md:4:5: </code>"))
        #expect(page.body.contains("Who we are"), "the last good page is under the overlay")
        #expect(site.tree() == before, "nothing was written")
        try site.write("Content/pages/about.md", "---\ntitle: About\n---\n## Who we are\n")
        #expect(server.waitForLog("ms: rendered 1 of"))
        #expect(!(try server.get("/about/").body.contains("tally-overlay")))
    }

    @Test func holdsUpUnderManyConcurrentRequests() throws {
        let site = try FixtureSite()
        let server = try ServeProcess(in: site.path)
        let expected = try server.get("/about/")
        let paths = ["/", "/about/", "/assets/style.css", "/updates/", "/search/search-index.js", "/nowhere", "/../etc/passwd"]
        // Every connection is open and its request sent before any answer is read.
        let requests = (0..<400).map { paths[$0 % paths.count] }
        let responses = try RawHTTP.getAllAtOnce(requests, port: server.port)
        #expect(responses.count == 400)
        for (path, response) in zip(requests, responses) {
            let wanted = path == "/nowhere" || path == "/../etc/passwd" ? 404 : 200
            #expect(response?.status == wanted, "\(path) gave \(response?.status ?? 0)")
            if path == "/about/" { #expect(response?.body == expected.body) }
        }
        #expect(try server.get("/").status == 200, "still serving")
    }

    @Test func aPortInUseIsAClearError() throws {
        let site = try FixtureSite()
        let first = try ServeProcess(in: site.path)
        let second = try runTally(["serve", "--port", String(first.port)], in: site.path)
        #expect(second.status == 1)
        #expect(second.errors.contains("tally: error: port \(first.port) on 127.0.0.1 is already in use"))
        #expect(second.errors.contains("hint: stop whatever is using it, or choose another port: tally serve --port \(first.port + 1)"))
    }
}
