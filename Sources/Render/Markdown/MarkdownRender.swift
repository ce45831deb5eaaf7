import Model

/// Markdown a page rendered in a session's build: what went in and what came out, for the next
/// build to take as it was when the same text is rendered on the same page in the same way.
struct MarkdownRender: Sendable {
    struct Input: Sendable, Hashable {
        var markdown: MarkdownText
        /// The ids used on the page before it, and the glossary terms already marked.
        var ids: Set<String>
        var abbreviated: Set<String>
        var callouts: [Callout]
    }

    let input: Input
    let rendered: RenderedMarkdown
    /// The page's ids and marked terms after it.
    let ids: Set<String>
    let abbreviated: Set<String>

    /// What rendering depends on besides its input: the site's links, edition, glossary and
    /// words. Renders of one build are taken by the next only when this is the same.
    static func setting(links: LinkTable, glossary: Glossary, strings: Strings) -> Int {
        var hasher = Hasher()
        hasher.combine(links)
        hasher.combine(glossary)
        hasher.combine(strings.digest)
        return hasher.finalize()
    }
}
