import Markup
import Compute
import Model

/// What a recommendation's page is drawn from: the recommendation and its response, whose
/// facts it gives and whose other recommendations it links to as the previous and the next.
struct RecommendationPage: Hashable, Sendable {
    var recommendation: Recommendation
    var response: Response
}

/// Template values for the list of responses, a response and a recommendation.
enum ResponseViews {
    static func index(render: inout PageRender) -> View {
        let environment = render.environment
        return [
            "responses": environment.content.responses.sorted { ($0.submitted, $0.id) > ($1.submitted, $1.id) }.map { response in
                var item = facts(response, render: render)
                if let summary = environment.assessments.summary(of: response) { item["agreement"] = agreementRows(summary, render.strings) }
                return item
            },
            "csvURL": render.url(to: ResponsePaths.csv),
            "jsonURL": render.url(to: ResponsePaths.json),
        ]
    }

    static func facts(_ response: Response, render: PageRender) -> View {
        var facts = View([
            "title": response.title,
            "titleLang": render.untranslatedLanguage(of: response.body.displayPath),
            "url": render.url(to: ResponsePaths.response(response.id)),
            "submitted": render.date(response.submitted),
            "respondent": response.respondent,
            "publisher": response.publisher,
            "summary": response.summary,
            "count": render.strings.plural("response.recommendation-count", count: response.recommendations.count),
            "submittedText": render.strings.html(
                "response.submitted",
                html: ["date": "<time datetime=\"\(response.submitted.iso)\">\(HTMLText.escape(render.strings.longDate(response.submitted)))</time>"]),
        ])
        facts["report"] = View([
            "title": response.report.title, "url": response.report.url, "published": response.report.published.map(render.date),
        ])
        return facts
    }

    /// Agreed, partly agreed, not agreed and total: counted from the recommendations.
    static func agreementRows(_ summary: ResponseSummary, _ strings: Strings) -> [View] {
        Agreement.allCases.map { agreement in
            ["label": strings.text("agreement.\(agreement.rawValue)"), "colour": colour(of: agreement), "count": summary.agreement[agreement, default: 0]]
        } + [["label": strings.text("count-table.total"), "count": summary.total, "isTotal": true]]
    }

    static func agreementTag(_ agreement: Agreement, _ strings: Strings) -> View {
        ["label": strings.text("agreement.\(agreement.rawValue)"), "colour": colour(of: agreement)]
    }

    /// "2 of 5 steps are past their target date without being reported done."
    static func overdueSteps(_ summary: ResponseSummary, _ strings: Strings) -> String {
        strings.plural("response.overdue-steps", count: summary.steps, ["overdue": String(summary.overdueSteps)])
    }

    static func colour(of agreement: Agreement) -> TagColour {
        switch agreement {
        case .agreed: return .green
        case .partlyAgreed: return .yellow
        case .notAgreed: return .red
        }
    }

    static func response(_ response: Response, render: inout PageRender) -> View {
        let environment = render.environment
        var view = facts(response, render: render)
        view["title"] = nil  // the page's title is the shared one
        view["content"] = render.html(response.body)
        if let summary = environment.assessments.summary(of: response) {
            view["agreement"] = agreementRows(summary, render.strings)
            view["counts"] = PlanViews.countItems(summary.implementation, render.strings)
            view["total"] = summary.total
            view["flagCounts"] = PlanViews.flagItems(summary.implementation, render.strings)
            view["overdueSteps"] = overdueSteps(summary, render.strings)
            view["implementationAsAt"] = render.strings.text("response.implementation-as-at", ["date": render.strings.longDate(environment.asOf)])
            view["countsCaption"] = render.strings.text("response.counts-caption", ["date": render.strings.longDate(environment.asOf)])
            // A response counts recommendations, not actions.
            view["countsItems"] = render.strings.text("count-table.recommendations")
            view["countsAll"] = render.strings.text("count-table.all-recommendations")
        }
        var groups: [(String, [Recommendation])] = []
        for recommendation in response.recommendations {
            let key = recommendation.addressedTo ?? ""
            if let index = groups.firstIndex(where: { $0.0 == key }) {
                groups[index].1.append(recommendation)
            } else {
                groups.append((key, [recommendation]))
            }
        }
        view["groups"] = groups.map { addressee, recommendations -> View in
            var group: View = ["rows": recommendations.map { row($0, render: render) }]
            if !addressee.isEmpty { group["heading"] = render.strings.text("response.should", ["who": addressee]) }
            group["caption"] = addressee.isEmpty
                ? render.strings.text("response.recommendations") : render.strings.text("response.recommendations-to", ["who": addressee])
            group["anchor"] = Slug.make("to \(addressee)")
            return group
        }
        view["csvURL"] = render.url(to: ResponsePaths.csv)
        view["jsonURL"] = render.url(to: ResponsePaths.json)
        return view
    }

    static func row(_ recommendation: Recommendation, render: PageRender) -> View {
        var row: View = [
            "number": recommendation.number,
            "text": recommendation.text,
            "url": render.url(to: ResponsePaths.recommendation(recommendation)),
            "agreementTag": agreementTag(recommendation.agreement, render.strings),
            "owners": recommendation.item.owners.joined(separator: "; "),
        ]
        if let lang = render.untranslatedLanguage(of: recommendation.body.displayPath) { row["titleLang"] = lang }
        let assessment = render.assessment(of: recommendation)
        row["due"] = ActionViews.dueEntries(recommendation.item, assessment: assessment, step: "deadline.step-label", render: render)
        if let assessment {
            row["status"] = StatusTags.status(assessment.status, render.strings)
            row["flags"] = StatusTags.flags(assessment, render.strings)
            if let progress = assessment.progress {
                row["progress"] = render.strings.plural("response.steps-done", count: progress.total, ["done": String(progress.done)])
            }
        }
        return row
    }

    /// A recommendation's page is drawn from it and its response (`RecommendationPage`).
    static func recommendation(_ page: RecommendationPage, render: inout PageRender) -> View {
        recommendation(page.recommendation, in: page.response, render: &render)
    }

    static func recommendation(_ recommendation: Recommendation, in response: Response, render: inout PageRender) -> View {
        var view: View = View([
            "number": recommendation.number,
            "text": recommendation.text,
            "addressedTo": recommendation.addressedTo,
            "addressedToShould": recommendation.addressedTo.map { render.strings.text("response.should", ["who": $0]) },
            "due": recommendation.due.map { render.strings.longDate($0) },
            "reason": recommendation.reason,
            "summary": recommendation.summary,
            "unavailable": recommendation.unavailable,
        ])
        view["response"] = facts(response, render: render)
        view["agreementTag"] = agreementTag(recommendation.agreement, render.strings)
        if let assessment = render.assessment(of: recommendation) {
            view["status"] = StatusTags.status(assessment.status, render.strings)
            view["flags"] = StatusTags.flags(assessment, render.strings)
            view["explanation"] = StatusTags.explanation(
                assessment, opened: recommendation.item.opened, asOf: render.asOf, rules: render.trackingRules, strings: render.strings,
                describe: { $0 })
            view["steps"] = assessment.milestones.map { ActionViews.milestoneView($0, render: render) }
            if let progress = assessment.progress {
                view["progress"] = render.strings.plural("response.steps-done", count: progress.total, ["done": String(progress.done)])
            }
        }
        view["content"] = render.html(ifNotBlank: recommendation.body)
        view["updates"] = recommendation.item.updates.reversed().map { update -> View in
            var entry: View = ["date": render.date(update.date), "status": StatusTags.status(.reported(update.status), render.strings)]
            if let note = update.note { entry["note"] = render.html(note) }
            if let source = update.source { entry["source"] = source }
            return entry
        }
        let siblings = response.recommendations
        if let index = siblings.firstIndex(where: { $0.number == recommendation.number }) {
            if index > 0 { view["previous"] = navItem(siblings[index - 1], label: "response.previous", render: render) }
            if index + 1 < siblings.count { view["next"] = navItem(siblings[index + 1], label: "response.next", render: render) }
        }
        return view
    }

    static func navItem(_ recommendation: Recommendation, label: String, render: PageRender) -> View {
        let title = render.strings.text("response.recommendation-title", ["number": recommendation.number])
        return ["title": title, "label": render.strings.text(label, ["title": title]), "url": render.url(to: ResponsePaths.recommendation(recommendation))]
    }
}
