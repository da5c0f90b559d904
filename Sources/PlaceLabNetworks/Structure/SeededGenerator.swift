extension Structure {
    /// SplitMix64 (Steele, Lea & Flood 2014): a tiny generator whose sequence depends only on
    /// its seed, so a seeded analysis gives the same answer on every machine and Swift release
    /// (the standard library's generator promises neither).
    struct SeededGenerator: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }

        /// A uniform integer in 0..<bound without modulo bias (rejection of the short tail).
        mutating func below(_ bound: Int) -> Int {
            precondition(bound > 0)
            let limit = UInt64(bound)
            let threshold = (0 &- limit) % limit   // 2^64 mod bound
            while true {
                let value = next()
                if value >= threshold { return Int(value % limit) }
            }
        }

        /// Fisher–Yates shuffle, defined here rather than by `shuffle(using:)`, whose
        /// algorithm the standard library does not promise to keep.
        mutating func shuffle(_ items: inout [Int]) {
            guard items.count > 1 else { return }
            for index in stride(from: items.count - 1, to: 0, by: -1) {
                items.swapAt(index, below(index + 1))
            }
        }
    }
}
