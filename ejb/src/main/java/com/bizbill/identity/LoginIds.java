package com.bizbill.identity;

import java.util.regex.Pattern;

/** Login id format: 4 to 30 letters, digits, '.', '_' or '-' (billing portal), or an e-mail address. */
public final class LoginIds {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{4,30}");
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private LoginIds() {
    }

    public static boolean isValid(String id) {
        return id != null && (PLAIN.matcher(id).matches() || (id.length() <= 100 && EMAIL.matcher(id).matches()));
    }

    public static boolean isEmail(String text) {
        return text != null && text.length() <= 320 && EMAIL.matcher(text).matches();
    }
}
