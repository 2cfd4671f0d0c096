package dev.akis.commerce.carriers;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds carrier texts for comparison: Turkish letters to ASCII, lower case, single spaces. Carriers write the
 * same words with and without Turkish letters ("Dağıtımda" / "Dagitimda") and in any case.
 */
final class TextFold {

    private TextFold() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.replace('İ', 'i').replace('I', 'ı').toLowerCase(Locale.ROOT)
                .replace('ı', 'i').replace('ğ', 'g').replace('ü', 'u').replace('ş', 's').replace('ö', 'o').replace('ç', 'c');
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("\\s+", " ").trim();
    }
}
