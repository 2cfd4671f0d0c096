package dev.akis.blocks.conversation;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.Step;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/** Continues at another block of the flow without drawing a long wire (loops, "back to the menu"). */
public final class JumpBlock extends BlockType {

    public static final String ID = "jump";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.builder("target", FieldType.BLOCK_REF).required().build());

    public JumpBlock() {
        super(ID, BlockCategory.CONVERSATION, "mdi2a-arrow-right-bold-circle-outline");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    /** Continues at the target block; the engine reports a target that does not exist. */
    @Override
    public BlockExecutor executor(Block block) {
        String target = string(block, "target").strip();
        return context -> {
            if (target.isEmpty()) {
                context.problem("jumpWithoutTarget");
                return Step.end();
            }
            return Step.jump(target);
        };
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return "→ " + string(block, "target");
    }
}
