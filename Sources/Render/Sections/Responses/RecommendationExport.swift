import Compute
import Model

/// Every recommendation, with its agreement, steps and implementation status, as CSV and JSON.
enum RecommendationExport: RecordExport {
    struct Step: Encodable {
        var text: String?
        var owner: String?
        var targetDateAsPublished: String?
        /// The revision in force on the as-at date, if the target date was revised.
        var revisedTo: String?
        var revisedOn: String?
        var revisionReason: String?
        /// The day the target date in force was read as.
        var due: String?
        var done: Bool
        var overdue: Bool
    }

    struct Record: Encodable, Sendable {
        var response: String
        var id: String
        var number: String
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

    typealias Document = ExportDocument<Record>

    /// What a recommendation's record is made from.
    struct Row: Equatable, Sendable {
        var recommendation: Recommendation
        var assessment: ItemAssessment
    }

    /// Every assessed recommendation, in the order of the responses.
    static func gather(_ environment: SiteEnvironment) -> (shared: ExportBasis, rows: [Row]) {
        let rows = environment.content.allRecommendations.compactMap { recommendation in
            environment.assessments.assessment(of: recommendation).map { Row(recommendation: recommendation, assessment: $0) }
        }
        return (ExportBasis(environment), rows)
    }

    static func record(_ row: Row, _ shared: ExportBasis) -> Record {
        let (recommendation, assessment) = (row.recommendation, row.assessment)
        let steps = assessment.milestones.map { step in
            let revision = step.milestone.deadline?.revision(asOf: shared.asOf)
            return Step(
                text: step.milestone.text, owner: step.milestone.owner, targetDateAsPublished: step.milestone.deadline?.text,
                revisedTo: revision?.text, revisedOn: revision?.date.iso, revisionReason: revision?.reason,
                due: step.dueDate?.iso, done: step.isDone, overdue: step.isOverdue)
        }
        return Record(
            response: recommendation.responseID, id: recommendation.id, number: recommendation.number,
            addressedTo: recommendation.addressedTo, recommendation: recommendation.text,
            agreement: recommendation.agreement.rawValue, reason: recommendation.reason, owners: recommendation.item.owners,
            steps: steps, status: assessment.status.key, statusLabel: StatusTags.label(assessment.status, shared.strings),
            statusDate: assessment.statusDate?.iso, overdue: assessment.isOverdue,
            overdueSteps: steps.filter(\.overdue).count, page: ResponsePaths.recommendation(recommendation))
    }

    /// What both files are written from.
    static func document(_ shared: ExportBasis, records: [Record]) -> Document {
        Document(asOf: shared.asOf.iso, recordsKey: "recommendations", records: records)
    }

    static func csv(_ document: Document) -> [UInt8] {
        CSVTable(
            document.records,
            columns: [
                CSVColumn("response", \.response), CSVColumn("id", \.id), CSVColumn("number", \.number),
                CSVColumn("addressed_to", \.addressedTo), CSVColumn("recommendation", \.recommendation),
                CSVColumn("agreement", \.agreement), CSVColumn("reason", \.reason), CSVColumn("owners", \.owners),
                CSVColumn("target_dates_as_published") { $0.steps.compactMap(\.targetDateAsPublished).joined(separator: "; ") },
                // One entry per target date above, empty where it was not revised.
                CSVColumn("target_dates_revised_to") { $0.steps.filter { $0.targetDateAsPublished != nil }.map { $0.revisedTo ?? "" }.joined(separator: "; ") },
                CSVColumn("target_dates_revised_on") { $0.steps.filter { $0.targetDateAsPublished != nil }.map { $0.revisedOn ?? "" }.joined(separator: "; ") },
                CSVColumn("status", \.status), CSVColumn("status_label", \.statusLabel), CSVColumn("status_date", \.statusDate),
                CSVColumn("overdue", \.overdue), CSVColumn("overdue_steps", \.overdueSteps), CSVColumn("page", \.page),
            ]
        ).encoded()
    }
}
