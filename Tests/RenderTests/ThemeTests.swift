import Diagnostics
import Model
import Testing

@testable import Render

/// The smallest theme that renders every page kind.
func minimalTheme(overrides: [String: String] = [:], leaving missing: Set<String> = []) -> [SourceFile] {
    var templates: [String: String] = [
        "layout": "<html lang=\"{{lang}}\"><title>{{documentTitle}}</title><link href=\"{{root}}assets/s.css\"><main id=\"main-content\">{{$main}}{{/main}}</main><footer>Status as at {{asOf.long}}</footer></html>",
        "home": "{{<layout}}{{$main}}<h1>{{title}}</h1>{{{content}}}{{/main}}{{/layout}}",
        "page": "{{<layout}}{{$main}}<h1>{{title}}</h1>{{{content}}}{{/main}}{{/layout}}",
        "updates": "{{<layout}}{{$main}}<h1>{{title}}</h1>{{#updateItems}}<a href=\"{{url}}\">{{title}}</a>{{/updateItems}}{{/main}}{{/layout}}",
        "update": "{{<layout}}{{$main}}<h1>{{title}}</h1>{{{content}}}{{/main}}{{/layout}}",
        "a-z": "{{<layout}}{{$main}}<h1>{{title}}</h1>{{/main}}{{/layout}}",
        "search": "{{<layout}}{{$main}}<h1>{{title}}</h1>{{/main}}{{/layout}}",
        "glossary": "{{<layout}}{{$main}}<h1>{{title}}</h1>{{#terms}}<p id=\"{{anchor}}\">{{term}}: {{expansion}}</p>{{/terms}}{{/main}}{{/layout}}",
        "print": "<html><title>{{site.title}}</title><main>{{#contents}}<h2><a href=\"#{{anchor}}\">{{heading}}</a></h2><ol>{{#items}}<li><a href=\"#{{anchor}}\">{{title}}</a></li>{{/items}}</ol>{{/contents}}{{{parts}}}</main></html>",
    ]
    for (name, text) in overrides { templates[name] = text }
    var files = templates.filter { !missing.contains($0.key) }.map {
        SourceFile(path: "templates/\($0.key).mustache", displayPath: "Theme/templates/\($0.key).mustache", text: $0.value)
    }
    files.append(SourceFile(path: "assets/s.css", displayPath: "Theme/assets/s.css", text: "body{}"))
    files += repositoryThemeFiles.filter { $0.path.hasPrefix("strings/") }
    return files
}

/// The theme's English words, as a build resolves them.
let englishStrings: Strings = {
    let file = repositoryThemeFiles.first { $0.path == "strings/en.yaml" }!
    return Strings.resolve(defaults: StringsReader.read(file).0, theme: nil, site: StringTable(), language: "en").0
}()

@Suite struct ThemeTests {
    @Test func aMissingTemplateIsAnErrorNamingItsFile() {
        let (theme, _) = Theme.load(minimalTheme(leaving: ["update"]))
        let problem = theme.missingTemplates(["page", "update"]).first
        #expect(problem?.message == "the theme has no \"update\" template (one update)")
        #expect(problem?.location?.file == "Theme/templates/update.mustache")
    }

    @Test func aTemplateThatDoesNotParseIsReportedAtItsLine() {
        let (_, diagnostics) = Theme.load(minimalTheme(overrides: ["page": "<h1>\n{{#title}}\n</h1>"]))
        let problem = diagnostics.errors.first
        #expect(problem?.location?.file == "Theme/templates/page.mustache")
        #expect(problem?.location?.line == 3)
        #expect(problem?.message.contains("never closed") == true)
    }

    @Test func aPartialThatDoesNotExistIsReported() {
        let (_, diagnostics) = Theme.load(minimalTheme(overrides: ["page": "{{<layout}}{{/layout}}\n{{> partials/missing}}"]))
        let problem = diagnostics.errors.first
        #expect(problem?.message == "the template uses \"partials/missing\", which the theme does not have")
        #expect(problem?.location?.line == 2)
    }

    @Test func aStringNameMistypedInATemplateIsAnErrorAtItsTag() {
        let page = "{{<layout}}{{$main}}\n<p>{{strings.plan.caption}} {{{strings.plan.published}}}</p>\n<p>{{#strings.plan.oveview}}x{{/strings.plan.oveview}} {{strings.plan.titel}}</p>{{/main}}{{/layout}}"
        let (_, diagnostics) = Theme.load(minimalTheme(overrides: ["page": page]))
        let problems = diagnostics.errors.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" }
        #expect(problems == [
            "3:4 the template uses the string \"plan.oveview\", which does not exist",
            "3:30 the template uses the string \"plan.oveview\", which does not exist",
            "3:56 the template uses the string \"plan.titel\", which does not exist",
        ])
        #expect(diagnostics.errors.first?.hint == "did you mean \"strings.plan.overview\"?")
    }

    @Test func aLanguageTheThemeAddsMustHaveEveryString() {
        var files = minimalTheme()
        files.append(SourceFile(path: "strings/ga.yaml", displayPath: "Theme/strings/ga.yaml", text: "sections:\n  home: Baile\n"))
        let (theme, _) = Theme.load(files, defaultStrings: repositoryThemeFiles.filter { $0.path == "strings/en.yaml" })
        let (strings, problems) = theme.strings(for: "ga", site: StringTable())
        #expect(strings.text("sections.home") == "Baile")
        #expect(problems.contains { $0.message == "the theme's words for \"ga\" have no \"sections.plans\"" && $0.hint == "add it in that language; in English it is: Action plans" })
        #expect(problems.first?.location?.file == "Theme/strings/ga.yaml")
    }

    /// `language: English` was reported with no file or line.
    @Test func aLanguageWithNoWordsIsAnErrorAtItsLineInSiteYAML() {
        let (theme, _) = Theme.load(minimalTheme(), defaultStrings: repositoryThemeFiles.filter { $0.path == "strings/en.yaml" })
        let written = SourceLocation(file: "Content/site.yaml", line: 3, column: 1)
        let (_, problems) = theme.strings(for: "English", site: StringTable(), languageLocation: written)
        #expect(problems.map(\.message) == ["there are no words for the language \"English\""])
        #expect(problems.first?.location == written)
    }

    @Test func theBuildsStringsAreWrittenIntoTheTemplatesAsALookupWouldGiveThem() {
        let words = ["a.b": "Fish & <chips>", "c": "raw <b>", "d": "{{x}}"]
        let text = "<p>{{strings.a.b}} {{{strings.c}}} {{strings.d}} {{strings.none}} {{#strings.a.b}}x{{/strings.a.b}}</p>"
        #expect(TemplateTags.inliningStrings(in: text) { words[$0] }
            == "<p>Fish &amp; &lt;chips&gt; raw <b> {{strings.d}} {{strings.none}} {{#strings.a.b}}x{{/strings.a.b}}</p>")
    }
}

@Suite struct ThemeEscapingTests {
    let theme = Theme.load(minimalTheme(overrides: [
        "page": "{{#page}}<h1 title=\"{{title}}\">{{title}}</h1>{{{title}}}{{/page}}\n{{#page.rows}}{{.}};{{/page.rows}}\n",
    ])).0.inliningStrings(englishStrings)

    func render(_ page: View) -> String {
        theme.render("page", PageContext(page: page, chrome: [:], strings: [:])) ?? "(no template)"
    }

    @Test func aValueIsEscapedForHTMLUnlessWrittenInTripleBraces() {
        #expect(render(["title": "Fish & \"chips\" <now> 'here'"]).hasPrefix(
            "<h1 title=\"Fish &amp; &quot;chips&quot; &lt;now&gt; &#39;here&#39;\">Fish &amp; &quot;chips&quot; &lt;now&gt; &#39;here&#39;</h1>Fish & \"chips\" <now> 'here'\n"))
        #expect(render(["rows": ["a<b", "c"]]).hasSuffix("\na&lt;b;c;\n"))
    }

    /// Mustache's own escaping reads a value Character by Character, so a "<" with a combining
    /// mark on it (one Character) went through unescaped: an opening for markup.
    @Test func aMarkWithACombiningCharacterIsStillEscaped() {
        #expect(render(["title": "x<\u{0338}y"]).hasPrefix("<h1 title=\"x&lt;\u{0338}y\">"))
    }
}
