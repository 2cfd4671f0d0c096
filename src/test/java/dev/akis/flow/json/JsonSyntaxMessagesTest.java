package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.commerce.dataset.DatasetException;
import dev.akis.commerce.dataset.DatasetReader;
import dev.akis.engine.ConversationStateJson;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A flow file (or a dataset, a copied fragment, a stored conversation) with a JSON mistake is reported in plain
 * words with its line and column, in Turkish or English: no parser internals, no copy of the input, one line.
 */
class JsonSyntaxMessagesTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    private static FlowFormatException refused(String text) {
        try {
            new FlowReader().read(text, "bad.json");
        } catch (FlowFormatException e) {
            return e;
        }
        throw new AssertionError("read without a complaint: " + text);
    }

    @Test
    void aFlowFileCutShortSaysWhichListWasLeftOpen() {
        FlowFormatException error = refused("{\"schemaVersion\": 1, \"blocks\": [");

        assertThat(error.format(Locale.ENGLISH)).isEqualTo(
                "bad.json:1:33: invalid JSON: the file ends before the list opened at line 1, column 32 is closed (a \"]\" is missing)");
        assertThat(error.format(TURKISH)).isEqualTo(
                "bad.json:1:33: geçersiz JSON: dosya, 1. satır 32. sütunda açılan liste kapanmadan bitiyor (\"]\" eksik)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"schemaVersion": 1, "blocks": [{"id": "a"        | 1:43 | the file ends before the object opened at line 1, column 33 is closed (a "}" is missing)
            {"schemaVersion": 1, "id": "x",                   | 1:32 | the file ends before the object opened at line 1, column 1 is closed (a "}" is missing)
            {"schemaVersion": 1, "languages": ["tr",          | 1:41 | the file ends before the list opened at line 1, column 35 is closed (a "]" is missing)
            {"schemaVersion": 1, "name": "Sipariş             | 1:38 | the file ends inside a text: its closing double quote (") is missing
            {"schemaVersion": 1,}                             | 1:21 | nothing follows the last comma before "}"; remove that comma
            {"schemaVersion": 1, "languages": ["tr",]}        | 1:41 | nothing follows the last comma before "]"; remove that comma
            {"schemaVersion": 1,, "id": "x"}                  | 1:21 | one comma too many (or a value missing between two commas)
            {"schemaVersion": 1 "id": "x"}                    | 1:21 | a comma is missing before this entry (entries of a list or an object are separated by commas)
            {"schemaVersion": 1, "languages": ["tr" "en"]}    | 1:41 | a comma is missing before this entry (entries of a list or an object are separated by commas)
            {"schemaVersion": 1, "id": siparis}               | 1:35 | "siparis" is not a JSON value: texts are written in double quotes, and the only bare words are true, false and null
            {"schemaVersion": 1, "languages": ["tr"}          | 1:40 | "}" cannot close the list opened at line 1, column 35; a list ends with "]"
            {"schemaVersion": 1, "id": "x"}}                  | 1:32 | "}" closes nothing: there is one too many
            {'schemaVersion': 1}                              | 1:2  | names and texts are written in double quotes ("), not single ones (')
            {schemaVersion: 1}                                | 1:2  | a name must be written in double quotes ("name": value), not starting with "s"
            {"schemaVersion" 1}                               | 1:18 | a colon (:) is missing after the name "schemaVersion"
            {"schemaVersion": 1, "id": "a", "id": "b"}        | 1:37 | "id" appears twice in the same object
            {"schemaVersion": 01}                             | 1:20 | a number cannot start with 0 (write 7, not 07)
            {"schemaVersion": }                               | 1:19 | a value is missing before "}"
            {"schemaVersion": 1, "id": "a\\qb"}               | 1:31 | "\\q" is not a valid escape in a text; write \\\\ for a backslash
            // a comment                                      | 1:1  | JSON files cannot contain comments (// or /* */)
            """)
    void everyCommonMistakeIsToldInPlainWords(String text, String position, String message) {
        FlowFormatException error = refused(text.strip());

        assertThat(error.format(Locale.ENGLISH)).isEqualTo("bad.json:" + position + ": invalid JSON: " + message);
        assertThat(error.format(TURKISH)).startsWith("bad.json:" + position + ": geçersiz JSON: ");
    }

    @Test
    void aTextThatRunsOverALineBreakIsCaughtWhereItBreaks() {
        FlowFormatException error = refused("{\n  \"schemaVersion\": 1,\n  \"name\": \"Sipariş\n sorgu\"\n}");

        assertThat(error.format(Locale.ENGLISH)).isEqualTo("bad.json:3:19: invalid JSON: a text runs over a line break;"
                + " close it on the same line or write \\n for a new line");
    }

    @Test
    void noMessageShowsTheParsersInternalsOrACopyOfTheInput() {
        for (String text : new String[] {"{\"blocks\": [", "{\"a\": 1]", "[1}", "{\"a\": tru}", "{\"a\": 1,}", "{\"a\": NaN}",
                "{\"a\": \"x\ty\"}", "{\"a\": \"x", "{\"a\":"}) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, TURKISH}) {
                String message = refused(text).format(locale);
                assertThat(message).as(text).doesNotContain("[Source", "marker", "Jackson", "JsonToken", "START_", "code 1",
                        "REDACTED", "\n", "Unexpected", "' (code");
            }
        }
    }

    @Test
    void aDatasetFileACopiedFragmentAndAStoredConversationUseTheSameWords() {
        String cut = "{\"format\": \"akis-shop-dataset\", \"members\": [";
        assertThatThrownBy(() -> new DatasetReader().read(cut, "my-shop.json"))
                .isInstanceOfSatisfying(DatasetException.class, e -> {
                    assertThat(e.format(Locale.ENGLISH)).isEqualTo("my-shop.json:1:45: invalid JSON: the file ends before"
                            + " the list opened at line 1, column 44 is closed (a \"]\" is missing)");
                    assertThat(e.format(TURKISH)).isEqualTo("my-shop.json:1:45: geçersiz JSON: dosya, 1. satır 44. sütunda"
                            + " açılan liste kapanmadan bitiyor (\"]\" eksik)");
                });

        String fragment = "{\"akisFragment\": 1, \"blocks\": [";
        assertThatThrownBy(() -> dev.akis.studio.clipboard.FlowFragment.parse(fragment))
                .isInstanceOfSatisfying(FlowFormatException.class, e -> assertThat(e.format(Locale.ENGLISH))
                        .isEqualTo("clipboard:1:32: invalid JSON: the file ends before the list opened at line 1, column 31"
                                + " is closed (a \"]\" is missing)"));

        assertThatThrownBy(() -> ConversationStateJson.read("{\"stateVersion\": 1, \"timers\": ["))
                .hasMessage("Not a conversation state: invalid JSON at 1:32: the file ends before the list opened at line 1,"
                        + " column 31 is closed (a \"]\" is missing)");
    }
}
