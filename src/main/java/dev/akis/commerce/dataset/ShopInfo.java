package dev.akis.commerce.dataset;

/** The shop a dataset describes: its name, storefront address and currency (ISO 4217, "TRY"). */
public record ShopInfo(String name, String storefrontUrl, String currency) {
}
