package dev.akis.engine;

import dev.akis.engine.spi.TurkishPhoneNumbers;

/**
 * What the channel knows when a conversation begins: its id, the channel ("whatsapp", "api", "simulator"),
 * the contact's phone and profile name, the language to speak (null: the flow's default language), and the
 * click-to-WhatsApp source tag when the channel got it from the ad's referral (null otherwise; a tag written
 * in the first message as "Ref: IG_Hoodie_01" is found by the engine itself). A source tag given here fills
 * {@code contact.sourceTag} and routes the conversation's first message to the entry with that tag.
 */
public record ConversationStart(String conversationId, String channel, String contactPhone, String contactName,
                                String language, String sourceTag) {

    public ConversationStart {
        channel = channel == null || channel.isBlank() ? "api" : channel;
        contactPhone = contactPhone == null ? null
                : TurkishPhoneNumbers.normalizeMobile(contactPhone).orElse(contactPhone.strip());
        contactName = contactName == null ? null : contactName.strip();
        sourceTag = sourceTag == null || sourceTag.isBlank() ? null : sourceTag.strip();
    }

    public ConversationStart(String conversationId, String channel, String contactPhone, String contactName,
                             String language) {
        this(conversationId, channel, contactPhone, contactName, language, null);
    }

    public static ConversationStart of(String conversationId, String channel, String contactPhone, String contactName,
                                       String language) {
        return new ConversationStart(conversationId, channel, contactPhone, contactName, language);
    }
}
