package dev.akis.flow.json;

/** A flow written by a newer Akış Studio: reported, never silently rewritten. */
public final class FlowVersionException extends FlowFormatException {

    private static final long serialVersionUID = 1L;

    private final int foundVersion;
    private final int supportedVersion;

    public FlowVersionException(String source, SourceLocation location, int foundVersion, int supportedVersion) {
        super(source, location, "format.newerVersion", foundVersion, supportedVersion);
        this.foundVersion = foundVersion;
        this.supportedVersion = supportedVersion;
    }

    public int foundVersion() {
        return foundVersion;
    }

    public int supportedVersion() {
        return supportedVersion;
    }
}
