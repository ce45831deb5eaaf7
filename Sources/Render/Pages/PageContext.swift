import Mustache

/// What a page's template is given, in three parts kept apart: the page's own values, the
/// values every page shares (`Chrome`: the site, the navigation, the breadcrumbs, the edition)
/// and the theme's words (`strings`). A template can name a part (`{{page.title}}`,
/// `{{chrome.title}}`); a name without one is the shared value if there is one, else the
/// page's, so a page's value is never lost under a shared one of the same name.
struct PageContext: MustacheParent {
    var page: View
    var chrome: View
    var strings: View

    func child(named name: String) -> Any? {
        switch name {
        case "page": return page
        case "chrome": return chrome
        case "strings": return strings
        default: return chrome.child(named: name) ?? page.child(named: name)
        }
    }

    /// Tells apart two pages that would render differently with the same words.
    var digest: Int {
        var hasher = Hasher()
        hasher.combine(page)
        hasher.combine(chrome)
        return hasher.finalize()
    }
}
