package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.akis.flow.Json;
import dev.akis.i18n.Languages;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number such as {@code 1e1000000000} would take a billion characters written without exponent, as the
 * canonical form writes numbers: reading refuses it at its position instead of running out of memory on save.
 */
class HugeNumbersTest {

    private static String flowWith(String number) {
        return "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"blocks\": [\n    {\"id\": \"b\", \"type\": \"sendMessage\","
                + " \"config\": {\"x\": " + number + "}}\n  ]\n}\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000000000", "-2.5E+1000000000", "1e-1000000000", "1e1001"})
    void aNumberTooLongToWriteOutIsRefusedWithItsPosition(String number) {
        FlowFormatException error = catchThrowableOfType(() -> new FlowReader().read(flowWith(number), "huge.json"),
                FlowFormatException.class);
        assertThat(error).isNotNull();
        assertThat(error.format(Locale.ENGLISH)).isEqualTo("huge.json:5:56: the number " + number + " is too long: "
                + "written without exponent it would take more than 1000 characters; write a smaller number");
        assertThat(error.format(Languages.locale("tr"))).startsWith("huge.json:5:56: " + number + " sayısı çok uzun");
    }

    @Test
    void largeButWritableNumbersAreReadAndWrittenOut() throws Exception {
        String text = flowWith("1e900");
        String written = new FlowWriter().write(new FlowReader().read(text, "big.json"));
        assertThat(written).contains("\"x\": 1" + "0".repeat(900) + "\n");
        assertThat(new FlowWriter().write(new FlowReader().read(written, "big.json"))).isEqualTo(written);
    }

    @Test
    void anUnknownFieldAtTheTopLevelIsCheckedToo() {
        String text = "{\"schemaVersion\": 1, \"id\": \"x\", \"future\": {\"limits\": [1, 2, 1e5000]}}";
        FlowFormatException error = catchThrowableOfType(() -> new FlowReader().read(text, "future.json"),
                FlowFormatException.class);
        assertThat(error.location()).isEqualTo(new SourceLocation(1, 61));
    }

    @Test
    void aHugeNumberBuiltInMemoryIsWrittenWithItsExponentInsteadOfExhaustingMemory() {
        String written = CanonicalJson.write(Json.object().set("x", Json.NODES.numberNode(new BigDecimal("1e1000000000"))));
        assertThat(written).isEqualTo("{\n  \"x\": 1E+1000000000\n}\n");
    }
}
