package dev.akis.commerce.carriers;

import dev.akis.time.VirtualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the date and time formats carriers use. Turkish carriers write local Istanbul time without a zone;
 * those are turned into instants in Europe/Istanbul.
 */
final class CarrierDates {

    static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    static final DateTimeFormatter COMPACT_TIME = DateTimeFormatter.ofPattern("HHmmss");
    static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter SLASHED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CarrierDates() {
    }

    static Instant istanbul(LocalDateTime local) {
        return local == null ? null : local.atZone(VirtualClock.ISTANBUL).toInstant();
    }

    /** "20261124" → date; blank → null. */
    static LocalDate compactDate(String text) {
        return blank(text) ? null : LocalDate.parse(text.trim(), COMPACT_DATE);
    }

    /** "20261124" + "143005" (or "1430", or blank) in Istanbul time. */
    static Instant compact(String date, String time) {
        LocalDate day = compactDate(date);
        if (day == null) {
            return null;
        }
        return istanbul(day.atTime(compactTime(time)));
    }

    static LocalTime compactTime(String time) {
        if (blank(time)) {
            return LocalTime.MIDNIGHT;
        }
        String digits = time.trim().replace(":", "");
        digits = (digits + "000000").substring(0, 6);
        return LocalTime.parse(digits, COMPACT_TIME);
    }

    /** "24.11.2026 14:30:05", "24.11.2026 14:30" or "24.11.2026" in Istanbul time. */
    static Instant dotted(String text) {
        if (blank(text)) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() == 10) {
            return istanbul(LocalDate.parse(trimmed, DOTTED_DATE).atStartOfDay());
        }
        if (trimmed.length() == 16) {
            trimmed = trimmed + ":00";
        }
        return istanbul(LocalDateTime.parse(trimmed, DOTTED));
    }

    /** "24/11/2026" + "14:30:05" in Istanbul time. */
    static Instant slashed(String date, String time) {
        if (blank(date)) {
            return null;
        }
        LocalTime at = blank(time) ? LocalTime.MIDNIGHT : LocalTime.parse(time.trim(), CLOCK);
        return istanbul(LocalDate.parse(date.trim(), SLASHED_DATE).atTime(at));
    }

    /** "2026-11-24 14:30:05" or "2026-11-24T14:30:05" in Istanbul time, or an ISO instant with offset. */
    static Instant isoLocal(String text) {
        if (blank(text)) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return java.time.OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notOffset) {
            return istanbul(LocalDateTime.parse(trimmed.replace(' ', 'T')));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
