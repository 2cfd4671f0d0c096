package dev.akis.commerce.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the dataset reads raw carrier histories when it describes personas (carrier-conventions.md). */
class ParcelStatusReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static ParcelRecord parcel(Carrier carrier, LocalDate promised, Map<String, String> attributes,
                                       String code, String text, Map<String, String> eventAttributes) {
        return new ParcelRecord(carrier, "T1", carrier.sendsEstimatedDelivery() ? promised : null, attributes,
                List.of(new ParcelEvent(Instant.parse("2026-11-24T10:00:00Z"), code, text, "İstanbul", eventAttributes)));
    }

    @Test
    void aParcelStillOnTheWayPastTheCarriersEstimateIsDelayedButADeliveredOneIsNot() {
        assertThat(ParcelStatusReader.read(parcel(Carrier.UPS, TODAY.minusDays(1), Map.of(), "I", "Departed from Facility",
                Map.of()), TODAY)).isEqualTo(ShipmentStatus.DELAYED);
        assertThat(ParcelStatusReader.read(parcel(Carrier.UPS, TODAY.minusDays(1), Map.of(), "D", "Delivered",
                Map.of()), TODAY)).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(ParcelStatusReader.read(parcel(Carrier.UPS, TODAY, Map.of(), "I", "Departed from Facility",
                Map.of()), TODAY)).isEqualTo(ShipmentStatus.IN_TRANSIT);
    }

    @Test
    void aFlowsDeliveryPromiseCountsFromTheCarriersFirstAcceptanceScan() {
        ParcelRecord handedOverOnThe20th = new ParcelRecord(Carrier.MNG, "T2", null, Map.of(), List.of(
                new ParcelEvent(Instant.parse("2026-11-20T10:00:00Z"), "1", "Kargo Kabul Edildi", "İstanbul", Map.of())));
        assertThat(ParcelStatusReader.read(handedOverOnThe20th, TODAY)).as("no promise").isEqualTo(ShipmentStatus.PICKED_UP);
        assertThat(ParcelStatusReader.read(handedOverOnThe20th, TODAY, 3)).as("due the 23rd").isEqualTo(ShipmentStatus.DELAYED);
        assertThat(ParcelStatusReader.read(handedOverOnThe20th, TODAY, 5)).as("due today").isEqualTo(ShipmentStatus.PICKED_UP);
        ParcelRecord notHandedOver = new ParcelRecord(Carrier.PTT, "T3", null, Map.of(), List.of(
                new ParcelEvent(Instant.parse("2026-11-10T10:00:00Z"), "701", "Gönderi Kabul İçin Bekliyor", "İstanbul", Map.of())));
        assertThat(ParcelStatusReader.read(notHandedOver, TODAY, 3)).as("the promise has not started")
                .isEqualTo(ShipmentStatus.LABEL_CREATED);
    }

    @Test
    void aLateParcelThatIsOutForDeliveryOrFailedAnAttemptKeepsThatStatus() {
        assertThat(ParcelStatusReader.read(parcel(Carrier.MNG, TODAY.minusDays(3), Map.of(), "4",
                "Gönderi Teslimat Adresine Yönlendirildi", Map.of()), TODAY)).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
        assertThat(ParcelStatusReader.read(parcel(Carrier.HEPSIJET, TODAY.minusDays(3), Map.of(), "12", "Refused",
                Map.of()), TODAY)).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
        assertThat(ParcelStatusReader.read(parcel(Carrier.PTT, TODAY.minusDays(3), Map.of(), "701",
                "Gönderi Kabul İçin Bekliyor", Map.of()), TODAY)).as("PTT sends no estimate")
                .isEqualTo(ShipmentStatus.LABEL_CREATED);
    }

    @Test
    void carriersOwnLateFlagsAreDelayedToo() {
        assertThat(ParcelStatusReader.read(parcel(Carrier.YURTICI, TODAY.plusDays(2), Map.of("perfLateCEvent", "1"),
                "IND", "Transfer Merkezinde", Map.of("reasonName", "Sorun Yok")), TODAY)).isEqualTo(ShipmentStatus.DELAYED);
        assertThat(ParcelStatusReader.read(parcel(Carrier.ARAS, TODAY.plusDays(2), Map.of(), "3", "Teslimat Şubesinde",
                Map.of("tipKodu", "1", "devirKodu", "TL")), TODAY)).isEqualTo(ShipmentStatus.DELAYED);
    }

    @Test
    void yurticiTellsOutForDeliveryPickupAndFailedAttemptsApartByEventAndReason() {
        assertThat(ParcelStatusReader.latest(parcel(Carrier.YURTICI, null, Map.of(), "IND", "Dağıtıma Çıkarıldı",
                Map.of("reasonName", "Sorun Yok")))).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
        assertThat(ParcelStatusReader.latest(parcel(Carrier.YURTICI, null, Map.of(), "IND", "Şubede Teslim Alınmayı Bekliyor",
                Map.of("reasonName", "Sorun Yok")))).isEqualTo(ShipmentStatus.AVAILABLE_FOR_PICKUP);
        assertThat(ParcelStatusReader.latest(parcel(Carrier.YURTICI, null, Map.of(), "IND", "Teslim Edilemedi",
                Map.of("reasonName", "Alıcı Adreste Bulunamadı")))).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
        assertThat(ParcelStatusReader.latest(parcel(Carrier.YURTICI, null, Map.of("returnStatus", "3"), "DLV",
                "Teslim Edildi", Map.of()))).isEqualTo(ShipmentStatus.RETURNED_TO_SENDER);
    }

    @Test
    void suratIsReadFromItsFreeTextAndUnknownCodesStayUnknown() {
        assertThat(ParcelStatusReader.latest(parcel(Carrier.SURAT, null, Map.of(), "", "Subede Bekliyor", Map.of())))
                .isEqualTo(ShipmentStatus.AVAILABLE_FOR_PICKUP);
        assertThat(ParcelStatusReader.latest(parcel(Carrier.PTT, null, Map.of(), "999", "?", Map.of())))
                .isEqualTo(ShipmentStatus.UNKNOWN);
    }
}
