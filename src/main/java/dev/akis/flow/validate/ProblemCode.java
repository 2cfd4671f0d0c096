package dev.akis.flow.validate;

/**
 * The linter's stable problem codes. The id (kebab-case) is printed by {@code validate}, documented in
 * docs/flow-format.md and never reused for another meaning. Messages: {@code problem.<id>} in
 * {@code dev/akis/flow/validate/problems_{tr,en}.properties}.
 */
public enum ProblemCode {
    DUPLICATE_ID("duplicate-id", Severity.ERROR),
    INVALID_ID("invalid-id", Severity.ERROR),
    NO_ENTRY_POINT("no-entry-point", Severity.ERROR),
    UNKNOWN_ENTRY_KIND("unknown-entry-kind", Severity.WARNING),
    ENTRY_TARGET_MISSING("entry-target-missing", Severity.ERROR),
    DANGLING_CONNECTION("dangling-connection", Severity.ERROR),
    UNKNOWN_PORT("unknown-port", Severity.ERROR),
    DUPLICATE_CONNECTION("duplicate-connection", Severity.ERROR),
    REQUIRED_PORT_UNCONNECTED("required-port-unconnected", Severity.ERROR),
    RECOMMENDED_PORT_UNCONNECTED("recommended-port-unconnected", Severity.WARNING),
    UNREACHABLE_BLOCK("unreachable-block", Severity.WARNING),
    MISSING_REQUIRED_FIELD("missing-required-field", Severity.ERROR),
    INVALID_FIELD_VALUE("invalid-field-value", Severity.ERROR),
    ITEM_COUNT_OUT_OF_RANGE("item-count-out-of-range", Severity.ERROR),
    UNKNOWN_PLACEHOLDER("unknown-placeholder", Severity.WARNING),
    MALFORMED_PLACEHOLDER("malformed-placeholder", Severity.WARNING),
    LOOP_WITHOUT_WAIT("loop-without-wait", Severity.ERROR),
    PATH_TOO_LONG_WITHOUT_WAIT("path-too-long-without-wait", Severity.WARNING),
    WHATSAPP_TOO_MANY_BUTTONS("whatsapp-too-many-buttons", Severity.ERROR),
    WHATSAPP_BUTTON_TITLE_TOO_LONG("whatsapp-button-title-too-long", Severity.ERROR),
    WHATSAPP_TOO_MANY_LIST_ROWS("whatsapp-too-many-list-rows", Severity.ERROR),
    WHATSAPP_LIST_ROW_TITLE_TOO_LONG("whatsapp-list-row-title-too-long", Severity.ERROR),
    WHATSAPP_TEXT_TOO_LONG("whatsapp-text-too-long", Severity.ERROR),
    WHATSAPP_INTERACTIVE_TEXT_TOO_LONG("whatsapp-interactive-text-too-long", Severity.ERROR),
    WHATSAPP_LIST_ROW_DESCRIPTION_TOO_LONG("whatsapp-list-row-description-too-long", Severity.ERROR),
    MISSING_TRANSLATION("missing-translation", Severity.WARNING),
    UNKNOWN_BLOCK_TYPE("unknown-block-type", Severity.WARNING),
    DUPLICATE_PROPERTY("duplicate-property", Severity.WARNING),
    CONFLICTING_PROPERTY_TYPE("conflicting-property-type", Severity.ERROR),
    INVALID_PROPERTY_NAME("invalid-property-name", Severity.ERROR),
    UNKNOWN_PROPERTY_TYPE("unknown-property-type", Severity.WARNING),
    PROPERTY_TYPE_MISMATCH("property-type-mismatch", Severity.ERROR);

    private final String id;
    private final Severity severity;

    ProblemCode(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }
}
