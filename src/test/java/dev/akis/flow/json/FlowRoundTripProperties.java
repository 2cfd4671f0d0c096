package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.RandomFlows;
import dev.akis.flow.validate.FlowLinter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Saving is canonical and deterministic for any flow the studio can hold. */
class FlowRoundTripProperties {

    private final FlowWriter writer = new FlowWriter();
    private final FlowReader reader = new FlowReader();

    @Property(tries = 400)
    void anyFlowSurvivesSaveLoadSaveByteForByte(@ForAll long seed) throws FlowFormatException {
        FlowDocument flow = RandomFlows.flow(seed);
        String saved = writer.write(flow);
        FlowDocument loaded = reader.read(saved, "random.json");
        String savedAgain = writer.write(loaded);
        assertThat(savedAgain).isEqualTo(saved);
        assertThat(reader.read(savedAgain, "random.json")).isEqualTo(loaded);
    }

    @Property(tries = 200)
    void savingTheSameFlowTwiceGivesTheSameBytes(@ForAll long seed) {
        assertThat(writer.write(RandomFlows.flow(seed))).isEqualTo(writer.write(RandomFlows.flow(seed)));
    }

    @Property(tries = 300)
    void theLinterCopesWithAnyLoadableFlowAndAlwaysSaysTheSame(@ForAll long seed) throws FlowFormatException {
        FlowDocument loaded = reader.read(writer.write(RandomFlows.flow(seed)), "random.json");
        FlowLinter linter = new FlowLinter(BlockCatalog.standard());
        assertThat(linter.lint(loaded)).isEqualTo(linter.lint(loaded));
    }
}
