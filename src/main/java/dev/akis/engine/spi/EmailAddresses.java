package dev.akis.engine.spi;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks that an answer looks like an e-mail address and gives it trimmed and in lowercase. */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}");

    private EmailAddresses() {
    }

    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.strip();
        if (text.length() > 254 || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(text.toLowerCase(Locale.ROOT));
    }
}
