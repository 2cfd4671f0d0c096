package dev.akis.commerce.carriers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds carrier texts for comparison: Turkish letters to ASCII, lower case, single spaces. Carriers write the
 * same words with and without Turkish letters ("Dağıtımda" / "Dagitimda") and in any case.
 */
final class TextFold {

    private TextFold() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return foldAscii(text);
        }
        String lower = text.replace('İ', 'i').replace('I', 'ı').toLowerCase(Locale.ROOT)
                .replace('ı', 'i').replace('ğ', 'g').replace('ü', 'u').replace('ş', 's').replace('ö', 'o').replace('ç', 'c');
        String ascii = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(ascii).replaceAll(" ").trim();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The same result for plain ASCII (most carrier codes and texts), without normalizing or regular expressions. */
    private static String foldAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString().trim();
    }
}
