package dev.akis.engine.message;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with a button that opens a list of rows in sections (WhatsApp: at most 10 rows in all, row titles of
 * at most 24 characters).
 */
public record ListMessage(String text, String buttonTitle, List<Section> sections) implements OutgoingMessage {

    public ListMessage {
        text = text == null ? "" : text;
        buttonTitle = buttonTitle == null ? "" : buttonTitle;
        sections = List.copyOf(sections);
    }

    /** A list with one untitled section. */
    public static ListMessage of(String text, String buttonTitle, List<Row> rows) {
        return new ListMessage(text, buttonTitle, List.of(new Section("", rows)));
    }

    /** Every row of every section, in display order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Section section : sections) {
            rows.addAll(section.rows());
        }
        return rows;
    }

    @Override
    public List<ChoiceOption> options() {
        List<ChoiceOption> options = new ArrayList<>();
        for (Row row : rows()) {
            options.add(new ChoiceOption(row.id(), row.title()));
        }
        return options;
    }

    @Override
    public String readableText() {
        StringBuilder out = new StringBuilder(text);
        for (Row row : rows()) {
            out.append('\n').append(row.title());
            if (!row.description().isEmpty()) {
                out.append(" — ").append(row.description());
            }
        }
        return out.toString();
    }

    /** A titled group of rows. */
    public record Section(String title, List<Row> rows) {
        public Section {
            title = title == null ? "" : title;
            rows = List.copyOf(rows);
        }
    }

    /** One pickable row. */
    public record Row(String id, String title, String description) {
        public Row {
            description = description == null ? "" : description;
        }
    }
}
