package dev.akis.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void theFourIsAndTheTurkishLettersFoldToPlainLowerCase() {
        assertThat(Folding.plainLower("YURTİÇİ KARGO")).isEqualTo("yurtici kargo");
        assertThat(Folding.plainLower("DAĞITIMDA")).isEqualTo("dagitimda");
        assertThat(Folding.plainLower("Işık Şüphe Göç")).isEqualTo("isik suphe goc");
        assertThat(Folding.plainLower("İrem")).isEqualTo("irem").hasSize(4);
    }

    @Test
    void asciiOtherAccentsAndNothingAreHandledToo() {
        assertThat(Folding.plainLower("ORDER #1042")).isEqualTo("order #1042");
        assertThat(Folding.plainLower("Crème brûlée")).isEqualTo("creme brulee");
        assertThat(Folding.plainLower(null)).isEmpty();
    }
}
