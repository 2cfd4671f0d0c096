package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where one carrier's API lives and how to log in. {@code baseUrl} is the API root (scheme, host, optional path
 * prefix); each adapter appends the carrier's own service path, so the same adapter talks to the live service
 * and to the loopback mock. What {@code user}, {@code secret} and {@code account} mean per carrier:
 * <ul>
 *   <li>Yurtiçi: wsUserName, wsPassword · Aras: UserName, Password, CustomerCode · MNG: pKullaniciAdi, pSifre</li>
 *   <li>PTT: musteri_no, sifre · HepsiJet: user name, password · Sürat: CariKodu, Sifre</li>
 *   <li>UPS: OAuth client id, client secret, shipper account (x-merchant-id) · DHL: -, API key</li>
 * </ul>
 */
public record CarrierConfig(String baseUrl, String user, String secret, String account) {

    public CarrierConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (HttpUrl.parse(baseUrl) == null) {
            throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        user = user == null ? "" : user;
        secret = secret == null ? "" : secret;
        account = account == null ? "" : account;
    }

    public static CarrierConfig of(String baseUrl, String user, String secret) {
        return new CarrierConfig(baseUrl, user, secret, "");
    }

    /** The live API root of a carrier (from integrations; see docs/mock-data.md "Carrier tracking data"). */
    public static String liveBaseUrl(Carrier carrier) {
        return switch (carrier) {
            case YURTICI -> "https://ws.yurticikargo.com";
            case ARAS -> "https://customerservices.araskargo.com.tr";
            case MNG -> "https://service.mngkargo.com.tr";
            case PTT -> "https://pttws.ptt.gov.tr";
            case HEPSIJET -> "https://integration.hepsijet.com";
            case SURAT -> "https://webservices.suratkargo.com.tr";
            case UPS -> "https://onlinetools.ups.com";
            case DHL -> "https://api-eu.dhl.com";
        };
    }

    /** The base URL with a service path appended ("/track/shipments"). */
    HttpUrl url(String path) {
        HttpUrl url = HttpUrl.parse(baseUrl + path);
        if (url == null) {
            throw new IllegalArgumentException("Bad URL " + baseUrl + path);
        }
        return url;
    }

    @Override
    public String toString() {
        // Never print secrets in logs or error messages.
        return "CarrierConfig[" + baseUrl + ", user=" + user + "]";
    }
}
