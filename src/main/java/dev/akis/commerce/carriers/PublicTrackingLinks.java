package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The carriers' public tracking pages a customer can open, built from the tracking number. The mock carrier
 * server hands out the same links, so a link in the simulator points at the real carrier's site.
 * The URL patterns come from integrations and carrier websites, not from API documentation.
 */
public final class PublicTrackingLinks {

    private PublicTrackingLinks() {
    }

    public static String of(Carrier carrier, String trackingNumber) {
        String n = URLEncoder.encode(trackingNumber == null ? "" : trackingNumber.trim(), StandardCharsets.UTF_8);
        return switch (carrier) {
            case YURTICI -> "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=" + n;
            case ARAS -> "https://kargotakip.araskargo.com.tr/mainpage.aspx?code=" + n;
            case MNG -> "https://kargotakip.dhlecommerce.com.tr/?takipNo=" + n;
            case PTT -> "https://gonderitakip.ptt.gov.tr/Track/Verify?q=" + n;
            case HEPSIJET -> "https://www.hepsijet.com/gonderi-takibi/" + n;
            case SURAT -> "https://suratkargo.com.tr/KargoTakip/?kargotakipno=" + n;
            case UPS -> "https://www.ups.com/track?tracknum=" + n;
            case DHL -> "https://www.dhl.com/tr-en/home/tracking.html?tracking-id=" + n;
        };
    }
}
