package com.bizbill.dispatch;

/**
 * Issue 21 §2: a temporary failure at the supplier (it does not answer, or the operator's deposit there is short):
 * the order's run stops and the next tick takes it up again, instead of turning thousands of recipients into errors.
 */
public class DispatchPaused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DispatchPaused(String message, Throwable cause) {
        super(message, cause);
    }
}
