package dev.akis.sim;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in scripts and the simulator: "2h", "30m", "1d 2h", "2h30m", "45s",
 * "2 hours", "1 gün", "90 dakika", "250ms" (a service's added latency), or ISO-8601 ("PT2H").
 */
public final class DurationText {

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*([\\p{L}]+)");

    /**
     * The longest span a script or the chat may let pass at once (100 years): far beyond any timer a flow sets,
     * and far from the end of the clock's range, so adding it to the simulator's clock can never overflow.
     */
    public static final Duration LONGEST = Duration.ofDays(36_500);

    private DurationText() {
    }

    /**
     * The duration the text names, or empty when it names none; a number too large to count (more than 100 years,
     * or more digits than a long holds) names none either, so callers report it as bad input instead of crashing.
     */
    public static Optional<Duration> parse(String text) {
        try {
            return parseUnbounded(text).filter(duration -> !duration.isNegative() && duration.compareTo(LONGEST) <= 0);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** True when the text is written like a duration but names more than {@link #LONGEST}. */
    public static boolean tooLong(String text) {
        try {
            return parseUnbounded(text).map(duration -> duration.compareTo(LONGEST) > 0).orElse(false);
        } catch (NumberFormatException | ArithmeticException e) {
            return text != null && !text.isBlank() && isWrittenLikeADuration(text.strip());
        }
    }

    /** Numbers and known units only, whatever their size ("99999999999999999999h"). */
    private static boolean isWrittenLikeADuration(String value) {
        Matcher matcher = PART.matcher(value);
        int end = 0;
        boolean any = false;
        while (matcher.find()) {
            String between = value.substring(end, matcher.start()).strip();
            if (!between.isEmpty() && !between.equals(",") || unit(matcher.group(2).toLowerCase(Locale.ROOT)) == null) {
                return false;
            }
            end = matcher.end();
            any = true;
        }
        return any && value.substring(end).isBlank();
    }

    private static Optional<Duration> parseUnbounded(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Optional.of(Duration.parse(value.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher matcher = PART.matcher(value);
        Duration total = Duration.ZERO;
        int end = 0;
        boolean any = false;
        while (matcher.find()) {
            if (!value.substring(end, matcher.start()).isBlank() && !value.substring(end, matcher.start()).strip().equals(",")) {
                return Optional.empty();
            }
            Duration unit = unit(matcher.group(2).toLowerCase(Locale.ROOT));
            if (unit == null) {
                return Optional.empty();
            }
            total = total.plus(unit.multipliedBy(Long.parseLong(matcher.group(1))));
            end = matcher.end();
            any = true;
        }
        if (!any || !value.substring(end).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(total);
    }

    private static Duration unit(String name) {
        return switch (name) {
            case "d", "day", "days", "g", "gün", "gun" -> Duration.ofDays(1);
            case "h", "hr", "hour", "hours", "sa", "saat" -> Duration.ofHours(1);
            case "m", "min", "mins", "minute", "minutes", "dk", "dakika" -> Duration.ofMinutes(1);
            case "s", "sec", "secs", "second", "seconds", "sn", "saniye" -> Duration.ofSeconds(1);
            case "ms", "millis", "milisaniye" -> Duration.ofMillis(1);
            default -> null;
        };
    }

    /** The short form scripts use: "1d 2h 30m". */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0m";
        }
        StringBuilder text = new StringBuilder();
        append(text, duration.toDaysPart(), "d");
        append(text, duration.toHoursPart(), "h");
        append(text, duration.toMinutesPart(), "m");
        append(text, duration.toSecondsPart(), "s");
        append(text, duration.toMillisPart(), "ms");
        return text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount > 0) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(amount).append(unit);
        }
    }
}
