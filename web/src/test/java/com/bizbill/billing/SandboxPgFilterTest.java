package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14 §2: the sandbox PG's pages are served only where the sandbox is the gateway. */
class SandboxPgFilterTest {

    @Test
    void issue14SandboxPagesAreNotServedWithTheHttpAdapter() {
        assertThat(SandboxPgFilter.served(Optional.of("http"))).isFalse();
        assertThat(SandboxPgFilter.served(Optional.of("anything-else"))).isFalse();
        assertThat(SandboxPgFilter.served(Optional.of(""))).isFalse();
    }

    @Test
    void issue14SandboxPagesAreServedWithTheSandboxAdapterWhichIsTheDefault() {
        assertThat(SandboxPgFilter.served(Optional.of("sandbox"))).isTrue();
        assertThat(SandboxPgFilter.served(Optional.of(" sandbox "))).isTrue();
        assertThat(SandboxPgFilter.served(Optional.empty())).isTrue();
    }
}
