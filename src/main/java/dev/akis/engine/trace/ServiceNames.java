package dev.akis.engine.trace;

import dev.akis.commerce.Carrier;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a merchant knows a service by ("İkas", "Yurtiçi Kargo", "All carriers") for the key the engine records
 * in its trace ({@code ikas}, {@code carrier:yurtici} or a bare carrier slug, {@code http}). Timeline, transcript
 * and trace notes all read it here so the same service never appears under two spellings.
 */
public final class ServiceNames {

    private static final String CARRIER_PREFIX = "carrier:";

    private ServiceNames() {
    }

    /** Whether the key names a carrier ({@code carrier:yurtici} or {@code yurtici}). */
    public static boolean isCarrier(String service) {
        return service != null && (service.startsWith(CARRIER_PREFIX) || Carrier.fromSlug(service).isPresent());
    }

    public static String display(String service, Locale locale) {
        if (service == null) {
            return "?";
        }
        String slug = service.startsWith(CARRIER_PREFIX) ? service.substring(CARRIER_PREFIX.length()) : service;
        Optional<Carrier> carrier = Carrier.fromSlug(slug);
        if (carrier.isPresent()) {
            return carrier.get().displayName();
        }
        String known = TraceNote.TEXTS.find(locale, "service." + service);
        return known != null ? known : service;
    }
}
