package dev.akis.testing;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.Member;
import dev.akis.commerce.Money;
import dev.akis.commerce.Order;
import dev.akis.commerce.OrderLine;
import dev.akis.commerce.OrderPackage;
import dev.akis.commerce.Product;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small shop for tests, around Monday 6 May 2024, 10:00 in Istanbul:
 * <ul>
 *   <li>Ayşe Yılmaz: #1042 (Yurtiçi, delayed), #1038 (Aras, delivered), #1001 (cancelled)</li>
 *   <li>Mehmet Demir: #1050 in three parcels (MNG out for delivery, PTT failed attempt, one not shipped)</li>
 *   <li>Zeynep Arslan: #1060, not shipped; Elif Kaya: twelve orders #2001-#2012; John Smith: no orders</li>
 *   <li>products: hoodie (S, M sold out, L), mug (one variant), t-shirt (sold out, alternatives hoodie and
 *       cap), cap (four colours)</li>
 * </ul>
 */
public final class ShopFixtures {

    public static final Instant NOW = Instant.parse("2024-05-06T07:00:00Z");

    private ShopFixtures() {
    }

    public static Money lira(String amount) {
        return Money.tryLira(amount);
    }

    public static InMemoryShop shop() {
        InMemoryShop shop = new InMemoryShop()
                .member(new Member("m-ayse", "Ayşe", "Yılmaz", "ayse.yilmaz@example.com", "+905321234567", "tr", 3,
                        Instant.parse("2023-01-10T10:00:00Z")))
                .member(new Member("m-mehmet", "Mehmet", "Demir", "mehmet.demir@example.com", "+905441112233", "tr", 1,
                        Instant.parse("2023-06-01T10:00:00Z")))
                .member(new Member("m-zeynep", "Zeynep", "Arslan", "zeynep@example.com", "+905051112233", "tr", 1,
                        Instant.parse("2024-01-01T10:00:00Z")))
                .member(new Member("m-elif", "Elif", "Kaya", "elif@example.com", "+905301112233", "tr", 12,
                        Instant.parse("2022-01-01T10:00:00Z")))
                .member(new Member("m-john", "John", "Smith", "john@example.com", "+905559876543", "en", 0,
                        Instant.parse("2024-02-01T10:00:00Z")));
        shop.order(order("o-1042", "1042", "m-ayse", "2024-05-02T09:30:00Z", "CREATED", "1249.90",
                List.of(line("l1", "Kapüşonlu Sweatshirt", "M / Siyah", 1, "749.90"), line("l2", "Akış Kupa", "", 2, "250.00")),
                List.of(pack("p-1042-1", "1042-1", "Yurtiçi Kargo", "YURTICI_KARGO", "YK1042"))));
        shop.order(order("o-1038", "1038", "m-ayse", "2024-04-20T12:00:00Z", "CREATED", "399.00",
                List.of(line("l3", "Basic Tişört", "L / Beyaz", 1, "399.00")),
                List.of(pack("p-1038-1", "1038-1", "Aras Kargo", "ARAS_KARGO", "AR1038"))));
        shop.order(order("o-1001", "1001", "m-ayse", "2024-03-01T12:00:00Z", "CANCELLED", "99.00",
                List.of(line("l4", "Çorap", "", 1, "99.00")), List.of()));
        shop.order(order("o-1050", "1050", "m-mehmet", "2024-05-04T08:00:00Z", "CREATED", "2100.00",
                List.of(line("l5", "Mont", "XL", 1, "1500.00"), line("l6", "Bot", "42", 1, "600.00")),
                List.of(pack("p-1050-1", "1050-1", "MNG Kargo", "MNG_KARGO", "MNG1050A"),
                        pack("p-1050-2", "1050-2", "PTT Kargo", "PTT_KARGO", "PTT1050B"),
                        new OrderPackage("p-1050-3", "1050-3", List.of(), "READY_FOR_SHIPMENT", null, null, null, null))));
        shop.order(order("o-1060", "1060", "m-zeynep", "2024-05-05T18:00:00Z", "CREATED", "59.90",
                List.of(line("l7", "Anahtarlık", "", 1, "59.90")), List.of()));
        for (int n = 1; n <= 12; n++) {
            String number = Integer.toString(2000 + n);
            shop.order(order("o-" + number, number, "m-elif", Instant.parse("2024-04-01T10:00:00Z").plusSeconds(86_400L * n).toString(),
                    "CREATED", "100.00", List.of(line("e" + n, "Kalem", "", 1, "100.00")), List.of()));
        }
        shop.product(new Product("prd-hoodie", "Kapüşonlu Sweatshirt", "Pamuklu", "https://cdn.example.com/hoodie.jpg",
                List.of(new Product.Variant("v-hoodie-s", "S", "HD-S", lira("749.90"), 5),
                        new Product.Variant("v-hoodie-m", "M", "HD-M", lira("749.90"), 0),
                        new Product.Variant("v-hoodie-l", "L", "HD-L", lira("799.90"), 2)), List.of()));
        shop.product(new Product("prd-mug", "Akış Kupa", "Seramik", "https://cdn.example.com/mug.jpg",
                List.of(new Product.Variant("v-mug", "Standart", "MUG", lira("149.90"), 40)), List.of()));
        shop.product(new Product("prd-tshirt", "Basic Tişört", "Pamuk", null,
                List.of(new Product.Variant("v-tshirt-m", "M", "TS-M", lira("399.00"), 0)),
                List.of("prd-hoodie", "prd-cap")));
        shop.product(new Product("prd-cap", "Şapka", "Kep", null,
                List.of(new Product.Variant("v-cap-black", "Siyah", "CP-B", lira("199.90"), 3),
                        new Product.Variant("v-cap-white", "Beyaz", "CP-W", lira("199.90"), 10),
                        new Product.Variant("v-cap-red", "Kırmızı", "CP-R", lira("219.90"), 1),
                        new Product.Variant("v-cap-blue", "Mavi", "CP-L", lira("199.90"), 4)), List.of()));
        return shop;
    }

    public static InMemoryCarriers carriers() {
        return new InMemoryCarriers()
                .parcel(new Tracking(Carrier.YURTICI, "YK1042", ShipmentStatus.DELAYED, null, "IND", "Kargo Teslimattadır",
                        LocalDate.parse("2024-05-04"), LocalDate.parse("2024-05-08"), null,
                        "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=YK1042",
                        List.of(event("2024-05-02T15:00:00Z", "İstanbul", "Kargo Kabul", ShipmentStatus.PICKED_UP),
                                event("2024-05-03T02:00:00Z", "Ankara Aktarma", "Kargo Yüklendi", ShipmentStatus.IN_TRANSIT),
                                event("2024-05-05T06:00:00Z", "Ankara Aktarma", "Kargo İndirildi", ShipmentStatus.DELAYED))))
                .parcel(new Tracking(Carrier.ARAS, "AR1038", ShipmentStatus.DELIVERED, null, "6", "Teslim Edildi",
                        LocalDate.parse("2024-04-23"), null, Instant.parse("2024-04-23T11:15:00Z"), null,
                        List.of(event("2024-04-23T11:15:00Z", "Kadıköy", "Teslim Edildi", ShipmentStatus.DELIVERED))))
                .parcel(new Tracking(Carrier.MNG, "MNG1050A", ShipmentStatus.OUT_FOR_DELIVERY, null, "4", "Gönderi Teslimat Adresine Yönlendirildi",
                        LocalDate.parse("2024-05-06"), LocalDate.parse("2024-05-06"), null, "https://mng.example/MNG1050A",
                        List.of(event("2024-05-06T05:00:00Z", "Beşiktaş", "Dağıtıma çıktı", ShipmentStatus.OUT_FOR_DELIVERY))))
                .parcel(new Tracking(Carrier.PTT, "PTT1050B", ShipmentStatus.FAILED_ATTEMPT, "failed_attempt.recipient_absent", "124",
                        "Adreste Yok/Kapalı", LocalDate.parse("2024-05-05"), null, null, null,
                        List.of(event("2024-05-05T12:00:00Z", "Şişli", "Adreste Yok/Kapalı", ShipmentStatus.FAILED_ATTEMPT))));
    }

    private static Order order(String id, String number, String member, String at, String status, String total,
                               List<OrderLine> lines, List<OrderPackage> packages) {
        return new Order(id, number, member, Instant.parse(at), status, "PAID", "FULFILLED", "CREDIT_CARD",
                lira(total), "İstanbul", lines, packages);
    }

    private static OrderLine line(String id, String name, String variant, int quantity, String price) {
        return new OrderLine(id, "prd-" + id, "v-" + id, name, variant, quantity, lira(price), lira(price), "FULFILLED");
    }

    private static OrderPackage pack(String id, String number, String carrierName, String carrierCode, String tracking) {
        return new OrderPackage(id, number, new ArrayList<>(), "FULFILLED", carrierName, carrierCode, tracking, null);
    }

    private static TrackingEvent event(String at, String location, String text, ShipmentStatus status) {
        return new TrackingEvent(Instant.parse(at), location, null, text, status);
    }
}
