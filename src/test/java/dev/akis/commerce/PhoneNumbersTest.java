package dev.akis.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Customers write their phone numbers every which way; the shop stores E.164. */
class PhoneNumbersTest {

    @Test
    void turkishNumbersInEveryUsualSpellingBecomeE164() {
        for (String typed : new String[] {"+90 532 145 67 81", "0532 145 67 81", "05321456781", "532-145-6781",
            "(532) 145 67 81", "905321456781", "0090 532 145 67 81"}) {
            assertThat(PhoneNumbers.toE164(typed)).as(typed).contains("+905321456781");
        }
    }

    @Test
    void foreignNumbersKeepTheirCountryCode() {
        assertThat(PhoneNumbers.toE164("+49 151 12345678")).contains("+4915112345678");
    }

    @Test
    void textThatIsNoPhoneNumberIsNotGuessedAt() {
        assertThat(PhoneNumbers.toE164("yarın ararım")).isEmpty();
        assertThat(PhoneNumbers.toE164("12345")).isEmpty();
        assertThat(PhoneNumbers.toE164(null)).isEmpty();
        assertThat(PhoneNumbers.isE164("05321456781")).isFalse();
        assertThat(PhoneNumbers.isE164("+905321456781")).isTrue();
    }
}
