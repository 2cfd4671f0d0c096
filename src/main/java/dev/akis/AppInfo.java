package dev.akis;

/** Name and version of this build, read from the jar manifest (falls back to the development version). */
public final class AppInfo {

    public static final String NAME = "Akış Studio";

    private AppInfo() {
    }

    public static String version() {
        String version = AppInfo.class.getPackage().getImplementationVersion();
        return version == null ? "1.0.0-dev" : version;
    }
}
