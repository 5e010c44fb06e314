package com.bizbill.messaging;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;

/**
 * The gateway may or may not have accepted the message (timeout, connection failure, 5xx, unreadable
 * answer). Not a refusal: sending it again may deliver (and bill) it twice, so the caller decides.
 */
public class MessageOutcomeUnknown extends BizbillException {

    private static final long serialVersionUID = 1L;

    public MessageOutcomeUnknown(String detail, Throwable cause) {
        super(ErrorCode.MESSAGE_OUTCOME_UNKNOWN, detail, cause);
    }
}
