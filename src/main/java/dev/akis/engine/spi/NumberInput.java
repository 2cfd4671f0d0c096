package dev.akis.engine.spi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a number the way the customer writes it. A comma is the decimal sign in Turkish ("12,5"); when both
 * signs appear the last one is the decimal sign ("1.250,50" and "1,250.50" are both 1250.5). A single dot
 * followed by exactly three digits groups thousands in a Turkish conversation ("1.250" = 1250) and is a
 * decimal point otherwise; a single comma followed by three digits groups thousands in an English one.
 */
public final class NumberInput {

    private NumberInput() {
    }

    public static Optional<BigDecimal> parse(String input, String language) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.strip().replace(" ", "").replace("\u00a0", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int commas = count(text, ',');
        int dots = count(text, '.');
        String plain;
        if (commas > 0 && dots > 0) {
            boolean commaDecimal = text.lastIndexOf(',') > text.lastIndexOf('.');
            char decimal = commaDecimal ? ',' : '.';
            char grouping = commaDecimal ? '.' : ',';
            if (count(text, decimal) > 1) {
                return Optional.empty();
            }
            plain = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (commas > 0) {
            plain = single(text, ',', commas, !"tr".equals(language));
        } else if (dots > 0) {
            plain = single(text, '.', dots, "tr".equals(language));
        } else {
            plain = text;
        }
        if (plain == null || !plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    /** One kind of separator: grouping when repeated, or when it is the language's grouping sign before 3 digits. */
    private static String single(String text, char sign, int occurrences, boolean groupingInThisLanguage) {
        if (occurrences > 1) {
            return text.replace(String.valueOf(sign), "");
        }
        int at = text.indexOf(sign);
        boolean threeDigitsAfter = text.length() - at - 1 == 3 && at > 0;
        if (groupingInThisLanguage && threeDigitsAfter) {
            return text.replace(String.valueOf(sign), "");
        }
        return text.replace(sign, '.');
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
