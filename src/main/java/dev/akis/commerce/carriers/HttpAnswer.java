package dev.akis.commerce.carriers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A carrier's HTTP answer that was not retried away: status, body text and headers (names lower-cased). */
public record HttpAnswer(int status, String body, Map<String, String> headers) {

    public HttpAnswer {
        body = body == null ? "" : body;
        Map<String, String> lower = new HashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        }
        headers = Map.copyOf(lower);
    }

    /** A 200 answer with this body, e.g. a sample response read from a file. */
    public static HttpAnswer ok(String body) {
        return new HttpAnswer(200, body, Map.of());
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
