package dev.akis.flow.validate;

/**
 * Makes a text safe to print inside one line of a report: control characters, line and paragraph separators and
 * bidirectional overrides are written as escapes (a line break as a backslash and {@code n}, U+2028 as a
 * backslash and {@code u2028}), so an id or a message can never start a line of its own or disguise what
 * follows. Everything else, Turkish letters and emoji included, is kept.
 */
public final class OneLine {

    private OneLine() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escapeOf(c);
            if (escaped == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            out.append(escaped);
        }
        return out == null ? text : out.toString();
    }

    private static String escapeOf(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(c);
        boolean unsafe = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        return unsafe ? String.format("\\u%04x", (int) c) : null;
    }
}
