import Diagnostics
import Foundation
import Markup

/// A plan's actions are listed by owner (each owner's page of the plan, and the counts by owner),
/// grouped by the owner's name as written. One owner written two ways, or two owners written as
/// one name, would leave actions off an owner's list without a word: both are errors.
public enum OwnerNames {
    /// "N/A", "None", "-": words that fill an owner's place when there is no owner. Published as
    /// an owner's name, they leave a reader to guess: no owner at all, or the owners the source
    /// implies (a plan's action that names none is its theme's leads')?
    public static func saysNone(_ owner: String) -> Bool {
        noOwner.contains(Vocabulary.normal(owner))
    }

    /// Not "NA", which may be a body's initials.
    static let noOwner: Set<String> = ["", "n-a", "none", "nobody", "no-one", "no-owner", "not-applicable", "nil", "dim"]

    static func check(_ plan: Plan, sink: DiagnosticSink) {
        // A plan has few owners and many actions: each name is put in normal form and looked
        // at for joined owners once, not once for every action that names it.
        let names = Set(plan.actions.flatMap(\.item.owners))
        let formByName = Dictionary(uniqueKeysWithValues: names.map { ($0, normal($0)) })
        let normalNames = Set(formByName.values)
        let partsByName = formByName.keys.reduce(into: [String: [String]]()) { parts, name in
            parts[name] = joinedOwners(name, among: normalNames)
        }
        var firstByForm: [String: (name: String, actionID: String)] = [:]
        var reported = Set<String>()
        for action in plan.actions {
            for owner in action.item.owners {
                let form = formByName[owner] ?? normal(owner)
                if let first = firstByForm[form] {
                    if first.name != owner, reported.insert(owner).inserted {
                        sink.error(
                            "the owner \"\(owner)\" is written \"\(first.name)\" in \(first.actionID), so their actions would be listed as two owners'",
                            at: action.item.location, hint: "write the owner's name the same way in every action and theme lead")
                    }
                } else {
                    firstByForm[form] = (owner, action.id)
                }
                if let parts = partsByName[owner], reported.insert(owner).inserted {
                    let list = parts.map { "\"\($0)\"" }.joined(separator: " and ")
                    sink.error(
                        "the owner \"\(owner)\" joins \(list), each an owner of other actions of this plan, into one name, so the action would be on neither's list",
                        at: action.item.location,
                        hint: "if they share it, write owners: [\(parts.joined(separator: ", "))]; if one person holds both posts, name them one way in every action")
                }
            }
        }
    }

    /// The owners a name joins with "/", "&", "+", ";", "," or "and", when every part is itself
    /// an owner's name: "Head of Finance / Head of HR". A post whose title has "and" in it
    /// ("Director of Housing and Communities") is not split unless both halves are owners too.
    static func joinedOwners(_ name: String, among normalNames: Set<String>) -> [String]? {
        for separator in ["/", "&", "+", ";", ",", " and "] where name.contains(separator) {
            let parts = name.components(separatedBy: separator).map(\.trimmingWhitespace)
            if parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && normalNames.contains(normal($0)) }) {
                return parts
            }
        }
        return nil
    }

    /// A name as compared: letters in lower case, runs of spaces as one, no closing full stop.
    static func normal(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while words.hasSuffix(".") { words.removeLast() }
        return words
    }
}
