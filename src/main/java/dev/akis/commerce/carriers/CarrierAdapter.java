package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.Request;

/**
 * One carrier's tracking client: calls the carrier in its own protocol over okhttp and reads the answer into a
 * {@link Tracking}. Subclasses keep the reading separate from the call ({@code read}), so sample answers kept as
 * test resources go through exactly the code that reads live answers.
 */
public abstract class CarrierAdapter {

    protected final CarrierConfig config;
    protected final CarrierHttp http;
    protected final TrackingAssembler assembler;

    CarrierAdapter(CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = http;
        this.assembler = Objects.requireNonNull(assembler, "assembler");
    }

    public abstract Carrier carrier();

    /** Asks the carrier about one parcel. */
    public abstract Tracking track(String trackingNumber) throws ServiceException;

    protected final String service() {
        return "carrier:" + carrier().slug();
    }

    protected final ServiceException notFound(String trackingNumber, String carrierMessage) {
        return new ServiceException(service(), ServiceException.Kind.NOT_FOUND,
                carrier().displayName() + " does not know tracking number " + trackingNumber
                        + (carrierMessage == null || carrierMessage.isBlank() ? "" : " (" + carrierMessage + ")"));
    }

    protected final ServiceException refused(String carrierMessage) {
        return new ServiceException(service(), ServiceException.Kind.AUTHENTICATION,
                carrier().displayName() + " refused the credentials of " + config.user()
                        + (carrierMessage == null || carrierMessage.isBlank() ? "" : " (" + carrierMessage + ")"));
    }

    protected final ServiceException badResponse(String detail, Throwable cause) {
        return new ServiceException(service(), ServiceException.Kind.BAD_RESPONSE,
                carrier().displayName() + " answered something unreadable: " + detail, cause);
    }

    protected final ServiceException unexpectedStatus(HttpAnswer answer) {
        return badResponse("HTTP " + answer.status() + " " + abbreviate(answer.body()), null);
    }

    /** A call that needs the carrier's access token. */
    @FunctionalInterface
    protected interface TokenCall {
        HttpAnswer call(String accessToken) throws ServiceException;
    }

    /** A usable access token: the cached one, or a new one fetched from the carrier. */
    @FunctionalInterface
    protected interface TokenSource {
        String token() throws ServiceException;
    }

    /**
     * Makes a call with an access token. A 401 means the carrier dropped the token before its time, so it is
     * forgotten and the call made once more with a new one; a 401 or 403 after that refuses the credentials,
     * with the carrier's reason as {@code reason} reads it from the answer.
     */
    protected final HttpAnswer callWithToken(TokenCache cache, TokenSource source, TokenCall call,
                                             Function<HttpAnswer, String> reason) throws ServiceException {
        HttpAnswer answer = call.call(source.token());
        if (answer.status() == 401) {
            cache.forget();
            answer = call.call(source.token());
        }
        refuseIfDenied(answer, reason);
        return answer;
    }

    /** Asks for an access token: a 401 or 403 refuses the credentials, any other failure is unexpected. */
    protected final HttpAnswer tokenAnswer(Request request, Function<HttpAnswer, String> reason) throws ServiceException {
        HttpAnswer answer = http.execute(carrier(), request, CarrierHttp.PermanentFailure.NONE);
        refuseIfDenied(answer, reason);
        if (!answer.isSuccessful()) {
            throw unexpectedStatus(answer);
        }
        return answer;
    }

    /** A 401 or 403 answer refuses the credentials, with the carrier's reason as {@code reason} reads it. */
    protected final void refuseIfDenied(HttpAnswer answer, Function<HttpAnswer, String> reason) throws ServiceException {
        if (answer.status() == 401 || answer.status() == 403) {
            throw refused(reason.apply(answer));
        }
    }

    protected static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
