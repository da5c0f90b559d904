import Foundation

/// Runs Python for the checks that compare PlaceLab with another implementation.
enum PythonScript {
    /// `python3 -c script arguments…`: its exit status, standard output and standard error.
    static func run(_ script: String, _ arguments: [String] = []) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Standard error is read on its own queue, so a chatty script cannot fill its pipe and stall.
        let errorBox = ErrorBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorBox.data = errors.fileHandleForReading.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self),
                String(decoding: errorBox.data, as: UTF8.self))
    }

    /// Whether `import modules` works.
    static func imports(_ modules: String) -> Bool {
        (try? run("import \(modules)"))?.status == 0
    }

    private final class ErrorBox: @unchecked Sendable {
        var data = Data()
    }
}
