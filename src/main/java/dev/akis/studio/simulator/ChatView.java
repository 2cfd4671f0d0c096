package dev.akis.studio.simulator;

import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.HandoffNotice;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.message.ProductCardsMessage;
import dev.akis.studio.ui.Texts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The phone-style chat: the customer's bubbles on the right, the bot's on the left with reply buttons and list
 * rows as chips (tappable only on the latest offer), links, product cards, the hand-off notice, notes from the
 * simulator in the middle, a typing indicator while a turn runs, and the input box. Messages are drawn as the
 * chosen channel preview would show them, with a marker where a WhatsApp limit cut something.
 */
final class ChatView extends VBox {

    /** The most characters a bubble lays out (see {@link #addText}). */
    static final int SHOWN_CHARACTERS = dev.akis.blocks.FieldSpec.WHATSAPP_TEXT_LIMIT;

    private final SimulatorViewModel model;
    private final Texts texts;
    private final Supplier<ChannelPreview.Channel> channel;
    private final VBox messages = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(messages);
    private final Label typing = new Label();
    private final TextField input = new TextField();
    private final Button send = new Button();
    private final Label emptyHint = new Label();
    /** The chips drawn for each bot message that offered options (identity: equal messages may repeat). */
    private final Map<ChatEntry.Bot, List<Button>> chipsOf = new IdentityHashMap<>();
    private boolean followNewest = true;

    ChatView(SimulatorViewModel model, Texts texts, ObjectProperty<SimulatorSession.Setup> setup) {
        this.model = model;
        this.texts = texts;
        this.channel = () -> setup.get().channel();
        getStyleClass().add("sim-chat");
        messages.getStyleClass().add("sim-messages");
        messages.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sim-scroll");
        scroll.setId("sim-chat-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        typing.setId("sim-typing");
        typing.getStyleClass().add("sim-typing");
        typing.textProperty().bind(texts.text("sim.typing"));
        typing.visibleProperty().bind(model.typingProperty());
        typing.managedProperty().bind(typing.visibleProperty());
        input.setId("sim-input");
        input.promptTextProperty().bind(texts.text("sim.input.prompt"));
        input.accessibleTextProperty().bind(texts.text("sim.input.accessible"));
        input.setOnAction(e -> sendTyped());
        input.disableProperty().bind(model.notStarted());
        HBox.setHgrow(input, Priority.ALWAYS);
        send.setId("sim-send");
        send.setGraphic(new FontIcon("mdi2s-send"));
        send.accessibleTextProperty().bind(texts.text("sim.send"));
        send.setTooltip(texts.tooltip("sim.send"));
        send.getStyleClass().addAll("accent", "sim-send");
        send.setOnAction(e -> sendTyped());
        send.disableProperty().bind(model.notStarted());
        HBox inputRow = new HBox(6, input, send);
        inputRow.setAlignment(Pos.CENTER_LEFT);
        inputRow.getStyleClass().add("sim-input-row");
        getChildren().addAll(scroll, typing, inputRow);
        // A turn adds a few entries to a long chat: only those are drawn; the chips' tappable state is updated in
        // place. Only another channel preview or interface language draws everything again.
        model.chat().addListener(this::chatChanged);
        model.chips().addListener((javafx.collections.ListChangeListener<ChoiceOption>) change -> updateTappable());
        setup.addListener((obs, old, now) -> {
            showChannel(now.channel());
            if (old == null || old.channel() != now.channel()) {
                redraw();
            }
        });
        texts.localeProperty().addListener((obs, old, now) -> redraw());
        showChannel(setup.get().channel());
        // Follow the conversation: whenever the content grows after a redraw, show the newest message.
        messages.heightProperty().addListener((obs, old, now) -> {
            if (followNewest) {
                scroll.setVvalue(scroll.getVmax());
            }
        });
        scroll.vvalueProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() >= scroll.getVmax() - 0.001) {
                followNewest = true;
            }
        });
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> followNewest = false);
        emptyHint.textProperty().bind(texts.text("sim.empty"));
        emptyHint.setWrapText(true);
        emptyHint.getStyleClass().add("sim-empty");
        redraw();
    }

    TextField input() {
        return input;
    }

    private void sendTyped() {
        String text = input.getText();
        if (text != null && !text.isBlank()) {
            model.say(text);
            input.clear();
        }
    }

    /** The chat's colours follow the preview: WhatsApp's own tints, or the studio theme's for the plain preview. */
    private void showChannel(ChannelPreview.Channel shown) {
        for (ChannelPreview.Channel each : ChannelPreview.Channel.values()) {
            getStyleClass().remove(channelStyle(each));
        }
        getStyleClass().add(channelStyle(shown));
    }

    /** Draws every entry again (another channel preview or interface language). */
    private void redraw() {
        messages.getChildren().clear();
        chipsOf.clear();
        if (model.chat().isEmpty()) {
            messages.getChildren().add(emptyHint);
        }
        for (ChatEntry entry : model.chat()) {
            messages.getChildren().add(node(entry));
        }
        followNewest = true;
    }

    /** Mirrors a change of the chat list on the drawn rows: one row per entry, in the same order. */
    private void chatChanged(javafx.collections.ListChangeListener.Change<? extends ChatEntry> change) {
        messages.getChildren().remove(emptyHint);
        while (change.next()) {
            if (change.wasPermutated()) {
                redraw();
                return;
            }
            if (change.wasRemoved()) {
                List<Node> gone = List.copyOf(messages.getChildren().subList(change.getFrom(),
                        change.getFrom() + change.getRemovedSize()));
                messages.getChildren().removeAll(gone);
                for (ChatEntry removed : change.getRemoved()) {
                    chipsOf.remove(removed);
                }
            }
            if (change.wasAdded()) {
                List<Node> added = new ArrayList<>();
                for (ChatEntry entry : change.getAddedSubList()) {
                    added.add(node(entry));
                }
                messages.getChildren().addAll(change.getFrom(), added);
            }
        }
        if (model.chat().isEmpty()) {
            messages.getChildren().add(emptyHint);
        }
        updateTappable();
        followNewest = true;
    }

    /** Only the options of the latest offer can be tapped; older ones stay visible, greyed. */
    private void updateTappable() {
        for (Map.Entry<ChatEntry.Bot, List<Button>> drawn : chipsOf.entrySet()) {
            boolean tappable = model.tappable(drawn.getKey());
            for (Button chip : drawn.getValue()) {
                chip.setDisable(!tappable);
            }
        }
    }

    private Node node(ChatEntry entry) {
        if (entry instanceof ChatEntry.Customer customer) {
            VBox bubble = new VBox(4);
            bubble.getStyleClass().addAll("sim-bubble", "sim-bubble-customer");
            bubble.maxWidthProperty().bind(bubbleWidth());
            addText(bubble, customer.text());
            return row(bubble, Pos.CENTER_RIGHT);
        }
        if (entry instanceof ChatEntry.Note note) {
            Label text = new Label(note.text());
            text.setWrapText(true);
            text.getStyleClass().add(note.problem() ? "sim-note-problem" : "sim-note");
            if (note.problem()) {
                text.setGraphic(new FontIcon("mdi2a-alert-outline"));
            }
            return row(text, Pos.CENTER);
        }
        ChatEntry.Bot bot = (ChatEntry.Bot) entry;
        OutgoingMessage message = bot.message();
        if (message instanceof HandoffNotice handoff) {
            Label banner = new Label(handoff.reason().isBlank()
                    ? texts.get("sim.handoff", handoff.team())
                    : texts.get("sim.handoffReason", handoff.team(), handoff.reason()));
            banner.setWrapText(true);
            banner.setGraphic(new FontIcon("mdi2a-account-switch-outline"));
            banner.getStyleClass().add("sim-handoff");
            return row(banner, Pos.CENTER);
        }
        return row(botBubble(bot), Pos.CENTER_LEFT);
    }

    private Node botBubble(ChatEntry.Bot bot) {
        OutgoingMessage message = bot.message();
        ChannelPreview.Rendered rendered = ChannelPreview.render(message, channel.get(), texts.get("sim.listButton"));
        VBox bubble = new VBox(6);
        bubble.getStyleClass().addAll("sim-bubble", "sim-bubble-bot");
        bubble.maxWidthProperty().bind(bubbleWidth());
        if (!rendered.text().isBlank()) {
            addText(bubble, rendered.text());
        }
        if (message instanceof ProductCardsMessage cards) {
            FlowPane row = new FlowPane(6, 6);
            for (ProductCardsMessage.Card card : cards.cards()) {
                row.getChildren().add(productCard(card));
            }
            bubble.getChildren().add(row);
        }
        if (message instanceof LinkButtonMessage link) {
            ChannelPreview.Option option = rendered.options().get(0);
            Button open = new Button(option.shownTitle(), new FontIcon(option.cut() ? "mdi2c-content-cut" : "mdi2o-open-in-new"));
            open.getStyleClass().addAll("sim-link");
            if (option.cut()) {
                open.getStyleClass().add("sim-chip-cut");
            }
            open.setMaxWidth(Double.MAX_VALUE);
            open.setTooltip(new Tooltip(texts.get("sim.link.copy", link.url())));
            open.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(link.url());
                Clipboard.getSystemClipboard().setContent(content);
            });
            Label url = new Label(link.url());
            url.getStyleClass().add("sim-link-url");
            url.setWrapText(true);
            bubble.getChildren().addAll(open, url);
        } else if (!rendered.options().isEmpty()) {
            boolean tappable = model.tappable(bot);
            if (rendered.asList()) {
                Label listButton = new Label(rendered.listButton(), new FontIcon("mdi2f-format-list-bulleted"));
                listButton.getStyleClass().add("sim-list-button");
                bubble.getChildren().add(listButton);
            }
            VBox options = new VBox(4);
            options.getStyleClass().add(rendered.asList() ? "sim-rows" : "sim-buttons");
            List<Button> chips = new ArrayList<>();
            for (ChannelPreview.Option option : rendered.options()) {
                Button chip = chip(option, rendered.asList(), tappable);
                chips.add(chip);
                options.getChildren().add(chip);
            }
            chipsOf.put(bot, chips);
            bubble.getChildren().add(options);
        }
        for (ChannelPreview.Warning warning : rendered.warnings()) {
            Label marker = new Label(texts.get(warning.key(), warning.args().toArray()), new FontIcon("mdi2a-alert-outline"));
            marker.setWrapText(true);
            marker.getStyleClass().add("sim-limit");
            bubble.getChildren().add(marker);
        }
        return bubble;
    }

    /**
     * A bubble's text, wrapped within the bubble (a long word or link breaks too). A huge text shows its beginning
     * and says how much it left out: laying out 200,000 characters takes seconds, and no channel delivers a message
     * that long (WhatsApp stops at 4,096).
     */
    private void addText(VBox bubble, String text) {
        Label shown = new Label(shownPart(text));
        shown.setWrapText(true);
        shown.setMnemonicParsing(false);
        shown.getStyleClass().add("sim-bubble-text");
        bubble.getChildren().add(shown);
        if (text.length() > SHOWN_CHARACTERS) {
            Label left = new Label(texts.get("sim.bubble.cut", shownPart(text).length(), text.length()),
                    new FontIcon("mdi2c-content-cut"));
            left.setWrapText(true);
            left.getStyleClass().add("sim-bubble-cut");
            bubble.getChildren().add(left);
        }
    }

    /** The part of a text a bubble shows: all of it, or the first {@link #SHOWN_CHARACTERS} (never half a character). */
    static String shownPart(String text) {
        if (text.length() <= SHOWN_CHARACTERS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SHOWN_CHARACTERS - 1)) ? SHOWN_CHARACTERS - 1 : SHOWN_CHARACTERS;
        return text.substring(0, end);
    }

    private Button chip(ChannelPreview.Option option, boolean row, boolean tappable) {
        Button chip = new Button(option.shownTitle());
        chip.getStyleClass().addAll("sim-chip", row ? "sim-chip-row" : "sim-chip-button");
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setMnemonicParsing(false);
        chip.setDisable(!tappable);
        chip.setAccessibleText(texts.get("sim.chip.accessible", option.title()));
        if (option.cut()) {
            chip.setGraphic(new FontIcon("mdi2c-content-cut"));
            chip.setTooltip(new Tooltip(texts.get("sim.chip.cut", option.title())));
            chip.getStyleClass().add("sim-chip-cut");
        }
        if (row && !option.description().isBlank()) {
            chip.setText(option.shownTitle() + "\n" + option.description());
        }
        chip.setUserData(option.id());
        chip.setOnAction(e -> model.tap(new ChoiceOption(option.id(), option.title())));
        return chip;
    }

    private Node productCard(ProductCardsMessage.Card card) {
        Label name = new Label(card.name());
        name.getStyleClass().add("sim-card-name");
        name.setWrapText(true);
        Label variant = new Label(card.variant());
        variant.getStyleClass().add("sim-card-variant");
        Label price = new Label(card.price());
        price.getStyleClass().add("sim-card-price");
        Label stock = new Label(card.stockLabel());
        stock.getStyleClass().add(card.stock() > 0 ? "sim-card-stock" : "sim-card-soldout");
        VBox box = new VBox(2, new FontIcon("mdi2t-tshirt-crew-outline"), name, variant, price, stock);
        box.getStyleClass().add("sim-card");
        box.setPrefWidth(130);
        return box;
    }

    /** Bubbles take at most four fifths of the chat's width, as on a phone. */
    private javafx.beans.binding.DoubleBinding bubbleWidth() {
        return javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(160, Math.min(420, (scroll.getViewportBounds().getWidth() - 24) * 0.82)),
                scroll.viewportBoundsProperty());
    }

    private static Node row(Node content, Pos alignment) {
        HBox row = new HBox(content);
        row.setAlignment(alignment);
        if (content instanceof Region region && alignment == Pos.CENTER) {
            region.setMaxWidth(340);
        }
        return row;
    }

    /** Style class names per channel, so the WhatsApp preview looks like WhatsApp and the plain one like the studio. */
    static String channelStyle(ChannelPreview.Channel channel) {
        return "sim-channel-" + channel.name().toLowerCase(Locale.ROOT);
    }

    /** For tests: the chip buttons currently shown. */
    List<Button> chipButtons() {
        return messages.lookupAll(".sim-chip").stream().map(Button.class::cast).toList();
    }
}
