package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A carrier's mapping from its own status codes and texts to the normalized vocabulary: an ordered list of
 * rows, the first matching row wins, nothing matching gives {@link ShipmentStatus#UNKNOWN}. Pure: no clock,
 * no I/O; the derived "delayed" rule is applied afterwards by {@link DelayRule}.
 */
public final class StatusTable {

    private final Carrier carrier;
    private final String codeField;
    private final List<MappingRow> rows;

    private StatusTable(Carrier carrier, String codeField, List<MappingRow> rows) {
        this.carrier = carrier;
        this.codeField = codeField;
        this.rows = List.copyOf(rows);
    }

    public static Builder builder(Carrier carrier, String codeField) {
        return new Builder(carrier, codeField);
    }

    public Carrier carrier() {
        return carrier;
    }

    /** The name of the carrier's field the codes come from ("operationStatus", "DURUM KODU"). */
    public String codeField() {
        return codeField;
    }

    public List<MappingRow> rows() {
        return rows;
    }

    public Optional<MappingRow> firstMatch(RawStatus raw) {
        for (MappingRow row : rows) {
            if (row.matches(raw)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    public MappedStatus map(RawStatus raw) {
        Objects.requireNonNull(raw, "raw");
        return firstMatch(raw)
                .map(row -> new MappedStatus(row.status(), row.subtag(), raw.code(), raw.text()))
                .orElseGet(() -> new MappedStatus(ShipmentStatus.UNKNOWN, null, raw.code(), raw.text()));
    }

    /** Fluent rows: {@code .code("IND").when(textContains("Dağıtıma")).then(OUT_FOR_DELIVERY)}. */
    public static final class Builder {

        private final Carrier carrier;
        private final String codeField;
        private final List<MappingRow> rows = new ArrayList<>();
        private boolean pending;
        private String pendingCode;
        private String pendingAlias;
        private Condition pendingWhen = Condition.always();

        private Builder(Carrier carrier, String codeField) {
            this.carrier = Objects.requireNonNull(carrier, "carrier");
            this.codeField = Objects.requireNonNull(codeField, "codeField");
        }

        /** Starts a row for one raw code. */
        public Builder code(String code) {
            return code(code, null);
        }

        /** Starts a row for one raw code, with the carrier's name for it (matched when the code is missing). */
        public Builder code(String code, String alias) {
            start();
            pendingCode = Objects.requireNonNull(code, "code");
            pendingAlias = alias;
            return this;
        }

        /** Adds a condition to the row being written; without a preceding {@link #code}, the row is for any code. */
        public Builder when(Condition condition) {
            if (!pending) {
                start();
            }
            pendingWhen = pendingWhen.and(condition);
            return this;
        }

        public Builder then(ShipmentStatus status) {
            return finish(status, null);
        }

        /** Ends the row with a subtag under the status: {@code then(FAILED_ATTEMPT, "refused")}. */
        public Builder then(ShipmentStatus status, String subtag) {
            return finish(status, status.id() + "." + subtag);
        }

        public StatusTable build() {
            if (pending) {
                throw new IllegalStateException("A row of the " + carrier + " table has no status");
            }
            return new StatusTable(carrier, codeField, rows);
        }

        private void start() {
            if (pending) {
                throw new IllegalStateException("The previous row of the " + carrier + " table has no status");
            }
            pending = true;
            pendingCode = null;
            pendingAlias = null;
            pendingWhen = Condition.always();
        }

        private Builder finish(ShipmentStatus status, String subtag) {
            if (!pending) {
                throw new IllegalStateException("then() without code() or when() in the " + carrier + " table");
            }
            rows.add(new MappingRow(pendingCode, pendingAlias, pendingWhen, Objects.requireNonNull(status), subtag));
            pending = false;
            return this;
        }
    }
}
