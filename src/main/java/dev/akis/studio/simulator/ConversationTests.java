package dev.akis.studio.simulator;

import dev.akis.engine.spi.TextMatching;
import dev.akis.flow.FlowDocument;
import dev.akis.sim.script.ConversationScript;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptResult;
import dev.akis.sim.script.ScriptRunner;
import dev.akis.sim.script.ScriptSyntaxException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The conversation tests of a flow: the files {@code <flow-name>.<case>.convtest} beside the flow file, found,
 * named and run with the same runner as {@code simulate FLOW --script TEST}.
 */
public final class ConversationTests {

    /** The ending of the data file written beside a test that plays against edited data. */
    public static final String DATA_SUFFIX = ".data.json";
    private static final Pattern CASE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,63}");

    /** A test file and its case name. */
    public record TestFile(Path file, String caseName) {
    }

    /** How a run went. */
    public enum Status {
        PASSED,
        /** A check did not hold. */
        FAILED,
        /** The test could not run (unreadable script, unknown customer or dataset). */
        BROKEN
    }

    /**
     * The outcome of one test. Its words are made when shown, in the language asked, so a list drawn again after
     * the interface language changed reads in the new one.
     *
     * @param line         the script line of the first difference (0 when passed)
     * @param differenceIn the check that did not hold and what came instead, or why the test could not run, with
     *                     the test's file name and line
     * @param reportIn     the transcript and the verdict, as the command line prints it (the transcript's own
     *                     notes stay in the language the test ran in)
     */
    public record Outcome(TestFile test, Status status, int line, Function<Locale, String> differenceIn,
                          Function<Locale, String> reportIn) {
        public boolean passed() {
            return status == Status.PASSED;
        }

        public String difference(Locale locale) {
            return differenceIn.apply(locale);
        }

        public String report(Locale locale) {
            return reportIn.apply(locale);
        }
    }

    private ConversationTests() {
    }

    /** The flow's name for test files: the file name without ".json". */
    public static String flowName(Path flowFile) {
        String name = flowFile.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    /** Where a test case of the flow is written. */
    public static Path fileFor(Path flowFile, String caseName) {
        return flowFile.resolveSibling(flowName(flowFile) + "." + caseName + ScriptParser.EXTENSION);
    }

    /**
     * Where the edited shop data a test replays against is written: beside the test, named after it
     * ({@code order-lookup.ayse.convtest} → {@code order-lookup.ayse.data.json}). Not a test itself, so
     * {@link #discover} leaves it alone.
     */
    public static Path dataFileFor(Path testFile) {
        String name = testFile.getFileName().toString();
        String base = name.endsWith(ScriptParser.EXTENSION)
                ? name.substring(0, name.length() - ScriptParser.EXTENSION.length()) : name;
        return testFile.resolveSibling(base + DATA_SUFFIX);
    }

    /** True for a case name that makes a plain file name: letters, digits, "-" and "_", at most 64. */
    public static boolean isValidCaseName(String caseName) {
        return caseName != null && CASE_NAME.matcher(caseName).matches();
    }

    /**
     * A case name made from free text, folded to plain letters for a file name that reads the same on every system
     * ("İrem ask_email" → "irem-ask_email", "Ayşe Çağlar" → "ayse-caglar"): Turkish letters by
     * {@link TextMatching#fold} (which knows that "İ" is "i", not "i" with a dot above), other accents dropped.
     */
    public static String suggestCaseName(String text) {
        String folded = Normalizer.normalize(TextMatching.fold(text == null ? "" : text.strip()), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = folded.replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "conversation" : slug;
    }

    /** The flow's tests beside its file, by case name. */
    public static List<TestFile> discover(Path flowFile) throws IOException {
        List<TestFile> tests = new ArrayList<>();
        Path folder = flowFile.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return tests;
        }
        String prefix = flowName(flowFile) + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*" + ScriptParser.EXTENSION)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String caseName = name.substring(prefix.length(), name.length() - ScriptParser.EXTENSION.length());
                if (!caseName.isEmpty() && !caseName.contains(".") && Files.isRegularFile(file)) {
                    tests.add(new TestFile(file, caseName));
                }
            }
        }
        tests.sort(Comparator.comparing(TestFile::caseName));
        return tests;
    }

    /** Plays one test against the flow; never throws for a bad test, which comes back {@link Status#BROKEN}. */
    public static Outcome run(TestFile test, FlowDocument flow, ScriptRunner runner, Locale locale) {
        String fileName = test.file().getFileName().toString();
        ConversationScript script;
        try {
            script = new ScriptParser().parse(test.file());
        } catch (ScriptSyntaxException e) {
            return broken(test, e);
        } catch (IOException e) {
            String message = fileName + ": " + e.getMessage();
            return new Outcome(test, Status.BROKEN, 0, in -> message, in -> message);
        }
        try {
            ScriptResult result = runner.run(flow, script, locale);
            if (result.passed()) {
                return new Outcome(test, Status.PASSED, 0, in -> "", result::report);
            }
            ScriptResult.Failure shown = result.failure().from(fileName);
            return new Outcome(test, Status.FAILED, result.failure().line(), shown::describe, result::report);
        } catch (ScriptSyntaxException e) {
            return broken(test, e);
        } catch (RuntimeException e) {
            String message = fileName + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
            return new Outcome(test, Status.BROKEN, 0, in -> message, in -> message);
        }
    }

    /** A test that cannot be read or set up: "order-lookup.x.convtest:3: …" in the list, the full path in its report. */
    private static Outcome broken(TestFile test, ScriptSyntaxException e) {
        String place = test.file().getFileName() + (e.line() > 0 ? ":" + e.line() : "");
        return new Outcome(test, Status.BROKEN, e.line(), in -> place + ": " + e.describe(in), e::format);
    }
}
