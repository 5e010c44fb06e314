package com.bizbill.messaging;

/**
 * The kinds of message a partner store sends and pays for (NB-PRICE-1). Alimtalk is the KakaoTalk
 * template message; SMS is up to 90 bytes (EUC-KR), LMS is longer (up to 2,000 bytes).
 */
public enum MessageType {
    ALIMTALK,
    SMS,
    LMS;

    /** SMS/LMS limit in bytes as the Korean carriers count them (a Hangul syllable is 2 bytes). */
    public static final int SMS_MAX_BYTES = 90;

    /** The text message that carries {@code text}: SMS if it fits in 90 bytes, LMS otherwise. */
    public static MessageType textFor(String text) {
        return byteLength(text) <= SMS_MAX_BYTES ? SMS : LMS;
    }

    /** Length in bytes with Korean (non-ASCII) characters counted as 2, as the carriers do. */
    public static int byteLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) < 0x80 ? 1 : 2;
        }
        return n;
    }
}
