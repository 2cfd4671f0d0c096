package dev.akis.commerce.mock.graphql;

/**
 * A GraphQL request the mock refuses, with the code İkas puts in {@code errors[].extensions.code}
 * (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, ARGUMENT_VALIDATION_ERROR...) and the position in the
 * document when known.
 */
public class GraphqlError extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String ARGUMENT_VALIDATION = "ARGUMENT_VALIDATION_ERROR";

    private final String code;
    private final int line;
    private final int column;

    public GraphqlError(String code, String message, int line, int column) {
        super(message, null, false, false);
        this.code = code;
        this.line = line;
        this.column = column;
    }

    public GraphqlError(String code, String message) {
        this(code, message, 0, 0);
    }

    public String code() {
        return code;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
