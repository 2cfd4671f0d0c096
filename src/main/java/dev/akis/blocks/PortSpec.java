package dev.akis.blocks;

import dev.akis.flow.LocalizedText;
import java.util.Objects;

/**
 * One output of a block: the outcome it stands for ("found", "notFound", "error", "delayed", ...).
 *
 * @param id       the port name stored in connections
 * @param need     how the linter treats it when unconnected
 * @param fallback a port taken instead when this one is unconnected (null for none); a required fallback
 *                 port is only needed while some port that falls back to it is unconnected
 * @param error    true for the port taken when a service fails
 * @param label    the label for ports made from the block's own settings (a choice, a condition branch);
 *                 null for catalog ports, whose label comes from the resource bundle
 */
public record PortSpec(String id, PortNeed need, String fallback, boolean error, LocalizedText label) {

    public PortSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(need, "need");
    }

    public static PortSpec required(String id) {
        return new PortSpec(id, PortNeed.REQUIRED, null, false, null);
    }

    public static PortSpec recommended(String id) {
        return new PortSpec(id, PortNeed.RECOMMENDED, null, false, null);
    }

    public static PortSpec optional(String id) {
        return new PortSpec(id, PortNeed.OPTIONAL, null, false, null);
    }

    public static PortSpec errorPort() {
        return new PortSpec("error", PortNeed.RECOMMENDED, null, true, null);
    }

    public PortSpec withFallback(String fallbackPort) {
        return new PortSpec(id, need, fallbackPort, error, label);
    }

    public PortSpec withLabel(LocalizedText customLabel) {
        return new PortSpec(id, need, fallback, error, customLabel);
    }
}
