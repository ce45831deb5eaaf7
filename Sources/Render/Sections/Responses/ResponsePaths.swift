import Markup
import Model

/// Where the responses' pages and files are in the site.
enum ResponsePaths {
    static let index = "responses/index.html"
    static let csv = "responses/recommendations.csv"
    static let json = "responses/recommendations.json"

    static func response(_ id: String) -> String { "responses/\(id)/index.html" }
    static func recommendation(_ recommendation: Recommendation) -> String {
        "responses/\(recommendation.responseID)/recommendation-\(Slug.make(recommendation.number))/index.html"
    }
}
