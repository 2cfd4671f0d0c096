package dev.akis.commerce;

import dev.akis.i18n.Folding;
import java.util.Optional;

/** The cargo carriers Akış can track. {@link #code()} is the stable id used in flows and datasets. */
public enum Carrier {
    YURTICI("YURTICI_KARGO", "Yurtiçi Kargo", "yurtici"),
    ARAS("ARAS_KARGO", "Aras Kargo", "aras"),
    MNG("MNG_KARGO", "MNG Kargo", "mng"),
    PTT("PTT_KARGO", "PTT Kargo", "ptt"),
    HEPSIJET("HEPSIJET", "HepsiJet", "hepsijet"),
    SURAT("SURAT_KARGO", "Sürat Kargo", "surat"),
    UPS("UPS", "UPS", "ups"),
    DHL("DHL", "DHL", "dhl");

    /** Codes and display names folded once: carriers are recognised on every tracked parcel. */
    private static final String[] FOLDED_CODES;
    private static final String[] FOLDED_NAMES;

    static {
        Carrier[] carriers = values();
        FOLDED_CODES = new String[carriers.length];
        FOLDED_NAMES = new String[carriers.length];
        for (Carrier carrier : carriers) {
            FOLDED_CODES[carrier.ordinal()] = fold(carrier.code);
            FOLDED_NAMES[carrier.ordinal()] = fold(carrier.displayName);
        }
    }

    private final String code;
    private final String displayName;
    private final String slug;

    Carrier(String code, String displayName, String slug) {
        this.code = code;
        this.displayName = displayName;
        this.slug = slug;
    }

    /**
     * The language the carrier's tracking API writes its status and event texts in: English for HepsiJet (its
     * {@code DeliveryStatus} names, "Undelivered"), UPS and DHL (their activity descriptions), Turkish for the
     * others. A conversation in another language shows the normalized status's own name instead of this text.
     */
    public String eventTextLanguage() {
        return this == HEPSIJET || this == UPS || this == DHL ? "en" : "tr";
    }

    /**
     * Whether the carrier's tracking answer has an estimated delivery date field: Yurtiçi
     * ({@code estimatedDeliveryDate}), UPS (the scheduled or rescheduled delivery date) and DHL
     * ({@code estimatedTimeOfDelivery}). Aras, MNG, PTT, HepsiJet and Sürat have none.
     */
    public boolean sendsEstimatedDelivery() {
        return this == YURTICI || this == UPS || this == DHL;
    }

    /** The key used by İkas' cargoCompanyId and by our datasets ("YURTICI_KARGO"). */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** A short lowercase name, used in URLs of the mock carrier server ("yurtici"). */
    public String slug() {
        return slug;
    }

    /** The carrier with exactly this slug ("yurtici"), as the mock servers and trace keys spell it. */
    public static Optional<Carrier> fromSlug(String slug) {
        for (Carrier carrier : values()) {
            if (carrier.slug.equals(slug)) {
                return Optional.of(carrier);
            }
        }
        return Optional.empty();
    }

    /**
     * Recognises a carrier from a code, slug or the free-text company name a merchant typed in İkas
     * ("Yurtiçi Kargo", "yurtici", "YURTICI_KARGO", "MNG/DHL eCommerce").
     */
    public static Optional<Carrier> recognise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = fold(text);
        for (Carrier carrier : values()) {
            if (folded.equals(FOLDED_CODES[carrier.ordinal()]) || folded.equals(carrier.slug)
                    || folded.equals(FOLDED_NAMES[carrier.ordinal()])) {
                return Optional.of(carrier);
            }
        }
        for (Carrier carrier : values()) {
            if (folded.contains(carrier.slug)) {
                return Optional.of(carrier);
            }
        }
        return Optional.empty();
    }

    /** Lowercase ASCII without spaces or punctuation: "Yurtiçi Kargo" → "yurticikargo". */
    static String fold(String text) {
        String plain = Folding.plainLower(text);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
