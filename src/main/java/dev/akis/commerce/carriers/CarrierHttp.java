package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs carrier HTTP calls over the shared okhttp client: retries 429 and 5xx answers with exponential backoff and
 * jitter (honouring Retry-After up to the cap), and turns what still fails into a {@link ServiceException} of
 * service {@code carrier:<slug>}. Other answers (2xx, 4xx) go back to the adapter, which knows what the carrier
 * means by them.
 */
final class CarrierHttp {

    /** Tells a 5xx answer that must not be retried, such as a SOAP Client fault (wrong credentials). */
    interface PermanentFailure {
        boolean test(int status, String body);

        PermanentFailure NONE = (status, body) -> false;
    }

    private final OkHttpClient client;
    private final CarrierHttpSettings settings;

    CarrierHttp(OkHttpClient client, CarrierHttpSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    CarrierHttpSettings settings() {
        return settings;
    }

    HttpAnswer execute(Carrier carrier, Request request, PermanentFailure permanent) throws ServiceException {
        String service = "carrier:" + carrier.slug();
        String what = request.method() + " " + request.url().encodedPath();
        for (int attempt = 1; ; attempt++) {
            int status;
            String body;
            Duration retryAfter;
            try (Response response = client.newCall(request).execute()) {
                status = response.code();
                body = response.body().string();
                if (!isRetryable(status) || permanent.test(status, body)) {
                    Map<String, String> headers = new HashMap<>();
                    for (String name : response.headers().names()) {
                        headers.put(name, response.header(name));
                    }
                    return new HttpAnswer(status, body, headers);
                }
                retryAfter = retryAfter(response.header("Retry-After"));
            } catch (InterruptedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ServiceException(service, ServiceException.Kind.UNREACHABLE, what + ": interrupted", e);
                }
                throw new ServiceException(service, ServiceException.Kind.TIMEOUT,
                        what + ": no answer within " + settings.callTimeout().toMillis() + " ms", e);
            } catch (IOException e) {
                throw new ServiceException(service, ServiceException.Kind.UNREACHABLE,
                        what + ": cannot reach " + request.url().host() + ":" + request.url().port() + " (" + e.getMessage() + ")", e);
            }
            ServiceException.Kind kind = status == 429 ? ServiceException.Kind.RATE_LIMITED : ServiceException.Kind.SERVER_ERROR;
            if (attempt >= settings.maxAttempts()) {
                throw new ServiceException(service, kind, what + ": HTTP " + status + " after " + attempt + " attempt(s)");
            }
            sleep(backoff(attempt, retryAfter), service, what);
        }
    }

    private static boolean isRetryable(int status) {
        return status == 429 || status >= 500;
    }

    /** Exponential backoff with "equal jitter": half fixed, half random, so clients don't retry in lockstep. */
    Duration backoff(int attempt, Duration retryAfter) {
        long cap = settings.maxBackoff().toMillis();
        long exponential = Math.min(cap, settings.initialBackoff().toMillis() << Math.min(attempt - 1, 20));
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        long wanted = retryAfter == null ? jittered : Math.max(jittered, retryAfter.toMillis());
        return Duration.ofMillis(Math.min(cap, wanted));
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null; // an HTTP date; the exponential backoff is good enough
        }
    }

    private static void sleep(Duration duration, String service, String what) throws ServiceException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException(service, ServiceException.Kind.UNREACHABLE, what + ": interrupted while waiting to retry", e);
        }
    }
}
