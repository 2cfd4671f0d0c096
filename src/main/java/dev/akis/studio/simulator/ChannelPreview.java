package dev.akis.studio.simulator;

import dev.akis.blocks.FieldSpec;
import dev.akis.engine.message.ButtonsMessage;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.message.ListMessage;
import dev.akis.engine.message.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * How a channel would show a bot message: the plain preview shows everything as the engine produced it; the
 * WhatsApp preview applies WhatsApp's limits (at most 3 reply buttons, else a list; button titles and the list's
 * button cut at 20 characters, list rows at 24 and their descriptions at 72, at most 10 rows; texts at 4096, the
 * body of a message with buttons, a list or a link button at 1024) and says which limit changed what.
 */
public final class ChannelPreview {

    /** The channel whose rendering the simulator imitates. */
    public enum Channel {
        PLAIN("simulator"),
        WHATSAPP("whatsapp");

        private final String conversationChannel;

        Channel(String conversationChannel) {
            this.conversationChannel = conversationChannel;
        }

        /** The value of {@code conversation.channel} a conversation previewed this way gets. */
        public String conversationChannel() {
            return conversationChannel;
        }
    }

    /**
     * One tappable option as shown.
     *
     * @param shownTitle the title after the channel's cut ("Başka bir sipariş…")
     * @param cut        true when the title was longer than the channel allows
     */
    public record Option(String id, String title, String shownTitle, String description, boolean cut) {
    }

    /** A limit the message ran into: a bundle key ({@code sim.limit.*}) and its arguments. */
    public record Warning(String key, List<Object> args) {
        public Warning {
            args = List.copyOf(args);
        }
    }

    /**
     * A message as the channel shows it.
     *
     * @param asList     true when the options appear as list rows behind a button rather than as reply buttons
     * @param listButton the title of the button that opens the list (shown cut like a button title)
     */
    public record Rendered(String text, List<Option> options, boolean asList, String listButton,
                           List<Warning> warnings) {
        public Rendered {
            options = List.copyOf(options);
            warnings = List.copyOf(warnings);
        }

        public boolean hasWarnings() {
            return !warnings.isEmpty();
        }
    }

    private static final String ELLIPSIS = "…";

    private ChannelPreview() {
    }

    public static Rendered render(OutgoingMessage message, Channel channel, String defaultListButton) {
        List<Warning> warnings = new ArrayList<>();
        String text = message.text();
        // Buttons, lists and link buttons travel as WhatsApp "interactive" messages, whose body is shorter.
        boolean interactive = message instanceof ButtonsMessage || message instanceof ListMessage
                || message instanceof LinkButtonMessage;
        int limit = interactive ? FieldSpec.WHATSAPP_INTERACTIVE_BODY_LIMIT : FieldSpec.WHATSAPP_TEXT_LIMIT;
        if (channel == Channel.WHATSAPP && text.length() > limit) {
            warnings.add(new Warning(interactive ? "sim.limit.interactiveText" : "sim.limit.text",
                    List.of(text.length(), limit)));
            text = cut(text, limit);
        }
        if (message instanceof ButtonsMessage buttons) {
            return renderButtons(text, buttons.options(), channel, defaultListButton, warnings);
        }
        if (message instanceof ListMessage list) {
            String button = list.buttonTitle().isBlank() ? defaultListButton : list.buttonTitle();
            return renderList(text, list.rows().stream()
                    .map(row -> new Option(row.id(), row.title(), row.title(), row.description(), false)).toList(),
                    button, channel, warnings);
        }
        if (message instanceof LinkButtonMessage link) {
            String title = link.buttonTitle();
            if (channel == Channel.WHATSAPP && title.length() > FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT) {
                warnings.add(new Warning("sim.limit.buttonTitle", List.of(title, FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT)));
                title = cut(title, FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT);
            }
            return new Rendered(text, List.of(new Option("link", link.buttonTitle(), title, link.url(),
                    !title.equals(link.buttonTitle()))), false, null, warnings);
        }
        return new Rendered(text, List.of(), false, null, warnings);
    }

    private static Rendered renderButtons(String text, List<ChoiceOption> buttons, Channel channel,
                                          String defaultListButton, List<Warning> warnings) {
        if (channel == Channel.WHATSAPP && buttons.size() > FieldSpec.WHATSAPP_MAX_BUTTONS) {
            warnings.add(new Warning("sim.limit.tooManyButtons", List.of(buttons.size(), FieldSpec.WHATSAPP_MAX_BUTTONS)));
            return renderList(text, buttons.stream().map(b -> new Option(b.id(), b.title(), b.title(), "", false)).toList(),
                    defaultListButton, channel, warnings);
        }
        List<Option> options = new ArrayList<>();
        for (ChoiceOption button : buttons) {
            String shown = button.title();
            if (channel == Channel.WHATSAPP && shown.length() > FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT) {
                warnings.add(new Warning("sim.limit.buttonTitle", List.of(shown, FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT)));
                shown = cut(shown, FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT);
            }
            options.add(new Option(button.id(), button.title(), shown, "", !shown.equals(button.title())));
        }
        return new Rendered(text, options, false, null, warnings);
    }

    private static Rendered renderList(String text, List<Option> rows, String button, Channel channel,
                                       List<Warning> warnings) {
        if (channel != Channel.WHATSAPP) {
            return new Rendered(text, rows, true, button, warnings);
        }
        String shownButton = button;
        if (shownButton.length() > FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT) {
            warnings.add(new Warning("sim.limit.buttonTitle", List.of(button, FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT)));
            shownButton = cut(button, FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT);
        }
        if (rows.size() > FieldSpec.WHATSAPP_MAX_LIST_ROWS) {
            warnings.add(new Warning("sim.limit.tooManyRows", List.of(rows.size(), FieldSpec.WHATSAPP_MAX_LIST_ROWS)));
            rows = rows.subList(0, FieldSpec.WHATSAPP_MAX_LIST_ROWS);
        }
        List<Option> shown = new ArrayList<>();
        for (Option row : rows) {
            String title = row.title();
            if (title.length() > FieldSpec.WHATSAPP_ROW_TITLE_LIMIT) {
                warnings.add(new Warning("sim.limit.rowTitle", List.of(title, FieldSpec.WHATSAPP_ROW_TITLE_LIMIT)));
                title = cut(title, FieldSpec.WHATSAPP_ROW_TITLE_LIMIT);
            }
            String description = row.description() == null ? "" : row.description();
            if (description.length() > FieldSpec.WHATSAPP_ROW_DESCRIPTION_LIMIT) {
                warnings.add(new Warning("sim.limit.rowDescription",
                        List.of(title, description.length(), FieldSpec.WHATSAPP_ROW_DESCRIPTION_LIMIT)));
                description = cut(description, FieldSpec.WHATSAPP_ROW_DESCRIPTION_LIMIT);
            }
            // The description's cut shows as its "…" and the note under the message; the chip's marker is the title's.
            shown.add(new Option(row.id(), row.title(), title, description, !title.equals(row.title())));
        }
        return new Rendered(text, shown, true, shownButton, warnings);
    }

    /** The first {@code limit} characters, the last replaced by an ellipsis so the cut is visible. */
    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + ELLIPSIS;
    }
}
