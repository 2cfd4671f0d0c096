package dev.akis.engine.message;

/** A text with one button that opens a web address (tracking page, checkout), optionally under a picture. */
public record LinkButtonMessage(String text, String buttonTitle, String url, String imageUrl) implements OutgoingMessage {

    public LinkButtonMessage {
        text = text == null ? "" : text;
        buttonTitle = buttonTitle == null ? "" : buttonTitle;
        url = url == null ? "" : url;
        imageUrl = imageUrl == null || imageUrl.isBlank() ? null : imageUrl;
    }

    public LinkButtonMessage(String text, String buttonTitle, String url) {
        this(text, buttonTitle, url, null);
    }

    @Override
    public String readableText() {
        return text + "\n" + buttonTitle + " " + url;
    }
}
