import Foundation
import Testing

extension DemoSiteTests {
    @Test func everyChartOnTheDataPagesHasASummaryAndATable() throws {
        let demo = try build()
        for page in ["data/annual-report-2024-25/index.html", "data/population/index.html"] {
            let html = demo.text(page)
            let figures = html.components(separatedBy: "<figure class=\"chart\"").dropFirst()
            #expect(!figures.isEmpty, "\(page) has no chart")
            for figure in figures {
                let body = figure.components(separatedBy: "</figure>")[0]
                #expect(body.contains("<span class=\"chart__summary\">"), "a chart on \(page) has no summary")
                #expect(body.contains("<table class=\"table table--figures\">"), "a chart on \(page) has no table")
                #expect(body.contains("Download the figures (CSV)"), "a chart on \(page) has no download")
            }
        }
        #expect(demo.text("data/annual-report-2024-25/index.html").contains(">2,544</a>"))
        #expect(demo.text("index.html").contains("<span class=\"headline-list__value\">1,012</span>"))
    }

    @Test func theTargetsHaveTheirComputedStatus() throws {
        let demo = try build()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(demo.text("data/figures.json").utf8)) as? [String: Any])
        let targets = Dictionary(uniqueKeysWithValues: ((json["targets"] as? [[String: Any]]) ?? []).map { ($0["id"] as! String, $0["status"] as! String) })
        #expect(targets == [
            "prison-location": "not-yet-reported", "parole-reports": "off-track", "termination-reports": "off-track",
            "dpp-case-reviews": "off-track", "rotl-progression-regimes": "off-track", "rarr-out-of-touch": "not-yet-reported",
        ])
    }
}

@Suite struct FigureContentTests {
    /// The annual report's data section cites every figure; only years are written as digits.
    @Test func theAnnualReportPageTypesNoFigure() throws {
        let path = repositoryRoot.appendingPathComponent("Content/data/annual-report-2024-25.md").path
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        while let open = text.range(of: "{{"), let close = text.range(of: "}}", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        let numbers = text.split(whereSeparator: { !($0.isNumber || $0 == "," || $0 == "." || $0 == "/" || $0 == "%") })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.")) }
            .filter { $0.contains(where: \.isNumber) }
        let years = numbers.filter { $0.range(of: #"^(19|20)\d\d(/\d\d)?$"#, options: .regularExpression) != nil }
        #expect(numbers == years, "typed figures: \(numbers.filter { !years.contains($0) })")
    }

    /// Changing one value in a CSV changes every page that cites it, and nothing else.
    @Test func changingOneValueChangesOnlyWhatCitesIt() throws {
        let folder = NSTemporaryDirectory() + "tally-change-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("Content").path, toPath: folder + "/Content")
        try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("Theme").path, toPath: folder + "/Theme")
        let site = { try runTally(["build", "--output", "Site"], in: folder) }
        #expect(try site().status == 0)
        let before = tree(folder + "/Site")
        let csv = folder + "/Content/data/unreleased.csv"
        let original = try String(contentsOfFile: csv, encoding: .utf8)
        try original.replacingOccurrences(of: "2010-06-30,5659", with: "2010-06-30,5660").write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try site().status == 0)
        let after = tree(folder + "/Site")
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        let cited: Set<String> = [
            "data/series/unreleased/index.html", "data/series/unreleased/unreleased.csv", "data/figures.json",
            "data/annual-report-2024-25/index.html", "data/population/index.html",
        ]
        // The same pages in each language (Welsh under cy/), and the search index of each.
        let isSearch = { (path: String) in path.hasPrefix("search/") || path.hasPrefix("cy/search/") }
        #expect(Set(changed.filter { !isSearch($0) }) == cited.union(cited.map { "cy/" + $0 }))
        // The search index holds each page's words, figures included: the part with the new
        // figure changes, and nothing else of it but the index of parts and the pages' excerpts.
        for prefix in ["", "cy/"] {
            let search = changed.filter { $0.hasPrefix(prefix + "search/") }.map { String($0.dropFirst(prefix.count)) }
            #expect(search.contains { $0.hasPrefix("search/words-") })
            #expect(search.allSatisfy { $0.hasPrefix("search/words-") || $0.hasPrefix("search/pages-") || $0 == "search/search-index.js" })
        }
    }

    func tree(_ root: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for case let file as String in FileManager.default.enumerator(atPath: root)?.allObjects ?? [] {
            if let data = FileManager.default.contents(atPath: root + "/" + file) { result[file] = data }
        }
        return result
    }
}
