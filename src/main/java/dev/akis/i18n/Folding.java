package dev.akis.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turkish-aware folding to plain lower-case letters, for comparing and searching texts written with or without
 * Turkish letters and in any case ("YURTİÇİ", "Yurtiçi", "yurtici" all give "yurtici"). The dotted and dotless
 * i's are the reason this exists: a locale-free lower case turns "İ" into "i" plus a combining dot and leaves "ı"
 * alone. Only the letters change; spaces and punctuation are the caller's to treat.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** Lower case without accents: İ, I, ı → i; ş → s, ğ → g, ü → u, ö → o, ç → c; other marks dropped too. */
    public static String plainLower(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            // Most carrier codes, e-mails and ids: no normalisation or regular expression needed.
            return text.toLowerCase(Locale.ROOT);
        }
        String lower = text.replace('İ', 'i').replace('I', 'ı').toLowerCase(Locale.ROOT).replace('ı', 'i');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
