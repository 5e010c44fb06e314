package com.bizbill.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 22 §1 (review): a postback cannot swap another link's token into a view whose number was proved. */
class CouponPageViewTest {

    @Test
    void theTokenIsSetOncePerView() {
        CouponPageView view = new CouponPageView();
        view.setToken("A".repeat(43));
        view.setToken("B".repeat(43)); // a forged postback's view parameter
        assertThat(view.getToken()).isEqualTo("A".repeat(43));
    }
}
