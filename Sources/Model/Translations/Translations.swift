import Diagnostics

/// The words of the site in one of its other languages: each translated file's words by the path
/// of the file it translates, the site's own text fields, and its strings. Facts are never here:
/// dates, statuses, owners, numbers and links are the source's, so the languages cannot disagree.
public struct LanguageWords: Sendable, Hashable {
    public var language: String
    /// By the source's path (`pages/about.md` for `pages/about.cy.md`).
    public var texts: [String: TranslatedText] = [:]
    public var site = SiteWords()
    /// `Content/strings.cy.yaml`: the site's own words for what the theme says in this language.
    public var strings = StringTable()

    public init(language: String) {
        self.language = language
    }
}

/// The words a translation gives for one page, update, plan or action.
public struct TranslatedText: Sendable, Hashable {
    public var title: String?
    public var summary: String?
    /// Blank when the translation gives only a title or summary: the page keeps its source's
    /// text, marked as being in the source's language.
    public var body: MarkdownText
    public var location: SourceLocation
    /// The digest of the source's words it translates (`translates:`), written by
    /// `tally new translation`: `tally check --translations` finds it stale when they change.
    public var translates: String?
    public var translatesLocation: SourceLocation?
}

/// `site.cy.yaml`: the site's title and other words in this language.
public struct SiteWords: Sendable, Hashable {
    public var title: String?
    public var organisation: String?
    public var description: String?
    public var footer: MarkdownText?
    /// The titles of `site.yaml`'s navigation links, in the same order.
    public var navigation: [String] = []
}

extension Content {
    /// The site in `language`: the same facts, with the words its translations give. What has
    /// no translation keeps its words, and its path is in `untranslatedPaths`.
    public func translated(to language: String) -> Content {
        var copy = self
        copy.site.language = language
        let words = translations[language] ?? LanguageWords(language: language)
        copy.strings = words.strings
        var untranslated = Set<String>()
        var untranslatedBodies = Set<MarkdownText>()
        func apply(_ path: String, title: inout String, summary: inout String?, body: inout MarkdownText) {
            guard let text = words.texts[path] else {
                untranslated.insert(body.displayPath)
                return
            }
            if let translated = text.title { title = translated }
            if let translated = text.summary { summary = translated }
            if text.body.isBlank {
                untranslatedBodies.insert(body)
            } else {
                body = text.body
            }
        }
        copy.pages = pages.map { page in
            var page = page
            apply(page.sourcePath, title: &page.title, summary: &page.summary, body: &page.body)
            return page
        }
        copy.updates = updates.map { update in
            var update = update
            apply(update.sourcePath, title: &update.title, summary: &update.summary, body: &update.body)
            return update
        }
        copy.plans = plans.map { plan in
            var plan = plan
            apply(plan.sourcePath, title: &plan.title, summary: &plan.summary, body: &plan.body)
            plan.actions = plan.actions.map { action in
                var action = action
                apply(action.sourcePath, title: &action.item.title, summary: &action.summary, body: &action.body)
                return action
            }
            return plan
        }
        copy.untranslatedPaths = untranslated
        copy.untranslatedBodies = untranslatedBodies
        let site = words.site
        if let title = site.title { copy.site.title = title }
        if let organisation = site.organisation { copy.site.organisation = organisation }
        if let description = site.description { copy.site.description = description }
        if let footer = site.footer { copy.site.footer = footer }
        for (index, title) in site.navigation.enumerated() where index < copy.site.navigation.count {
            copy.site.navigation[index].title = title
        }
        return copy
    }
}
