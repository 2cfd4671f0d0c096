package dev.akis.engine.spi;

import dev.akis.commerce.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The canonical text form of typed property values, independent of the conversation's language: amounts as
 * {@code "1249.90 TRY"}, dates as {@code 2024-05-03}, instants as ISO-8601 UTC, numbers as plain decimals,
 * booleans as {@code true}/{@code false}. Conditions and conversation tests compare these forms; placeholders
 * are formatted from them per language when rendered.
 */
public final class PropertyValues {

    private PropertyValues() {
    }

    public static String money(Money money) {
        return money == null ? null : money.amount().toPlainString() + " " + money.currency();
    }

    /** Reads {@code "1249.90 TRY"} (or a bare amount, taken as Turkish lira); null when unreadable. */
    public static Money parseMoney(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        int space = text.lastIndexOf(' ');
        String amount = space < 0 ? text : text.substring(0, space);
        String currency = space < 0 ? "TRY" : text.substring(space + 1);
        try {
            return new Money(new BigDecimal(amount), currency);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static Instant parseInstant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String number(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return written(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** Longest run of zeros a plain number may gain from its exponent before we keep the exponent form. */
    private static final int MAX_PADDING = 64;

    /**
     * The number without an exponent ("1500", "0.25"), as people read it; but a number from a web service such
     * as {@code 1e1000000000} keeps its exponent form, because spelling it out would exhaust memory.
     */
    public static String written(BigDecimal number) {
        int padding = Math.max(-number.scale(), number.scale() - number.precision());
        return padding > MAX_PADDING ? number.toString() : number.toPlainString();
    }

    public static String number(long number) {
        return Long.toString(number);
    }

    /** A decimal from the canonical form, or null. */
    public static BigDecimal parseNumber(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String bool(boolean value) {
        return value ? "true" : "false";
    }
}
