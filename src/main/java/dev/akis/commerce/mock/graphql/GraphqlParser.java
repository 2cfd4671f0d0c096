package dev.akis.commerce.mock.graphql;

import dev.akis.commerce.mock.graphql.GraphqlDocument.EnumValue;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Field;
import dev.akis.commerce.mock.graphql.GraphqlDocument.ListValue;
import dev.akis.commerce.mock.graphql.GraphqlDocument.ObjectValue;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Operation;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Scalar;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Value;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Variable;
import dev.akis.commerce.mock.graphql.GraphqlDocument.VariableDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the executable subset of GraphQL that API clients send: query operations (named or shorthand) with
 * variable definitions, fields with aliases and arguments, nested selection sets, and all literal kinds.
 * Fragments and directives are refused with a clear error rather than ignored.
 */
public final class GraphqlParser {

    private enum Kind { PUNCTUATOR, NAME, INT, FLOAT, STRING, END }

    private record Token(Kind kind, String text, int line, int column) {
    }

    private final String source;
    private int index;
    private int line = 1;
    private int lineStart;
    private Token current;

    private GraphqlParser(String source) {
        this.source = source;
    }

    public static GraphqlDocument parse(String source) throws GraphqlError {
        if (source == null || source.isBlank()) {
            throw new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Unexpected <EOF>.", 1, 1);
        }
        GraphqlParser parser = new GraphqlParser(source);
        parser.advance();
        List<Operation> operations = new ArrayList<>();
        while (parser.current.kind() != Kind.END) {
            operations.add(parser.operation());
        }
        return new GraphqlDocument(operations);
    }

    private Operation operation() throws GraphqlError {
        Token start = current;
        if (isPunctuator("{")) {
            return new Operation("query", null, List.of(), selectionSet(), start.line(), start.column());
        }
        if (current.kind() != Kind.NAME) {
            throw unexpected();
        }
        String type = current.text();
        if (type.equals("fragment")) {
            throw new GraphqlError(GraphqlError.VALIDATION_FAILED,
                    "Fragments are not supported by the mock İkas server; write the fields out.", start.line(), start.column());
        }
        if (!type.equals("query") && !type.equals("mutation") && !type.equals("subscription")) {
            throw unexpected();
        }
        advance();
        String name = null;
        if (current.kind() == Kind.NAME) {
            name = current.text();
            advance();
        }
        List<VariableDefinition> variables = new ArrayList<>();
        if (isPunctuator("(")) {
            advance();
            while (!isPunctuator(")")) {
                expectPunctuator("$");
                String variable = expectName();
                expectPunctuator(":");
                String variableType = type();
                Value defaultValue = null;
                if (isPunctuator("=")) {
                    advance();
                    defaultValue = value(true);
                }
                variables.add(new VariableDefinition(variable, variableType, defaultValue));
            }
            advance();
        }
        rejectDirectives();
        return new Operation(type, name, variables, selectionSet(), start.line(), start.column());
    }

    private String type() throws GraphqlError {
        StringBuilder type = new StringBuilder();
        if (isPunctuator("[")) {
            advance();
            type.append('[').append(type());
            expectPunctuator("]");
            type.append(']');
        } else {
            type.append(expectName());
        }
        if (isPunctuator("!")) {
            advance();
            type.append('!');
        }
        return type.toString();
    }

    private List<Field> selectionSet() throws GraphqlError {
        expectPunctuator("{");
        List<Field> fields = new ArrayList<>();
        while (!isPunctuator("}")) {
            if (isPunctuator("...")) {
                throw new GraphqlError(GraphqlError.VALIDATION_FAILED,
                        "Fragments are not supported by the mock İkas server; write the fields out.",
                        current.line(), current.column());
            }
            fields.add(field());
        }
        if (fields.isEmpty()) {
            throw unexpected();
        }
        advance();
        return fields;
    }

    private Field field() throws GraphqlError {
        Token start = current;
        String alias = null;
        String name = expectName();
        if (isPunctuator(":")) {
            advance();
            alias = name;
            name = expectName();
        }
        Map<String, Value> arguments = new LinkedHashMap<>();
        if (isPunctuator("(")) {
            advance();
            while (!isPunctuator(")")) {
                Token argument = current;
                String argumentName = expectName();
                expectPunctuator(":");
                if (arguments.put(argumentName, value(false)) != null) {
                    throw new GraphqlError(GraphqlError.VALIDATION_FAILED,
                            "There can be only one argument named \"" + argumentName + "\".", argument.line(), argument.column());
                }
            }
            advance();
        }
        rejectDirectives();
        List<Field> selections = isPunctuator("{") ? selectionSet() : List.of();
        return new Field(alias, name, arguments, selections, start.line(), start.column());
    }

    private Value value(boolean constant) throws GraphqlError {
        Token token = current;
        switch (token.kind()) {
            case PUNCTUATOR:
                if (token.text().equals("$") && !constant) {
                    advance();
                    return new Variable(expectName(), token.line(), token.column());
                }
                if (token.text().equals("[")) {
                    advance();
                    List<Value> items = new ArrayList<>();
                    while (!isPunctuator("]")) {
                        items.add(value(constant));
                    }
                    advance();
                    return new ListValue(items);
                }
                if (token.text().equals("{")) {
                    advance();
                    Map<String, Value> fields = new LinkedHashMap<>();
                    while (!isPunctuator("}")) {
                        String name = expectName();
                        expectPunctuator(":");
                        fields.put(name, value(constant));
                    }
                    advance();
                    return new ObjectValue(fields);
                }
                throw unexpected();
            case INT:
            case FLOAT:
                advance();
                return new Scalar(new BigDecimal(token.text()));
            case STRING:
                advance();
                return new Scalar(token.text());
            case NAME:
                advance();
                return switch (token.text()) {
                    case "true" -> new Scalar(Boolean.TRUE);
                    case "false" -> new Scalar(Boolean.FALSE);
                    case "null" -> new Scalar(null);
                    default -> new EnumValue(token.text());
                };
            default:
                throw unexpected();
        }
    }

    private void rejectDirectives() throws GraphqlError {
        if (isPunctuator("@")) {
            throw new GraphqlError(GraphqlError.VALIDATION_FAILED,
                    "Directives are not supported by the mock İkas server.", current.line(), current.column());
        }
    }

    private boolean isPunctuator(String text) {
        return current.kind() == Kind.PUNCTUATOR && current.text().equals(text);
    }

    private void expectPunctuator(String text) throws GraphqlError {
        if (!isPunctuator(text)) {
            throw new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Expected \"" + text + "\", found "
                    + describe(current) + ".", current.line(), current.column());
        }
        advance();
    }

    private String expectName() throws GraphqlError {
        if (current.kind() != Kind.NAME) {
            throw new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Expected Name, found " + describe(current)
                    + ".", current.line(), current.column());
        }
        String name = current.text();
        advance();
        return name;
    }

    private GraphqlError unexpected() {
        return new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Unexpected " + describe(current) + ".",
                current.line(), current.column());
    }

    private static String describe(Token token) {
        return switch (token.kind()) {
            case END -> "<EOF>";
            case STRING -> "String \"" + token.text() + "\"";
            case NAME -> "Name \"" + token.text() + "\"";
            case INT, FLOAT -> "Number \"" + token.text() + "\"";
            case PUNCTUATOR -> "\"" + token.text() + "\"";
        };
    }

    // ------------------------------------------------------------------------------------------------ lexer

    private void advance() throws GraphqlError {
        skipIgnored();
        int column = index - lineStart + 1;
        if (index >= source.length()) {
            current = new Token(Kind.END, "", line, column);
            return;
        }
        char c = source.charAt(index);
        if (source.startsWith("...", index)) {
            index += 3;
            current = new Token(Kind.PUNCTUATOR, "...", line, column);
        } else if ("!$&()[]{}:=@|".indexOf(c) >= 0) {
            index++;
            current = new Token(Kind.PUNCTUATOR, String.valueOf(c), line, column);
        } else if (c == '_' || Character.isLetter(c) && c < 128) {
            int start = index;
            while (index < source.length() && isNameChar(source.charAt(index))) {
                index++;
            }
            current = new Token(Kind.NAME, source.substring(start, index), line, column);
        } else if (c == '-' || c >= '0' && c <= '9') {
            current = number(column);
        } else if (c == '"') {
            current = new Token(Kind.STRING, string(column), line, column);
        } else {
            throw new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Unexpected character \"" + c + "\".",
                    line, column);
        }
    }

    private static boolean isNameChar(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private void skipIgnored() {
        while (index < source.length()) {
            char c = source.charAt(index);
            if (c == '\n') {
                index++;
                line++;
                lineStart = index;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == '\uFEFF') {
                index++;
            } else if (c == '#') {
                while (index < source.length() && source.charAt(index) != '\n') {
                    index++;
                }
            } else {
                return;
            }
        }
    }

    private Token number(int column) throws GraphqlError {
        int start = index;
        boolean isFloat = false;
        if (source.charAt(index) == '-') {
            index++;
        }
        while (index < source.length()) {
            char c = source.charAt(index);
            if (c >= '0' && c <= '9') {
                index++;
            } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && isFloat)) {
                isFloat = true;
                index++;
            } else {
                break;
            }
        }
        String text = source.substring(start, index);
        try {
            new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Invalid number \"" + text + "\".", line, column);
        }
        return new Token(isFloat ? Kind.FLOAT : Kind.INT, text, line, column);
    }

    private String string(int column) throws GraphqlError {
        if (source.startsWith("\"\"\"", index)) {
            int end = source.indexOf("\"\"\"", index + 3);
            if (end < 0) {
                throw new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Unterminated string.", line, column);
            }
            String text = source.substring(index + 3, end);
            for (int i = index; i < end; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            index = end + 3;
            return text.strip();
        }
        StringBuilder out = new StringBuilder();
        index++;
        while (index < source.length()) {
            char c = source.charAt(index++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\n') {
                break;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (index >= source.length()) {
                break;
            }
            char escaped = source.charAt(index++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (index + 4 > source.length()) {
                        throw new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Invalid Unicode escape.", line, column);
                    }
                    try {
                        out.append((char) Integer.parseInt(source.substring(index, index + 4), 16));
                    } catch (NumberFormatException e) {
                        throw new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Invalid Unicode escape.", line, column);
                    }
                    index += 4;
                }
                default -> out.append(escaped);
            }
        }
        throw new GraphqlError(GraphqlError.PARSE_FAILED, "Syntax Error: Unterminated string.", line, column);
    }
}
