package dev.akis.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A customer- or merchant-visible text written in several languages, keyed by language code ("tr", "en").
 * Immutable; every change returns a new instance.
 */
public final class LocalizedText {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    private final Map<String, String> byLanguage;

    private LocalizedText(Map<String, String> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static LocalizedText of(Map<String, String> byLanguage) {
        if (byLanguage.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> copy = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> copy.put(Objects.requireNonNull(language), Objects.requireNonNull(text)));
        return new LocalizedText(Collections.unmodifiableMap(copy));
    }

    public static LocalizedText of(String language, String text) {
        return EMPTY.with(language, text);
    }

    public static LocalizedText of(String language1, String text1, String language2, String text2) {
        return EMPTY.with(language1, text1).with(language2, text2);
    }

    /** The text in exactly this language, or null when it has not been written. */
    public String get(String language) {
        return byLanguage.get(language);
    }

    /**
     * The best text for a reader of {@code language}: that language, else the fallback language, else any
     * non-blank text, else "". Never null, so a missing translation never shows as "null".
     */
    public String resolve(String language, String fallbackLanguage) {
        String text = byLanguage.get(language);
        if (text != null && !text.isBlank()) {
            return text;
        }
        text = fallbackLanguage == null ? null : byLanguage.get(fallbackLanguage);
        if (text != null && !text.isBlank()) {
            return text;
        }
        for (String any : byLanguage.values()) {
            if (!any.isBlank()) {
                return any;
            }
        }
        return "";
    }

    public LocalizedText with(String language, String text) {
        Map<String, String> copy = new LinkedHashMap<>(byLanguage);
        if (text == null) {
            copy.remove(language);
        } else {
            copy.put(language, text);
        }
        return copy.isEmpty() ? EMPTY : new LocalizedText(Collections.unmodifiableMap(copy));
    }

    public boolean has(String language) {
        String text = byLanguage.get(language);
        return text != null && !text.isBlank();
    }

    public boolean isBlank() {
        return byLanguage.values().stream().allMatch(String::isBlank);
    }

    /** Unmodifiable view, in the order the languages were written. */
    public Map<String, String> asMap() {
        return byLanguage;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && byLanguage.equals(that.byLanguage);
    }

    @Override
    public int hashCode() {
        return byLanguage.hashCode();
    }

    @Override
    public String toString() {
        return byLanguage.toString();
    }
}
