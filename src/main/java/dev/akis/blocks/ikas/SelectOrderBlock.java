package dev.akis.blocks.ikas;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.Offers;
import dev.akis.blocks.OrderProperties;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.commerce.Order;
import dev.akis.commerce.Page;
import dev.akis.commerce.ServiceException;
import dev.akis.engine.message.InboundEvent;
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
 * Lists the member's orders newest first as a WhatsApp list (a page at a time, with a "more" row when there
 * are more), lets the customer pick one and fills the {@code order.*} properties. With one order and
 * "autoSelectSingle", it is picked without asking.
 */
public final class SelectOrderBlock extends BlockType {

    public static final String ID = "selectOrder";
    public static final String SELECTED = "selected";
    public static final String NO_ORDERS = "noOrders";
    public static final String ERROR = "error";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.interactiveMessage("prompt").required().build(),
            FieldSpec.builder("memberId", FieldType.TEXT).required().defaultValue("{member.id}").build(),
            FieldSpec.builder("pageSize", FieldType.INTEGER).defaultValue(5).range(1, 9).build(),
            FieldSpec.builder("autoSelectSingle", FieldType.BOOLEAN).defaultValue(true).build(),
            FieldSpec.buttonTitle("listButton").build(),
            FieldSpec.builder("moreLabel", FieldType.LOCALIZED_TEXT).maxLength(FieldSpec.WHATSAPP_ROW_TITLE_LIMIT)
                    .customerVisible().build());

    private static final List<PortSpec> PORTS = List.of(
            PortSpec.required(SELECTED), PortSpec.required(NO_ORDERS), PortSpec.errorPort());

    public SelectOrderBlock() {
        super(ID, BlockCategory.IKAS, "mdi2c-clipboard-list-outline");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    protected List<PortSpec> staticPorts() {
        return PORTS;
    }

    @Override
    public List<ProvidedProperty> providedProperties(Block block) {
        return OrderProperties.provided();
    }

    @Override
    public boolean waitsForCustomer(Block block) {
        return true;
    }

    @Override
    public BlockExecutor executor(Block block) {
        return new Executor(this, block);
    }

    /**
     * Lists a page of orders as list rows ("#1042", date and total below) plus a "more" row while older orders
     * exist; the customer taps a row, types the order number or the row's number. Memory: the member, the page
     * shown and the orders on it.
     */
    private static final class Executor implements BlockExecutor {
        private static final String MORE = "more";
        private static final String MEMBER = "member";
        private static final String PAGE = "page";
        private static final String ORDERS = "orders";
        private static final String HAS_NEXT = "hasNext";

        private final LocalizedTemplate prompt;
        private final Template memberId;
        private final int pageSize;
        private final boolean autoSelectSingle;
        private final LocalizedTemplate listButton;
        private final LocalizedTemplate moreLabel;
        private final List<String> moreLabels;

        Executor(SelectOrderBlock type, Block block) {
            this.prompt = type.template(block, "prompt");
            this.memberId = type.plainTemplate(block, "memberId");
            this.pageSize = Math.max(1, Math.min(9, type.integer(block, "pageSize")));
            this.autoSelectSingle = type.bool(block, "autoSelectSingle");
            this.listButton = type.template(block, "listButton");
            this.moreLabel = type.template(block, "moreLabel");
            this.moreLabels = new ArrayList<>(type.text(block, "moreLabel").asMap().values());
        }

        @Override
        public Step enter(BlockContext context) {
            String member = context.render(memberId).strip();
            if (member.isEmpty()) {
                context.problem("noMemberForOrders", memberId.source());
                return Step.port(NO_ORDERS);
            }
            context.remember(MEMBER, member);
            Page<Order> page;
            try {
                page = listPage(context, member, 1);
            } catch (ServiceException e) {
                return Step.port(e.kind() == ServiceException.Kind.NOT_FOUND ? NO_ORDERS : ERROR);
            }
            if (page.items().isEmpty()) {
                return Step.port(NO_ORDERS);
            }
            if (autoSelectSingle && page.items().size() == 1 && !page.hasNext() && page.page() == 1) {
                context.info("singleOrderPicked", page.items().get(0).orderNumber());
                OrderProperties.fill(context, page.items().get(0));
                return Step.port(SELECTED);
            }
            show(context, page, context.render(prompt));
            return Step.waitHere();
        }

        @Override
        public Step resume(BlockContext context, InboundEvent event) {
            if (!event.fromCustomer()) {
                return Step.decline();
            }
            List<Choices.Option> options = new ArrayList<>();
            String listed = context.memory(ORDERS);
            if (listed != null) {
                for (String line : listed.split("\n")) {
                    int tab = line.indexOf('\t');
                    if (tab < 0) {
                        continue;
                    }
                    String number = line.substring(tab + 1);
                    options.add(Choices.Option.of(line.substring(0, tab), "#" + number, number));
                }
            }
            if ("true".equals(context.memory(HAS_NEXT))) {
                options.add(new Choices.Option(MORE, moreLabels));
            }
            String member = context.memory(MEMBER);
            int shownPage = context.memory(PAGE) == null ? 1 : Integer.parseInt(context.memory(PAGE));
            int chosen = Choices.match(options, event);
            try {
                if (chosen < 0) {
                    show(context, listPage(context, member, shownPage), context.engineText("choose.hint"));
                    return Step.waitHere();
                }
                String id = options.get(chosen).id();
                if (MORE.equals(id)) {
                    show(context, listPage(context, member, shownPage + 1), context.render(prompt));
                    return Step.waitHere();
                }
                Optional<Order> order = context.call("ikas", "getOrder", id, () -> context.shop().getOrder(id));
                if (order.isEmpty()) {
                    context.problem("orderNotFound", id);
                    return Step.port(ERROR);
                }
                OrderProperties.fill(context, order.get());
                return Step.port(SELECTED);
            } catch (ServiceException e) {
                return Step.port(ERROR);
            }
        }

        private Page<Order> listPage(BlockContext context, String member, int number) throws ServiceException {
            return context.call("ikas", "listOrders", member + " p" + number,
                    () -> context.shop().listOrders(member, number, pageSize));
        }

        private void show(BlockContext context, Page<Order> page, String text) {
            List<Offers.Offer> rows = new ArrayList<>();
            StringBuilder listed = new StringBuilder();
            for (Order order : page.items()) {
                String date = order.orderedAt() == null ? ""
                        : context.formatDate(order.orderedAt().atZone(context.zone()).toLocalDate());
                String total = order.total() == null ? "" : context.formatMoney(order.total());
                rows.add(new Offers.Offer(order.id(), "#" + order.orderNumber(), context.engineText("order.row", date, total)));
                if (listed.length() > 0) {
                    listed.append('\n');
                }
                listed.append(order.id()).append('\t').append(order.orderNumber());
            }
            if (page.hasNext()) {
                rows.add(new Offers.Offer(MORE, context.render(moreLabel), context.engineText("order.more")));
            }
            context.remember(PAGE, Integer.toString(page.page()));
            context.remember(ORDERS, listed.toString());
            context.remember(HAS_NEXT, Boolean.toString(page.hasNext()));
            context.send(Offers.list(text, context.render(listButton), rows));
        }
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return TEXTS.get(uiLocale, "block.selectOrder.summary", integer(block, "pageSize"));
    }
}
