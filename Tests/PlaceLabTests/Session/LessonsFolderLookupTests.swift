import Foundation
import Synchronization
import Testing
@testable import PlaceLab
@testable import PlaceLabCore

/// The lessons folder is looked for when first asked for, once, and a folder set outright wins.
@Suite struct LessonsFolderLookupTests {
    @Test func foundOnFirstUseOnly() {
        let session = Session(console: BufferConsole())
        let looks = Mutex(0)
        session.findLessonsFolder = {
            looks.withLock { $0 += 1 }
            return "/lessons"
        }
        session.run(SourceText(name: "<command>", text: "help"))
        #expect(looks.withLock { $0 } == 0)
        #expect(session.lessonsFolder == "/lessons")
        #expect(session.lessonsFolder == "/lessons")
        #expect(looks.withLock { $0 } == 1)
    }

    @Test func aFolderSetOutrightIsNotLookedFor() {
        let session = Session(console: BufferConsole())
        session.findLessonsFolder = { Issue.record("looked for"); return nil }
        session.lessonsFolder = "/mine"
        #expect(session.lessonsFolder == "/mine")
    }
}
