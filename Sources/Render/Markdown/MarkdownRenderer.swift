import Diagnostics
import Markup
import Compute
import Model

/// HTML put around an action of meeting notes: an anchor and a footer linking to the action's
/// entry in the log. Found again by the line of the notes' body it starts on.
struct Callout: Sendable, Hashable {
    var line: Int
    var anchor: String
    /// Tally's own HTML, written after the paragraph.
    var footer: String
}

/// Renders Markdown from the content into the HTML of one page.
///
/// On the way it gives every heading an id, checks each link and rewrites it relative to the
/// page, drops links that could run code, and leaves out raw HTML (with a warning, except for
/// `<!-- comments -->`, which are notes to the author).
struct MarkdownRenderer {
    let links: LinkTable
    let edition: Edition
    /// What `{{ ... }}` references and figure blocks are worked out from.
    var figures: (content: Content, assessments: Assessments)?
    var abbreviations: Abbreviations?
    /// The site's words, for the summaries and marks of figures.
    var strings = Strings(language: "en", values: [:])

    /// - Parameters:
    ///   - pagePath: the site path of the page the HTML goes in.
    ///   - ids: ids already used on the page; heading ids are added to it.
    func render(
        _ markdown: MarkdownText, on pagePath: String, ids: inout Set<String>, callouts: [Callout] = []
    ) -> RenderedMarkdown {
        var used = Set<String>()
        return render(markdown, on: pagePath, ids: &ids, abbreviated: &used, callouts: callouts)
    }

    /// - Parameter abbreviated: glossary terms already marked on the page; only a term's first
    ///   use on a page is marked.
    func render(
        _ markdown: MarkdownText, on pagePath: String, ids: inout Set<String>, abbreviated: inout Set<String>,
        callouts: [Callout] = []
    ) -> RenderedMarkdown {
        let document = MarkdownDocument(markdown.text)
        var diagnostics: [Diagnostic] = []
        if markdown.text.containsBytes("<!--") {
            EditionSections.apply(to: document, edition: edition, markdown: markdown, diagnostics: &diagnostics)
        }
        if !callouts.isEmpty {
            // A callout's line is where the notes' reading found its ACTION paragraph: no two
            // paragraphs start on one line, so the paragraph there is that action's.
            var byLine = Dictionary(callouts.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
            for node in document.allNodes() where node.kind == .paragraph {
                guard let callout = byLine.removeValue(forKey: node.startLine) else { continue }
                ids.insert(callout.anchor)
                let wrapper = MarkdownNode.customBlock(
                    before: "<div class=\"meeting-action\" id=\"\(callout.anchor)\">", after: callout.footer + "</div>")
                node.wrap(in: wrapper)
            }
        }
        var headings: [Heading] = []
        var anchorLinks: [AnchorLink] = []
        // Most text cites no figure: the builder and resolver (which hold the whole model) are
        // made only for text that can.
        let cites = figures != nil && markdown.text.containsBytes("{{")
        if let figures {
            document.consolidateText()
            if cites {
                let builder = FigureBuilder(content: figures.content, assessments: figures.assessments, pagePath: pagePath, strings: strings)
                embedFigures(document, markdown: markdown, builder: builder, ids: &ids, diagnostics: &diagnostics)
            }
        }
        let nodes = document.allNodes()
        let shift = nodes.contains { $0.kind == .heading && $0.headingLevel == 1 } ? 1 : 0
        let resolver = cites
            ? figures.map {
                FigureResolver(content: $0.content, assessments: $0.assessments, strings: strings, writtenOn: $0.content.dayWritten(markdown))
            } : nil

        for node in nodes {
            switch node.kind {
            case .heading:
                let level = min(node.headingLevel + shift, 6)
                let text = node.plainText
                let id = Slug.unique(Slug.make(text), in: &ids)
                headings.append(Heading(level: level, id: id, text: text))
                node.replaceBlock(before: "<h\(level) id=\"\(id)\">", after: "</h\(level)>")
            case .link, .image:
                handleLink(node, markdown: markdown, pagePath: pagePath, diagnostics: &diagnostics, anchors: &anchorLinks)
            case .text:
                if let resolver, let literal = node.literal, literal.containsBytes("{{") {
                    replaceReferences(in: node, literal: literal, resolver: resolver, markdown: markdown, pagePath: pagePath, diagnostics: &diagnostics)
                }
            case .htmlBlock, .htmlInline:
                let raw = node.literal ?? ""
                if !raw.trimmingWhitespace.hasPrefix("<!--") {
                    diagnostics.append(
                        .warning(
                            "raw HTML is not shown on the site", at: location(of: node, in: markdown),
                            hint: "write it in Markdown instead; HTML is left out so that pages stay safe and accessible"))
                }
                node.remove()
            default:
                continue
            }
        }
        if let abbreviations {
            var reported = Set<String>()
            for node in document.allNodes() where node.kind == .text {
                for word in abbreviations.unknown(in: node.literal ?? "") where reported.insert(word).inserted {
                    diagnostics.append(
                        .warning(
                            "\"\(word)\" looks like an abbreviation that the glossary does not explain", at: location(of: node, in: markdown),
                            hint: "add it to glossary.yaml with what it stands for, or list it under not_abbreviations if it is a name"))
                }
                abbreviations.mark(node, used: &abbreviated)
            }
        }
        return RenderedMarkdown(
            html: document.renderHTML(), headings: headings, diagnostics: diagnostics, anchorLinks: anchorLinks)
    }

    /// A paragraph that is only `{{ chart ... }}` or `{{ table ... }}` becomes that figure.
    private func embedFigures(
        _ document: MarkdownDocument, markdown: MarkdownText, builder: FigureBuilder, ids: inout Set<String>,
        diagnostics: inout [Diagnostic]
    ) {
        for node in document.allNodes() where node.kind == .paragraph {
            // Most paragraphs are prose: only one that opens with "{{" can be a figure.
            guard let opening = node.firstChild?.literal, opening.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("{{") else { continue }
            let text = node.plainText.trimmingWhitespace
            guard text.hasPrefix("{{"), text.hasSuffix("}}"), FigureReference.find(in: text).count == 1 else { continue }
            let words = text.dropFirst(2).dropLast(2).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = words.first, FigureBuilder.Embed(rawValue: first) != nil else { continue }
            switch builder.embed(words, ids: &ids) {
            case .success(let html):
                node.replace(with: MarkdownNode.customBlock(before: html, after: ""))
            case .failure(let problem):
                diagnostics.append(Diagnostic.error(problem.message, at: location(of: node, in: markdown), hint: problem.hint).following(problem.cause))
                // Reported here: the words stay as they are, not read again as a reference.
                node.replace(with: MarkdownNode.customBlock(before: "<p>\(HTMLText.escape(text))</p>", after: ""))
            }
        }
    }

    /// Each `{{ reference }}` in a text node becomes the value it stands for, linked to where
    /// it comes from (unless it is already inside a link). An unknown reference is an error at
    /// its line and column.
    private func replaceReferences(
        in node: MarkdownNode, literal: String, resolver: FigureResolver, markdown: MarkdownText, pagePath: String,
        diagnostics: inout [Diagnostic]
    ) {
        let found = FigureReference.find(in: literal)
        guard !found.isEmpty else { return }
        let insideLink = node.ancestor(ofKind: [.link, .image]) != nil
        let start = location(of: node, in: markdown)
        var cursor = literal.startIndex
        // The figure cited just before, for words between the two that compare them.
        var previous: (figure: ResolvedFigure, reference: String, end: String.Index)?
        for (reference, offset, range) in found {
            if cursor < range.lowerBound { node.insertBefore(.text(String(literal[cursor..<range.lowerBound]))) }
            cursor = range.upperBound
            switch resolver.resolve(reference) {
            case .success(let figure):
                for problem in FigureWords.problems(
                    figure, reference: reference.text, before: literal[..<range.lowerBound], after: literal[range.upperBound...], resolver: resolver)
                {
                    var place = start
                    place.column += offset
                    diagnostics.append(Diagnostic.error(problem.message, at: place, hint: problem.hint))
                }
                if let previous, let problem = ComparedWords.problem(
                    first: previous.figure, firstReference: previous.reference, between: literal[previous.end..<range.lowerBound],
                    second: figure, secondReference: reference.text)
                {
                    var place = start
                    place.column += offset
                    diagnostics.append(Diagnostic.error(problem.message, at: place, hint: problem.hint))
                }
                previous = (figure, reference.text, range.upperBound)
                let title = HTMLText.escape(figure.description)
                let wrapper: MarkdownNode
                if let sitePath = figure.sitePath, !insideLink {
                    let href = SitePath.relativeURL(from: pagePath, to: sitePath) + (figure.anchor.map { "#\($0)" } ?? "")
                    wrapper = .customInline(before: "<a class=\"figure\" href=\"\(href)\" title=\"\(title)\">", after: "</a>")
                } else {
                    wrapper = .customInline(before: "<span class=\"figure\" title=\"\(title)\">", after: "</span>")
                }
                wrapper.append(.text(figure.text))
                node.insertBefore(wrapper)
            case .failure(let problem):
                previous = nil
                var place = start
                place.column += offset
                diagnostics.append(Diagnostic.error(problem.message, at: place, hint: problem.hint).following(problem.cause))
                node.insertBefore(.text(String(literal[range])))
            }
        }
        if cursor < literal.endIndex { node.insertBefore(.text(String(literal[cursor...]))) }
        node.remove()
    }

    private func handleLink(
        _ node: MarkdownNode, markdown: MarkdownText, pagePath: String, diagnostics: inout [Diagnostic],
        anchors: inout [AnchorLink]
    ) {
        let isImage = node.kind == .image
        let destination = node.url ?? ""
        let place = location(of: node, in: markdown)
        if isImage, node.plainText.trimmingWhitespace.isEmpty {
            diagnostics.append(
                .warning(
                    "the image has no description", at: place,
                    hint: "describe it in the brackets for people who cannot see it: ![Chart of ...](chart.png)"))
        }
        // Some cases below free `node`: nothing may use it after the switch.
        switch LinkDestination(destination) {
        case .external:
            if isImage {
                diagnostics.append(
                    .error(
                        "the image \"\(destination)\" is on another website", at: place,
                        hint: "put the image in static/ and link to it there, so the site works with no internet"))
                replaceImageWithDescription(node)
            }
        case .unsafe(let scheme):
            diagnostics.append(
                .warning(
                    "a link to a \(scheme) address was removed", at: place,
                    hint: "links may go to pages of the site or to http, https, mailto and tel addresses"))
            isImage ? replaceImageWithDescription(node) : node.unwrap()
        case .empty:
            diagnostics.append(.warning("a link has no address", at: place, hint: "write the address in the brackets: [text](about.md)"))
            isImage ? replaceImageWithDescription(node) : node.unwrap()
        case .fragment(let fragment):
            anchors.append(AnchorLink(location: place, sitePath: pagePath, fragment: fragment))
        case .path(let path, let fragment):
            switch links.resolve(path, fragment: fragment, from: markdown.sourcePath) {
            case .success(let (target, fragment)):
                node.url = SitePath.relativeURL(from: pagePath, to: target) + (fragment.map { "#\($0)" } ?? "")
                if let fragment, !fragment.isEmpty {
                    anchors.append(AnchorLink(location: place, sitePath: target, fragment: fragment))
                }
            case .failure(let problem):
                if !problem.isAlreadyReported {
                    diagnostics.append(Diagnostic.error(problem.message, at: place, hint: problem.hint).following(problem.cause))
                }
                // Reported here, where it was written: keep the text so no later check sees it again.
                isImage ? replaceImageWithDescription(node) : node.unwrap()
            }
        }
    }

    private func replaceImageWithDescription(_ node: MarkdownNode) {
        node.unwrap()
    }

    /// The node's place in the file, or its nearest block's when libcmark gives none.
    private func location(of node: MarkdownNode, in markdown: MarkdownText) -> SourceLocation {
        var current: MarkdownNode? = node
        while let candidate = current {
            if candidate.startLine > 0 {
                return markdown.location(line: candidate.startLine, column: candidate.startColumn)
            }
            current = candidate.parent
        }
        return markdown.location(line: 1, column: 1)
    }
}

