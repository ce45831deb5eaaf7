import Foundation
import Compute

extension Terminal {
    /// One line per summary, hardest first: grade, ease, words, where, and its opening words.
    static func printReadingEase(_ review: PlainLanguageReview) {
        guard !review.readings.isEmpty else {
            print("No summaries to read.")
            return
        }
        print("Reading ease of \(count(review.readings.count, "summary").replacingOccurrences(of: "summarys", with: "summaries")) (Flesch–Kincaid grade; the site's limit is \(review.maxGrade)):")
        print("grade   ease  words  where")
        for reading in review.readings {
            let grade = pad(PlainLanguageReview.format(reading.ease.grade), 5)
            let ease = pad(PlainLanguageReview.format(reading.ease.ease), 6)
            let words = pad(String(reading.ease.words), 6)
            let flag = reading.ease.grade > Double(review.maxGrade) ? " (above the limit)" : ""
            print("\(grade) \(ease) \(words)  \(reading.summary.location)\(flag)")
            print("                     \(opening(of: reading.summary.text))")
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func opening(of text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.prefix(12).joined(separator: " ") + (words.count > 12 ? " …" : "")
    }
}
