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

/// The words a translation gives for one page, update, plan, action, response, recommendation,
/// group, meeting, series, or for the glossary, metrics or targets.
public struct TranslatedText: Sendable, Hashable {
    public var title: String?
    public var summary: String?
    /// Its other words, by the field they have in the source: a recommendation's `reason`, a
    /// group's `meets`, a series' `measure`.
    public var words: [String: String] = [:]
    /// A series' notes.
    public var notes: MarkdownText?
    /// The words of an action's milestones or a recommendation's steps, one for each, in order.
    public var steps: [String] = []
    /// Blank when the translation gives only a title and summary: the page keeps its source's
    /// text, marked as being in the source's language.
    public var body: MarkdownText
    /// Meeting notes': the ACTION paragraphs of its text, one for each of the source's, in order.
    public var actions: [TranslatedAction] = []
    /// The glossary's, `metrics.yaml`'s or `targets.yaml`'s: each entry's words (`expansion`,
    /// `title`, `goal`...), by its term or id as the source writes it.
    public var entries: [String: [String: String]] = [:]
    /// Their notes (Markdown), by term or id.
    public var entryNotes: [String: MarkdownText] = [:]
    public var location: SourceLocation
    /// The digest of the source's words it translates (`translates:`), written by
    /// `tally new translation`: `tally check --translations` finds it stale when they change.
    public var translates: String?
    public var translatesLocation: SourceLocation?
}

/// An ACTION paragraph of translated notes: its words, and where it is in the translation's text.
public struct TranslatedAction: Sendable, Hashable {
    public var text: String
    public var section: [String]
    public var bodyLine: Int
}

/// `site.cy.yaml`: the site's title and other words in this language.
public struct SiteWords: Sendable, Hashable {
    public var title: String?
    public var organisation: String?
    public var description: String?
    public var footer: MarkdownText?
    /// The titles of `site.yaml`'s navigation links, in the same order.
    public var navigation: [String] = []
    /// Owners, organisations, members and units by their names in the site's own language:
    /// `names: {Director of Housing: Cyfarwyddwr Tai}`. The one named is the same; only the name is translated.
    public var names: [String: String] = [:]
    /// The words for what figures count, by the unit the content gives: `units: {people: pobl}`.
    /// Every series and target counted in that unit takes the word, so charts that put series of
    /// one unit together still can.
    public var units: [String: String] = [:]
}
