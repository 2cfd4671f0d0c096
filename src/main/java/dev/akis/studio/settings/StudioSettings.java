package dev.akis.studio.settings;

import dev.akis.flow.json.FlowFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The user's studio settings, kept in {@code settings.properties} in the studio's home folder: interface
 * language ("system", "tr" or "en"), theme ("light" or "dark"), whether the minimap shows, and the recent files.
 * The home folder is {@code akis.home} when set (the tests use it), else {@code ~/.akis-studio}.
 */
public final class StudioSettings {

    public static final String SYSTEM_LANGUAGE = "system";
    public static final int MAX_RECENT = 10;

    private final Path home;
    private String language = SYSTEM_LANGUAGE;
    private String theme = "light";
    private boolean minimap = true;
    private final List<Path> recent = new ArrayList<>();

    private StudioSettings(Path home) {
        this.home = home;
    }

    public static Path defaultHome() {
        String configured = System.getProperty("akis.home");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".akis-studio");
    }

    /** Reads the settings; a missing or unreadable file gives the defaults (and is never overwritten by accident). */
    public static StudioSettings load(Path home) {
        StudioSettings settings = new StudioSettings(home);
        Path file = home.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
                settings.language = properties.getProperty("language", SYSTEM_LANGUAGE);
                settings.theme = properties.getProperty("theme", "light");
                settings.minimap = Boolean.parseBoolean(properties.getProperty("minimap", "true"));
                for (int i = 0; i < MAX_RECENT; i++) {
                    String path = properties.getProperty("recent." + i);
                    if (path != null && !path.isBlank()) {
                        settings.recent.add(Path.of(path));
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("Could not read " + file + ": " + e.getMessage() + " (using defaults)");
            }
        }
        return settings;
    }

    public void save() {
        TreeMap<String, String> values = new TreeMap<>();
        values.put("language", language);
        values.put("theme", theme);
        values.put("minimap", String.valueOf(minimap));
        for (int i = 0; i < recent.size(); i++) {
            values.put("recent." + i, recent.get(i).toString());
        }
        Properties properties = new Properties();
        properties.putAll(values);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "Akış Studio settings");
            FlowFiles.writeAtomically(home.resolve("settings.properties"), text.toString());
        } catch (IOException e) {
            System.err.println("Could not save the settings in " + home + ": " + e.getMessage());
        }
    }

    public Path home() {
        return home;
    }

    public String language() {
        return language;
    }

    public void setLanguage(String value) {
        this.language = value == null ? SYSTEM_LANGUAGE : value;
    }

    public String theme() {
        return theme;
    }

    public boolean isDark() {
        return "dark".equals(theme);
    }

    public void setTheme(String value) {
        this.theme = "dark".equals(value) ? "dark" : "light";
    }

    public boolean showMinimap() {
        return minimap;
    }

    public void setShowMinimap(boolean value) {
        this.minimap = value;
    }

    /** Most recent first. */
    public List<Path> recentFiles() {
        return List.copyOf(recent);
    }

    public void addRecent(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        recent.remove(normalized);
        recent.add(0, normalized);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    public void removeRecent(Path file) {
        recent.remove(file.toAbsolutePath().normalize());
    }
}
