package dev.akis.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount in a currency, formatted the way Turkish shoppers read it ("1.249,90 TL"). */
public record Money(BigDecimal amount, String currency) {

    public static Money tryLira(String amount) {
        return new Money(new BigDecimal(amount), "TRY");
    }

    public String format(String language) {
        Locale locale = "tr".equals(language) ? Locale.forLanguageTag("tr-TR") : Locale.ENGLISH;
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        String number = format.format(amount.setScale(2, RoundingMode.HALF_UP));
        if ("TRY".equals(currency)) {
            return "tr".equals(language) ? number + " TL" : "TRY " + number;
        }
        return number + " " + currency;
    }
}
