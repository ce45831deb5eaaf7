import Compute
import Diagnostics
import Model

/// Dated updates: a list, newest first, and a page for each.
enum UpdatesSection: SiteSection {
    static let indexPath = "updates/index.html"
    static let indexes = ["updates": indexPath]
    static let contentFolder: String? = "updates/"
    static let menu: (place: Int, index: String, title: String)? = (5, "updates", "sections.updates")

    static func sitePaths(_ content: Content) -> [String: String] {
        Dictionary(content.updates.map { ($0.sourcePath, sitePath(of: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> SectionPlan {
        guard !content.updates.isEmpty else { return SectionPlan() }
        let home = Crumb(title: strings.text("sections.home"), sitePath: "index.html")
        let index = Crumb(title: strings.text("sections.updates"), sitePath: indexPath)
        let list = Pagination(first: indexPath, itemCount: content.updates.count, perPage: content.site.paginate.lists)
        var plans = list.pages.map { number in
            PagePlan(
                sitePath: list.sitePath(number), title: list.title(strings.text("sections.updates"), page: number, strings: strings), kind: .updates,
                breadcrumbs: number == 1 ? [home] : [home, index], origin: .generated("the list of updates"),
                view: { render in
                    // Updates are kept newest first.
                    let shown = render.environment.content.updates[list.items(on: number)]
                    var view: View = ["updateItems": shown.map { listItem($0, render: render) }]
                    view["pager"] = list.pager(page: number, label: render.strings.text("pages.updates-label"), render: render) { range in
                        guard let newest = shown.first, let oldest = shown.last else { return "" }
                        return render.strings.text(
                            "pages.updates-showing",
                            Pagination.span(range, of: list.itemCount).merging(
                                ["newest": render.strings.longDate(newest.date), "oldest": render.strings.longDate(oldest.date)]) { $1 })
                    }
                    return view
                }, searchable: number == 1)
        }
        for update in content.updates {
            plans.append(
                PagePlan(
                    sitePath: sitePath(of: update), title: update.title, kind: .update, breadcrumbs: [home, index],
                    origin: .content(SourceLocation(file: update.body.displayPath)), subject: update, view: page))
        }
        return SectionPlan(pages: plans)
    }

    static func page(_ update: Update, render: inout PageRender) -> View {
        View([
            "date": render.date(update.date),
            "summary": update.summary,
            "author": update.author,
            "content": render.html(update.body),
        ])
    }

    static func sitePath(of update: Update) -> String {
        "updates/\(update.slug)/index.html"
    }

    static func listItem(_ update: Update, render: PageRender) -> View {
        View([
            "title": update.title,
            "titleLang": render.environment.content.untranslatedLanguage(of: update.body.displayPath),
            "url": render.url(to: sitePath(of: update)),
            "date": render.date(update.date),
            "summary": update.summary,
        ])
    }
}
