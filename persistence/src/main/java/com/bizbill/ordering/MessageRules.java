package com.bizbill.ordering;

import java.util.Optional;

/**
 * CB-ORD-10 with the providers' limits: an Alimtalk carries at most 1,000 characters; when it fails the same text goes
 * as an MMS from the operator's number (CB-ORD-9), which carries at most 2,000 bytes (Korean counted as 2) and must
 * keep the coupon-page link whole, so the message and the link together must fit.
 */
public final class MessageRules {

    public static final int ALIMTALK_MAX_CHARS = 1_000;
    public static final int MMS_MAX_BYTES = 2_000;
    /** The longest coupon-page link the dispatch writes: the public address plus {@code /c/} and a 43-character token. */
    public static final int LINK_BYTES_RESERVED = 120;

    private MessageRules() {
    }

    /** The bundle key of what is wrong with one recipient's filled-in message, if anything. */
    public static Optional<String> problem(String filled) {
        if (filled == null || filled.isBlank()) {
            return Optional.of("order.message.required");
        }
        if (filled.codePointCount(0, filled.length()) > ALIMTALK_MAX_CHARS) {
            return Optional.of("order.message.length");
        }
        if (com.bizbill.messaging.MessageType.byteLength(filled) + 1 + LINK_BYTES_RESERVED > MMS_MAX_BYTES) {
            return Optional.of("order.message.mmsBytes");
        }
        return Optional.empty();
    }
}
