package dev.akis.commerce.carriers;

import dev.akis.commerce.ShipmentStatus;

/**
 * One row of a carrier's mapping table: which raw code (or any code, when {@code code} is null), under which
 * extra condition, maps to which normalized status and subtag.
 *
 * <p>{@code alias} is the carrier's own name for the code. It is used when the carrier's answer carries only the
 * text for a moment (Aras movements list "Yolda" without its DURUM KODU), so the same row still applies.
 */
public record MappingRow(String code, String alias, Condition when, ShipmentStatus status, String subtag) {

    public boolean matches(RawStatus raw) {
        return codeMatches(raw) && when.test(raw);
    }

    private boolean codeMatches(RawStatus raw) {
        if (code == null) {
            return true;
        }
        if (raw.hasCode()) {
            return code.equals(raw.code());
        }
        return alias != null && TextFold.fold(alias).equals(TextFold.fold(raw.text()));
    }

    /** "operationStatus = 'IND' and text contains 'Dağıtıma Çıkarıldı' → out_for_delivery". */
    public String describe(String codeField) {
        StringBuilder out = new StringBuilder();
        if (code == null) {
            out.append("any ").append(codeField);
        } else {
            out.append(codeField).append(" = '").append(code).append('\'');
            if (alias != null) {
                out.append(" (").append(alias).append(')');
            }
        }
        if (!when.isAlways()) {
            out.append(" and ").append(when.description());
        }
        return out.append(" → ").append(subtag != null ? subtag : status.id()).toString();
    }
}
