import Model

/// The values every page's template gets besides its own: the site, the navigation, the
/// breadcrumbs, the as-at date and the edition.
enum Chrome {
    /// Ids the theme itself uses, never given to a heading.
    static let reservedIDs: Set<String> = ["main-content", "site-navigation", "search", "footer", "top", "contents"]

    static func context(for render: inout PageRender, page: View) -> View {
        let environment = render.environment
        let site = environment.content.site
        let plan = render.plan
        var context = page
        context["lang"] = site.language
        context["site"] = View([
            "title": site.title,
            "organisation": site.organisation,
            "description": site.description,
        ])
        context["title"] = plan.title
        // The kind of page, as a class on <body>, for stylesheets and tests: page-action, page-meeting.
        context["pageKind"] = plan.template
        context["documentTitle"] = plan.sitePath == "index.html" ? site.title : "\(plan.title) – \(site.title)"
        context["root"] = SitePath.rootPrefix(from: plan.sitePath)
        context["homeURL"] = render.url(to: "index.html")
        context["isHome"] = plan.sitePath == "index.html"
        context["nav"] = navigation(for: render)
        let crumbs = plan.breadcrumbs.map { ["title": $0.title, "url": render.url(to: $0.sitePath)] }
        context["breadcrumbs"] = crumbs
        context["hasBreadcrumbs"] = !crumbs.isEmpty
        context["asOf"] = render.date(environment.asOf)
        if let feed = environment.sectionPaths["feed"] { context["feedURL"] = render.url(to: feed) }
        if let search = environment.sectionPaths["search"] { context["searchURL"] = render.url(to: search) }
        if let index = environment.sectionPaths["a-z"] { context["azURL"] = render.url(to: index) }
        if let glossary = environment.sectionPaths["glossary"] { context["glossaryURL"] = render.url(to: glossary) }
        context["edition"] = View([
            "name": environment.edition.rawValue,
            "web": environment.edition == .web,
            "offline": environment.edition == .offline,
            "print": environment.edition == .print,
        ])
        if let footer = site.footer {
            context["footer"] = render.html(footer)
        }
        if let languages = environment.languages {
            context["languages"] = languages.twins(of: plan.sitePath)
            context["hasLanguages"] = true
            // A page with no translation yet is shown in its own words, marked as such.
            if case .content(let location) = plan.origin, environment.content.untranslatedPaths.contains(location.file) {
                context["untranslated"] = ["lang": environment.content.site.languages.first ?? site.language]
            }
        }
        let sections = render.headings.filter { $0.level == 2 }
        if sections.count >= 3, context["onThisPage"] == nil {
            context["onThisPage"] = ["items": sections.map { ["id": $0.id, "text": $0.text] }]
        }
        return context
    }

    /// The main navigation, with the entry for this page (or the section it is in) marked current.
    static func navigation(for render: PageRender) -> [View] {
        let environment = render.environment
        let here = render.sitePath
        return environment.navigation.map { item in
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
