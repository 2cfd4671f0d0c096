package dev.akis.engine;

import dev.akis.engine.spi.TurkishPhoneNumbers;

/**
 * What the channel knows when a conversation begins: its id, the channel ("whatsapp", "api", "simulator"),
 * the contact's phone and profile name, and the language to speak (null: the flow's default language). The
 * click-to-WhatsApp source tag is not given here: it arrives in the first message ("Ref: IG_Hoodie_01").
 */
public record ConversationStart(String conversationId, String channel, String contactPhone, String contactName,
                                String language) {

    public ConversationStart {
        channel = channel == null || channel.isBlank() ? "api" : channel;
        contactPhone = contactPhone == null ? null
                : TurkishPhoneNumbers.normalizeMobile(contactPhone).orElse(contactPhone.strip());
        contactName = contactName == null ? null : contactName.strip();
    }

    public static ConversationStart of(String conversationId, String channel, String contactPhone, String contactName,
                                       String language) {
        return new ConversationStart(conversationId, channel, contactPhone, contactName, language);
    }
}
