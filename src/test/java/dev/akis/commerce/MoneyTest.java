package dev.akis.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

/** Amounts read the way Turkish and English shoppers read them, digit for digit what DecimalFormat writes. */
class MoneyTest {

    @Test
    void aTurkishCustomerReadsLiraWithDotsAndACommaAnEnglishOneTheOtherWayRound() {
        assertThat(Money.tryLira("1249.9").format("tr")).isEqualTo("1.249,90 TL");
        assertThat(Money.tryLira("1249.9").format("en")).isEqualTo("TRY 1,249.90");
        assertThat(Money.tryLira("0.5").format("tr")).isEqualTo("0,50 TL");
        assertThat(Money.tryLira("1234567.891").format("en")).isEqualTo("TRY 1,234,567.89");
        assertThat(new Money(new BigDecimal("-19.99"), "EUR").format("tr")).isEqualTo("-19,99 EUR");
    }

    @Property(tries = 300)
    void groupingMatchesDecimalFormat(@ForAll @BigRange(min = "-100000000", max = "100000000") BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        for (Locale locale : new Locale[] {Locale.forLanguageTag("tr-TR"), Locale.ENGLISH}) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            String expected = new DecimalFormat("#,##0.00", symbols).format(rounded);
            assertThat(Money.grouped(rounded, symbols.getGroupingSeparator(), symbols.getDecimalSeparator()))
                    .isEqualTo(expected);
        }
    }
}
