package dev.akis.cli;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.flow.json.FlowReader;
import dev.akis.flow.json.FlowWriter;
import dev.akis.i18n.Languages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code format [--check] FILE...}: rewrites flow files in canonical form, atomically and only when the text
 * changes; older format versions are upgraded on the way. A file that cannot be read or is of a newer version
 * is reported and left untouched (exit 2). With {@code --check} nothing is written: the files that are not
 * canonical are listed and the exit code is 1.
 */
@Command(name = "format", sortOptions = false)
public final class FormatCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int NOT_CANONICAL = 1;
    static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Option(names = "--check", descriptionKey = "check")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "files")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Languages.uiLocale();
        boolean unreadable = false;
        boolean notCanonical = false;
        for (Path file : files) {
            try {
                byte[] current = Files.readAllBytes(file);
                FlowReader.Result read = new FlowReader().readWithDetails(FlowFiles.readText(file), file.toString());
                byte[] canonical = new FlowWriter().write(read.document()).getBytes(StandardCharsets.UTF_8);
                if (Arrays.equals(current, canonical)) {
                    continue;
                }
                if (check) {
                    notCanonical = true;
                    out.println(file);
                    continue;
                }
                try {
                    FlowFiles.writeAtomically(file, canonical);
                } catch (IOException e) {
                    CliTexts.reportUnwritable(err, file, e, locale);
                    unreadable = true;
                    continue;
                }
                out.println(read.wasMigrated()
                        ? CliTexts.TEXTS.get(locale, "format.upgraded", file, read.originalVersion(),
                                FlowDocument.CURRENT_SCHEMA_VERSION)
                        : CliTexts.TEXTS.get(locale, "format.rewritten", file));
            } catch (FlowFormatException e) {
                CliTexts.reportUnreadable(err, e, locale);
                unreadable = true;
            } catch (IOException e) {
                CliTexts.reportUnreadable(err, file, e, locale);
                unreadable = true;
            }
        }
        out.flush();
        err.flush();
        return unreadable ? UNREADABLE : notCanonical ? NOT_CANONICAL : OK;
    }
}
