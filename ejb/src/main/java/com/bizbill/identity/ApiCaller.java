package com.bizbill.identity;

/** A partner system authenticated by an API key: the organisation it acts for. */
public record ApiCaller(long organisationId, String organisationName, long apiKeyId, String keyPrefix) {

    /** The name written as "who asked" on records the call creates. */
    public String actor() {
        return "api:" + keyPrefix;
    }
}
