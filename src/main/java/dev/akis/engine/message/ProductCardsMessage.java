package dev.akis.engine.message;

import java.util.List;

/** Product cards: name, variant, price and stock, with a picture. */
public record ProductCardsMessage(String text, List<Card> cards) implements OutgoingMessage {

    public ProductCardsMessage {
        text = text == null ? "" : text;
        cards = List.copyOf(cards);
    }

    @Override
    public String readableText() {
        StringBuilder out = new StringBuilder(text);
        for (Card card : cards) {
            out.append('\n').append(card.name());
            if (!card.variant().isEmpty()) {
                out.append(" (").append(card.variant()).append(')');
            }
            out.append(" · ").append(card.price()).append(" · ").append(card.stockLabel());
        }
        return out.toString();
    }

    /**
     * One product or variant.
     *
     * @param price      formatted for the conversation's language ("749,90 TL")
     * @param stock      units in stock
     * @param stockLabel "Stokta" / "In stock" / "Tükendi"...
     */
    public record Card(String productId, String variantId, String name, String variant, String price, int stock,
                       String stockLabel, String imageUrl) {
        public Card {
            variant = variant == null ? "" : variant;
            stockLabel = stockLabel == null ? "" : stockLabel;
        }
    }
}
