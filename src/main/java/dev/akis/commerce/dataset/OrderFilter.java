package dev.akis.commerce.dataset;

import java.util.Set;

/** Which orders to find: by ids, member ids or order numbers. A null set does not filter; an empty one matches nothing. */
public record OrderFilter(Set<String> ids, Set<String> memberIds, Set<String> orderNumbers) {

    public static final OrderFilter ALL = new OrderFilter(null, null, null);

    public static OrderFilter byMember(String memberId) {
        return new OrderFilter(null, Set.of(memberId), null);
    }

    public static OrderFilter byId(String id) {
        return new OrderFilter(Set.of(id), null, null);
    }
}
