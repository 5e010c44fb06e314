package com.bizbill.messaging;

/** A sent message's state: accepted by the gateway, then delivered or failed by its delivery report. */
public enum UsageStatus {
    ACCEPTED,
    /** The only billable state (NB-CYC-1: "billable messages" are the delivered ones). */
    DELIVERED,
    FAILED
}
