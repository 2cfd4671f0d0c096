package dev.akis.commerce.carriers;

import dev.akis.commerce.ServiceException;
import java.util.Optional;
import org.w3c.dom.Document;

/** The common first step of reading a SOAP carrier's answer: HTTP status, well-formed XML, faults. */
final class SoapAnswers {

    private SoapAnswers() {
    }

    /**
     * The parsed answer, or the failure it stands for: a Client fault is a refusal of the credentials (the only
     * request data a tracking query has that the caller can get wrong), another fault or status is a bad answer.
     */
    static Document document(CarrierAdapter adapter, HttpAnswer answer) throws ServiceException {
        Document document;
        try {
            document = Xml.parse(answer.body());
        } catch (IllegalArgumentException e) {
            throw answer.isSuccessful()
                    ? adapter.badResponse(e.getMessage(), e)
                    : adapter.unexpectedStatus(answer);
        }
        Optional<Soap.Fault> fault = Soap.fault(document);
        if (fault.isPresent()) {
            if (fault.get().isClientFault()) {
                throw adapter.refused(fault.get().message());
            }
            throw adapter.badResponse("SOAP fault " + fault.get().code() + ": " + fault.get().message(), null);
        }
        if (!answer.isSuccessful()) {
            throw adapter.unexpectedStatus(answer);
        }
        return document;
    }
}
