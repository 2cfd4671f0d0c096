package dev.akis.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Keeps the parts of a document between {@code <!-- generated:NAME -->} and {@code <!-- end:NAME -->} equal to
 * what the code renders: fails when they differ, or rewrites them when run with {@code -Dakis.updateDocs=true}.
 */
final class GeneratedSections {

    private GeneratedSections() {
    }

    static void check(Path doc, Map<String, String> sections) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String updated = text;
        for (Map.Entry<String, String> section : sections.entrySet()) {
            String start = "<!-- generated:" + section.getKey() + " -->\n";
            String end = "<!-- end:" + section.getKey() + " -->";
            int from = updated.indexOf(start);
            int to = updated.indexOf(end);
            assertThat(from).as("marker %s in %s", start.strip(), doc).isNotNegative();
            assertThat(to).as("marker %s in %s", end, doc).isGreaterThan(from);
            updated = updated.substring(0, from + start.length()) + section.getValue() + updated.substring(to);
        }
        if (Boolean.getBoolean("akis.updateDocs") && !updated.equals(text)) {
            Files.writeString(doc, updated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(text).as("%s is out of date; run with -Dakis.updateDocs=true and review", doc).isEqualTo(updated);
    }
}
