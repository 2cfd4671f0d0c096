package dev.akis.sim;

/** A script names a customer the dataset does not have (or the shop could not be asked). */
public final class UnknownCustomerException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String customer;

    public UnknownCustomerException(String customer) {
        super("Unknown customer: " + customer);
        this.customer = customer;
    }

    public UnknownCustomerException(String customer, Throwable cause) {
        super("Unknown customer: " + customer, cause);
        this.customer = customer;
    }

    public String customer() {
        return customer;
    }
}
