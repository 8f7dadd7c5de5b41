import Testing

@testable import SAMKit

@Suite struct SHA1Tests {
    /// The FIPS 180 example messages and their digests.
    static let vectors: [(name: String, message: String, digest: String)] = [
        ("empty", "", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        (
            "448 bits", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
        ),
        (
            "896 bits",
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                + "klmnopqrlmnopqrsmnopqrstnopqrstu",
            "a49b2446a02c645bf419f995b67091253a04a259"
        ),
        (
            "one million a", String(repeating: "a", count: 1_000_000),
            "34aa973cd4c4daa4f61eeb2bdbad27316534016f"
        ),
    ]

    @Test(arguments: vectors)
    func fipsVectors(name: String, message: String, digest: String) {
        #expect(SHA1.hexDigest(of: message) == digest, "\(name)")
    }

    /// Messages whose padding falls on each side of a block boundary.
    static let boundaryLengths: [(Int, String)] = [
        (55, "c1c8bbdc22796e28c0e15163d20899b65621d65a"),
        (56, "c2db330f6083854c99d4b5bfb6e8f29f201be699"),
        (63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5"),
        (64, "0098ba824b5c16427bd7a1122a5a442a25ec644d"),
        (65, "11655326c708d70319be2610e8a57d9a5b959d3b"),
    ]

    @Test(arguments: boundaryLengths)
    func paddingAtBlockBoundaries(length: Int, digest: String) {
        #expect(SHA1.hexDigest(of: String(repeating: "a", count: length)) == digest)
    }

    @Test func feedingInPiecesGivesTheSameDigest() {
        var hasher = SHA1()
        hasher.update("abcdbcdecdefdefgefghfghighijhijk".utf8)
        hasher.update("ijkljklmklmnlmnomnopnopq".utf8)
        #expect(hasher.hexDigest() == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test func nonASCIITextIsHashedAsUTF8() {
        #expect(SHA1.hexDigest(of: "é") == "bf15be717ac1b080b4f1c456692825891ff5073d")
        #expect(
            SHA1.hexDigest(ofBytes: [0xC3, 0xA9]) == "bf15be717ac1b080b4f1c456692825891ff5073d")
    }
}
