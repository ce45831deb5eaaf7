import Mustache
import Testing

@testable import Render

/// A page is taken from the last render only when its template would be given an equal view, so
/// views must tell apart any two sets of values that render differently; and a missing value
/// must render as missing.
@Suite struct ViewTests {
    func render(_ template: String, _ view: View) throws -> String {
        try MustacheTemplate(string: template).render(view)
    }

    @Test func theSameValuesAreEqualWhateverTheOrderTheyWereGivenIn() {
        var first = View()
        for number in 0..<50 { first["key\(number)"] = number }
        var second = View()
        for number in (0..<50).reversed() { second["key\(number)"] = number }
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
    }

    @Test func anyDifferenceMakesAnotherView() {
        let base: View = ["title": "Recall", "rows": [View(["status": "Overdue", "late": true])], "count": 3]
        let variants: [View] = [
            ["title": "Recalls", "rows": [View(["status": "Overdue", "late": true])], "count": 3],
            ["title": "Recall", "rows": [View(["status": "Overdue", "late": false])], "count": 3],
            ["title": "Recall", "rows": [View(["status": "Overdue", "late": true]), View(["status": "Done"])], "count": 3],
            ["title": "Recall", "rows": [View(["status": "Overdue", "late": true])], "count": "3"],
            ["title": "Recall", "rows": [View(["status": "Overdue", "late": true])]],
            ["title": "Recall", "rows": [View(["late": true, "status": "Overdue"])], "count": 3, "extra": ""],
        ]
        for variant in variants { #expect(variant != base) }
        #expect(View(["flag": true]) != View(["flag": 1]))
        #expect(View(["list": ["a", "b"]]) != View(["list": ["b", "a"]]))
    }

    /// "é" as one character and as "e" with an accent are equal Swift strings, but a page
    /// written with one has other bytes than a page written with the other.
    @Test func textIsToldApartByItsBytes() throws {
        let composed: View = ["title": "Café"]
        let decomposed: View = ["title": "Cafe\u{301}"]
        #expect(try render("{{title}}", composed).utf8.count != render("{{title}}", decomposed).utf8.count)
        #expect(composed != decomposed)
        #expect(composed.hashValue != decomposed.hashValue)
        #expect(composed == ["title": "Caf" + "é"])
    }

    @Test func aMissingValueIsNotThereAndDoesNotOpenItsSection() throws {
        let label: String? = nil
        var view: View = ["label": label, "rows": [View(["x": label, "y": 1])]]
        #expect(view["label"] == nil)
        #expect(view == ["rows": [View(["y": 1])]])
        #expect(try render("{{#label}}[{{label}}]{{/label}}{{^label}}none{{/label}}", view) == "none")
        view["label"] = "Overdue"
        #expect(try render("{{#label}}[{{label}}]{{/label}}", view) == "[Overdue]")
        view["label"] = label
        #expect(view["label"] == nil)
    }

    @Test func valuesRenderAsTheSwiftValuesTheyHold() throws {
        let view: View = [
            "title": "Fish & chips", "count": 3, "share": 0.5, "late": false, "done": true,
            "words": ["one", "two"], "rows": [View(["name": "A"]), View(["name": "B"])], "empty": [String](),
            "nested": View(["inner": "deep"]),
        ]
        #expect(try render("{{title}} {{{title}}} {{count}} {{share}}", view) == "Fish &amp; chips Fish & chips 3 0.5")
        #expect(try render("{{#late}}late{{/late}}{{^late}}on time{{/late}} {{#done}}done{{/done}}", view) == "on time done")
        #expect(try render("{{#words}}<{{.}}>{{/words}}", view) == "<one><two>")
        #expect(try render("{{#rows}}{{name}}/{{title}};{{/rows}}", view) == "A/Fish &amp; chips;B/Fish &amp; chips;")
        #expect(try render("{{#empty}}x{{/empty}}{{^empty}}no items{{/empty}}", view) == "no items")
        #expect(try render("{{nested.inner}} {{#nested}}{{inner}}{{/nested}}", view) == "deep deep")
    }

    /// A user's theme may use the library's transforms on text and numbers, and open a section
    /// on a text to show it only when it is there.
    @Test func transformsAndSectionsWorkOnTextAndNumbersAsOnSwiftValues() throws {
        let view: View = ["title": "Bus lanes", "count": 3, "words": ["one", "two"], "blank": ""]
        #expect(try render("{{uppercased(title)}} {{lowercased(title)}} {{plusone(count)}}", view) == "BUS LANES bus lanes 4")
        #expect(try render("{{#odd(count)}}odd{{/odd(count)}} {{#empty(title)}}none{{/empty(title)}}", view) == "odd ")
        #expect(try render("{{#title}}[{{.}}]{{/title}} {{#count}}({{.}}){{/count}}", view) == "[Bus lanes] (3)")
        #expect(try render("{{#words}}{{uppercased(.)}};{{/words}}", view) == "ONE;TWO;")
        #expect(try render("{{#blank}}shown{{/blank}}{{^blank}}hidden{{/blank}}", view) == "shown")
    }

    @Test func aDynamicPartialIsNamedByText() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "[{{title}}]"), named: "card")
        library.register(try MustacheTemplate(string: "{{>*which}}"), named: "page")
        #expect(library.render(View(["which": "card", "title": "Bus lanes"]), withTemplate: "page") == "[Bus lanes]")
    }

    @Test func readingBackGivesTheTypedValue() {
        let view: View = ["title": "Recall", "rows": [View(["a": 1])], "site": View(["name": "Borough"])]
        #expect(view.text("title") == "Recall")
        #expect(view.text("rows") == nil)
        #expect(view.list("rows")?.count == 1)
        #expect(view.view("site")?.text("name") == "Borough")
        #expect(view.merging(["title": "Other"]).text("title") == "Other")
    }
}
