package dev.akis.commerce.carriers;

import static dev.akis.commerce.carriers.CarrierDataset.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.commerce.ServiceException;
import dev.akis.time.VirtualClock;
import org.junit.jupiter.api.Test;

/** Answers from the network cannot make the XML parser read local files or expand entity bombs. */
class XmlHardeningTest {

    private static final String EXTERNAL_ENTITY = "<?xml version=\"1.0\"?>"
            + "<!DOCTYPE foo [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
            + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
            + "<ShippingDeliveryVO><outFlag>0</outFlag><outResult>&secret;</outResult></ShippingDeliveryVO>"
            + "</soap:Body></soap:Envelope>";

    private static final String ENTITY_BOMB = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><a>&lol3;</a>";

    @Test
    void aDocumentTypeDeclarationIsRefusedBeforeAnyEntityIsResolved() {
        assertThatThrownBy(() -> Xml.parse(EXTERNAL_ENTITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> Xml.parse(ENTITY_BOMB)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCarrierAnswerWithAnExternalEntityIsReportedAsUnreadable() {
        YurticiTracker reader = CarrierTrackers.readers(new VirtualClock(REFERENCE)).yurtici();
        assertThatThrownBy(() -> reader.read("YK1", HttpAnswer.ok(EXTERNAL_ENTITY)))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ServiceException.Kind.BAD_RESPONSE);
                    assertThat(e.service()).isEqualTo("carrier:yurtici");
                });
    }

    @Test
    void escapingKeepsCustomerTextOutOfTheMarkup() {
        assertThat(Xml.escape("<a href='x'>Ali & Veli \"Ltd\"</a>"))
                .isEqualTo("&lt;a href=&apos;x&apos;&gt;Ali &amp; Veli &quot;Ltd&quot;&lt;/a&gt;");
        assertThat(Xml.parse("<v>" + Xml.escape("<İğüşöç & ıİ>") + "</v>").getDocumentElement().getTextContent())
                .isEqualTo("<İğüşöç & ıİ>");
    }
}
