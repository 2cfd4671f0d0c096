package dev.akis.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.engine.spi.NumberInput;
import dev.akis.engine.spi.TurkishPhoneNumbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/runtime-semantics.md is what a runtime written by someone else is built from: its generated tables must be
 * what the code does, its examples must hold, and the format document and the README must lead to it.
 */
class RuntimeSemanticsDocTest {

    static final Path DOC = Path.of("docs", "runtime-semantics.md");

    @Test
    void theGeneratedTablesMatchTheCode() throws IOException {
        GeneratedSections.check(DOC, new RuntimeSemanticsReference(BlockCatalog.standard()).sections());
    }

    @Test
    void thePhoneAndNumberExamplesOfTheDocumentHold() {
        for (String written : new String[] {"0532 123 45 67", "(0532) 123 45 67", "532-123-4567", "+90 532 1234567",
            "905321234567"}) {
            assertThat(TurkishPhoneNumbers.normalizeMobile(written)).as(written).contains("+905321234567");
        }
        assertThat(TurkishPhoneNumbers.normalizeMobile("0312 123 45 67")).as("a landline").isEmpty();
        assertThat(NumberInput.parse("1.250,50", "tr")).contains(new BigDecimal("1250.50"));
        assertThat(NumberInput.parse("1,250.50", "en")).contains(new BigDecimal("1250.50"));
        assertThat(NumberInput.parse("1.250", "tr")).contains(new BigDecimal("1250"));
        assertThat(NumberInput.parse("1.250", "en")).contains(new BigDecimal("1.250"));
        assertThat(NumberInput.parse("1.250.000", "en")).contains(new BigDecimal("1250000"));
        assertThat(NumberInput.parse("1e3", "en")).isEqualTo(Optional.empty());
        assertThat(Carrier.recognise("MNG/DHL eCommerce")).contains(Carrier.MNG);
        assertThat(Carrier.recognise("yurtiçi")).contains(Carrier.YURTICI);
        assertThat(ShipmentStatus.fromId("failed_attempt")).isPresent();
    }

    @Test
    void theFormatDocumentTheEngineDocumentAndTheReadmeLeadToIt() throws IOException {
        for (Path from : new Path[] {Path.of("docs", "flow-format.md"), Path.of("docs", "engine.md")}) {
            assertThat(Files.readString(from, StandardCharsets.UTF_8)).as(from.toString())
                    .contains("(runtime-semantics.md)");
        }
        assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
                .contains("(docs/runtime-semantics.md)");
    }
}
