package dev.akis.commerce.carriers;

import java.util.Map;

/**
 * What a carrier said about a parcel at one moment, in its own words: its status code (blank when the carrier's
 * answer has none for this moment), its text, and the extra fields the mapping may look at (reason codes,
 * return flags...). This is the input of a {@link StatusTable}.
 */
public record RawStatus(String code, String text, Map<String, String> attributes) {

    public RawStatus {
        code = code == null ? "" : code.trim();
        text = text == null ? "" : text.trim();
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static RawStatus of(String code, String text) {
        return new RawStatus(code, text, Map.of());
    }

    public static RawStatus of(String code, String text, Map<String, String> attributes) {
        return new RawStatus(code, text, attributes);
    }

    /** The attribute's value trimmed, or "" when absent. */
    public String attribute(String name) {
        String value = attributes.get(name);
        return value == null ? "" : value.trim();
    }

    public boolean hasCode() {
        return !code.isEmpty();
    }
}
