import ArgumentParser
import Foundation
import PlaceLabRender

/// What the flags ask for, however they were read (`QuickFlags` or ArgumentParser).
struct LaunchOptions: Equatable {
    var command: [String] = []
    var file: String?
    var step: String?
    var script: [String] = []
    var mode: OutputMode?
    var color: ColorChoice = .auto
    var data: String?
    var quiet = false
    var keepGoing = false
    var echo = false
    var noHistory = false
    var noInit = false
    var safe = false

    /// The checks no single flag can make, as usage errors.
    func validate() throws {
        _ = try scriptChoice()
        if let data {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: data, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--data \(data): no such folder")
            }
        }
    }
}
