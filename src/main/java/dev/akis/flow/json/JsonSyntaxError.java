package dev.akis.flow.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax mistake told in plain words, in Turkish or English: where it is and what is wrong ("the file
 * ends before the list opened at line 1, column 32 is closed"), instead of the parser's own message with its
 * internal names and a copy of the input. Every reader of JSON text (flow files, clipboard fragments, dataset
 * files, stored conversation states) reports syntax mistakes through this one class.
 *
 * @param location where the parser stopped (for a file that ends too early: its end)
 * @param key      message key in {@code dev/akis/flow/json/format_*.properties}
 * @param args     the message's arguments
 */
public record JsonSyntaxError(SourceLocation location, String key, List<Object> args)
        implements FlowFormatException.LocalizedArgument {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('.*?' \\(code (\\d+)\\)\\)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern CODE = Pattern.compile("code (\\d+)");
    /** Jackson's words for a reading limit: "Name length (60000) exceeds the maximum allowed (50000, ...)". */
    private static final Pattern LIMIT = Pattern.compile("^(.+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    /** Which limit, by the words Jackson starts its message with, and the text that explains it. */
    private static final Map<String, String> LIMITS = Map.of(
            "Document nesting depth", "json.tooDeep",
            "String value length", "json.textTooLong",
            "Name length", "json.nameTooLong",
            "Number value length", "json.numberTooLong",
            "Document length", "json.fileTooLong",
            "Token count", "json.tooManyValues");

    public JsonSyntaxError {
        location = location == null ? SourceLocation.UNKNOWN : location;
        args = List.copyOf(args);
    }

    /** The mistake alone, without position, in the locale's language. */
    public String describe(Locale locale) {
        return FlowFormatException.TEXTS.get(locale, key, args.toArray());
    }

    @Override
    public String text(Locale locale) {
        return describe(locale);
    }

    /** Reads what the parser reported (its exception type, message and where it was) into a plain sentence. */
    public static JsonSyntaxError of(JsonProcessingException e) {
        SourceLocation at = LocatedJson.location(e.getLocation());
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(at, message);
        }
        JsonStreamContext context = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
        // Jackson also reports an end after a comma ("within/between Object entries") as a plain parse error.
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            JsonToken decoding = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
            if (decoding == JsonToken.VALUE_STRING || message.contains("closing quote")) {
                return new JsonSyntaxError(at, "json.endInText", List.of());
            }
            if (context != null && (context.inArray() || context.inObject())) {
                SourceLocation opened = LocatedJson.location(context.startLocation(ContentReference.unknown()));
                return new JsonSyntaxError(at, context.inArray() ? "json.endInList" : "json.endInObject",
                        List.of(opened.line(), opened.column()));
            }
            return new JsonSyntaxError(at, "json.end", List.of());
        }
        Matcher close = CLOSE_MARKER.matcher(message);
        if (close.find()) {
            if (context != null && (context.inArray() || context.inObject())) {
                SourceLocation opened = LocatedJson.location(context.startLocation(ContentReference.unknown()));
                return new JsonSyntaxError(at, context.inArray() ? "json.wrongCloseList" : "json.wrongCloseObject",
                        List.of(close.group(1), opened.line(), opened.column()));
            }
            return new JsonSyntaxError(at, "json.extraClose", List.of(close.group(1)));
        }
        Matcher character = CHARACTER.matcher(message);
        if (character.find()) {
            return unexpected(at, Integer.parseInt(character.group(1)), message, context);
        }
        if (message.startsWith("Unrecognized token") || message.startsWith("Non-standard token")) {
            return new JsonSyntaxError(at, "json.unknownWord", List.of(quoted(message)));
        }
        if (message.startsWith("Illegal unquoted character")) {
            int code = code(message);
            return code == '\n' || code == '\r' ? new JsonSyntaxError(at, "json.lineBreakInText", List.of())
                    : new JsonSyntaxError(at, "json.controlInText", List.of(code));
        }
        if (message.startsWith("Duplicate field")) {
            return new JsonSyntaxError(at, "json.duplicate", List.of(quoted(message)));
        }
        if (message.contains("Leading zeroes not allowed")) {
            return new JsonSyntaxError(at, "json.leadingZero", List.of());
        }
        if (message.startsWith("Unrecognized character escape")) {
            return new JsonSyntaxError(at, "json.badEscape", List.of(quoted(message)));
        }
        return new JsonSyntaxError(at, "json.other", List.of(plain(message)));
    }

    /**
     * A reading limit ({@link dev.akis.flow.Json#MAX_NESTING_DEPTH} and its siblings) that the text goes past.
     * Jackson reports these without a position, so it is taken from the parser and the text: the list or object
     * that opens one level too many, or the start of the text, name or number that is too long.
     */
    public static JsonSyntaxError ofLimit(StreamConstraintsException e, JsonParser parser, CharSequence text) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return limit(limitLocation(message, parser, text), message);
    }

    private static JsonSyntaxError limit(SourceLocation at, String message) {
        Matcher limit = LIMIT.matcher(message);
        String key = limit.find() ? LIMITS.get(limit.group(1)) : null;
        if (key == null) {
            return new JsonSyntaxError(at, "json.other", List.of(plain(message)));
        }
        return new JsonSyntaxError(at, key, List.of(Long.parseLong(limit.group(2)), Long.parseLong(limit.group(3))));
    }

    private static SourceLocation limitLocation(String message, JsonParser parser, CharSequence text) {
        JsonLocation here = parser.currentLocation();
        // For nesting, the parser's current token is the bracket that opens one level too many; for a text, the
        // text itself (its characters are read only after the token is returned). A name or a number is measured
        // once read to its end, so its start is found by going back over it.
        if (message.startsWith("Document nesting depth") || message.startsWith("String value length")) {
            return LocatedJson.location(parser.currentTokenLocation());
        }
        long end = here.getCharOffset();
        if (end < 0 || end > text.length() || here.getLineNr() <= 0) {
            return LocatedJson.location(here);
        }
        int start = (int) end;
        if (message.startsWith("Number value length")) {
            while (start > 0 && "+-.0123456789eE".indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
        } else if (message.startsWith("Name length") && start > 0 && text.charAt(start - 1) == '"') {
            start = openingQuote(text, start - 1);
        }
        // Names and numbers never span lines, so the start is on the same line, this many columns back.
        int column = here.getColumnNr() - (int) (end - start);
        return column >= 1 ? new SourceLocation(here.getLineNr(), column) : LocatedJson.location(here);
    }

    /** The quote that opens the string whose closing quote is at {@code closing}: the nearest unescaped one. */
    private static int openingQuote(CharSequence text, int closing) {
        for (int i = closing - 1; i >= 0; i--) {
            if (text.charAt(i) == '"') {
                int backslashes = 0;
                while (i - 1 - backslashes >= 0 && text.charAt(i - 1 - backslashes) == '\\') {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    return i;
                }
            }
        }
        return closing;
    }

    private static JsonSyntaxError unexpected(SourceLocation at, int code, String message, JsonStreamContext context) {
        String found = code < 32 ? "\\u" + String.format(Locale.ROOT, "%04x", code) : String.valueOf((char) code);
        if (message.contains("comment")) {
            return new JsonSyntaxError(at, "json.comment", List.of());
        }
        if (message.contains("comma to separate")) {
            return new JsonSyntaxError(at, "json.missingComma", List.of());
        }
        if (message.contains("colon to separate")) {
            String name = context == null || context.getCurrentName() == null ? found : context.getCurrentName();
            return new JsonSyntaxError(at, "json.missingColon", List.of(name));
        }
        if (code == ',' && (message.contains("double-quote to start field name") || message.contains("expected a"))) {
            return new JsonSyntaxError(at, "json.extraComma", List.of());
        }
        if (message.contains("double-quote to start field name")) {
            if (code == '}') {
                return new JsonSyntaxError(at, "json.trailingComma", List.of(found));
            }
            return code == '\'' ? new JsonSyntaxError(at, "json.singleQuotes", List.of())
                    : new JsonSyntaxError(at, "json.unquotedName", List.of(found));
        }
        if (message.contains("expected a valid value") || message.contains("expected a value")) {
            if (code == ']') {
                return new JsonSyntaxError(at, "json.trailingComma", List.of(found));
            }
            if (code == '\'') {
                return new JsonSyntaxError(at, "json.singleQuotes", List.of());
            }
            return new JsonSyntaxError(at, "json.missingValue", List.of(found));
        }
        return new JsonSyntaxError(at, "json.unexpected", List.of(found));
    }

    private static String quoted(String message) {
        Matcher quoted = QUOTED.matcher(message);
        return quoted.find() ? quoted.group(1) : plain(message);
    }

    private static int code(String message) {
        Matcher code = CODE.matcher(message);
        return code.find() ? Integer.parseInt(code.group(1)) : -1;
    }

    /** The parser's message without its input excerpt and location notes (a last resort for rare mistakes). */
    private static String plain(String message) {
        String text = message;
        for (String cut : List.of(" (start marker", " (for ", " at [Source", "\n", " [Source")) {
            int at = text.indexOf(cut);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        return text.strip();
    }
}
