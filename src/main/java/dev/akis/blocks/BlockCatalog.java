package dev.akis.blocks;

import dev.akis.blocks.cargo.TrackShipmentBlock;
import dev.akis.blocks.conversation.AskQuestionBlock;
import dev.akis.blocks.conversation.ConditionBlock;
import dev.akis.blocks.conversation.EndBlock;
import dev.akis.blocks.conversation.HandoffBlock;
import dev.akis.blocks.conversation.JumpBlock;
import dev.akis.blocks.conversation.SendMessageBlock;
import dev.akis.blocks.conversation.SetPropertyBlock;
import dev.akis.blocks.conversation.WaitBlock;
import dev.akis.blocks.ikas.GetMemberBlock;
import dev.akis.blocks.ikas.OrderStatusBlock;
import dev.akis.blocks.ikas.SelectOrderBlock;
import dev.akis.blocks.integration.HttpRequestBlock;
import dev.akis.blocks.sales.CartConfirmationBlock;
import dev.akis.blocks.sales.CashOnDeliveryBlock;
import dev.akis.blocks.sales.ProductListBlock;
import dev.akis.blocks.sales.SendCheckoutLinkBlock;
import dev.akis.i18n.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every block type this build knows, in palette order. Types not listed are "unknown" and kept as they are. */
public final class BlockCatalog {

    private static final BlockCatalog STANDARD = new BlockCatalog(List.of(
            new SendMessageBlock(),
            new AskQuestionBlock(),
            new ConditionBlock(),
            new SetPropertyBlock(),
            new JumpBlock(),
            new WaitBlock(),
            new EndBlock(),
            new HandoffBlock(),
            new GetMemberBlock(),
            new SelectOrderBlock(),
            new OrderStatusBlock(),
            new TrackShipmentBlock(),
            new ProductListBlock(),
            new CartConfirmationBlock(),
            new SendCheckoutLinkBlock(),
            new CashOnDeliveryBlock(),
            new HttpRequestBlock()));

    private final Map<String, BlockType> byId;

    public BlockCatalog(List<BlockType> types) {
        Map<String, BlockType> map = new LinkedHashMap<>();
        for (BlockType type : types) {
            if (map.putIfAbsent(type.id(), type) != null) {
                throw new IllegalArgumentException("Two block types named " + type.id());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    public static BlockCatalog standard() {
        return STANDARD;
    }

    public Optional<BlockType> find(String typeId) {
        return Optional.ofNullable(byId.get(typeId));
    }

    public boolean knows(String typeId) {
        return byId.containsKey(typeId);
    }

    public List<BlockType> all() {
        return List.copyOf(byId.values());
    }

    public List<BlockType> inCategory(BlockCategory category) {
        List<BlockType> types = new ArrayList<>();
        for (BlockType type : byId.values()) {
            if (type.category() == category) {
                types.add(type);
            }
        }
        return types;
    }

    public static String categoryName(BlockCategory category, Locale locale) {
        return BlockType.TEXTS.get(locale, "category." + category.id());
    }

    public static Messages texts() {
        return BlockType.TEXTS;
    }
}
