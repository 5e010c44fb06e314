package com.bizbill.identity.registry;

import com.bizbill.identity.BusinessNumber;

/**
 * Outside party: the business-status registry (in the style of the Korean tax office's status
 * API). Chosen by {@code bizbill.registry.adapter}: {@code sandbox} (default) or {@code http}.
 */
public interface BusinessRegistry {

    /**
     * @throws com.bizbill.shared.error.BizbillException with REGISTRY_UNAVAILABLE when the
     *         registry cannot answer (timeout, 5xx): sign-up is then refused, never waved through
     */
    BusinessStatus statusOf(BusinessNumber number);
}
