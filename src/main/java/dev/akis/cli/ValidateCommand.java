package dev.akis.cli;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.flow.json.FlowReader;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.flow.validate.OneLine;
import dev.akis.flow.validate.Problem;
import dev.akis.i18n.Languages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE...}: lints each flow file and prints one line per problem,
 * {@code FILE: BLOCK_ID: error|warning CODE: message}. Exit 0 without errors, 1 when some file has errors,
 * 2 when some file cannot be read, parsed or is of a newer format. Never writes a file.
 */
@Command(name = "validate", sortOptions = false)
public final class ValidateCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int ERRORS = 1;
    static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "files")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Languages.uiLocale();
        FlowLinter linter = new FlowLinter(BlockCatalog.standard());
        int exit = OK;
        for (Path file : files) {
            FlowReader.Result read;
            try {
                read = FlowFiles.loadWithDetails(file);
            } catch (FlowFormatException e) {
                CliTexts.reportUnreadable(err, e, locale);
                exit = UNREADABLE;
                continue;
            } catch (IOException e) {
                CliTexts.reportUnreadable(err, file, e, locale);
                exit = UNREADABLE;
                continue;
            }
            if (read.wasMigrated()) {
                err.println(CliTexts.TEXTS.get(locale, "validate.migrated", file, read.originalVersion(),
                        FlowDocument.CURRENT_SCHEMA_VERSION));
            }
            for (Problem problem : linter.lint(read.document())) {
                // Escaped so that an id or a quoted value with a line break can never fake a line of its own.
                out.println(OneLine.escape(file.toString()) + ": "
                        + (problem.elementId() == null ? "-" : OneLine.escape(problem.elementId())) + ": "
                        + problem.severity().id() + " " + problem.code().id() + ": " + OneLine.escape(problem.message(locale)));
                if (problem.isError() && exit == OK) {
                    exit = ERRORS;
                }
            }
        }
        out.flush();
        err.flush();
        return exit;
    }
}
