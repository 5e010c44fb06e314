package com.bizbill.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 14: X-Forwarded-For is believed only from a configured trusted proxy (throttle and CB-MEM-3 trusted IPs). */
class ClientAddressTest {

    private static final Set<String> PROXY = ClientAddress.proxies(" 10.0.0.5 , ,10.0.0.6");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), Set.of())).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.proxies("")).isEmpty();
        assertThat(ClientAddress.proxies(null)).isEmpty();
    }

    @Test
    void aPeerThatIsNoTrustedProxyCannotChooseItsAddress() {
        assertThat(ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), PROXY)).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        assertThat(PROXY).containsExactlyInAnyOrder("10.0.0.5", "10.0.0.6");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("198.51.100.1"), PROXY)).isEqualTo("198.51.100.1");
        // the client put a forged address first; the proxy appended the real one
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.1"), PROXY)).isEqualTo("198.51.100.1");
        // two proxies in a row, over two headers
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.1", "10.0.0.6"), PROXY))
                .isEqualTo("198.51.100.1");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("2001:db8::1"), PROXY)).isEqualTo("2001:db8::1");
    }

    @Test
    void aTrustedProxyWithoutOrWithAMalformedHeaderIsItself() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of(), PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("<script>"), PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("10.0.0.6"), PROXY)).isEqualTo("10.0.0.6");
    }
}
