package com.bizbill.shared.context;

/** Which door a call came in by (issue 15 §1). */
public enum Channel {
    ADMIN, PORTAL, API, JOB, PUBLIC;

    /** The channel of a page or servlet path (without the context path). */
    public static Channel ofPath(String path) {
        if (path == null) {
            return PUBLIC;
        }
        if (path.startsWith("/admin/") || path.equals("/admin")) {
            return ADMIN;
        }
        if (path.startsWith("/portal/") || path.equals("/portal")) {
            return PORTAL;
        }
        if (path.startsWith("/api/")) {
            return API;
        }
        return PUBLIC;
    }
}
