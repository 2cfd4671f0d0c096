package dev.akis.commerce.mock.carriers;

/** The login a mock carrier accepts (meaning per carrier as in {@code CarrierConfig}). */
public record MockCredentials(String user, String secret, String account) {

    public boolean matches(String otherUser, String otherSecret) {
        return user.equals(otherUser) && secret.equals(otherSecret);
    }
}
