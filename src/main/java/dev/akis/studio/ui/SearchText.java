package dev.akis.studio.ui;

import dev.akis.i18n.Folding;

/** Folds text for forgiving search: case, Turkish dotted and dotless i, and accents ("siparis" finds "Sipariş"). */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        return Folding.plainLower(text);
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
