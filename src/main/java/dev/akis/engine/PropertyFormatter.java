package dev.akis.engine;

import dev.akis.commerce.Money;
import dev.akis.engine.spi.PropertyValues;
import dev.akis.flow.PropertyType;
import dev.akis.i18n.Languages;
import dev.akis.i18n.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns a property's canonical value into what a customer reads in the conversation's language: amounts as
 * "1.249,90 TL" / "TRY 1,249.90", dates as "3 Mayıs 2024" / "3 May 2024", instants in the shop's time zone,
 * decimals with the language's decimal sign, booleans as words. A value that does not parse as its type is
 * shown as it is.
 */
public final class PropertyFormatter {

    static final Messages TEXTS = Messages.bundle("dev.akis.engine.engine");

    private static final DateTimeFormatter DATE_TR = DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.locale("tr"));
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME_TR = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Languages.locale("tr"));
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);

    private PropertyFormatter() {
    }

    public static String format(PropertyType type, String value, String language, ZoneId zone) {
        if (value == null || type == null) {
            return value;
        }
        switch (type) {
            case MONEY: {
                Money money = PropertyValues.parseMoney(value);
                return money == null ? value : money.format(language);
            }
            case DATE: {
                LocalDate date = PropertyValues.parseDate(value);
                return date == null ? value : formatDate(date, language);
            }
            case DATE_TIME: {
                Instant instant = PropertyValues.parseInstant(value);
                return instant == null ? value : formatDateTime(instant, language, zone);
            }
            case NUMBER: {
                BigDecimal number = PropertyValues.parseNumber(value);
                return number == null ? value : formatNumber(number, language);
            }
            case BOOLEAN:
                if ("true".equals(value) || "false".equals(value)) {
                    return TEXTS.get(Languages.locale(language), "bool." + value);
                }
                return value;
            default:
                return value;
        }
    }

    public static String formatDate(LocalDate date, String language) {
        return ("tr".equals(language) ? DATE_TR : DATE_EN).format(date);
    }

    public static String formatDateTime(Instant instant, String language, ZoneId zone) {
        return ("tr".equals(language) ? DATE_TIME_TR : DATE_TIME_EN).format(instant.atZone(zone));
    }

    /** No thousands grouping (so order numbers and counts stay as typed); Turkish uses a decimal comma. */
    public static String formatNumber(BigDecimal number, String language) {
        String plain = PropertyValues.written(number);
        return "tr".equals(language) ? plain.replace('.', ',') : plain;
    }
}
