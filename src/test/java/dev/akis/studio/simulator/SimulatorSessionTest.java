package dev.akis.studio.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.sim.MockCommerceEnvironment;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptResult;
import dev.akis.sim.script.ScriptRunner;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.ui.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's conversation without a window: the view model over the session and the mock world. */
class SimulatorSessionTest {

    private static final String AYSE = "ayse.yilmaz@example.com";
    private static final String ELIF = "elif.celik@example.org";

    private final Texts texts = new Texts(Locale.ENGLISH);
    private final SimulatorViewModel model = new SimulatorViewModel(SimulatorSession.STANDARD_WORLD, Runnable::run,
            texts, BlockCatalog.standard());

    @AfterEach
    void close() {
        model.close();
    }

    private SimTurn await(java.util.concurrent.CompletableFuture<SimTurn> turn) throws Exception {
        return turn.get(60, TimeUnit.SECONDS);
    }

    private String botText() {
        StringBuilder text = new StringBuilder();
        for (ChatEntry entry : model.chat()) {
            if (entry instanceof ChatEntry.Bot bot) {
                text.append(bot.message().readableText()).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void ayseAsksWhereHerOrderIsAndHearsHerYurticiParcelIsLate() throws Exception {
        FlowDocument flow = SampleFlows.orderLookup();
        SimTurn begun = await(model.begin(flow, new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));
        assertThat(begun.failed()).as(String.valueOf(begun.error())).isFalse();
        assertThat(begun.language()).isEqualTo("tr");

        await(model.say("Siparişim nerede?"));
        assertThat(botText()).contains("e-posta");
        assertThat(model.last().currentBlock()).isEqualTo("ask_email");

        await(model.say(AYSE));
        List<ChoiceOption> orders = List.copyOf(model.chips());
        assertThat(orders).extracting(ChoiceOption::title).contains("#1076");
        assertThat(model.properties()).anySatisfy(row -> {
            assertThat(row.name()).isEqualTo("member.firstName");
            assertThat(row.value()).isEqualTo("Ayşe");
            assertThat(row.changed()).isTrue();
        });

        await(model.tap(orders.stream().filter(o -> o.title().equals("#1076")).findFirst().orElseThrow()));
        assertThat(botText()).contains("Yurtiçi").contains("gecikti");
        assertThat(model.last().path()).contains("get_member", "select_order", "order_status", "msg_delayed");
        assertThat(model.last().pathConnections()).contains(dev.akis.flow.Connection.of("order_status", "delayed", "msg_delayed"));
        // The conversation ended: the flow's properties are cleared, and the panel marks what the end cleared.
        assertThat(model.properties()).anySatisfy(row -> {
            assertThat(row.name()).isEqualTo("member.firstName");
            assertThat(row.value()).isNull();
            assertThat(row.changed()).isTrue();
            assertThat(row.before()).isEqualTo("Ayşe");
        });
        assertThat(model.timeline()).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo(TimelineStep.Kind.CALL);
            assertThat(step.status()).isEqualTo(CallOutcome.OK);
            assertThat(step.text()).contains("Yurtiçi Kargo");
        });
        assertThat(model.chips()).isEmpty();
        assertThat(model.typingProperty().get()).isFalse();
    }

    @Test
    void aFailingShopSendsTheConversationDownTheErrorPortAndTheTimelineSaysSo() throws Exception {
        await(model.begin(SampleFlows.orderLookup(), new SimulatorSession.Setup(AYSE, "en", ChannelPreview.Channel.PLAIN)));
        await(model.say("Where is my order?"));
        await(model.fault("ikas", FaultMode.SERVER_ERROR));
        await(model.say(AYSE));

        assertThat(model.last().path()).contains("handoff");
        assertThat(model.last().pathConnections()).contains(dev.akis.flow.Connection.of("get_member", "error", "handoff"));
        assertThat(model.timeline()).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo(TimelineStep.Kind.CALL);
            assertThat(step.status()).isEqualTo(CallOutcome.ERROR);
            assertThat(step.problem()).isTrue();
        });
        assertThat(model.chat()).anySatisfy(entry -> assertThat(entry).isInstanceOf(ChatEntry.Note.class)
                .extracting(e -> ((ChatEntry.Note) e).text()).asString().contains("İkas").contains("Server error"));
    }

    @Test
    void anHourOnTheVirtualClockFiresTheReminder() throws Exception {
        await(model.begin(SimulatorFlows.reminder(), new SimulatorSession.Setup("stranger", "tr", ChannelPreview.Channel.PLAIN)));
        String before = model.clockProperty().get();
        await(model.say("Merhaba"));
        assertThat(botText()).contains("Sepetiniz sizi bekliyor").doesNotContain("hatırlatma");
        assertThat(model.last().state().timers()).isNotEmpty();

        await(model.pass(Duration.ofMinutes(30)));
        assertThat(botText()).doesNotContain("hatırlatma");
        await(model.pass(Duration.ofHours(1)));
        assertThat(botText()).contains("Küçük bir hatırlatma");
        assertThat(model.clockProperty().get()).isNotEqualTo(before);
        assertThat(model.timeline()).anySatisfy(step -> assertThat(step.kind()).isEqualTo(TimelineStep.Kind.TIMER));
    }

    @Test
    void aConversationSavedAsTestReplaysGreenWithTheCommandLineRunner() throws Exception {
        FlowDocument flow = SampleFlows.orderLookup();
        await(model.begin(flow, new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.WHATSAPP)));
        await(model.say("Siparişim nerede?"));
        await(model.fault("yurtici", FaultMode.NONE));
        await(model.say(AYSE));
        await(model.tap(model.chips().get(0)));

        SimulatorSession.SavedTest saved = model.session().testText("Ayşe, saved in a test", null).get(30, TimeUnit.SECONDS)
                .orElseThrow();
        assertThat(saved.text()).contains("customer: " + AYSE).contains("channel: whatsapp").contains("tap: #1076")
                .contains("fault: yurtici none");
        ScriptResult result = new ScriptRunner().run(flow, new ScriptParser().parse(saved.text(), "saved.convtest"),
                Locale.ENGLISH);
        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
    }

    @Test
    void aSlowShopIsSavedInTheTestAsARealFaultLineAndShownInTheChat() throws Exception {
        FlowDocument flow = SampleFlows.orderLookup();
        await(model.begin(flow, new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));
        await(model.say("Siparişim nerede?"));
        await(model.slow("ikas", Duration.ofMillis(200)));
        await(model.say(AYSE));

        assertThat(model.chat()).anySatisfy(entry -> assertThat(entry).isInstanceOf(ChatEntry.Note.class)
                .extracting(e -> ((ChatEntry.Note) e).text()).asString().isEqualTo("İkas answers slowly (200ms more per call)"));
        SimulatorSession.SavedTest saved = model.session().testText("Ayşe with a slow shop", null).get(30, TimeUnit.SECONDS)
                .orElseThrow();
        assertThat(saved.text()).contains("\nfault: ikas slow 200ms\n").doesNotContain("# ikas");
        ScriptResult result = new ScriptRunner().run(flow, new ScriptParser().parse(saved.text(), "saved.convtest"),
                Locale.ENGLISH);
        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
        assertThat(result.transcript()).contains("! fault: ikas slow 200ms");
    }

    @Test
    void somethingThatIsNeitherAnEmailNorAPhoneIsRefusedAndTheConversationThatWasPlayingStaysShown() throws Exception {
        await(model.begin(SampleFlows.orderLookup(), new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));
        await(model.say("Siparişim nerede?"));
        SimTurn refused = await(model.begin(SampleFlows.orderLookup(),
                new SimulatorSession.Setup("ayse yilmaz", "en", ChannelPreview.Channel.PLAIN)));
        assertThat(refused.failed()).isTrue();
        assertThat(refused.error()).contains("ayse yilmaz").contains("neither an e-mail address nor a mobile number");
        assertThat(botText()).contains("e-posta");
        // The header goes back to who is really writing, so Restart plays Ayşe again instead of failing again.
        assertThat(model.setup().customer()).isEqualTo(AYSE);
        assertThat(model.setup().language()).isNull();
        SimTurn restarted = await(model.begin(SampleFlows.orderLookup(), model.setup()));
        assertThat(restarted.failed()).isFalse();
    }

    @Test
    void anEmailTheShopDoesNotKnowWritesAsAStrangerWhoGaveThatAddressAndReplaysAsSuch() throws Exception {
        FlowDocument flow = FlowFiles.load(Path.of("flows-samples/order-lookup.json"));
        await(model.begin(flow, new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));
        SimTurn begun = await(model.begin(flow,
                new SimulatorSession.Setup("nobody@example.com", "tr", ChannelPreview.Channel.PLAIN)));
        assertThat(begun.failed()).as(String.valueOf(begun.error())).isFalse();
        assertThat(model.setup().customer()).isEqualTo("nobody@example.com");
        assertThat(begun.state().property("contact.email")).isEqualTo("nobody@example.com");
        assertThat(begun.state().property("contact.phone")).isEqualTo(dev.akis.sim.CustomerProfile.STRANGER_PHONE);
        assertThat(model.properties()).anySatisfy(row -> {
            assertThat(row.name()).isEqualTo("contact.email");
            assertThat(row.value()).isEqualTo("nobody@example.com");
        });
        await(model.say("Siparişim nerede?"));

        String saved = model.session().testText("A stranger", null).get(30, TimeUnit.SECONDS).orElseThrow().text();
        assertThat(saved).contains("customer: stranger\n").contains("set: contact.email = nobody@example.com\n");
        ScriptResult replay = new ScriptRunner().run(flow, new ScriptParser().parse(saved, "saved.convtest"),
                Locale.ENGLISH);
        assertThat(replay.passed()).as(replay.report(Locale.ENGLISH)).isTrue();
    }

    @Test
    void startingFromABlockWithoutItsDataShowsTheEnginesProblemInItsOwnWords() throws Exception {
        await(model.begin(SampleFlows.orderLookup(), new SimulatorSession.Setup("stranger", "en", ChannelPreview.Channel.PLAIN)));
        SimTurn started = await(model.startAt("msg_delayed"));

        assertThat(started.path()).startsWith("msg_delayed");
        List<dev.akis.engine.trace.TraceNote> problems = started.result().trace().problems();
        assertThat(problems).isNotEmpty();
        String engineWords = problems.get(0).describe(Locale.ENGLISH);
        assertThat(model.timeline()).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo(TimelineStep.Kind.NOTE);
            assertThat(step.problem()).isTrue();
            assertThat(step.text()).isEqualTo(engineWords);
            assertThat(step.blockId()).isEqualTo("msg_delayed");
        });
        assertThat(model.chat()).anySatisfy(entry -> assertThat(entry).isInstanceOf(ChatEntry.Note.class)
                .extracting(e -> ((ChatEntry.Note) e).text()).asString().contains("msg_delayed"));
    }
    @Test
    void elifsCashOnDeliveryOrderIsOfferedFirstAndADayLaterTheOrderTeamTakesOver() throws Exception {
        FlowDocument flow = FlowFiles.load(Path.of("flows-samples/cod-confirmation.json"));
        await(model.begin(flow, new SimulatorSession.Setup(ELIF, null, ChannelPreview.Channel.PLAIN)));
        List<SimulatorSession.OrderChoice> orders = model.session().customerOrders().get(30, TimeUnit.SECONDS);
        SimulatorSession.OrderChoice newestCash = orders.stream().filter(SimulatorSession.OrderChoice::cashOnDelivery)
                .findFirst().orElseThrow();
        assertThat(newestCash.orderNumber()).isEqualTo("1125");

        await(model.cashOnDelivery(newestCash.orderId()));
        assertThat(botText()).contains("#1125").contains("Kapıda ödenecek tutar: 1.099,80 TL");
        assertThat(model.last().result().trace().problems()).isEmpty();
        assertThat(model.chat()).anySatisfy(entry -> assertThat(entry).isInstanceOf(ChatEntry.Note.class)
                .extracting(e -> ((ChatEntry.Note) e).text()).asString().contains("1125"));

        await(model.pass(Duration.ofDays(1)));
        assertThat(botText()).contains("Küçük bir hatırlatma").contains("onaylamadığınız için");
        assertThat(model.last().state().status()).isEqualTo(dev.akis.engine.ConversationState.Status.HANDED_OFF);
    }

    @Test
    void anAbandonedCheckoutFromTheToolsBringsItsLinkCartAndTotalAndSavesAsAGreenTest() throws Exception {
        FlowDocument flow = FlowFiles.load(Path.of("flows-samples/abandoned-checkout.json"));
        await(model.begin(flow, new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));

        await(model.checkout(ShopEventLines.CheckoutOutcome.ABANDONED));
        LinkButtonMessage first = lastLink();
        assertThat(first.url()).isEqualTo("https://modaruzgari.myikas.com/checkout/recover/chk-sim-1");
        assertThat(first.text()).contains("1 × ");
        assertThat(model.properties()).anySatisfy(row -> {
            assertThat(row.name()).isEqualTo("cart.total");
            assertThat(row.value()).endsWith(" TRY");
        });
        await(model.pass(Duration.ofDays(1)));
        assertThat(lastLink().url()).isEqualTo(first.url());
        assertThat(model.timeline()).noneMatch(TimelineStep::problem);

        SimulatorSession.SavedTest saved = model.session().testText("Ayşe leaves her cart", null)
                .get(30, TimeUnit.SECONDS).orElseThrow();
        assertThat(saved.text()).contains("event: abandoned checkout=chk-sim-1 link=" + first.url() + " cart=\"1 × ");
        ScriptResult result = new ScriptRunner().run(flow, new ScriptParser().parse(saved.text(), "saved.convtest"),
                Locale.ENGLISH);
        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
    }

    @Test
    void aPaymentReportedFromTheToolsNamesTheCheckoutTheReplayedTestMakesToo() throws Exception {
        FlowDocument flow = FlowFiles.load(Path.of("flows-samples/ctwa-hoodie-to-checkout.json"));
        for (ShopEventLines.CheckoutOutcome outcome : List.of(ShopEventLines.CheckoutOutcome.PAID,
                ShopEventLines.CheckoutOutcome.FAILED)) {
            await(model.begin(flow, new SimulatorSession.Setup("0532 555 44 33", null, ChannelPreview.Channel.PLAIN)));
            await(model.say("Merhaba! Kapüşonlu sweatshirt hakkında bilgi almak istiyorum."));
            await(model.tap(chip("Oversize Kapüşonlu")));
            await(model.tap(chip("Siyah / M")));
            await(model.tap(chip("Evet, hazırla")));
            String checkout = model.last().state().property("checkout.id");
            await(model.checkout(outcome));
            assertThat(botText()).contains(outcome == ShopEventLines.CheckoutOutcome.PAID
                    ? "Sipariş numaranız #1126" : "Ödemeniz tamamlanamadı");

            String saved = model.session().testText("The hoodie is " + outcome, null).get(30, TimeUnit.SECONDS)
                    .orElseThrow().text();
            assertThat(saved).contains("checkout=" + checkout);
            ScriptResult replay = new ScriptRunner().run(flow, new ScriptParser().parse(saved, "saved.convtest"),
                    Locale.ENGLISH);
            assertThat(replay.passed()).as(replay.report(Locale.ENGLISH)).isTrue();
        }
    }

    @Test
    void aTestSavedAfterRenamingAyseInTheDataReplaysAgainstTheEditedDataWrittenBesideIt(@TempDir Path folder)
            throws Exception {
        FlowDocument flow = FlowFiles.load(Path.of("flows-samples/order-lookup.json"));
        await(model.begin(flow, new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));
        renameAyse("Ayşegül");
        // The usual order: edit the data, then start a new conversation on it.
        await(model.begin(flow, new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));
        await(model.say("Siparişim nerede?"));
        await(model.say(AYSE));
        assertThat(botText()).contains("Teşekkürler Ayşegül!");

        Path testFile = folder.resolve("order-lookup.ayseguel.convtest");
        SimulatorSession.SavedTest saved = model.session().testText("Ayşegül", testFile).get(30, TimeUnit.SECONDS)
                .orElseThrow();
        assertThat(saved.dataFile()).isEqualTo(folder.resolve("order-lookup.ayseguel.data.json"));
        assertThat(saved.text()).contains("dataset: order-lookup.ayseguel.data.json\n");
        assertThat(saved.editedSinceStart()).isFalse();
        new dev.akis.commerce.dataset.DatasetWriter().write(saved.editedData(), saved.dataFile());
        Files.writeString(testFile, saved.text());

        ScriptResult replay = new ScriptRunner().run(flow, new ScriptParser().parse(testFile), Locale.ENGLISH);
        assertThat(replay.passed()).as(replay.report(Locale.ENGLISH)).isTrue();
        assertThat(String.join("\n", replay.transcript())).contains("Ayşegül");

        // After a reset the data is the file's again: a new test plays the shipped dataset.
        await(model.resetDataset());
        await(model.say("Siparişim nerede?"));
        SimulatorSession.SavedTest plain = model.session().testText("Ayşe", testFile).get(30, TimeUnit.SECONDS)
                .orElseThrow();
        assertThat(plain.dataFile()).isNull();
        assertThat(plain.text()).contains("dataset: default\n");
    }

    @Test
    void dataEditedDuringTheConversationIsLeftOutOfTheTestAndTheSaveSaysSo() throws Exception {
        await(model.begin(SampleFlows.orderLookup(), new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));
        await(model.say("Siparişim nerede?"));
        renameAyse("Ayşegül");
        SimulatorSession.SavedTest saved = model.session().testText("Ayşe", null).get(30, TimeUnit.SECONDS)
                .orElseThrow();
        assertThat(saved.editedSinceStart()).isTrue();
        assertThat(saved.dataFile()).isNull();
        assertThat(saved.text()).contains("dataset: default\n");
    }

    private void renameAyse(String firstName) throws Exception {
        dev.akis.commerce.dataset.ShopDatabase database = model.session().world().get(30, TimeUnit.SECONDS).database();
        dev.akis.commerce.dataset.MemberRow ayse = database
                .findMember(dev.akis.commerce.dataset.MemberFilter.byEmail(AYSE)).orElseThrow().member();
        database.updateMember(new dev.akis.commerce.dataset.MemberRow(ayse.id(), firstName, ayse.lastName(),
                ayse.email(), ayse.phone(), ayse.preferredLanguage(), ayse.city(), ayse.district(),
                ayse.createdAt(), ayse.persona()));
    }

    private ChoiceOption chip(String titleStart) {
        return model.chips().stream().filter(o -> o.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("No option " + titleStart + " in " + model.chips()));
    }

    private LinkButtonMessage lastLink() {
        for (int i = model.chat().size() - 1; i >= 0; i--) {
            if (model.chat().get(i) instanceof ChatEntry.Bot bot && bot.message() instanceof LinkButtonMessage link) {
                return link;
            }
        }
        throw new AssertionError("No link in the chat: " + botText());
    }

    @Test
    void faultsChosenBeforeLoadingAnotherDatasetKeepApplyingToIt(@TempDir Path folder) throws Exception {
        await(model.begin(SampleFlows.orderLookup(), new SimulatorSession.Setup(AYSE, "en", ChannelPreview.Channel.PLAIN)));
        await(model.fault("ikas", FaultMode.SERVER_ERROR));
        await(model.slow("yurtici", Duration.ofSeconds(2)));
        Path copy = folder.resolve("copy-of-the-shop.json");
        model.session().world().get(30, TimeUnit.SECONDS).database().export(copy);

        SimTurn loaded = await(model.loadDataset(copy));
        assertThat(loaded.failed()).as(String.valueOf(loaded.error())).isFalse();
        MockCommerceEnvironment world = model.session().world().get(30, TimeUnit.SECONDS);
        assertThat(world.dataset()).endsWith("copy-of-the-shop.json");
        assertThat(world.faults("ikas").orElseThrow().mode()).isEqualTo(FaultMode.SERVER_ERROR);
        assertThat(world.faults("yurtici").orElseThrow().latency()).isEqualTo(Duration.ofSeconds(2));

        await(model.say("Where is my order?"));
        await(model.say(AYSE));
        assertThat(model.last().path()).contains("handoff");
    }

    @Test
    void aTestSavedAfterLoadingADatasetNamesTheFileRelativeToTheTestsFolder(@TempDir Path folder) throws Exception {
        Path data = Files.createDirectories(folder.resolve("data")).resolve("shop.json");
        await(model.begin(SampleFlows.orderLookup(), new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));
        model.session().world().get(30, TimeUnit.SECONDS).database().export(data);
        await(model.loadDataset(data.toAbsolutePath()));
        await(model.say("Siparişim nerede?"));

        Path beside = folder.resolve("flows").resolve("order-lookup.ayse.convtest");
        String text = model.session().testText("Ayşe", beside).get(30, TimeUnit.SECONDS).orElseThrow().text();
        assertThat(text).contains("dataset: ../data/shop.json\n").doesNotContain(folder.toAbsolutePath().toString());
        assertThat(SimulatorSession.datasetAsSeenFrom("default", beside)).isEqualTo("default");
    }
    @Test
    void aDatasetThatDoesNotKnowTheCustomerStartsTheConversationWithAStranger(@TempDir Path folder) throws Exception {
        await(model.begin(SampleFlows.orderLookup(), new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.PLAIN)));
        dev.akis.commerce.dataset.ShopDatabase database = model.session().world().get(30, TimeUnit.SECONDS).database();
        dev.akis.commerce.dataset.MemberRow ayse = database
                .findMember(dev.akis.commerce.dataset.MemberFilter.byEmail(AYSE)).orElseThrow().member();
        database.updateMember(new dev.akis.commerce.dataset.MemberRow(ayse.id(), ayse.firstName(), ayse.lastName(),
                "ayse.new@example.com", ayse.phone(), ayse.preferredLanguage(), ayse.city(), ayse.district(),
                ayse.createdAt(), ayse.persona()));
        Path renamed = folder.resolve("renamed.json");
        database.export(renamed);

        SimTurn loaded = await(model.loadDataset(renamed));
        assertThat(loaded.failed()).as(String.valueOf(loaded.error())).isFalse();
        // Her e-mail is unknown there: she writes as a stranger who gave that address.
        assertThat(loaded.state().property("contact.name")).isNull();
        assertThat(loaded.state().property("contact.email")).isEqualTo(AYSE);
        await(model.say("Siparişim nerede?"));
        assertThat(botText()).contains("e-posta");
    }
}
