package dev.akis.commerce.dataset;

/** A member with the number of orders they placed, as the shop reports it. */
public record MemberView(MemberRow member, int orderCount) {
}
