package com.bizbill.shared.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** A half-configured outside party makes the application not ready, naming what is missing. */
class OutsidePartiesTest {

    @Test
    void everyAdapterMadeIsUpAndSaysWhichAdapterEachPartyUses() {
        OutsideParties.State s = OutsideParties.check(List.of(
                new OutsideParties.Party("pg", "sandbox", Object::new),
                new OutsideParties.Party("messaging", "http", Object::new)));
        assertThat(s.up()).isTrue();
        assertThat(s.adapters()).containsExactly(java.util.Map.entry("pg", "sandbox"),
                java.util.Map.entry("messaging", "http"));
    }

    @Test
    void anAdapterThatCannotBeMadeIsDownWithTheMissingKeyNamedAndTheOthersStillChecked() {
        OutsideParties.State s = OutsideParties.check(List.of(
                new OutsideParties.Party("pg", "http", () -> {
                    // what a CDI container throws when the producer's config.getValue fails
                    throw new IllegalStateException("WELD-000049: Unable to invoke producer", new NoSuchElementException(
                            "SRCFG00014: The config property bizbill.pg.http.url is required but it could not be found"));
                }),
                new OutsideParties.Party("mail", "smtpp", () -> {
                    throw new IllegalStateException("bizbill.mail.adapter must be sandbox or smtp, not smtpp");
                }),
                new OutsideParties.Party("registry", "sandbox", Object::new)));
        assertThat(s.up()).isFalse();
        assertThat(s.adapters().get("pg")).startsWith("http: not usable:").contains("bizbill.pg.http.url");
        assertThat(s.adapters().get("mail")).contains("must be sandbox or smtp, not smtpp");
        assertThat(s.adapters().get("registry")).isEqualTo("sandbox");
    }
}
