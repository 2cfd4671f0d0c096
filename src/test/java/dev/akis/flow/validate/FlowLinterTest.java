package dev.akis.flow.validate;

import static dev.akis.flow.SampleFlows.block;
import static dev.akis.flow.SampleFlows.choiceQuestion;
import static dev.akis.flow.SampleFlows.flow;
import static dev.akis.flow.SampleFlows.message;
import static dev.akis.flow.SampleFlows.orderStatusFlow;
import static dev.akis.flow.SampleFlows.text;
import static dev.akis.flow.SampleFlows.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.commerce.StatusGroup;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.PropertyType;
import dev.akis.flow.StickyNote;
import dev.akis.i18n.Languages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FlowLinterTest {

    private final FlowLinter linter = new FlowLinter(BlockCatalog.standard());

    private List<Problem> lint(FlowDocument flow) {
        return linter.lint(flow);
    }

    private static Tuple problem(ProblemCode code, String elementId) {
        return tuple(code, code.severity(), elementId);
    }

    private List<Tuple> found(FlowDocument flow) {
        List<Tuple> tuples = new ArrayList<>();
        for (Problem problem : lint(flow)) {
            tuples.add(tuple(problem.code(), problem.severity(), problem.elementId()));
        }
        return tuples;
    }

    /** A flow whose only entry point leads to a Send Message that ends the conversation. */
    private static FlowDocument.Builder greeting() {
        return flow("greeting")
                .entryPoint(EntryPoint.anyMessage("start", "hello"))
                .block(message("hello", "Merhaba!", "Hello!"));
    }

    @Test
    void aCompleteOrderStatusFlowHasNoProblems() {
        assertThat(lint(orderStatusFlow())).isEmpty();
    }

    @Test
    void problemsComeInTheOrderOfTheirElementsInTheDocument() {
        FlowDocument flow = flow("ordered")
                .entryPoint(EntryPoint.anyMessage("start", "hello"))
                .block(message("hello", "Merhaba", "Hello"))
                .block(message("lonely", "Yalnız", null))
                .block(block("getMember", "lookup"))
                .connect("hello", "next", "lookup")
                .entryPoint(EntryPoint.anyMessage("second", "nowhere"))
                .build();
        assertThat(lint(flow)).extracting(Problem::elementId).containsExactly(
                "second", "lonely", "lonely", "lookup", "lookup", "lookup", "lookup");
        assertThat(lint(flow)).extracting(Problem::code).containsExactly(
                ProblemCode.ENTRY_TARGET_MISSING,
                ProblemCode.MISSING_TRANSLATION, ProblemCode.UNREACHABLE_BLOCK,
                ProblemCode.UNKNOWN_PLACEHOLDER,
                ProblemCode.REQUIRED_PORT_UNCONNECTED, ProblemCode.REQUIRED_PORT_UNCONNECTED,
                ProblemCode.RECOMMENDED_PORT_UNCONNECTED);
    }

    @Nested
    class Structure {

        @Test
        void twoBlocksWithTheSameIdAreReportedOnceAndANoteCannotReuseABlockId() {
            FlowDocument flow = greeting()
                    .block(message("hello", "Tekrar", "Again"))
                    .note(new StickyNote("hello", LocalizedText.of("tr", "not"), null, null))
                    .build();
            assertThat(lint(flow)).filteredOn(p -> p.code() == ProblemCode.DUPLICATE_ID)
                    .extracting(Problem::elementId, Problem::severity)
                    .containsExactly(tuple("hello", Severity.ERROR), tuple("hello", Severity.ERROR));
        }

        @Test
        void aFlowWithoutEntryPointCannotStartAndSaysSoOnce() {
            FlowDocument flow = flow("silent").block(message("hello", "Merhaba", "Hello")).build();
            assertThat(found(flow)).containsExactly(problem(ProblemCode.NO_ENTRY_POINT, null));
        }

        @Test
        void anEntryPointLeadingToADeletedBlockOrNowhereIsAnError() {
            FlowDocument flow = greeting()
                    .entryPoint(EntryPoint.keyword("campaign", "deleted_block",
                            FlowDocument.keywords("tr", List.of("kampanya"))))
                    .entryPoint(EntryPoint.checkoutReturn("paid", null, "paid"))
                    .build();
            assertThat(found(flow)).containsExactly(
                    problem(ProblemCode.ENTRY_TARGET_MISSING, "campaign"),
                    problem(ProblemCode.ENTRY_TARGET_MISSING, "paid"));
            assertThat(lint(flow).get(1).message(Locale.ENGLISH)).contains("\"paid\"", "\"—\"");
        }

        @Test
        void everyCheckoutOutcomeIsAcceptedAndAnUnknownOneListsThem() {
            FlowDocument flow = greeting()
                    .entryPoint(EntryPoint.checkoutReturn("cod", "hello", "cashOnDelivery"))
                    .entryPoint(EntryPoint.checkoutReturn("abandoned", "hello", "abandoned"))
                    .entryPoint(EntryPoint.checkoutReturn("refund", "hello", "refunded"))
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.INVALID_FIELD_VALUE, "refund"));
            assertThat(problems.get(0).message(Locale.ENGLISH))
                    .contains("\"refunded\"", "paid, paymentFailed, abandoned, cashOnDelivery, any");
        }

        @Test
        void aWireToABlockThatNoLongerExistsIsDangling() {
            FlowDocument flow = greeting().connect("hello", "next", "ghost").build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.DANGLING_CONNECTION, "hello"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).contains("\"ghost\" is not a block");
        }

        @Test
        void aWireFromAPortTheBlockDoesNotHaveIsReported() {
            FlowDocument flow = greeting().block(block("end", "bye"))
                    .connect("hello", "yes", "bye").connect("hello", "next", "bye").build();
            assertThat(found(flow)).containsExactly(problem(ProblemCode.UNKNOWN_PORT, "hello"));
        }

        @Test
        void oneOutputWiredToTwoBlocksIsReported() {
            FlowDocument flow = greeting().block(block("end", "bye")).block(block("handoff", "agent"))
                    .connect("hello", "next", "bye").connect("hello", "next", "agent").build();
            assertThat(found(flow)).containsExactly(problem(ProblemCode.DUPLICATE_CONNECTION, "hello"));
            assertThat(lint(flow).get(0).message(Locale.ENGLISH)).contains("\"next\"");
        }

        @Test
        void aBlockNoEntryPointLeadsToIsUnreachable() {
            FlowDocument flow = greeting().block(message("orphan", "Kimse", "Nobody")).build();
            assertThat(found(flow)).containsExactly(problem(ProblemCode.UNREACHABLE_BLOCK, "orphan"));
        }

        @Test
        void aJumpTargetCountsAsReachable() {
            FlowDocument flow = greeting()
                    .block(block("jump", "back").withConfigValue("target", text("menu")))
                    .block(choiceQuestion("menu", "buttons", "orders", "help"))
                    .connect("hello", "next", "back")
                    .connect("menu", "choice:orders", "hello")
                    .connect("menu", "choice:help", "hello")
                    .connect("menu", "gaveUp", "hello")
                    .build();
            assertThat(lint(flow)).isEmpty();
        }

        @Test
        void anUnknownBlockTypeIsKeptWithAWarningAndItsWiresAreNotJudged() {
            Block carousel = new Block("carousel_1", "carousel", null, (ObjectNode) Json.object().put("cards", 3), null);
            FlowDocument flow = greeting().block(carousel).block(block("end", "bye"))
                    .connect("hello", "next", "carousel_1").connect("carousel_1", "swiped", "bye").build();
            assertThat(found(flow)).containsExactly(problem(ProblemCode.UNKNOWN_BLOCK_TYPE, "carousel_1"));
        }
    }

    @Nested
    class Ports {

        @Test
        void aMemberLookupWithoutNotFoundIsAnErrorAndWithoutErrorAWarning() {
            Block lookup = block("getMember", "lookup").withConfigValue("lookupBy", text("phone"))
                    .withConfigValue("value", text("{contact.phone}"));
            FlowDocument flow = greeting().block(lookup).block(block("end", "bye"))
                    .connect("hello", "next", "lookup").connect("lookup", "found", "bye").build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(
                    problem(ProblemCode.REQUIRED_PORT_UNCONNECTED, "lookup"),
                    problem(ProblemCode.RECOMMENDED_PORT_UNCONNECTED, "lookup"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).contains("\"not found\" (notFound)");
            assertThat(problems.get(1).message(Locale.ENGLISH)).contains("\"error\"");
        }

        @Test
        void aQuestionWithEveryChoiceWiredNeedsNoAnsweredOutput() {
            FlowDocument flow = flow("menu")
                    .entryPoint(EntryPoint.anyMessage("start", "menu"))
                    .block(choiceQuestion("menu", "buttons", "orders", "returns"))
                    .block(block("end", "bye"))
                    .connect("menu", "choice:orders", "bye")
                    .connect("menu", "choice:returns", "bye")
                    .connect("menu", "gaveUp", "bye")
                    .build();
            assertThat(lint(flow)).isEmpty();
        }

        @Test
        void aQuestionWithOneChoiceUnwiredNeedsTheAnsweredOutputForIt() {
            FlowDocument flow = flow("menu")
                    .entryPoint(EntryPoint.anyMessage("start", "menu"))
                    .block(choiceQuestion("menu", "buttons", "orders", "returns"))
                    .block(block("end", "bye"))
                    .connect("menu", "choice:orders", "bye")
                    .connect("menu", "gaveUp", "bye")
                    .build();
            assertThat(lint(flow)).extracting(Problem::code, Problem::elementId)
                    .containsExactly(tuple(ProblemCode.REQUIRED_PORT_UNCONNECTED, "menu"));
            assertThat(lint(flow).get(0).message(Locale.ENGLISH)).contains("output \"answered\" is not connected");
        }

        @Test
        void anOrderStatusWithEveryStatusGroupWiredNeedsNoOtherOutput() {
            FlowDocument.Builder builder = flow("status")
                    .entryPoint(EntryPoint.anyMessage("start", "status"))
                    .block(block("orderStatus", "status").withConfigValue("orderId", text("1028")))
                    .block(block("handoff", "agent"))
                    .connect("status", "error", "agent");
            for (StatusGroup group : StatusGroup.values()) {
                builder.connect("status", group.portId(), "agent");
            }
            assertThat(lint(builder.build())).isEmpty();
            FlowDocument missingOne = builder.build().withConnections(builder.build().connections().stream()
                    .filter(c -> !c.port().equals("delivered")).toList());
            assertThat(found(missingOne)).containsExactly(problem(ProblemCode.REQUIRED_PORT_UNCONNECTED, "status"));
        }
    }

    @Nested
    class Settings {

        @Test
        void aMessageWithoutTextAndAJumpWithoutTargetMissRequiredSettings() {
            FlowDocument flow = flow("empty")
                    .entryPoint(EntryPoint.anyMessage("start", "hello"))
                    .block(message("hello", "", " "))
                    .block(block("jump", "loop_back"))
                    .connect("hello", "next", "loop_back")
                    .build();
            assertThat(lint(flow)).extracting(Problem::code, Problem::elementId, Problem::field).containsExactly(
                    tuple(ProblemCode.MISSING_REQUIRED_FIELD, "hello", "text"),
                    tuple(ProblemCode.MISSING_REQUIRED_FIELD, "loop_back", "target"));
            assertThat(lint(flow).get(0).message(Locale.ENGLISH)).isEqualTo("the setting \"Message\" is required");
        }

        @Test
        void aRequiredTextWithABuiltInDefaultIsNeverMissing() {
            Block question = block("askQuestion", "ask").withConfigValue("prompt", null);
            FlowDocument flow = flow("defaults").entryPoint(EntryPoint.anyMessage("start", "ask")).block(question)
                    .block(block("end", "bye")).connect("ask", "answered", "bye").connect("ask", "gaveUp", "bye")
                    .build();
            assertThat(lint(flow)).isEmpty();
        }

        @Test
        void settingsOfTheWrongKindAreInvalidAndSayWhy() {
            ArrayNode branches = Json.NODES.arrayNode();
            ObjectNode branch = branches.addObject().put("id", "vip");
            branch.putArray("rules").addObject().put("property", "member.orderCount").put("operator", "between")
                    .put("value", "5");
            FlowDocument flow = greeting()
                    .block(block("wait", "pause").withConfigValue("duration", text("2 hours")))
                    .block(block("selectOrder", "orders").withConfigValue("pageSize", Json.NODES.numberNode(20)))
                    .block(block("askQuestion", "ask").withConfigValue("pattern", text("([a-z")))
                    .block(block("httpRequest", "call").withConfigValue("method", text("FETCH"))
                            .withConfigValue("url", text("https://example.com")))
                    .block(block("condition", "check").withConfigValue("branches", branches))
                    .block(block("jump", "back").withConfigValue("target", text("start")))
                    .build();
            List<Problem> invalid = lint(flow).stream()
                    .filter(p -> p.code() == ProblemCode.INVALID_FIELD_VALUE).toList();
            assertThat(invalid).extracting(Problem::elementId, Problem::field).containsExactly(
                    tuple("pause", "duration"), tuple("orders", "pageSize"), tuple("ask", "pattern"),
                    tuple("call", "method"), tuple("check", "branches"), tuple("back", "target"));
            assertThat(invalid).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                    "the setting \"Wait for\" is not valid: \"2 hours\" is not a duration such as PT30M, PT2H or P1D",
                    "the setting \"Orders per page\" is not valid: 20 is outside the allowed range 1 to 9",
                    invalid.get(2).message(Locale.ENGLISH),
                    "the setting \"Method\" is not valid: \"FETCH\" is not one of GET, POST, PUT, PATCH, DELETE",
                    invalid.get(4).message(Locale.ENGLISH),
                    "the setting \"Continue at\" is not valid: \"start\" is not a block of this flow");
            assertThat(invalid.get(2).message(Locale.ENGLISH)).contains("regular expression \"([a-z\" is not valid");
            assertThat(invalid.get(4).message(Locale.ENGLISH)).contains("operator \"between\"", "isNotSet");
        }

        @Test
        void aChoiceWithoutTitleIsInvalid() {
            ArrayNode choices = Json.NODES.arrayNode();
            choices.addObject().put("id", "yes").set("title", texts("Evet", "Yes"));
            choices.addObject().put("id", "no");
            FlowDocument flow = greeting().block(choiceQuestion("ask", "buttons").withConfigValue("choices", choices))
                    .build();
            assertThat(lint(flow)).filteredOn(p -> p.code() == ProblemCode.INVALID_FIELD_VALUE)
                    .extracting(p -> p.message(Locale.ENGLISH))
                    .containsExactly("the setting \"Options\" is not valid: option \"no\" has no title");
        }

        @Test
        void settingsHiddenByTheInspectorAreNotChecked() {
            Block question = block("askQuestion", "ask")
                    .withConfigValue("inputType", text("email"))
                    .withConfigValue("choices", text("left over from an earlier edit"))
                    .withConfigValue("pattern", text("(["));
            FlowDocument flow = flow("hidden").entryPoint(EntryPoint.anyMessage("start", "ask")).block(question)
                    .block(block("end", "bye")).connect("ask", "answered", "bye").connect("ask", "gaveUp", "bye")
                    .build();
            assertThat(lint(flow)).isEmpty();
        }

        @Test
        void aProductListNeedsThreeToSixProducts() {
            ArrayNode two = Json.NODES.arrayNode().add("prd-hoodie").add("prd-tshirt");
            FlowDocument flow = greeting().block(block("productList", "picks").withConfigValue("products", two))
                    .build();
            List<Problem> counts = lint(flow).stream()
                    .filter(p -> p.code() == ProblemCode.ITEM_COUNT_OUT_OF_RANGE).toList();
            assertThat(counts).extracting(Problem::elementId, Problem::field).containsExactly(tuple("picks", "products"));
            assertThat(counts.get(0).message(Locale.ENGLISH)).isEqualTo("the number of items in \"Products\" is 2; allowed: 3 to 6");
            assertThat(counts.get(0).message(Languages.locale("tr")))
                    .isEqualTo("\"Ürünler\" içinde 2 öğe var; izin verilen: 3 ile 6 arası");
        }
    }

    @Nested
    class Placeholders {

        @Test
        void aCheckoutEntryFillsTheOrderTheShopNamesAndTheAbandonedCartsLink() {
            FlowDocument flow = flow("cod")
                    .entryPoint(EntryPoint.checkoutReturn("cod_order", "confirm", "cashOnDelivery"))
                    .block(message("confirm", "{order.number} numaralı siparişiniz: {order.total}. Sepete dön: {checkout.link}",
                            "Order {order.number}: {order.total}. Back to your cart: {checkout.link}"))
                    .build();
            assertThat(lint(flow)).isEmpty();
        }

        @Test
        void anOrderNumberWithoutAnyBlockThatSelectsAnOrderIsUnknown() {
            FlowDocument flow = flow("thanks")
                    .entryPoint(EntryPoint.anyMessage("start", "thanks"))
                    .block(message("thanks", "Siparişiniz {order.number} yolda, {contact.name}!",
                            "Your order {order.number} is on its way, {contact.name}!"))
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(problems).extracting(Problem::code, Problem::elementId, Problem::field)
                    .containsExactly(tuple(ProblemCode.UNKNOWN_PLACEHOLDER, "thanks", "text"));
            assertThat(problems.get(0).message(Locale.ENGLISH))
                    .startsWith("\"Message\" uses the placeholder {order.number}, but no block");
        }

        @Test
        void declaredPropertiesAndPropertiesFilledByBlocksAreKnown() {
            FlowDocument flow = flow("thanks")
                    .entryPoint(EntryPoint.anyMessage("start", "ask"))
                    .block(block("askQuestion", "ask").withConfigValue("property", text("survey.score"))
                            .withConfigValue("inputType", text("number")))
                    .block(message("thanks", "Puan {survey.score}, kupon {promo.code}",
                            "Score {survey.score}, coupon {promo.code}"))
                    .connect("ask", "answered", "thanks").connect("ask", "gaveUp", "thanks")
                    .property(PropertyDeclaration.of("promo.code", PropertyType.TEXT))
                    .build();
            assertThat(lint(flow)).isEmpty();
        }

        @Test
        void placeholdersInAssignmentsHeadersAndEntryTextsAreCheckedToo() {
            ArrayNode assignments = Json.NODES.arrayNode();
            assignments.addObject().put("property", "note").put("value", "{coupon.code}");
            ArrayNode headers = Json.NODES.arrayNode();
            headers.addObject().put("name", "X-Token").put("value", "{secret.token}");
            FlowDocument flow = flow("integrations")
                    .entryPoint(EntryPoint.clickToWhatsApp("ad", "set", "IG_Hoodie_01",
                            LocalizedText.of("tr", "Merhaba {campaign.name}")))
                    .block(block("setProperty", "set").withConfigValue("assignments", assignments))
                    .block(block("httpRequest", "call").withConfigValue("url", text("https://crm.example/{note}"))
                            .withConfigValue("headers", headers))
                    .block(block("end", "bye"))
                    .connect("set", "next", "call").connect("call", "ok", "bye").connect("call", "error", "bye")
                    .build();
            assertThat(lint(flow)).extracting(Problem::elementId, Problem::field, p -> p.args()[1]).containsExactly(
                    tuple("ad", "prefilledText", "campaign.name"),
                    tuple("set", "assignments", "coupon.code"),
                    tuple("call", "headers", "secret.token"));
        }
    }

    @Nested
    class Loops {

        @Test
        void twoMessagesThatJumpBackToEachOtherLoopForever() {
            FlowDocument flow = flow("spin")
                    .entryPoint(EntryPoint.anyMessage("start", "ping"))
                    .block(message("ping", "Ping", "Ping"))
                    .block(message("pong", "Pong", "Pong"))
                    .block(block("jump", "again").withConfigValue("target", text("ping")))
                    .connect("ping", "next", "pong").connect("pong", "next", "again")
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.LOOP_WITHOUT_WAIT, "ping"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).contains("ping, pong, again");
        }

        @Test
        void aJumpToItselfLoopsForever() {
            FlowDocument flow = flow("self").entryPoint(EntryPoint.anyMessage("start", "again"))
                    .block(block("jump", "again").withConfigValue("target", text("again"))).build();
            assertThat(found(flow)).containsExactly(problem(ProblemCode.LOOP_WITHOUT_WAIT, "again"));
        }

        @Test
        void aMenuThatAsksAgainIsAFineLoop() {
            FlowDocument flow = flow("menu")
                    .entryPoint(EntryPoint.anyMessage("start", "menu"))
                    .block(choiceQuestion("menu", "list", "orders", "returns"))
                    .block(message("orders", "Siparişler", "Orders"))
                    .block(block("jump", "back").withConfigValue("target", text("menu")))
                    .connect("menu", "answered", "orders").connect("menu", "gaveUp", "orders")
                    .connect("orders", "next", "back")
                    .build();
            assertThat(lint(flow)).isEmpty();
        }

        @Test
        void aLoopBesideAWaitingBlockIsStillFound() {
            // check ↔ set spin without waiting even though "check" can also go on to a question.
            ArrayNode branches = Json.NODES.arrayNode();
            ObjectNode branch = branches.addObject().put("id", "more");
            branch.putArray("rules").addObject().put("property", "count").put("operator", "lessThan").put("value", "3");
            ArrayNode assignments = Json.NODES.arrayNode();
            assignments.addObject().put("property", "count").put("value", "1");
            FlowDocument flow = flow("counter")
                    .entryPoint(EntryPoint.anyMessage("start", "check"))
                    .block(block("condition", "check").withConfigValue("branches", branches))
                    .block(block("setProperty", "set").withConfigValue("assignments", assignments))
                    .block(block("askQuestion", "ask"))
                    .connect("check", "branch:more", "set").connect("set", "next", "check")
                    .connect("check", "otherwise", "ask").connect("ask", "answered", "check")
                    .connect("ask", "gaveUp", "check")
                    .build();
            assertThat(found(flow)).containsExactly(problem(ProblemCode.LOOP_WITHOUT_WAIT, "check"));
        }

        @Test
        void aChainLongerThanOneTurnMayRunIsWarnedAboutOnceFromItsFirstToItsLastBlock() {
            int limit = dev.akis.flow.TurnLimit.BLOCKS_PER_TURN;
            assertThat(lint(chainOfMessages(limit))).isEmpty();

            List<Problem> problems = lint(chainOfMessages(limit + 20));
            assertThat(problems).extracting(Problem::code, Problem::elementId)
                    .containsExactly(tuple(ProblemCode.PATH_TOO_LONG_WITHOUT_WAIT, "m0"));
            assertThat(problems.get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(problems.get(0).message(Locale.ENGLISH)).startsWith(
                    "120 blocks run one after another without waiting for the customer, from m0 to m119; the engine "
                            + "stops a turn after 100 blocks");
        }

        @Test
        void aQuestionHalfwayBreaksALongChainIntoTwoShortTurns() {
            int limit = dev.akis.flow.TurnLimit.BLOCKS_PER_TURN;
            FlowDocument.Builder builder = flow("halves").entryPoint(EntryPoint.anyMessage("start", "m0"));
            for (int i = 0; i < limit + 20; i++) {
                builder.block(i == 60 ? choiceQuestion("m" + i, "buttons", "ok") : message("m" + i, "Adım " + i, "Step " + i));
                if (i > 0) {
                    builder.connect("m" + (i - 1), i - 1 == 60 ? "answered" : "next", "m" + i);
                }
            }
            builder.connect("m60", "gaveUp", "m61");
            assertThat(found(builder.build())).doesNotContain(problem(ProblemCode.PATH_TOO_LONG_WITHOUT_WAIT, "m0"));
        }

        @Test
        void aLongChainOfFiveThousandBlocksIsCheckedWithoutRunningOutOfStack() {
            FlowDocument.Builder builder = flow("long").entryPoint(EntryPoint.anyMessage("start", "m0"));
            int count = 5000;
            for (int i = 0; i < count; i++) {
                builder.block(message("m" + i, "Adım " + i, "Step " + i));
                if (i > 0) {
                    builder.connect("m" + (i - 1), "next", "m" + i);
                }
            }
            builder.block(block("jump", "again").withConfigValue("target", text("m0")));
            builder.connect("m" + (count - 1), "next", "again");
            List<Problem> problems = lint(builder.build());
            assertThat(problems).extracting(Problem::code, Problem::elementId)
                    .containsExactly(tuple(ProblemCode.LOOP_WITHOUT_WAIT, "m0"));
            assertThat(problems.get(0).args()[1]).isEqualTo(count + 1);
        }
    }

    @Nested
    class WhatsApp {

        @Test
        void fourReplyButtonsAreTooManyForWhatsApp() {
            FlowDocument flow = greeting().block(choiceQuestion("ask", "buttons", "a", "b", "c", "d")).build();
            List<Problem> problems = lint(flow).stream()
                    .filter(p -> p.code() == ProblemCode.WHATSAPP_TOO_MANY_BUTTONS).toList();
            assertThat(problems).extracting(Problem::elementId, Problem::field).containsExactly(tuple("ask", "choices"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).contains("has 4 options", "at most 3 buttons");
        }

        @Test
        void aButtonTitleLongerThanTwentyCharactersIsCutByWhatsApp() {
            ArrayNode choices = Json.NODES.arrayNode();
            choices.addObject().put("id", "track").set("title", texts("Kargom nerede?", "Where is my parcel right now?"));
            FlowDocument flow = greeting()
                    .block(choiceQuestion("ask", "buttons").withConfigValue("choices", choices))
                    .block(block("cartConfirmation", "cart")
                            .withConfigValue("yesLabel", texts("Evet, siparişimi onaylıyorum", "Yes")))
                    .build();
            List<Problem> problems = lint(flow).stream()
                    .filter(p -> p.code() == ProblemCode.WHATSAPP_BUTTON_TITLE_TOO_LONG).toList();
            assertThat(problems).extracting(Problem::elementId, Problem::field)
                    .containsExactly(tuple("ask", "choices"), tuple("cart", "yesLabel"));
            assertThat(problems.get(0).message(Locale.ENGLISH))
                    .isEqualTo("\"Options › track\" in English is 29 characters long; "
                            + "WhatsApp button titles may have at most 20");
            assertThat(problems.get(1).message(Languages.locale("tr"))).contains("Türkçe dilinde", "28 karakter");
        }

        @Test
        void elevenListRowsAreTooManyAndSaidOnce() {
            FlowDocument flow = greeting().block(choiceQuestion("ask", "list",
                    "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11")).build();
            assertThat(lint(flow)).filteredOn(p -> p.elementId().equals("ask") && p.field() != null)
                    .extracting(Problem::code).containsExactly(ProblemCode.WHATSAPP_TOO_MANY_LIST_ROWS);
        }

        @Test
        void aListRowTitleLongerThanTwentyFourCharactersIsTooLong() {
            ArrayNode choices = Json.NODES.arrayNode();
            choices.addObject().put("id", "old").set("title", texts("Geçen ayki tüm siparişlerim", "Last month"));
            FlowDocument flow = greeting()
                    .block(choiceQuestion("ask", "list").withConfigValue("choices", choices))
                    .block(block("selectOrder", "orders")
                            .withConfigValue("moreLabel", texts("Daha eski siparişlerimi göster", "Older orders")))
                    .build();
            assertThat(lint(flow)).filteredOn(p -> p.code() == ProblemCode.WHATSAPP_LIST_ROW_TITLE_TOO_LONG)
                    .extracting(Problem::elementId, Problem::field)
                    .containsExactly(tuple("ask", "choices"), tuple("orders", "moreLabel"));
        }

        @Test
        void aMessageOverFourThousandNinetySixCharactersIsTooLongInThatLanguage() {
            String longText = "🚚".repeat(4097);
            FlowDocument flow = flow("long").entryPoint(EntryPoint.anyMessage("start", "hello"))
                    .block(message("hello", "Kısa", longText)).build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.WHATSAPP_TEXT_TOO_LONG, "hello"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo(
                    "\"Message\" in English is 4097 characters long; WhatsApp messages may have at most 4096");
        }

        @Test
        void aLongQuestionAboveReplyButtonsIsTooLongButTheSameQuestionForATypedAnswerIsNot() {
            String question = "Siparişinizle ilgili ne yapmak istersiniz? ".repeat(25);
            FlowDocument flow = greeting()
                    .block(choiceQuestion("menu", "buttons", "track", "cancel")
                            .withConfigValue("prompt", texts(question, "What would you like to do?")))
                    .block(block("askQuestion", "note")
                            .withConfigValue("inputType", text("text"))
                            .withConfigValue("property", text("note.text"))
                            .withConfigValue("prompt", texts(question, "Tell us more")))
                    .build();
            List<Problem> problems = lint(flow).stream()
                    .filter(p -> p.code() == ProblemCode.WHATSAPP_INTERACTIVE_TEXT_TOO_LONG).toList();
            assertThat(problems).extracting(Problem::elementId, Problem::field, Problem::severity)
                    .containsExactly(tuple("menu", "prompt", Severity.ERROR));
            assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("\"Question\" in Turkish is "
                    + question.length() + " characters long; a WhatsApp message with reply buttons, a list or a link "
                    + "button may have at most 1024");
            assertThat(problems.get(0).message(Languages.locale("tr")))
                    .contains("Türkçe dilinde", question.length() + " karakter", "en çok 1024");
            assertThat(lint(flow)).noneMatch(p -> "note".equals(p.elementId()) && "prompt".equals(p.field()));
        }

        @Test
        void theRetryMessageOfAListQuestionGoesOutWithTheListToo() {
            String retry = "Lütfen listeden bir seçenek seçin. ".repeat(30);
            FlowDocument flow = greeting()
                    .block(choiceQuestion("menu", "list", "a", "b").withConfigValue("retryMessage", texts(retry, "Pick one")))
                    .build();
            assertThat(lint(flow)).filteredOn(p -> p.code() == ProblemCode.WHATSAPP_INTERACTIVE_TEXT_TOO_LONG)
                    .extracting(Problem::elementId, Problem::field).containsExactly(tuple("menu", "retryMessage"));
        }

        @Test
        void confirmationsAndLinkButtonsCarryTheirTextAsAnInteractiveBody() {
            String cart = "🛒 Sepetiniz: Kapüşonlu sweatshirt, siyah, L beden, 1 adet. ".repeat(20);
            FlowDocument flow = greeting()
                    .block(block("cartConfirmation", "cart").withConfigValue("message", texts(cart, "Your cart")))
                    .block(block("cashOnDeliveryConfirmation", "cod")
                            .withConfigValue("reminderMessage", texts("Hatırlatma", cart)))
                    .block(block("selectOrder", "orders").withConfigValue("prompt", texts(cart, "Your orders")))
                    .block(message("promo", cart, "Our new season"))
                    .block(message("shop", cart, "Visit the shop")
                            .withConfigValue("linkUrl", text("{shop.storefrontUrl}")))
                    .build();
            assertThat(lint(flow)).filteredOn(p -> p.code() == ProblemCode.WHATSAPP_INTERACTIVE_TEXT_TOO_LONG)
                    .extracting(Problem::elementId, Problem::field)
                    .containsExactly(tuple("cart", "message"), tuple("cod", "reminderMessage"),
                            tuple("orders", "prompt"), tuple("shop", "text"));
            assertThat(lint(flow)).noneMatch(p -> "promo".equals(p.elementId())
                    && p.code() == ProblemCode.WHATSAPP_INTERACTIVE_TEXT_TOO_LONG);
        }

        @Test
        void anInteractiveTextOverFourThousandNinetySixCharactersIsReportedOnceWithTheShorterLimit() {
            FlowDocument flow = greeting()
                    .block(block("cartConfirmation", "cart").withConfigValue("message", texts("x".repeat(5000), "Cart")))
                    .build();
            List<Problem> problems = lint(flow).stream().filter(p -> "cart".equals(p.elementId())
                    && "message".equals(p.field())).toList();
            assertThat(problems).extracting(Problem::code)
                    .containsExactly(ProblemCode.WHATSAPP_INTERACTIVE_TEXT_TOO_LONG);
            assertThat(problems.get(0).message(Locale.ENGLISH)).contains("5000 characters", "at most 1024");
        }

        @Test
        void aListRowDescriptionOverSeventyTwoCharactersIsTooLongOnlyWhenShownAsAList() {
            String description = "Kargo takibi, teslimat adresi değişikliği ve iade talepleriniz için bu seçeneği seçin";
            ArrayNode choices = Json.NODES.arrayNode();
            ObjectNode choice = choices.addObject().put("id", "help");
            choice.set("title", texts("Yardım", "Help"));
            choice.set("description", texts("Kargo ve iade", description));
            FlowDocument flow = greeting()
                    .block(choiceQuestion("asList", "list").withConfigValue("choices", choices))
                    .block(choiceQuestion("asButtons", "buttons").withConfigValue("choices", choices.deepCopy()))
                    .build();
            List<Problem> problems = lint(flow).stream()
                    .filter(p -> p.code() == ProblemCode.WHATSAPP_LIST_ROW_DESCRIPTION_TOO_LONG).toList();
            assertThat(problems).extracting(Problem::elementId, Problem::field, Problem::severity)
                    .containsExactly(tuple("asList", "choices", Severity.ERROR));
            assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("The description of \"Options › help\" "
                    + "in English is " + description.length() + " characters long; WhatsApp shows at most 72 "
                    + "characters under a list row");
            assertThat(problems.get(0).message(Languages.locale("tr")))
                    .contains("İngilizce dilinde", description.length() + " karakter", "en çok 72");
        }
    }

    @Nested
    class Translations {

        @Test
        void aMessageWrittenOnlyInTurkishMissesItsEnglishTranslation() {
            FlowDocument flow = flow("tr-only").entryPoint(EntryPoint.anyMessage("start", "hello"))
                    .block(message("hello", "Merhaba", null)).build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.MISSING_TRANSLATION, "hello"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).contains("\"Message\"", "empty in English");
            assertThat(problems.get(0).message(Languages.locale("tr"))).contains("\"Mesaj\"", "İngilizce dilinde boş");
        }

        @Test
        void aFlowInOneLanguageNeedsNoTranslations() {
            FlowDocument flow = flow("tr").languages(List.of("tr"))
                    .entryPoint(EntryPoint.anyMessage("start", "hello"))
                    .block(message("hello", "Merhaba", null)).build();
            assertThat(lint(flow)).isEmpty();
        }
    }

    @Nested
    class PropertyDeclarations {

        @Test
        void aPropertyDeclaredTwiceWithTheSameTypeIsAWarning() {
            FlowDocument flow = greeting()
                    .property(PropertyDeclaration.of("return.reason", PropertyType.TEXT))
                    .property(PropertyDeclaration.of("return.reason", PropertyType.TEXT))
                    .build();
            assertThat(lint(flow)).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_PROPERTY);
                assertThat(problem.severity()).isEqualTo(Severity.WARNING);
                assertThat(problem.elementId()).isNull();
                assertThat(problem.message(Locale.ENGLISH)).isEqualTo(
                        "the property \"return.reason\" is declared 2 times, each time as text; one declaration is enough");
                assertThat(problem.message(Languages.locale("tr"))).isEqualTo(
                        "\"return.reason\" özelliği 2 kez, her seferinde text olarak tanımlanmış; tek bir tanım yeterli");
            });
        }

        @Test
        void aPropertyDeclaredWithDifferentTypesIsAnErrorNamingTheTypeTheFlowWouldUse() {
            FlowDocument flow = greeting()
                    .property(PropertyDeclaration.of("a.x", PropertyType.TEXT))
                    .property(PropertyDeclaration.of("b.y", PropertyType.DATE))
                    .property(PropertyDeclaration.of("a.x", PropertyType.NUMBER))
                    .property(PropertyDeclaration.of("a.x", PropertyType.TEXT))
                    .property(new PropertyDeclaration("a.x", "colour", null, null))
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(problems).extracting(Problem::code).containsExactly(ProblemCode.CONFLICTING_PROPERTY_TYPE,
                    ProblemCode.UNKNOWN_PROPERTY_TYPE);
            assertThat(problems.get(0).isError()).isTrue();
            assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("the property \"a.x\" is declared with different "
                    + "types (text, number, colour); the flow treats it as text, the last type declared; keep one "
                    + "declaration with the type you mean");
        }

        @Test
        void differentPropertiesAreNotDuplicates() {
            FlowDocument flow = greeting()
                    .property(PropertyDeclaration.of("a.x", PropertyType.TEXT))
                    .property(PropertyDeclaration.of("a.xy", PropertyType.NUMBER))
                    .build();
            assertThat(lint(flow)).isEmpty();
        }
    }

    @Nested
    class EntryKinds {

        @Test
        void aMisspeltAnyMessageEntryNeverAnswersSoTheFlowCannotStartAndTheKindMeantIsSuggested() {
            FlowDocument flow = flow("typo")
                    .entryPoint(new EntryPoint("start", "anymessage", "hello", null, null, null, null, null))
                    .block(message("hello", "Merhaba!", "Hello!"))
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.NO_ENTRY_POINT, null),
                    problem(ProblemCode.UNKNOWN_ENTRY_KIND, "start"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("none of the flow's entry points has a kind "
                    + "this version knows (\"anymessage\"), so no conversation can start; add one (for example \"any message\")");
            assertThat(problems.get(1).message(Locale.ENGLISH)).startsWith("the entry point kind \"anymessage\" is not known")
                    .contains("did you mean \"anyMessage\"?");
            assertThat(problems.get(1).message(Languages.locale("tr"))).contains("\"anyMessage\" mı demek istediniz?");
            assertThat(problems.get(1).field()).isEqualTo("kind");
        }

        @Test
        void aPluralKeywordsKindIsOnlyAWarningWhileAnotherEntryPointCanStartTheFlow() {
            FlowDocument flow = greeting()
                    .entryPoint(new EntryPoint("campaign", "keywords", "hello",
                            FlowDocument.keywords("tr", List.of("kampanya")), null, null, null, null))
                    .entryPoint(new EntryPoint("story", "instagramStory", "hello", null, null, null, null, null))
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.UNKNOWN_ENTRY_KIND, "campaign"),
                    problem(ProblemCode.UNKNOWN_ENTRY_KIND, "story"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).contains("did you mean \"keyword\"?");
            assertThat(problems.get(1).message(Locale.ENGLISH))
                    .endsWith("known kinds: anyMessage, keyword, clickToWhatsApp, checkoutReturn");
        }
    }

    @Nested
    class PropertyNaming {

        @Test
        void turkishLettersInAPlaceholderAreReportedWithTheNameToWriteInstead() {
            FlowDocument flow = flow("greet").entryPoint(EntryPoint.anyMessage("start", "hello"))
                    .block(message("hello", "Merhaba {müşteri.adı}! {şehir} mağazamıza bekleriz.",
                            "Hello {müşteri.adı}!"))
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.MALFORMED_PLACEHOLDER, "hello"),
                    problem(ProblemCode.MALFORMED_PLACEHOLDER, "hello"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("\"Message\" contains {müşteri.adı}, which is "
                    + "not a placeholder, so customers would see it exactly as written: use only English letters a–z, "
                    + "digits and _ in property names, e.g. {musteri.adi}");
            assertThat(problems.get(1).message(Languages.locale("tr"))).isEqualTo("\"Mesaj\" içinde {şehir} var; bu bir "
                    + "yer tutucu değil, müşteri onu yazıldığı gibi görür: özellik adlarında yalnızca İngilizce harfler "
                    + "(a–z), rakamlar ve _ kullanın, örneğin {sehir}");
        }

        @Test
        void emptyBracesAndNamesWithSpacesAreReportedButOrdinaryBracesAreNot() {
            ArrayNode choices = Json.NODES.arrayNode();
            choices.addObject().put("id", "track").set("title", texts("{sipariş no} takibi", "Track {order no}"));
            FlowDocument flow = flow("braces").entryPoint(EntryPoint.anyMessage("start", "hello"))
                    .block(message("hello", "Kodunuz: {} · Adım {1} · {\"kod\": 42} · {not: kargo ücretsiz}",
                            "Your code: { order.number } · step {1}"))
                    .block(choiceQuestion("ask", "buttons").withConfigValue("choices", choices))
                    .connect("hello", "next", "ask")
                    .block(block("end", "bye"))
                    .connect("ask", "answered", "bye").connect("ask", "gaveUp", "bye")
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(problems).extracting(Problem::code).containsOnly(ProblemCode.MALFORMED_PLACEHOLDER);
            assertThat(problems).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                    "\"Message\" contains {}, which is not a placeholder, so customers would see it exactly as written: "
                            + "the braces are empty; write a property name between them, e.g. {member.firstName}",
                    "\"Message\" contains { order.number }, which is not a placeholder, so customers would see it "
                            + "exactly as written: property names have no spaces; join the words with _ or ., e.g. {order.number}",
                    "\"Options › track\" contains {sipariş no}, which is not a placeholder, so customers would see it "
                            + "exactly as written: use only English letters a–z, digits and _ in property names, e.g. {siparis_no}",
                    "\"Options › track\" contains {order no}, which is not a placeholder, so customers would see it "
                            + "exactly as written: property names have no spaces; join the words with _ or ., e.g. {order_no}");
        }

        @Test
        void aJsonBodyThatCustomersNeverReadIsNotJudgedForBraces() {
            Block call = block("httpRequest", "call").withConfigValue("method", text("POST"))
                    .withConfigValue("url", text("https://crm.example/api/notes"))
                    .withConfigValue("body", text("{\"not\": \"{ }\", \"şehir\": {}}"));
            FlowDocument flow = flow("crm").entryPoint(EntryPoint.anyMessage("start", "call")).block(call)
                    .block(block("end", "bye")).connect("call", "ok", "bye").connect("call", "error", "bye").build();
            assertThat(lint(flow)).isEmpty();
        }

        @Test
        void aDeclaredPropertyWithTurkishLettersIsAnErrorThatSuggestsAName() {
            FlowDocument flow = greeting()
                    .property(PropertyDeclaration.of("müşteri.adı", PropertyType.TEXT))
                    .property(PropertyDeclaration.of("teslimat adresi", PropertyType.TEXT))
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.INVALID_PROPERTY_NAME, null),
                    problem(ProblemCode.INVALID_PROPERTY_NAME, null));
            assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("the declared property \"müşteri.adı\" has a "
                    + "name that no placeholder or setting can refer to: use only English letters a–z, digits and _ in "
                    + "property names, e.g. musteri.adi");
            assertThat(problems.get(1).message(Locale.ENGLISH)).endsWith("e.g. teslimat_adresi");
        }

        @Test
        void askQuestionSetPropertyAndResponseMappingsSayWhyANameIsNotValidForEveryItem() {
            ArrayNode assignments = Json.NODES.arrayNode();
            assignments.addObject().put("property", "sepet notu").put("value", "hediye paketi");
            assignments.addObject().put("property", "cart.note").put("value", "ok");
            assignments.addObject().put("property", "kupon.kodu-2").put("value", "YAZ10");
            ArrayNode mappings = Json.NODES.arrayNode();
            mappings.addObject().put("path", "/data/şehir").put("property", "şehir");
            FlowDocument flow = flow("names").entryPoint(EntryPoint.anyMessage("start", "ask"))
                    .block(block("askQuestion", "ask").withConfigValue("property", text("müşteri.e-posta")))
                    .block(block("setProperty", "set").withConfigValue("assignments", assignments))
                    .block(block("httpRequest", "call").withConfigValue("url", text("https://crm.example/x"))
                            .withConfigValue("responseMappings", mappings))
                    .block(block("end", "bye"))
                    .connect("ask", "answered", "set").connect("ask", "gaveUp", "bye").connect("set", "next", "call")
                    .connect("call", "ok", "bye").connect("call", "error", "bye")
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(problems).extracting(Problem::code, Problem::elementId, Problem::field).containsExactly(
                    tuple(ProblemCode.INVALID_FIELD_VALUE, "ask", "property"),
                    tuple(ProblemCode.INVALID_FIELD_VALUE, "set", "assignments"),
                    tuple(ProblemCode.INVALID_FIELD_VALUE, "set", "assignments"),
                    tuple(ProblemCode.INVALID_FIELD_VALUE, "call", "responseMappings"));
            assertThat(problems).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                    "the setting \"Save answer as\" is not valid: \"müşteri.e-posta\" is not a property name: use only "
                            + "English letters a–z, digits and _ in property names, e.g. musteri.e_posta",
                    "the setting \"Assignments\" is not valid: item 1 names \"sepet notu\", which is not a property name: "
                            + "property names have no spaces; join the words with _ or ., e.g. sepet_notu",
                    "the setting \"Assignments\" is not valid: item 3 names \"kupon.kodu-2\", which is not a property "
                            + "name: a property name is words of English letters a–z, digits and _ joined by dots, each "
                            + "starting with a letter or _, e.g. kupon.kodu_2",
                    "the setting \"Values from the reply\" is not valid: item 1 names \"şehir\", which is not a property "
                            + "name: use only English letters a–z, digits and _ in property names, e.g. sehir");
        }

        @Test
        void declaringASystemOrBlockFilledPropertyWithAnotherTypeIsAnError() {
            FlowDocument flow = orderStatusFlow().toBuilder()
                    .property(PropertyDeclaration.of("contact.phone", PropertyType.BOOLEAN))
                    .property(PropertyDeclaration.of("order.number", PropertyType.NUMBER))
                    .property(PropertyDeclaration.of("member.email", PropertyType.EMAIL))
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.PROPERTY_TYPE_MISMATCH, null),
                    problem(ProblemCode.PROPERTY_TYPE_MISMATCH, null));
            assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("the property \"contact.phone\" is declared "
                    + "as boolean, but every conversation (it is a system property) fills it with phone values; the flow "
                    + "would read and show them as boolean; remove the declaration or declare it as phone");
            assertThat(problems.get(1).message(Locale.ENGLISH)).contains("\"order.number\" is declared as number, but \"",
                    "(Select Order) fills it with text values");
            assertThat(problems.get(1).message(Languages.locale("tr"))).contains("(Sipariş Seç) onu text türünde");
        }

        @Test
        void aPropertyTheMerchantNamesAndTypesHimselfIsNoMismatch() {
            FlowDocument flow = flow("survey").entryPoint(EntryPoint.anyMessage("start", "ask"))
                    .block(block("askQuestion", "ask").withConfigValue("property", text("survey.score")))
                    .block(block("end", "bye")).connect("ask", "answered", "bye").connect("ask", "gaveUp", "bye")
                    .property(PropertyDeclaration.of("survey.score", PropertyType.NUMBER))
                    .build();
            assertThat(lint(flow)).isEmpty();
        }

        @Test
        void aTypeFromANewerVersionIsKeptWithAWarningSayingHowTheFlowTreatsIt() {
            FlowDocument flow = greeting()
                    .property(new PropertyDeclaration("profile.embedding", "vektör", null, null))
                    .build();
            assertThat(lint(flow)).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ProblemCode.UNKNOWN_PROPERTY_TYPE);
                assertThat(problem.isError()).isFalse();
                assertThat(problem.message(Locale.ENGLISH)).isEqualTo("the property \"profile.embedding\" is declared "
                        + "with the type \"vektör\", which this version of Akış Studio does not know; the declaration is "
                        + "kept, and the flow treats the property as text; known types: text, number, boolean, email, "
                        + "phone, date, dateTime, money, url");
            });
        }
    }

    @Nested
    class Durations {

        @Test
        void aWaitOfZeroIsAnErrorAndALoopThroughItNeverWaits() {
            FlowDocument flow = flow("nag").entryPoint(EntryPoint.anyMessage("start", "remind"))
                    .block(message("remind", "Sepetiniz sizi bekliyor", "Your cart is waiting"))
                    .block(block("wait", "pause").withConfigValue("duration", text("PT0S")))
                    .block(block("jump", "again").withConfigValue("target", text("remind")))
                    .connect("remind", "next", "pause").connect("pause", "elapsed", "again")
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(problems).extracting(Problem::code, Problem::elementId).containsExactly(
                    tuple(ProblemCode.LOOP_WITHOUT_WAIT, "remind"),
                    tuple(ProblemCode.INVALID_FIELD_VALUE, "pause"));
            assertThat(problems.get(1).message(Locale.ENGLISH)).isEqualTo("the setting \"Wait for\" is not valid: "
                    + "\"PT0S\" is no time at all; give a duration longer than zero, such as PT30M, PT2H or P1D");
            FlowDocument oneDay = flow.withBlocks(flow.blocks().stream()
                    .map(b -> b.id().equals("pause") ? b.withConfigValue("duration", text("P1D")) : b).toList());
            assertThat(lint(oneDay)).as("a day's wait makes it a reminder loop, which is fine").isEmpty();
        }

        @Test
        void aNegativeWaitIsCalledNegativeAndABlankOneIsMissing() {
            FlowDocument flow = greeting()
                    .block(block("wait", "back_in_time").withConfigValue("duration", text("-PT1H")))
                    .block(block("wait", "blank").withConfigValue("duration", text("  ")))
                    .build();
            assertThat(lint(flow)).filteredOn(p -> p.field() != null)
                    .extracting(Problem::code, Problem::elementId).containsExactly(
                            tuple(ProblemCode.INVALID_FIELD_VALUE, "back_in_time"),
                            tuple(ProblemCode.MISSING_REQUIRED_FIELD, "blank"));
            assertThat(lint(flow).get(0).message(Locale.ENGLISH)).contains("\"-PT1H\" is a negative duration");
        }

        @Test
        void aZeroDeadlineOrTimeoutIsAnErrorWhileZeroTurnsAReminderOrTheAbandonTimerOff() {
            FlowDocument flow = greeting()
                    .block(block("cashOnDeliveryConfirmation", "cod").withConfigValue("deadline", text("PT0S"))
                            .withConfigValue("reminderAfter", text("PT0S")))
                    .block(block("sendCheckoutLink", "pay").withConfigValue("abandonAfter", text("P0D")))
                    .block(block("httpRequest", "call").withConfigValue("url", text("https://crm.example/x"))
                            .withConfigValue("timeout", text("PT0M")))
                    .build();
            assertThat(lint(flow)).filteredOn(p -> p.code() == ProblemCode.INVALID_FIELD_VALUE)
                    .extracting(Problem::elementId, Problem::field)
                    .containsExactly(tuple("cod", "deadline"), tuple("call", "timeout"));
        }
    }

    @Nested
    class Ids {

        @Test
        void anIdWithALineBreakIsAnErrorAndTheMessageShowsItEscaped() {
            FlowDocument flow = flow("ids")
                    .entryPoint(EntryPoint.anyMessage("giriş/1", "a\nb: error fake"))
                    .block(message("a\nb: error fake", "Merhaba", "Hello"))
                    .block(message("müşteri_karşıla", "Merhaba", "Hello"))
                    .connect("a\nb: error fake", "next", "müşteri_karşıla")
                    .note(new StickyNote("my note", LocalizedText.of("tr", "not"), null, null))
                    .build();
            List<Problem> problems = lint(flow);
            assertThat(found(flow)).containsExactly(problem(ProblemCode.INVALID_ID, "giriş/1"),
                    problem(ProblemCode.INVALID_ID, "a\nb: error fake"), problem(ProblemCode.INVALID_ID, "my note"));
            assertThat(problems).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                    "the id \"giriş/1\" contains \"/\", which ids may not have; use only letters, digits and _ - . : "
                            + "(for example \"ask_email\")",
                    "the id \"a\\nb: error fake\" contains an invisible or control character (\\n), which ids may not "
                            + "have; use only letters, digits and _ - . : (for example \"ask_email\")",
                    "the id \"my note\" contains a space, which ids may not have; use only letters, digits and _ - . : "
                            + "(for example \"ask_email\")");
            assertThat(problems.get(2).message(Languages.locale("tr"))).startsWith("\"my note\" kimliğinde bir boşluk var");
        }
    }

    @Nested
    class ListItems {

        @Test
        void everyBadRuleOfEveryBranchIsReportedWithItsNumber() {
            ArrayNode branches = Json.NODES.arrayNode();
            ObjectNode vip = branches.addObject().put("id", "vip");
            ArrayNode vipRules = vip.putArray("rules");
            vipRules.addObject().put("property", "member.orderCount").put("operator", "greaterThan").put("value", "5");
            vipRules.addObject().put("property", "üye.sipariş").put("operator", "isSet");
            vipRules.addObject().put("property", "member.orderCount").put("operator", "between").put("value", "1");
            ObjectNode big = branches.addObject().put("id", "big_order");
            ArrayNode bigRules = big.putArray("rules");
            bigRules.addObject().put("property", "order.totalAmount").put("operator", "greaterOrEqual").put("value", "çok");
            bigRules.addObject().put("property", "order.totalAmount").put("operator", "lessThan").put("value", "1249.90 TRY");
            bigRules.addObject().put("property", "order.date").put("operator", "lessThan").put("value", "2024-05-31");
            bigRules.addObject().put("property", "order.totalAmount").put("operator", "lessOrEqual")
                    .put("value", "{member.orderCount}");
            bigRules.addObject().put("property", "order.status").put("operator", "equals");
            branches.addObject().put("id", "vip");
            FlowDocument flow = greeting().block(block("condition", "check").withConfigValue("branches", branches)).build();
            List<Problem> invalid = lint(flow).stream().filter(p -> p.code() == ProblemCode.INVALID_FIELD_VALUE).toList();
            assertThat(invalid).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                    "the setting \"Branches\" is not valid: rule 2 of branch \"vip\" names \"üye.sipariş\", which is not "
                            + "a property name: use only English letters a–z, digits and _ in property names, e.g. uye.siparis",
                    "the setting \"Branches\" is not valid: rule 3 of branch \"vip\" uses the operator \"between\", which "
                            + "is not one of equals, notEquals, contains, notContains, startsWith, endsWith, greaterThan, "
                            + "greaterOrEqual, lessThan, lessOrEqual, isSet, isNotSet, matches",
                    "the setting \"Branches\" is not valid: rule 1 of branch \"big_order\" uses greaterOrEqual with "
                            + "\"çok\", which is neither a number nor a date (YYYY-MM-DD), so the rule never holds",
                    "the setting \"Branches\" is not valid: rule 5 of branch \"big_order\" (on \"order.status\") has no "
                            + "value to compare with",
                    "the setting \"Branches\" is not valid: two items have the id \"vip\"");
        }

        @Test
        void everyOptionWithoutTitleIsReportedNotJustTheFirst() {
            ArrayNode choices = Json.NODES.arrayNode();
            choices.addObject().put("id", "yes").set("title", texts("Evet", "Yes"));
            choices.addObject().put("id", "no");
            choices.addObject().put("id", "later").set("title", texts("", ""));
            choices.add("maybe");
            FlowDocument flow = greeting().block(choiceQuestion("ask", "buttons").withConfigValue("choices", choices))
                    .build();
            assertThat(lint(flow)).filteredOn(p -> p.code() == ProblemCode.INVALID_FIELD_VALUE)
                    .extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                            "the setting \"Options\" is not valid: option \"no\" has no title",
                            "the setting \"Options\" is not valid: option \"later\" has no title",
                            "the setting \"Options\" is not valid: item 4 is not an object");
        }

        @Test
        void headerNamesMustBeHttpTokensAndValuesOneLine() {
            ArrayNode headers = Json.NODES.arrayNode();
            headers.addObject().put("name", "Content-Type").put("value", "application/json");
            headers.addObject().put("name", "X Api Key").put("value", "abc");
            headers.addObject().put("name", "Yetkilendirme").put("value", "Bearer x");
            headers.addObject().put("name", "X-Note").put("value", "line one\nInjected: yes");
            headers.addObject().put("name", "Başlık:").put("value", "x");
            FlowDocument flow = flow("crm").entryPoint(EntryPoint.anyMessage("start", "call"))
                    .block(block("httpRequest", "call").withConfigValue("url", text("https://crm.example/x"))
                            .withConfigValue("headers", headers))
                    .block(block("end", "bye")).connect("call", "ok", "bye").connect("call", "error", "bye")
                    .build();
            assertThat(lint(flow)).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                    "the setting \"Headers\" is not valid: item 2 has the header name \"X Api Key\", which HTTP does not "
                            + "allow; use letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ without spaces, such as X-Api-Key",
                    "the setting \"Headers\" is not valid: the value of item 4 has a line break, which HTTP headers may "
                            + "not have",
                    "the setting \"Headers\" is not valid: item 5 has the header name \"Başlık:\", which HTTP does not "
                            + "allow; use letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ without spaces, such as X-Api-Key");
        }
    }

    @Nested
    class WebAddresses {

        @Test
        void anImageOrLinkThatIsNotAnHttpAddressIsAnError() {
            Block picture = message("promo", "Yeni sezon!", "New season!")
                    .withConfigValue("imageUrl", text("resim.png"))
                    .withConfigValue("linkUrl", text("javascript:alert(1)"));
            FlowDocument flow = flow("promo").entryPoint(EntryPoint.anyMessage("start", "promo")).block(picture).build();
            List<Problem> problems = lint(flow);
            assertThat(problems).extracting(Problem::code, Problem::field).containsExactly(
                    tuple(ProblemCode.INVALID_FIELD_VALUE, "imageUrl"), tuple(ProblemCode.INVALID_FIELD_VALUE, "linkUrl"));
            assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("the setting \"Image URL\" is not valid: "
                    + "\"resim.png\" is not a web address: it must start with https:// (or http://), or with a "
                    + "placeholder that holds one, such as https://shop.example/hoodie.png");
        }

        @Test
        void addressesWithPlaceholdersOrAnHttpSchemeAreFine() {
            Block picture = message("promo", "Yeni sezon!", "New season!")
                    .withConfigValue("imageUrl", text("HTTPS://cdn.example/{contact.sourceTag}.png"))
                    .withConfigValue("linkUrl", text("{shop.storefrontUrl}/yeni-sezon"));
            Block call = block("httpRequest", "call").withConfigValue("url", text("http://{shop.name}/api?q={contact.phone}"));
            Block noScheme = block("httpRequest", "bare").withConfigValue("url", text("crm.example/api"));
            FlowDocument flow = flow("promo").entryPoint(EntryPoint.anyMessage("start", "promo")).block(picture)
                    .block(call).block(noScheme).block(block("end", "bye"))
                    .connect("promo", "next", "call").connect("call", "ok", "bye").connect("call", "error", "bye")
                    .connect("bare", "ok", "bye").connect("bare", "error", "bye")
                    .entryPoint(EntryPoint.anyMessage("second", "bare"))
                    .build();
            assertThat(lint(flow)).extracting(Problem::elementId, Problem::field).containsExactly(tuple("bare", "url"));
        }
    }

    @Nested
    class UnknownPlaceholderWording {

        @Test
        void customersSeeTheGapInTheirMessageButAHeaderIsJustEmpty() {
            ArrayNode headers = Json.NODES.arrayNode();
            headers.addObject().put("name", "X-Token").put("value", "{crm.token}");
            FlowDocument flow = flow("gaps").entryPoint(EntryPoint.anyMessage("start", "hello"))
                    .block(message("hello", "Kuponunuz: {coupon.code}", "Your coupon: {coupon.code}"))
                    .block(block("httpRequest", "call").withConfigValue("url", text("https://crm.example/x"))
                            .withConfigValue("headers", headers))
                    .block(block("end", "bye"))
                    .connect("hello", "next", "call").connect("call", "ok", "bye").connect("call", "error", "bye")
                    .build();
            assertThat(lint(flow)).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                    "\"Message\" uses the placeholder {coupon.code}, but no block of the flow fills \"coupon.code\" and "
                            + "the flow does not declare it; customers would see an empty gap",
                    "\"Headers\" uses the placeholder {crm.token}, but no block of the flow fills \"crm.token\" and the "
                            + "flow does not declare it; the value would be empty");
        }
    }

    @Nested
    class MemberLookup {

        @Test
        void aPhoneLookupDefaultsToTheNumberTheCustomerWritesFrom() {
            BlockType getMember = BlockCatalog.standard().find("getMember").orElseThrow();
            Block fresh = getMember.newBlock("find", List.of("tr", "en"));
            assertThat(fresh.config().has("value")).as("a new block leaves the value to follow the lookup").isFalse();
            assertThat(getMember.string(fresh, "value")).isEqualTo("{contact.email}");
            Block byPhone = fresh.withConfigValue("lookupBy", text("phone"));
            assertThat(getMember.string(byPhone, "value")).isEqualTo("{contact.phone}");
            FlowDocument flow = flow("phone").entryPoint(EntryPoint.anyMessage("start", "find")).block(byPhone)
                    .block(block("end", "bye")).connect("find", "found", "bye").connect("find", "notFound", "bye")
                    .connect("find", "error", "bye").build();
            assertThat(lint(flow)).as("contact.phone is known in every conversation").isEmpty();
        }

        @Test
        void aPhoneLookupStillGivenTheEmailIsReportedWithTheValueToUse() {
            Block lookup = block("getMember", "find").withConfigValue("lookupBy", text("phone"))
                    .withConfigValue("value", text("{contact.email}"));
            FlowDocument flow = flow("phone").entryPoint(EntryPoint.anyMessage("start", "find")).block(lookup)
                    .block(block("end", "bye")).connect("find", "found", "bye").connect("find", "notFound", "bye")
                    .connect("find", "error", "bye")
                    .property(PropertyDeclaration.of("contact.email", PropertyType.EMAIL))
                    .build();
            assertThat(lint(flow)).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ProblemCode.INVALID_FIELD_VALUE);
                assertThat(problem.field()).isEqualTo("value");
                assertThat(problem.message(Locale.ENGLISH)).isEqualTo("the setting \"Value\" is not valid: "
                        + "\"{contact.email}\" is the value for \"Find by\" \"E-mail\", but \"Find by\" is \"Phone\" here; "
                        + "use \"{contact.phone}\" or leave the setting empty");
            });
        }
    }

    /** m0 → m1 → … messages in a row, none waiting, the last one ending there. */
    private static FlowDocument chainOfMessages(int count) {
        FlowDocument.Builder builder = flow("chain").entryPoint(EntryPoint.anyMessage("start", "m0"));
        for (int i = 0; i < count; i++) {
            builder.block(message("m" + i, "Adım " + i, "Step " + i));
            if (i > 0) {
                builder.connect("m" + (i - 1), "next", "m" + i);
            }
        }
        return builder.build();
    }

    @Test
    void everyProblemCodeCanBeTriggeredAndReadsWellInBothLanguages() {
        ArrayNode twoProducts = Json.NODES.arrayNode().add("prd-1").add("prd-2");
        FlowDocument flow = flow("everything")
                .entryPoint(EntryPoint.anyMessage("start", "hello"))
                .entryPoint(EntryPoint.anyMessage("broken", "gone"))
                .block(message("hello", "Merhaba {who.knows}", null))
                .block(message("hello", "Tekrar", "Again"))
                .block(block("getMember", "lookup"))
                .block(block("jump", "spin").withConfigValue("target", text("spin")))
                .block(block("productList", "picks").withConfigValue("products", twoProducts))
                .block(block("sendMessage", "blank").withConfigValue("text", texts("", "")))
                .block(block("wait", "pause").withConfigValue("duration", text("soon")))
                .block(choiceQuestion("buttons", "buttons", "a", "b", "c", "a very long button title"))
                .block(choiceQuestion("rows", "list", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                        "an even longer list row title"))
                .block(message("long", "x".repeat(5000), "y"))
                .block(choiceQuestion("menu", "list", "a").withConfigValue("prompt", texts("z".repeat(1025), "z"))
                        .withConfigValue("choices", Json.NODES.arrayNode().add(Json.object().put("id", "a")
                                .<ObjectNode>set("title", texts("A", "A"))
                                .set("description", texts("d".repeat(73), "d")))))
                .block(new Block("mystery", "carousel", null, null, null))
                .block(message("a\nb: error fake", "Merhaba {müşteri.adı}", "Hello {customer name}"))
                .entryPoint(new EntryPoint("typo", "anymessage", "hello", null, null, null, null, null))
                .connection(Connection.of("hello", "next", "lookup"))
                .connection(Connection.of("hello", "next", "ghost"))
                .connection(Connection.of("lookup", "maybe", "hello"))
                .property(PropertyDeclaration.of("note.same", PropertyType.TEXT))
                .property(PropertyDeclaration.of("note.same", PropertyType.TEXT))
                .property(PropertyDeclaration.of("note.mixed", PropertyType.TEXT))
                .property(PropertyDeclaration.of("note.mixed", PropertyType.NUMBER))
                .property(PropertyDeclaration.of("şehir", PropertyType.TEXT))
                .property(new PropertyDeclaration("note.vector", "vektör", null, null))
                .property(PropertyDeclaration.of("contact.phone", PropertyType.BOOLEAN))
                .build();
        List<Problem> problems = new ArrayList<>(lint(flow));
        problems.addAll(lint(chainOfMessages(dev.akis.flow.TurnLimit.BLOCKS_PER_TURN + 1)));
        problems.addAll(lint(flow.withEntryPoints(List.of())));
        problems.addAll(lint(flow.withEntryPoints(List.of(new EntryPoint("later", "instagramStory", "hello", null,
                null, null, null, null)))));
        assertThat(EnumSet.copyOf(problems.stream().map(Problem::code).toList()))
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ProblemCode.class));
        for (Problem problem : problems) {
            for (Locale locale : List.of(Locale.ENGLISH, Languages.locale("tr"))) {
                String text = problem.message(locale);
                assertThat(text).as("%s in %s", problem.code(), locale)
                        .isNotBlank().doesNotContainPattern("\\{[0-9]+}").doesNotContain("null");
            }
            assertThat(problem.message(Languages.locale("tr"))).as(problem.code().id())
                    .isNotEqualTo(problem.message(Locale.ENGLISH));
        }
        assertThat(Set.copyOf(Problem.TEXTS.keys(Locale.ENGLISH)))
                .isEqualTo(Set.copyOf(Problem.TEXTS.keys(Languages.locale("tr"))));
    }
}
