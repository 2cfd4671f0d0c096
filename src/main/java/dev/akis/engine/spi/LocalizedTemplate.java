package dev.akis.engine.spi;

import dev.akis.flow.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer text in several languages, each prepared as a {@link Template}. Resolution follows
 * {@link LocalizedText#resolve}: the conversation's language, else the flow's default language, else any text
 * that is not blank, so a customer never gets an empty bubble because a translation is missing.
 */
public final class LocalizedTemplate {

    public static final LocalizedTemplate EMPTY = new LocalizedTemplate(Map.of());

    private final Map<String, Template> byLanguage;

    private LocalizedTemplate(Map<String, Template> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static LocalizedTemplate of(LocalizedText text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        Map<String, Template> templates = new LinkedHashMap<>();
        text.asMap().forEach((language, value) -> {
            if (!value.isBlank()) {
                templates.put(language, Template.parse(value));
            }
        });
        return new LocalizedTemplate(java.util.Collections.unmodifiableMap(templates));
    }

    /** The best template for a reader of {@code language}; {@link Template#EMPTY} when none is written. */
    public Template resolve(String language, String fallbackLanguage) {
        Template template = byLanguage.get(language);
        if (template != null) {
            return template;
        }
        if (fallbackLanguage != null) {
            template = byLanguage.get(fallbackLanguage);
            if (template != null) {
                return template;
            }
        }
        for (Template any : byLanguage.values()) {
            return any;
        }
        return Template.EMPTY;
    }

    public boolean isBlank() {
        return byLanguage.isEmpty();
    }

    /** Every written language's text (for matching a typed answer against any language's title). */
    public Iterable<Template> all() {
        return byLanguage.values();
    }
}
