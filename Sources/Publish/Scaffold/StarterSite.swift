import Markup
import Model

/// The files of a new site (`tally init`): one that builds at once and teaches by example. A
/// plan with two actions, a group and the notes of its first meeting with an action, a page, an
/// accessibility statement to complete, a glossary, and a README for the team. Nothing in it is
/// about any one organisation: the words are placeholders the team replaces. Pure.
public enum StarterSite {
    public static func files(title: String, organisation: String, on date: CivilDate) -> [NewFile] {
        let year = date.year
        let financialYear = date.month >= 4 ? year : year - 1
        let period = "\(financialYear)/\(String(financialYear + 1).suffix(2))"
        let planID = "plan-\(financialYear)-\(String(financialYear + 1).suffix(2))"
        // The end of the next quarter: a first deadline a few months away.
        let quarter = (date.month - 1) / 3
        let quarterEnd = CivilDate.endOfMonth(year: quarter == 3 ? year + 1 : year, month: (quarter + 1) % 4 * 3 + 3)
        let organisationLine = organisation.isEmpty ? "" : "organisation: \(yaml(organisation))\n"
        let owner = organisation.isEmpty ? "Chief Executive" : "Chief Executive, \(organisation)"
        func file(_ path: String, _ text: String) -> NewFile { NewFile(path: path, text: text, next: "") }

        return [
            file("Content/site.yaml", """
                # The site's settings: see docs/content-format.md for every field.
                title: \(yaml(title))
                \(organisationLine)description: What we said we would do, and what we have done.
                language: en-GB
                # In Welsh too? List the languages, this one first, and put translations beside their
                # files (about.cy.md beside about.md): see docs/languages.md.
                # languages: [en-GB, cy]
                navigation:
                  - title: Home
                    link: pages/index.md
                  - title: Our plan
                    link: /plans/
                  - title: Meetings
                    link: /meetings/
                  - title: About
                    link: pages/about.md
                footer: >-
                  Published by \(organisation.isEmpty ? "the team" : organisation). [Accessibility statement](pages/accessibility.md).
                tracking:
                  stale_after_days: 120
                  due_soon_days: 30
                # Your own words for statuses, ratings and agreement, if Tally's do not cover them:
                # vocabulary:
                #   Not yet due: not-started

                """),
            file("Content/pages/index.md", """
                ---
                title: \(yaml(title))
                summary: What we said we would do, and how far we have got.
                ---
                This site tracks [our plan](/plans/) and the [meetings](/meetings/) that hold us to
                account. Every status on it is worked out from what we have published, as at the date
                at the foot of each page.

                """),
            file("Content/pages/about.md", """
                ---
                title: About this site
                ---
                ## Who publishes it

                Say who keeps this site up to date, how often, and how to get in touch.

                ## How to read it

                Every action has an owner, a deadline as published and a status in words. An action
                is overdue when its deadline has passed and it has not been reported finished.

                """),
            file("Content/pages/accessibility.md", """
                ---
                title: Accessibility statement
                ---
                <!-- Complete this statement before you publish the site: public sector websites are
                required to publish one. -->

                ## How accessible this website is

                This website is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at
                level AA. Every page works without JavaScript, from a folder or a USB stick, and prints.

                ## Reporting accessibility problems

                Say how people can tell you about a problem, and how quickly you will reply.

                ## Preparation of this statement

                Say when the statement was prepared and when the site was last tested.

                """),
            file("Content/plans/\(planID)/plan.md", """
                ---
                title: Our plan \(period)
                published: \(date.iso)
                period: \(period)
                summary: What we will do this year, who is responsible, and by when.
                theme_label: Priority
                themes:
                  - id: people
                    title: Better services for people
                    leads: [\(yaml(owner))]
                  - id: openness
                    title: Being open about progress
                    leads: [Head of Communications]
                ---
                The plan in a few paragraphs: why it exists and what it sets out to change.

                """),
            file("Content/plans/\(planID)/people-1.md", """
                ---
                id: \(planID)-people-1
                title: Ask the people who use our services what should change first
                theme: people
                owners: [\(yaml(owner))]
                deadline: \(quarterEnd.monthAndYear)
                summary: We will ask people what matters most to them, and publish what they said.
                ---
                How we will deliver this: who will do what, and how we will know it is done.

                """),
            file("Content/plans/\(planID)/openness-1.md", """
                ---
                id: \(planID)-openness-1
                title: Publish this tracker after every meeting
                theme: openness
                owners: [Head of Communications]
                deadline: Ongoing
                updates:
                  - date: \(date.iso)
                    status: in-progress
                    note: The first version of this site is published.
                ---
                How we will deliver this, in Markdown.

                """),
            file("Content/groups/board.md", """
                ---
                title: Oversight Board
                summary: The people who check that we do what we said.
                meets: Every quarter
                members: [Chair, Member, Member]
                ---
                Say who the board is and how it works.

                """),
            file("Content/meetings/\(date.iso).md", """
                ---
                date: \(date.iso)
                group: board
                # Only notes marked agreed are published.
                status: agreed
                present: [Chair, Member]
                ---
                ## The plan

                The board looked at the first plan.

                ACTION: Head of Communications to publish the plan on this site.

                """),
            file("Content/glossary.yaml", """
                # Abbreviations the site uses, and what they stand for: the first use on each page is
                # explained where it appears, and every term is listed on the glossary page.
                terms:
                  - term: WCAG
                    expansion: Web Content Accessibility Guidelines
                    explanation: The standard for making websites usable by everyone.
                  - term: USB
                    expansion: Universal Serial Bus
                    explanation: A small plug-in drive that a copy of this site can be carried on.
                # Words in capitals that are not abbreviations (AA is a level of WCAG).
                not_abbreviations: [AA]

                """),
            file("Content/strings.yaml", """
                # The site's own words for what Tally's theme says around your content: section
                # names, status labels, table headers. Take out the # before a line to use it.
                # Every name you can change is listed in docs/your-site.md in Tally's documentation.
                # sections:
                #   responses: Responses to audits
                # status:
                #   in-progress: Under way

                """),
            file("README.md", """
                # \(title)

                This folder is a site built with Tally: the content is Markdown and YAML in `Content/`,
                and `tally` turns it into a website in `Site/`.

                ## Which file to edit

                | to change | edit |
                |---|---|
                | the site's name, menu and footer | `Content/site.yaml` |
                | the home page, about page and other pages | `Content/pages/*.md` |
                | the plan and its priorities | `Content/plans/\(planID)/plan.md` |
                | an action: its owner, deadline and progress | `Content/plans/\(planID)/*.md` (one file per action) |
                | the notes of a meeting, with its ACTION: lines | `Content/meetings/<date>.md` |
                | abbreviations | `Content/glossary.yaml` |
                | the words around your content: section names, status labels, table headers | `Content/strings.yaml` |
                | the site in another language (`languages:` in site.yaml) | `Content/pages/about.cy.md` beside `about.md`, and so on |

                ## The three commands

                ```sh
                tally serve   # preview at http://127.0.0.1:8000/ while you edit; pages reload as you save
                tally check   # every problem at once, with the file, line and a hint
                tally build   # build the site into Site/, to publish
                ```

                `tally new action --plan \(planID) --theme people` starts the next action,
                `tally new meeting` the notes of the next meeting. Complete
                `Content/pages/accessibility.md` before you publish.

                """),
            file(".gitignore", "Site/*\n!Site/README.md\n"),
        ]
    }

    /// A YAML scalar: quoted when its words would otherwise be read as something else.
    static func yaml(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || " ,.'’()-/&".contains($0) }
        guard plain, let first = text.first, first.isLetter || first.isNumber else {
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return text
    }
}
