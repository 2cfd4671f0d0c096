package dev.akis.studio.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.FieldSpec;
import dev.akis.engine.message.ButtonsMessage;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.ListMessage;
import dev.akis.engine.message.TextMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the WhatsApp preview does to messages that run into WhatsApp's limits, and what the plain one leaves. */
class ChannelPreviewTest {

    @Test
    void aButtonTitleLongerThanTwentyCharactersIsCutWithAVisibleMarkerOnWhatsAppOnly() {
        ButtonsMessage message = new ButtonsMessage("Başka bir şey?", List.of(
                new ChoiceOption("other", "Başka bir siparişim daha var"), new ChoiceOption("no", "Hayır")));

        ChannelPreview.Rendered whatsapp = ChannelPreview.render(message, ChannelPreview.Channel.WHATSAPP, "Seçin");
        assertThat(whatsapp.asList()).isFalse();
        assertThat(whatsapp.options().get(0).shownTitle()).hasSize(20).endsWith("…").startsWith("Başka bir siparişim");
        assertThat(whatsapp.options().get(0).cut()).isTrue();
        assertThat(whatsapp.options().get(1).cut()).isFalse();
        assertThat(whatsapp.warnings()).extracting(ChannelPreview.Warning::key).containsExactly("sim.limit.buttonTitle");

        ChannelPreview.Rendered plain = ChannelPreview.render(message, ChannelPreview.Channel.PLAIN, "Seçin");
        assertThat(plain.options().get(0).shownTitle()).isEqualTo("Başka bir siparişim daha var");
        assertThat(plain.hasWarnings()).isFalse();
    }

    @Test
    void fourButtonsBecomeAListOnWhatsApp() {
        List<ChoiceOption> buttons = List.of(new ChoiceOption("a", "Kargo"), new ChoiceOption("b", "İade"),
                new ChoiceOption("c", "Değişim"), new ChoiceOption("d", "Temsilci"));
        ChannelPreview.Rendered whatsapp = ChannelPreview.render(new ButtonsMessage("Konu?", buttons),
                ChannelPreview.Channel.WHATSAPP, "Seçin");
        assertThat(whatsapp.asList()).isTrue();
        assertThat(whatsapp.listButton()).isEqualTo("Seçin");
        assertThat(whatsapp.options()).extracting(ChannelPreview.Option::id).containsExactly("a", "b", "c", "d");
        assertThat(whatsapp.warnings()).extracting(ChannelPreview.Warning::key).containsExactly("sim.limit.tooManyButtons");
    }

    @Test
    void listRowsAreCutAtTwentyFourAndAtMostTenAreShown() {
        List<ListMessage.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(new ListMessage.Row("r" + i, i == 1 ? "Kapüşonlu oversize sweatshirt siyah" : "Ürün " + i, ""));
        }
        ChannelPreview.Rendered whatsapp = ChannelPreview.render(ListMessage.of("Ürünler", "Ürünleri gör", rows),
                ChannelPreview.Channel.WHATSAPP, "Seçin");
        assertThat(whatsapp.options()).hasSize(10);
        assertThat(whatsapp.options().get(0).shownTitle()).hasSize(24).endsWith("…");
        assertThat(whatsapp.warnings()).extracting(ChannelPreview.Warning::key)
                .contains("sim.limit.tooManyRows", "sim.limit.rowTitle");

        assertThat(ChannelPreview.render(ListMessage.of("Ürünler", "Ürünleri gör", rows), ChannelPreview.Channel.PLAIN,
                "Seçin").options()).hasSize(12);
    }

    @Test
    void aLongQuestionWithButtonsIsCutAtTheInteractiveLimitWhileAPlainTextMayBeLonger() {
        String question = "Sipariş ".repeat(150) + "hangisi?";
        assertThat(question.length()).isGreaterThan(FieldSpec.WHATSAPP_INTERACTIVE_BODY_LIMIT)
                .isLessThan(FieldSpec.WHATSAPP_TEXT_LIMIT);
        ButtonsMessage buttons = new ButtonsMessage(question, List.of(new ChoiceOption("a", "Evet")));

        ChannelPreview.Rendered whatsapp = ChannelPreview.render(buttons, ChannelPreview.Channel.WHATSAPP, "Seçin");
        assertThat(whatsapp.text()).hasSize(1024).endsWith("…");
        assertThat(whatsapp.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.key()).isEqualTo("sim.limit.interactiveText");
            assertThat(warning.args()).containsExactly(question.length(), 1024);
        });
        ChannelPreview.Rendered list = ChannelPreview.render(ListMessage.of(question, "Gör",
                List.of(new ListMessage.Row("r1", "Bir", ""))), ChannelPreview.Channel.WHATSAPP, "Seçin");
        assertThat(list.text()).hasSize(1024);

        assertThat(ChannelPreview.render(TextMessage.of(question), ChannelPreview.Channel.WHATSAPP, "x").hasWarnings())
                .isFalse();
        assertThat(ChannelPreview.render(buttons, ChannelPreview.Channel.PLAIN, "x").text()).isEqualTo(question);
    }

    @Test
    void aListRowDescriptionIsCutAtSeventyTwoCharacters() {
        String description = "Pamuklu, kapüşonlu, oversize kesim; siyah, lacivert ve gri renklerde; S'den XL'e bedenler";
        ChannelPreview.Rendered whatsapp = ChannelPreview.render(ListMessage.of("Ürünler", "Gör", List.of(
                new ListMessage.Row("r1", "Sweatshirt", description), new ListMessage.Row("r2", "Bere", "Yün"))),
                ChannelPreview.Channel.WHATSAPP, "Seçin");
        assertThat(whatsapp.options().get(0).description()).hasSize(72).endsWith("…").startsWith("Pamuklu, kapüşonlu");
        assertThat(whatsapp.options().get(0).shownTitle()).isEqualTo("Sweatshirt");
        assertThat(whatsapp.options().get(1).description()).isEqualTo("Yün");
        assertThat(whatsapp.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.key()).isEqualTo("sim.limit.rowDescription");
            assertThat(warning.args()).containsExactly("Sweatshirt", description.length(), 72);
        });
        assertThat(ChannelPreview.render(ListMessage.of("Ürünler", "Gör", List.of(new ListMessage.Row("r1", "Sweatshirt",
                description))), ChannelPreview.Channel.PLAIN, "x").options().get(0).description()).isEqualTo(description);
    }

    @Test
    void theListsButtonLabelIsCutAtTwentyCharacters() {
        ChannelPreview.Rendered whatsapp = ChannelPreview.render(ListMessage.of("Ürünler", "Tüm ürünleri buradan gör",
                List.of(new ListMessage.Row("r1", "Bere", ""))), ChannelPreview.Channel.WHATSAPP, "Seçin");
        assertThat(whatsapp.listButton()).hasSize(20).endsWith("…");
        assertThat(whatsapp.warnings()).extracting(ChannelPreview.Warning::key).containsExactly("sim.limit.buttonTitle");
    }

    @Test
    void aPlainTextPassesUnchanged() {
        ChannelPreview.Rendered rendered = ChannelPreview.render(TextMessage.of("Merhaba!"), ChannelPreview.Channel.WHATSAPP, "x");
        assertThat(rendered.text()).isEqualTo("Merhaba!");
        assertThat(rendered.options()).isEmpty();
        assertThat(rendered.hasWarnings()).isFalse();
    }
}
