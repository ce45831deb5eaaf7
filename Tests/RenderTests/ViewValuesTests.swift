import Testing

@testable import Render

/// A page is taken from the last render only when its template would be given the same values,
/// so the digest must tell apart any two sets of values that render differently.
@Suite struct ViewValuesTests {
    func digest(_ values: [String: Any]) -> Int? { ViewValues.removingNils(values).digest }

    @Test func theSameValuesHaveTheSameDigestWhateverTheOrderTheyWereMadeIn() {
        var first: [String: Any] = [:]
        for number in 0..<50 { first["key\(number)"] = number }
        var second: [String: Any] = [:]
        for number in (0..<50).reversed() { second["key\(number)"] = number }
        #expect(digest(first) != nil)
        #expect(digest(first) == digest(second))
    }

    @Test func anyDifferenceChangesTheDigest() {
        let base: [String: Any] = ["title": "Recall", "rows": [["status": "Overdue", "late": true]], "count": 3]
        let variants: [[String: Any]] = [
            ["title": "Recalls", "rows": [["status": "Overdue", "late": true]], "count": 3],
            ["title": "Recall", "rows": [["status": "Overdue", "late": false]], "count": 3],
            ["title": "Recall", "rows": [["status": "Overdue", "late": true], ["status": "Done"]], "count": 3],
            ["title": "Recall", "rows": [["status": "Overdue", "late": true]], "count": "3"],
            ["title": "Recall", "rows": [["status": "Overdue", "late": true]]],
            ["title": "Recall", "rows": [["late": true, "status": "Overdue"]], "count": 3, "extra": ""],
        ]
        for variant in variants { #expect(digest(variant) != digest(base)) }
        #expect(digest(["flag": true]) != digest(["flag": 1]))
        #expect(digest(["list": ["a", "b"]]) != digest(["list": ["b", "a"]]))
    }

    @Test func aMissingValueDoesNotOpenItsSection() {
        let label: String? = nil
        let cleaned = ViewValues.removingNils(["label": label as Any, "rows": [["x": label as Any, "y": 1]]]).values
        #expect(cleaned["label"] == nil)
        #expect((cleaned["rows"] as? [Any])?.first.flatMap { $0 as? [String: Any] }?.keys.sorted() == ["y"])
    }

    @Test func nilsAreDroppedBeforeDigesting() {
        let missing: String? = nil
        let (values, withNil) = ViewValues.removingNils(["title": "Recall", "summary": missing as Any])
        #expect(values["summary"] == nil)
        #expect(withNil == digest(["title": "Recall"]))
    }

    @Test func aValueOfAnUnknownKindMeansNoDigest() {
        struct Unknown {}
        #expect(digest(["thing": Unknown()]) == nil)
        #expect(digest(["rows": [["thing": Unknown()]]]) == nil)
    }
}
