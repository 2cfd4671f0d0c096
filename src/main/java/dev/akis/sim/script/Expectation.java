package dev.akis.sim.script;

import dev.akis.engine.ConversationState;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ButtonsMessage;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.HandoffNotice;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.message.ListMessage;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.spi.TextMatching;
import dev.akis.engine.trace.TraceNote;
import dev.akis.sim.SimulatedConversation;
import dev.akis.sim.TranscriptFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A check in a conversation script. Reply checks ("< ...") look at the messages of the latest turn; the others
 * ("expect ...") at the conversation after it. {@link #check} returns null when the check holds, else what came
 * instead, in the reader's language.
 */
public sealed interface Expectation {

    String check(SimulatedConversation conversation, Locale locale);

    private static List<OutgoingMessage> reply(SimulatedConversation conversation) {
        return conversation.lastMessages();
    }

    private static String text(Locale locale, String key, Object... args) {
        return ScriptSyntaxException.TEXTS.get(locale, key, args);
    }

    /** "the reply was: ..." or "there was no reply". */
    private static String replyWas(SimulatedConversation conversation, Locale locale) {
        List<OutgoingMessage> messages = reply(conversation);
        if (messages.isEmpty()) {
            return text(locale, "actual.noReply");
        }
        return text(locale, "actual.reply") + "\n" + String.join("\n", indent(TranscriptFormatter.lines(messages)));
    }

    private static List<String> indent(List<String> lines) {
        List<String> indented = new ArrayList<>(lines.size());
        for (String line : lines) {
            indented.add("    " + line);
        }
        return indented;
    }

    /** "< contains: Yurtiçi" (any message, ignoring case) or "< not contains: null". */
    record ReplyContains(String expected, boolean negated) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            String wanted = TextMatching.caseFold(expected);
            boolean found = false;
            for (OutgoingMessage message : reply(conversation)) {
                if (TextMatching.caseFold(message.readableText()).contains(wanted)) {
                    found = true;
                    break;
                }
            }
            return found != negated ? null : replyWas(conversation, locale);
        }
    }

    /** "< matches: regex" (found in some message). */
    record ReplyMatches(Pattern pattern) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            for (OutgoingMessage message : reply(conversation)) {
                if (pattern.matcher(message.readableText()).find()) {
                    return null;
                }
            }
            return replyWas(conversation, locale);
        }
    }

    /** "< text: ..." (some message's text is exactly this). */
    record ReplyText(String expected) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            for (OutgoingMessage message : reply(conversation)) {
                if (message.text().strip().equals(expected.strip())) {
                    return null;
                }
            }
            return replyWas(conversation, locale);
        }
    }

    /** "< buttons: Evet, Değiştir" (a message offers exactly these reply buttons, in order). */
    record ReplyButtons(List<String> titles) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            return offersExactly(conversation, locale, ButtonsMessage.class, titles, "actual.noButtons", "actual.buttons");
        }
    }

    /** "< list: #1042, #1038" (a list message offers exactly these rows, in order). */
    record ReplyList(List<String> titles) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            return offersExactly(conversation, locale, ListMessage.class, titles, "actual.noList", "actual.list");
        }
    }

    /** "< offers: Evet" (some button or row has this title). */
    record ReplyOffers(String title) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            List<String> offered = new ArrayList<>();
            for (OutgoingMessage message : reply(conversation)) {
                offered.addAll(titlesOf(message.options()));
            }
            for (String candidate : offered) {
                if (TextMatching.caseFold(candidate).equals(TextMatching.caseFold(title))) {
                    return null;
                }
            }
            return offered.isEmpty() ? text(locale, "actual.noOptions") : text(locale, "actual.options", String.join(", ", offered));
        }
    }

    /** "< link: /checkout?items=" (a link button whose address contains this). */
    record ReplyLink(String expected) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            List<String> urls = new ArrayList<>();
            for (OutgoingMessage message : reply(conversation)) {
                if (message instanceof LinkButtonMessage link) {
                    if (link.url().contains(expected)) {
                        return null;
                    }
                    urls.add(link.url());
                }
            }
            return urls.isEmpty() ? text(locale, "actual.noLink") : text(locale, "actual.links", String.join(", ", urls));
        }
    }

    /** "< handoff: support" (the conversation was handed to this team; any team when blank). */
    record ReplyHandoff(String team) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            for (OutgoingMessage message : reply(conversation)) {
                if (message instanceof HandoffNotice notice && (team.isBlank() || notice.team().equalsIgnoreCase(team))) {
                    return null;
                }
            }
            return replyWas(conversation, locale);
        }
    }

    /** "< silent" (the bot sent nothing). */
    record ReplySilent() implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            return reply(conversation).isEmpty() ? null : replyWas(conversation, locale);
        }
    }

    /** "expect block: tracking_link" (the latest turn ran the block, or the conversation waits there). */
    record BlockReached(String blockId) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            TurnResult last = conversation.last();
            List<String> visited = last == null ? List.of() : last.trace().blocksVisited();
            if (visited.contains(blockId) || blockId.equals(conversation.state().currentBlock())) {
                return null;
            }
            String ran = visited.isEmpty() ? text(locale, "actual.noBlocks") : String.join(" → ", visited);
            return conversation.state().currentBlock() == null ? text(locale, "actual.blocks", ran)
                    : text(locale, "actual.blocksWaiting", ran, conversation.state().currentBlock());
        }
    }

    /** "expect property shipment.status = delayed" (the canonical value, exactly). */
    record PropertyIs(String name, String value) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            String actual = conversation.state().property(name);
            return value.equals(actual) ? null : propertyWas(name, actual, locale);
        }
    }

    /** "expect property NAME contains TEXT" (ignoring case). */
    record PropertyContains(String name, String value) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            String actual = conversation.state().property(name);
            return actual != null && TextMatching.caseFold(actual).contains(TextMatching.caseFold(value))
                    ? null : propertyWas(name, actual, locale);
        }
    }

    /** "expect property NAME is set" / "is empty". */
    record PropertyPresence(String name, boolean set) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            String actual = conversation.state().property(name);
            boolean hasValue = actual != null && !actual.isBlank();
            return hasValue == set ? null : propertyWas(name, actual, locale);
        }
    }

    private static String propertyWas(String name, String actual, Locale locale) {
        return actual == null ? text(locale, "actual.propertyMissing", name) : text(locale, "actual.property", name, actual);
    }

    /** "expect waiting", "expect ended", "expect handed off". */
    record StatusIs(ConversationState.Status status) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            ConversationState state = conversation.state();
            if (state.status() == status) {
                return null;
            }
            return switch (state.status()) {
                case WAITING -> text(locale, "actual.statusWaiting", state.currentBlock());
                case HANDED_OFF -> text(locale, "actual.statusHandedOff", state.handoffTeam());
                default -> text(locale, "actual.statusIdle");
            };
        }
    }

    /** "expect no problems" (the latest turn reported no warning or error). */
    record NoProblems() implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            List<TraceNote> problems = conversation.lastTrace().problems();
            if (problems.isEmpty()) {
                return null;
            }
            List<String> lines = new ArrayList<>();
            for (TraceNote problem : problems) {
                lines.add(problem.describe(locale));
            }
            return text(locale, "actual.problems") + "\n    " + String.join("\n    ", lines);
        }
    }

    /** "expect problem: loop" (the latest turn reported a note with this code). */
    record ProblemReported(String code) implements Expectation {
        @Override
        public String check(SimulatedConversation conversation, Locale locale) {
            if (conversation.lastTrace().hasProblem(code)) {
                return null;
            }
            List<String> codes = new ArrayList<>();
            for (TraceNote note : conversation.lastTrace().notes()) {
                codes.add(note.code());
            }
            return codes.isEmpty() ? text(locale, "actual.noNotes") : text(locale, "actual.notes", String.join(", ", codes));
        }
    }

    /**
     * Null when a message of {@code kind} in the reply offers exactly {@code titles}, in order; else what the last
     * such message offered ({@code offeredKey}), or that none came ({@code noneKey}) with the reply as it was.
     */
    private static String offersExactly(SimulatedConversation conversation, Locale locale,
                                        Class<? extends OutgoingMessage> kind, List<String> titles, String noneKey,
                                        String offeredKey) {
        List<String> offered = null;
        for (OutgoingMessage message : reply(conversation)) {
            if (kind.isInstance(message)) {
                offered = titlesOf(message.options());
                if (sameTitles(offered, titles)) {
                    return null;
                }
            }
        }
        return offered == null ? text(locale, noneKey) + "\n" + replyWas(conversation, locale)
                : text(locale, offeredKey, String.join(", ", offered));
    }

    private static List<String> titlesOf(List<ChoiceOption> options) {
        List<String> titles = new ArrayList<>(options.size());
        for (ChoiceOption option : options) {
            titles.add(option.title());
        }
        return titles;
    }

    private static boolean sameTitles(List<String> offered, List<String> expected) {
        if (offered.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < offered.size(); i++) {
            if (!TextMatching.caseFold(offered.get(i).strip()).equals(TextMatching.caseFold(expected.get(i).strip()))) {
                return false;
            }
        }
        return true;
    }
}
