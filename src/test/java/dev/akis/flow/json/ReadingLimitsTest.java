package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.akis.commerce.dataset.DatasetException;
import dev.akis.commerce.dataset.DatasetReader;
import dev.akis.flow.FlowDocument;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A file that goes past what can be read (nesting 1000 levels deep, a 20 MB text, a 60,000-character name, a
 * 1,200-digit number) is refused like any other mistake: at its line and column, in the reader's language, with
 * no parser internals ("StreamReadConstraints") in the message.
 */
class ReadingLimitsTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    /** A flow whose fourth line is {@code "  " + line}. */
    private static String flowWithFourthLine(String line) {
        return "{\n  \"schemaVersion\": 1,\n  \"id\": \"limits\",\n  " + line + "\n}\n";
    }

    private static FlowFormatException refused(String text) {
        FlowFormatException error = catchThrowableOfType(() -> new FlowReader().read(text, "big.json"),
                FlowFormatException.class);
        assertThat(error).as("refused").isNotNull();
        for (Locale locale : new Locale[] {Locale.ENGLISH, TURKISH}) {
            assertThat(error.format(locale)).doesNotContain("StreamReadConstraints", "exceeds", "maximum allowed", "\n");
        }
        return error;
    }

    @Test
    void listsNestedMoreThanAThousandLevelsDeepAreRefusedWhereTheyGoTooDeep() {
        // The flow object is level 1, so the 1000th "[" opens level 1001; it is in column 13 + 999.
        String text = flowWithFourthLine("\"future\": " + "[".repeat(1000) + "]".repeat(1000));

        FlowFormatException error = refused(text);

        assertThat(error.format(Locale.ENGLISH)).isEqualTo("big.json:4:1012: invalid JSON: lists and objects are nested"
                + " more than 1000 levels deep here; at most 1000 levels can be read");
        assertThat(error.format(TURKISH)).isEqualTo("big.json:4:1012: geçersiz JSON: listeler ve nesneler burada 1000"
                + " düzeyden daha derin iç içe geçiyor; en çok 1000 düzey okunabilir");
    }

    @Test
    void aThousandLevelsAreStillRead() throws FlowFormatException {
        String text = flowWithFourthLine("\"future\": " + "[".repeat(999) + "]".repeat(999));

        FlowDocument flow = new FlowReader().read(text, "deep.json");

        assertThat(flow.extras().at("/future" + "/0".repeat(998)).isArray()).isTrue();
        assertThat(new FlowWriter().write(flow)).contains("[]");
    }

    @Test
    void aTextOfMoreThanTwentyMillionCharactersIsRefusedAtItsOpeningQuote() {
        String text = flowWithFourthLine("\"name\": \"" + "a".repeat(20_000_001) + "\"");

        FlowFormatException error = refused(text);

        assertThat(error.format(Locale.ENGLISH)).isEqualTo("big.json:4:11: invalid JSON: this text is longer than"
                + " 20000000 characters; a text may have at most 20000000");
        assertThat(error.format(TURKISH)).isEqualTo("big.json:4:11: geçersiz JSON: bu metin 20000000 karakterden uzun;"
                + " bir metin en çok 20000000 karakter olabilir");
    }

    @Test
    void aNameOfSixtyThousandCharactersIsRefusedAtItsOpeningQuote() {
        String text = flowWithFourthLine("\"" + "n".repeat(60_000) + "\": 1");

        FlowFormatException error = refused(text);

        assertThat(error.format(Locale.ENGLISH)).isEqualTo("big.json:4:3: invalid JSON: this name is longer than"
                + " 50000 characters; a name may have at most 50000");
        assertThat(error.format(TURKISH)).isEqualTo("big.json:4:3: geçersiz JSON: bu ad 50000 karakterden uzun;"
                + " bir ad en çok 50000 karakter olabilir");
    }

    @Test
    void aLongNameWithEscapedQuotesIsStillFoundAtItsStart() {
        String text = flowWithFourthLine("\"x\": 1, \"say \\\"" + "n".repeat(50_001) + "\\\"\": 1");

        assertThat(refused(text).location()).isEqualTo(new SourceLocation(4, 11));
    }

    @Test
    void aNumberOfTwelveHundredDigitsIsRefusedWhereItStarts() {
        FlowFormatException whole = refused(flowWithFourthLine("\"n\": " + "7".repeat(1200)));
        FlowFormatException decimal = refused(flowWithFourthLine("\"n\": -0." + "5".repeat(1200) + ", \"m\": 1"));

        assertThat(whole.format(Locale.ENGLISH)).isEqualTo("big.json:4:8: invalid JSON: this number has more than 1000"
                + " digits; a number may have at most 1000");
        assertThat(whole.format(TURKISH)).isEqualTo("big.json:4:8: geçersiz JSON: bu sayı 1000 basamaktan uzun;"
                + " bir sayı en çok 1000 basamak olabilir");
        assertThat(decimal.location()).isEqualTo(new SourceLocation(4, 8));
        assertThat(decimal.format(Locale.ENGLISH)).endsWith("this number has more than 1000 digits; a number may have at most 1000");
    }

    @Test
    void aDatasetFileGoingPastALimitIsToldInTheSameWords() {
        String text = "{\"format\": \"akis-shop-dataset\",\n \"members\": " + "[".repeat(1000) + "]".repeat(1000) + "}";

        DatasetException error = catchThrowableOfType(() -> new DatasetReader().read(text, "shop.json"),
                DatasetException.class);

        assertThat(error.format(Locale.ENGLISH)).isEqualTo("shop.json:2:1012: invalid JSON: lists and objects are nested"
                + " more than 1000 levels deep here; at most 1000 levels can be read");
    }
}
