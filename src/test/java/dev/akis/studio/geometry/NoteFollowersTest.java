package dev.akis.studio.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.StickyNote;
import dev.akis.studio.support.SampleFlows;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoteFollowersTest {

    private final BlockCatalog catalog = BlockCatalog.standard();

    private FlowDocument twoBlocksAndTwoNotes() {
        FlowDocument flow = FlowDocument.builder("notes")
                .block(SampleFlows.block("sendMessage", "welcome", "Hoş geldin", "Welcome")).position("welcome", 0, 0)
                .block(SampleFlows.block("end", "end", "Bitir", "Finish")).position("end", 600, 0)
                .note(new StickyNote("over_end", LocalizedText.of("tr", "Son adım"), StickyNote.DEFAULT_COLOR, null))
                .note(new StickyNote("near_welcome", LocalizedText.of("tr", "Karşılama"), StickyNote.DEFAULT_COLOR, null))
                .build();
        return flow.withLayout(flow.layout().withNote("over_end", new NoteBounds(620, 20, 200, 100))
                .withNote("near_welcome", new NoteBounds(0, 260, 200, 100)));
    }

    @Test
    void aNoteOverABlockMovesAsFarAsTheBlockAndANoteByAStillBlockStays() {
        FlowDocument flow = twoBlocksAndTwoNotes();

        Map<String, Point> notes = NoteFollowers.follow(flow, Map.of("end", new Point(300, 200)),
                id -> Shapes.of(flow, flow.block(id).orElseThrow(), catalog));

        assertThat(notes).containsExactly(Map.entry("over_end", new Point(320, 220)));
    }

    @Test
    void aNoteBelongsToTheBlockItIsNearestTo() {
        FlowDocument flow = twoBlocksAndTwoNotes();

        Map<String, Point> notes = NoteFollowers.follow(flow,
                Map.of("welcome", new Point(40, 80), "end", new Point(600, 0)),
                id -> Shapes.of(flow, flow.block(id).orElseThrow(), catalog));

        assertThat(notes).containsExactly(Map.entry("near_welcome", new Point(40, 340)));
    }
}
