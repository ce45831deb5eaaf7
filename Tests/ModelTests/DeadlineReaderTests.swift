import Diagnostics
import Model
import Testing

/// Wordings are read as on a site that has said its quarters are the calendar year's
/// (`tracking: {quarters: calendar}`), unless a test says otherwise;
/// `aQuarterOrHalfOfOneYearIsRefusedUnlessTheSiteOrTheWordsSayWhose` reads them as on one that has not.
@Suite struct DeadlineReaderTests {
    func due(_ text: String) -> String? {
        guard case .success(.due(let date, _)) = DeadlineReader.read(text, calendarQuarters: true) else { return nil }
        return date.iso
    }

    func rule(_ text: String) -> DeadlineRule? {
        guard case .success(.due(_, let rule)) = DeadlineReader.read(text, calendarQuarters: true) else { return nil }
        return rule
    }

    /// Every wording a plan, a council or a government reply might use, real and wrong: what
    /// each is read as, or the words of the error that refuses it.
    static let wordings: [(String, String)] = [
        // Days
        ("14 November 2024", "2024-11-14"), ("1st April 2024", "2024-04-01"), ("2025-03-31", "2025-03-31"),
        ("March 31, 2026", "2026-03-31"), ("March 31st 2026", "2026-03-31"), ("31/01/2025", "2025-01-31"),
        ("31.03.2026", "2026-03-31"), ("04/05/2026", "2026-05-04"), ("by 30 June 2025", "2025-06-30"),
        // A time of day beside the day; midnight is the start of one day and the end of another
        ("5pm 31 March 2026", "2026-03-31"), ("31 March 2026 17:00", "2026-03-31"), ("9:30 on 31/03/2026", "2026-03-31"),
        ("Noon 31 March 2026", "2026-03-31"), ("Midnight 31 March 2026", "says \"midnight\", which is both the start of a day"),
        ("31 March 2026 at midnight", "says \"midnight\""), ("12am 31 March 2026", "says \"12am\""),
        ("12 a.m. on 31 March 2026", "says \"12 a.m.\""), ("31 March 2026 00:00", "says \"00:00\""),
        ("5.30pm 31 March 2026", "2026-03-31"), ("12.30pm 31/03/2026", "2026-03-31"), ("12.00am 31 March 2026", "says \"12.00am\""),
        ("00.00 31 March 2026", "says \"00.00\""), ("By 12.03 2026", "has \"12.03\""),
        ("2026-03-31T17:00", "gives a date with a time of day, as a spreadsheet writes it, which Tally does not read / write the date alone (2026-03-31)"),
        // Months
        ("September 2023", "2023-09-30"), ("Sept 2023", "2023-09-30"), ("Dec 2023", "2023-12-31"), ("End May 2023", "2023-05-31"),
        ("End Sept 2023", "2023-09-30"), ("by June 2023", "2023-06-30"), ("February 2024", "2024-02-29"), ("2026-03", "2026-03-31"),
        ("03/2026", "2026-03-31"), ("by the end of March 2026", "2026-03-31"), ("no later than May 2025", "2025-05-31"),
        // Quarters and halves
        ("Q3 2024", "2024-09-30"), ("Q3 2024/25", "2024-12-31"), ("Q4 2024/25", "2025-03-31"), ("Q3 25/26", "2025-12-31"),
        ("Q3 2025-26", "2025-12-31"), ("Q1 2025/26", "2025-06-30"), ("end of Q2 2025", "2025-06-30"), ("H1 2025", "2025-06-30"),
        ("H2 2025/26", "2026-03-31"), ("Quarter 3 2025/26", "2025-12-31"), ("3rd quarter 2025/26", "2025-12-31"),
        ("The first quarter of 2026", "2026-03-31"), ("Quarter two 2026", "2026-06-30"), ("Q3 of 2025/26", "2025-12-31"),
        ("Q3 in 2025", "2025-09-30"), ("H1 of 2026", "2026-06-30"), ("First half of 2025", "2025-06-30"),
        ("Q3 FY25/26", "2025-12-31"), ("Q3 FY 2025/26", "2025-12-31"), ("FY2025/26", "2026-03-31"), ("1Q 2026", "2026-03-31"), ("Q1/2026", "2026-03-31"), ("Q4/2025/26", "2026-03-31"),
        ("Qtr 3 2025/26", "2025-12-31"), ("Qtr3 2025/26", "2025-12-31"), ("Q 3 2025/26", "2025-12-31"), ("HY1 2025/26", "2025-09-30"),
        ("Ch3 2025/26", "2025-12-31"), ("Ch 3 2025/26", "2025-12-31"),
        ("2H 2025", "2025-12-31"), ("During 2025/26", "2026-03-31"),
        // Years and seasons
        ("2024/25", "2025-03-31"), ("2025-26", "2026-03-31"), ("2025\u{2013}26", "2026-03-31"), ("Q3 2025\u{2013}26", "2025-12-31"),
        ("FY 24/25", "2025-03-31"), ("end of 2025/26", "2026-03-31"), ("by the end of 2025/26", "2026-03-31"),
        ("2025", "2025-12-31"), ("End 2025", "2025-12-31"), ("Summer 2025", "2025-08-31"), ("Winter 2025/26", "2026-02-28"),
        ("Autumn 2025", "2025-11-30"),
        // Inside other words
        ("Develop plan for deliverables and timescale for implementation by September 2023", "2023-09-30"),
        ("End June 2023 (first Board meeting)", "2023-06-30"), ("Sept 2023 (First stakeholder meeting)", "2023-09-30"),
        ("First report due March 2024", "2024-03-31"), ("All September 2023", "2023-09-30"),
        ("Phase 2 complete by Q1 2026", "2026-03-31"), ("Funding may be identified by June 2025", "2025-06-30"),
        ("Complete the review by March 2026", "2026-03-31"), ("Staff survey March 2026", "2026-03-31"), ("Soft launch March 2026", "2026-03-31"), ("Launch 2026", "2026-12-31"), ("Rollout 2026", "2026-12-31"),
        ("Publish actual spend by March 2026", "2026-03-31"), ("March 2026 (re-baselined)", "2026-03-31"),
        ("Recruit 5+ staff by March 2026", "2026-03-31"), ("Gateway 2 by March 2026", "2026-03-31"), ("Moved to June 2026", "2026-06-30"),
        ("Ward 5: 30 March 2026", "2026-03-30"),
        ("Complete the staff survey by 2026", "2026-12-31"), ("A quarter of staff trained by March 2026", "2026-03-31"),
        ("Review March 2026", "says \"review\""), ("Publish the following by June 2026", "2026-06-30"), ("Following review, by June 2026", "2026-06-30"),
        ("Week ending 6 March 2026", "2026-03-06"), ("Calendar year 2025", "2025-12-31"), ("End of calendar year 2026", "2026-12-31"),
        ("March 2026 at the latest", "2026-03-31"), ("No later than 31 March 2026", "2026-03-31"), ("Later in 2026", "2026-12-31"), ("To be delivered by March 2026", "2026-03-31"),
        ("Open the M6 junction by March 2026", "2026-03-31"), ("Month end March 2026", "2026-03-31"), ("Phase 2 by March 2026", "2026-03-31"),
        ("Training session March 2026", "2026-03-31"), ("FYE 2025/26", "2026-03-31"),
        ("Tuesday 31 March 2026", "2026-03-31"), ("Fri 3/4/2026", "2026-04-03"), ("31st of March 2026", "2026-03-31"),
        ("Inspection ready by March 2026", "2026-03-31"), ("Visit every ward by March 2026", "2026-03-31"),
        ("On or before 31 March 2026", "2026-03-31"), ("Before the end of March 2026", "2026-03-31"),
        ("Stage 3: 3 April 2026", "2026-04-03"), ("2026-3-31", "2026-03-31"),
        ("Set the budget by March 2026", "2026-03-31"), ("Report to Cabinet by March 2026", "2026-03-31"),
        ("March on Westminster by June 2026", "2026-06-30"),
        // No due date
        ("Ongoing", "ongoing"), ("Business as usual", "ongoing"), ("Continuous", "ongoing"), ("TBC", "tbc"),
        ("To be confirmed", "tbc"), ("Date TBC", "tbc"), ("Quarterly", "recurring quarterly"), ("Annually", "recurring annually"),
        ("Monthly", "recurring monthly"), ("Every quarter", "recurring quarterly"), ("Complete", "complete"),
        ("Complete – ongoing", "complete and ongoing"), ("Complete - ongoing", "complete and ongoing"),
        // Refused
        ("Early 2026", "says \"early\" 2026"), ("Mid-2026", "says \"mid\" 2026"), ("Late 2025", "says \"late\" 2025"),
        ("before April 2026", "says \"before\" april 2026"), ("Start of Q3 2025", "says \"start\" q3 2025"),
        ("End of March 2026 (provisional)", "says \"provisional\": a date that may still change"), ("Est. March 2026", "says \"est\""),
        ("March 2026 (subject to funding)", "2026-03-31"), ("Tentatively June 2026", "says \"tentatively\""),
        ("Indicative date June 2026", "says \"indicative\""), ("Mawrth 2026 (dros dro)", "says \"dros dro\""),
        ("Publish provisional figures by June 2026", "2026-06-30"), ("Estimate costs by June 2026", "2026-06-30"),
        ("Publish the draft strategy by June 2026", "2026-06-30"),
        ("Winter 2025", "runs from December into the next year"), ("Gaeaf 2025", "could be the gaeaf ending in 28 February 2025 or the one ending in 28 February 2026"),
        ("Autumn/Winter 2025", "joins two periods"), ("September/October 2025", "joins two periods"),
        ("September to December 2025", "joins two periods"), ("Q5 2025", "names Q5"), ("Q0 2025", "names Q0"),
        ("H3 2025", "names H3"), ("Smarch 2025", "\"smarch\", which is not a month or season"),
        ("31 June 2025", "names a day that does not exist (31 June 2025)"), ("30 February 2026", "a day that does not exist"),
        ("2025-02-30", "is not a day that exists"), ("03/31/2026", "is written month first"), ("31/01/25", "two-digit year"),
        ("June 23", "could be a day of June or the year 2023"), ("March 31", "could be a day of March or the year 2031"),
        ("31 March", "names a day without a year"), ("March", "names March without a year"), ("Q3", "names Q3 without a year"),
        ("2024-2026", "names a span of years"), ("2024/26", "not one financial year"), ("December 2023 March 2024", "more than one date"),
        ("Ongoing from April 2025", "says \"from\" april 2025"), ("TBC March 2026", "says both"), ("11/12", "cannot be read as a date"),
        ("As soon as possible", "cannot be read as a date"), ("Sometime soon", "cannot be read as a date"), ("", "cannot be read as a date"),
        ("Complete the review", "cannot be read as a date"), ("Publish the 2024 data by March 2025", "has \"2024\" besides the date"),
        // Words beside the date that make it another day
        ("Easter 2026", "names \"easter\""), ("Christmas 2025", "names \"christmas\""), ("New Year 2026", "names \"new year\""),
        ("Half term February 2026", "names \"half term\""), ("Academic year 2025/26", "names the academic year"),
        ("Tax year 2025/26", "names the tax year"), ("School year 2025/26", "names the school year"),
        ("AY 2025/26", "names the academic year (AY)"), ("SY 2025/26", "names the school year (SY)"),
        ("Academic 2025/26", "names the academic year"), ("Academic Yr 2025/26", "names the academic year"),
        ("Session 2025-26", "names a session"),
        ("Monday 31 March 2026", "says Monday, but 31 March 2026 is a Tuesday"), ("Thu 3 April 2026", "is a Friday"),
        ("EOY 2026", "says \"year end\" 2026"), ("Results day 2026", "the date names the results"),
        ("Ofsted visit 2026", "the date names the visit"), ("Exams May 2026", "the date names the exams"),
        ("Intake September 2026", "the date names the intake"), ("EOFY 2026", "names a financial year by one year (2026)"), ("2025/26 session", "names a session"), ("FYE 2026", "names a financial year by one year (2026)"),
        ("FY 2025", "names a financial year by one year (2025)"), ("Financial year 2026", "could be 2025/26 or 2026/27"),
        ("w/c 3 March 2026", "names the week a day starts"), ("Week of 2 March 2026", "names the week a day starts"),
        ("Week commencing 2 March 2026", "says \"commencing\""), ("April 2026 onwards", "says april 2026 \"onwards\""),
        ("2026 onwards", "names the start of a period"), ("In time for winter 2025", "says \"for\" winter 2025"),
        ("Complete (March 2025)", "says \"complete\" and gives a date"), ("Completed March 2025", "says \"completed\""),
        ("Sep 2025 - complete", "says \"complete\" and gives a date"), ("Achieved Sep 2025", "says \"achieved\""),
        ("Delivered by March 2026", "says \"delivered\""), ("Parliamentary session 2025-26", "names the parliamentary session"),
        ("Pre-election period 2026", "names \"election\""), ("Mid year 2026", "says \"mid\" 2026"),
        ("Financial year end 2026", "names a financial year by one year (2026)"), ("FY Q1 2026", "names Q1 of a financial year by one year (2026)"),
        ("Q3 FY 2025", "could be 2024/25 or 2025/26"), ("M6 2025/26", "names M6, a numbered month"), ("Period 6 2025/26", "names period 6"),
        ("Week 12 2025/26", "names week 12"), ("Term 2 2025/26", "names term 2, a numbered term"), ("T3 2025/26", "names T3, a numbered term"),
        ("Tymor 2 2025/26", "a numbered term"), ("2026-W12", "names W12, a numbered week"), ("Day 1 2026", "names day 1, a numbered day"), ("Q 2025/26", "names a quarter without saying which"), ("In the 2026/27 budget", "the date names the budget"),
        ("Publish in the 2025/26 annual report", "the date names the report"), ("Q3 2025 report", "the date names the report"),
        ("Publish 2025 data", "the date names the data"), ("c. June 2026", "says \"c\" june 2026"), ("About June 2026", "says \"about\""),
        ("March the 31st 2026", "has \"31st\""), ("March 2026 at the earliest", "says march 2026 \"earliest\""),
        ("No earlier than March 2026", "says \"earlier\" march 2026"), ("Later than March 2026", "says \"later\""),
        ("Prior to March 2026", "says \"prior\" march 2026"), ("Post March 2026", "says \"post\""), ("Pre-March 2026", "says \"pre\""),
        ("Up to March 2026", "says \"up\" march 2026"), ("Through March 2026", "says \"through\""),
        ("Following the June 2026 Board", "says \"following\" june 2026"), ("Subsequent to the June 2026 review", "says \"subsequent\""),
        ("Beyond March 2026", "says \"beyond\" march 2026"), ("Once 2025/26 data is published", "says \"once\" 2025/26"),
        ("Spending Review 2025", "the date names the review"), ("Annual conference 2026", "the date names the conference"),
        ("Final audit 2025/26", "the date names the audit"),
        // An event named by its year alone is held on a day of that year, not at its end.
        ("Staff survey 2026", "the date names the survey"), ("Price review 2024", "the date names the review"),
        ("Funding round 2026", "the date names the round"), ("Ofwat submission 2026/27", "the date names the submission"),
        ("Bathing season 2026", "the date names the season"), ("By the 2026 bathing season", "a season of its own"),
        ("The 2026/27 flu season", "a season of its own"),
        // A university's and a college's events: clearing, a week, a day, an intake, an entry.
        ("Clearing 2026", "the date names the clearing"), ("Freshers' week 2026", "the date names the week"),
        ("Open day 2026", "the date names the day"), ("2027 entry", "the date names the entry"),
        ("September 2026 intake", "the date names the intake"),
        // An inspectorate's return, and the nights and days of a year: Bonfire night is 5 November.
        ("HMICFRS revisit 2027", "the date names the revisit"), ("Reinspection 2027", "the date names the reinspection"),
        ("The 2027 revisit", "the date names the revisit"), ("Bonfire night 2026", "names \"bonfire\""),
        ("Halloween 2026", "names \"halloween\""), ("Burns Night 2027", "the date names the night"),
        ("Black Friday 2026", "a Friday of that year"), ("Remembrance Sunday 2026", "names \"remembrance\""),
        ("Friday 4 December 2026", "2026-12-04"),
        // A school's or a university's terms and stages by their names: none ends with the year.
        ("Trinity term 2027", "names \"trinity\""), ("Hilary 2027", "names \"hilary\""),
        ("Epiphany term 2027", "names \"epiphany\""), ("Hilary term 2027", "names \"hilary\""), ("End of KS4 2027", "names KS4, a numbered key stage"),
        ("Key stage 2 2027", "names key stage 2"), ("Reception 2027", "the date names the reception"),
        ("Long term: March 2027", "2027-03-31"), ("Medium term 2027", "2027-12-31"),
        // A date proposed, soft, awaiting approval, first set, done, or moved by a span.
        ("March 2026 (proposed)", "says \"proposed\""), ("Mawrth 2027 (arfaethedig)", "says \"arfaethedig\""), ("March 2026 (soft)", "says \"soft\""),
        ("Soft deadline March 2026", "says \"soft deadline\""), ("March 2026 (awaiting approval)", "says \"awaiting approval\""),
        ("Baseline March 2026", "the date first set"), ("March 2026 (actual)", "says \"actual\" and gives a date"),
        ("Q1 2026/27 (+1 month)", "says \"+1 month\""), ("June 2027 (-2 months)", "says \"-2 months\""),
        ("March 2026 (slip)", "says \"slip\""), ("June 2026 (moved)", "says \"moved\""), ("Consultation opens March 2026", "says \"opens\""),
        ("Throughout 2025/26", "says \"throughout\" 2025/26"), ("Year end 2026", "could be the end of the calendar year"),
        ("YE 2026", "or of the financial year ending in it (31 March 2026)"), ("End of year 2026", "says \"year end\" 2026"),
        ("Summer term 2026", "names the summer term"), ("Ahead of winter 2025", "says \"ahead\" winter 2025"),
        ("In advance of March 2026", "says \"advance\""), ("As of 31 March 2026", "says \"as\" 31 march 2026"),
        ("On or after 31 March 2026", "says \"after\""), ("Phase 2 March 2026", "is 2 the phase's number or the day?"),
        ("Year 1 March 2026", "is 1 the year's number or the day?"),
        ("Gateway 2 March 2026", "is 2 the gateway's number or the day?"), ("Ward 5 March 2026", "is 5 the ward's number or the day?"),
        ("Sprint 4 March 2026", "is 4 the sprint's number or the day?"), ("32 March 2026", "names a day that does not exist (32 March)"),
        ("0 March 2026", "names a day that does not exist"), ("Summer holidays 2026", "names Summer with words between it and the year"),
        ("Bank holiday 2026", "names \"holiday\""), ("Lent 2026", "names \"lent\""), ("Michaelmas 2025", "names \"michaelmas\""),
        ("Budget 2026/27", "the date names the budget"), ("Council tax setting 2026/27", "says \"setting\" 2026/27"),
        ("Year-end accounts 2025/26", "the date names the accounts"), ("Annual report 2025", "the date names the report"),
        ("March to June 2026", "joins two periods"), ("Mar-Jun 2026", "joins two periods"), ("March\u{2013}June 2026", "joins two periods"),
        ("2025 - 26", "has \"26\" straight after \"2025\""), ("2025 \u{2013} 26", "has \"26\" straight after \"2025\""),
        ("2025\u{2014}26", "has \"26\" straight after \"2025\""), ("May - July 2026", "joins two periods"),
        // Marks that say the words are not settled
        ("March 2026?", "asks a question"), ("TBC?", "asks a question"), ("March 2026*", "points to a note"),
        // Quarters and halves that are not one
        ("Fifth quarter 2025", "names Q5"), ("Q1/Q2 2026", "joins two periods"), ("Q1-Q2 2026", "joins two periods"),
        ("Half-year 2026", "names a half year"), ("Half year 2025/26", "without saying which half"),
        ("Half 2026", "names a half without saying which"), ("2025/26 Q3", "names Q3 after its year / write the quarter first: Q3 2025/26"),
        ("2026 Q1", "names Q1 after its year"),
        // Signs for before, after and about, which the words would drop
        ("<March 2026", "has \"<\""), ("> March 2026", "has \">\""), ("≤ March 2026", "has \"≤\""),
        ("≥ 1 April 2026", "has \"≥\""), ("March 2026+", "has \"+\""), ("~March 2026", "has \"~\""),
        ("≈ June 2026", "has \"≈\""), ("March 2026 +/- 2 weeks", "has \"+\""), ("June 2026 ± 1 month", "has \"±\""),
        ("Sooner than March 2026", "says \"sooner\""), ("31 March 2026 or sooner", "2026-03-31"),
        ("To March 2026", "says \"to\""), ("'til March 2026", "says \"til\""), ("Extended to March 2026", "2026-03-31"),
        ("> 31 March 2026", "has \">\""), ("Q3 2025/26+", "has \"+\""), ("Recruit 5+ staff by March 2026", "2026-03-31"),
        ("Cut waits to <18 weeks by March 2026", "2026-03-31"),
        // A month in Roman numerals, as much of Europe writes it
        ("31 III 2026", "in Roman numerals"), ("31.III.2026", "in Roman numerals"), ("Phase II by March 2026", "2026-03-31"),
        // The meeting of a body, which is held on a day of the month, not at its end
        ("By the March 2026 board", "names a meeting of the board"), ("March 2026 Cabinet", "names a meeting of the cabinet"),
        ("Board March 2026", "names a meeting of the board"), ("Report to Council by March 2026", "2026-03-31"),
        ("Report to the 2026/27 committee", "names a meeting of the committee"), ("Board 14 April 2026", "2026-04-14"),
        ("SMT April 2026", "names a meeting of the SMT"), ("Bwrdd Mawrth 2026", "names a meeting of the bwrdd"),
        ("Fire Authority February 2027", "names a meeting of the authority"), ("Dec 2026 Fire Authority", "names a meeting of the authority"),
        ("Committee cycle March 2027", "names a meeting of the committee"), ("Senate June 2027", "names a meeting of the senate"),
        ("Authority 14 March 2027", "2027-03-14"),
        ("Disgwylir Mehefin 2026", "says \"disgwylir\""),
        // How often, as written: "6 monthly" is not monthly
        ("6 monthly", "recurring 6-monthly"), ("Bi-monthly", "recurring bi-monthly"), ("Half-yearly", "recurring half-yearly"),
        ("Fortnightly", "recurring fortnightly"), ("Biennial", "recurring every two years"), ("Bimonthly", "recurring bi-monthly"),
        // Done then, or due then?
        ("Reviewed April 2026", "says \"reviewed\""), ("Published March 2026", "says \"published\""),
        ("Publish the reviewed policy by April 2026", "2026-04-30"),
        // A forecast, or the date first set, which may since have changed
        ("Initially March 2026", "says \"initially\""), ("Expected March 2026", "says \"expected\""),
        ("June 2026 (anticipated)", "says \"anticipated\""), ("Forecast: June 2026", "says \"forecast\""),
        ("Currently June 2026", "says \"currently\""), ("September 2026 subject to change", "says \"subject to change\""),
        ("Original deadline March 2027", "says \"original\": the date first set"), ("March 2027 (original)", "says \"original\""),
        ("March 2027 (stretch)", "says \"stretch\""), ("March 2027 (best case)", "says \"best case\""), ("Ideally March 2027", "says \"ideally\""),
        // Not exact: read without the word, the date would be held to as exact
        ("March 2027 approx", "says \"approx\": a date that is not exact"), ("March 2027 (approx.)", "says \"approx\""),
        ("March 2027 roughly", "says \"roughly\""), ("March 2027 or thereabouts", "says \"thereabouts\""),
        ("March 2027 give or take", "says \"give or take\""), ("March 2027 or so", "says \"or so\""),
        ("March-ish 2027", "says \"ish\""), ("Marchish 2027", "says \"marchish\""),
        // A review's day or a draft's, not the work's
        ("Review March 2027", "says \"review\""), ("Next review March 2027", "says \"review\""), ("Review date: March 2027", "says \"review\""),
        ("Draft March 2027", "says \"draft\""), ("March 2027 (draft)", "says \"draft\""),
        ("Carry out the review by March 2027", "2027-03-31"), ("Publish the draft by March 2027", "2027-03-31"),
        // Before, after or from a financial year, or the end of a month: not due at its end
        ("after FY26/27", "says \"after\" fy 26/27"), ("Before FY 2026/27", "says \"before\""), ("from financial year 2026/27", "says \"from\""),
        ("mid FY26/27", "says \"mid\""), ("after the end of March 2027", "says \"after\" the end of march 2027"), ("Around the end of 2027", "says \"around\" the end of 2027"),
        ("until the end of March 2027", "2027-03-31"), ("by the end of FY26/27", "2027-03-31"),
        // A month that is also a word, apart from the year: read as the year alone, it was 31 December
        ("March of 2027", "has \"March\" apart from the date"), ("end of March in 2027", "has \"March\""), ("Dec of 2026", "has \"Dec\""),
        ("Work may finish in 2027", "2027-12-31"),
        // The day the work starts, not the day it is due
        ("Start date: April 2026", "says \"start\": 30 April 2026 could be the day the work starts"), ("Starts April 2026", "says \"starts\""),
        ("Commence April 2026", "says \"commence\""), ("Phase 1 starts April 2026", "says \"starts\""), ("Kick-off March 2027", "says \"kick off\""),
        ("Begin March 2027", "says \"begin\""), ("Start the review by March 2027", "2027-03-31"), ("Commence service delivery by Oct 2027", "2027-10-31"),
        ("Mawrth 2027 (bras)", "says \"bras\""), ("cychwyn Ebrill 2026", "says \"cychwyn\""), ("Adolygu Mawrth 2027", "says \"adolygu\""),
        ("Drafft Mawrth 2027", "says \"drafft\""), ("yn wreiddiol Mawrth 2027", "says \"wreiddiol\""), ("ar ôl diwedd Mawrth 2027", "says \"ôl\" diwedd"),
        ("cyn diwedd Mawrth 2027", "2027-03-31"), ("Adolygu'r polisi erbyn Mawrth 2027", "2027-03-31"),
        ("March 2026 (delayed)", "says \"delayed\": 31 March 2026 could be the day the work was due"), ("Slipped - March 2026", "says \"slipped\""),
        ("Delayed to March 2027", "2027-03-31"), ("Year 1 ('27, previously December 2026)", "has \"'27\", a year in two digits"), ("Implement by end of 26 to 2028", "has \"'26\", a year in two digits"),
        ("March 2027 (stretch target)", "says \"stretch target\""), ("Best estimate 2026/27", "says \"best estimate\""),
        ("Hope to complete end of 2027", "says \"hope to\""), ("EOM (previously December 2026)", "gives 31 December 2026 as the date it was before"),
        ("Opened March 2027", "says \"opened\""), ("Rolled out March 2027", "says \"rolled\""), ("Launch April 2026", "2026-04-30"),
        ("Sep 2026 - subject to review", "says \"subject to review\""), ("September 2026, subject to Cabinet approval", "2026-09-30"), ("Publish the expected costs by June 2026", "2026-06-30"),
    ]

    static func outcome(_ text: String, calendarQuarters: Bool = true) -> String {
        switch DeadlineReader.read(text, calendarQuarters: calendarQuarters) {
        case .success(.due(let date, _)): return date.iso
        case .success(.ongoing): return "ongoing"
        case .success(.toBeConfirmed): return "tbc"
        case .success(.recurring(let every)): return "recurring \(every)"
        case .success(.complete(let ongoing)): return ongoing ? "complete and ongoing" : "complete"
        case .failure(let problem): return "error: " + problem.message + " / " + problem.hint
        }
    }

    @Test func thereAreAtLeastSixtyWordings() {
        #expect(Self.wordings.count >= 60)
    }

    @Test(arguments: wordings)
    func readsEachWordingOrRefusesIt(text: String, expected: String) {
        let got = Self.outcome(text)
        if expected.first?.isNumber == true || ["ongoing", "tbc", "complete", "complete and ongoing"].contains(expected) || expected.hasPrefix("recurring") {
            #expect(got == expected, "\"\(text)\"")
        } else {
            #expect(got.hasPrefix("error: "), "\"\(text)\" was read as \(got)")
            #expect(got.contains(expected), "\"\(text)\": \(got)")
        }
    }

    /// "Q3 2025": July to September, or the third quarter of 2025/26? Read as the calendar
    /// year's on every site, an action due in December was overdue from October.
    @Test func aQuarterOrHalfOfOneYearIsRefusedUnlessTheSiteOrTheWordsSayWhose() {
        let calendarParts = Self.wordings.map(\.0).filter { text in
            if case .success(.due(_, rule: .endOfPart)) = DeadlineReader.read(text, calendarQuarters: true) { true } else { false }
        }
        #expect(calendarParts.count >= 10)
        for text in calendarParts {
            let got = Self.outcome(text, calendarQuarters: false)
            #expect(got.contains("the calendar year's") && got.contains("or the financial year"), "\(text): \(got)")
            #expect(got.contains("tracking: {quarters: calendar}"), "\(text): \(got)")
        }
        #expect(Self.outcome("Q4 2025", calendarQuarters: false)
            == "error: the deadline \"Q4 2025\" names Q4 of 2025: the calendar year's quarter (October 2025 to December 2025) or the financial year 2025/26's (January 2026 to March 2026)? / write Q4 2025/26 for the financial year's quarter; if your quarters are the calendar year's, say so once in site.yaml (tracking: {quarters: calendar}); or keep the words and add due: YYYY-MM-DD")
        #expect(Self.outcome("H1 2026", calendarQuarters: false).contains("(January 2026 to June 2026) or the financial year 2026/27's (April 2026 to September 2026)?"))
        // Words that say whose year are read on any site; wordings refused for another reason say that reason.
        #expect(Self.outcome("Q3 of calendar year 2025", calendarQuarters: false) == "2025-09-30")
        #expect(Self.outcome("Calendar Q3 2025", calendarQuarters: false) == "2025-09-30")
        #expect(Self.outcome("Q3 2025/26", calendarQuarters: false) == "2025-12-31")
        #expect(Self.outcome("Start of Q3 2025", calendarQuarters: false).contains("says \"start\" q3 2025"))
        #expect(Self.outcome("Q1/Q2 2026", calendarQuarters: false).contains("joins two periods"))
    }

    @Test func everyRefusalSaysHowToWriteIt() {
        for (text, expected) in Self.wordings where expected.first?.isNumber != true {
            guard case .failure(let problem) = DeadlineReader.read(text) else { continue }
            let helps = problem.hint.contains("due:") || problem.hint.contains("write") || problem.hint.contains("check")
            #expect(helps, "\(text): \(problem.hint)")
        }
    }

    @Test func aRefusalsHintIsALineAnAuthorCanPaste() {
        guard case .failure(let problem) = DeadlineReader.read("Due: \"Early\" 2026") else {
            Issue.record("\"Early\" 2026 was read")
            return
        }
        // Quoted, so that a colon or a quotation mark in the words is still YAML; no day filled in.
        #expect(problem.hint.hasSuffix("deadline: {text: \"Due: \\\"Early\\\" 2026\", due: YYYY-MM-DD}"))
    }

    @Test func onASiteThatWritesTheMonthFirstANumberDateThatIsTwoDaysIsRefused() {
        // 04/05/2026 on an American English site: 5 April to its authors, 4 May by Tally's rule.
        guard case .failure(let problem) = DeadlineReader.read("04/05/2026", monthFirst: true) else {
            Issue.record("04/05/2026 was read on a site that writes the month first")
            return
        }
        #expect(problem.message.hasSuffix("could be 4 May 2026 (day first, as Tally reads numbers) or 5 April 2026 (month first, as the site's language also writes them)"))
        #expect(problem.hint == "write the month in words: 4 May 2026 or 5 April 2026")
        #expect(problem.eitherDay?.monthFirst == CivilDate(iso: "2026-04-05"))
        // The same words on a site that writes the day first; one day either way; a day that exists one way only.
        #expect(due("04/05/2026") == "2026-05-04")
        if case .success(.due(let date, _)) = DeadlineReader.read("05/05/2026", monthFirst: true) { #expect(date.iso == "2026-05-05") } else { Issue.record("05/05/2026") }
        if case .success(.due(let date, _)) = DeadlineReader.read("31/03/2026", monthFirst: true) { #expect(date.iso == "2026-03-31") } else { Issue.record("31/03/2026") }
    }

    @Test func aSitesLanguageSaysWhetherNumbersMayBeWrittenMonthFirst() {
        func monthFirst(_ language: String) -> Bool { SiteConfig(title: "T", language: language).writesNumbersMonthFirst }
        #expect(["en-US", "en-CA", "fr-CA", "en-PH", "en-Latn-US"].allSatisfy(monthFirst))
        #expect(!["en-GB", "en", "cy", "cy-GB", "fr-FR"].contains(where: monthFirst))
    }

    @Test func saysHowItReadEachForm() {
        #expect(rule("Summer 2025") == .endOfSeason(name: "summer", year: "2025", from: 6, to: 8))
        #expect(rule("Winter 2025/26") == .endOfSeason(name: "winter", year: "2025/26", from: 12, to: 2))
        #expect(rule("2024/25") == .endOfFinancialYear("2024/25"))
        #expect(rule("Q3 2024") == .endOfPart(label: "Q3", year: 2024, from: 7, to: 9))
        #expect(rule("H1 2025") == .endOfPart(label: "H1", year: 2025, from: 1, to: 6))
        #expect(rule("Q3 25/26") == .endOfFinancialPart(label: "Q3", financialYear: "2025/26", from: 10, to: 12, year: 2025))
        #expect(rule("Q4 2025/26") == .endOfFinancialPart(label: "Q4", financialYear: "2025/26", from: 1, to: 3, year: 2026))
        #expect(rule("H2 2025/26") == .endOfFinancialPart(label: "H2", financialYear: "2025/26", from: 10, to: 3, year: 2026))
        #expect(rule("Quarter 3 2025/26") == .endOfFinancialPart(label: "Q3", financialYear: "2025/26", from: 10, to: 12, year: 2025))
        #expect(rule("31/01/2025") == .dateGivenDayFirst)
        #expect(rule("September 2023") == .endOfMonth)
    }

    /// A college's financial year runs from August: its "2025/26" ended on 31 March 2026 when
    /// every site's year started in April.
    /// A step "completed: 2024/25" was done some day from 1 April 2024: built as at a day inside
    /// that time, whether it was done by then cannot be told.
    @Test func eachReadingKnowsTheFirstDayOfTheTimeItNames() throws {
        func first(_ text: String, financialYearStart: Int = 4, southern: Bool = false) throws -> String {
            guard case .success(.due(let end, let rule)) = DeadlineReader.read(
                text, calendarQuarters: true, financialYearStart: financialYearStart, southernSeasons: southern)
            else { return "not read" }
            return rule.firstDay(endingOn: end).iso
        }
        #expect(try first("14 November 2024") == "2024-11-14")
        #expect(try first("April 2024") == "2024-04-01")
        #expect(try first("2024") == "2024-01-01")
        #expect(try first("2024/25") == "2024-04-01")
        #expect(try first("Q3 2024/25") == "2024-10-01")
        #expect(try first("Q3 2024") == "2024-07-01")
        #expect(try first("H2 2025/26") == "2025-10-01")
        #expect(try first("Winter 2025/26") == "2025-12-01")
        #expect(try first("Summer 2026/27", southern: true) == "2026-12-01")
        #expect(try first("2025/26", financialYearStart: 8) == "2025-08-01")
        #expect(try first("Q1 2025/26", financialYearStart: 8) == "2025-08-01")
    }

    @Test func aSitesFinancialYearMayStartInAnotherMonth() {
        func read(_ text: String) -> String {
            switch DeadlineReader.read(text, calendarQuarters: true, financialYearStart: 8) {
            case .success(.due(let date, _)): date.iso
            case .success(let other): "\(other)"
            case .failure(let problem): problem.message
            }
        }
        #expect(read("2025/26") == "2026-07-31")
        #expect(read("FY 25/26") == "2026-07-31")
        #expect(read("Q1 2025/26") == "2025-10-31")
        #expect(read("Q3 2025/26") == "2026-04-30")
        #expect(read("H2 2025/26") == "2026-07-31")
        #expect(read("Q3 2025") == "2025-09-30", "the site's quarters are the calendar year's")
        if case .success(.due(_, let rule)) = DeadlineReader.read("Q3 2025/26", financialYearStart: 8) {
            #expect(rule == .endOfFinancialPart(label: "Q3", financialYear: "2025/26", from: 2, to: 4, year: 2026))
        } else {
            Issue.record("Q3 2025/26")
        }
        if case .failure(let problem) = DeadlineReader.read("Q3 2025", financialYearStart: 8) {
            #expect(problem.message.hasSuffix("or the financial year 2025/26's (February 2026 to April 2026)?"))
        } else {
            Issue.record("Q3 2025")
        }
        if case .failure(let problem) = DeadlineReader.read("Year end 2026", financialYearStart: 8) {
            #expect(problem.message.hasSuffix("or of the financial year ending in it (31 July 2026)"))
        } else {
            Issue.record("Year end 2026")
        }
        if case .success(.due(let date, _)) = DeadlineReader.read("2025/26") { #expect(date.iso == "2026-03-31", "April unless the site says") }
    }

    /// An Australian council's "Spring 2026" ends in November, and its summer runs into the next
    /// year: read as the north's, spring was published as due on 31 May.
    @Test func aSiteOfTheSouthernHemisphereHasItsOwnSeasons() {
        func read(_ text: String) -> String {
            switch DeadlineReader.read(text, southernSeasons: true) {
            case .success(.due(let date, _)): date.iso
            case .success(let other): "\(other)"
            case .failure(let problem): problem.message
            }
        }
        #expect(read("Spring 2026") == "2026-11-30")
        #expect(read("Autumn 2026") == "2026-05-31")
        #expect(read("Winter 2026") == "2026-08-31", "a southern winter is one year's")
        #expect(read("Summer 2026/27") == "2027-02-28")
        #expect(read("Summer 2026").contains("runs from December into the next year"))
        #expect(SiteConfig(title: "T", language: "en-AU").deadlineConventions.southernSeasons)
        #expect(SiteConfig(title: "T", language: "en-NZ").deadlineConventions.southernSeasons)
        #expect(!SiteConfig(title: "T", language: "en-GB").deadlineConventions.southernSeasons)
        #expect(!SiteConfig(title: "T", language: "cy").deadlineConventions.southernSeasons)
    }

    /// April is the United Kingdom's financial year, not Australia's (July) nor the United States
    /// government's (October): a site elsewhere says whose year its "2025/26" is, or is refused.
    @Test func aFinancialYearIsReadOnlyWhereTheSiteSaysOrIsBritish() {
        func conventions(_ language: String, starts: Int? = nil) -> DeadlineConventions {
            SiteConfig(title: "T", language: language, tracking: TrackingRules(financialYearStart: starts)).deadlineConventions
        }
        for language in ["en-GB", "en", "cy", "cy-GB", "gd", "en-UK"] {
            #expect(conventions(language).financialYearKnown, "\(language): April")
        }
        for language in ["en-AU", "en-US", "en-IE", "en-NZ", "fr-FR", "fr"] {
            #expect(!conventions(language).financialYearKnown, "\(language): the site must say")
            for text in ["2025/26", "Q3 2025/26", "FY 25/26", "H1 2025/26"] {
                guard case .failure(let problem) = conventions(language).read(text) else {
                    Issue.record("\(text) read on an \(language) site")
                    continue
                }
                #expect(problem.message.contains("the site has not said when its financial year starts"))
                #expect(problem.hint.contains("financial_year_starts: July"))
            }
            #expect(conventions(language).read("March 2026") == .success(.due(CivilDate(iso: "2026-03-31")!, rule: .endOfMonth)))
        }
        if case .success(.due(let date, _)) = conventions("en-AU", starts: 7).read("2025/26") {
            #expect(date.iso == "2026-06-30")
        } else {
            Issue.record("2025/26 on a site whose year starts in July")
        }
    }

    @Test func theSameDateTwiceIsOneDate() {
        #expect(due("End Sept 2023 End Sept 2023") == "2023-09-30")
    }

    @Test func aRevisionInForceReplacesTheOriginalReadingFromItsDate() {
        let location = Diagnostics.SourceLocation(file: "x.md")
        let original = DeadlineReading.due(CivilDate(iso: "2023-09-30")!, rule: .endOfMonth)
        let revised = DeadlineReading.due(CivilDate(iso: "2024-03-31")!, rule: .endOfMonth)
        let deadline = Deadline(
            text: "September 2023", reading: original,
            revisions: [DeadlineRevision(date: CivilDate(iso: "2023-08-01")!, text: "March 2024", reading: revised, reason: "x", location: location)],
            location: location)
        #expect(deadline.reading(asOf: CivilDate(iso: "2023-07-31")!) == original)
        #expect(deadline.reading(asOf: CivilDate(iso: "2023-08-01")!) == revised)
    }

    @Test func aWelshBodysDeadlinesAreReadToo() {
        #expect(due("Medi 2026") == "2026-09-30")
        #expect(due("Erbyn diwedd mis Mawrth 2026") == "2026-03-31")
        #expect(due("31 Gorffennaf 2025") == "2025-07-31")
        // Hydref is October and autumn: the month is "mis Hydref".
        #expect(due("Erbyn diwedd mis Hydref 2025") == "2025-10-31")
        #expect(Self.outcome("Hydref 2025").contains("which in Welsh is October (mis Hydref) and autumn (yr hydref)"))
        // Quarters, halves, seasons and the financial year in Welsh.
        #expect(due("Chwarter 3 2025/26") == "2025-12-31")
        #expect(due("Ail chwarter 2025/26") == "2025-09-30")
        #expect(due("Chwarter cyntaf 2026") == "2026-03-31")
        #expect(due("Hanner cyntaf 2026") == "2026-06-30")
        #expect(due("Gwanwyn 2026") == "2026-05-31")
        #expect(due("Haf 2026") == "2026-08-31")
        #expect(due("Gaeaf 2025/26") == "2026-02-28")
        // Short forms of months: they were passed over, and "Tach 2025" read as 31 December 2025.
        #expect(due("Tach 2025") == "2025-11-30")
        #expect(due("Erbyn diwedd Gorff 2026") == "2026-07-31")
        #expect(due("Chwef 2026") == "2026-02-28")
        #expect(Self.outcome("Hyd 2025").contains("short for Hydref (October) and means \"until\""))
        // Midnight, as in English: the start of 31 March, or its end?
        #expect(Self.outcome("Erbyn hanner nos 31 Mawrth 2026").contains("says \"hanner nos\", which is both the start of a day"))
        // Words before a date that make it another day: before, after, from, until, start, middle,
        // early, late, about, onwards, following. Each was read as the end of the period.
        for wording in ["Cyn Mawrth 2026", "Ar ôl Mawrth 2026", "O Ebrill 2026", "Tan Mawrth 2026", "Dechrau 2026", "Ar ddechrau 2026",
            "Canol 2026", "Yng nghanol 2026", "Cynnar yn 2026", "Yn hwyr yn 2025", "Tua Mehefin 2026", "Mehefin 2026 ymlaen",
            "Yn dilyn Mehefin 2026"]
        {
            #expect(Self.outcome(wording).hasPrefix("error: "), "\(wording) was read as \(Self.outcome(wording))")
        }
        #expect(due("Diwedd 2026") == "2026-12-31")
        #expect(due("Chwarter 3 o 2025/26") == "2025-12-31")
        #expect(Self.outcome("Parhaus") == "ongoing")
        #expect(Self.outcome("Blwyddyn ariannol 2025").contains("names a financial year by one year (2025)"))
        #expect(Self.outcome("Blwyddyn academaidd 2025/26").contains("names blwyddyn academaidd"))
        #expect(Self.outcome("Pasg 2026").contains("names \"pasg\""))
        #expect(rule("Medi 2026") == .endOfMonth)
        // Never a slip for a Welsh month: "media" is an English word beside a year.
        #expect(due("Social media campaign 2026") == "2026-12-31")
    }
}
