package dev.akis.commerce.carriers;

import dev.akis.i18n.Folding;

/**
 * Folds carrier texts for comparison: Turkish letters to ASCII, lower case, single spaces. Carriers write the
 * same words with and without Turkish letters ("Dağıtımda" / "Dagitimda") and in any case.
 */
final class TextFold {

    private TextFold() {
    }

    /** Folded by {@link Folding#plainLower}, runs of white space made one space, none at either end. */
    static String fold(String text) {
        String plain = Folding.plainLower(text);
        StringBuilder out = new StringBuilder(plain.length());
        boolean space = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
