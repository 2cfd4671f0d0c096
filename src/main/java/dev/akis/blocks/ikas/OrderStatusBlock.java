package dev.akis.blocks.ikas;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.Offers;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.blocks.ShipmentReport;
import dev.akis.blocks.StatusPorts;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.DeliveryPromise;
import dev.akis.commerce.Order;
import dev.akis.commerce.OrderPackage;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.StatusGroup;
import dev.akis.commerce.Tracking;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.TextMessage;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.Choices;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
import dev.akis.flow.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks up the selected order's packages and asks each carrier where they are: fills {@code shipment.*}
 * (carrier, tracking number and link, normalized status, estimated delivery, history) and leaves through the
 * port of the status group. With several packages, either the one that most needs attention is reported or
 * the customer is asked which one.
 */
public final class OrderStatusBlock extends BlockType {

    public static final String ID = "orderStatus";
    public static final String PACKAGES_MOST_URGENT = "mostUrgent";
    public static final String PACKAGES_ASK = "ask";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.builder("orderId", FieldType.TEXT).required().defaultValue("{order.id}").build(),
            FieldSpec.choice("packages", PACKAGES_MOST_URGENT, PACKAGES_ASK).build(),
            FieldSpec.interactiveMessage("packagePrompt").visibleWhen("packages", PACKAGES_ASK).build(),
            ShipmentReport.promiseField(),
            FieldSpec.message("message").build());

    public OrderStatusBlock() {
        super(ID, BlockCategory.IKAS, "mdi2t-truck-delivery-outline");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    protected List<PortSpec> staticPorts() {
        return StatusPorts.ports();
    }

    @Override
    public List<ProvidedProperty> providedProperties(Block block) {
        return StatusPorts.shipmentProperties();
    }

    @Override
    public boolean waitsForCustomer(Block block) {
        return PACKAGES_ASK.equals(string(block, "packages"));
    }

    @Override
    public BlockExecutor executor(Block block) {
        return new Executor(this, block);
    }

    /**
     * Fetches the order, then: cancelled or refunded → "cancelled"; nothing handed to a carrier → "notShipped";
     * otherwise tracks the parcels and reports the most urgent one (or asks which one, when set to ask and
     * there are several), leaving through the status group's port.
     */
    private static final class Executor implements BlockExecutor {
        private static final String PACKAGES = "packages";
        private static final String COUNT = "packageCount";

        private final Template orderId;
        private final boolean ask;
        private final LocalizedTemplate packagePrompt;
        private final LocalizedTemplate message;
        private final DeliveryPromise promise;

        Executor(OrderStatusBlock type, Block block) {
            this.orderId = type.plainTemplate(block, "orderId");
            this.ask = PACKAGES_ASK.equals(type.string(block, "packages"));
            this.packagePrompt = type.template(block, "packagePrompt");
            this.message = type.template(block, "message");
            this.promise = new DeliveryPromise(type.integer(block, ShipmentReport.PROMISE_FIELD));
        }

        @Override
        public Step enter(BlockContext context) {
            String id = context.render(orderId).strip();
            if (id.isEmpty()) {
                context.problem("noOrderForStatus", orderId.source());
                return Step.port(StatusPorts.ERROR);
            }
            Order order;
            try {
                Optional<Order> found = context.call("ikas", "getOrder", id, () -> context.shop().getOrder(id));
                if (found.isEmpty()) {
                    context.problem("orderNotFound", id);
                    return Step.port(StatusPorts.ERROR);
                }
                order = found.get();
            } catch (ServiceException e) {
                return Step.port(StatusPorts.ERROR);
            }
            int count = order.packages().size();
            if (order.isCancelled()) {
                return finish(context, ShipmentReport.fillOrderCancelled(context, count));
            }
            List<OrderPackage> tracked = new ArrayList<>();
            for (OrderPackage pack : order.packages()) {
                if (pack.hasTracking()) {
                    tracked.add(pack);
                }
            }
            if (tracked.isEmpty()) {
                return finish(context, ShipmentReport.fillNotShipped(context, count));
            }
            if (ask && tracked.size() > 1) {
                offer(context, tracked, count, context.render(packagePrompt));
                return Step.waitHere();
            }
            try {
                return finish(context, reportMostUrgent(context, tracked, count > tracked.size(), count));
            } catch (ServiceException e) {
                return Step.port(StatusPorts.ERROR);
            }
        }

        private StatusGroup reportMostUrgent(BlockContext context, List<OrderPackage> tracked, boolean someUnshipped,
                                             int count) throws ServiceException {
            OrderPackage best = null;
            Tracking bestTracking = null;
            int bestRank = someUnshipped ? ShipmentReport.urgency(null) : Integer.MAX_VALUE;
            ServiceException firstFailure = null;
            int answered = 0;
            for (OrderPackage pack : tracked) {
                Tracking tracking;
                try {
                    tracking = ShipmentReport.track(context, pack.carrierCode(), pack.carrierName(), pack.trackingNumber(),
                            promise);
                } catch (ServiceException e) {
                    // One carrier failing must not hide the parcels the others answered for.
                    if (firstFailure == null) {
                        firstFailure = e;
                    }
                    // Why it failed is in the trace already: the call itself is recorded with its failure.
                    context.info("parcelTrackingFailed", carrierName(pack), pack.trackingNumber());
                    continue;
                }
                answered++;
                int rank = ShipmentReport.urgency(tracking == null ? ShipmentStatus.UNKNOWN : tracking.status());
                if (rank < bestRank) {
                    best = pack;
                    bestTracking = tracking;
                    bestRank = rank;
                }
            }
            if (answered == 0 && firstFailure != null) {
                throw firstFailure;
            }
            if (best == null) {
                return ShipmentReport.fillNotShipped(context, count);
            }
            if (count > 1) {
                context.info("mostUrgentParcel", best.packageNumber(), count);
            }
            return report(context, best.carrierCode(), best.carrierName(), best.trackingNumber(), best.trackingLink(),
                    bestTracking, count);
        }

        private static StatusGroup report(BlockContext context, String carrierCode, String carrierName,
                                          String trackingNumber, String link, Tracking tracking, int count) {
            if (tracking == null) {
                return ShipmentReport.fillUnknown(context, carrierName, carrierCode, trackingNumber, link, count);
            }
            return ShipmentReport.fill(context, tracking, link, count);
        }

        private static String carrierName(OrderPackage pack) {
            return Carrier.recognise(pack.carrierCode()).or(() -> Carrier.recognise(pack.carrierName()))
                    .map(Carrier::displayName).orElse(pack.carrierName() == null ? "" : pack.carrierName());
        }

        private void offer(BlockContext context, List<OrderPackage> tracked, int count, String text) {
            List<Offers.Offer> offers = new ArrayList<>();
            StringBuilder memory = new StringBuilder();
            for (OrderPackage pack : tracked) {
                String carrier = Carrier.recognise(pack.carrierCode()).or(() -> Carrier.recognise(pack.carrierName()))
                        .map(Carrier::displayName).orElse(pack.carrierName() == null ? "" : pack.carrierName());
                offers.add(new Offers.Offer(pack.id(), context.engineText("package.title", pack.packageNumber()),
                        context.engineText("package.description", carrier, pack.trackingNumber())));
                if (memory.length() > 0) {
                    memory.append('\n');
                }
                memory.append(String.join("\t", pack.id(), nz(pack.packageNumber()), nz(pack.carrierCode()),
                        nz(pack.carrierName()), nz(pack.trackingNumber()), nz(pack.trackingLink())));
            }
            context.remember(PACKAGES, memory.toString());
            context.remember(COUNT, Integer.toString(count));
            context.send(Offers.present(text, context.engineText("package.listButton"), offers, true));
        }

        @Override
        public Step resume(BlockContext context, InboundEvent event) {
            if (!event.fromCustomer()) {
                return Step.decline();
            }
            String stored = context.memory(PACKAGES);
            List<String[]> packages = new ArrayList<>();
            List<Choices.Option> options = new ArrayList<>();
            if (stored != null) {
                for (String line : stored.split("\n")) {
                    String[] fields = line.split("\t", -1);
                    if (fields.length < 6) {
                        continue;
                    }
                    packages.add(fields);
                    options.add(Choices.Option.of(fields[0], fields[1], context.engineText("package.title", fields[1])));
                }
            }
            int count = context.memory(COUNT) == null ? packages.size() : Integer.parseInt(context.memory(COUNT));
            int chosen = Choices.match(options, event);
            if (chosen < 0) {
                List<Offers.Offer> offers = new ArrayList<>();
                for (String[] fields : packages) {
                    offers.add(new Offers.Offer(fields[0], context.engineText("package.title", fields[1]),
                            context.engineText("package.description", fields[3], fields[4])));
                }
                context.send(Offers.present(context.engineText("choose.hint"), context.engineText("package.listButton"),
                        offers, true));
                return Step.waitHere();
            }
            String[] fields = packages.get(chosen);
            try {
                Tracking tracking = ShipmentReport.track(context, fields[2], fields[3], fields[4], promise);
                return finish(context, report(context, fields[2], fields[3], fields[4], fields[5], tracking, count));
            } catch (ServiceException e) {
                return Step.port(StatusPorts.ERROR);
            }
        }

        private Step finish(BlockContext context, StatusGroup group) {
            if (!message.isBlank()) {
                String text = context.render(message);
                if (!text.isBlank()) {
                    context.send(TextMessage.of(text));
                }
            }
            return Step.port(group.portId());
        }

        private static String nz(String value) {
            return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
        }
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        FieldSpec packages = field("packages").orElseThrow();
        return optionLabel(packages, string(block, "packages"), uiLocale);
    }
}
