package dev.akis.flow.validate;

/** How serious a problem is: errors stop a flow from being exported or run; warnings are advice. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    /** "error" or "warning", as printed by the command line. */
    public String id() {
        return id;
    }
}
