package com.bizbill.anniversary;

/** CB-ANV-1: an anniversary order is switched on or off by its owner, or stopped by itself (a product changed). */
public enum AnniversaryStatus {
    ON, OFF, STOPPED
}
