package dev.akis.commerce.mock.carriers;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a mock carrier sends back: status, content type, body and extra headers. */
public record MockAnswer(int status, String contentType, String body, Map<String, String> headers) {

    public static final String XML = "text/xml; charset=utf-8";
    public static final String JSON = "application/json; charset=utf-8";

    public MockAnswer {
        headers = Map.copyOf(headers);
    }

    public static MockAnswer xml(int status, String body) {
        return new MockAnswer(status, XML, body, Map.of());
    }

    public static MockAnswer json(int status, String body) {
        return new MockAnswer(status, JSON, body, Map.of());
    }

    public static MockAnswer text(int status, String body) {
        return new MockAnswer(status, "text/plain; charset=utf-8", body, Map.of());
    }

    public MockAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new MockAnswer(status, contentType, body, more);
    }
}
