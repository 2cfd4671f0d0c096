package dev.akis.studio.ui;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for forgiving search: case, Turkish dotted and dotless i, and accents ("siparis" finds "Sipariş"). */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String mapped = text.replace('İ', 'i').replace('I', 'i').replace('ı', 'i');
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** True when every word of the query occurs in the folded text. */
    public static boolean matches(String foldedText, String query) {
        for (String word : fold(query).trim().split("\\s+")) {
            if (!word.isEmpty() && !foldedText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
