package dev.akis.engine.message;

/** A plain text, optionally with a picture. */
public record TextMessage(String text, String imageUrl) implements OutgoingMessage {

    public TextMessage {
        text = text == null ? "" : text;
        imageUrl = imageUrl == null || imageUrl.isBlank() ? null : imageUrl;
    }

    public static TextMessage of(String text) {
        return new TextMessage(text, null);
    }

    @Override
    public String readableText() {
        return imageUrl == null ? text : text + "\n" + imageUrl;
    }
}
