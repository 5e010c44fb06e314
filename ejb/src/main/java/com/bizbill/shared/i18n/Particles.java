package com.bizbill.shared.i18n;

/**
 * Issue 17 §3: the Korean particle that fits the word before it ("청구서를", "쿠폰을", "#49를", "3건이"):
 * the choice depends on whether the word's last syllable, as read aloud, ends in a consonant (받침).
 * Digits are read as Sino-Korean numbers (1 일, 2 이, 10 십, 100 백, 1,000 천, 10,000 만); Latin letters
 * by their Korean names (L 엘, M 엠, N 엔, R 알 end in a consonant).
 */
public final class Particles {

    private Particles() {
    }

    /** 을/를 */
    public static String object(String word) {
        return word + (finalConsonant(word) ? "을" : "를");
    }

    /** 이/가 */
    public static String subject(String word) {
        return word + (finalConsonant(word) ? "이" : "가");
    }

    /** 은/는 */
    public static String topic(String word) {
        return word + (finalConsonant(word) ? "은" : "는");
    }

    /** 과/와 */
    public static String and(String word) {
        return word + (finalConsonant(word) ? "과" : "와");
    }

    /** 으로/로 (a word ending in ㄹ takes 로) */
    public static String toward(String word) {
        Ending e = ending(word);
        return word + (e == Ending.CONSONANT ? "으로" : "로");
    }

    static boolean finalConsonant(String word) {
        Ending e = ending(word);
        return e == Ending.CONSONANT || e == Ending.RIEUL;
    }

    private enum Ending { VOWEL, CONSONANT, RIEUL }

    private static Ending ending(String word) {
        if (word == null) {
            return Ending.VOWEL;
        }
        String w = word.strip();
        // ignore closing punctuation: "(주)데모상사)" reads to its last word
        int i = w.length() - 1;
        while (i >= 0 && ")]}\"'”’. ".indexOf(w.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return Ending.VOWEL;
        }
        char c = w.charAt(i);
        if (c >= '가' && c <= '힣') {
            int jong = (c - '가') % 28;
            return jong == 0 ? Ending.VOWEL : jong == 8 ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (Character.isDigit(c)) {
            return number(w.substring(0, i + 1));
        }
        switch (Character.toUpperCase(c)) {
            case 'L', 'R':
                return Ending.RIEUL;
            case 'M', 'N':
                return Ending.CONSONANT;
            default:
                return Ending.VOWEL;
        }
    }

    /** A number read in Korean ends with its last non-zero place: …1 일, …10 십, …100 백, …1000 천, …0000 만. */
    private static Ending number(String w) {
        int zeros = 0;
        for (int j = w.length() - 1; j >= 0 && (Character.isDigit(w.charAt(j)) || w.charAt(j) == ','); j--) {
            char d = w.charAt(j);
            if (d == ',') {
                continue;
            }
            if (d != '0') {
                if (zeros == 0) {
                    // 0 영 1 일 2 이 3 삼 4 사 5 오 6 육 7 칠 8 팔 9 구
                    return switch (d) {
                        case '1', '7', '8' -> Ending.RIEUL;
                        case '3', '6' -> Ending.CONSONANT;
                        default -> Ending.VOWEL;
                    };
                }
                break;
            }
            zeros++;
        }
        // a lone 0 (영), or a round number ending in 십, 백, 천, 만 or 억: all end in a consonant
        return Ending.CONSONANT;
    }
}
