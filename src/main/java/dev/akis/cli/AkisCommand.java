package dev.akis.cli;

import dev.akis.i18n.Languages;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code java -jar akis-studio.jar <command> ...}. */
@Command(name = "akis-studio",
        mixinStandardHelpOptions = true,
        versionProvider = AkisCommand.Version.class,
        subcommands = {HelpCommand.class, ValidateCommand.class, FormatCommand.class,
                SimulateCommand.class, BenchCommand.class})
public final class AkisCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The option that picks the language of messages and help, anywhere on the command line. */
    static final String LANG_OPTION = "--lang";

    /** Runs a command line and returns the process exit code. */
    public static int execute(String... args) {
        String[] rest;
        try {
            rest = takeLanguage(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        return commandLine().execute(rest);
    }

    /**
     * Takes {@code --lang tr|en} (or {@code --lang=tr}) from anywhere before a {@code --}, sets the interface
     * language from it, and returns the other arguments. Read before picocli builds the commands, because their
     * help and messages are chosen in the language when they are built.
     *
     * @throws IllegalArgumentException for a language other than tr and en, with the message to print
     */
    static String[] takeLanguage(String... args) {
        java.util.List<String> rest = new java.util.ArrayList<>(args.length);
        String language = null;
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.equals(LANG_OPTION) && i + 1 < args.length) {
                language = args[++i];
                continue;
            } else if (options && arg.startsWith(LANG_OPTION + "=")) {
                language = arg.substring(LANG_OPTION.length() + 1);
                continue;
            }
            rest.add(arg);
        }
        if (language != null) {
            String wanted = java.util.Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage();
            if (!Languages.SUPPORTED.contains(wanted)) {
                throw new IllegalArgumentException(ResourceBundle.getBundle("dev.akis.cli.cli", Languages.uiLocale())
                        .getString("error.badLang").replace("{0}", language));
            }
            System.setProperty("akis.lang", wanted);
        }
        return rest.toArray(String[]::new);
    }

    /**
     * The command line with its help texts in the user's language (see {@link Languages#uiLocale()}). The bundle
     * is set here rather than in the annotation, which would load it for the system locale and fail on systems
     * that are neither Turkish nor English.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AkisCommand());
        commandLine.setResourceBundle(ResourceBundle.getBundle("dev.akis.cli.cli", Languages.uiLocale()));
        // simulate keeps its many texts in a bundle of its own, set after the root's so it is not overwritten.
        commandLine.getSubcommands().get("simulate")
                .setResourceBundle(ResourceBundle.getBundle("dev.akis.cli.simulate", Languages.uiLocale()));
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Prints the application name and version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {dev.akis.AppInfo.NAME + " " + dev.akis.AppInfo.version()};
        }
    }
}
