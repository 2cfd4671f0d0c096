package dev.akis.blocks;

import java.time.Duration;
import java.util.Locale;

/** Says a duration the way people do: "1 gün 2 saat", "30 minutes". */
public final class Durations {

    private Durations() {
    }

    public static String describe(Duration duration, Locale locale) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            return BlockType.TEXTS.get(locale, "duration.none");
        }
        StringBuilder text = new StringBuilder();
        append(text, duration.toDaysPart(), "duration.days", locale);
        append(text, duration.toHoursPart(), "duration.hours", locale);
        append(text, duration.toMinutesPart(), "duration.minutes", locale);
        append(text, duration.toSecondsPart(), "duration.seconds", locale);
        return text.toString();
    }

    private static void append(StringBuilder text, long amount, String key, Locale locale) {
        if (amount <= 0) {
            return;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(BlockType.TEXTS.get(locale, key, amount));
    }
}
