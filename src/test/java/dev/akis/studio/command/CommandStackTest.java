package dev.akis.studio.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.Point;
import dev.akis.studio.support.SampleFlows;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private final FlowDocument flow = SampleFlows.orderLookup();

    @Test
    void aMoveIsUndoneAndRedoneAndNamedInTheEditMenu() {
        CommandStack stack = new CommandStack(flow);
        Point before = flow.layout().blockPosition("get_member");

        stack.execute(Commands.move(Map.of("get_member", new Point(900, 700), "ask_email", new Point(10, 10))));

        assertThat(stack.document().layout().blockPosition("get_member")).isEqualTo(new Point(900, 700));
        assertThat(stack.undoDescription(Locale.ENGLISH)).contains("Move 2 items");
        assertThat(stack.undoDescription(Locale.forLanguageTag("tr-TR"))).contains("2 öğeyi taşı");
        stack.undo();
        assertThat(stack.document().layout().blockPosition("get_member")).isEqualTo(before);
        assertThat(stack.document()).isSameAs(flow);
        stack.redo();
        assertThat(stack.document().layout().blockPosition("get_member")).isEqualTo(new Point(900, 700));
    }

    @Test
    void theHistoryHasNoSmallFixedLimit() {
        CommandStack stack = new CommandStack(flow);
        for (int i = 0; i < 1_000; i++) {
            stack.execute(Commands.move(Map.of("end", new Point(i, i))));
        }
        assertThat(stack.undoSize()).isEqualTo(1_000);
        while (stack.undo()) {
            // all the way back
        }
        assertThat(stack.document()).isSameAs(flow);
    }

    @Test
    void typingInOneFieldBecomesOneUndoStepButANewVisitStartsAnother() {
        CommandStack stack = new CommandStack(flow);
        Object firstVisit = new Object();
        stack.execute(Commands.setTitle("end", flow.block("end").orElseThrow().title().with("en", "F"), firstVisit));
        stack.execute(Commands.setTitle("end", flow.block("end").orElseThrow().title().with("en", "Fi"), firstVisit));
        stack.execute(Commands.setTitle("end", flow.block("end").orElseThrow().title().with("en", "Fin"), firstVisit));
        Object secondVisit = new Object();
        stack.execute(Commands.setTitle("end", flow.block("end").orElseThrow().title().with("en", "Fine"), secondVisit));

        assertThat(stack.undoSize()).isEqualTo(2);
        stack.undo();
        assertThat(stack.document().block("end").orElseThrow().title().get("en")).isEqualTo("Fin");
        stack.undo();
        assertThat(stack.document().block("end").orElseThrow().title().get("en")).isEqualTo("Finish");
    }

    @Test
    void theDirtyFlagFollowsTheSavedState() {
        CommandStack stack = new CommandStack(flow);
        assertThat(stack.isDirty()).isFalse();
        stack.execute(Commands.delete(java.util.List.of("end")));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void anEditThatChangesNothingLeavesNoUndoStep() {
        CommandStack stack = new CommandStack(flow);
        boolean changed = stack.execute(Commands.move(Map.of("end", flow.layout().blockPosition("end"))));
        assertThat(changed).isFalse();
        assertThat(stack.undoSize()).isZero();
        assertThat(stack.isDirty()).isFalse();
    }
}
