import Testing

@testable import Preview

@Suite struct HostCheckTests {
    @Test func onLoopbackOnlyTheLoopbackNamesAreAnswered() {
        let check = HostCheck(listeningOn: "127.0.0.1")
        for allowed in ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "127.0.0.1"] {
            #expect(check.allows(allowed), "\(allowed)")
        }
        for refused in ["evil.example:8000", "127.0.0.1.evil.example", "192.168.1.5:8000", "", "localhost:80a", "[::1", nil] as [String?] {
            #expect(!check.allows(refused), "\(refused ?? "no Host")")
        }
    }

    @Test func onTheNetworkAddressesAreAnsweredButNotNames() {
        let check = HostCheck(listeningOn: "0.0.0.0")
        #expect(check.allows("192.168.1.5:8000"))
        #expect(check.allows("[fe80::1]:8000"))
        #expect(check.allows("localhost:8000"))
        #expect(!check.allows("rebind.evil.example:8000"))
        #expect(!check.allows("999.1.1.1:8000"))
    }
}
