package dev.akis.commerce;

import java.time.Instant;

/** A shop customer account (İkas "Customer"). Phone numbers are E.164 ("+905321234567"). */
public record Member(String id,
                     String firstName,
                     String lastName,
                     String email,
                     String phone,
                     String preferredLanguage,
                     int orderCount,
                     Instant createdAt) {

    public String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }
}
