package dev.akis.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.akis.flow.PropertyNames.Flaw;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyNamesTest {

    @Test
    void namesAreDottedWordsOfEnglishLettersDigitsAndUnderscores() {
        assertThat(PropertyNames.isValid("contact.email")).isTrue();
        assertThat(PropertyNames.isValid("survey_2024.score")).isTrue();
        assertThat(PropertyNames.isValid("_draft")).isTrue();
        assertThat(PropertyNames.isValid("müşteri.adı")).isFalse();
        assertThat(PropertyNames.isValid("order number")).isFalse();
        assertThat(PropertyNames.isValid("order-number")).isFalse();
        assertThat(PropertyNames.isValid("2fa.code")).isFalse();
        assertThat(PropertyNames.isValid("order..number")).isFalse();
        assertThat(PropertyNames.isValid("")).isFalse();
    }

    @Test
    void aMerchantWritingInTurkishIsToldToLeaveOutTheMarksAndGetsTheNameToUse() {
        Map<String, String> suggestions = Map.of(
                "müşteri.adı", "musteri.adi",
                "şehir", "sehir",
                "İlçe", "Ilce",
                "sipariş numarası", "siparis_numarasi",
                " order.number ", "order.number",
                "kargo-durumu", "kargo_durumu",
                "Çağrı.öğün", "Cagri.ogun");
        suggestions.forEach((written, suggested) -> {
            assertThat(PropertyNames.suggestion(written)).as(written).isEqualTo(suggested);
            assertThat(PropertyNames.isValid(suggested)).isTrue();
        });
        assertThat(PropertyNames.suggestion("2fa")).as("no valid name is close").isEqualTo(PropertyNames.EXAMPLE);
    }

    @Test
    void theMostTellingReasonIsGiven() {
        assertThat(PropertyNames.flaw("member.firstName")).isNull();
        assertThat(PropertyNames.flaw("müşteri adı")).isEqualTo(Flaw.NON_ENGLISH_LETTERS);
        assertThat(PropertyNames.flaw("order number")).isEqualTo(Flaw.SPACES);
        assertThat(PropertyNames.flaw("order-number")).isEqualTo(Flaw.SHAPE);
        assertThat(PropertyNames.flaw(" ")).isEqualTo(Flaw.EMPTY);
    }

    @Test
    void bracesThatWereMeantAsPlaceholdersAreFoundWithWhatToWriteInstead() {
        String greeting = "Merhaba {müşteri.adı}! {şehir} şubemize bekleriz. Kodunuz: {} · {order number} · { order.number }";
        assertThat(Placeholders.malformed(greeting))
                .extracting(Placeholders.Malformed::written, Placeholders.Malformed::flaw, Placeholders.Malformed::suggestion)
                .containsExactly(
                        tuple("{müşteri.adı}", Flaw.NON_ENGLISH_LETTERS, "musteri.adi"),
                        tuple("{şehir}", Flaw.NON_ENGLISH_LETTERS, "sehir"),
                        tuple("{}", Flaw.EMPTY, PropertyNames.EXAMPLE),
                        tuple("{order number}", Flaw.SPACES, "order_number"),
                        tuple("{ order.number }", Flaw.SPACES, "order.number"));
        assertThat(Placeholders.names(greeting)).as("none of them is replaced when the message is sent").isEmpty();
    }

    @Test
    void ordinaryBracesInCustomerTextsAreLeftAlone() {
        String text = "Adım {1}: {\"kod\": 42} · {not: kargo ücretsiz} · {...} · {bu kampanya yalnızca bu hafta geçerli}"
                + " · {member.firstName} · :-{ · }{";
        assertThat(Placeholders.malformed(text)).isEmpty();
        assertThat(Placeholders.names(text)).containsExactly("member.firstName");
    }
}
