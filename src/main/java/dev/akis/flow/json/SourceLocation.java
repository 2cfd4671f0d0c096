package dev.akis.flow.json;

/** A 1-based line and column in a text file. */
public record SourceLocation(int line, int column) {

    public static final SourceLocation UNKNOWN = new SourceLocation(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
