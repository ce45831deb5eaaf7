import Diagnostics
import Testing

@testable import Preview

@Suite struct PageDecoratorTests {
    let page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'self'">
        <title>About</title>
        </head>
        <body class="edition-web page-page">
        <main>About</main>
        </body>
        </html>
        """

    @Test func addsTheLiveReloadScriptAndLetsItConnectToTheServer() {
        let served = PageDecorator.decorate(page, sitePath: "about/index.html", update: SiteUpdate(version: 4))
        #expect(served.contains("<script src=\"/_tally/live.js\" data-version=\"4\" data-path=\"about/index.html\" defer></script>\n</body>"))
        #expect(served.contains("content=\"default-src 'none'; connect-src 'self'; style-src 'self'; script-src 'self'\""))
        #expect(!served.contains("tally-overlay"))
    }

    @Test func aFailedBuildPutsEveryProblemFirstInThePage() {
        let problems: [Diagnostic] = [
            .error("the link \"x.md\" goes nowhere", at: SourceLocation(file: "Content/pages/about.md", line: 4, column: 5), hint: "check <the> path"),
            .warning("unknown field", at: SourceLocation(file: "Content/pages/index.md", line: 2)),
        ]
        let served = PageDecorator.decorate(page, sitePath: "about/index.html", update: SiteUpdate(version: 5, problems: problems, changedPaths: nil))
        #expect(served.contains("<body class=\"edition-web page-page\">\n<div class=\"tally-overlay\" id=\"tally-overlay\" role=\"alert\""))
        #expect(served.contains("Tally could not build the site: 1 error"))
        #expect(served.contains("<code>Content/pages/about.md:4:5: </code>the link &quot;x.md&quot; goes nowhere"))
        #expect(served.contains("Hint: check &lt;the&gt; path"))
        #expect(!served.contains("unknown field"), "warnings do not stop a build and are not shown over the page")
        #expect(served.contains("<link rel=\"stylesheet\" href=\"/_tally/overlay.css\">\n</head>"))
        #expect(served.contains("<main>About</main>"), "the last good page is still there")
    }
}

@Suite struct LiveReloadTests {
    @Test func anUpdateSaysWhichPagesChangedOrThatAllDid() {
        let some = SiteUpdate(version: 3, problems: [], changedPaths: ["b/index.html", "a \"q\"/index.html"])
        #expect(some.eventData == #"{"version":3,"failed":false,"all":false,"paths":["a \"q\"/index.html","b/index.html"]}"#)
        let all = SiteUpdate(version: 4, problems: [.error("x", at: nil)], changedPaths: nil)
        #expect(all.eventData == #"{"version":4,"failed":true,"all":true,"paths":[]}"#)
    }

    @Test func aListenerHearsTheLatestBuildAndThenEachNewOne() async {
        let hub = LiveReloadHub(initial: SiteUpdate(version: 1))
        let (id, updates) = await hub.subscribe()
        await hub.publish(SiteUpdate(version: 2, changedPaths: ["index.html"]))
        var versions: [Int] = []
        for await message in updates {
            if case .update(let update) = message { versions.append(update.version) }
            if versions.count == 2 { break }
        }
        #expect(versions == [1, 2])
        await hub.unsubscribe(id)
        #expect(await hub.listenerCount == 0)
    }
}
