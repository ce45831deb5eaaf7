extension Double {
    /// The number as a message quotes it from the content: `90`, `97.5` (never `90.0`).
    public var asWritten: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
