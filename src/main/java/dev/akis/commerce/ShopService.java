package dev.akis.commerce;

import java.util.List;
import java.util.Optional;

/**
 * The shop the bot answers for: members, their orders with packages, and products. Implemented by the İkas
 * GraphQL client (against the live İkas Admin API or the loopback mock) and directly over the H2 dataset.
 */
public interface ShopService {

    Optional<Member> findMemberByEmail(String email) throws ServiceException;

    /** @param phone E.164, e.g. "+905321234567" */
    Optional<Member> findMemberByPhone(String phone) throws ServiceException;

    /** The member's orders, newest first; {@code page} is 1-based. */
    Page<Order> listOrders(String memberId, int page, int limit) throws ServiceException;

    /** One order with its lines and packages. */
    Optional<Order> getOrder(String orderId) throws ServiceException;

    /** The products with these ids, in the same order; unknown ids are skipped. */
    List<Product> getProducts(List<String> productIds) throws ServiceException;
}
