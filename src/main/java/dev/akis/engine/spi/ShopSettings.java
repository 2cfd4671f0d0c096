package dev.akis.engine.spi;

import dev.akis.time.VirtualClock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The shop the bot speaks for: its name, its storefront address (checkout links start there) and its time
 * zone (dates shown to customers are in it). Fills {@code shop.*}.
 */
public record ShopSettings(String name, String storefrontUrl, ZoneId zone) {

    public ShopSettings {
        name = name == null ? "" : name;
        storefrontUrl = storefrontUrl == null ? "" : storefrontUrl;
        zone = Objects.requireNonNullElse(zone, VirtualClock.ISTANBUL);
    }

    public static ShopSettings of(String name, String storefrontUrl) {
        return new ShopSettings(name, storefrontUrl, VirtualClock.ISTANBUL);
    }
}
