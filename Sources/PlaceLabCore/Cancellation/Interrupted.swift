/// Thrown when Ctrl-C cancels a running command.
public struct Interrupted: Error {
    public init() {}
}
