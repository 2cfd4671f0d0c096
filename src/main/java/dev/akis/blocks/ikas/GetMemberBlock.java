package dev.akis.blocks.ikas;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.commerce.Member;
import dev.akis.commerce.ServiceException;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.EmailAddresses;
import dev.akis.engine.spi.PropertyValues;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
import dev.akis.engine.spi.TurkishPhoneNumbers;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks the customer up in the shop by e-mail or phone and fills the {@code member.*} properties. The lookup
 * value defaults to what fits the mode: {@code {contact.email}} by e-mail, {@code {contact.phone}} (the WhatsApp
 * number) by phone.
 */
public final class GetMemberBlock extends BlockType {

    public static final String ID = "getMember";
    public static final String BY_EMAIL = "email";
    public static final String BY_PHONE = "phone";
    public static final String FOUND = "found";
    public static final String NOT_FOUND = "notFound";
    public static final String ERROR = "error";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.choice("lookupBy", BY_EMAIL, BY_PHONE).build(),
            FieldSpec.text("value").required().defaultValue("{contact.email}")
                    .defaultWhen("lookupBy", BY_EMAIL, "{contact.email}")
                    .defaultWhen("lookupBy", BY_PHONE, "{contact.phone}").build());

    private static final List<PortSpec> PORTS = List.of(
            PortSpec.required(FOUND), PortSpec.required(NOT_FOUND), PortSpec.errorPort());

    private static final List<ProvidedProperty> PROVIDED = List.of(
            new ProvidedProperty("member.id", PropertyType.TEXT),
            new ProvidedProperty("member.firstName", PropertyType.TEXT),
            new ProvidedProperty("member.lastName", PropertyType.TEXT),
            new ProvidedProperty("member.fullName", PropertyType.TEXT),
            new ProvidedProperty("member.email", PropertyType.EMAIL),
            new ProvidedProperty("member.phone", PropertyType.PHONE),
            new ProvidedProperty("member.orderCount", PropertyType.NUMBER));

    public GetMemberBlock() {
        super(ID, BlockCategory.IKAS, "mdi2a-account-search-outline");
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
        return PROVIDED;
    }

    /**
     * Looks the customer up (an e-mail in lowercase; a phone normalized to +90... when it is a Turkish mobile)
     * and fills {@code member.*}; "notFound" for no match or an empty value, "error" when the shop fails.
     */
    @Override
    public BlockExecutor executor(Block block) {
        boolean byPhone = BY_PHONE.equals(string(block, "lookupBy"));
        Template value = plainTemplate(block, "value");
        return context -> {
            String key = context.render(value).strip();
            if (key.isEmpty()) {
                context.problem("lookupValueEmpty", value.source());
                return Step.port(NOT_FOUND);
            }
            Optional<Member> member;
            try {
                if (byPhone) {
                    String phone = TurkishPhoneNumbers.normalizeMobile(key).orElse(key);
                    member = context.call("ikas", "findMemberByPhone", phone, () -> context.shop().findMemberByPhone(phone));
                } else {
                    String email = EmailAddresses.normalize(key).orElse(key);
                    member = context.call("ikas", "findMemberByEmail", email, () -> context.shop().findMemberByEmail(email));
                }
            } catch (ServiceException e) {
                return Step.port(e.kind() == ServiceException.Kind.NOT_FOUND ? NOT_FOUND : ERROR);
            }
            if (member.isEmpty()) {
                return Step.port(NOT_FOUND);
            }
            fill(context, member.get());
            return Step.port(FOUND);
        };
    }

    private static void fill(BlockContext context, Member member) {
        context.setProperty("member.id", member.id());
        context.setProperty("member.firstName", member.firstName());
        context.setProperty("member.lastName", member.lastName() == null || member.lastName().isBlank() ? null : member.lastName());
        context.setProperty("member.fullName", member.fullName());
        context.setProperty("member.email", member.email());
        context.setProperty("member.phone", member.phone());
        context.setProperty("member.orderCount", PropertyValues.number(member.orderCount()));
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        FieldSpec lookupBy = field("lookupBy").orElseThrow();
        return optionLabel(lookupBy, string(block, "lookupBy"), uiLocale) + ": " + string(block, "value");
    }
}
