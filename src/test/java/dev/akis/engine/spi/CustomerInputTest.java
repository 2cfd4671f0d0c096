package dev.akis.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the bot reads what customers type: phones, e-mails, numbers, keywords. */
class CustomerInputTest {

    @ParameterizedTest(name = "a customer writing \"{0}\" gives +905321234567")
    @ValueSource(strings = {"0532 123 45 67", "532-123-4567", "+90 532 1234567", "905321234567", "05321234567",
            "5321234567", "(0532) 123 45 67", "+90 (532) 123-45-67", "0090 532 123 45 67", " 0532.123.45.67 "})
    void turkishMobileNumbersAreStoredInE164(String typed) {
        assertThat(TurkishPhoneNumbers.normalizeMobile(typed)).contains("+905321234567");
    }

    @ParameterizedTest(name = "\"{0}\" is not accepted as a mobile number")
    @ValueSource(strings = {"0212 123 45 67", "0312 444 55 66", "532 123 45", "+44 7911 123456", "905321234",
            "0532 123 45 678", "bilmiyorum", "", "+90 212 123 45 67", "0532-ABC-4567"})
    void landlinesShortAndForeignNumbersAreRefused(String typed) {
        assertThat(TurkishPhoneNumbers.normalizeMobile(typed)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is the e-mail {1}")
    @CsvSource({"ayse.yilmaz@example.com, ayse.yilmaz@example.com", "  Ayse.Yilmaz@Example.COM , ayse.yilmaz@example.com",
            "mehmet+kargo@mail.com.tr, mehmet+kargo@mail.com.tr"})
    void emailAddressesAreTrimmedAndLowercased(String typed, String stored) {
        assertThat(EmailAddresses.normalize(typed)).contains(stored);
    }

    @ParameterizedTest(name = "\"{0}\" is not an e-mail address")
    @ValueSource(strings = {"ayse", "ayse@", "@example.com", "ayse@example", "ayşe yılmaz@example.com", "a@@b.com",
            "ayse..yilmaz@example.com"})
    void notEmailAddressesAreRefused(String typed) {
        assertThat(EmailAddresses.normalize(typed)).isEmpty();
    }

    @ParameterizedTest(name = "in {1}, \"{0}\" reads as {2}")
    @CsvSource(delimiter = ';', value = {"12,5;tr;12.5", "12.5;en;12.5", "12.5;tr;12.5", "1.250;tr;1250",
            "1.250,50;tr;1250.50", "1,250.50;en;1250.50", "1,250;en;1250", "3;tr;3", "-2,75;tr;-2.75", "1 250;tr;1250"})
    void numbersAreReadWithTheLanguagesDecimalSign(String typed, String language, String value) {
        assertThat(NumberInput.parse(typed, language)).hasValueSatisfying(
                number -> assertThat(number).isEqualByComparingTo(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"on iki", "12,5,3.1.1", "12a", "", ","})
    void wordsAreNotNumbers(String typed) {
        assertThat(NumberInput.parse(typed, "tr")).isEmpty();
    }

    @ParameterizedTest(name = "keyword \"sipariş\" is found in \"{0}\"")
    @ValueSource(strings = {"Siparişim nerede?", "SİPARİŞİM NEREDE", "siparisim nerede", "SIPARIS", "yeni sipariş vermek istiyorum"})
    void keywordsIgnoreCaseDottedIAndTurkishLetters(String typed) {
        assertThat(TextMatching.containsWordStart(TextMatching.fold(typed), TextMatching.fold("sipariş"))).isTrue();
    }

    @ParameterizedTest(name = "keyword \"kargo\" is not found in \"{0}\"")
    @ValueSource(strings = {"ekargo yok", "kar", "merhaba"})
    void keywordsMatchAtTheStartOfAWord(String typed) {
        assertThat(TextMatching.containsWordStart(TextMatching.fold(typed), TextMatching.fold("kargo"))).isFalse();
    }
}
