package com.bizbill.messaging;

/**
 * The kinds of message the gateway carries. Alimtalk is the KakaoTalk template message; SMS is up to 90 bytes
 * (EUC-KR), LMS is longer (up to 2,000 bytes); those three are what a partner store sends and pays for
 * (NB-PRICE-1). MMS (issue 21 §3) is the operator's own: the coupon message's fallback, with a subject, never
 * partner-store usage, so stores can neither send nor report it and it has no price. Each type knows its byte
 * limit (issue 15 §4): the store API, the sandbox and the real gateway all read it here.
 */
public enum MessageType {
    /** 2,000 bytes like an LMS: an Alimtalk that fails may be sent again as SMS/LMS with the same text. */
    ALIMTALK(2000, true),
    SMS(90, true),
    LMS(2000, true),
    /** A multimedia message with a subject (CB-ORD-9's fallback of a coupon Alimtalk). */
    MMS(2000, false);

    private final int maxBytes;
    private final boolean storeType;

    MessageType(int maxBytes, boolean storeType) {
        this.maxBytes = maxBytes;
        this.storeType = storeType;
    }

    /** Whether partner stores send, report and pay for this type (NB-PRICE-1): not MMS. */
    public boolean isStoreType() {
        return storeType;
    }

    /** The types partner stores use and are billed for, in the order bills print them. */
    public static java.util.List<MessageType> storeTypes() {
        return java.util.Arrays.stream(values()).filter(MessageType::isStoreType).toList();
    }

    /** Limit of a text of this type in bytes as the Korean carriers count them ({@link #byteLength}). */
    public int maxBytes() {
        return maxBytes;
    }

    /** Whether {@code text} is within this type's byte limit. */
    public boolean fits(String text) {
        return byteLength(text) <= maxBytes;
    }

    /** The text message that carries {@code text}: SMS if it fits in 90 bytes, LMS otherwise. */
    public static MessageType textFor(String text) {
        return SMS.fits(text) ? SMS : LMS;
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
