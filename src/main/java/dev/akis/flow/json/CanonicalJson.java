package dev.akis.flow.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.flow.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one way Akış writes JSON: two-space indentation, {@code "key": value}, one array element per line,
 * {@code []} and {@code {}} for empty containers, UTF-8 text unescaped (but control characters and surrogates
 * without their partner as backslash-u escapes), LF line ends and a final newline.
 * Object keys are written in the order of the tree; {@link #sorted(JsonNode)} gives the sorted order used for
 * open-ended maps such as block configuration.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(JsonNode root) {
        StringBuilder out = new StringBuilder(4096);
        write(root, out, 0);
        out.append('\n');
        return out.toString();
    }

    /** A deep copy whose object keys are in code-point order at every level; arrays keep their order. */
    public static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode copy = Json.object();
            for (String name : names) {
                copy.set(name, sorted(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = Json.NODES.arrayNode(node.size());
            for (JsonNode element : node) {
                copy.add(sorted(element));
            }
            return copy;
        }
        return node;
    }

    private static void write(JsonNode node, StringBuilder out, int depth) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                indent(out, depth + 1);
                string(field.getKey(), out);
                out.append(": ");
                write(field.getValue(), out, depth + 1);
                if (fields.hasNext()) {
                    out.append(',');
                }
                out.append('\n');
            }
            indent(out, depth);
            out.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                indent(out, depth + 1);
                write(node.get(i), out, depth + 1);
                if (i < node.size() - 1) {
                    out.append(',');
                }
                out.append('\n');
            }
            indent(out, depth);
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isBigDecimal()) {
            out.append(plain(node.decimalValue()));
        } else if (node.isFloatingPointNumber()) {
            out.append(plain(BigDecimal.valueOf(node.doubleValue())));
        } else {
            out.append(node.toString());
        }
    }

    /**
     * Decimal text without exponent; integral decimals keep their written scale ("1.50" stays "1.50"). A number
     * whose plain text would be longer than {@link #MAX_PLAIN_NUMBER_LENGTH} keeps its exponent instead: written
     * out, {@code 1e1000000000} would take a billion characters and exhaust memory. {@link FlowReader} refuses
     * such numbers in files, so this only guards values built in memory.
     */
    private static String plain(BigDecimal value) {
        return fitsPlain(value) ? value.toPlainString() : value.toString();
    }

    /** The most characters a number may take when written without exponent; Jackson reads at most as many. */
    public static final int MAX_PLAIN_NUMBER_LENGTH = 1000;

    /** True when {@code value} written without exponent takes at most {@link #MAX_PLAIN_NUMBER_LENGTH} characters. */
    public static boolean fitsPlain(BigDecimal value) {
        return plainLength(value) <= MAX_PLAIN_NUMBER_LENGTH;
    }

    /** The length of {@link BigDecimal#toPlainString()}, computed without building the text. */
    static long plainLength(BigDecimal value) {
        long digits = value.precision();
        long scale = value.scale();
        long sign = value.signum() < 0 ? 1 : 0;
        if (scale <= 0) {
            return value.signum() == 0 ? 1 : sign + digits - scale;
        }
        if (scale < digits) {
            return sign + digits + 1;
        }
        return sign + 2 + scale;
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                        // A surrogate without its partner has no UTF-8 form: written raw it would become "?" on
                        // disk, so it is kept as the escape it was read from.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
