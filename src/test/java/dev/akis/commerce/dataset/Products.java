package dev.akis.commerce.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The default dataset's catalogue: a Turkish fashion shop with a hoodie campaign on Instagram. */
final class Products {

    private Products() {
    }

    static List<ProductRow> all() {
        List<ProductRow> products = new ArrayList<>();
        products.add(product("p-hoodie-oversize", "Oversize Kapüşonlu Sweatshirt", "HDO",
                "%100 pamuk, içi şardonlu, kanguru cepli oversize kapüşonlu sweatshirt.",
                List.of("IG_Hoodie_01", "hoodie", "kis-koleksiyonu"), List.of("Renk", "Beden"),
                List.of(List.of("Siyah", "Antrasit", "Bej"), List.of("S", "M", "L", "XL")), "899.90",
                new int[] {0, 14, 9, 6, 11, 8, 5, 2, 7, 4, 3, 0}, List.of("p-hoodie-zip")));
        products.add(product("p-hoodie-zip", "Fermuarlı Kapüşonlu Sweatshirt", "HDZ",
                "Metal fermuarlı, iki yan cepli, yumuşak dokulu kapüşonlu sweatshirt.",
                List.of("IG_Hoodie_01", "hoodie"), List.of("Renk", "Beden"),
                List.of(List.of("Lacivert", "Gri"), List.of("S", "M", "L", "XL")), "949.90",
                new int[] {6, 12, 10, 3, 5, 0, 7, 2}, List.of("p-hoodie-oversize")));
        products.add(product("p-hoodie-kids", "Çocuk Kapüşonlu Sweatshirt", "HDK",
                "Çocuklar için yumuşak pamuklu, ribanalı kapüşonlu sweatshirt.",
                List.of("hoodie", "cocuk"), List.of("Renk", "Yaş"),
                List.of(List.of("Kırmızı"), List.of("6-7 Yaş", "8-9 Yaş", "10-11 Yaş")), "549.90",
                new int[] {4, 0, 6}, List.of()));
        products.add(product("p-tshirt-basic", "Basic Pamuklu Tişört", "TSB",
                "Bisiklet yaka, yıkamalı %100 pamuk basic tişört.", List.of("basic"), List.of("Renk", "Beden"),
                List.of(List.of("Beyaz", "Siyah", "Haki"), List.of("S", "M", "L", "XL")), "249.90",
                new int[] {25, 30, 22, 12, 18, 26, 19, 9, 0, 8, 6, 3}, List.of()));
        products.add(product("p-jean-mom", "Mom Fit Kot Pantolon", "JMF",
                "Yüksek bel, bilekte biten mom fit kot pantolon.", List.of("denim"), List.of("Renk", "Beden"),
                List.of(List.of("Açık Mavi", "Koyu Mavi"), List.of("36", "38", "40", "42")), "749.90",
                new int[] {5, 9, 7, 0, 4, 8, 6, 2}, List.of()));
        products.add(product("p-sneaker-white", "Beyaz Deri Sneaker", "SNW",
                "Hakiki deri, kauçuk tabanlı beyaz sneaker.", List.of("ayakkabi"), List.of("Numara"),
                List.of(List.of("37", "38", "39", "40", "41", "42", "43", "44")), "1299.90",
                new int[] {2, 5, 7, 6, 4, 3, 0, 1}, List.of()));
        products.add(product("p-coat-wool", "Yün Karışımlı Kaban", "KBN",
                "Yün karışımlı kumaştan, astarlı, kruvaze kaban. Bu sezon tükendi.", List.of("kis-koleksiyonu"),
                List.of("Renk", "Beden"), List.of(List.of("Camel", "Siyah"), List.of("S", "M", "L")), "2499.90",
                new int[] {0, 0, 0, 0, 0, 0}, List.of("p-puffer", "p-trench")));
        products.add(product("p-puffer", "Su İtici Şişme Mont", "MNT",
                "Su itici dış yüzeyli, kapüşonlu, hafif şişme mont.", List.of("kis-koleksiyonu"),
                List.of("Renk", "Beden"), List.of(List.of("Siyah", "Haki"), List.of("S", "M", "L", "XL")), "1899.90",
                new int[] {3, 6, 5, 2, 0, 4, 3, 1}, List.of()));
        products.add(product("p-trench", "Klasik Trençkot", "TRC",
                "Kemerli, çift düğmeli klasik trençkot.", List.of(), List.of("Renk", "Beden"),
                List.of(List.of("Bej"), List.of("S", "M", "L")), "1799.90", new int[] {2, 4, 1}, List.of()));
        products.add(product("p-scarf-knit", "Triko Atkı", "ATK",
                "Yumuşak dokulu, saçaklı triko atkı.", List.of("aksesuar", "kis-koleksiyonu"), List.of("Renk"),
                List.of(List.of("Ekru", "Bordo", "Antrasit")), "299.90", new int[] {15, 0, 9}, List.of()));
        products.add(product("p-beanie", "Ribana Bere", "BRE",
                "Katlamalı ribana örgü bere.", List.of("aksesuar"), List.of("Renk"),
                List.of(List.of("Siyah", "Gri", "Hardal")), "199.90", new int[] {20, 14, 6}, List.of()));
        products.add(product("p-bag-leather", "Deri Omuz Çantası", "CNT",
                "Hakiki deri, ayarlanabilir askılı omuz çantası.", List.of("aksesuar"), List.of("Renk"),
                List.of(List.of("Taba", "Siyah")), "1099.90", new int[] {4, 0}, List.of()));
        products.add(product("p-socks-3pack", "3'lü Spor Çorap Seti", "COR",
                "Pamuklu, destekli tabanlı 3'lü spor çorap seti.", List.of("aksesuar"), List.of(),
                List.of(), "149.90", new int[] {40}, List.of()));
        products.add(product("p-jogger", "Jogger Eşofman Altı", "JGR",
                "Beli lastikli, paçası ribanalı jogger eşofman altı; hoodie'lerle takım olur.",
                List.of("IG_Hoodie_01_kombin"), List.of("Renk", "Beden"),
                List.of(List.of("Siyah", "Gri"), List.of("S", "M", "L", "XL")), "599.90",
                new int[] {8, 11, 9, 4, 6, 7, 0, 3}, List.of()));
        return products;
    }

    private static ProductRow product(String id, String name, String skuPrefix, String description, List<String> tags,
                                      List<String> types, List<List<String>> values, String price, int[] stock,
                                      List<String> alternatives) {
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (List<String> options : values) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String option : options) {
                    List<String> combined = new ArrayList<>(prefix);
                    combined.add(option);
                    next.add(combined);
                }
            }
            combinations = next;
        }
        if (combinations.size() != stock.length) {
            throw new IllegalArgumentException(id + ": " + combinations.size() + " variants but " + stock.length + " stock values");
        }
        List<VariantRow> variants = new ArrayList<>();
        for (int i = 0; i < combinations.size(); i++) {
            List<String> combination = combinations.get(i);
            String suffix = combination.isEmpty() ? "std"
                    : String.join("-", combination.stream().map(Products::slug).toList());
            String sku = skuPrefix + (combination.isEmpty() ? "-STD"
                    : "-" + String.join("-", combination.stream().map(v -> slug(v).toUpperCase(Locale.ROOT)).toList()));
            variants.add(new VariantRow("v-" + id.substring(2) + "-" + suffix, String.join(" / ", combination), sku,
                    new BigDecimal(price), stock[i]));
        }
        return new ProductRow(id, name, description, tags, types, variants, alternatives);
    }

    private static String slug(String text) {
        return DefaultDatasetGenerator.ascii(text).replace("-", "").replace("yas", "y");
    }
}
