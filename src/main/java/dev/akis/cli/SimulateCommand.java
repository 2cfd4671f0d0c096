package dev.akis.cli;

import dev.akis.commerce.mock.FaultMode;
import dev.akis.commerce.mock.Faults;
import dev.akis.engine.ConversationStart;
import dev.akis.engine.ConversationState;
import dev.akis.engine.Engine;
import dev.akis.engine.PropertyFormatter;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FileErrors;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.i18n.Languages;
import dev.akis.i18n.Messages;
import dev.akis.sim.CommerceEnvironment;
import dev.akis.sim.CommerceEnvironments;
import dev.akis.sim.CustomerProfile;
import dev.akis.sim.DurationText;
import dev.akis.sim.EmptyCommerceEnvironment;
import dev.akis.sim.SimulatedConversation;
import dev.akis.sim.TranscriptFormatter;
import dev.akis.sim.UnknownCustomerException;
import dev.akis.sim.UnknownDatasetException;
import dev.akis.sim.script.ConversationScript;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptResult;
import dev.akis.sim.script.ScriptRunner;
import dev.akis.sim.script.ScriptStep;
import dev.akis.sim.script.ScriptSyntaxException;
import dev.akis.sim.script.ScriptWriter;
import dev.akis.time.VirtualClock;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code simulate FLOW --script TEST} plays a conversation test and exits 0 when every check holds, 1 when one
 * does not (saying which and what came instead), 2 when the flow, the script or its dataset cannot be read.
 * {@code simulate FLOW} chats in the terminal against a dataset: plain lines are the customer's messages,
 * {@code /tap}, {@code /wait}, {@code /event}, {@code /fault}, {@code /start}, {@code /restart}, {@code /save},
 * {@code /trace} and {@code /quit} do the rest.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false)
public final class SimulateCommand implements Callable<Integer> {

    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int UNREADABLE = 2;

    private static final Messages TEXTS = Messages.bundle("dev.akis.cli.simulate");

    @Parameters(index = "0", paramLabel = "${bundle:label.flow:-FLOW}", descriptionKey = "flow")
    Path flowFile;

    @Option(names = "--script", paramLabel = "${bundle:label.test:-TEST}", descriptionKey = "script")
    Path scriptFile;

    @Option(names = "--dataset", paramLabel = "${bundle:label.name:-NAME}", descriptionKey = "dataset")
    String dataset;

    @Option(names = "--customer", paramLabel = "${bundle:label.who:-WHO}", descriptionKey = "customer")
    String customer;

    @Option(names = "--language", paramLabel = "tr|en", descriptionKey = "language")
    String language;

    @Option(names = "--trace", descriptionKey = "trace")
    boolean trace;

    private final InputStream input;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Locale locale = Languages.uiLocale();
    /** The chat's shop time zone and clock, for the timer hint. */
    private ZoneId shopZone = VirtualClock.ISTANBUL;
    private Clock clock = Clock.systemUTC();

    /** Reads the terminal and writes UTF-8 to it, whatever the platform's default encoding. */
    public SimulateCommand() {
        this(System.in, new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
    }

    SimulateCommand(InputStream input, PrintWriter out, PrintWriter err) {
        this.input = input;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            FlowDocument flow = loadFlow();
            if (flow == null) {
                return UNREADABLE;
            }
            return scriptFile != null ? runScript(flow) : chat(flow);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private FlowDocument loadFlow() {
        try {
            return FlowFiles.load(flowFile);
        } catch (NoSuchFileException e) {
            err.println(TEXTS.get(locale, "error.noSuchFile", flowFile));
        } catch (IOException e) {
            err.println(TEXTS.get(locale, "error.unreadable", flowFile, FileErrors.describe(e, locale)));
        } catch (FlowFormatException e) {
            err.println(e.format(locale));
        }
        return null;
    }

    private int runScript(FlowDocument flow) {
        List<String> ignored = new ArrayList<>();
        if (dataset != null) {
            ignored.add("--dataset");
        }
        if (customer != null) {
            ignored.add("--customer");
        }
        if (language != null) {
            ignored.add("--language");
        }
        if (!ignored.isEmpty()) {
            // A conversation test carries its own setup so it plays the same in the studio, in mvn verify and
            // here; letting the command line change it would make one file pass or fail depending on who runs it.
            err.println(TEXTS.get(locale, "error.optionsWithScript", String.join(", ", ignored), scriptFile));
            return UNREADABLE;
        }
        ConversationScript script;
        try {
            script = new ScriptParser().parse(scriptFile);
        } catch (NoSuchFileException e) {
            err.println(TEXTS.get(locale, "error.noSuchFile", scriptFile));
            return UNREADABLE;
        } catch (IOException e) {
            err.println(TEXTS.get(locale, "error.unreadable", scriptFile, FileErrors.describe(e, locale)));
            return UNREADABLE;
        } catch (ScriptSyntaxException e) {
            err.println(e.format(locale));
            return UNREADABLE;
        }
        ScriptResult result;
        try {
            result = new ScriptRunner(CommerceEnvironments::open, trace).run(flow, script, locale);
        } catch (ScriptSyntaxException e) {
            err.println(e.format(locale));
            return UNREADABLE;
        }
        out.print(result.report(locale));
        return result.passed() ? PASSED : FAILED;
    }

    // ---- interactive --------------------------------------------------------------------------------------

    private int chat(FlowDocument flow) {
        String chosenLanguage = null;
        if (language != null) {
            chosenLanguage = flowLanguage(flow, language).orElse(null);
            if (chosenLanguage == null) {
                err.println(TEXTS.get(locale, "error.badLanguage", language, flow.id(), String.join(", ", flow.languages())));
                return UNREADABLE;
            }
        }
        CommerceEnvironment environment;
        try {
            environment = openForChat();
        } catch (UnknownDatasetException e) {
            err.println(TEXTS.get(locale, "error.unknownDataset", e.dataset(), String.join(", ", e.available())));
            return UNREADABLE;
        } catch (NoSuchFileException e) {
            err.println(TEXTS.get(locale, "error.datasetFileNotFound", e.getFile()));
            return UNREADABLE;
        } catch (IOException e) {
            err.println(TEXTS.get(locale, "error.datasetFailed", dataset, CommerceEnvironments.reason(e, locale)));
            return UNREADABLE;
        }
        try (environment) {
            CustomerProfile profile;
            try {
                profile = environment.customer(chatCustomer());
            } catch (UnknownCustomerException e) {
                err.println(TEXTS.get(locale, "error.unknownCustomer", chatCustomer(), environment.dataset()));
                return UNREADABLE;
            }
            String conversationLanguage = chosenLanguage != null ? chosenLanguage
                    : profile.preferredLanguage() != null && flow.languages().contains(profile.preferredLanguage())
                    ? profile.preferredLanguage() : flow.defaultLanguage();
            Engine engine = new Engine(flow, environment.engineServices());
            shopZone = environment.shopSettings().zone();
            clock = environment.clock();
            SimulatedConversation conversation = new SimulatedConversation(engine, environment.clock(),
                    new ConversationStart(SimulatedConversation.CONVERSATION_ID, "simulator", profile.phone(), profile.name(), conversationLanguage));
            out.println(TEXTS.get(locale, "chat.banner", flow.id(), environment.dataset(),
                    profile.spec() + (profile.name() == null ? "" : " (" + profile.name() + ")"), conversationLanguage));
            out.println(TEXTS.get(locale, "chat.help"));
            loop(conversation, environment, profile, conversationLanguage);
            return PASSED;
        }
    }

    /** Who chats: {@code --customer}, else a stranger the dataset does not know. */
    private String chatCustomer() {
        return customer != null ? customer : CustomerProfile.STRANGER;
    }

    /** The flow's language that {@code requested} names ("en", "EN", "en-GB"), if the flow is written in it. */
    static Optional<String> flowLanguage(FlowDocument flow, String requested) {
        String wanted = Locale.forLanguageTag(requested.strip().replace('_', '-')).getLanguage();
        return flow.languages().stream().filter(wanted::equals).findFirst();
    }

    private CommerceEnvironment openForChat() throws UnknownDatasetException, IOException {
        if (dataset != null) {
            return CommerceEnvironments.open(dataset);
        }
        if (CommerceEnvironments.datasets().contains(CommerceEnvironments.DEFAULT_DATASET)) {
            return CommerceEnvironments.open(CommerceEnvironments.DEFAULT_DATASET);
        }
        err.println(TEXTS.get(locale, "chat.emptyDataset", CommerceEnvironments.DEFAULT_DATASET, EmptyCommerceEnvironment.NAME));
        return CommerceEnvironments.open(EmptyCommerceEnvironment.NAME);
    }

    private void loop(SimulatedConversation conversation, CommerceEnvironment environment, CustomerProfile profile,
                      String conversationLanguage) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        while (true) {
            out.print("> ");
            out.flush();
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                err.println(TEXTS.get(locale, "error.input", String.valueOf(e.getMessage())));
                return;
            }
            if (line == null) {
                out.println();
                return;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!text.startsWith("/")) {
                show(conversation.say(text));
                continue;
            }
            String command = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            String argument = text.length() > command.length() ? text.substring(command.length()).strip() : "";
            switch (command) {
                case "/quit", "/exit", "/q" -> {
                    return;
                }
                case "/tap" -> tap(conversation, argument);
                case "/wait" -> {
                    Optional<Duration> duration = DurationText.parse(argument);
                    if (DurationText.tooLong(argument)) {
                        out.println(TEXTS.get(locale, "chat.durationTooLong", argument,
                                DurationText.format(DurationText.LONGEST)));
                    } else if (duration.isEmpty()) {
                        out.println(TEXTS.get(locale, "chat.badDuration", argument));
                    } else {
                        show(conversation.pass(duration.get()));
                    }
                }
                case "/event" -> {
                    try {
                        show(conversation.send(ScriptParser.event("/event", 0, argument), "event: " + argument));
                    } catch (ScriptSyntaxException e) {
                        out.println(e.describe(locale));
                    }
                }
                case "/fault" -> fault(conversation, environment, argument);
                case "/start" -> {
                    if (conversation.engine().flow().block(argument).isEmpty()) {
                        out.println(TEXTS.get(locale, "chat.noBlock", argument));
                    } else {
                        show(conversation.startAt(argument));
                    }
                }
                case "/restart" -> {
                    conversation.restart();
                    out.println(TEXTS.get(locale, "chat.restarted"));
                }
                case "/trace" -> {
                    trace = !trace;
                    out.println(TEXTS.get(locale, trace ? "chat.traceOn" : "chat.traceOff"));
                }
                case "/props" -> {
                    for (Map.Entry<String, String> property : conversation.state().properties().entrySet()) {
                        out.println("  " + property.getKey() + " = " + property.getValue());
                    }
                }
                case "/save" -> save(conversation, environment, profile, conversationLanguage, argument);
                case "/help" -> out.println(TEXTS.get(locale, "chat.help"));
                default -> out.println(TEXTS.get(locale, "chat.unknownCommand", command));
            }
        }
    }

    private void tap(SimulatedConversation conversation, String choice) {
        try {
            show(conversation.tap(choice));
        } catch (SimulatedConversation.NoSuchOptionException e) {
            List<String> offered = new ArrayList<>();
            for (ChoiceOption option : e.offered()) {
                offered.add(option.title());
            }
            out.println(offered.isEmpty() ? TEXTS.get(locale, "chat.nothingOffered")
                    : TEXTS.get(locale, "chat.noSuchOption", choice, String.join(", ", offered)));
        }
    }

    private void fault(SimulatedConversation conversation, CommerceEnvironment environment, String argument) {
        ScriptStep step;
        try {
            step = ScriptParser.fault("/fault", 0, "fault: " + argument, argument);
        } catch (ScriptSyntaxException e) {
            out.println(e.describe(locale));
            return;
        }
        if (!ScriptRunner.applyFault(step, environment)) {
            out.println(TEXTS.get(locale, "chat.badFault", String.join(", ", environment.faultableServices())));
            return;
        }
        conversation.recordLine(step.text());
        if (step instanceof ScriptStep.Slow slow) {
            out.println(slow.latency().isZero() ? TEXTS.get(locale, "chat.fastAgain", slow.service())
                    : TEXTS.get(locale, "chat.slow", slow.service(), DurationText.format(slow.latency())));
        } else if (step instanceof ScriptStep.Fault fault && fault.service() != null) {
            out.println(TEXTS.get(locale, "chat.faultSet", fault.service(), fault.mode().name().toLowerCase(Locale.ROOT)));
        } else {
            out.println(TEXTS.get(locale, "chat.faultsCleared"));
        }
    }

    private void save(SimulatedConversation conversation, CommerceEnvironment environment, CustomerProfile profile,
                      String conversationLanguage, String file) {
        if (file.isEmpty()) {
            out.println(TEXTS.get(locale, "chat.saveWhere"));
            return;
        }
        String text = ScriptWriter.write(TEXTS.get(locale, "chat.savedDescription", conversation.engine().flow().id()),
                datasetSeenFrom(Path.of(file), environment.dataset()), profile.spec(), conversationLanguage,
                conversation.exchanges());
        try {
            FlowFiles.writeAtomically(Path.of(file), text);
            out.println(TEXTS.get(locale, "chat.saved", file));
        } catch (IOException e) {
            out.println(TEXTS.get(locale, "error.unreadable", file, String.valueOf(e.getMessage())));
        }
    }

    /**
     * The dataset as the saved test must name it: a dataset file given relative to the working directory is
     * written relative to the test's folder, where the test will look for it.
     */
    static String datasetSeenFrom(Path testFile, String dataset) {
        if (!CommerceEnvironments.isDatasetFile(dataset) || Path.of(dataset).isAbsolute()) {
            return dataset;
        }
        Path folder = testFile.toAbsolutePath().getParent();
        Path data = Path.of(dataset).toAbsolutePath().normalize();
        try {
            return folder.relativize(data).toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoot) {
            return data.toString();
        }
    }

    /** A moment as the reader reads it, in the shop's time zone: "26 Kasım 2026 00:00", "26 November 2026 00:00". */
    private String shopTime(Instant moment) {
        return PropertyFormatter.formatDateTime(moment, Languages.normalize(locale), shopZone);
    }

    private void show(TurnResult result) {
        for (String line : TranscriptFormatter.lines(result.messages())) {
            out.println(line);
        }
        if (trace) {
            for (String line : result.trace().describe(locale)) {
                out.println("    · " + line);
            }
        } else {
            result.trace().problems().forEach(problem -> out.println("  ⚠ " + problem.describe(locale)));
        }
        if (result.handedOff()) {
            out.println(TEXTS.get(locale, "chat.handedOff", result.state().handoffTeam()));
        } else if (result.ended()) {
            out.println(TEXTS.get(locale, "chat.ended"));
        } else if (result.state().status() == ConversationState.Status.WAITING && !result.state().timers().isEmpty()) {
            ConversationState.PendingTimer timer = result.state().timers().get(0);
            out.println(TEXTS.get(locale, "chat.timer", timer.name(), shopTime(timer.dueAt()),
                    DurationText.format(Duration.between(clock.instant(), timer.dueAt()).truncatedTo(ChronoUnit.MINUTES))));
        }
        out.flush();
    }
}
