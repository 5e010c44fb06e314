package com.bizbill.anniversary;

import com.bizbill.shared.web.Messages;

/** A plan's notice (a bundle key and its words separated by '|') as the screen says it. */
final class AnniversaryWords {

    private AnniversaryWords() {
    }

    static String notice(AnniversaryPlan p) {
        if (p.getNoticeKey() == null) {
            return null;
        }
        String[] a = p.getNoticeArgs() == null ? new String[0] : p.getNoticeArgs().split("\\|", -1);
        var f = Messages.formats();
        return switch (p.getNoticeKey()) {
            case "anniversary.stop.repriced" -> Messages.get(p.getNoticeKey(), arg(a, 0),
                    f.won(Long.parseLong(arg(a, 1))), f.won(Long.parseLong(arg(a, 2))));
            case "anniversary.notice.skipped" -> Messages.get(p.getNoticeKey(), arg(a, 0), arg(a, 1),
                    Messages.get("error." + arg(a, 2)));
            default -> Messages.get(p.getNoticeKey(), arg(a, 0));
        };
    }

    private static String arg(String[] a, int i) {
        return i < a.length ? a[i] : "0";
    }
}
