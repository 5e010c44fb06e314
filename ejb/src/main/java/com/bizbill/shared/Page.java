package com.bizbill.shared;

import java.util.List;

/** One page of a longer list: the items, the page number (0-based), its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public int firstResult() {
        return Math.multiplyExact(page, size);
    }
}
