import Diagnostics
import Markup

/// The word a page's address is made from: the file's name in lower-case ASCII, or the `slug:`
/// its front matter gives. A name with no Latin letter or digit left (`日本語.md`) gives no
/// address, so it needs a `slug:`.
enum AddressSlug {
    static let example = "slug: annual-report"

    /// The slug for `file`, or nil (with an error) when there is none to use.
    static func read(_ fields: Fields, file: SourceFile) -> String? {
        if let given = fields.string("slug", example: example) {
            let made = Slug.make(given)
            guard made == given else {
                fields.sink.error(
                    "the slug \"\(given)\" should be lower-case letters and digits joined by hyphens", at: fields.location(ofKey: "slug"),
                    hint: made.isEmpty ? "use Latin letters or digits, for example \(example)" : "for example slug: \(made)")
                return nil
            }
            return given
        }
        let made = Slug.make(file.baseName)
        guard !made.isEmpty else {
            fields.sink.error(
                "the file name \"\(file.fileName)\" has no Latin letters or digits to make the page's address from",
                at: fields.location,
                hint: "add a slug to the front matter for the address, for example \(example), or rename the file")
            return nil
        }
        return made
    }
}
