package com.bizbill.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 17 §3: the particle after a number or a name is the one a Korean reader expects. */
class ParticlesTest {

    @Test
    void issue17ParticlesFollowTheLastSyllableAsRead() {
        assertEquals("청구서를", Particles.object("청구서"));
        assertEquals("쿠폰을", Particles.object("쿠폰"));
        assertEquals("#49를", Particles.object("#49")); // 구: the issue's "#49을" was wrong
        assertEquals("#41을", Particles.object("#41")); // 일
        assertEquals("#10을", Particles.object("#10")); // 십
        assertEquals("3건이", Particles.subject("3건"));
        assertEquals("(주)데모상사가", Particles.subject("(주)데모상사"));
        assertEquals("메일로", Particles.toward("메일"));   // ㄹ takes 로
        assertEquals("카드로", Particles.toward("카드"));
        assertEquals("계좌로", Particles.toward("계좌"));
        assertEquals("현금으로", Particles.toward("현금"));
        assertEquals("1,000건은", Particles.topic("1,000건"));
        assertEquals("SMS를", Particles.object("SMS")); // 에스
        assertEquals("LMS를", Particles.object("LMS"));
        assertEquals("URL을", Particles.object("URL")); // 엘
    }
}
