package dev.akis.commerce.dataset;

import java.util.List;
import java.util.Locale;

/**
 * A dataset that cannot be used, with every problem found (each naming its row and, for files, line and
 * column). Whatever was loaded before stays loaded.
 */
public class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final String source;
    private final transient List<DatasetProblem> problems;

    public DatasetException(String source, List<DatasetProblem> problems) {
        super(null, null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A dataset exception needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file name or other label the dataset came from; null for edits made in the application. */
    public String source() {
        return source;
    }

    public List<DatasetProblem> problems() {
        return problems;
    }

    /** One problem per line, at most twenty, then how many more there are. */
    public String format(Locale locale) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < problems.size() && i < SHOWN; i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(problems.get(i).format(source, locale));
        }
        if (problems.size() > SHOWN) {
            text.append('\n').append(DatasetProblem.TEXTS.get(locale, "more", problems.size() - SHOWN));
        }
        return text.toString();
    }

    @Override
    public String getMessage() {
        return format(Locale.ENGLISH);
    }
}
