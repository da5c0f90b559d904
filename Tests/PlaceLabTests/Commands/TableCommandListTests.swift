import Testing
@testable import PlaceLab

/// `Command.tableCommand` stands in for a runtime cast to `TableCommand`, so it must agree
/// with that cast for every command, a new one included.
@Suite struct TableCommandListTests {
    @Test func everyTableCommandSaysSo() {
        for command in CommandRegistry.standard.commands {
            #expect((command is any TableCommand) == (command.tableCommand != nil), "\(command.name)")
        }
    }

    @Test func namesAreTheTableCommands() {
        let registry = CommandRegistry.standard
        let cast = Set(registry.commands.filter { $0 is any TableCommand }.map(\.name))
        #expect(registry.tableCommandNames == cast)
        #expect(registry.tableCommandNames.contains("network"))
        #expect(!registry.tableCommandNames.contains("help"))
    }
}
