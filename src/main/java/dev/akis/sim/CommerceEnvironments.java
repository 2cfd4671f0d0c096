package dev.akis.sim;

import dev.akis.commerce.dataset.DatasetException;
import dev.akis.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import dev.akis.flow.json.FileErrors;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Finds the environment for a dataset name among the installed providers. The built-in dataset "empty" (a
 * shop with no customers, orders or products, carriers that know no parcel) is always there, for flows that do
 * not need shop data.
 */
public final class CommerceEnvironments {

    /** The dataset conversation scripts use when they name none. */
    public static final String DEFAULT_DATASET = "default";

    private static final Messages TEXTS = Messages.bundle("dev.akis.sim.sim");

    private CommerceEnvironments() {
    }

    public static List<CommerceEnvironmentProvider> providers() {
        List<CommerceEnvironmentProvider> providers = new ArrayList<>();
        for (CommerceEnvironmentProvider provider : ServiceLoader.load(CommerceEnvironmentProvider.class)) {
            providers.add(provider);
        }
        providers.add(EmptyCommerceEnvironment.PROVIDER);
        return providers;
    }

    /** Every dataset some provider offers. */
    public static List<String> datasets() {
        List<String> names = new ArrayList<>();
        for (CommerceEnvironmentProvider provider : providers()) {
            for (String name : provider.datasets()) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** True when a dataset is named by a file path (it ends with ".json") rather than by an installed name. */
    public static boolean isDatasetFile(String dataset) {
        return dataset != null && dataset.strip().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Opens a dataset by name, or a dataset file by path (relative to the working directory).
     *
     * @throws NoSuchFileException when a ".json" path names no file
     */
    public static CommerceEnvironment open(String dataset) throws UnknownDatasetException, IOException {
        String name = dataset == null || dataset.isBlank() ? DEFAULT_DATASET : dataset.strip();
        if (isDatasetFile(name) && Files.isDirectory(Path.of(name))) {
            throw new FileSystemException(name, null, "Is a directory");
        }
        if (isDatasetFile(name) && !Files.isRegularFile(Path.of(name))) {
            throw new NoSuchFileException(name);
        }
        for (CommerceEnvironmentProvider provider : providers()) {
            if (provider.opens(name)) {
                return provider.open(name);
            }
        }
        throw new UnknownDatasetException(name, datasets());
    }

    /**
     * Why a dataset could not be opened, in the reader's language: a dataset file with mistakes names the row and
     * its line and column; other failures give the system's message.
     */
    public static String reason(IOException failure, Locale locale) {
        if (failure instanceof NoSuchFileException missing) {
            return TEXTS.get(locale, "dataset.fileNotFound", missing.getFile());
        }
        if (failure.getCause() instanceof DatasetException dataset) {
            return dataset.format(locale);
        }
        if (failure instanceof FileSystemException) {
            return FileErrors.describe(failure, locale);
        }
        return String.valueOf(failure.getMessage());
    }
}
