package dev.akis.sim.script;

import java.util.List;
import java.util.Locale;

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
     * @param line   1-based line of the check in the script
     * @param check  the check as written
     * @param actual what came instead, in the reader's language (may span lines)
     */
    public record Failure(String source, int line, String check, String actual) {

        /** "order-lookup.happy-path.convtest:9: < contains: Yurtiçi" then what came instead. */
        public String describe(Locale locale) {
            return ScriptSyntaxException.TEXTS.get(locale, "result.failed", source + ":" + line, check) + "\n" + actual;
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
