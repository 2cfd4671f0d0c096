package dev.akis.engine;

/** A property whose value a turn changed: before and after (null when it had or has no value). */
public record PropertyChange(String name, String before, String after) {

    public boolean added() {
        return before == null && after != null;
    }

    public boolean removed() {
        return before != null && after == null;
    }
}
