package dev.akis.commerce;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as customers type them ("0532 123 45 67", "532-123-4567", "+90 532 123 45 67") turned into the
 * E.164 form the shop stores ("+905321234567"). Numbers without a country code are read as Turkish.
 */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private PhoneNumbers() {
    }

    public static boolean isE164(String phone) {
        return phone != null && E164.matcher(phone).matches();
    }

    /** The E.164 form, or empty when the text cannot be a phone number. */
    public static Optional<String> toE164(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        boolean international = trimmed.startsWith("+") || trimmed.startsWith("00");
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && !(c == '+' && i == 0)) {
                return Optional.empty();
            }
        }
        String number = digits.toString();
        String candidate;
        if (international) {
            candidate = "+" + (number.startsWith("00") ? number.substring(2) : number);
        } else if (number.length() == 12 && number.startsWith("90")) {
            candidate = "+" + number;
        } else if (number.length() == 11 && number.startsWith("0")) {
            candidate = "+90" + number.substring(1);
        } else if (number.length() == 10) {
            candidate = "+90" + number;
        } else {
            return Optional.empty();
        }
        return isE164(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
