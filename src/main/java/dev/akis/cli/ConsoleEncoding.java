package dev.akis.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Lets Turkish letters reach a terminal whose locale is C or POSIX. There Java 17 writes standard output and
 * standard error in US-ASCII, so every ç, ğ, ı, ö, ş and ü prints as "?"; terminals in such a locale (containers,
 * CI logs, ssh sessions without LANG) nearly always show UTF-8, so those two streams are replaced by UTF-8 ones.
 * Windows consoles are left alone: they have a code page of their own, which the JVM already follows. Command-line
 * arguments cannot be fixed the same way: the JVM has decoded them by the locale before {@code main} runs.
 */
public final class ConsoleEncoding {

    private ConsoleEncoding() {
    }

    /** Replaces standard output and error by UTF-8 streams where they would write US-ASCII. */
    public static void useUtf8WhereAscii() {
        String system = System.getProperty("os.name", "");
        if (needsUtf8(system, charsetOf("stdout"))) {
            System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
            // picocli builds its writers with the charset this property names, else the default (US-ASCII here).
            System.setProperty("sun.stdout.encoding", StandardCharsets.UTF_8.name());
        }
        if (needsUtf8(system, charsetOf("stderr"))) {
            System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
            System.setProperty("sun.stderr.encoding", StandardCharsets.UTF_8.name());
        }
    }

    /** True when a stream of this charset on this system would print Turkish letters as "?" and should be UTF-8. */
    static boolean needsUtf8(String operatingSystem, Charset stream) {
        return !operatingSystem.toLowerCase(Locale.ROOT).startsWith("windows") && StandardCharsets.US_ASCII.equals(stream);
    }

    /**
     * The charset the JVM gave a standard stream ({@code "stdout"} or {@code "stderr"}): named by a property where
     * the JVM sets one (Java 19 and later, or a Windows console), else the default charset, as Java 17 does.
     */
    static Charset charsetOf(String stream) {
        for (String property : new String[] {stream + ".encoding", "sun." + stream + ".encoding"}) {
            String name = System.getProperty(property);
            if (name != null && !name.isBlank()) {
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException unknown) {
                    // An unknown name: the JVM could not have used it either; look further.
                }
            }
        }
        return Charset.defaultCharset();
    }
}
