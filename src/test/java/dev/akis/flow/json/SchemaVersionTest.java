package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.akis.i18n.Languages;
import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What happens to the "schemaVersion" a file declares: newer ones are refused as written, odd ones explained. */
class SchemaVersionTest {

    private static String flowWithVersion(String version) {
        return "{\n  \"id\": \"x\",\n  \"schemaVersion\": " + version + "\n}\n";
    }

    private static FlowFormatException refusal(String version) {
        return catchThrowableOfType(() -> new FlowReader().read(flowWithVersion(version), "orders.json"),
                FlowFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "4294967297", "4294967296", "99999999999", "18446744073709551617",
        "123456789012345678901234567890123456789"})
    void aFileFromAFarNewerAkisStudioIsRefusedWithTheVersionAsWritten(String version) {
        FlowFormatException error = refusal(version);
        assertThat(error).isInstanceOf(FlowVersionException.class);
        assertThat(((FlowVersionException) error).foundVersion()).isEqualTo(new BigInteger(version));
        assertThat(error.getMessage()).isEqualTo("orders.json:3:20: this flow was written for format version "
                + version + ", but this Akış Studio reads up to version 1; update Akış Studio to open it "
                + "(the file was not changed)");
        assertThat(error.format(Languages.locale("tr"))).startsWith("orders.json:3:20: bu akış " + version
                + ". biçim sürümü için yazılmış");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1.0", "1e0", "-1", "-4294967295", "\"1\"", "true", "null", "[1]"})
    void aVersionThatIsNotAWholeNumberOfZeroOrMoreIsAnErrorAtItsPosition(String version) {
        FlowFormatException error = refusal(version);
        assertThat(error).isNotInstanceOf(FlowVersionException.class);
        assertThat(error.location()).isEqualTo(new SourceLocation(3, 20));
        assertThat(error.format(Locale.ENGLISH)).isEqualTo("orders.json:3:20: \"schemaVersion\" must be a whole "
                + "number, 0 or more (this Akış Studio writes 1), not " + version);
        assertThat(error.format(Languages.locale("tr"))).isEqualTo("orders.json:3:20: \"schemaVersion\" 0 ya da "
                + "daha büyük bir tam sayı olmalı (bu Akış Studio 1 yazar), " + version + " değil");
    }

    @Test
    void theCurrentVersionWrittenWithoutDecimalsReadsNormally() throws Exception {
        String text = "{\"schemaVersion\": 1, \"id\": \"x\"}";
        FlowReader.Result read = new FlowReader().readWithDetails(text, "x.json");
        assertThat(read.originalVersion()).isEqualTo(1);
        assertThat(read.wasMigrated()).isFalse();
    }
}
