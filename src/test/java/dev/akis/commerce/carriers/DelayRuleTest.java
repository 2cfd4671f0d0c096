package dev.akis.commerce.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.ShipmentStatus;
import dev.akis.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "Delayed" is derived from the promised date with the simulator's clock, never stored. */
class DelayRuleTest {

    /** The dataset's reference time: 25 November 2026, 12:00 in Istanbul. */
    private static final Instant REFERENCE = Instant.parse("2026-11-25T09:00:00Z");
    private static final MappedStatus IN_TRANSIT =
            new MappedStatus(ShipmentStatus.IN_TRANSIT, null, "IND", "Transfer Merkezinde");

    private final DelayRule rule = new DelayRule(new VirtualClock(REFERENCE));

    @Test
    void aParcelStillOnItsWayAfterThePromisedDayIsDelayedAndKeepsTheCarriersWords() {
        MappedStatus result = rule.apply(IN_TRANSIT, LocalDate.of(2026, 11, 24), null);
        assertThat(result.status()).isEqualTo(ShipmentStatus.DELAYED);
        assertThat(result.subtag()).isEqualTo(DelayRule.PAST_PROMISED_DATE);
        assertThat(result.rawCode()).isEqualTo("IND");
        assertThat(result.rawText()).isEqualTo("Transfer Merkezinde");
    }

    @Test
    void onThePromisedDayItselfTheParcelIsNotLateYet() {
        assertThat(rule.apply(IN_TRANSIT, LocalDate.of(2026, 11, 25), null)).isEqualTo(IN_TRANSIT);
        assertThat(rule.apply(IN_TRANSIT, LocalDate.of(2026, 11, 27), null)).isEqualTo(IN_TRANSIT);
    }

    @Test
    void withoutAPromiseTheCarriersOwnEstimateDecides() {
        MappedStatus result = rule.apply(IN_TRANSIT, null, LocalDate.of(2026, 11, 23));
        assertThat(result.status()).isEqualTo(ShipmentStatus.DELAYED);
        assertThat(result.subtag()).isEqualTo(DelayRule.PAST_ESTIMATED_DATE);
    }

    @Test
    void aPromiseStillAheadWinsOverAnEstimateAlreadyPassed() {
        assertThat(rule.apply(IN_TRANSIT, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 23))).isEqualTo(IN_TRANSIT);
    }

    @Test
    void withoutAnyDateNothingIsDerived() {
        assertThat(rule.apply(IN_TRANSIT, null, null)).isEqualTo(IN_TRANSIT);
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentStatus.class, names = {"DELIVERED", "RETURNED_TO_SENDER", "CANCELLED"})
    void aParcelThatWillNotMoveAnyMoreIsNeverDelayed(ShipmentStatus finalStatus) {
        MappedStatus done = new MappedStatus(finalStatus, null, "X", "done");
        assertThat(rule.apply(done, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1))).isEqualTo(done);
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentStatus.class, names = {"LABEL_CREATED", "PICKED_UP", "IN_TRANSIT"})
    void aParcelStillOnItsNormalWayBecomesDelayedOncePastThePromise(ShipmentStatus onItsWay) {
        MappedStatus result = rule.apply(new MappedStatus(onItsWay, null, "c", "t"), LocalDate.of(2026, 11, 20), null);
        assertThat(result.status()).isEqualTo(ShipmentStatus.DELAYED);
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentStatus.class, names = {"OUT_FOR_DELIVERY", "AVAILABLE_FOR_PICKUP", "FAILED_ATTEMPT",
        "EXCEPTION", "RETURN_IN_TRANSIT", "UNKNOWN"})
    void aStatusThatAlreadyTellsTheCustomerWhatToDoIsKeptEvenWhenLate(ShipmentStatus telling) {
        MappedStatus mapped = new MappedStatus(telling, null, "c", "t");
        assertThat(rule.apply(mapped, LocalDate.of(2026, 11, 20), null)).isEqualTo(mapped);
    }

    @Test
    void aDelayTheCarrierReportedKeepsItsReason() {
        MappedStatus holiday = new MappedStatus(ShipmentStatus.DELAYED, "delayed.holiday", "3", "Teslimat Şubesinde");
        assertThat(rule.apply(holiday, LocalDate.of(2026, 11, 20), null)).isEqualTo(holiday);
    }

    @Test
    void todayIsTheDayInIstanbulNotInUtc() {
        // 21:30 UTC on the 24th is already 00:30 on the 25th in Istanbul.
        DelayRule lateEvening = new DelayRule(new VirtualClock(Instant.parse("2026-11-24T21:30:00Z")));
        assertThat(lateEvening.today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(lateEvening.apply(IN_TRANSIT, LocalDate.of(2026, 11, 24), null).status()).isEqualTo(ShipmentStatus.DELAYED);
    }

    @Test
    void whenTheSimulatorsClockMovesOnADayTheParcelBecomesLate() {
        VirtualClock clock = new VirtualClock(REFERENCE);
        DelayRule moving = new DelayRule(clock);
        LocalDate promised = LocalDate.of(2026, 11, 25);
        assertThat(moving.apply(IN_TRANSIT, promised, null).status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        clock.advance(Duration.ofDays(1));
        assertThat(moving.apply(IN_TRANSIT, promised, null).status()).isEqualTo(ShipmentStatus.DELAYED);
    }
}
