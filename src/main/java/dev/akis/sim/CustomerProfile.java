package dev.akis.sim;

import dev.akis.commerce.Member;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShopService;
import dev.akis.engine.spi.EmailAddresses;
import dev.akis.engine.spi.TurkishPhoneNumbers;
import java.util.Optional;

/**
 * Who writes in a simulated conversation, as the channel would know them: a WhatsApp phone and profile name,
 * plus the language the shop has on file for them (null when unknown).
 *
 * @param spec how the script named them ("stranger", an e-mail, a phone)
 */
public record CustomerProfile(String spec, String phone, String name, String preferredLanguage) {

    /** The phone used for a customer the shop does not know. */
    public static final String STRANGER_PHONE = "+905000000000";
    public static final String STRANGER = "stranger";

    /**
     * Resolves a script's {@code customer:} value against the shop: "stranger"; a member's e-mail (which must
     * exist); or a phone, a member's if known, else a stranger writing from that number.
     */
    public static CustomerProfile resolve(ShopService shop, String spec) throws UnknownCustomerException {
        String value = spec == null ? STRANGER : spec.strip();
        if (value.isEmpty() || value.equalsIgnoreCase(STRANGER)) {
            return new CustomerProfile(STRANGER, STRANGER_PHONE, null, null);
        }
        try {
            Optional<String> email = EmailAddresses.normalize(value);
            if (email.isPresent()) {
                Member member = shop.findMemberByEmail(email.get())
                        .orElseThrow(() -> new UnknownCustomerException(value));
                return fromMember(value, member);
            }
            Optional<String> phone = TurkishPhoneNumbers.normalizeMobile(value);
            if (phone.isPresent()) {
                Optional<Member> member = shop.findMemberByPhone(phone.get());
                return member.map(m -> fromMember(value, m))
                        .orElseGet(() -> new CustomerProfile(value, phone.get(), null, null));
            }
        } catch (ServiceException e) {
            throw new UnknownCustomerException(value, e);
        }
        throw new UnknownCustomerException(value);
    }

    private static CustomerProfile fromMember(String spec, Member member) {
        String phone = member.phone() == null || member.phone().isBlank() ? STRANGER_PHONE : member.phone();
        return new CustomerProfile(spec, phone, member.fullName(), member.preferredLanguage());
    }
}
