/// A long list split into pages of the site, so that no page holds the whole of a large site:
/// the first at `folder/index.html`, then `folder/page-2/index.html` and so on. A list that fits
/// on one page stays one page, exactly as it was. Each page's pager links to the others
/// relatively, so they work from a folder opened in a browser.
struct Pagination: Sendable, Hashable {
    /// The first page: `meetings/index.html`.
    var first: String
    var itemCount: Int
    var perPage: Int

    var pageCount: Int { max(1, (itemCount + perPage - 1) / perPage) }
    var pages: ClosedRange<Int> { 1...pageCount }

    /// The site path of page `number` (from 1).
    func sitePath(_ number: Int) -> String {
        guard number > 1 else { return first }
        let folder = SitePath.folder(of: first)
        return (folder.isEmpty ? "" : folder + "/") + "page-\(number)/index.html"
    }

    /// The items page `number` shows, as indexes into the list.
    func items(on number: Int) -> Range<Int> {
        let start = min((number - 1) * perPage, itemCount)
        return start..<min(start + perPage, itemCount)
    }

    /// The page that shows item `index`.
    func page(ofItem index: Int) -> Int { index / perPage + 1 }

    /// A page's title: the list's own on its first page, "…, page 2 of 14" after it, so that
    /// every page of the site has a title of its own.
    func title(_ base: String, page number: Int, strings: Strings) -> String {
        number == 1 ? base : strings.text("pages.title", ["title": base, "page": String(number), "count": String(pageCount)])
    }

    /// The values of `partials/pager` for page `number`: nil when the list fits on one page.
    /// `describe` words the items shown ("meetings 51 to 100 of 3,334").
    func pager(page number: Int, label: String, render: PageRender, describe: (Range<Int>) -> String) -> View? {
        guard pageCount > 1 else { return nil }
        var links: [View] = []
        var previousShown = 0
        // The first and last pages, and two either side of this one; a gap stands for the rest.
        for page in pages where page == 1 || page == pageCount || abs(page - number) <= 2 {
            if page > previousShown + 1 { links.append(["gap": true]) }
            var link: View = ["number": page, "url": render.url(to: sitePath(page))]
            if page == number { link["current"] = true }
            links.append(link)
            previousShown = page
        }
        var pager: View = [
            "label": label, "number": number, "count": pageCount, "links": links,
            "showing": render.strings.text(
                "pager.showing", ["page": String(number), "count": String(pageCount), "items": describe(items(on: number))]),
        ]
        if number > 1 { pager["previousURL"] = render.url(to: sitePath(number - 1)) }
        if number < pageCount { pager["nextURL"] = render.url(to: sitePath(number + 1)) }
        return pager
    }

    /// The placeholders of "51 to 100 of 3,334": `from`, `to` and `total`.
    static func span(_ range: Range<Int>, of total: Int) -> [String: String] {
        ["from": FigureFormat.grouped(range.lowerBound + 1), "to": FigureFormat.grouped(range.upperBound), "total": FigureFormat.grouped(total)]
    }
}
