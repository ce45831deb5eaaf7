/// The names people give fields that Tally reads under other names, or reads nowhere: each is an
/// error where it is written, since, ignored, the page would show something its author did not mean.
extension Fields {
    /// Other names people give fields, and the fields they may mean: the first that is known where
    /// the name is written.
    static let synonyms: [String: [String]] = {
        var synonyms: [String: [String]] = [
            "owner": ["owners"], "lead": ["owners"], "leads": ["owners"], "responsible": ["owners"], "accountable": ["owners"],
            "due": ["deadline"], "due_date": ["deadline"], "target_date": ["deadline"], "deadline_date": ["deadline"], "by_when": ["deadline"],
            "timescale": ["deadline"], "date_due": ["deadline"], "rating": ["rag"], "rag_status": ["rag"], "progress": ["updates"],
            "steps": ["milestones"], "milestones": ["steps"],
            // site.yaml's: ignored, every status, deadline or date on the site could be read otherwise.
            "as_at": ["as_of"], "asat": ["as_of"], "as_at_date": ["as_of"], "as_of_date": ["as_of"], "lang": ["language"],
            "locale": ["language"], "stale_after": ["stale_after_days"], "stale_days": ["stale_after_days"],
            "due_soon": ["due_soon_days"], "due_soon_within": ["due_soon_days"],
            // A series' metadata: ignored, its values were shown rounded, or drawn otherwise.
            "decimal_places": ["decimals"], "dp": ["decimals"], "precision": ["decimals"], "decimal": ["decimals"],
            "places": ["decimals"], "rounding": ["decimals"], "chart_type": ["chart"], "graph": ["chart"], "graph_type": ["chart"],
            "frequency": ["period"], "periodicity": ["period"], "period_type": ["period"], "interval": ["period"],
            // An action's link to the earlier plan's: ignored, that action was shown as dropped.
            "carried_over_from": ["carried_from"], "carried_over": ["carried_from"], "carried_forward_from": ["carried_from"],
            "carried_forward": ["carried_from"], "continues": ["carried_from"], "continued_from": ["carried_from"],
            "continues_from": ["carried_from"], "previous": ["carried_from"], "previous_action": ["carried_from"],
            "replaces": ["carried_from"], "supersedes": ["carried_from"], "follows_on_from": ["carried_from"], "was": ["carried_from"],
            "previously": ["carried_from"], "previous_id": ["carried_from"], "old_id": ["carried_from"],
            // A recommendation's answer: ignored beside `agreement:`, whatever it said.
            "response": ["agreement"], "accepted": ["agreement"], "agreed": ["agreement"], "decision": ["agreement"],
            "outcome": ["agreement"], "acceptance": ["agreement"], "accepted_status": ["agreement"],
            // A milestone's or a step's `status: complete` is not read: it is done when `completed:` gives the day.
            // ... and a target's reading's `status: provisional` is `provisional: yes`.
            "status": ["completed", "provisional"],
            // An action's `completed: 2025-12-01` is not read: work is done when an update says so.
            "completed": ["updates"],
        ]
        // A reading given as "about 600": ignored, it was published as exact.
        for name in approximateNames { synonyms[name] = ["approximate"] }
        for name in doneNames.subtracting(["status", "completed", "progress", "updates"]) {
            synonyms[name] = ["completed", "updates"]
        }
        for name in [
            "fy_starts", "fy_start", "year_starts", "year_start", "financial_year_start_month", "financial_year", "fiscal_year_starts",
            "fiscal_year_start", "financial_year_begins", "year_begins", "fy_start_month",
        ] {
            synonyms[name] = ["financial_year_starts"]
        }
        return synonyms
    }()

    /// What to write instead of `name`, which means the field `meant`.
    static func synonymHint(_ name: String, meant: String) -> String {
        switch meant {
        case "deadline":
            return "write deadline: with the words as published; to say which day counts, deadline: {text: ..., due: YYYY-MM-DD}"
        case "completed":
            return "write completed: with the day it was done (completed: 2025-11-28); until then, leave it out"
        case "approximate":
            return "write approximate: yes when the source says about or around"
        case "provisional":
            return "write provisional: yes for a value that may still change"
        case "agreement":
            return "write agreement: agreed, partly-agreed or not-agreed (or the response's own word, such as Accepted); the response's words go below the front matter"
        case "updates" where name.lowercased() != "progress":
            return "say the work was done with a dated update: updates: [{date: YYYY-MM-DD, status: complete}]"
        default:
            return "rename \"\(name)\" to \"\(meant)\""
        }
    }

    /// Fields other tools read to keep a file off the site (`published: false` in Jekyll,
    /// `publishDate` in Hugo): where an item takes `draft`, each is an error, since it was
    /// ignored and the page published.
    static let withholdingNames: Set<String> = [
        "published", "publish", "hidden", "hide", "private", "unpublished", "visible", "visibility", "status", "embargo",
        "embargoed", "embargo_until", "publish_date", "publishdate", "publish_on", "publish_at", "release_date", "unlisted",
        "internal", "exclude", "excluded", "confidential", "not_for_publication",
    ]

    /// Names people give the mark of a value the source gave as "about" (a field, or a CSV column).
    static let approximateNames: Set<String> = ["approx", "approximately", "estimate", "estimated", "about", "circa"]

    /// Names people give a deadline, or a new one: where they are not read (an update, a
    /// follow-up), a deadline moves only by a revision under the item's own `deadline:`.
    static let deadlineNames: Set<String> = [
        "deadline", "due", "revised_deadline", "new_deadline", "revised_date", "new_date", "due_date", "target_date",
    ]

    /// Names people give the day a status was reached, or the work done: where the status is
    /// dated by something else (a follow-up, by its meeting), they are not read.
    static let statusDateNames: Set<String> = [
        "date", "dated", "on", "as_of", "as_at", "updated", "updated_on", "update_date", "date_updated", "completed", "completed_on",
        "date_completed", "completion_date", "completed_date", "date_done", "done_on", "closed", "closed_on", "date_closed",
        "closure_date", "achieved", "achieved_on",
    ]

    /// Names people give a field that says work was done.
    static let doneNames: Set<String> = [
        "status", "completed", "done", "complete", "completed_on", "date_completed", "completion_date", "completed_date",
        "date_done", "done_on", "achieved", "progress", "updates",
    ]
}
