package dev.akis.studio.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Point;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSpotTest {

    private static boolean overlapsAny(List<Rect> group, Point offset, List<Rect> others) {
        for (Rect card : group) {
            for (Rect other : others) {
                if (card.translate(offset.x(), offset.y()).intersects(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aGroupThatCoversNothingStaysWhereItIs() {
        List<Rect> group = List.of(new Rect(0, 0, 240, 100), new Rect(350, 0, 240, 100));
        assertThat(FreeSpot.offset(group, List.of(new Rect(0, 400, 240, 100)))).isEqualTo(Point.ORIGIN);
    }

    @Test
    void aGroupLyingOnOtherCardsMovesAsLittleAsItCanAndClearsThem() {
        // Two copies lying 40 units right and below their originals, as Duplicate leaves them.
        List<Rect> originals = List.of(new Rect(0, 0, 240, 120), new Rect(350, 0, 240, 120));
        List<Rect> copies = List.of(new Rect(40, 40, 240, 120), new Rect(390, 40, 240, 120));

        Point offset = FreeSpot.offset(copies, originals);

        assertThat(overlapsAny(copies, offset, originals)).isFalse();
        assertThat(offset.x() % CardMetrics.GRID).isZero();
        assertThat(offset.y() % CardMetrics.GRID).isZero();
        // Straight down below the originals is the nearest free place: 120 + 20 room - 40 = 100, on the 40 grid 120.
        assertThat(offset).isEqualTo(new Point(0, 120));
    }

    @Test
    void whenTheNeighbourhoodIsFullTheGroupGoesBelowEverything() {
        List<Rect> crowd = new ArrayList<>();
        for (int row = -40; row < 40; row++) {
            for (int column = -40; column < 40; column++) {
                crowd.add(new Rect(column * 100, row * 100, 90, 90));
            }
        }
        List<Rect> group = List.of(new Rect(0, 0, 240, 120));

        Point offset = FreeSpot.offset(group, crowd);

        assertThat(overlapsAny(group, offset, crowd)).isFalse();
        assertThat(offset.y()).isGreaterThanOrEqualTo(3990);
    }
}
