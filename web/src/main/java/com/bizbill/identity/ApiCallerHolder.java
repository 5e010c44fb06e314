package com.bizbill.identity;

import jakarta.enterprise.context.RequestScoped;

/** The partner system of the current API request, set by {@link ApiKeyFilter}. */
@RequestScoped
public class ApiCallerHolder {

    private ApiCaller caller;

    void set(ApiCaller caller) {
        this.caller = caller;
    }

    /** The authenticated caller; the filter guarantees one for every resource method. */
    public ApiCaller get() {
        if (caller == null) {
            throw new IllegalStateException("no API caller on this request");
        }
        return caller;
    }
}
