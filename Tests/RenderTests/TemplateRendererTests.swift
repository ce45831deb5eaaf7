import Model
import Testing

@testable import Render

/// Templates are filled in by Tally's own renderer, which must draw every page byte for byte as
/// the Mustache library does: the library parses the theme and stays the measure.
@Suite struct TemplateRendererTests {
    /// A theme of the given templates (names as under `templates/`), with the build's words in.
    func theme(_ templates: [String: String]) -> Theme {
        Theme.load(minimalTheme(overrides: templates)).0.inliningStrings(englishStrings)
    }

    static let page: View = [
        "title": "Fish & \"chips\" <now> 'here'",
        "blank": "",
        "zero": 0,
        "n": 41,
        "x": 2.5,
        "yes": true,
        "no": false,
        "tags": ["a<b", "c", ""],
        "flags": [true, false],
        "crlf": "line\r\n",
        "none": [View](),
        "rows": [View(["name": "One", "tags": ["x"]]), View(["name": "Two <2>"]), View(["name": "Three", "title": "Own title"])],
        "site": View(["title": "Borough & Council", "lead": View(["name": "Deep"])]),
    ]

    static let cases: [(String, [String: String])] = [
        ("values and escaping", ["page": "{{title}}|{{{title}}}|{{&title}}|{{n}}|{{x}}|{{yes}}|{{no}}|{{zero}}|{{missing}}|{{site.title}}|{{site.lead.name}}"]),
        ("sections and their truth", ["page": "{{#blank}}B{{/blank}}{{#zero}}Z{{/zero}}{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{#none}}E{{/none}}{{^none}}!E{{.}}{{/none}}{{^missing}}!M{{/missing}}{{^title}}!T{{/title}}{{#site}}[{{title}}]{{/site}}"]),
        ("lists, climbing names and the place in a list", ["page": "{{#rows}}{{index()}}:{{name}}/{{title}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#even()}}e{{/even()}}{{#tags}}<{{.}}>{{/tags}};{{/rows}}{{#tags}}[{{.}}]{{#.}}t{{/.}}{{/tags}}{{#flags}}{{#.}}T{{/.}}{{^.}}F{{/.}}{{/flags}}"]),
        ("anchored and dotted names", ["page": "{{#site}}{{.title}}|{{title}}|{{#lead}}{{name}}{{.title}}{{site.title}}{{/lead}}{{/site}}|{{page.title}}|{{chrome.title}}|{{.}}"]),
        ("transforms", ["page": "{{uppercased(title)}}|{{lowercased(site.title)}}|{{capitalized(site.lead.name)}}|{{#empty(none)}}no rows{{/empty(none)}}{{^empty(rows)}}rows{{/empty(rows)}}|{{count(rows)}}|{{plusone(n)}}|{{minusone(zero)}}|{{#equalzero(zero)}}z{{/equalzero(zero)}}|{{#odd(n)}}odd{{/odd(n)}}|{{#empty(blank)}}blank{{/empty(blank)}}|{{plusone(x)}}|{{#rows}}{{uppercased(name)}}{{/rows}}"]),
        ("standalone lines and a partial's indentation", [
            "page": "<ul>\n  {{#rows}}\n  {{> partials/p}}\n  {{/rows}}\n</ul>\n{{! a comment }}\n  {{^none}}\n    empty\n  {{/none}}\n",
            "partials/p": "<li>{{name}}</li>\n<li>\n{{#tags}}\n  {{.}}\n{{/tags}}\n</li>\n",
        ]),
        ("inheritance, blocks and overrides", [
            "page": "{{<frame}}\n{{$head}}<b>{{title}}</b>{{/head}}\n  {{$body}}\n  body\n  {{/body}}\n{{/frame}}\n",
            "frame": "<h>{{$head}}default head{{/head}}</h>\n  {{$body}}default body{{/body}}\n{{$foot}}foot {{n}}{{/foot}}\n  {{<inner}}{{$foot}}inner override{{/foot}}{{$head}}the head the frame gives{{/head}}{{/inner}}\n",
            "inner": "[{{$foot}}inner default{{/foot}}|{{$head}}inner head{{/head}}]\n{{#rows}}\n  {{$row}}{{name}}{{/row}}\n{{/rows}}\n",
        ]),
        // A theme's files are read with their line endings made "\n"; a value can still end a line
        // with "\r\n", which Swift counts as one character, so Mustache does not indent after it.
        ("a value that ends its line with CRLF, in an indented partial", [
            "page": "<ul>\n  {{> partials/p}}\n</ul>\n",
            "partials/p": "{{{crlf}}}<li>b</li>\n{{crlf}}{{n}}\n",
        ]),
        ("content types and changed delimiters", [
            "page": "{{title}}\n{{% CONTENT_TYPE: TEXT}}\n{{title}}\n{{> partials/p}}{{=<% %>=}}<% title %><%={{ }}=%>{{n}}\n",
            "partials/p": "{{title}}\n",
        ]),
        ("views and lists written out whole", ["page": "{{none}}|{{flags}}|{{site.lead}}"]),
        ("a missing partial", ["page": "a{{> partials/none}}b"]),
    ]

    @Test(arguments: cases.indices)
    func aTemplateIsDrawnAsMustacheDrawsIt(_ index: Int) throws {
        let (name, templates) = Self.cases[index]
        let theme = theme(templates)
        #expect(theme.compiled != nil, "\(name): drawn by the library")
        let context = PageContext(page: Self.page, chrome: ["title": "Shared"], strings: [:])
        let library = try #require(theme.renderWithLibrary("page", context))
        #expect(theme.render("page", context) == library, "\(name)")
    }

    /// Templates made at random (from a fixed seed) out of every kind of tag, name, transform,
    /// standalone line, partial and block the renderer does itself, each drawn by both.
    @Test func templatesMadeAtRandomAreDrawnAsMustacheDrawsThem() throws {
        var random = SeededRandom(seed: 2026)
        let context = PageContext(page: Self.page, chrome: ["title": "Shared"], strings: [:])
        var compared = 0
        for _ in 0..<400 {
            let page = RandomTemplate.make(using: &random)
            let theme = theme([
                "page": page,
                "partials/p": "<li>{{name}}{{title}}</li>\n  {{#tags}}\n  {{.}}\n  {{/tags}}\n",
                "frame": "<h>{{$head}}head{{/head}}</h>\n  {{$body}}body {{n}}{{/body}}\n",
            ])
            guard let library = theme.renderWithLibrary("page", context) else { continue }
            #expect(theme.compiled != nil, "\(page)")
            #expect(theme.render("page", context) == library, "\(page.debugDescription)")
            compared += 1
        }
        #expect(compared > 300)
    }

    /// A transform the renderer does not do as Mustache does leaves the theme to the library.
    @Test func aThemeUsingWhatOnlyTheLibraryDrawsIsDrawnByTheLibrary() throws {
        let theme = theme(["page": "{{#reversed(rows)}}{{name}}{{/reversed(rows)}}{{>*dynamic}}"])
        #expect(theme.compiled == nil)
        let context = PageContext(page: Self.page.merging(["dynamic": "partials/p"]), chrome: [:], strings: [:])
        #expect(theme.render("page", context) == "ThreeTwo &lt;2&gt;One")
        #expect(theme.render("page", context) == theme.renderWithLibrary("page", context))
    }

    /// Every page of the demo and the council fixture, in Tally's own theme.
    @Test(arguments: PageContextTests.sites)
    func everyPageOfTallysThemeIsDrawnAsMustacheDrawsIt(_ site: String) throws {
        let theme = Theme.load(repositoryThemeFiles).0.inliningStrings(englishStrings)
        #expect(theme.compiled != nil)
        let pages = try PageContextTests().contexts(site)
        #expect(pages.count > 20)
        for (sitePath, kind, context) in pages {
            let library = theme.renderWithLibrary(kind.template, context)
            #expect(library != nil && theme.render(kind.template, context) == library, "\(sitePath)")
        }
    }
}

/// A small generator of random numbers that gives the same numbers for the same seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33 | state << 31
    }
}

/// Random Mustache templates over the names `TemplateRendererTests.page` gives.
enum RandomTemplate {
    static let names = [
        "title", "blank", "zero", "n", "x", "yes", "no", "tags", "flags", "none", "rows", "site", "site.title",
        "site.lead.name", ".", "name", ".name", ".title", "missing", "page.title", "chrome.title", "lead", "rows.name",
    ]
    static let sectionNames = ["yes", "no", "blank", "zero", "tags", "flags", "none", "rows", "site", "lead", "missing", "title", "n", "."]
    static let transforms = ["empty", "count", "uppercased", "lowercased", "capitalized", "plusone", "minusone", "equalzero", "even", "odd"]
    static let texts = ["a", " ", "\n", "  ", "<b>", "&", "x\n  ", "\n\n", "'q'"]

    static func make(using random: inout SeededRandom) -> String {
        var text = ""
        if Bool.random(using: &random), Int.random(in: 0..<4, using: &random) == 0 {
            return "{{<frame}}\n{{$head}}" + parts(2, using: &random) + "{{/head}}\n{{/frame}}\n"
        }
        text += parts(3, using: &random)
        return text
    }

    static func parts(_ depth: Int, using random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            text += part(depth, using: &random)
        }
        return text
    }

    static func name(using random: inout SeededRandom, transformable: Bool = true) -> String {
        let name = names.randomElement(using: &random)!
        guard transformable, name != ".", Int.random(in: 0..<4, using: &random) == 0 else { return name }
        return "\(transforms.randomElement(using: &random)!)(\(name))"
    }

    static func part(_ depth: Int, using random: inout SeededRandom) -> String {
        let standalone = Bool.random(using: &random) ? "\n  " : ""
        let lineEnd = standalone.isEmpty ? "" : "\n"
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1: return texts.randomElement(using: &random)!
        case 2: return "{{\(name(using: &random))}}"
        case 3: return "{{{\(name(using: &random))}}}"
        case 4: return "{{&\(name(using: &random))}}"
        case 5, 6 where depth > 0:
            var section = sectionNames.randomElement(using: &random)!
            if section != ".", Int.random(in: 0..<4, using: &random) == 0 { section = "empty(\(section))" }
            let mark = Bool.random(using: &random) ? "#" : "^"
            let inner = parts(depth - 1, using: &random)
                + (Bool.random(using: &random) ? "{{#first()}}F{{/first()}}{{index()}}{{^last()}},{{/last()}}" : "")
            return "\(standalone){{\(mark)\(section)}}\(lineEnd)\(inner)\(standalone){{/\(section)}}\(lineEnd)"
        case 7: return "\(standalone){{> partials/p}}\(lineEnd)"
        case 8: return "\(standalone){{! a comment }}\(lineEnd)"
        default: return "\(standalone){{$body}}\(texts.randomElement(using: &random)!){{/body}}\(lineEnd)"
        }
    }
}
