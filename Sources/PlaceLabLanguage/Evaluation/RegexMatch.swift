import Foundation
import PlaceLabCore

/// `text ~ "pattern"` with a time bound: a pattern such as `(a+)+$` backtracks for an
/// exponential time on a near miss, so each match gets `RegexMatch.secondsPerValue` and then
/// stops with an error that names the pattern, instead of holding the shell for minutes.
package enum RegexMatch {
    /// How long one value may take to match (help expressions says so).
    package static let secondsPerValue = 1.0

    /// Whether `regex` finds a match in `subject`; throws once the bound is passed (which also
    /// keeps Ctrl-C waiting no longer than the bound: the query stops with the error).
    static func firstMatch(_ regex: NSRegularExpression, in subject: String, at span: Span) throws -> Bool {
        let start = DispatchTime.now().uptimeNanoseconds
        let limit = UInt64(secondsPerValue * 1e9)
        var found = false, timedOut = false
        // With .reportProgress the block is also called while a match is being tried, which is
        // the only place a runaway match can be stopped.
        regex.enumerateMatches(in: subject, options: [.reportProgress], range: NSRange(subject.startIndex..., in: subject)) { match, _, stop in
            if match != nil {
                found = true
            } else if DispatchTime.now().uptimeNanoseconds - start > limit {
                timedOut = true
            } else {
                return
            }
            stop.pointee = true
        }
        if timedOut {
            throw Diagnostic("the regular expression \"\(regex.pattern)\" took more than \(Value.format(secondsPerValue)) second on one value, so \"~\" stopped",
                             at: span,
                             help: "nested repeats such as (a+)+ try every way to split the text; write a+ instead")
        }
        return found
    }
}
