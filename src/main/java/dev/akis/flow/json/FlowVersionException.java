package dev.akis.flow.json;

import java.math.BigInteger;

/**
 * A flow written by a newer Akış Studio: reported, never silently rewritten. The version is kept exactly as the
 * file wrote it, however large, so the message shows the number the user can find in the file.
 */
public final class FlowVersionException extends FlowFormatException {

    private static final long serialVersionUID = 1L;

    private final BigInteger foundVersion;
    private final int supportedVersion;

    public FlowVersionException(String source, SourceLocation location, BigInteger foundVersion, int supportedVersion) {
        super(source, location, "format.newerVersion", foundVersion.toString(), supportedVersion);
        this.foundVersion = foundVersion;
        this.supportedVersion = supportedVersion;
    }

    public BigInteger foundVersion() {
        return foundVersion;
    }

    public int supportedVersion() {
        return supportedVersion;
    }
}
