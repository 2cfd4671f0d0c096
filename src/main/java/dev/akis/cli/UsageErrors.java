package dev.akis.cli;

import dev.akis.i18n.Languages;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not parse (an unknown option or command, a missing file, a value of the
 * wrong kind) in the user's language instead of picocli's English, followed by the command's synopsis and where
 * to read more. Exit status 2, as for every unusable input.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        Locale locale = Languages.uiLocale();
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(message(error, locale));
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(CliTexts.TEXTS.get(locale, "usageError.suggestions",
                    String.join(", ", unmatched.getSuggestions())));
        }
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading().stripLeading());
        err.print(help.synopsis(0));
        err.println(CliTexts.TEXTS.get(locale, "usageError.moreHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException error, Locale locale) {
        if (error instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String first = words.isEmpty() ? "" : words.get(0);
            if (unmatched.isUnknownOption()) {
                return CliTexts.TEXTS.get(locale, "usageError.unknownOption", first);
            }
            boolean expectsCommand = !error.getCommandLine().getSubcommands().isEmpty()
                    && error.getCommandLine().getCommandSpec().positionalParameters().isEmpty();
            return CliTexts.TEXTS.get(locale, expectsCommand ? "usageError.unknownCommand" : "usageError.unexpected",
                    String.join(" ", words));
        }
        if (error instanceof MissingParameterException missing) {
            ArgSpec arg = missing.getMissing().isEmpty() ? null : missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                return CliTexts.TEXTS.get(locale, "usageError.optionNeedsValue", option.longestName(),
                        option.paramLabel());
            }
            return CliTexts.TEXTS.get(locale, "usageError.missingParameter", arg == null ? "" : arg.paramLabel());
        }
        if (error instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
            return CliTexts.TEXTS.get(locale, "usageError.repeatedOption", option.longestName());
        }
        if (error.getArgSpec() != null && error.getValue() != null) {
            return CliTexts.TEXTS.get(locale, "usageError.invalidValue", name(error.getArgSpec()), error.getValue(),
                    expected(error.getArgSpec(), locale));
        }
        if (error.getArgSpec() == null && error.getValue() != null
                && !error.getCommandLine().getSubcommands().containsKey(error.getValue())) {
            // "help nope": picocli's help command names the command it does not know.
            return CliTexts.TEXTS.get(locale, "usageError.unknownCommand", error.getValue());
        }
        return CliTexts.TEXTS.get(locale, "usageError.other", error.getMessage());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** What the option takes, in words: a whole number, a number, true or false, or its choices. */
    private static String expected(ArgSpec arg, Locale locale) {
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return CliTexts.TEXTS.get(locale, "usageError.expectedWholeNumber");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return CliTexts.TEXTS.get(locale, "usageError.expectedNumber");
        }
        if (type == boolean.class || type == Boolean.class) {
            return CliTexts.TEXTS.get(locale, "usageError.expectedBoolean");
        }
        List<String> choices = arg.completionCandidates() == null ? List.of()
                : java.util.stream.StreamSupport.stream(arg.completionCandidates().spliterator(), false).toList();
        if (!choices.isEmpty()) {
            return CliTexts.TEXTS.get(locale, "usageError.expectedOneOf", String.join(", ", choices));
        }
        return CliTexts.TEXTS.get(locale, "usageError.expectedLike", arg.paramLabel());
    }
}
