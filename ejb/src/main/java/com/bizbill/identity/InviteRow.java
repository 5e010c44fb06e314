package com.bizbill.identity;

/** One row of a master's invitation table (CB-MEM-4) and, after the attempt, its outcome. */
public record InviteRow(String email, String name, String mobile, String error) {

    public InviteRow(String email, String name, String mobile) {
        this(email, name, mobile, null);
    }

    InviteRow failed(String key) {
        return new InviteRow(email, name, mobile, key);
    }

    InviteRow ok() {
        return new InviteRow(email, name, mobile, null);
    }

    public boolean isOk() {
        return error == null;
    }
}
