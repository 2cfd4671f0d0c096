package dev.akis.commerce.dataset;

import java.time.Instant;

/**
 * A member (İkas customer) as the dataset stores it. {@code phone} is E.164; {@code persona} may be null, in
 * which case one is generated from the member's orders.
 */
public record MemberRow(String id,
                        String firstName,
                        String lastName,
                        String email,
                        String phone,
                        String preferredLanguage,
                        String city,
                        String district,
                        Instant createdAt,
                        Persona persona) {

    public MemberRow withPersona(Persona value) {
        return new MemberRow(id, firstName, lastName, email, phone, preferredLanguage, city, district, createdAt, value);
    }

    public String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }
}
