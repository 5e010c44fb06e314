package com.bizbill.shared.web;

import java.io.Serializable;

/** The page position of a list screen: 0-based page, fixed size, moves bounded by the total. */
public final class Pager implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int size;
    private int page;

    public Pager(int size) {
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public void next(long total) {
        if ((long) (page + 1) * size < total) {
            page++;
        }
    }

    public void previous() {
        page = Math.max(0, page - 1);
    }

    public void first() {
        page = 0;
    }
}
