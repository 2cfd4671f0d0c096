package dev.akis.commerce.dataset;

import dev.akis.flow.json.FlowFormatException;
import dev.akis.flow.json.SourceLocation;
import dev.akis.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a dataset: where (JSON pointer and, when read from a file, line and column), which row
 * ("orders[12] (order 1013)"), where inside the row when nested ("packages[1]"), and what, as a message key with
 * arguments so it reads in Turkish or English.
 */
public record DatasetProblem(String pointer, SourceLocation location, RowRef row, String where, String key,
                             List<Object> args) {

    static final Messages TEXTS = Messages.bundle("dev.akis.commerce.dataset.dataset");

    public DatasetProblem {
        location = location == null ? SourceLocation.UNKNOWN : location;
        args = List.copyOf(args);
    }

    /**
     * The row a problem belongs to: section name, 0-based index and how a person recognises it (member id, order
     * number, carrier and tracking number).
     */
    public record RowRef(String section, int index, String identity) {

        public String describe(Locale locale) {
            String key = "row." + section;
            if (identity == null || !TEXTS.has(locale, key)) {
                return section + "[" + index + "]";
            }
            return TEXTS.get(locale, key, index, identity);
        }
    }

    /** The problem alone, without position or row, in the locale's language. */
    public String describe(Locale locale) {
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof FlowFormatException.LocalizedArgument localized) {
                values[i] = localized.text(locale);
            }
        }
        return TEXTS.get(locale, key, values);
    }

    /** "dataset.json:120:9: orders[12] (order 1013): line "l-77" refers to unknown variant "v-999"". */
    public String format(String source, Locale locale) {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source);
            if (location.isKnown()) {
                text.append(':').append(location.line()).append(':').append(location.column());
            }
            text.append(": ");
        } else if (location.isKnown()) {
            text.append(location.line()).append(':').append(location.column()).append(": ");
        }
        if (row != null) {
            text.append(row.describe(locale)).append(": ");
        }
        if (where != null && !where.isEmpty()) {
            text.append(where).append(": ");
        }
        return text.append(describe(locale)).toString();
    }
}
