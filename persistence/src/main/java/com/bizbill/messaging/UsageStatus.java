package com.bizbill.messaging;

/** A sent message's state: accepted by the gateway (or unknown), then delivered or failed by its delivery report. */
public enum UsageStatus {
    ACCEPTED,
    /** The only billable state (NB-CYC-1: "billable messages" are the delivered ones). */
    DELIVERED,
    FAILED,
    /**
     * The gateway's answer to the send was lost (timeout, 5xx): it may or may not have the message. Not
     * sent again (that could deliver and bill it twice); its delivery report, found by our reference,
     * settles it. Never billed unless a report says delivered.
     */
    UNKNOWN
}
