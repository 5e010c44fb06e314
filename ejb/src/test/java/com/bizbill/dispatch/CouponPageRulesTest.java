package com.bizbill.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.dispatch.CouponPageRules.DiscardNotice;
import com.bizbill.ordering.CouponStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 22 §1, CB-DSP-4: the states and notices of the recipient's coupon page, and how long its link works. */
class CouponPageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void cbDsp4_aDiscardWinsThenAUseThenTheValidityDate() {
        assertThat(CouponPageRules.shown(CouponStatus.ISSUED, null, TODAY, TODAY)).isEqualTo(RecipientCouponState.ISSUED);
        assertThat(CouponPageRules.shown(CouponStatus.ISSUED, null, TODAY.minusDays(1), TODAY))
                .isEqualTo(RecipientCouponState.EXPIRED);
        assertThat(CouponPageRules.shown(CouponStatus.ISSUED, "USED", TODAY.minusDays(1), TODAY))
                .isEqualTo(RecipientCouponState.USED);
        assertThat(CouponPageRules.shown(CouponStatus.DISCARDED, "USED", TODAY, TODAY))
                .isEqualTo(RecipientCouponState.DISCARDED);
        assertThat(CouponPageRules.shown(CouponStatus.ISSUED, "DISCARDED", TODAY, TODAY))
                .as("discarded at the supplier").isEqualTo(RecipientCouponState.DISCARDED);
        assertThat(CouponPageRules.shown(CouponStatus.ISSUED, "EXPIRED", TODAY.plusDays(3), TODAY))
                .isEqualTo(RecipientCouponState.EXPIRED);
    }

    @Test
    void issue22_1_theManualsTwoDiscardCases() {
        var d = RecipientCouponState.DISCARDED;
        var i = RecipientCouponState.ISSUED;
        assertThat(CouponPageRules.notice(List.of(i, RecipientCouponState.USED))).isEqualTo(DiscardNotice.NONE);
        assertThat(CouponPageRules.notice(List.of(d, d))).isEqualTo(DiscardNotice.ALL);
        assertThat(CouponPageRules.notice(List.of(d, i))).isEqualTo(DiscardNotice.SOME);
    }

    @Test
    void issue22_1_theLinkWorksUntilTheLastValidityPlusTheGrace() {
        LocalDate last = CouponPageRules.lastDay(LocalDate.of(2027, 1, 6), TODAY, 30, Period.ofDays(30));
        assertThat(last).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(CouponPageRules.opens(last, last)).isTrue();
        assertThat(CouponPageRules.opens(last, last.plusDays(1))).isFalse();
        // nothing issued yet: the day it was placed plus its longest validity
        assertThat(CouponPageRules.lastDay(null, TODAY, 90, Period.ofDays(30))).isEqualTo(TODAY.plusDays(120));
    }
}
