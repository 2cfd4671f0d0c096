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
        return new ParcelRecord(carrier, "T1", promised, null, attributes,
                List.of(new ParcelEvent(Instant.parse("2026-11-24T10:00:00Z"), code, text, "İstanbul", eventAttributes)));
    }

    @Test
    void aParcelStillOnTheWayPastItsPromisedDateIsDelayedButADeliveredOneIsNot() {
        assertThat(ParcelStatusReader.read(parcel(Carrier.MNG, TODAY.minusDays(1), Map.of(), "2", "Transfer Aşamasında",
                Map.of()), TODAY)).isEqualTo(ShipmentStatus.DELAYED);
        assertThat(ParcelStatusReader.read(parcel(Carrier.MNG, TODAY.minusDays(1), Map.of(), "5", "Teslim Edildi",
                Map.of()), TODAY)).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(ParcelStatusReader.read(parcel(Carrier.MNG, TODAY, Map.of(), "2", "Transfer Aşamasında",
                Map.of()), TODAY)).isEqualTo(ShipmentStatus.IN_TRANSIT);
    }

    @Test
    void aLateParcelThatIsOutForDeliveryOrFailedAnAttemptKeepsThatStatus() {
        assertThat(ParcelStatusReader.read(parcel(Carrier.MNG, TODAY.minusDays(3), Map.of(), "4",
                "Gönderi Teslimat Adresine Yönlendirildi", Map.of()), TODAY)).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
        assertThat(ParcelStatusReader.read(parcel(Carrier.HEPSIJET, TODAY.minusDays(3), Map.of(), "12", "Refused",
                Map.of()), TODAY)).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
        assertThat(ParcelStatusReader.read(parcel(Carrier.PTT, TODAY.minusDays(3), Map.of(), "701",
                "Gönderi Kabul İçin Bekliyor", Map.of()), TODAY)).isEqualTo(ShipmentStatus.DELAYED);
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
