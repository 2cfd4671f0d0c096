package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Sürat Kargo over SOAP: {@code KargoTakipHareketDetayliV2} with the web order code. The result is free text,
 * one movement per line as {@code text|yyyy-MM-dd HH:mm:ss|place}; an empty result means the number is unknown.
 * Sürat has no status codes, so the raw code stays empty and the table reads the words.
 */
public final class SuratTracker extends CarrierAdapter {

    static final String PATH = "/services.asmx";
    static final String ACTION = "http://tempuri.org/KargoTakipHareketDetayliV2";

    SuratTracker(CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
        super(config, http, assembler);
    }

    @Override
    public Carrier carrier() {
        return Carrier.SURAT;
    }

    @Override
    public Tracking track(String trackingNumber) throws ServiceException {
        String body = "<KargoTakipHareketDetayliV2 xmlns=\"http://tempuri.org/\">"
                + "<CariKodu>" + Xml.escape(config.user()) + "</CariKodu>"
                + "<Sifre>" + Xml.escape(config.secret()) + "</Sifre>"
                + "<WebSiparisKodu>" + Xml.escape(trackingNumber) + "</WebSiparisKodu>"
                + "</KargoTakipHareketDetayliV2>";
        HttpAnswer answer = http.execute(carrier(), Soap.post(config.url(PATH), ACTION, Soap.envelope(body, null)),
                Soap::isClientFault);
        return read(trackingNumber, answer);
    }

    /** Reads a KargoTakipHareketDetayliV2 answer. */
    public Tracking read(String trackingNumber, HttpAnswer answer) throws ServiceException {
        Document document = SoapAnswers.document(this, answer);
        Element result = Xml.first(document, "KargoTakipHareketDetayliV2Result");
        String text = result == null ? "" : result.getTextContent().trim();
        if (text.isEmpty()) {
            throw notFound(trackingNumber, null);
        }
        List<Observation> observations = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String what = parts[0].trim();
            String when = parts.length > 1 ? parts[1].trim() : "";
            String where = parts.length > 2 ? parts[2].trim() : "";
            observations.add(new Observation(CarrierDates.isoLocal(when), where, null, RawStatus.of("", what)));
        }
        return assembler.assemble(new TrackingAssembler.Reading(carrier(), trackingNumber, observations, null,
                null, null, null));
    }
}
