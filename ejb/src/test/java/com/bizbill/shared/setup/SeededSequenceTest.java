package com.bizbill.shared.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.shared.IdBlocks;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.core.OracleDatabase;
import org.junit.jupiter.api.Test;

/** Issue 13 §6: the id sequences of changelog 020. */
class SeededSequenceTest {

    @Test
    void issue13TheSequenceIncrementsByTheEntitiesAllocationSizeAndIsBigintOnDerby() {
        assertThat(SeededSequence.createSql(true, "WALLET_CHARGE_SEQ", 1_042))
                .isEqualTo("CREATE SEQUENCE WALLET_CHARGE_SEQ AS BIGINT START WITH 1042 INCREMENT BY " + IdBlocks.SIZE);
        assertThat(SeededSequence.createSql(false, "WALLET_CHARGE_SEQ", 1_042))
                .isEqualTo("CREATE SEQUENCE WALLET_CHARGE_SEQ START WITH 1042 INCREMENT BY 50");
    }

    @Test
    void issue13NamesAreCheckedBeforeTheyReachSql() {
        SeededSequence s = new SeededSequence();
        s.setTable("WALLET_CHARGE; DROP TABLE X");
        s.setSequence("WALLET_CHARGE_SEQ");
        assertThat(s.validate(new DerbyDatabase()).hasErrors()).isTrue();
        s.setTable("WALLET_CHARGE");
        assertThat(s.validate(new OracleDatabase()).hasErrors()).isFalse();
        s.setSequence("A_SEQUENCE_NAME_LONGER_THAN_30_CHARS");
        assertThat(s.validate(new OracleDatabase()).hasErrors()).isTrue();
    }
}
