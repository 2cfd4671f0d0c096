package dev.akis.blocks.ikas;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
import java.util.List;
import java.util.Locale;

/** Looks the customer up in the shop by e-mail or phone and fills the {@code member.*} properties. */
public final class GetMemberBlock extends BlockType {

    public static final String ID = "getMember";
    public static final String BY_EMAIL = "email";
    public static final String BY_PHONE = "phone";
    public static final String FOUND = "found";
    public static final String NOT_FOUND = "notFound";
    public static final String ERROR = "error";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.choice("lookupBy", BY_EMAIL, BY_PHONE).build(),
            FieldSpec.text("value").required().defaultValue("{contact.email}").build());

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

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        FieldSpec lookupBy = field("lookupBy").orElseThrow();
        return optionLabel(lookupBy, string(block, "lookupBy"), uiLocale) + ": " + string(block, "value");
    }
}
