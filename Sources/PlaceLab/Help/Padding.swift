import Foundation

extension String {
    /// The text with spaces after it to `width` UTF-16 units, as Foundation's
    /// `padding(toLength: width, withPad: " ", startingAt: 0)` gives it, but without bridging
    /// to NSString, whose first use cost a fortieth of `show`'s first answer. Text longer than
    /// `width` is cut by Foundation, as before.
    func padded(to width: Int) -> String {
        let length = utf16.count
        guard length <= width else { return padding(toLength: width, withPad: " ", startingAt: 0) }
        return self + String(repeating: " ", count: width - length)
    }
}
