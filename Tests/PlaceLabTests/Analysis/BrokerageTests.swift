import Testing
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender

/// Gould & Fernandez brokerage roles on graphs where every count is listed by hand.
@Suite struct BrokerageTests {
    // Nodes: broker v = 0 in group A; a1 = 1, a2 = 2 in A; b1 = 3, b2 = 4 in B; c1 = 5 in C.
    // Arcs in: a1→v, b2→v, c1→v. Arcs out: v→a2, v→b1. The six open pairs (sender, receiver):
    //   (a1, a2)  A A A  coordinator
    //   (a1, b1)  A A B  representative (v shares the sender's group)
    //   (b2, a2)  B A A  gatekeeper (v shares the receiver's group)
    //   (b2, b1)  B A B  itinerant (both ends in B, v outside)
    //   (c1, a2)  C A A  gatekeeper
    //   (c1, b1)  C A B  liaison
    // Every other node only sends or only receives, so brokers nothing.
    let arcs = [(1, 0), (4, 0), (5, 0), (0, 2), (0, 3)]
    let groups: [Int?] = [0, 0, 0, 1, 1, 2]

    @Test func everyRoleOnce() {
        let counts = Brokerage.roles(TieList.graph(6, directed: true, arcs), groups: groups)
        #expect(counts[0] == BrokerageCounts(coordinator: 1, itinerant: 1, gatekeeper: 2, representative: 1, liaison: 1))
        #expect(counts[0].total == 6)
        #expect(counts.dropFirst().allSatisfy { $0.total == 0 })
    }

    @Test func aDirectTieClosesThePair() {
        // a1→b1 closes the representative pair; b1→b2 runs the other way and closes nothing
        // (v still carries b2 to b1), but it lets b1 broker v→b1→b2: A B B, a gatekeeper.
        let counts = Brokerage.roles(TieList.graph(6, directed: true, arcs + [(1, 3), (3, 4)]), groups: groups)
        #expect(counts[0] == BrokerageCounts(coordinator: 1, itinerant: 1, gatekeeper: 2, representative: 0, liaison: 1))
        // b1 receives from v and a1, sends to b2; neither v→b2 nor a1→b2 exists.
        #expect(counts[3] == BrokerageCounts(gatekeeper: 2))
        // b2 now passes b1's arc on to v (no b1→v): B B A, b2 speaks for B — representative.
        #expect(counts[4] == BrokerageCounts(representative: 1))
    }

    @Test func ungroupedNodesTakeNoPart() {
        // c1 without a group: its gatekeeper and liaison pairs go.
        var partial = groups
        partial[5] = nil
        let counts = Brokerage.roles(TieList.graph(6, directed: true, arcs), groups: partial)
        #expect(counts[0] == BrokerageCounts(coordinator: 1, itinerant: 1, gatekeeper: 1, representative: 1))
        // The broker without a group brokers nothing.
        partial[0] = nil
        #expect(Brokerage.roles(TieList.graph(6, directed: true, arcs), groups: partial)[0].total == 0)
    }

    @Test func noPairWithItself() {
        // a ↔ v ↔ b: the round trips a→v→a and b→v→b are not brokerage; a→v→b and b→v→a are.
        let counts = Brokerage.roles(TieList.graph(3, directed: true, [(1, 0), (0, 1), (2, 0), (0, 2)]), groups: [0, 0, 0])
        #expect(counts[0] == BrokerageCounts(coordinator: 2))
    }

    @Test func undirectedCountsEachTieBothWays() {
        // Path a – v – b with a and v in group 0, b in group 1. As (a, b): v shares the
        // sender's group, representative; as (b, a): v shares the receiver's, gatekeeper.
        let path = TieList.graph(3, [(1, 0), (0, 2)])
        #expect(Brokerage.roles(path, groups: [0, 0, 1])[0] == BrokerageCounts(gatekeeper: 1, representative: 1))
        // All in one group: the open pair counts twice as coordination.
        #expect(Brokerage.roles(path, groups: [0, 0, 0])[0] == BrokerageCounts(coordinator: 2))
        // Ends in one group, v in another: itinerant twice; all different: liaison twice.
        #expect(Brokerage.roles(path, groups: [1, 0, 0])[0] == BrokerageCounts(itinerant: 2))
        #expect(Brokerage.roles(path, groups: [0, 1, 2])[0] == BrokerageCounts(liaison: 2))
        // Closing the triangle leaves nothing to broker.
        let triangle = TieList.graph(3, [(1, 0), (0, 2), (1, 2)])
        #expect(Brokerage.roles(triangle, groups: [0, 1, 2]).allSatisfy { $0.total == 0 })
    }
}
