package dev.akis.sim.script;

import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.ConversationState;
import dev.akis.engine.message.InboundEvent;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.sim.CommerceEnvironments;
import dev.akis.sim.DurationText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the conversation-test format documented in {@code docs/conversation-tests.md}: settings
 * ({@code dataset:}, {@code customer:}, {@code language:}, {@code channel:}), actions ({@code > text},
 * {@code tap:}, {@code wait:}, {@code event:}, {@code fault:}, {@code set:}, {@code start:}, {@code restart})
 * and checks ({@code < ...}, {@code expect ...}). Every error names the file and line.
 */
public final class ScriptParser {

    /** The file extension of conversation tests: {@code order-lookup.happy-path.convtest}. */
    public static final String EXTENSION = ".convtest";

    /** The word of "fault: ikas slow 2s". */
    public static final String SLOW = "slow";
    /** Longer than any client waits: a slower service is a time-out ("fault: ikas timeout"). */
    static final Duration MAX_LATENCY = Duration.ofMinutes(1);

    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s+#.*$");

    public ConversationScript parse(Path file) throws IOException, ScriptSyntaxException {
        String text;
        try {
            text = FlowFiles.readText(file);
        } catch (FlowFormatException e) {
            throw new ScriptSyntaxException(file.toString(), e.location().line(), "script.notUtf8");
        }
        ConversationScript script = parse(text, file.toString());
        String dataset = datasetBesideScript(script.dataset(), file);
        return dataset.equals(script.dataset()) ? script : new ConversationScript(script.source(),
                script.description(), dataset, script.customer(), script.language(), script.channel(),
                script.datasetLine(), script.customerLine(), script.steps());
    }

    /**
     * A dataset file named by a relative path ("dataset: my-shop.json") is looked for in the script's folder, so
     * a test and its data travel together and play the same from any working directory.
     */
    static String datasetBesideScript(String dataset, Path scriptFile) {
        if (!CommerceEnvironments.isDatasetFile(dataset)) {
            return dataset;
        }
        Path named = Path.of(dataset);
        Path folder = scriptFile.getParent();
        return named.isAbsolute() || folder == null ? dataset : folder.resolve(named).normalize().toString();
    }

    public ConversationScript parse(String text, String source) throws ScriptSyntaxException {
        String[] lines = text.split("\r?\n", -1);
        StringBuilder description = new StringBuilder();
        String dataset = CommerceEnvironments.DEFAULT_DATASET;
        String customer = "stranger";
        String language = null;
        String channel = "simulator";
        int datasetLine = 0;
        int customerLine = 0;
        List<ScriptStep> steps = new ArrayList<>();
        boolean describing = true;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                if (description.length() > 0) {
                    describing = false;
                }
                continue;
            }
            if (line.startsWith("#")) {
                if (describing && steps.isEmpty()) {
                    if (description.length() > 0) {
                        description.append(' ');
                    }
                    description.append(line.substring(1).strip());
                }
                continue;
            }
            describing = false;
            if (line.startsWith(">")) {
                String message = line.substring(1).strip();
                if (message.isEmpty()) {
                    throw error(source, number, "script.emptyMessage");
                }
                steps.add(new ScriptStep.Say(number, line, message));
                continue;
            }
            if (line.startsWith("<")) {
                steps.add(new ScriptStep.Expect(number, line, reply(source, number, line.substring(1).strip())));
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("expect ") || lower.startsWith("expect:")) {
                String rest = line.substring(6).strip();
                rest = rest.startsWith(":") ? rest.substring(1).strip() : rest;
                steps.add(new ScriptStep.Expect(number, line, expect(source, number, rest)));
                continue;
            }
            if (lower.equals("restart")) {
                steps.add(new ScriptStep.Restart(number, line));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw error(source, number, "script.unknownLine", line);
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "dataset", "customer", "language", "channel" -> {
                    if (!steps.isEmpty()) {
                        throw error(source, number, "script.settingAfterActions", key);
                    }
                    String setting = INLINE_COMMENT.matcher(value).replaceFirst("").strip();
                    if (setting.isEmpty()) {
                        throw error(source, number, "script.emptySetting", key);
                    }
                    switch (key) {
                        case "dataset" -> {
                            dataset = setting;
                            datasetLine = number;
                        }
                        case "customer" -> {
                            customer = setting;
                            customerLine = number;
                        }
                        case "language" -> {
                            String lang = setting.toLowerCase(Locale.ROOT);
                            if (!lang.equals("tr") && !lang.equals("en")) {
                                throw error(source, number, "script.badLanguage", setting);
                            }
                            language = lang;
                        }
                        default -> channel = setting;
                    }
                }
                case "tap" -> {
                    if (value.isEmpty()) {
                        throw error(source, number, "script.emptyTap");
                    }
                    steps.add(new ScriptStep.Tap(number, line, value));
                }
                case "wait" -> {
                    if (DurationText.tooLong(value)) {
                        throw error(source, number, "script.durationTooLong", value,
                                DurationText.format(DurationText.LONGEST));
                    }
                    Duration duration = DurationText.parse(value)
                            .orElseThrow(() -> error(source, number, "script.badDuration", value));
                    steps.add(new ScriptStep.Wait(number, line, duration));
                }
                case "event" -> steps.add(new ScriptStep.Event(number, line, event(source, number, value)));
                case "fault" -> steps.add(fault(source, number, line, value));
                case "start" -> {
                    if (value.isEmpty()) {
                        throw error(source, number, "script.emptyStart");
                    }
                    steps.add(new ScriptStep.StartAt(number, line, value));
                }
                case "set" -> {
                    int equals = value.indexOf('=');
                    if (equals <= 0) {
                        throw error(source, number, "script.badSet", value);
                    }
                    steps.add(new ScriptStep.SetProperty(number, line, value.substring(0, equals).strip(),
                            value.substring(equals + 1).strip()));
                }
                default -> throw error(source, number, "script.unknownLine", line);
            }
        }
        if (steps.isEmpty()) {
            throw error(source, 0, "script.noSteps");
        }
        return new ConversationScript(source, description.toString(), dataset, customer, language, channel,
                datasetLine, customerLine, steps);
    }

    private static Expectation reply(String source, int line, String rest) throws ScriptSyntaxException {
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.equals("silent")) {
            return new Expectation.ReplySilent();
        }
        int colon = rest.indexOf(':');
        if (colon < 0) {
            throw error(source, line, "script.unknownReplyCheck", rest);
        }
        String kind = lower.substring(0, colon).strip();
        String value = rest.substring(colon + 1).strip();
        if (value.isEmpty() && !kind.equals("handoff")) {
            throw error(source, line, "script.emptyCheck", kind);
        }
        return switch (kind) {
            case "contains" -> new Expectation.ReplyContains(value, false);
            case "not contains" -> new Expectation.ReplyContains(value, true);
            case "matches" -> {
                try {
                    yield new Expectation.ReplyMatches(Pattern.compile(value));
                } catch (PatternSyntaxException e) {
                    throw error(source, line, "script.badRegex", value, e.getDescription());
                }
            }
            case "text" -> new Expectation.ReplyText(value);
            case "buttons" -> new Expectation.ReplyButtons(titles(source, line, value));
            case "list" -> new Expectation.ReplyList(titles(source, line, value));
            case "offers" -> new Expectation.ReplyOffers(value);
            case "link" -> new Expectation.ReplyLink(value);
            case "handoff" -> new Expectation.ReplyHandoff(value);
            default -> throw error(source, line, "script.unknownReplyCheck", rest);
        };
    }

    private static Expectation expect(String source, int line, String rest) throws ScriptSyntaxException {
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("block")) {
            return new Expectation.BlockReached(named(source, line, rest, "block"));
        }
        if (lower.startsWith("property")) {
            return property(source, line, rest.substring(8).strip());
        }
        switch (lower) {
            case "waiting":
                return new Expectation.StatusIs(ConversationState.Status.WAITING);
            case "ended":
                return new Expectation.StatusIs(ConversationState.Status.IDLE);
            case "handed off":
            case "handoff":
                return new Expectation.StatusIs(ConversationState.Status.HANDED_OFF);
            case "no problems":
                return new Expectation.NoProblems();
            default:
                break;
        }
        if (lower.startsWith("problem")) {
            return new Expectation.ProblemReported(named(source, line, rest, "problem"));
        }
        throw error(source, line, "script.unknownExpect", rest);
    }

    /** What follows a check's keyword, with or without a colon ("block: ask_email", "problem carrierUnknown"). */
    private static String named(String source, int line, String rest, String keyword) throws ScriptSyntaxException {
        String value = rest.substring(keyword.length()).strip();
        value = value.startsWith(":") ? value.substring(1).strip() : value;
        if (value.isEmpty()) {
            throw error(source, line, "script.emptyCheck", keyword);
        }
        return value;
    }

    /** "NAME = VALUE", "NAME contains VALUE", "NAME is set", "NAME is empty". */
    private static Expectation property(String source, int line, String rest) throws ScriptSyntaxException {
        int equals = rest.indexOf('=');
        if (equals > 0) {
            String name = rest.substring(0, equals).strip();
            if (!name.contains(" ")) {
                return new Expectation.PropertyIs(name, rest.substring(equals + 1).strip());
            }
        }
        String[] words = rest.split("\\s+", 3);
        if (words.length == 3 && words[1].equalsIgnoreCase("is")
                && (words[2].equalsIgnoreCase("set") || words[2].equalsIgnoreCase("empty"))) {
            return new Expectation.PropertyPresence(words[0], words[2].equalsIgnoreCase("set"));
        }
        if (words.length == 3 && words[1].equalsIgnoreCase("contains")) {
            return new Expectation.PropertyContains(words[0], words[2]);
        }
        throw error(source, line, "script.badPropertyCheck", rest);
    }

    /** A comma-separated list of titles; a title with a comma is written in double quotes. */
    static List<String> titles(String source, int line, String value) throws ScriptSyntaxException {
        List<String> titles = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                titles.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw error(source, line, "script.unclosedQuote");
        }
        titles.add(current.toString().strip());
        for (String title : titles) {
            if (title.isEmpty()) {
                throw error(source, line, "script.emptyTitle");
            }
        }
        return titles;
    }

    private static final Map<String, InboundEvent.Kind> EVENTS = new LinkedHashMap<>();

    static {
        EVENTS.put("payment-succeeded", InboundEvent.Kind.PAYMENT_SUCCEEDED);
        EVENTS.put("paid", InboundEvent.Kind.PAYMENT_SUCCEEDED);
        EVENTS.put("payment-failed", InboundEvent.Kind.PAYMENT_FAILED);
        EVENTS.put("failed", InboundEvent.Kind.PAYMENT_FAILED);
        EVENTS.put("checkout-abandoned", InboundEvent.Kind.CHECKOUT_ABANDONED);
        EVENTS.put("abandoned", InboundEvent.Kind.CHECKOUT_ABANDONED);
        EVENTS.put("cash-on-delivery", InboundEvent.Kind.CASH_ON_DELIVERY_ORDERED);
        EVENTS.put("cod", InboundEvent.Kind.CASH_ON_DELIVERY_ORDERED);
        EVENTS.put("resume-bot", InboundEvent.Kind.RESUME_BOT);
        EVENTS.put("resume", InboundEvent.Kind.RESUME_BOT);
        EVENTS.put("tick", InboundEvent.Kind.TIME_PASSED);
    }

    /**
     * "payment-succeeded order=1099 checkout=chk-1": an event name and key=value details; a value with spaces is
     * written in double quotes ({@code cart="1 × Ribana Bere (Siyah)"}).
     */
    public static InboundEvent event(String source, int line, String value) throws ScriptSyntaxException {
        List<String> words = words(source, line, value.strip());
        InboundEvent.Kind kind = words.isEmpty() ? null : EVENTS.get(words.get(0).toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw error(source, line, "script.unknownEvent", value, String.join(", ", EVENTS.keySet()));
        }
        Map<String, String> payload = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            int equals = word.indexOf('=');
            if (equals <= 0) {
                throw error(source, line, "script.badEventDetail", word);
            }
            String key = word.substring(0, equals);
            String detail = unquote(word.substring(equals + 1));
            switch (key.toLowerCase(Locale.ROOT)) {
                case "order", "ordernumber" -> payload.put(InboundEvent.ORDER_NUMBER, detail);
                case "order-id", "orderid" -> payload.put(InboundEvent.ORDER_ID, detail);
                case "checkout", "checkoutid" -> payload.put(InboundEvent.CHECKOUT_ID, detail);
                case "link", "checkoutlink" -> payload.put(InboundEvent.CHECKOUT_LINK, detail);
                case "cart", "cartsummary" -> payload.put(InboundEvent.CART_SUMMARY, detail);
                case "total", "carttotal" -> payload.put(InboundEvent.CART_TOTAL, detail);
                default -> payload.put(key, detail);
            }
        }
        return InboundEvent.system(kind, payload);
    }

    /** Splits at spaces outside double quotes; an unclosed quote is an error. */
    private static List<String> words(String source, int line, String value) throws ScriptSyntaxException {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (current.length() > 0) {
                    words.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw error(source, line, "script.unclosedQuote");
        }
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * A {@code fault:} line's value: "SERVICE MODE", "SERVICE slow DURATION" or "clear". Also what the terminal
     * chat's {@code /fault} reads.
     */
    public static ScriptStep fault(String source, int line, String text, String value) throws ScriptSyntaxException {
        String[] words = value.strip().split("\\s+");
        if (words.length == 1 && words[0].equalsIgnoreCase("clear")) {
            return new ScriptStep.Fault(line, text, null, FaultMode.NONE);
        }
        if (words.length >= 2 && words[1].equalsIgnoreCase(SLOW)) {
            String[] parts = value.strip().split("\\s+", 3);
            String amount = parts.length == 3 ? parts[2] : "";
            if (DurationText.tooLong(amount)) {
                throw error(source, line, "script.latencyTooLong", amount, DurationText.format(MAX_LATENCY));
            }
            Duration latency = DurationText.parse(amount)
                    .orElseThrow(() -> error(source, line, "script.badLatency", amount));
            if (latency.compareTo(MAX_LATENCY) > 0) {
                throw error(source, line, "script.latencyTooLong", amount, DurationText.format(MAX_LATENCY));
            }
            return new ScriptStep.Slow(line, text, words[0].toLowerCase(Locale.ROOT), latency);
        }
        if (words.length != 2) {
            throw error(source, line, "script.badFault", value);
        }
        Optional<FaultMode> mode = faultMode(words[1]);
        if (mode.isEmpty()) {
            throw error(source, line, "script.badFaultMode", words[1]);
        }
        return new ScriptStep.Fault(line, text, words[0].toLowerCase(Locale.ROOT), mode.get());
    }

    /** "timeout", "rate-limited", "server-error", "login-required", "none". */
    public static Optional<FaultMode> faultMode(String name) {
        String normalized = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (FaultMode mode : FaultMode.values()) {
            if (mode.name().equals(normalized)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    private static ScriptSyntaxException error(String source, int line, String key, Object... args) {
        return new ScriptSyntaxException(source, line, key, args);
    }
}
