package dev.akis.blocks;

/**
 * The kinds of setting a block can have. Each kind has one JSON shape in the flow file (see
 * docs/flow-format.md) and one editor in the studio's inspector.
 */
public enum FieldType {
    /** Customer-visible text per language: {@code {"tr": "...", "en": "..."}}; may hold placeholders. */
    LOCALIZED_TEXT,
    /** One string, not translated (a URL, a team name, a template value); may hold placeholders. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** true or false. */
    BOOLEAN,
    /** One of {@link FieldSpec#options()}. */
    ENUM,
    /** An ISO-8601 duration such as "PT2H" or "P1D". */
    DURATION,
    /** A property name such as "contact.email". */
    PROPERTY,
    /** The id of another block in the same flow. */
    BLOCK_REF,
    /** Answer options: {@code [{"id", "title": {lang: text}, "description": {lang: text}}]}. */
    CHOICES,
    /**
     * Condition branches: {@code [{"id", "label": {lang: text}, "match": "all"|"any",
     * "rules": [{"property", "operator", "value"}]}]}.
     */
    BRANCHES,
    /** Property assignments: {@code [{"property", "value"}]}; the value may hold placeholders. */
    ASSIGNMENTS,
    /** Name/value pairs such as HTTP headers: {@code [{"name", "value"}]}. */
    KEY_VALUES,
    /** Values picked from a JSON reply: {@code [{"path": "/data/id", "property": "order.externalId"}]}. */
    RESPONSE_MAPPINGS,
    /** Product ids from the shop: {@code ["prd-hoodie", ...]}. */
    PRODUCT_IDS
}
