package dev.akis.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in a currency, formatted the way Turkish shoppers read it ("1.249,90 TL"). */
public record Money(BigDecimal amount, String currency) {

    public static Money tryLira(String amount) {
        return new Money(new BigDecimal(amount), "TRY");
    }

    public String format(String language) {
        boolean turkish = "tr".equals(language);
        String number = grouped(amount.setScale(2, RoundingMode.HALF_UP), turkish ? '.' : ',', turkish ? ',' : '.');
        if ("TRY".equals(currency)) {
            return turkish ? number + " TL" : "TRY " + number;
        }
        return number + " " + currency;
    }

    /**
     * "1249.90" as "1.249,90" or "1,249.90": what {@code DecimalFormat("#,##0.00")} writes with the Turkish or
     * English symbols, without building a formatter for every amount (amounts are formatted on every turn).
     */
    static String grouped(BigDecimal twoDecimals, char groupSeparator, char decimalSeparator) {
        String plain = twoDecimals.toPlainString();
        boolean negative = plain.startsWith("-");
        int dot = plain.indexOf('.');
        String whole = plain.substring(negative ? 1 : 0, dot < 0 ? plain.length() : dot);
        String fraction = dot < 0 ? "00" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 2);
        if (negative) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(groupSeparator);
            }
            out.append(whole.charAt(i));
        }
        return out.append(decimalSeparator).append(fraction).toString();
    }
}
