package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentMethodTest {

    @Test
    void cardRegistrationIsOfferedOnlyToCardPayers() {
        // rule BP-CARD-1: the card button appears only for card-auto and card-immediate contracts
        assertThat(PaymentMethod.CARD_AUTO.isCard()).isTrue();
        assertThat(PaymentMethod.CARD_IMMEDIATE.isCard()).isTrue();
        assertThat(PaymentMethod.BANK_TRANSFER.isCard()).isFalse();
    }
}
