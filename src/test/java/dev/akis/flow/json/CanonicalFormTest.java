package dev.akis.flow.json;

import static dev.akis.flow.SampleFlows.block;
import static dev.akis.flow.SampleFlows.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.CanvasLayout;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.PropertyType;
import dev.akis.flow.SampleFlows;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical-form rules that docs/flow-format.md promises, one by one. */
class CanonicalFormTest {

    private final FlowWriter writer = new FlowWriter();

    @Test
    void connectionsAreGroupedByTheirBlockInBlockOrderThenByPortAndTarget() {
        FlowDocument flow = SampleFlows.flow("order")
                .block(block("end", "z_last")).block(message("a_first", "A", "A")).block(block("getMember", "m"))
                .connect("m", "notFound", "z_last").connect("a_first", "next", "m").connect("m", "found", "z_last")
                .connect("ghost", "next", "m").connect("m", "error", "a_first")
                .build();
        String text = writer.write(flow);
        assertThat(text.indexOf("\"from\": \"a_first\"")).isLessThan(text.indexOf("\"port\": \"error\""));
        assertThat(text.indexOf("\"port\": \"error\"")).isLessThan(text.indexOf("\"port\": \"found\""));
        assertThat(text.indexOf("\"port\": \"found\"")).isLessThan(text.indexOf("\"port\": \"notFound\""));
        assertThat(text.indexOf("\"port\": \"notFound\"")).isLessThan(text.indexOf("\"from\": \"ghost\""));
    }

    @Test
    void coordinatesKeepOneDecimalRoundedHalfToEvenAndZoomThree() {
        CanvasLayout layout = CanvasLayout.EMPTY
                .withBlocks(Map.of("a", new Point(10.25, 10.35), "b", new Point(120.0, -0.04)))
                .withNote("n", new NoteBounds(1.05, 2, 220, 140.5))
                .withView(1.23456, new Point(-3.75, 0));
        String text = writer.write(SampleFlows.flow("layout").layout(layout).build());
        assertThat(text).contains("\"zoom\": 1.235", "\"x\": -3.8", "\"x\": 10.2", "\"y\": 10.4", "\"x\": 120,",
                "\"y\": 0\n", "\"x\": 1,", "\"height\": 140.5");
    }

    @Test
    void aTinyZoomStaysPositiveSoItReadsBackAsWritten() throws FlowFormatException {
        FlowDocument flow = SampleFlows.flow("zoomed-out")
                .layout(CanvasLayout.EMPTY.withView(0.0004, Point.ORIGIN)).build();
        String text = writer.write(flow);
        assertThat(text).contains("\"zoom\": 0.001,");
        assertThat(writer.write(new FlowReader().read(text, "zoom.json"))).isEqualTo(text);
    }

    @Test
    void textsAreWrittenAsTheyAreWithOnlyTheNecessaryEscapes() {
        FlowDocument flow = SampleFlows.flow("texts")
                .entryPoint(EntryPoint.anyMessage("start", "hello"))
                .block(message("hello", "Çok \"güzel\" \\ ürün\n\t🚚\u2028\u0007", "x"))
                .build();
        assertThat(writer.write(flow)).contains("\"tr\": \"Çok \\\"güzel\\\" \\\\ ürün\\n\\t🚚\\u2028\\u0007\"");
    }

    @Test
    void propertiesAreSortedByNameAndEmptyOptionalFieldsLeftOut() {
        FlowDocument flow = SampleFlows.flow("props")
                .property(PropertyDeclaration.of("survey.score", PropertyType.NUMBER))
                .property(PropertyDeclaration.of("contact.email", PropertyType.EMAIL))
                .build();
        String text = writer.write(flow);
        assertThat(text.indexOf("contact.email")).isLessThan(text.indexOf("survey.score"));
        assertThat(text).doesNotContain("\"description\"").contains("\"metadata\": {}\n}\n");
    }
}
