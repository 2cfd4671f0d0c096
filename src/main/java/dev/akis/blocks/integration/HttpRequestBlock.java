package dev.akis.blocks.integration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.PropertyValues;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.flow.Block;
import dev.akis.flow.Json;
import dev.akis.flow.PropertyType;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Calls another system over HTTP: method, URL, headers and body are templates; values picked from the JSON
 * reply by JSON pointer are stored in properties. A 2xx reply takes "ok", anything else (or no reply) "error".
 */
public final class HttpRequestBlock extends BlockType {

    public static final String ID = "httpRequest";
    public static final String OK = "ok";
    public static final String ERROR = "error";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.choice("method", "GET", "POST", "PUT", "PATCH", "DELETE").build(),
            FieldSpec.webAddress("url").required().build(),
            FieldSpec.builder("headers", FieldType.KEY_VALUES).build(),
            FieldSpec.text("body").multiline().visibleWhen("method", "POST", "PUT", "PATCH").build(),
            FieldSpec.builder("timeout", FieldType.DURATION).defaultValue("PT10S").build(),
            FieldSpec.builder("responseMappings", FieldType.RESPONSE_MAPPINGS).build());

    private static final List<PortSpec> PORTS = List.of(PortSpec.required(OK), PortSpec.errorPort());

    public HttpRequestBlock() {
        super(ID, BlockCategory.INTEGRATION, "mdi2a-api");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    protected List<PortSpec> staticPorts() {
        return PORTS;
    }

    @Override
    public List<ProvidedProperty> providedProperties(Block block) {
        List<ProvidedProperty> properties = new ArrayList<>();
        properties.add(new ProvidedProperty("http.status", PropertyType.NUMBER));
        for (JsonNode mapping : list(block, "responseMappings")) {
            String name = mapping.path("property").asText();
            if (!name.isBlank()) {
                properties.add(new ProvidedProperty(name, PropertyType.TEXT));
            }
        }
        return properties;
    }

    @Override
    public BlockExecutor executor(Block block) {
        return new Executor(this, block);
    }

    /**
     * Sends the request with the engine's shared HTTP client, limited by the block's timeout. Placeholder values
     * are URL-encoded in the URL (a value that is itself an http(s) address is kept, so "{shop.storefrontUrl}/x"
     * works) and JSON-escaped in a JSON body. Sets {@code http.status}; on 2xx, copies the mapped values (JSON
     * pointers) from the reply and takes "ok"; anything else takes "error".
     */
    private static final class Executor implements BlockExecutor {
        private static final long MAX_BODY_BYTES = 1_000_000;

        private final String method;
        private final Template url;
        private final List<String> headerNames = new ArrayList<>();
        private final List<Template> headerValues = new ArrayList<>();
        private final Template body;
        private final boolean jsonBody;
        private final Duration timeout;
        private final List<String> pointers = new ArrayList<>();
        private final List<String> properties = new ArrayList<>();

        Executor(HttpRequestBlock type, Block block) {
            this.method = type.string(block, "method").strip().toUpperCase(java.util.Locale.ROOT);
            this.url = type.plainTemplate(block, "url");
            for (JsonNode header : type.list(block, "headers")) {
                String name = header.path("name").asText("").strip();
                if (!name.isEmpty()) {
                    headerNames.add(name);
                    headerValues.add(Template.parse(header.path("value").asText("")));
                }
            }
            boolean sendsBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
            this.body = sendsBody ? type.plainTemplate(block, "body") : Template.EMPTY;
            String trimmed = body.source().strip();
            this.jsonBody = trimmed.startsWith("{") || trimmed.startsWith("[");
            Duration configured = type.duration(block, "timeout");
            this.timeout = configured.isZero() || configured.isNegative() ? Duration.ofSeconds(10) : configured;
            for (JsonNode mapping : type.list(block, "responseMappings")) {
                String pointer = mapping.path("path").asText("").strip();
                String property = mapping.path("property").asText("").strip();
                if (!property.isEmpty()) {
                    pointers.add(pointer.isEmpty() || pointer.startsWith("/") ? pointer : "/" + pointer);
                    properties.add(property);
                }
            }
        }

        @Override
        public Step enter(BlockContext context) {
            String address = context.render(url, Executor::encodeUrlValue).strip();
            HttpUrl parsed = HttpUrl.parse(address);
            if (parsed == null) {
                context.problem("httpBadUrl", address);
                return Step.port(ERROR);
            }
            Request request;
            try {
                Request.Builder builder = new Request.Builder().url(parsed);
                String contentType = null;
                for (int i = 0; i < headerNames.size(); i++) {
                    String value = context.render(headerValues.get(i));
                    builder.header(headerNames.get(i), value);
                    if (headerNames.get(i).equalsIgnoreCase("Content-Type")) {
                        contentType = value;
                    }
                }
                RequestBody requestBody = null;
                if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                    String text = jsonBody ? context.render(body, Executor::escapeJson) : context.render(body);
                    if (contentType == null) {
                        contentType = jsonBody ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
                    }
                    requestBody = RequestBody.create(text, MediaType.parse(contentType));
                }
                request = builder.method(method.isEmpty() ? "GET" : method, requestBody).build();
            } catch (IllegalArgumentException e) {
                context.problem("httpBadRequest", String.valueOf(e.getMessage()));
                return Step.port(ERROR);
            }
            String shown = parsed.scheme() + "://" + parsed.host() + (parsed.port() == HttpUrl.defaultPort(parsed.scheme())
                    ? "" : ":" + parsed.port()) + parsed.encodedPath();
            OkHttpClient client = context.http().newBuilder().callTimeout(timeout).build();
            long started = System.nanoTime();
            int status;
            String reply;
            try (Response response = client.newCall(request).execute()) {
                status = response.code();
                reply = response.body().source().request(MAX_BODY_BYTES)
                        ? null : response.body().string();
            } catch (IOException e) {
                String kind = e instanceof InterruptedIOException ? "TIMEOUT"
                        : e instanceof ConnectException || e instanceof UnknownHostException ? "UNREACHABLE" : "NETWORK";
                context.recordCall("http", request.method(), shown, System.nanoTime() - started, CallOutcome.ERROR,
                        kind, e.getMessage());
                context.setProperty("http.status", null);
                return Step.port(ERROR);
            }
            long elapsed = System.nanoTime() - started;
            boolean ok = status >= 200 && status < 300;
            context.recordCall("http", request.method(), shown, elapsed, ok ? CallOutcome.OK : CallOutcome.ERROR,
                    ok ? null : "HTTP " + status, null);
            context.setProperty("http.status", Integer.toString(status));
            if (!ok) {
                return Step.port(ERROR);
            }
            if (reply == null) {
                context.problem("httpReplyTooLarge", MAX_BODY_BYTES);
            } else if (!properties.isEmpty()) {
                map(context, reply);
            }
            return Step.port(OK);
        }

        private void map(BlockContext context, String reply) {
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(reply);
            } catch (IOException e) {
                context.problem("httpReplyNotJson");
                return;
            }
            for (int i = 0; i < properties.size(); i++) {
                JsonNode value;
                try {
                    value = root == null ? null : root.at(pointers.get(i));
                } catch (IllegalArgumentException e) {
                    context.problem("httpBadPointer", pointers.get(i));
                    continue;
                }
                if (value == null || value.isMissingNode() || value.isNull()) {
                    context.problem("httpValueMissing", pointers.get(i), properties.get(i));
                    context.setProperty(properties.get(i), null);
                } else if (value.isValueNode()) {
                    context.setProperty(properties.get(i), value.isNumber() ? PropertyValues.written(value.decimalValue()) : value.asText());
                } else {
                    context.setProperty(properties.get(i), value.toString());
                }
            }
        }

        private static String encodeUrlValue(String value) {
            if (value.startsWith("http://") || value.startsWith("https://")) {
                return value;
            }
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static String escapeJson(String value) {
            StringBuilder out = new StringBuilder(value.length() + 8);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.toString();
        }
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return string(block, "method") + " " + shorten(string(block, "url"), 50);
    }
}
