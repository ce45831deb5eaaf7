import Compute
import Model
import Testing

@testable import Render

/// The sections of the site, each registered once in `SiteSections.all`.
@Suite struct SiteSectionsTests {
    let files: [String: String] = [
        "pages/index.md": "---\ntitle: Home\n---\nWelcome.\n",
        "pages/contact.md": "---\ntitle: Contact us\nnav_title: Contact\n---\nWrite to us.\n",
        "updates/2025-07-01-news.md": "---\ntitle: News\ndate: 2025-07-01\n---\nNews.\n",
        "plans/p/plan.md": "---\ntitle: The plan\npublished: 2025-01-01\nthemes:\n  - id: ops\n    title: Operations\n---\n",
        "plans/p/a.md": "---\nid: p-1\ntitle: Do a thing\ntheme: ops\n---\n",
        "groups/board.md": "---\ntitle: The board\n---\nWho meets.\n",
        "meetings/2025-03-04.md": "---\ndate: 2025-03-04\ngroup: board\nstatus: agreed\n---\nACTION: The clerk to write to residents.\n",
    ]

    func map(_ files: [String: String]) -> SiteMap {
        let model = content(files)
        let (theme, _) = Theme.load(minimalTheme())
        return SiteMap.plan(model, assessments: MetricsEngine.assess(model, asOf: CivilDate(year: 2025, month: 7, day: 17)!), theme: theme)
    }

    @Test func aSiteWithNoMenuOfItsOwnListsEachSectionInItsPlace() {
        let map = map(files)
        let menu = Chrome.navigationTargets(content: map.content, links: map.links, sectionPaths: map.sectionPaths, strings: map.strings)
        #expect(menu.map(\.title) == ["Home", "Contact", "Plans", "Meeting notes", "Updates"])
        #expect(menu.map(\.sitePath) == ["index.html", "contact/index.html", "plans/index.html", "meetings/index.html", "updates/index.html"])
    }

    @Test func eachSectionsIndexIsNamedOnlyWhenTheSiteHasIt() {
        let paths = map(files).sectionPaths
        #expect(paths["plans"] == "plans/index.html")
        #expect(paths["feed"] == "feed.xml")
        #expect(paths["data"] == nil, "no figures, so no data section")
        #expect(paths["responses"] == nil)
        let bare = map(["pages/index.md": "---\ntitle: Home\n---\n"]).sectionPaths
        #expect(bare["feed"] == nil && bare["updates"] == nil, "nothing dated, so no feed")
        #expect(bare["search"] == "search/index.html" && bare["a-z"] == "a-z/index.html", "every site can be searched")
    }

    @Test func everyContentFileASectionShowsHasItsAddress() {
        let map = map(files)
        for source in ["pages/contact.md", "updates/2025-07-01-news.md", "plans/p/a.md", "meetings/2025-03-04.md", "groups/board.md"] {
            #expect(map.links.sitePathBySource[source] != nil, "\(source)")
        }
    }
}
