package com.bizbill.shared.api;

import java.util.List;

/**
 * RFC 9457 problem details, plus Bizbill's stable {@code code} and the invalid {@code errors}.
 * Public fields so JSON-B writes exactly these members.
 */
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    public String type;
    public String title;
    public int status;
    public String detail;
    public String instance;
    public String code;
    public List<FieldProblem> errors;

    public Problem() {
    }

    public Problem(String type, String title, int status, String detail, String instance, String code,
                   List<FieldProblem> errors) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.code = code;
        this.errors = errors == null || errors.isEmpty() ? null : errors;
    }

    /** One invalid field of the request. */
    public static class FieldProblem {
        public String field;
        public String message;

        public FieldProblem() {
        }

        public FieldProblem(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }
}
