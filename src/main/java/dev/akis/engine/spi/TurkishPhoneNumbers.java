package dev.akis.engine.spi;

import java.util.Optional;

/**
 * Reads a Turkish mobile number however the customer writes it ("0532 123 45 67", "532-123-4567",
 * "+90 532 1234567", "905321234567", "(0532) 123 45 67") and gives it in E.164 ("+905321234567"), the form
 * İkas and WhatsApp use. Landlines (area codes 2xx-4xx), short numbers and foreign numbers are refused.
 */
public final class TurkishPhoneNumbers {

    private TurkishPhoneNumbers() {
    }

    public static Optional<String> normalizeMobile(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.strip();
        boolean plus = text.startsWith("+");
        StringBuilder digits = new StringBuilder(16);
        for (int i = plus ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u00a0') {
                continue;
            } else {
                return Optional.empty();
            }
        }
        String national = national(digits.toString(), plus);
        if (national == null || national.length() != 10 || national.charAt(0) != '5') {
            return Optional.empty();
        }
        return Optional.of("+90" + national);
    }

    /** The ten national digits, or null when the number is not Turkish or has the wrong length. */
    private static String national(String digits, boolean plus) {
        if (plus) {
            return digits.startsWith("90") ? digits.substring(2) : null;
        }
        if (digits.startsWith("0090")) {
            return digits.substring(4);
        }
        if (digits.length() == 12 && digits.startsWith("90")) {
            return digits.substring(2);
        }
        if (digits.length() == 11 && digits.startsWith("0")) {
            return digits.substring(1);
        }
        return digits.length() == 10 ? digits : null;
    }
}
