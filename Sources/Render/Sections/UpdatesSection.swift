import Diagnostics
import Model

/// Dated updates: a list, newest first, and a page for each.
enum UpdatesSection {
    static let indexPath = "updates/index.html"

    static func plan(_ content: Content) -> [PagePlan] {
        guard !content.updates.isEmpty else { return [] }
        let home = Crumb(title: "Home", sitePath: "index.html")
        let index = Crumb(title: "Updates", sitePath: indexPath)
        var plans = [
            PagePlan(
                sitePath: indexPath, title: "Updates", template: "updates", breadcrumbs: [home],
                origin: .generated("the list of updates"),
                view: { render in
                    ["updateItems": render.environment.content.updates.map { listItem($0, render: render) }]
                })
        ]
        for update in content.updates {
            plans.append(
                PagePlan(
                    sitePath: sitePath(of: update), title: update.title, template: "update", breadcrumbs: [home, index],
                    origin: .content(SourceLocation(file: update.body.displayPath)),
                    view: { render in
                        Chrome.compact([
                            "date": render.date(update.date),
                            "summary": update.summary,
                            "author": update.author,
                            "content": render.html(update.body),
                        ])
                    }))
        }
        return plans
    }

    static func sitePath(of update: Update) -> String {
        "updates/\(update.slug)/index.html"
    }

    static func listItem(_ update: Update, render: PageRender) -> [String: Any] {
        Chrome.compact([
            "title": update.title,
            "url": render.url(to: sitePath(of: update)),
            "date": render.date(update.date),
            "summary": update.summary,
        ])
    }
}
