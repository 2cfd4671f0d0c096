package dev.akis.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.ServiceException;
import dev.akis.i18n.Languages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TraceNoteTest {

    @Test
    void aParcelThatCouldNotBeTrackedSaysWhyInTheReadersLanguage() {
        TraceNote note = new TraceNote("order_status", TraceNote.Level.INFO, "parcelTrackingFailed",
                List.of("Aras Kargo", "382073952278", ServiceException.Kind.SERVER_ERROR.name()));

        assertThat(note.describe(Locale.ENGLISH)).isEqualTo("Aras Kargo could not be asked about parcel 382073952278"
                + " (a server error (5xx), retries included); the order's other parcels are reported.");
        assertThat(note.describe(Languages.locale("tr"))).contains("sunucu hatası (5xx)").doesNotContain("SERVER_ERROR");
    }

    @Test
    void everyKindOfFailureHasWordsInBothLanguages() {
        for (ServiceException.Kind kind : ServiceException.Kind.values()) {
            TraceNote note = new TraceNote("order_status", TraceNote.Level.INFO, "parcelTrackingFailed",
                    List.of("PTT Kargo", "KP1", kind.name()));
            for (Locale locale : List.of(Locale.ENGLISH, Languages.locale("tr"))) {
                assertThat(note.describe(locale)).as("%s in %s", kind, locale).doesNotContain(kind.name());
            }
        }
    }
}
