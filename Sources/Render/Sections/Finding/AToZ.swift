import Markup
import Model

/// Every page, action, recommendation, figure and term by its first letter: an index that needs
/// no JavaScript.
enum AToZ {
    struct Entry {
        var text: String
        var kind: String
        var sitePath: String
        var anchor: String?
    }

    static func entries(_ environment: SiteEnvironment) -> [Entry] {
        let content = environment.content
        var entries: [Entry] = []
        for page in content.pages where !page.isHome {
            entries.append(Entry(text: page.title, kind: "Page", sitePath: SitePath.index(page.slug)))
        }
        for update in content.updates {
            entries.append(Entry(text: update.title, kind: "Update, \(update.date.long)", sitePath: UpdatesSection.sitePath(of: update)))
        }
        for plan in content.plans {
            entries.append(Entry(text: plan.title, kind: "Action plan", sitePath: PlanPaths.plan(plan.id)))
            for theme in plan.themes {
                entries.append(Entry(text: theme.title, kind: "\(PlanViews.themeLabel(theme, in: plan) ?? "Theme") of \(plan.title)", sitePath: PlanPaths.plan(plan.id), anchor: PlanPaths.themeAnchor(theme.id)))
            }
            for action in plan.actions {
                entries.append(Entry(text: action.item.title, kind: "Action \(action.number ?? action.id), \(plan.title)", sitePath: PlanPaths.action(action)))
            }
        }
        for group in content.groups {
            entries.append(Entry(text: group.title, kind: "Group", sitePath: MeetingPaths.group(group.id)))
        }
        for meeting in content.meetings {
            entries.append(Entry(text: MeetingViews.title(meeting, content: content), kind: "Meeting notes", sitePath: MeetingPaths.meeting(meeting.id)))
            for action in meeting.actions {
                let entry = MeetingPaths.logEntry(action.id)
                entries.append(Entry(text: action.text, kind: "Meeting action \(action.id)", sitePath: entry.page, anchor: entry.anchor))
            }
        }
        for response in content.responses {
            entries.append(Entry(text: response.title, kind: "Inspection response", sitePath: ResponsePaths.response(response.id)))
            for recommendation in response.recommendations {
                entries.append(Entry(text: recommendation.text, kind: "Recommendation \(recommendation.number)", sitePath: ResponsePaths.recommendation(recommendation)))
            }
        }
        for topic in content.figures.topics {
            entries.append(Entry(text: topic.title, kind: "Figures", sitePath: SeriesPaths.topic(topic.slug)))
        }
        for series in environment.assessments.figures.series.values {
            entries.append(Entry(text: series.title, kind: "Figures", sitePath: SeriesPaths.page(series.id)))
        }
        for target in content.figures.targets {
            entries.append(Entry(text: target.title, kind: "Target", sitePath: SeriesPaths.targets, anchor: SeriesPaths.targetAnchor(target.id)))
        }
        for term in content.glossary.terms {
            entries.append(Entry(text: "\(term.term): \(term.expansion)", kind: "Glossary", sitePath: FindingPaths.glossary, anchor: FindingPaths.termAnchor(term.term)))
        }
        return entries.sorted { (sortKey($0.text), $0.kind, $0.sitePath) < (sortKey($1.text), $1.kind, $1.sitePath) }
    }

    static func sortKey(_ text: String) -> String {
        text.lowercased().drop { !($0.isLetter || $0.isNumber) }.description
    }

    static func letter(of text: String) -> String {
        guard let first = sortKey(text).first else { return "#" }
        return first.isLetter && first.isASCII ? String(first).uppercased() : "0–9"
    }

    static func view(render: inout PageRender) -> [String: Any] {
        var groups: [(String, [Entry])] = []
        for entry in entries(render.environment) {
            let key = letter(of: entry.text)
            if groups.last?.0 == key { groups[groups.count - 1].1.append(entry) } else { groups.append((key, [entry])) }
        }
        let anchors = groups.map { "letter-" + ($0.0 == "0–9" ? "digits" : $0.0.lowercased()) }
        render.ids.formUnion(anchors)
        return [
            "letters": zip(groups, anchors).map { group, anchor in ["letter": group.0, "anchor": anchor] },
            "groups": zip(groups, anchors).map { group, anchor -> [String: Any] in
                [
                    "letter": group.0, "anchor": anchor,
                    "entries": group.1.map { entry in
                        ["text": entry.text, "kind": entry.kind, "url": render.url(to: entry.sitePath) + (entry.anchor.map { "#\($0)" } ?? "")]
                    },
                ]
            },
        ]
    }
}
