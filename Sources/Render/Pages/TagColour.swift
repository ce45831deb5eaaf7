/// The colours a tag can have, each a class of the theme's stylesheet (`tag--red`). A tag's
/// colour never carries its meaning alone: its words say it too.
enum TagColour: String, Sendable {
    case red, orange, yellow, green, turquoise, blue, purple, grey
}

extension TagColour: ViewConvertible {
    var viewValue: ViewValue? { .text(rawValue) }
}
