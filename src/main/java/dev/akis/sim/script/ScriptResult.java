package dev.akis.sim.script;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a conversation test went: the transcript of what was said, and the first check that did not hold (with
 * what came instead), or null when every check held.
 */
public record ScriptResult(ConversationScript script, List<String> transcript, Failure failure) {

    public ScriptResult {
        transcript = List.copyOf(transcript);
    }

    public boolean passed() {
        return failure == null;
    }

    /**
     * A check that did not hold.
     *
     * @param line     1-based line of the check in the script
     * @param check    the check as written
     * @param actual   what came instead, in the language the test was run in (may span lines)
     * @param actualIn what came instead, in any language: the studio shows it again in a language chosen later
     */
    public record Failure(String source, int line, String check, String actual, Function<Locale, String> actualIn) {

        public Failure {
            Function<Locale, String> render = actualIn;
            actualIn = render == null ? locale -> actual : locale -> Objects.requireNonNullElse(render.apply(locale), actual);
        }

        public Failure(String source, int line, String check, String actual) {
            this(source, line, check, actual, null);
        }

        /** "order-lookup.happy-path.convtest:9: < contains: Yurtiçi" then what came instead. */
        public String describe(Locale locale) {
            return ScriptSyntaxException.TEXTS.get(locale, "result.failed", source + ":" + line, check) + "\n"
                    + actualIn.apply(locale);
        }

        /** The same failure, its place named by {@code shownSource} (a file name rather than its full path). */
        public Failure from(String shownSource) {
            return new Failure(shownSource, line, check, actual, actualIn);
        }
    }

    /** The transcript, then "passed" or the failure, in the reader's language. */
    public String report(Locale locale) {
        StringBuilder out = new StringBuilder();
        for (String line : transcript) {
            out.append(line).append('\n');
        }
        if (passed()) {
            out.append(ScriptSyntaxException.TEXTS.get(locale, "result.passed", script.source(), checks()));
        } else {
            out.append(failure.describe(locale));
        }
        return out.append('\n').toString();
    }

    private long checks() {
        return script.steps().stream().filter(step -> step instanceof ScriptStep.Expect).count();
    }
}
