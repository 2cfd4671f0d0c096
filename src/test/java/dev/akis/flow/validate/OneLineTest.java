package dev.akis.flow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Ids;
import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    void lineBreaksAndOtherControlCharactersAreWrittenAsEscapes() {
        assertThat(OneLine.escape("a\nb: error fake")).isEqualTo("a\\nb: error fake");
        assertThat(OneLine.escape("tab\there\rand\u0000nul")).isEqualTo("tab\\there\\rand\\u0000nul");
        assertThat(OneLine.escape("para\u2029graph\u2028line\u0085next")).isEqualTo("para\\u2029graph\\u2028line\\u0085next");
        assertThat(OneLine.escape("evil\u202Eeulav")).as("a right-to-left override could disguise the rest")
                .isEqualTo("evil\\u202eeulav");
    }

    @Test
    void turkishLettersEmojiAndOrdinaryTextAreKept() {
        String text = "Müşteri \"Ayşe\" 🚚 kargoda — İstanbul";
        assertThat(OneLine.escape(text)).isSameAs(text);
    }

    @Test
    void idsAreLettersOfAnyAlphabetDigitsAndUnderscoreHyphenDotColon() {
        assertThat(Ids.isValid("ask_email")).isTrue();
        assertThat(Ids.isValid("getMember_2")).isTrue();
        assertThat(Ids.isValid("kargo-durumu")).isTrue();
        assertThat(Ids.isValid("müşteri_sor")).isTrue();
        assertThat(Ids.isValid("v1.menu:ana")).isTrue();
        assertThat(Ids.isValid("a\nb")).isFalse();
        assertThat(Ids.isValid("my block")).isFalse();
        assertThat(Ids.isValid("orders/1")).isFalse();
        assertThat(Ids.isValid("\"quoted\"")).isFalse();
        assertThat(Ids.firstBadCharacter("orders/1")).isEqualTo('/');
        assertThat(Ids.firstBadCharacter("ok")).isEqualTo(-1);
    }
}
