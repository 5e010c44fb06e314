package com.bizbill.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is on the other end of a request (issue 14): the direct peer, unless the peer is one of the
 * configured trusted proxies ({@code bizbill.http.trusted-proxies}); then the right-most address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy. A header sent by anyone else is ignored,
 * so a client cannot choose its own address. One rule for the login throttle and the trusted-IP check
 * of CB-MEM-3 alike.
 */
public final class ClientAddress {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    /** The comma-separated list of trusted proxies as a set (blank entries dropped). */
    public static Set<String> proxies(String commaList) {
        if (commaList == null || commaList.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param peer           the TCP peer ({@code getRemoteAddr()})
     * @param forwardedFor   every {@code X-Forwarded-For} header of the request, in order (may be empty)
     * @param trustedProxies the configured proxies
     */
    public static String resolve(String peer, List<String> forwardedFor, Set<String> trustedProxies) {
        if (peer == null || !trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().filter(h -> h != null)
                .flatMap(h -> Arrays.stream(h.split(","))).map(String::trim).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!looksLikeAddress(hop)) {
                return peer; // a malformed chain: trust nothing of it
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    /** An IPv4 or IPv6 literal (no host names, no ports beyond what a literal holds). */
    static boolean looksLikeAddress(String s) {
        if (s.isEmpty() || s.length() > 45) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.'
                    || c == ':';
            if (!ok) {
                return false;
            }
        }
        return s.indexOf('.') >= 0 || s.indexOf(':') >= 0;
    }
}
