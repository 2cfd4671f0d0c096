package dev.akis.commerce.mock.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.carriers.Soap;
import dev.akis.commerce.carriers.Xml;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import dev.akis.time.VirtualClock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * One carrier of the mock carrier server: answers requests under the carrier's own service paths, in the
 * carrier's own shape, from the parcels of the dataset; checks the carrier's kind of credentials and answers
 * unknown numbers and errors the way the carrier does.
 */
public abstract class CarrierEndpoint {

    protected final ParcelRecords records;
    protected final MockCredentials credentials;

    protected CarrierEndpoint(ParcelRecords records, MockCredentials credentials) {
        this.records = Objects.requireNonNull(records, "records");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    public abstract Carrier carrier();

    /** Answers one request (path relative to the carrier's prefix). */
    public abstract MockAnswer answer(MockRequest request);

    /** The carrier's answer to refused credentials (also used for the LOGIN_REQUIRED fault). */
    public abstract MockAnswer refusal();

    /** True for SOAP carriers: their errors are SOAP faults, their 429 a plain text page. */
    protected abstract boolean soap();

    public MockAnswer rateLimited() {
        MockAnswer answer = soap()
                ? MockAnswer.text(429, "Too Many Requests")
                : MockAnswer.json(429, "{\"status\":429,\"title\":\"Too Many Requests\",\"detail\":\"Rate limit exceeded\"}");
        return answer.withHeader("Retry-After", "1");
    }

    public MockAnswer serverError() {
        return soap()
                ? MockAnswer.xml(500, fault("soap:Server", "Sunucu hatası: beklenmeyen bir hata oluştu."))
                : MockAnswer.json(500, "{\"status\":500,\"title\":\"Internal Server Error\"}");
    }

    public MockCredentials credentials() {
        return credentials;
    }

    protected Optional<ParcelRecord> find(String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            return Optional.empty();
        }
        return records.find(carrier(), trackingNumber.trim());
    }

    protected static MockAnswer notFoundPath(MockRequest request) {
        return MockAnswer.text(404, "No such service: " + request.method() + " " + request.path());
    }

    protected static ParcelEvent last(ParcelRecord parcel) {
        return parcel.events().isEmpty() ? null : parcel.events().get(parcel.events().size() - 1);
    }

    protected static ParcelEvent first(ParcelRecord parcel) {
        return parcel.events().isEmpty() ? null : parcel.events().get(0);
    }

    /** The event's time in Istanbul, formatted the carrier's way. */
    protected static String local(ParcelEvent event, String pattern) {
        if (event == null || event.at() == null) {
            return "";
        }
        return LocalDateTime.ofInstant(event.at(), VirtualClock.ISTANBUL).format(DateTimeFormatter.ofPattern(pattern));
    }

    protected static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A SOAP request body, or null when it is not XML. */
    protected static Document parseSoap(MockRequest request) {
        try {
            return Xml.parse(request.body());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    protected static String soapAnswer(String bodyContent) {
        return Soap.envelope(bodyContent, null);
    }

    protected static String fault(String code, String message) {
        return soapAnswer("<soap:Fault>" + Tags.el("faultcode", code) + Tags.el("faultstring", message) + "</soap:Fault>");
    }

    protected static MockAnswer clientFault(String message) {
        return MockAnswer.xml(500, fault("soap:Client", message));
    }
}
