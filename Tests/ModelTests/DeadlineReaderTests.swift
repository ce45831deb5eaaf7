import Diagnostics
import Model
import Testing

@Suite struct DeadlineReaderTests {
    func due(_ text: String) -> String? {
        guard case .success(.due(let date, _)) = DeadlineReader.read(text) else { return nil }
        return date.iso
    }

    func rule(_ text: String) -> String? {
        guard case .success(.due(_, let rule)) = DeadlineReader.read(text) else { return nil }
        return rule
    }

    @Test(arguments: [
        ("September 2023", "2023-09-30"), ("Sept 2023", "2023-09-30"), ("Dec 2023", "2023-12-31"),
        ("End May 2023", "2023-05-31"), ("End Sept 2023", "2023-09-30"), ("June 23", "2023-06-30"),
        ("by June 2023", "2023-06-30"), ("Q3 2024", "2024-09-30"), ("2024/25", "2025-03-31"),
        ("Summer 2025", "2025-08-31"), ("February 2024", "2024-02-29"), ("14 November 2024", "2024-11-14"),
        ("2025-03-31", "2025-03-31"), ("Q3 2024/25", "2024-12-31"), ("Q4 2024/25", "2025-03-31"),
        ("Winter 2025", "2026-02-28"), ("End 2025", "2025-12-31"), ("end of 2025/26", "2026-03-31"),
        ("1st April 2024", "2024-04-01"),
    ])
    func readsEveryFormAsTheEndOfItsPeriod(text: String, expected: String) {
        #expect(due(text) == expected)
    }

    @Test(arguments: [
        ("Develop plan for deliverables and timescale for implementation by September 2023", "2023-09-30"),
        ("Funding identified by June 23", "2023-06-30"),
        ("Commence service delivery by Oct 23 (subject to funding being identified)", "2023-10-31"),
        ("End June 2023 (first Board meeting)", "2023-06-30"),
        ("Sept 2023 (First stakeholder meeting)", "2023-09-30"),
        ("First report due March 2024", "2024-03-31"),
        ("All September 2023", "2023-09-30"),
    ])
    func findsTheDateInsidePublishedWords(text: String, expected: String) {
        #expect(due(text) == expected)
    }

    @Test func saysHowItReadEachForm() {
        #expect(rule("June 23") == "the end of June 2023 (\"23\" read as 2023)")
        #expect(rule("Summer 2025") == "the end of summer 2025 (June to August)")
        #expect(rule("2024/25") == "the end of the financial year 2024/25 (1 April to 31 March)")
        #expect(rule("Q3 2024") == "the end of Q3 2024 (July to September)")
    }

    @Test func ongoingHasNoDueDateAndCompleteIsDone() {
        #expect(DeadlineReader.read("Ongoing") == .success(.ongoing))
        #expect(DeadlineReader.read("Complete") == .success(.complete(ongoing: false)))
        #expect(DeadlineReader.read("Complete - ongoing") == .success(.complete(ongoing: true)))
        #expect(DeadlineReader.read("Complete – ongoing") == .success(.complete(ongoing: true)))
    }

    @Test(arguments: ["As soon as possible", "TBC", "Sometime soon", "Mayday", ""])
    func wordsWithNoDateAreAProblemWithAHint(text: String) {
        guard case .failure(let problem) = DeadlineReader.read(text) else {
            Issue.record("\"\(text)\" was read as a date")
            return
        }
        #expect(problem.message.contains("cannot be read as a date"))
        #expect(problem.hint.contains("September 2023"))
    }

    @Test func twoDifferentDatesAreAProblem() {
        guard case .failure(let problem) = DeadlineReader.read("December 2023 March 2024") else {
            Issue.record("two dates were read as one")
            return
        }
        #expect(problem.message.contains("more than one date (31 December 2023 and 31 March 2024)"))
    }

    @Test func theSameDateTwiceIsOneDate() {
        #expect(due("End Sept 2023 End Sept 2023") == "2023-09-30")
    }

    @Test func aRevisionInForceReplacesTheOriginalReadingFromItsDate() {
        let location = Diagnostics.SourceLocation(file: "x.md")
        let original = DeadlineReading.due(CivilDate(iso: "2023-09-30")!, rule: "")
        let revised = DeadlineReading.due(CivilDate(iso: "2024-03-31")!, rule: "")
        let deadline = Deadline(
            text: "September 2023", reading: original,
            revisions: [DeadlineRevision(date: CivilDate(iso: "2023-08-01")!, text: "March 2024", reading: revised, reason: "x", location: location)],
            location: location)
        #expect(deadline.reading(asOf: CivilDate(iso: "2023-07-31")!) == original)
        #expect(deadline.reading(asOf: CivilDate(iso: "2023-08-01")!) == revised)
    }
}
