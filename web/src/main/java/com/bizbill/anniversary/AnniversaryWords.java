package com.bizbill.anniversary;

import com.bizbill.shared.web.Messages;

/**
 * A plan's notice as the screen says it: a bundle key and its words separated by '|', the free text (a product's or
 * a recipient's name, which may hold '|') last.
 */
final class AnniversaryWords {

    private AnniversaryWords() {
    }

    static String notice(AnniversaryPlan p) {
        if (p.getNoticeKey() == null) {
            return null;
        }
        String[] a = p.getNoticeArgs() == null ? new String[0] : p.getNoticeArgs().split("\\|", 3);
        var f = Messages.formats();
        try {
            return switch (p.getNoticeKey()) {
                case "anniversary.stop.repriced" -> Messages.get(p.getNoticeKey(), arg(a, 2),
                        f.won(Long.parseLong(arg(a, 0))), f.won(Long.parseLong(arg(a, 1))));
                case "anniversary.notice.skipped" -> Messages.get(p.getNoticeKey(), arg(a, 0), arg(a, 2),
                        Messages.get("error." + arg(a, 1)));
                default -> Messages.get(p.getNoticeKey(), arg(a, 2));
            };
        } catch (NumberFormatException e) { // a notice written otherwise: its words without the amounts
            return Messages.get(p.getNoticeKey(), p.getNoticeArgs(), "", "");
        }
    }

    private static String arg(String[] a, int i) {
        return i < a.length ? a[i] : "";
    }
}
