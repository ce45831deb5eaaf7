import Diagnostics

enum ResponseReader {
    static let example = "title: Response to ..., submitted: 2024-01-03, report: {title: ..., published: 2023-12-14}"

    /// The response in `responses/<folder>/response.md`, without its recommendations; `isDraft`
    /// tells the caller to leave the whole response out.
    static func read(_ file: SourceFile, folder: String, sink: DiagnosticSink) -> (response: Response?, isDraft: Bool) {
        guard let document = MarkdownFile.open(file, sink: sink, example: example) else { return (nil, false) }
        let fields = document.fields
        let title = fields.string("title", required: true, example: "title: Response to the review of complaints handling")
        let isDraft = fields.draft()
        let submitted = fields.date("submitted", required: true, example: "submitted: 2024-01-03")
        let report = fields.object("report", required: true, example: "report:\n  title: A review of complaints handling\n  published: 2023-12-14")
            .flatMap(PlanReader.readSourceAllowingPublisher)
        var stated: [Agreement: Int]?
        var statedTotal: Int?
        if let counts = fields.object("stated_summary", example: "stated_summary:\n  agreed: 11") {
            stated = [
                .agreed: counts.int("agreed", range: 0...9999) ?? 0,
                .partlyAgreed: counts.int("partly_agreed", range: 0...9999) ?? 0,
                .notAgreed: counts.int("not_agreed", range: 0...9999) ?? 0,
            ]
            statedTotal = counts.int("total", range: 0...9999)
            counts.finish()
        }
        let response = Response(
            id: folder, title: title ?? folder, report: report?.reference ?? SourceReference(title: ""),
            publisher: report?.publisher, submitted: submitted ?? CivilDate(daysSinceEpoch: 0),
            respondent: fields.string("respondent"), summary: fields.summary(), statedAgreement: stated, statedTotal: statedTotal,
            body: document.body, sourcePath: file.path, location: fields.location)
        fields.finish()
        return (title == nil || submitted == nil || report == nil ? nil : response, isDraft)
    }
}

extension PlanReader {
    /// A report's `title`, `publisher`, `published` and `url`.
    static func readSourceAllowingPublisher(_ fields: Fields) -> (reference: SourceReference, publisher: String?)? {
        let publisher = fields.string("publisher", example: "publisher: The Audit Office")
        return readSource(fields).map { ($0, publisher) }
    }
}

enum RecommendationReader {
    static let example = "number: 1, recommendation: ..., agreement: agreed"

    static func read(_ file: SourceFile, response: Response, sink: DiagnosticSink) -> (Recommendation?, isDraft: Bool) {
        guard let document = MarkdownFile.open(file, sink: sink, example: example) else { return (nil, false) }
        let fields = document.fields
        let number = recommendationNumber(fields)
        let text = fields.string("recommendation", required: true, example: "recommendation: Ensure that ...")
        // A draft may wait for its agreement (tally new leaves it out, as no one has given it yet).
        let isDraft = fields.draft()
        let agreement = fields.agreement(required: !isDraft)
        let reason = fields.string("reason", example: "reason: Why it is only partly agreed")
        if let agreement, agreement != .agreed, reason == nil {
            sink.error(
                "a recommendation that is \(agreement.words) needs a reason", at: fields.location(ofKey: "agreement"),
                hint: "add reason: saying which part is not agreed and why (commissioning, policy, operational or affordability)")
        }
        // "Agreed", with a reason saying what is not ("Only for projects over £1m"): in full, or in part?
        if agreement == .agreed, reason != nil {
            sink.error(
                "the recommendation is agreed, but a reason is given, which says why a recommendation is not agreed in full",
                at: fields.location(ofKey: "reason"),
                hint: "if it is agreed only in part, write agreement: partly-agreed; if in full, put these words in the text below the front matter")
        }
        let steps = fields.milestones(key: "steps", itemName: "step", requireOwnerAndDeadline: true)
        let id = "\(response.id)-\(number ?? file.baseName)"
        let owners = steps.compactMap(\.owner).reduce(into: [String]()) { list, owner in
            if !list.contains(owner) { list.append(owner) }
        }
        let item = TrackedItem(
            id: id, title: text ?? file.baseName, owners: owners, milestones: steps, opened: response.submitted,
            initialStatus: fields.status("status"), updates: fields.updates(), manualRAG: fields.manualRAG(),
            location: fields.location(ofKey: "number"))
        let due = fields.date("due", example: "due: 2026-03-31")
        if let text {
            checkSteps(
                of: item, againstTheDayIn: text, due: due.map { ($0, fields.location(ofKey: "due")) }, agreedInFull: agreement == .agreed,
                at: fields.location(ofKey: "recommendation"), sink: sink)
        }
        fields.checkRevisions(of: item, since: "the response was submitted")
        fields.checkDeadlinesBeforeOpening(of: item, since: "the response was submitted")
        fields.checkUpdatesAgainstSteps(of: item)
        let summary = fields.summary()
        fields.checkSummary(summary, against: item)
        let recommendation = Recommendation(
            item: item, responseID: response.id, number: number ?? file.baseName, addressedTo: fields.string("addressed_to"),
            agreement: agreement ?? .agreed, reason: reason, summary: summary,
            unavailable: fields.string("unavailable"), due: due, body: document.body, sourcePath: file.path,
            numberLocation: fields.location(ofKey: "number"))
        fields.finish()
        return (number == nil || text == nil || agreement == nil ? nil : recommendation, isDraft)
    }

    /// Steps of a recommendation agreed in full that are due after the day its own words set
    /// ("By 31 March 2026, the service should..."): until the later day the tracker showed it on
    /// track, though the day it was agreed to be met by had passed. A step done is history.
    /// With no step due on a day at all, it would never show as overdue, unless it is reported done.
    /// Words that count the day from another ("Within three months, the service should...") give
    /// no day until `due:` gives it; and where the words' date is another event's, `due:` says
    /// which day counts, as it does for a plan action's title.
    static func checkSteps(
        of item: TrackedItem, againstTheDayIn text: String, due: (date: CivilDate, location: SourceLocation?)?, agreedInFull: Bool,
        at location: SourceLocation?, sink: DiagnosticSink
    ) {
        let said: CivilDate
        switch (ActionText.deadlineInWords(text, sink: sink), due) {
        case (_, let due?): said = due.date
        case (.date(let date, _)?, nil): said = date
        case (.counted(let phrase, _)?, nil):
            guard agreedInFull else { return }
            sink.error(
                "the recommendation's words count its day (\"\(phrase)\"), which Tally does not work out, so its steps cannot be held to it",
                at: location,
                hint: "write due: with the day it falls on, as the report counts it (from its publication, say), in the form YYYY-MM-DD")
            return
        case (_, nil): return
        }
        guard agreedInFull else { return }
        if !item.milestones.contains(where: { $0.deadline?.reading.dueDate != nil }), !item.updates.contains(where: \.status.endsTheWork),
            item.initialStatus?.endsTheWork != true
        {
            sink.error(
                "the recommendation is to be met by \(said.long), but none of its steps is due on a day, so it would never show as overdue",
                at: due?.location ?? location,
                hint: "add steps: with an owner: and deadline: \(said.long) (or the day each step is due, on or before it); if the organisation agreed to meet it later, write agreement: partly-agreed with a reason: that gives the later day")
        }
        for step in item.milestones where step.completed == nil {
            guard let deadline = step.deadline else { continue }
            let readings = [(deadline.reading, deadline.text, deadline.location)] + deadline.revisions.map { ($0.reading, $0.text, $0.location) }
            guard let (_, words, location) = readings.first(where: { $0.0.dueDate.map { $0 > said } == true }) else { continue }
            sink.error(
                "the step is due \"\(words)\", after the day the recommendation is to be met by (\(said.long)), yet the recommendation is agreed in full: "
                    + "until the step's day the tracker would show it on track, though that day had passed",
                at: location,
                hint: "give the step a deadline on or before \(said.long); if the organisation agreed to meet it later, write agreement: partly-agreed with a reason: that gives the later day; if the words' date is of something else, give the day that counts with due: YYYY-MM-DD")
        }
    }

    /// The number as the report gives it: digits and letters, such as `11`, `R1`, `1a` or `3.2`.
    static func recommendationNumber(_ fields: Fields) -> String? {
        guard let number = fields.string("number", required: true, example: "number: 1") else { return nil }
        let allowed = number.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "." || $0 == "-"
        }
        guard allowed, number.count <= 12, number.first?.isLetter == true || number.first?.isNumber == true else {
            fields.sink.error(
                "the recommendation number \"\(number)\" should be the report's number, in letters and digits", at: fields.location(ofKey: "number"),
                hint: "write it as the report does, such as number: 11, number: R1 or number: 1a")
            return nil
        }
        return number
    }
}

/// Recommendations numbered once per response, in number order; the printed summary checked.
enum ResponseLinker {
    static func link(_ responses: [Response], sink: DiagnosticSink) -> [Response] {
        responses.map { response in
            var response = response
            var seen: [String: Recommendation] = [:]
            for recommendation in response.recommendations {
                if let first = seen[recommendation.number.lowercased()] {
                    sink.error(
                        "two recommendations are numbered \(recommendation.number) in this response", at: recommendation.numberLocation,
                        hint: "the other is \(first.numberLocation.file); number each recommendation once, as the report does")
                } else {
                    seen[recommendation.number.lowercased()] = recommendation
                }
            }
            response.recommendations.sort { ($0.sortKey, $0.number) < ($1.sortKey, $1.number) }
            if let stated = response.statedAgreement {
                for agreement in Agreement.allCases {
                    let counted = response.recommendations.filter { $0.agreement == agreement }.count
                    if stated[agreement, default: 0] != counted {
                        sink.warning(
                            "the response's printed summary says \(stated[agreement, default: 0]) \(agreement.words), but \(counted) recommendation\(counted == 1 ? " is" : "s are")",
                            at: response.location, hint: "the site shows the counts worked out from the recommendations themselves")
                    }
                }
            }
            // A total that the recommendations do not reach: a recommendation's file may be missing,
            // and the site's counts would leave it out without a word.
            if let total = response.statedTotal, total != response.recommendations.count {
                let given = response.recommendations.count
                sink.warning(
                    "the response's printed summary says there \(total == 1 ? "is 1 recommendation" : "are \(total) recommendations"), but \(given) \(given == 1 ? "is" : "are") given",
                    at: response.location,
                    hint: total > given
                        ? "add a file for each missing recommendation in recommendations/, or correct total: if the summary is wrong"
                        : "correct total:, or check that no recommendation is given twice under different numbers")
            }
            return response
        }
    }
}
