import Diagnostics
import Compute
import Model

/// Responses to inspections: a list, a page per response with its computed summary, a page per
/// recommendation, and the exports.
enum ResponsesSection: SiteSection {
    static let indexes = ["responses": ResponsePaths.index]
    static let contentFolder: String? = "responses/"
    static let menu: (place: Int, index: String, title: String)? = (3, "responses", "sections.responses-short")

    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> SectionPlan {
        guard !content.responses.isEmpty else { return SectionPlan() }
        let home = Crumb(title: strings.text("sections.home"), sitePath: "index.html")
        let index = Crumb(title: strings.text("sections.responses-short"), sitePath: ResponsePaths.index)
        var pages = [
            PagePlan(
                sitePath: ResponsePaths.index, title: strings.text("sections.responses"), kind: .responses, breadcrumbs: [home],
                origin: .generated("the list of responses"), view: { render in ResponseViews.index(render: &render) })
        ]
        for response in content.responses {
            let crumb = Crumb(title: response.title, sitePath: ResponsePaths.response(response.id))
            pages.append(
                PagePlan(
                    sitePath: ResponsePaths.response(response.id), title: response.title, kind: .response,
                    breadcrumbs: [home, index], origin: .content(SourceLocation(file: response.body.displayPath)),
                    view: { render in ResponseViews.response(response, render: &render) }))
            for recommendation in response.recommendations {
                pages.append(
                    PagePlan(
                        sitePath: ResponsePaths.recommendation(recommendation), title: strings.text("response.recommendation-title", ["number": recommendation.number]),
                        kind: .recommendation, breadcrumbs: [home, index, crumb],
                        origin: .content(SourceLocation(file: recommendation.body.displayPath)),
                        subject: RecommendationPage(recommendation: recommendation, response: response), view: ResponseViews.recommendation))
            }
        }
        let files = FilePlan.written(RecommendationExport.self, as: [
            (ResponsePaths.csv, .generated("the recommendations CSV"), RecommendationExport.csv),
            (ResponsePaths.json, .generated("the recommendations JSON"), JSONExport.encode(records:)),
        ])
        return SectionPlan(pages: pages, files: files)
    }

    static func sitePaths(_ content: Content) -> [String: String] {
        var paths: [String: String] = [:]
        for response in content.responses {
            paths[response.sourcePath] = ResponsePaths.response(response.id)
            for recommendation in response.recommendations {
                paths[recommendation.sourcePath] = ResponsePaths.recommendation(recommendation)
            }
        }
        return paths
    }
}
