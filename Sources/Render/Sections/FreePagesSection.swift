import Compute
import Diagnostics
import Model

/// The home page and the free pages of `pages/`.
enum FreePagesSection: SiteSection {
    static let indexes = ["home": "index.html"]
    static let menu: (place: Int, index: String, title: String)? = (0, "home", "sections.home")

    /// The home page, then each free page by its title in the menu.
    static func menuEntries(_ content: Content, sectionPaths: [String: String], strings: Strings) -> [Crumb] {
        [Crumb(title: strings.text("sections.home"), sitePath: "index.html")]
            + content.pages.filter { !$0.isHome }.map { Crumb(title: $0.navigationTitle ?? $0.title, sitePath: SitePath.index($0.slug)) }
    }

    static func sitePaths(_ content: Content) -> [String: String] {
        Dictionary(content.pages.map { ($0.sourcePath, $0.isHome ? "index.html" : SitePath.index($0.slug)) }, uniquingKeysWith: { first, _ in first })
    }

    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> SectionPlan {
        var plans: [PagePlan] = []
        let home = Crumb(title: strings.text("sections.home"), sitePath: "index.html")
        if content.homePage == nil {
            plans.append(
                PagePlan(
                    sitePath: "index.html", title: content.site.title, kind: .home, breadcrumbs: [],
                    origin: .generated("the home page"), view: { render in homeView(page: nil, render: &render) }))
        }
        for page in content.pages {
            let origin = Origin.content(SourceLocation(file: page.body.displayPath))
            if page.isHome {
                plans.append(
                    PagePlan(
                        sitePath: "index.html", title: page.title, kind: .home, breadcrumbs: [], origin: origin,
                        view: { render in homeView(page: page, render: &render) }))
            } else {
                plans.append(
                    PagePlan(
                        sitePath: SitePath.index(page.slug), title: page.title, kind: .page, breadcrumbs: [home],
                        origin: origin,
                        view: { render in pageView(page, render: &render) }))
            }
        }
        return SectionPlan(pages: plans)
    }

    static func pageView(_ page: Page, render: inout PageRender) -> View {
        View([
            "summary": page.summary,
            "description": page.description,
            "content": render.html(page.body),
        ])
    }

    static func homeView(page: Page?, render: inout PageRender) -> View {
        var view: View = [:]
        if let page {
            view = pageView(page, render: &render)
        }
        let latest = render.environment.content.updates.prefix(3).map { update in
            UpdatesSection.listItem(update, render: render)
        }
        view["updateItems"] = Array(latest)
        view["hasUpdates"] = !latest.isEmpty
        if let index = render.environment.sectionPaths["updates"] {
            view["updatesURL"] = render.url(to: index)
        }
        let assessments = render.environment.assessments
        let current = render.environment.content.plans
            .filter { assessments.summary(of: $0)?.supersededBy == nil && $0.published <= render.asOf }
            .sorted { ($0.published, $0.id) > ($1.published, $1.id) }
        view["trackers"] = current.map { plan in PlanViews.summaryItem(plan, summary: assessments.summary(of: plan), render: render) }
        if let plans = render.environment.sectionPaths["plans"] { view["plansURL"] = render.url(to: plans) }
        view["headlines"] = render.environment.content.figures.headlines.compactMap { id in
            assessments.figures.series[id].map { DataViews.seriesItem($0, render: render) }
        }
        if let data = render.environment.sectionPaths["data"] { view["dataURL"] = render.url(to: data) }
        view["responses"] = render.environment.content.responses.map { response -> View in
            var item = ResponseViews.facts(response, render: render)
            if let summary = assessments.summary(of: response) {
                item["agreement"] = ResponseViews.agreementRows(summary, render.strings).filter { $0["isTotal"] == nil }
                item["overdueSteps"] = ResponseViews.overdueSteps(summary, render.strings)
                item["counts"] = PlanViews.countItems(summary.implementation, render.strings)
            }
            return item
        }
        return view
    }
}

