package dev.akis.studio;

/**
 * The studio's window could not be opened because the graphical toolkit did not start: no display (a server, an
 * ssh session, a container) or no GTK. The command line works all the same.
 */
public final class StudioUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public StudioUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    /** The toolkit's own words ("Unable to open DISPLAY"), shown after the translated explanation. */
    public String reason() {
        return reason;
    }
}
