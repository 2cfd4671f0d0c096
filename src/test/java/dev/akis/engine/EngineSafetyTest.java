package dev.akis.engine;

import static dev.akis.testing.TestFlows.block;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.Step;
import dev.akis.engine.trace.TraceNote;
import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.testing.Conversations;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.TestFlows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A broken or looping flow never hangs a conversation or leaves the customer without an answer. */
class EngineSafetyTest {

    private final InMemoryEnvironment environment = new InMemoryEnvironment();
    private final String apology = PropertyFormatter.TEXTS.get(Locale.forLanguageTag("tr"), "apology");

    private static List<String> texts(TurnResult result) {
        return result.messages().stream().map(OutgoingMessage::text).toList();
    }

    @Test
    void aLoopWithoutWaitingIsStoppedWithAClearErrorAndTheConversationEndsSafely() {
        FlowDocument flow = TestFlows.flow("loop", "count")
                .block(block("count", "setProperty", "{'assignments': [{'property': 'n', 'value': 'x{n}'}]}"))
                .block(block("check", "condition", "{'branches': [{'id': 'never', 'rules': [{'property': 'n', 'operator': 'equals', 'value': 'stop'}]}]}"))
                .block(block("again", "jump", "{'target': 'count'}"))
                .connect("count", "next", "check")
                .connect("check", "otherwise", "again")
                .build();
        TurnResult result = Conversations.ayse(flow, environment).say("merhaba");

        assertThat(result.trace().blockSteps()).hasSize(100);
        TraceNote loop = result.trace().problems().stream().filter(n -> n.code().equals("loop")).findFirst().orElseThrow();
        assertThat(loop.level()).isEqualTo(TraceNote.Level.ERROR);
        assertThat(loop.describe(Locale.ENGLISH)).isEqualTo("The flow ran 100 blocks without waiting for the customer,"
                + " looping through count → check → again; it was stopped and the conversation ended.");
        assertThat(texts(result)).containsExactly(apology);
        assertThat(result.ended()).isTrue();
        assertThat(result.state().status()).isEqualTo(ConversationState.Status.IDLE);
    }

    @Test
    void aLoopThatSendsAMessageEveryRoundSendsItOnceThenTheApologyNotFiftyTimes() {
        FlowDocument flow = TestFlows.flow("chatty-loop", "hello")
                .block(block("hello", "sendMessage", "{'text': {'tr': 'Merhaba, size nasıl yardımcı olabilirim?'}}"))
                .block(block("again", "jump", "{'target': 'hello'}"))
                .connect("hello", "next", "again")
                .build();
        TurnResult result = Conversations.ayse(flow, environment).say("merhaba");

        assertThat(texts(result)).containsExactly("Merhaba, size nasıl yardımcı olabilirim?", apology);
        assertThat(result.trace().notes()).extracting(n -> n.describe(Locale.ENGLISH)).contains(
                "49 messages the loop produced were not sent: a stopped flow sends only what it said before it began"
                        + " repeating (at most 3 messages), then the apology.");
        assertThat(result.ended()).isTrue();
    }

    @Test
    void aLongLoopSendsAtMostThreeOfItsMessagesBeforeTheApology() {
        FlowDocument flow = TestFlows.flow("long-loop", "one")
                .block(block("one", "sendMessage", "{'text': {'tr': 'Bir'}}"))
                .block(block("two", "sendMessage", "{'text': {'tr': 'İki'}}"))
                .block(block("three", "sendMessage", "{'text': {'tr': 'Üç'}}"))
                .block(block("four", "sendMessage", "{'text': {'tr': 'Dört'}}"))
                .block(block("again", "jump", "{'target': 'one'}"))
                .connect("one", "next", "two")
                .connect("two", "next", "three")
                .connect("three", "next", "four")
                .connect("four", "next", "again")
                .build();
        TurnResult result = Conversations.ayse(flow, environment).say("merhaba");

        assertThat(texts(result)).containsExactly("Bir", "İki", "Üç", apology);
        assertThat(result.trace().hasProblem("loop")).isTrue();
    }

    @Test
    void theStepLimitCanBeSetPerEngine() {
        FlowDocument flow = TestFlows.flow("chain", "a")
                .block(block("a", "jump", "{'target': 'b'}"))
                .block(block("b", "jump", "{'target': 'c'}"))
                .block(block("c", "sendMessage", "{'text': {'tr': 'son'}}"))
                .build();
        Engine tight = new Engine(flow, BlockCatalog.standard(), environment.engineServices(), new EngineOptions(2));
        TurnResult result = tight.handle(tight.newConversation(ConversationStart.of("c", "api", null, null, "tr")),
                dev.akis.engine.message.InboundEvent.text("hi"));

        assertThat(result.trace().hasProblem("loop")).as("a, b, c never repeat").isFalse();
        assertThat(result.trace().hasProblem("tooManySteps")).isTrue();
        assertThat(texts(result)).containsExactly(apology);
    }

    @Test
    void aLongFlowThatNeverRepeatsABlockIsStoppedAsTooLongNotDescribedAsALoop() {
        FlowDocument.Builder chain = TestFlows.flow("long-chain", "s1");
        for (int i = 1; i <= 120; i++) {
            chain.block(block("s" + i, "setProperty", "{'assignments': [{'property': 'n', 'value': '" + i + "'}]}"));
            if (i > 1) {
                chain.connect("s" + (i - 1), "next", "s" + i);
            }
        }
        TurnResult result = Conversations.ayse(chain.build(), environment).say("merhaba");

        assertThat(result.trace().hasProblem("loop")).isFalse();
        TraceNote tooLong = result.trace().problems().stream().filter(n -> n.code().equals("tooManySteps"))
                .findFirst().orElseThrow();
        assertThat(tooLong.describe(Locale.ENGLISH)).isEqualTo("Too many blocks in one turn without waiting for the"
                + " customer (limit 100): the path from s1 to s100 repeats no block but is longer than the limit; it was"
                + " stopped and the conversation ended. Let the flow wait for the customer somewhere on the way, or"
                + " shorten the path.");
        assertThat(tooLong.describe(Locale.forLanguageTag("tr"))).startsWith(
                "Müşteriyi beklemeden tek turda çok fazla blok çalıştı (sınır 100)").doesNotContain("döngü", "dön");
        assertThat(texts(result)).containsExactly(apology);
        assertThat(result.ended()).isTrue();
    }

    @Test
    void aBlockOfATypeThisVersionDoesNotKnowIsReportedNotCrashedOn() {
        FlowDocument flow = TestFlows.flow("future", "hello")
                .block(block("hello", "sendMessage", "{'text': {'tr': 'Merhaba'}}"))
                .block(Block.of("quiz", "quizFromTheFuture"))
                .connect("hello", "next", "quiz")
                .build();
        TurnResult result = Conversations.ayse(flow, environment).say("merhaba");

        assertThat(texts(result)).containsExactly("Merhaba", apology);
        assertThat(result.trace().problems()).extracting(n -> n.describe(Locale.ENGLISH)).containsExactly(
                "Block quiz has the type \"quizFromTheFuture\", which this version cannot run; the conversation ended.");
    }

    @Test
    void aConnectionToAMissingBlockOrAJumpNowhereEndsWithAnApology() {
        FlowDocument dangling = TestFlows.flow("dangling", "hello")
                .block(block("hello", "sendMessage", "{'text': {'tr': 'Merhaba'}}"))
                .connect("hello", "next", "deleted_block")
                .build();
        TurnResult result = Conversations.ayse(dangling, environment).say("merhaba");
        assertThat(texts(result)).containsExactly("Merhaba", apology);
        assertThat(result.trace().hasProblem("targetMissing")).isTrue();

        FlowDocument jump = TestFlows.flow("jump", "go").block(block("go", "jump", "{'target': 'nowhere'}")).build();
        assertThat(Conversations.ayse(jump, environment).say("merhaba").trace().hasProblem("jumpTargetMissing")).isTrue();
    }

    @Test
    void anUnconnectedRequiredPortEndsTheConversationAndSaysWhere() {
        FlowDocument flow = TestFlows.flow("open", "set")
                .block(block("set", "setProperty", "{'assignments': [{'property': 'x', 'value': '1'}]}"))
                .build();
        TurnResult result = Conversations.ayse(flow, environment).say("merhaba");

        assertThat(result.ended()).isTrue();
        assertThat(result.trace().problems()).extracting(n -> n.describe(Locale.ENGLISH)).containsExactly(
                "Block set took its \"next\" path but nothing is connected there; the conversation ended.");
    }

    @Test
    void aBlockThatFailsUnexpectedlyCostsTheCustomerOnlyAnApology() {
        BlockType exploding = new BlockType("exploding", BlockCategory.INTEGRATION, "mdi2b-bomb") {
            @Override
            public List<FieldSpec> fields() {
                return List.of();
            }

            @Override
            protected List<PortSpec> staticPorts() {
                return List.of(PortSpec.required("next"));
            }

            @Override
            public BlockExecutor executor(Block block) {
                return context -> {
                    throw new IllegalStateException("boom");
                };
            }
        };
        List<BlockType> types = new ArrayList<>(BlockCatalog.standard().all());
        types.add(exploding);
        FlowDocument flow = TestFlows.flow("boom", "bad").block(Block.of("bad", "exploding")).build();
        Engine engine = new Engine(flow, new BlockCatalog(types), environment.engineServices(), EngineOptions.DEFAULTS);
        TurnResult result = engine.handle(engine.newConversation(ConversationStart.of("c", "api", null, null, "tr")),
                dev.akis.engine.message.InboundEvent.text("hi"));

        assertThat(texts(result)).containsExactly(apology);
        assertThat(result.trace().problems()).extracting(n -> n.describe(Locale.ENGLISH)).containsExactly(
                "Block bad failed unexpectedly (java.lang.IllegalStateException: boom); the customer got an apology and the conversation ended.");
        assertThat(result.trace().blockSteps().get(0).result()).isEqualTo(dev.akis.engine.trace.BlockStep.Result.FAILED);
    }

    @Test
    void aConversationWaitingAtABlockThatWasDeletedStartsAfresh() {
        FlowDocument before = TestFlows.flow("v1", "ask")
                .block(block("ask", "askQuestion", "{'prompt': {'tr': 'Adınız?'}, 'property': 'name'}"))
                .build();
        ConversationState waiting = Conversations.ayse(before, environment).say("merhaba").state();
        FlowDocument after = TestFlows.flow("v1", "hello")
                .block(block("hello", "sendMessage", "{'text': {'tr': 'Yeni akış'}}"))
                .build();
        TurnResult result = new Engine(after, environment.engineServices()).handle(waiting,
                dev.akis.engine.message.InboundEvent.text("Ayşe"));

        assertThat(texts(result)).containsExactly("Yeni akış");
        assertThat(result.trace().hasProblem("waitingBlockGone")).isTrue();
    }

    @Test
    void theSimulatorCanStartFromAnyBlock() {
        FlowDocument flow = TestFlows.flow("start", "hello")
                .block(block("hello", "sendMessage", "{'text': {'tr': 'Merhaba'}}"))
                .block(block("ask", "askQuestion", "{'prompt': {'tr': 'E-posta?'}, 'inputType': 'email', 'property': 'contact.email'}"))
                .build();
        var chat = Conversations.ayse(flow, environment);
        TurnResult result = chat.startAt("ask");

        assertThat(texts(result)).containsExactly("E-posta?");
        assertThat(result.currentBlock()).isEqualTo("ask");
        assertThat(result.trace().notes()).extracting(TraceNote::code).contains("startedAtBlock");
    }

    @Test
    void oneEngineServesManyConversationsAtOnce() throws Exception {
        Engine engine = new Engine(dev.akis.testing.SampleFlows.orderLookup("mostUrgent"), environment.engineServices());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "c" + i;
                answers.add(pool.submit(() -> {
                    ConversationState state = engine.newConversation(ConversationStart.of(id, "api", null, null, "tr"));
                    state = engine.handle(state, dev.akis.engine.message.InboundEvent.text("sipariş")).state();
                    state = engine.handle(state, dev.akis.engine.message.InboundEvent.text("ayse.yilmaz@example.com")).state();
                    TurnResult result = engine.handle(state, dev.akis.engine.message.InboundEvent.choice("o-1042", "#1042"));
                    return result.state().conversationId() + " " + result.state().property("shipment.status");
                }));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo("c" + i + " delayed");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
