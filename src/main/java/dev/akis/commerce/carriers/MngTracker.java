package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * MNG Kargo (DHL eCommerce Türkiye) over SOAP: {@code musterisiparisnew.asmx FaturaSiparisListesi} with the
 * order/tracking number. The answer is a .NET DataSet (diffgram) with one row per shipment; it reports the
 * current status and the latest movement only, so the event history has one entry.
 */
public final class MngTracker extends CarrierAdapter {

    static final String PATH = "/musterikargosiparis/musterisiparisnew.asmx";
    static final String ACTION = "http://tempuri.org/FaturaSiparisListesi";

    MngTracker(CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
        super(config, http, assembler);
    }

    @Override
    public Carrier carrier() {
        return Carrier.MNG;
    }

    @Override
    public Tracking track(String trackingNumber) throws ServiceException {
        String body = "<FaturaSiparisListesi xmlns=\"http://tempuri.org/\">"
                + "<pSiparisNo>" + Xml.escape(trackingNumber) + "</pSiparisNo>"
                + "<pKullaniciAdi>" + Xml.escape(config.user()) + "</pKullaniciAdi>"
                + "<pSifre>" + Xml.escape(config.secret()) + "</pSifre>"
                + "</FaturaSiparisListesi>";
        HttpAnswer answer = http.execute(carrier(), Soap.post(config.url(PATH), ACTION, Soap.envelope(body, null)),
                Soap::isClientFault);
        return read(trackingNumber, answer);
    }

    /** Reads a FaturaSiparisListesi answer. */
    public Tracking read(String trackingNumber, HttpAnswer answer) throws ServiceException {
        Document document = SoapAnswers.document(this, answer);
        Element dataSet = Xml.first(document, "NewDataSet");
        List<Element> rows = dataSet == null ? List.of() : Xml.elements(dataSet);
        if (rows.isEmpty()) {
            throw notFound(trackingNumber, null);
        }
        Element row = rows.get(0);
        String code = Xml.childText(row, "SIPARIS_STATU");
        RawStatus raw = RawStatus.of(code, Xml.childText(row, "SIPARIS_STATU_ACIKLAMA"));
        String movedAt = Xml.childText(row, "SIPARIS_STATU_TARIHI");
        // Without a status date nothing has happened to the parcel yet: no movement to list.
        List<Observation> observations = code.isEmpty() || movedAt.isEmpty() ? List.of()
                : List.of(new Observation(CarrierDates.dotted(movedAt), Xml.childText(row, "KARGO_SON_HAREKET"), code, raw));
        return assembler.assemble(new TrackingAssembler.Reading(carrier(), trackingNumber, observations, raw,
                null,
                CarrierDates.dotted(Xml.childText(row, "TESLIM_TARIHI")),
                Xml.childText(row, "KARGO_TAKIP_URL")));
    }
}
