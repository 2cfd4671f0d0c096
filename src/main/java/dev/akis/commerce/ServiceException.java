package dev.akis.commerce;

/**
 * A shop or carrier call that failed. {@link Kind} tells the engine and the simulator what went wrong in
 * terms a merchant understands; the message carries the technical detail.
 */
public class ServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, independent of the service. */
    public enum Kind {
        /** No answer in time. */
        TIMEOUT,
        /** HTTP 429: too many requests, even after retries. */
        RATE_LIMITED,
        /** HTTP 5xx, even after retries. */
        SERVER_ERROR,
        /** Credentials refused or token expired and not renewable (İkas LOGIN_REQUIRED, UNAUTHORIZED). */
        AUTHENTICATION,
        /** The service does not know the thing asked for (e.g. an unknown tracking number). */
        NOT_FOUND,
        /** The answer could not be understood. */
        BAD_RESPONSE,
        /** Could not connect at all. */
        UNREACHABLE
    }

    private final String service;
    private final Kind kind;

    public ServiceException(String service, Kind kind, String message) {
        super(message);
        this.service = service;
        this.kind = kind;
    }

    public ServiceException(String service, Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
        this.kind = kind;
    }

    /** "ikas", "carrier:yurtici", ... */
    public String service() {
        return service;
    }

    public Kind kind() {
        return kind;
    }
}
