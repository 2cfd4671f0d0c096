package dev.akis.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Properties every conversation has without a block filling them: who is writing (from the channel), which
 * shop, and the time. The linter accepts placeholders naming them; the engine fills them.
 */
public final class SystemProperties {

    /** The customer's phone in E.164, from the channel (WhatsApp sender). */
    public static final String CONTACT_PHONE = "contact.phone";
    /** The customer's profile name on the channel. */
    public static final String CONTACT_NAME = "contact.name";
    /** The conversation's language ("tr" or "en"). */
    public static final String CONTACT_LANGUAGE = "contact.language";
    /** The source tag of a click-to-WhatsApp entry ("IG_Hoodie_01"), empty otherwise. */
    public static final String CONTACT_SOURCE_TAG = "contact.sourceTag";
    public static final String SHOP_NAME = "shop.name";
    public static final String SHOP_STOREFRONT_URL = "shop.storefrontUrl";
    public static final String CONVERSATION_ID = "conversation.id";
    /** "whatsapp", "api" or "simulator". */
    public static final String CONVERSATION_CHANNEL = "conversation.channel";
    /** Today's date in the shop's time zone, formatted for the conversation's language. */
    public static final String NOW_DATE = "now.date";
    /** The current time (HH:mm) in the shop's time zone. */
    public static final String NOW_TIME = "now.time";

    public static final List<PropertyDeclaration> ALL = List.of(
            PropertyDeclaration.of(CONTACT_PHONE, PropertyType.PHONE),
            PropertyDeclaration.of(CONTACT_NAME, PropertyType.TEXT),
            PropertyDeclaration.of(CONTACT_LANGUAGE, PropertyType.TEXT),
            PropertyDeclaration.of(CONTACT_SOURCE_TAG, PropertyType.TEXT),
            PropertyDeclaration.of(SHOP_NAME, PropertyType.TEXT),
            PropertyDeclaration.of(SHOP_STOREFRONT_URL, PropertyType.URL),
            PropertyDeclaration.of(CONVERSATION_ID, PropertyType.TEXT),
            PropertyDeclaration.of(CONVERSATION_CHANNEL, PropertyType.TEXT),
            PropertyDeclaration.of(NOW_DATE, PropertyType.DATE),
            PropertyDeclaration.of(NOW_TIME, PropertyType.TEXT));

    private static final Map<String, PropertyDeclaration> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(PropertyDeclaration::name, Function.identity()));

    private SystemProperties() {
    }

    public static boolean isSystem(String name) {
        return BY_NAME.containsKey(name);
    }

    public static Optional<PropertyDeclaration> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
