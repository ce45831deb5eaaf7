import Model

/// The values every page's template gets besides its own: the site, the navigation, the
/// breadcrumbs, the as-at date and the edition.
enum Chrome {
    /// The names of the shared values and of the parts inside them, as `values(for:page:)`
    /// gives them (a test holds the two together).
    static let sharedNames: Set<String> = [
        "lang", "site", "title", "organisation", "description", "pageKind", "documentTitle", "root", "homeURL", "isHome",
        "nav", "url", "current", "breadcrumbs", "hasBreadcrumbs", "asOf", "feedURL", "searchURL", "azURL", "glossaryURL",
        "edition", "name", "web", "offline", "print", "footer", "languages", "hasLanguages", "untranslated", "onThisPage",
        "items", "id", "text", "iso", "long",
    ]

    /// Ids the theme itself uses, never given to a heading.
    static let reservedIDs: Set<String> = ["main-content", "site-navigation", "search", "footer", "top", "contents"]

    /// The shared values for the page `render` is drawing, whose own values are `page`.
    static func values(for render: inout PageRender, page: View) -> View {
        let site = render.siteConfig
        let plan = render.plan
        var shared = View(minimumCapacity: sharedNames.count)
        shared["lang"] = site.language
        shared["site"] = render.everyPage.site
        shared["title"] = plan.title
        // The kind of page, as a class on <body>, for stylesheets and tests: page-action, page-meeting.
        shared["pageKind"] = plan.kind
        shared["documentTitle"] = plan.sitePath == "index.html" ? site.title : "\(plan.title) – \(site.title)"
        shared["root"] = SitePath.rootPrefix(from: plan.sitePath)
        shared["homeURL"] = render.url(to: "index.html")
        shared["isHome"] = plan.sitePath == "index.html"
        shared["nav"] = navigation(for: render)
        let crumbs = plan.breadcrumbs.map { View(["title": $0.title, "url": render.url(to: $0.sitePath)]) }
        shared["breadcrumbs"] = crumbs
        shared["hasBreadcrumbs"] = !crumbs.isEmpty
        shared["asOf"] = render.everyPage.asOf
        if let feed = render.sectionPath("feed") { shared["feedURL"] = render.url(to: feed) }
        if let search = render.sectionPath("search") { shared["searchURL"] = render.url(to: search) }
        if let index = render.sectionPath("a-z") { shared["azURL"] = render.url(to: index) }
        if let glossary = render.sectionPath("glossary") { shared["glossaryURL"] = render.url(to: glossary) }
        shared["edition"] = render.everyPage.edition
        if let footer = site.footer {
            shared["footer"] = render.html(footer)
        }
        if let languages = render.languages {
            let environment = render.environment
            shared["languages"] = languages.twins(of: plan.sitePath)
            shared["hasLanguages"] = true
            // A page with no translation yet is shown in its own words, marked as such.
            if case .content(let location) = plan.origin, environment.content.untranslatedPaths.contains(location.file) {
                shared["untranslated"] = ["lang": environment.content.site.languages.first ?? site.language]
            }
        }
        let sections = render.headings.filter { $0.level == 2 }
        if sections.count >= 3, page["onThisPage"] == nil {
            shared["onThisPage"] = ["items": sections.map { ["id": $0.id, "text": $0.text] }]
        }
        return shared
    }

    /// The main navigation, with the entry for this page (or the section it is in) marked current.
    static func navigation(for render: PageRender) -> [View] {
        let here = render.sitePath
        return render.navigation.map { item in
            let exact = item.sitePath == here
            let folder = SitePath.folder(of: item.sitePath)
            let within = !exact && item.sitePath != "index.html" && !folder.isEmpty && here.hasPrefix(folder + "/")
            var entry: View = ["title": item.title, "url": render.url(to: item.sitePath)]
            if exact { entry["current"] = "page" } else if within { entry["current"] = "true" }
            return entry
        }
    }

    /// The navigation entries as site paths: those in site.yaml, or else the home page, the
    /// site's sections and its free pages. Worked out once per build (`SiteEnvironment.navigation`).
    static func navigationTargets(content: Content, links: LinkTable, sectionPaths: [String: String], strings: Strings) -> [Crumb] {
        let site = content.site
        if !site.navigation.isEmpty {
            return site.navigation.compactMap { link in
                guard case .path(let path, _) = LinkDestinationShim.classify(link.target),
                    case .success(let (sitePath, _)) = links.resolve(path, fragment: nil, from: "site.yaml")
                else { return nil }
                return Crumb(title: link.title, sitePath: sitePath)
            }
        }
        return SiteSections.all.compactMap { section in section.menu.map { ($0.place, section) } }
            .sorted { $0.0 < $1.0 }
            .flatMap { $0.1.menuEntries(content, sectionPaths: sectionPaths, strings: strings) }
    }
}
