/// `--transition random`: a seeded draw per join, written into the draft as plain kinds.
extension Slideshow {
    /// The metadata key (`m`) that records the seed a random draw used.
    public static let transitionSeedKey = "transitionSeed"

    /// The transition kinds for `joins` joins drawn from `TransitionKind.randomPool` with `seed`:
    /// the same seed always gives the same list, and no kind follows itself.
    public static func randomTransitions(count joins: Int, seed: UInt64) -> [TransitionKind] {
        var rng = SplitMix64(seed: seed)
        let pool = TransitionKind.randomPool
        var kinds: [TransitionKind] = []
        kinds.reserveCapacity(max(0, joins))
        for _ in 0..<max(0, joins) {
            var pick = pool[Int(rng.next() % UInt64(pool.count))]
            if pick == kinds.last {
                pick = pool[(pool.firstIndex(of: pick)! + 1 + Int(rng.next() % UInt64(pool.count - 1))) % pool.count]
            }
            kinds.append(pick)
        }
        return kinds
    }
}

/// SplitMix64: a tiny, fixed pseudo-random sequence (the same on every platform and release).
package struct SplitMix64 {
    var state: UInt64
    package init(seed: UInt64) { state = seed }
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
