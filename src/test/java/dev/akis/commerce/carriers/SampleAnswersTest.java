package dev.akis.commerce.carriers;

import static dev.akis.commerce.carriers.CarrierDataset.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.TrackingEvent;
import dev.akis.time.VirtualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recorded answers in each carrier's shape (test resources under samples/) go through the same reading code as
 * live answers. The mock emits these same shapes; {@link MockShapesTest} checks that.
 */
class SampleAnswersTest {

    private final CarrierTrackers.Readers readers = CarrierTrackers.readers(new VirtualClock(REFERENCE));

    static String sample(String name) {
        try (InputStream in = SampleAnswersTest.class.getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aYurticiEnvelopeOfADeliveredParcel() throws Exception {
        Tracking tracking = readers.yurtici().read("AKS2026111500042", HttpAnswer.ok(sample("yurtici-queryShipment.xml")));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(tracking.rawCode()).isEqualTo("DLV");
        assertThat(tracking.rawText()).isEqualTo("Teslim Edildi");
        assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-18T11:35:12Z"));
        assertThat(tracking.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(tracking.trackingLink()).endsWith("code=100365926603");
        assertThat(tracking.events()).extracting(TrackingEvent::rawCode).containsExactly("OK", "AY", "IR", "DC", "TS");
        assertThat(tracking.events()).extracting(TrackingEvent::status).containsExactly(ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED);
        assertThat(tracking.events().get(0).at()).isEqualTo(Instant.parse("2026-11-16T14:10:04Z"));
        assertThat(tracking.events().get(0).location()).isEqualTo("MALTEPE");
    }

    @Test
    void arasStatusAndMovementAnswersOfAParcelWhereANoteWasLeft() throws Exception {
        Tracking tracking = readers.aras().read("3402298877",
                HttpAnswer.ok(sample("aras-GetQueryJSON-status.xml")), HttpAnswer.ok(sample("aras-GetQueryJSON-movements.xml")));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
        assertThat(tracking.subtag()).isEqualTo("failed_attempt.note_left");
        assertThat(tracking.rawCode()).isEqualTo("4");
        assertThat(tracking.rawText()).isEqualTo("Teslimatta");
        assertThat(tracking.events()).extracting(TrackingEvent::location)
                .containsExactly("ÜMRANİYE", "İZMİR TRANSFER MERKEZİ", "KARŞIYAKA", "KARŞIYAKA");
        assertThat(tracking.events()).extracting(TrackingEvent::status).containsExactly(ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.IN_TRANSIT, ShipmentStatus.FAILED_ATTEMPT);
        assertThat(tracking.lastEvent().at()).isEqualTo(Instant.parse("2026-11-18T13:42:10Z"));
    }

    @Test
    void anMngDataSetOfADeliveredParcel() throws Exception {
        Tracking tracking = readers.mng().read("6092614519", HttpAnswer.ok(sample("mng-FaturaSiparisListesi.xml")));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(tracking.rawCode()).isEqualTo("5");
        assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-19T10:05:44Z"));
        assertThat(tracking.trackingLink()).isEqualTo("https://kargotakip.dhlecommerce.com.tr/?takipNo=6092614519");
        assertThat(tracking.events()).singleElement()
                .satisfies(event -> assertThat(event.location()).isEqualTo("BURSA NİLÜFER ŞUBE"));
    }

    @Test
    void aPttAnswerOfAParcelOnItsWayBackAfterNobodyWasHome() throws Exception {
        Tracking tracking = readers.ptt().read("KP02168123456", HttpAnswer.ok(sample("ptt-barkodSorgu.xml")));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.RETURN_IN_TRANSIT);
        assertThat(tracking.rawCode()).isEqualTo("99");
        assertThat(tracking.rawText()).isEqualTo("İade Edilecek");
        assertThat(tracking.events()).extracting(TrackingEvent::status).containsExactly(ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.FAILED_ATTEMPT, ShipmentStatus.RETURN_IN_TRANSIT);
        assertThat(tracking.events().get(2).at()).isEqualTo(Instant.parse("2026-11-18T12:30:00Z"));
    }

    @Test
    void aPttAnswerFromAnOlderServiceThatCallsTheCodeIkodu() throws Exception {
        String older = sample("ptt-barkodSorgu.xml").replace("gonderi_durum_id>", "IKODU>");
        Tracking tracking = readers.ptt().read("KP02168123456", HttpAnswer.ok(older));
        assertThat(tracking.rawCode()).isEqualTo("99");
        assertThat(tracking.status()).isEqualTo(ShipmentStatus.RETURN_IN_TRANSIT);
    }

    @Test
    void aSuratFreeTextAnswerOfADeliveredParcel() throws Exception {
        Tracking tracking = readers.surat().read("SRT1063", HttpAnswer.ok(sample("surat-KargoTakipHareketDetayliV2.xml")));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(tracking.rawCode()).isNull();
        assertThat(tracking.rawText()).isEqualTo("Teslim Edildi");
        assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-17T13:48:00Z"));
        assertThat(tracking.events()).extracting(TrackingEvent::status).containsExactly(ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED);
    }

    @Test
    void aHepsiJetAnswerOfAParcelThatWillBeTriedAgain() throws Exception {
        Tracking tracking = readers.hepsiJet().read("HJ20261115777", HttpAnswer.ok(sample("hepsijet-getDeliveryTracking.json")));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
        assertThat(tracking.rawCode()).isEqualTo("9");
        assertThat(tracking.rawText()).isEqualTo("Retry");
        assertThat(tracking.events()).hasSize(5);
        assertThat(tracking.lastEvent().at()).isEqualTo(Instant.parse("2026-11-17T14:25:00Z"));
    }

    @Test
    void aUpsAnswerWithActivitiesNewestFirstIsReadOldestFirst() throws Exception {
        Tracking tracking = readers.ups().read("1Z5338FF0107231059", HttpAnswer.ok(sample("ups-track-details.json")));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(tracking.rawCode()).isEqualTo("D");
        assertThat(tracking.rawText()).isEqualTo("DELIVERED");
        assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-19T08:23:40Z"));
        assertThat(tracking.events()).extracting(TrackingEvent::rawCode).containsExactly("M", "P", "I", "O", "D");
        assertThat(tracking.events().get(0).at()).isEqualTo(Instant.parse("2026-11-17T07:15:00Z"));
        assertThat(tracking.events().get(4).location()).isEqualTo("IZMIR, TR");
        assertThat(tracking.trackingLink()).isEqualTo("https://www.ups.com/track?tracknum=1Z5338FF0107231059");
    }

    @Test
    void aDhlAnswerOfAFailedAttemptWithAnEstimate() throws Exception {
        Tracking tracking = readers.dhl().read("1234567890",
                new HttpAnswer(200, sample("dhl-track-shipments.json"), Map.of()));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
        assertThat(tracking.subtag()).isEqualTo("failed_attempt.recipient_absent");
        assertThat(tracking.rawCode()).isEqualTo("failure");
        assertThat(tracking.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(tracking.promisedDate()).as("a promise is the shop's, not DHL's").isNull();
        // Events in other time zones are ordered by the instant: Hong Kong 10:00 (+08) comes first.
        assertThat(tracking.events().get(0).at()).isEqualTo(Instant.parse("2026-11-22T02:00:00Z"));
        assertThat(tracking.events()).extracting(TrackingEvent::at).isSorted();
    }

    @Test
    void aFailedAttemptPastThePromiseStaysAFailedAttemptSoTheCustomerCanFixTheAddress() throws Exception {
        HttpAnswer answer = new HttpAnswer(200, sample("hepsijet-getDeliveryTracking.json"), Map.of());
        Tracking tracking = readers.hepsiJet().read("HJ20261115777", answer);
        assertThat(tracking.status()).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
        assertThat(tracking.rawCode()).isEqualTo("9");
        Tracking promised = new dev.akis.commerce.DeliveryPromise(1).applyTo(tracking, LocalDate.of(2026, 11, 25),
                dev.akis.time.VirtualClock.ISTANBUL);
        assertThat(promised.promisedDate()).as("a day after HepsiJet took it").isNotNull().isBefore(LocalDate.of(2026, 11, 25));
        assertThat(promised.status()).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
    }
}
