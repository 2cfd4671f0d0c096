package dev.akis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which terminals get UTF-8 instead of the question marks Java 17 prints for Turkish letters. */
class ConsoleEncodingTest {

    @Test
    void onlyAnAsciiTerminalOutsideWindowsIsSwitchedToUtf8() {
        assertThat(ConsoleEncoding.needsUtf8("Linux", StandardCharsets.US_ASCII)).isTrue();
        assertThat(ConsoleEncoding.needsUtf8("Mac OS X", StandardCharsets.US_ASCII)).isTrue();
        assertThat(ConsoleEncoding.needsUtf8("Linux", StandardCharsets.UTF_8)).isFalse();
        assertThat(ConsoleEncoding.needsUtf8("Linux", Charset.forName("ISO-8859-9"))).as("a Turkish terminal").isFalse();
        assertThat(ConsoleEncoding.needsUtf8("Windows 11", StandardCharsets.US_ASCII)).as("a console code page").isFalse();
    }
}
