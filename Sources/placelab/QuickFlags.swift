import PlaceLabRender

/// Reads the plain, common flags (`-c STATEMENTS`, `--no-history`, a script's name …) without
/// ArgumentParser, whose reflection over the flags cost about 1.5 ms, a sixth of a first
/// answer. Anything it is not sure of gives nil, and ArgumentParser reads the flags as
/// before: help, a version, a mistake, `--flag=value`, `-qc`, a value that starts with "-",
/// an empty value, a flag given twice, `--`. So every error and help text is ArgumentParser's.
enum QuickFlags {
    static func parse(_ arguments: [String]) -> LaunchOptions? {
        var options = LaunchOptions()
        var seen: Set<String> = []
        var index = 0
        /// The value after a flag, when it is plainly one.
        func value() -> String? {
            guard index < arguments.count, let first = arguments[index].first, first != "-" else { return nil }
            index += 1
            return arguments[index - 1]
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            let name = argument == "-q" ? "--quiet" : argument == "-f" ? "--file" : argument
            guard name == "-c" || !name.hasPrefix("-") || seen.insert(name).inserted else { return nil }
            switch name {
            case "-c":
                guard let text = value() else { return nil }
                options.command.append(text)
            case "--file":
                guard let path = value() else { return nil }
                options.file = path
            case "--step":
                guard let path = value() else { return nil }
                options.step = path
            case "--mode":
                guard let mode = value().flatMap(OutputMode.init(rawValue:)) else { return nil }
                options.mode = mode
            case "--color":
                guard let color = value().flatMap(ColorChoice.init(rawValue:)) else { return nil }
                options.color = color
            case "--data":
                guard let folder = value() else { return nil }
                options.data = folder
            case "--quiet": options.quiet = true
            case "--keep-going": options.keepGoing = true
            case "--echo": options.echo = true
            case "--no-history": options.noHistory = true
            case "--no-init": options.noInit = true
            case "--safe": options.safe = true
            default:
                guard let first = argument.first, first != "-" else { return nil }
                options.script.append(argument)
            }
        }
        guard (try? options.validate()) != nil else { return nil }
        return options
    }
}
