import Foundation
import Diagnostics
import Markup

/// What the preview server adds to each HTML page it serves (never to the files): the
/// live-reload script, and when the last build failed, an overlay listing every problem above
/// the last good version of the page.
enum PageDecorator {
    static func decorate(_ html: String, sitePath: String, update: SiteUpdate) -> String {
        var page = html
        // The pages' policy allows no connections; the preview needs one, to its own server.
        page = page.replacingFirst("default-src 'none';", with: "default-src 'none'; connect-src 'self';")
        if update.failed {
            page = page.replacingFirst("</head>", with: "<link rel=\"stylesheet\" href=\"/_tally/overlay.css\">\n</head>")
            // First in the page, where the eye and a screen reader start.
            if let body = page.range(of: "<body"), let end = page.range(of: ">", range: body.upperBound..<page.endIndex) {
                page.insert(contentsOf: "\n" + overlay(update.problems), at: end.upperBound)
            }
        }
        let additions =
            "<script src=\"/_tally/live.js\" data-version=\"\(update.version)\" data-path=\"\(HTMLText.escape(sitePath))\" defer></script>\n"
        if let end = page.range(of: "</body>", options: .backwards) {
            page.replaceSubrange(end, with: additions + "</body>")
        } else {
            page += additions
        }
        return page
    }

    static func overlay(_ problems: [Diagnostic]) -> String {
        let errors = problems.filter { $0.severity == .error }
        let shown = errors.prefix(50)
        var html = "<div class=\"tally-overlay\" id=\"tally-overlay\" role=\"alert\" aria-labelledby=\"tally-overlay-title\">\n"
        html += "<h2 class=\"tally-overlay__title\" id=\"tally-overlay-title\">Tally could not build the site: \(errors.count) error\(errors.count == 1 ? "" : "s")</h2>\n"
        html += "<p>Below is the last version that built. Fix the problems and save: this page reloads by itself.</p>\n<ol class=\"tally-overlay__list\">\n"
        for problem in shown {
            let place = problem.location.map { "\($0): " } ?? ""
            html += "<li><code>\(HTMLText.escape(place))</code>\(HTMLText.escape(problem.message))"
            if let hint = problem.hint { html += "<br><span class=\"tally-overlay__hint\">Hint: \(HTMLText.escape(hint))</span>" }
            html += "</li>\n"
        }
        html += "</ol>\n"
        if errors.count > shown.count { html += "<p>And \(errors.count - shown.count) more: see the terminal.</p>\n" }
        html += "<button type=\"button\" class=\"tally-overlay__close\" data-tally-close>Hide these problems</button>\n</div>\n"
        return html
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
