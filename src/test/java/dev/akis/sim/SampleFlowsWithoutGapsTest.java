package dev.akis.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.dataset.MemberSummary;
import dev.akis.engine.ConversationStart;
import dev.akis.engine.ConversationState;
import dev.akis.engine.Engine;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.trace.TraceNote;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.sim.script.ConversationScript;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A merchant playing a sample flow sees no "has no value" or "link came out empty" notes on ordinary paths:
 * for every sample flow, every conversation test beside it is replayed (without its service faults), and from
 * every point it reaches, and from its opening played by every member of the shipped dataset, the conversation
 * is explored: every option tapped, the customer's e-mail, an unknown e-mail, an address and a greeting typed,
 * timers let fire. Every turn's notes are checked.
 */
class SampleFlowsWithoutGapsTest {

    private static final Set<String> GAPS = Set.of("placeholderMissing", "linkEmpty");
    private static final int DEPTH = 9;
    private static final String ADDRESS = "Caferağa Mah. Moda Cad. No: 12 Daire 3, Kadıköy / İstanbul";

    private static InProcessCommerceEnvironment environment;

    @BeforeAll
    static void open() {
        environment = InProcessCommerceEnvironment.openDefault();
    }

    @AfterAll
    static void close() {
        environment.close();
    }

    /** A point of a conversation to go on from: its state, its clock, what was offered last and how we got there. */
    private record Point(ConversationState state, Instant at, List<ChoiceOption> offered, String email, String path,
                         int depth) {
    }

    @TestFactory
    Stream<DynamicTest> noSampleFlowLeavesAPlaceholderOrALinkEmptyOnAnOrdinaryPath() throws IOException {
        List<Path> flows;
        try (Stream<Path> files = Files.list(SampleFlowConversationTests.SAMPLES)) {
            flows = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        return flows.stream().map(flow -> DynamicTest.dynamicTest(flow.getFileName().toString(), () -> explore(flow)));
    }

    private static void explore(Path flowFile) throws Exception {
        FlowDocument flow = FlowFiles.load(flowFile);
        Engine engine = new Engine(flow, environment.engineServices());
        Instant start = environment.database().referenceTime();
        Set<String> gaps = new LinkedHashSet<>();
        Deque<Point> points = new ArrayDeque<>();
        Set<String> openings = new HashSet<>();
        for (Path scriptFile : scriptsOf(flowFile)) {
            ConversationScript script = new ScriptParser().parse(scriptFile);
            points.addAll(replay(engine, flow, script, scriptFile.getFileName().toString(), start, gaps));
            ScriptStep opening = script.steps().stream().filter(SampleFlowsWithoutGapsTest::isAction).findFirst().orElse(null);
            if (opening == null || !openings.add(opening.text() + script.channel())) {
                continue;
            }
            for (MemberSummary member : environment.database().members()) {
                ConversationScript asMember = new ConversationScript(script.source(), "", script.dataset(),
                        member.member().email(), null, script.channel(), 0, 0, List.of(opening));
                points.addAll(replay(engine, flow, asMember, scriptFile.getFileName() + " opened by "
                        + member.member().email(), start, gaps));
            }
        }
        Set<String> seen = new HashSet<>();
        int turns = 0;
        while (!points.isEmpty()) {
            Point point = points.pop();
            if (point.depth() >= DEPTH || point.state().status() != ConversationState.Status.WAITING
                    || !seen.add(key(point))) {
                continue;
            }
            for (Move move : moves(point)) {
                environment.clock().set(move.at());
                TurnResult result = engine.handle(point.state(), move.event());
                turns++;
                String path = point.path() + " → " + move.label();
                check(result, path, gaps);
                points.push(new Point(result.state(), environment.clock().instant(), offered(result, point.offered()),
                        point.email(), path, point.depth() + 1));
            }
        }
        assertThat(turns).as("turns explored in %s", flowFile).isGreaterThan(100);
        assertThat(gaps).as("notes a merchant would see in %s", flowFile).isEmpty();
    }

    private record Move(String label, InboundEvent event, Instant at) {
    }

    private static List<Move> moves(Point point) {
        List<Move> moves = new ArrayList<>();
        for (ChoiceOption option : point.offered()) {
            moves.add(new Move("tap " + option.title(), InboundEvent.choice(option.id(), option.title()), point.at()));
        }
        if (point.email() != null) {
            moves.add(new Move("> " + point.email(), InboundEvent.text(point.email()), point.at()));
        }
        moves.add(new Move("> kimse@example.com", InboundEvent.text("kimse@example.com"), point.at()));
        moves.add(new Move("> " + ADDRESS, InboundEvent.text(ADDRESS), point.at()));
        moves.add(new Move("> merhaba", InboundEvent.text("merhaba"), point.at()));
        point.state().nextTimerDue().ifPresent(due -> moves.add(new Move("timer", InboundEvent.tick(), due)));
        return moves;
    }

    private static String key(Point point) {
        ConversationState state = point.state();
        return state.currentBlock() + '|' + state.properties() + '|' + state.blockMemory() + '|' + state.timers()
                + '|' + point.offered();
    }

    private static List<ChoiceOption> offered(TurnResult result, List<ChoiceOption> before) {
        for (int i = result.messages().size() - 1; i >= 0; i--) {
            if (!result.messages().get(i).options().isEmpty()) {
                return result.messages().get(i).options();
            }
        }
        return result.ended() ? List.of() : before;
    }

    /** Plays a script's actions (service faults left out); returns the point after each action. */
    private static List<Point> replay(Engine engine, FlowDocument flow, ConversationScript script, String name,
                                      Instant start, Set<String> gaps) throws Exception {
        environment.clock().set(start);
        CustomerProfile customer = environment.customer(script.customer());
        String language = script.language() != null ? script.language()
                : customer.preferredLanguage() != null && flow.languages().contains(customer.preferredLanguage())
                ? customer.preferredLanguage() : flow.defaultLanguage();
        String email = script.customer().contains("@") ? script.customer() : null;
        SimulatedConversation chat = new SimulatedConversation(engine, environment.clock(),
                new ConversationStart("explore", script.channel(), customer.phone(), customer.name(), language));
        List<Point> points = new ArrayList<>();
        String path = name;
        for (ScriptStep step : script.steps()) {
            TurnResult result = null;
            if (step instanceof ScriptStep.Say say) {
                result = chat.say(say.message());
            } else if (step instanceof ScriptStep.Tap tap) {
                result = chat.tap(tap.choice());
            } else if (step instanceof ScriptStep.Wait wait) {
                result = chat.pass(wait.duration());
            } else if (step instanceof ScriptStep.Event event) {
                result = chat.send(event.event(), event.text());
            } else if (step instanceof ScriptStep.SetProperty set) {
                chat.setProperty(set.name(), set.value());
            } else if (step instanceof ScriptStep.StartAt startAt) {
                result = chat.startAt(startAt.blockId());
            } else if (step instanceof ScriptStep.Restart) {
                chat.restart();
            }
            if (result == null) {
                continue;
            }
            path += " → " + step.text();
            check(result, path, gaps);
            points.add(new Point(result.state(), environment.clock().instant(), chat.offeredOptions(), email, path, 0));
        }
        return points;
    }

    private static boolean isAction(ScriptStep step) {
        return step instanceof ScriptStep.Say || step instanceof ScriptStep.Event;
    }

    private static void check(TurnResult result, String path, Set<String> gaps) {
        for (TraceNote note : result.trace().notes()) {
            if (GAPS.contains(note.code())) {
                gaps.add(note.describe(Locale.ENGLISH) + "\n    after: " + path + "\n    said: "
                        + result.messages().stream().map(OutgoingMessage::text).toList());
            }
        }
    }

    private static List<Path> scriptsOf(Path flowFile) throws IOException {
        String stem = flowFile.getFileName().toString().replaceFirst("\\.json$", "");
        try (Stream<Path> files = Files.list(flowFile.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(stem + ".")
                    && f.getFileName().toString().endsWith(ScriptParser.EXTENSION)).sorted().toList();
        }
    }
}
