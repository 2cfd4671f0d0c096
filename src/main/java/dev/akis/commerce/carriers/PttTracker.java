package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * PTT Kargo over SOAP: {@code GonderiHareketV2 barkodSorgu} with the barcode. {@code sonucKodu} 10 means found;
 * each {@code dongu} is a movement with its {@code gonderi_durum_id} (older answers call it {@code IKODU}) and
 * PTT's group {@code ust_durum_id}.
 */
public final class PttTracker extends CarrierAdapter {

    static final String PATH = "/GonderiHareketV2/services/Sorgu";
    static final String NAMESPACE = "http://hareket.ptt.gov.tr";
    static final String FOUND = "10";

    PttTracker(CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
        super(config, http, assembler);
    }

    @Override
    public Carrier carrier() {
        return Carrier.PTT;
    }

    @Override
    public Tracking track(String trackingNumber) throws ServiceException {
        String body = "<hareket:barkodSorgu xmlns:hareket=\"" + NAMESPACE + "\"><input>"
                + "<barkod>" + Xml.escape(trackingNumber) + "</barkod>"
                + "<musteri_no>" + Xml.escape(config.user()) + "</musteri_no>"
                + "<sifre>" + Xml.escape(config.secret()) + "</sifre>"
                + "</input></hareket:barkodSorgu>";
        HttpAnswer answer = http.execute(carrier(), Soap.post(config.url(PATH), "urn:barkodSorgu", Soap.envelope(body, null)),
                Soap::isClientFault);
        return read(trackingNumber, answer);
    }

    /** Reads a barkodSorgu answer. */
    public Tracking read(String trackingNumber, HttpAnswer answer) throws ServiceException {
        Document document = SoapAnswers.document(this, answer);
        Element result = Xml.first(document, "return");
        if (result == null) {
            throw badResponse("no return element in " + abbreviate(answer.body()), null);
        }
        if (!FOUND.equals(Xml.childText(result, "sonucKodu"))) {
            throw notFound(trackingNumber, Xml.childText(result, "sonucAciklama"));
        }
        List<Element> moves = new ArrayList<>(Xml.children(result, "dongu"));
        moves.sort(Comparator.comparingInt(PttTracker::sequence));
        List<Observation> observations = new ArrayList<>();
        for (Element move : moves) {
            String code = Xml.childText(move, "gonderi_durum_id");
            if (code.isEmpty()) {
                code = Xml.childText(move, "IKODU");
            }
            RawStatus raw = RawStatus.of(code, Xml.childText(move, "ISLEM"),
                    Map.of("ust_durum_id", Xml.childText(move, "ust_durum_id")));
            observations.add(new Observation(CarrierDates.slashed(Xml.childText(move, "ITARIH"), Xml.childText(move, "ISAAT")),
                    Xml.childText(move, "IMERK"), code, raw));
        }
        return assembler.assemble(new TrackingAssembler.Reading(carrier(), trackingNumber, observations, null,
                null, null, null));
    }

    private static int sequence(Element move) {
        try {
            return Integer.parseInt(Xml.childText(move, "siraNo"));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // unnumbered movements keep their place after numbered ones
        }
    }
}
