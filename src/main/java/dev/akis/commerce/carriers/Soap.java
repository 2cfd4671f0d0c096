package dev.akis.commerce.carriers;

import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** SOAP 1.1 over HTTP, as the Turkish carriers' .asmx/.svc/Axis services speak it. */
public final class Soap {

    public static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final MediaType XML = MediaType.get("text/xml; charset=utf-8");

    private Soap() {
    }

    /** A SOAP 1.1 envelope around the body content; {@code namespaces} are extra xmlns declarations. */
    public static String envelope(String bodyContent, String namespaces) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"" + ENVELOPE_NS + "\"" + (namespaces == null ? "" : " " + namespaces) + ">"
                + "<soap:Body>" + bodyContent + "</soap:Body></soap:Envelope>";
    }

    static Request post(HttpUrl url, String soapAction, String envelope) {
        return new Request.Builder()
                .url(url)
                .header("SOAPAction", "\"" + soapAction + "\"")
                .header("Accept", "text/xml")
                .post(RequestBody.create(envelope, XML))
                .build();
    }

    /** The fault of a SOAP answer, if it is one. */
    public record Fault(String code, String message) {

        /** A Client fault blames the request (bad credentials, bad input): sending it again changes nothing. */
        public boolean isClientFault() {
            String local = code.contains(":") ? code.substring(code.indexOf(':') + 1) : code;
            return local.startsWith("Client");
        }
    }

    public static Optional<Fault> fault(Document document) {
        Element fault = Xml.first(document, "Fault");
        if (fault == null) {
            return Optional.empty();
        }
        return Optional.of(new Fault(Xml.childText(fault, "faultcode"), Xml.childText(fault, "faultstring")));
    }

    /** For {@link CarrierHttp}: a 500 carrying a SOAP Client fault is an answer, not a server error to retry. */
    static boolean isClientFault(int status, String body) {
        if (status != 500 || body == null || !body.contains("Fault")) {
            return false;
        }
        try {
            return fault(Xml.parse(body)).map(Fault::isClientFault).orElse(false);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
