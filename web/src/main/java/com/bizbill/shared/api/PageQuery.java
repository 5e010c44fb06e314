package com.bizbill.shared.api;

import com.bizbill.shared.Page;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Paging parameters of list endpoints, checked with Bean Validation. Validated programmatically,
 * and a class with annotated fields rather than a record: Payara 6.2025.10's OpenAPI scanner
 * throws a NullPointerException on {@code @Min/@Max} on any method or constructor parameter
 * (resource parameters and record components alike), and /openapi then answers 500.
 */
public final class PageQuery {

    @Min(0)
    @Max(100_000)
    private final int page;

    @Min(1)
    @Max(Page.MAX_SIZE)
    private final int size;

    private PageQuery(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** The query, or a ConstraintViolationException (400 problem+json with the fields). */
    public static PageQuery of(Validator validator, int page, int size) {
        PageQuery q = new PageQuery(page, size);
        var violations = validator.validate(q);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return q;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
