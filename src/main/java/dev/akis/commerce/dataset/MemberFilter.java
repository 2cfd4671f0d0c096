package dev.akis.commerce.dataset;

import java.util.Set;

/**
 * Which members to find: any of these ids, e-mails (compared without case) or phones (E.164). A null set does
 * not filter; an empty set matches nothing.
 */
public record MemberFilter(Set<String> ids, Set<String> emails, Set<String> phones) {

    public static final MemberFilter ALL = new MemberFilter(null, null, null);

    public static MemberFilter byEmail(String email) {
        return new MemberFilter(null, Set.of(email), null);
    }

    public static MemberFilter byPhone(String phone) {
        return new MemberFilter(null, null, Set.of(phone));
    }

    public static MemberFilter byId(String id) {
        return new MemberFilter(Set.of(id), null, null);
    }
}
