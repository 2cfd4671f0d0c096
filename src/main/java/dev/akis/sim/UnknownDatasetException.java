package dev.akis.sim;

import java.util.List;

/** No installed environment provides the dataset a script or the command line asked for. */
public final class UnknownDatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String dataset;
    private final List<String> available;

    public UnknownDatasetException(String dataset, List<String> available) {
        super("Unknown dataset " + dataset + " (available: " + String.join(", ", available) + ")");
        this.dataset = dataset;
        this.available = List.copyOf(available);
    }

    public String dataset() {
        return dataset;
    }

    public List<String> available() {
        return available;
    }
}
