import Compute
import Model

/// Every recommendation, with its agreement, steps and implementation status, as CSV and JSON.
enum RecommendationExport {
    struct Step: Encodable {
        var text: String?
        var owner: String?
        var targetDateAsPublished: String?
        var due: String?
        var done: Bool
        var overdue: Bool
    }

    struct Record: Encodable {
        var response: String
        var id: String
        var number: Int
        var addressedTo: String?
        var recommendation: String
        var agreement: String
        var reason: String?
        var owners: [String]
        var steps: [Step]
        var status: String
        var statusLabel: String
        var statusDate: String?
        var overdue: Bool
        var overdueSteps: Int
        var page: String
    }

    struct Document: Encodable {
        var asOf: String
        var generator = "Tally"
        var recommendations: [Record]
    }

    static func records(_ environment: SiteEnvironment) -> [Record] {
        environment.content.allRecommendations.compactMap { recommendation in
            guard let assessment = environment.assessments.recommendations[recommendation.id] else { return nil }
            let steps = assessment.milestones.map { step in
                Step(
                    text: step.milestone.text, owner: step.milestone.owner, targetDateAsPublished: step.milestone.deadline?.text,
                    due: step.dueDate?.iso, done: step.isDone, overdue: step.isOverdue)
            }
            return Record(
                response: recommendation.responseID, id: recommendation.id, number: recommendation.number,
                addressedTo: recommendation.addressedTo, recommendation: recommendation.text,
                agreement: recommendation.agreement.rawValue, reason: recommendation.reason, owners: recommendation.item.owners,
                steps: steps, status: assessment.status.key, statusLabel: assessment.status.label,
                statusDate: assessment.statusDate?.iso, overdue: assessment.isOverdue,
                overdueSteps: steps.filter(\.overdue).count, page: ResponsePaths.recommendation(recommendation))
        }
    }

    static func json(_ environment: SiteEnvironment) -> [UInt8] {
        JSONExport.encode(Document(asOf: environment.asOf.iso, recommendations: records(environment)))
    }

    static func csv(_ environment: SiteEnvironment) -> [UInt8] {
        let header = [
            "response", "id", "number", "addressed_to", "recommendation", "agreement", "reason", "owners",
            "target_dates_as_published", "status", "status_label", "status_date", "overdue", "overdue_steps", "page",
        ]
        let rows = records(environment).map { record in
            [
                record.response, record.id, String(record.number), record.addressedTo ?? "", record.recommendation,
                record.agreement, record.reason ?? "", record.owners.joined(separator: "; "),
                record.steps.compactMap(\.targetDateAsPublished).joined(separator: "; "), record.status, record.statusLabel,
                record.statusDate ?? "", ActionExport.yesNo(record.overdue), String(record.overdueSteps), record.page,
            ]
        }
        return CSVTable(header: header, rows: rows).encoded()
    }
}
