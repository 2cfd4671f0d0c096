package dev.akis.commerce.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.flow.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The mock shop's data in an in-memory H2 database: loads a dataset into a real schema (indexed on e-mail,
 * phone, member and order date, tracking number), answers the queries of the shop services and the mock İkas
 * server with prepared statements, and lets the studio's data view browse, edit, reset, reload and export it.
 * Every change is validated as a whole dataset first, so the data stays loadable; a rejected change or file
 * leaves the current data untouched. All SQL of the application lives here.
 */
public final class ShopDatabase implements AutoCloseable {

    private static final String[] SCHEMA = {
        "CREATE TABLE shop_info (id INT PRIMARY KEY, name VARCHAR NOT NULL, storefront_url VARCHAR, "
            + "currency CHAR(3) NOT NULL, reference_time TIMESTAMP WITH TIME ZONE NOT NULL)",
        "CREATE TABLE members (id VARCHAR(64) PRIMARY KEY, position INT NOT NULL, first_name VARCHAR NOT NULL, "
            + "last_name VARCHAR, email VARCHAR NOT NULL, email_key VARCHAR NOT NULL, phone VARCHAR(16) NOT NULL, "
            + "preferred_language VARCHAR(5) NOT NULL, city VARCHAR, district VARCHAR, "
            + "created_at TIMESTAMP WITH TIME ZONE NOT NULL, persona_tr VARCHAR, persona_en VARCHAR)",
        "CREATE UNIQUE INDEX members_email ON members(email_key)",
        "CREATE UNIQUE INDEX members_phone ON members(phone)",
        "CREATE TABLE products (id VARCHAR(64) PRIMARY KEY, position INT NOT NULL, name VARCHAR NOT NULL, "
            + "description VARCHAR, tags VARCHAR ARRAY NOT NULL, variant_types VARCHAR ARRAY NOT NULL, "
            + "alternatives VARCHAR ARRAY NOT NULL)",
        "CREATE TABLE variants (id VARCHAR(64) PRIMARY KEY, product_id VARCHAR(64) NOT NULL REFERENCES products(id), "
            + "position INT NOT NULL, name VARCHAR NOT NULL, sku VARCHAR, price DECIMAL(12,2) NOT NULL, "
            + "stock INT NOT NULL)",
        "CREATE INDEX variants_product ON variants(product_id, position)",
        "CREATE TABLE orders (id VARCHAR(64) PRIMARY KEY, position INT NOT NULL, order_number VARCHAR(32) NOT NULL UNIQUE, "
            + "member_id VARCHAR(64) NOT NULL REFERENCES members(id), ordered_at TIMESTAMP WITH TIME ZONE NOT NULL, "
            + "status VARCHAR NOT NULL, payment_status VARCHAR NOT NULL, package_status VARCHAR NOT NULL, "
            + "payment_method VARCHAR NOT NULL, shipping_price DECIMAL(12,2) NOT NULL, shipping_city VARCHAR, "
            + "shipping_district VARCHAR)",
        "CREATE INDEX orders_member_time ON orders(member_id, ordered_at DESC, id DESC)",
        "CREATE TABLE order_lines (id VARCHAR(64) PRIMARY KEY, order_id VARCHAR(64) NOT NULL REFERENCES orders(id), "
            + "position INT NOT NULL, variant_id VARCHAR(64) NOT NULL REFERENCES variants(id), quantity INT NOT NULL, "
            + "unit_price DECIMAL(12,2) NOT NULL, discount DECIMAL(12,2) NOT NULL, status VARCHAR NOT NULL, "
            // Copies of the variant's and product's names, written with the line (every change rewrites all rows),
            // so reading an order needs no joins.
            + "product_id VARCHAR(64), product_name VARCHAR, variant_name VARCHAR, sku VARCHAR, variant_types VARCHAR ARRAY)",
        "CREATE INDEX order_lines_order ON order_lines(order_id, position)",
        "CREATE TABLE packages (id VARCHAR(64) PRIMARY KEY, order_id VARCHAR(64) NOT NULL REFERENCES orders(id), "
            + "position INT NOT NULL, package_number VARCHAR(40) NOT NULL, line_ids VARCHAR ARRAY NOT NULL, "
            + "fulfill_status VARCHAR NOT NULL, carrier_code VARCHAR(32), cargo_company VARCHAR, "
            + "tracking_number VARCHAR(64), tracking_link VARCHAR)",
        "CREATE INDEX packages_order ON packages(order_id, position)",
        "CREATE INDEX packages_tracking ON packages(tracking_number)",
        "CREATE TABLE parcels (id INT PRIMARY KEY, position INT NOT NULL, carrier_code VARCHAR(32) NOT NULL, "
            + "tracking_number VARCHAR(64) NOT NULL, estimated_delivery DATE, "
            + "attributes VARCHAR NOT NULL, UNIQUE (carrier_code, tracking_number))",
        "CREATE INDEX parcels_tracking ON parcels(tracking_number)",
        "CREATE TABLE parcel_events (parcel_id INT NOT NULL REFERENCES parcels(id), position INT NOT NULL, "
            + "at TIMESTAMP WITH TIME ZONE NOT NULL, code VARCHAR NOT NULL, text VARCHAR NOT NULL, location VARCHAR, "
            + "attributes VARCHAR NOT NULL, PRIMARY KEY (parcel_id, position))",
    };

    private static final String MEMBER_COLUMNS = "m.id, m.first_name, m.last_name, m.email, m.phone, "
            + "m.preferred_language, m.city, m.district, m.created_at, m.persona_tr, m.persona_en, "
            + "(SELECT COUNT(*) FROM orders o WHERE o.member_id = m.id) AS order_count";
    private static final String ORDER_COLUMNS = "o.id, o.order_number, o.member_id, o.ordered_at, o.status, "
            + "o.payment_status, o.package_status, o.payment_method, o.shipping_price, o.shipping_city, "
            + "o.shipping_district";
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final String url;
    private final JdbcConnectionPool pool;
    /** Connections with the shop services' lookups prepared once, lent to one thread at a time. */
    private final ConcurrentLinkedDeque<PreparedReads> readers = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;
    private final Object writeLock = new Object();
    private final AtomicLong revision = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile ShopDataset loaded;
    private volatile String loadedFrom;

    private ShopDatabase(ShopDataset dataset, String source) {
        this.url = "jdbc:h2:mem:akis-shop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64";
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(32);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            pool.dispose();
            throw new IllegalStateException("Cannot create the mock shop database", e);
        }
        this.loaded = dataset;
        this.loadedFrom = source;
        writeAll(dataset);
    }

    /** A database holding {@code dataset}, which must be valid (as {@link DatasetReader} returns them). */
    public static ShopDatabase open(ShopDataset dataset) {
        return new ShopDatabase(dataset, null);
    }

    /** A database holding the dataset shipped with Akış Studio. */
    public static ShopDatabase openDefault() {
        return new ShopDatabase(DatasetReader.readDefault(), null);
    }

    /** A database holding the dataset in {@code file}. */
    public static ShopDatabase open(Path file) throws DatasetException {
        return new ShopDatabase(new DatasetReader().read(file), file.toString());
    }

    // ------------------------------------------------------------------------------ loading, reset, export

    /** The dataset last loaded (what {@link #reset()} returns to). */
    public ShopDataset loaded() {
        return loaded;
    }

    /** The file the loaded dataset came from, or null for the default dataset or one given in code. */
    public String loadedFrom() {
        return loadedFrom;
    }

    /** Counts changes (loads, resets, edits) so views know when to refresh. */
    public long revision() {
        return revision.get();
    }

    /** Called after every change, on the thread that made it. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Throws away every edit and goes back to the dataset last loaded. */
    public void reset() {
        synchronized (writeLock) {
            writeAll(loaded);
        }
        changed();
    }

    /**
     * Loads another dataset file instead of the current data. A file with problems is refused with all of them
     * and the current data stays as it was.
     */
    public void load(Path file) throws DatasetException {
        ShopDataset dataset = new DatasetReader().read(file);
        synchronized (writeLock) {
            writeAll(dataset);
            loaded = dataset;
            loadedFrom = file.toString();
        }
        changed();
    }

    /** Loads a dataset given in code, after checking it; on problems nothing changes. */
    public void load(ShopDataset dataset) throws DatasetException {
        check(dataset);
        synchronized (writeLock) {
            writeAll(dataset);
            loaded = dataset;
            loadedFrom = null;
        }
        changed();
    }

    /** The current data, edits included, as a dataset (rows in their original order). */
    public ShopDataset snapshot() {
        try (Connection connection = pool.getConnection()) {
            // One repeatable-read transaction, so an edit committed meanwhile is seen entirely or not at all.
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                ShopDataset data = readAll(connection);
                connection.commit();
                return data;
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Writes the current data, edits included, to a dataset file, atomically (the old file is kept as .bak). */
    public void export(Path file) throws IOException {
        new DatasetWriter().write(snapshot(), file);
    }

    public Instant referenceTime() {
        return loaded.referenceTime();
    }

    public ShopInfo shop() {
        return loaded.shop();
    }

    // --------------------------------------------------------------------------------------------- queries

    /** Members matching {@code filter}, in dataset order, one page of them (1-based page). */
    public Slice<MemberView> findMembers(MemberFilter filter, int page, int limit, boolean withTotal) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> params = new ArrayList<>();
        if (!appendIn(where, params, "m.id", filter.ids(), false)
                || !appendIn(where, params, "m.email_key", filter.emails(), true)
                || !appendIn(where, params, "m.phone", filter.phones(), false)) {
            return new Slice<>(List.of(), withTotal ? 0 : -1);
        }
        String sql = "SELECT " + MEMBER_COLUMNS + " FROM members m" + where + " ORDER BY m.position LIMIT ? OFFSET ?";
        try (Connection connection = pool.getConnection()) {
            List<MemberView> members = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, sql, params, limit, (long) (page - 1) * limit);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    members.add(new MemberView(member(rows), rows.getInt("order_count")));
                }
            }
            int total = withTotal ? count(connection, "SELECT COUNT(*) FROM members m" + where, params) : -1;
            return new Slice<>(members, total);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public Optional<MemberView> findMember(MemberFilter filter) {
        if (filter.ids() == null && filter.phones() == null && filter.emails() != null && filter.emails().size() == 1) {
            String email = emailKey(filter.emails().iterator().next());
            return read(reads -> reads.member(reads.memberByEmail, email));
        }
        if (filter.ids() == null && filter.emails() == null && filter.phones() != null && filter.phones().size() == 1) {
            String phone = filter.phones().iterator().next();
            return read(reads -> reads.member(reads.memberByPhone, phone));
        }
        return findMembers(filter, 1, 1, false).items().stream().findFirst();
    }

    /** Orders matching {@code filter}, newest first (or oldest first), one page with their lines and packages. */
    public Slice<OrderView> findOrders(OrderFilter filter, boolean newestFirst, int page, int limit, boolean withTotal) {
        if (newestFirst && filter.ids() == null && filter.orderNumbers() == null && filter.memberIds() != null
                && filter.memberIds().size() == 1 && page >= 1 && limit >= 1 && limit < Integer.MAX_VALUE) {
            String member = filter.memberIds().iterator().next();
            return read(reads -> reads.ordersOf(member, page, limit, withTotal));
        }
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> params = new ArrayList<>();
        if (!appendIn(where, params, "o.id", filter.ids(), false)
                || !appendIn(where, params, "o.member_id", filter.memberIds(), false)
                || !appendIn(where, params, "o.order_number", filter.orderNumbers(), false)) {
            return new Slice<>(List.of(), withTotal ? 0 : -1);
        }
        String direction = newestFirst ? "DESC" : "ASC";
        String sql = "SELECT " + ORDER_COLUMNS + " FROM orders o" + where + " ORDER BY o.ordered_at " + direction
                + ", o.id " + direction + " LIMIT ? OFFSET ?";
        try (Connection connection = pool.getConnection()) {
            List<OrderRow> heads = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, sql, params, limit, (long) (page - 1) * limit);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    heads.add(orderHead(rows));
                }
            }
            List<OrderView> orders = completeOrders(connection, heads);
            int total = withTotal ? count(connection, "SELECT COUNT(*) FROM orders o" + where, params) : -1;
            return new Slice<>(orders, total);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public Optional<OrderView> findOrder(String orderId) {
        return read(reads -> reads.order(orderId));
    }

    /** The products with these ids, in the order asked; unknown ids are skipped. */
    public List<ProductRow> findProducts(Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> params = new ArrayList<>();
        appendIn(where, params, "p.id", Set.copyOf(productIds), false);
        try (Connection connection = pool.getConnection()) {
            Map<String, ProductRow> found = readProducts(connection, where.toString(), params);
            List<ProductRow> ordered = new ArrayList<>();
            for (String id : productIds) {
                ProductRow product = found.get(id);
                if (product != null && !ordered.contains(product)) {
                    ordered.add(product);
                }
            }
            return ordered;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every product, in dataset order. */
    public List<ProductRow> products() {
        try (Connection connection = pool.getConnection()) {
            return new ArrayList<>(readProducts(connection, "", List.of()).values());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Products carrying {@code tag} (e.g. the click-to-WhatsApp source tag "IG_Hoodie_01"), in dataset order. */
    public List<ProductRow> productsTagged(String tag) {
        return products().stream().filter(p -> p.tags().contains(tag)).toList();
    }

    /** A parcel's raw history as its carrier keeps it. */
    public Optional<ParcelRecord> findParcel(Carrier carrier, String trackingNumber) {
        return read(reads -> reads.parcel(carrier, trackingNumber));
    }

    // ---------------------------------------------------------------------------------------- data view

    /** Every member with order count, persona and order traits, in dataset order. */
    public List<MemberSummary> members() {
        ShopDataset current = snapshot();
        Map<String, Persona> generated = Personas.describeAll(current);
        Map<String, Set<Personas.Trait>> traits = Personas.traitsAll(current);
        Map<String, Integer> counts = new LinkedHashMap<>();
        current.orders().forEach(o -> counts.merge(o.memberId(), 1, Integer::sum));
        return current.members().stream().map(m -> new MemberSummary(m, counts.getOrDefault(m.id(), 0),
                m.persona() != null ? m.persona() : generated.get(m.id()), traits.get(m.id()))).toList();
    }

    /** The persona the member's current data supports (useful after edits made the stored one stale). */
    public Persona suggestedPersona(String memberId) {
        Persona persona = Personas.describeAll(snapshot()).get(memberId);
        if (persona == null) {
            throw new IllegalArgumentException("No member " + memberId);
        }
        return persona;
    }

    /** All of a member's orders, newest first. */
    public List<OrderView> ordersOf(String memberId) {
        return findOrders(OrderFilter.byMember(memberId), true, 1, Integer.MAX_VALUE, false).items();
    }

    /** Every parcel, in dataset order. */
    public List<ParcelRecord> parcels() {
        return snapshot().parcels();
    }

    /** Replaces the member with the same id (names, e-mail, phone, language, city, persona...). */
    public void updateMember(MemberRow member) throws DatasetException {
        edit(data -> new ShopDataset(data.referenceTime(), data.shop(),
                replace(data.members(), member, MemberRow::id, member.id(), "member"), data.products(),
                data.orders(), data.parcels()));
    }

    /** Changes an order's İkas statuses. */
    public void updateOrderStatuses(String orderId, String status, String paymentStatus, String packageStatus)
            throws DatasetException {
        edit(data -> withOrder(data, orderId, order -> order.withStatuses(status, paymentStatus, packageStatus)));
    }

    /** Replaces the package with the same id in the order (status, carrier, tracking number and link...). */
    public void updatePackage(String orderId, PackageRow pkg) throws DatasetException {
        edit(data -> withOrder(data, orderId,
                order -> order.withPackages(replace(order.packages(), pkg, PackageRow::id, pkg.id(), "package"))));
    }

    /** Sets how many of a variant are in stock. */
    public void updateStock(String variantId, int stock) throws DatasetException {
        if (stock < 0) {
            throw new IllegalArgumentException("Stock cannot be negative: " + stock);
        }
        edit(data -> {
            boolean found = false;
            List<ProductRow> products = new ArrayList<>();
            for (ProductRow product : data.products()) {
                List<VariantRow> variants = new ArrayList<>();
                for (VariantRow variant : product.variants()) {
                    if (variant.id().equals(variantId)) {
                        variant = new VariantRow(variant.id(), variant.name(), variant.sku(), variant.price(), stock);
                        found = true;
                    }
                    variants.add(variant);
                }
                products.add(new ProductRow(product.id(), product.name(), product.description(), product.tags(),
                        product.variantTypes(), variants, product.alternatives()));
            }
            if (!found) {
                throw new IllegalArgumentException("No variant " + variantId);
            }
            return new ShopDataset(data.referenceTime(), data.shop(), data.members(), products, data.orders(),
                    data.parcels());
        });
    }

    /** Replaces a parcel (dates, attributes and its whole event history), found by carrier and tracking number. */
    public void updateParcel(ParcelRecord parcel) throws DatasetException {
        edit(data -> {
            List<ParcelRecord> parcels = new ArrayList<>(data.parcels());
            int index = indexOfParcel(parcels, parcel.carrier(), parcel.trackingNumber());
            parcels.set(index, parcel);
            return new ShopDataset(data.referenceTime(), data.shop(), data.members(), data.products(), data.orders(),
                    parcels);
        });
    }

    /** Adds a carrier event at the end of a parcel's history (it must not be older than the last one). */
    public void addParcelEvent(Carrier carrier, String trackingNumber, ParcelEvent event) throws DatasetException {
        ParcelRecord parcel = findParcel(carrier, trackingNumber)
                .orElseThrow(() -> new IllegalArgumentException("No parcel " + carrier.code() + " " + trackingNumber));
        List<ParcelEvent> events = new ArrayList<>(parcel.events());
        events.add(event);
        updateParcel(new ParcelRecord(carrier, trackingNumber, parcel.estimatedDelivery(),
                parcel.attributes(), events));
    }

    /** Removes the event at {@code index} (0 = oldest) from a parcel's history. */
    public void removeParcelEvent(Carrier carrier, String trackingNumber, int index) throws DatasetException {
        ParcelRecord parcel = findParcel(carrier, trackingNumber)
                .orElseThrow(() -> new IllegalArgumentException("No parcel " + carrier.code() + " " + trackingNumber));
        List<ParcelEvent> events = new ArrayList<>(parcel.events());
        events.remove(index);
        updateParcel(new ParcelRecord(carrier, trackingNumber, parcel.estimatedDelivery(),
                parcel.attributes(), events));
    }

    @Override
    public void close() {
        closed = true;
        for (PreparedReads reads = readers.pollFirst(); reads != null; reads = readers.pollFirst()) {
            reads.close();
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed: nothing left to release.
        } finally {
            pool.dispose();
        }
    }

    // ------------------------------------------------------------------------------------------- editing

    private void edit(UnaryOperator<ShopDataset> change) throws DatasetException {
        synchronized (writeLock) {
            ShopDataset changed = change.apply(snapshot());
            check(changed);
            writeAll(changed);
        }
        changed();
    }

    private static void check(ShopDataset dataset) throws DatasetException {
        List<DatasetProblem> problems = new DatasetValidator().validate(dataset);
        if (!problems.isEmpty()) {
            throw new DatasetException(null, problems);
        }
    }

    private void changed() {
        revision.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    private static ShopDataset withOrder(ShopDataset data, String orderId, UnaryOperator<OrderRow> change) {
        List<OrderRow> orders = new ArrayList<>(data.orders());
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id().equals(orderId)) {
                orders.set(i, change.apply(orders.get(i)));
                return new ShopDataset(data.referenceTime(), data.shop(), data.members(), data.products(), orders,
                        data.parcels());
            }
        }
        throw new IllegalArgumentException("No order " + orderId);
    }

    private static <T> List<T> replace(List<T> rows, T row, java.util.function.Function<T, String> id, String wanted,
                                       String what) {
        List<T> copy = new ArrayList<>(rows);
        for (int i = 0; i < copy.size(); i++) {
            if (id.apply(copy.get(i)).equals(wanted)) {
                copy.set(i, row);
                return copy;
            }
        }
        throw new IllegalArgumentException("No " + what + " " + wanted);
    }

    private static int indexOfParcel(List<ParcelRecord> parcels, Carrier carrier, String trackingNumber) {
        for (int i = 0; i < parcels.size(); i++) {
            if (parcels.get(i).carrier() == carrier && parcels.get(i).trackingNumber().equals(trackingNumber)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No parcel " + carrier.code() + " " + trackingNumber);
    }

    // ----------------------------------------------------------------------------------- writing to H2

    private void writeAll(ShopDataset data) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    for (String table : List.of("parcel_events", "parcels", "packages", "order_lines", "orders",
                            "variants", "products", "members", "shop_info")) {
                        statement.execute("DELETE FROM " + table);
                    }
                }
                insertAll(connection, data);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void insertAll(Connection connection, ShopDataset data) throws SQLException {
        try (PreparedStatement shop = connection.prepareStatement(
                "INSERT INTO shop_info (id, name, storefront_url, currency, reference_time) VALUES (1, ?, ?, ?, ?)")) {
            shop.setString(1, data.shop().name());
            shop.setString(2, data.shop().storefrontUrl());
            shop.setString(3, data.shop().currency());
            shop.setObject(4, time(data.referenceTime()));
            shop.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO members (id, position, first_name, "
                + "last_name, email, email_key, phone, preferred_language, city, district, created_at, persona_tr, "
                + "persona_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (MemberRow m : data.members()) {
                insert.setString(1, m.id());
                insert.setInt(2, position++);
                insert.setString(3, m.firstName());
                insert.setString(4, m.lastName());
                insert.setString(5, m.email());
                insert.setString(6, emailKey(m.email()));
                insert.setString(7, m.phone());
                insert.setString(8, m.preferredLanguage());
                insert.setString(9, m.city());
                insert.setString(10, m.district());
                insert.setObject(11, time(m.createdAt()));
                insert.setString(12, m.persona() == null ? null : m.persona().tr());
                insert.setString(13, m.persona() == null ? null : m.persona().en());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement product = connection.prepareStatement("INSERT INTO products (id, position, name, "
                + "description, tags, variant_types, alternatives) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement variant = connection.prepareStatement("INSERT INTO variants (id, product_id, position, "
                     + "name, sku, price, stock) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ProductRow p : data.products()) {
                product.setString(1, p.id());
                product.setInt(2, position++);
                product.setString(3, p.name());
                product.setString(4, p.description());
                product.setObject(5, p.tags().toArray(new String[0]));
                product.setObject(6, p.variantTypes().toArray(new String[0]));
                product.setObject(7, p.alternatives().toArray(new String[0]));
                product.addBatch();
                int variantPosition = 0;
                for (VariantRow v : p.variants()) {
                    variant.setString(1, v.id());
                    variant.setString(2, p.id());
                    variant.setInt(3, variantPosition++);
                    variant.setString(4, v.name());
                    variant.setString(5, v.sku());
                    variant.setBigDecimal(6, v.price());
                    variant.setInt(7, v.stock());
                    variant.addBatch();
                }
            }
            product.executeBatch();
            variant.executeBatch();
        }
        try (PreparedStatement order = connection.prepareStatement("INSERT INTO orders (id, position, order_number, "
                + "member_id, ordered_at, status, payment_status, package_status, payment_method, shipping_price, "
                + "shipping_city, shipping_district) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement line = connection.prepareStatement("INSERT INTO order_lines (id, order_id, position, "
                     + "variant_id, quantity, unit_price, discount, status, product_id, product_name, variant_name, sku, "
                     + "variant_types) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pkg = connection.prepareStatement("INSERT INTO packages (id, order_id, position, "
                     + "package_number, line_ids, fulfill_status, carrier_code, cargo_company, tracking_number, "
                     + "tracking_link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Map<String, ProductRow> productOfVariant = new HashMap<>();
            Map<String, VariantRow> variantById = new HashMap<>();
            for (ProductRow product : data.products()) {
                for (VariantRow variant : product.variants()) {
                    productOfVariant.put(variant.id(), product);
                    variantById.put(variant.id(), variant);
                }
            }
            int position = 0;
            for (OrderRow o : data.orders()) {
                order.setString(1, o.id());
                order.setInt(2, position++);
                order.setString(3, o.orderNumber());
                order.setString(4, o.memberId());
                order.setObject(5, time(o.orderedAt()));
                order.setString(6, o.status());
                order.setString(7, o.paymentStatus());
                order.setString(8, o.packageStatus());
                order.setString(9, o.paymentMethod());
                order.setBigDecimal(10, o.shippingPrice());
                order.setString(11, o.shippingCity());
                order.setString(12, o.shippingDistrict());
                order.addBatch();
                int linePosition = 0;
                for (LineRow l : o.lines()) {
                    line.setString(1, l.id());
                    line.setString(2, o.id());
                    line.setInt(3, linePosition++);
                    line.setString(4, l.variantId());
                    line.setInt(5, l.quantity());
                    line.setBigDecimal(6, l.unitPrice());
                    line.setBigDecimal(7, l.discount());
                    line.setString(8, l.status());
                    ProductRow product = productOfVariant.get(l.variantId());
                    VariantRow variant = product == null ? null : variantById.get(l.variantId());
                    line.setString(9, product == null ? null : product.id());
                    line.setString(10, product == null ? null : product.name());
                    line.setString(11, variant == null ? null : variant.name());
                    line.setString(12, variant == null ? null : variant.sku());
                    line.setObject(13, product == null ? null : product.variantTypes().toArray(new String[0]));
                    line.addBatch();
                }
                int packagePosition = 0;
                for (PackageRow p : o.packages()) {
                    pkg.setString(1, p.id());
                    pkg.setString(2, o.id());
                    pkg.setInt(3, packagePosition++);
                    pkg.setString(4, p.number());
                    pkg.setObject(5, p.lineIds().toArray(new String[0]));
                    pkg.setString(6, p.fulfillStatus());
                    pkg.setString(7, p.carrier() == null ? null : p.carrier().code());
                    pkg.setString(8, p.cargoCompany());
                    pkg.setString(9, p.trackingNumber());
                    pkg.setString(10, p.trackingLink());
                    pkg.addBatch();
                }
            }
            order.executeBatch();
            line.executeBatch();
            pkg.executeBatch();
        }
        try (PreparedStatement parcel = connection.prepareStatement("INSERT INTO parcels (id, position, carrier_code, "
                + "tracking_number, estimated_delivery, attributes) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement event = connection.prepareStatement("INSERT INTO parcel_events (parcel_id, position, at, "
                     + "code, text, location, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int id = 0;
            for (ParcelRecord p : data.parcels()) {
                id++;
                parcel.setInt(1, id);
                parcel.setInt(2, id);
                parcel.setString(3, p.carrier().code());
                parcel.setString(4, p.trackingNumber());
                parcel.setObject(5, p.estimatedDelivery());
                parcel.setString(6, json(p.attributes()));
                parcel.addBatch();
                int eventPosition = 0;
                for (ParcelEvent e : p.events()) {
                    event.setInt(1, id);
                    event.setInt(2, eventPosition++);
                    event.setObject(3, time(e.at()));
                    event.setString(4, e.code());
                    event.setString(5, e.text());
                    event.setString(6, e.location());
                    event.setString(7, json(e.attributes()));
                    event.addBatch();
                }
            }
            parcel.executeBatch();
            event.executeBatch();
        }
    }

    // ---------------------------------------------------------------------------------- reading from H2

    private ShopDataset readAll(Connection connection) throws SQLException {
        ShopInfo shop;
        Instant referenceTime;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, storefront_url, currency, reference_time FROM shop_info")) {
            rows.next();
            shop = new ShopInfo(rows.getString(1), rows.getString(2), rows.getString(3));
            referenceTime = instant(rows, 4);
        }
        List<MemberRow> members = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + MEMBER_COLUMNS + " FROM members m ORDER BY m.position")) {
            while (rows.next()) {
                members.add(member(rows));
            }
        }
        List<ProductRow> products = new ArrayList<>(readProducts(connection, "", List.of()).values());
        List<OrderRow> heads = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + ORDER_COLUMNS + " FROM orders o ORDER BY o.position")) {
            while (rows.next()) {
                heads.add(orderHead(rows));
            }
        }
        List<OrderRow> orders = completeOrders(connection, heads).stream().map(OrderView::order).toList();
        List<ParcelRecord> parcels = new ArrayList<>();
        Map<Integer, List<ParcelEvent>> events = readEvents(connection, "", List.of());
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, carrier_code, tracking_number, "
                     + "estimated_delivery, attributes FROM parcels ORDER BY position")) {
            while (rows.next()) {
                parcels.add(parcelHead(rows, events.getOrDefault(rows.getInt("id"), List.of())));
            }
        }
        return new ShopDataset(referenceTime, shop, members, products, orders, parcels);
    }

    private static MemberRow member(ResultSet rows) throws SQLException {
        String tr = rows.getString("persona_tr");
        String en = rows.getString("persona_en");
        return new MemberRow(rows.getString("id"), rows.getString("first_name"), rows.getString("last_name"),
                rows.getString("email"), rows.getString("phone"), rows.getString("preferred_language"),
                rows.getString("city"), rows.getString("district"), instant(rows, "created_at"),
                tr == null && en == null ? null : new Persona(tr, en));
    }

    private static OrderRow orderHead(ResultSet rows) throws SQLException {
        return new OrderRow(rows.getString("id"), rows.getString("order_number"), rows.getString("member_id"),
                instant(rows, "ordered_at"), rows.getString("status"), rows.getString("payment_status"),
                rows.getString("package_status"), rows.getString("payment_method"),
                rows.getBigDecimal("shipping_price"), rows.getString("shipping_city"),
                rows.getString("shipping_district"), List.of(), List.of());
    }

    /** Adds lines (joined with their products) and packages to order heads, in two queries. */
    private static List<OrderView> completeOrders(Connection connection, List<OrderRow> heads) throws SQLException {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, List<LineView>> lines = new LinkedHashMap<>();
        Map<String, List<PackageRow>> packages = new LinkedHashMap<>();
        StringBuilder in = new StringBuilder();
        List<Object> ids = new ArrayList<>();
        for (OrderRow head : heads) {
            in.append(in.length() == 0 ? "?" : ", ?");
            ids.add(head.id());
            lines.put(head.id(), new ArrayList<>());
            packages.put(head.id(), new ArrayList<>());
        }
        String lineSql = "SELECT l.id, l.order_id, l.variant_id, l.quantity, l.unit_price, l.discount, l.status, "
                + "v.product_id, v.name AS variant_name, v.sku, p.name AS product_name, p.variant_types "
                + "FROM order_lines l JOIN variants v ON v.id = l.variant_id JOIN products p ON p.id = v.product_id "
                + "WHERE l.order_id IN (" + in + ") ORDER BY l.order_id, l.position";
        try (PreparedStatement statement = prepare(connection, lineSql, ids);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                LineRow line = new LineRow(rows.getString("id"), rows.getString("variant_id"), rows.getInt("quantity"),
                        rows.getBigDecimal("unit_price"), rows.getBigDecimal("discount"), rows.getString("status"));
                lines.get(rows.getString("order_id")).add(new LineView(line, rows.getString("product_id"),
                        rows.getString("product_name"), strings(rows.getArray("variant_types")),
                        rows.getString("variant_name"), rows.getString("sku")));
            }
        }
        String packageSql = "SELECT id, order_id, package_number, line_ids, fulfill_status, carrier_code, cargo_company, "
                + "tracking_number, tracking_link FROM packages WHERE order_id IN (" + in + ") ORDER BY order_id, position";
        try (PreparedStatement statement = prepare(connection, packageSql, ids);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String code = rows.getString("carrier_code");
                packages.get(rows.getString("order_id")).add(new PackageRow(rows.getString("id"),
                        rows.getString("package_number"), strings(rows.getArray("line_ids")),
                        rows.getString("fulfill_status"), code == null ? null : carrier(code),
                        rows.getString("cargo_company"), rows.getString("tracking_number"),
                        rows.getString("tracking_link")));
            }
        }
        List<OrderView> orders = new ArrayList<>();
        for (OrderRow head : heads) {
            List<LineView> orderLines = lines.get(head.id());
            OrderRow order = new OrderRow(head.id(), head.orderNumber(), head.memberId(), head.orderedAt(),
                    head.status(), head.paymentStatus(), head.packageStatus(), head.paymentMethod(),
                    head.shippingPrice(), head.shippingCity(), head.shippingDistrict(),
                    orderLines.stream().map(LineView::line).toList(), packages.get(head.id()));
            orders.add(new OrderView(order, orderLines));
        }
        return orders;
    }

    private static Map<String, ProductRow> readProducts(Connection connection, String where, List<Object> params)
            throws SQLException {
        Map<String, List<VariantRow>> variants = new LinkedHashMap<>();
        Map<String, ProductRow> heads = new LinkedHashMap<>();
        String productSql = "SELECT p.id, p.name, p.description, p.tags, p.variant_types, p.alternatives FROM products p"
                + where + " ORDER BY p.position";
        try (PreparedStatement statement = prepare(connection, productSql, params);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                heads.put(id, new ProductRow(id, rows.getString("name"), rows.getString("description"),
                        strings(rows.getArray("tags")), strings(rows.getArray("variant_types")), List.of(),
                        strings(rows.getArray("alternatives"))));
                variants.put(id, new ArrayList<>());
            }
        }
        if (heads.isEmpty()) {
            return heads;
        }
        String variantSql = "SELECT v.id, v.product_id, v.name, v.sku, v.price, v.stock FROM variants v JOIN products p "
                + "ON p.id = v.product_id" + where + " ORDER BY v.product_id, v.position";
        try (PreparedStatement statement = prepare(connection, variantSql, params);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                variants.get(rows.getString("product_id")).add(new VariantRow(rows.getString("id"),
                        rows.getString("name"), rows.getString("sku"), rows.getBigDecimal("price"), rows.getInt("stock")));
            }
        }
        Map<String, ProductRow> products = new LinkedHashMap<>();
        heads.forEach((id, head) -> products.put(id, new ProductRow(id, head.name(), head.description(), head.tags(),
                head.variantTypes(), variants.get(id), head.alternatives())));
        return products;
    }

    private static Map<Integer, List<ParcelEvent>> readEvents(Connection connection, String where, List<Object> params)
            throws SQLException {
        Map<Integer, List<ParcelEvent>> events = new LinkedHashMap<>();
        String sql = "SELECT parcel_id, at, code, text, location, attributes FROM parcel_events" + where
                + " ORDER BY parcel_id, position";
        try (PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                events.computeIfAbsent(rows.getInt("parcel_id"), id -> new ArrayList<>()).add(new ParcelEvent(
                        instant(rows, "at"), rows.getString("code"), rows.getString("text"), rows.getString("location"),
                        map(rows.getString("attributes"))));
            }
        }
        return events;
    }

    private static ParcelRecord parcelHead(ResultSet rows, List<ParcelEvent> events) throws SQLException {
        return new ParcelRecord(carrier(rows.getString("carrier_code")), rows.getString("tracking_number"),
                rows.getObject("estimated_delivery", LocalDate.class),
                map(rows.getString("attributes")), events);
    }

    // ------------------------------------------------------------------------------------- prepared reads

    /** Work done with a borrowed {@link PreparedReads}. */
    @FunctionalInterface
    private interface ReadWork<T> {
        T run(PreparedReads reads) throws SQLException;
    }

    /**
     * Runs a lookup on a connection whose statements are already prepared: one per thread at a time, created
     * when no idle one is left, given back afterwards (dropped when it failed). Parsing and planning the SQL cost
     * more than running it on this small dataset, so the lookups the shop services make on every conversation
     * turn are prepared once per connection.
     */
    private <T> T read(ReadWork<T> work) {
        if (closed) {
            throw new IllegalStateException("The mock shop database is closed");
        }
        PreparedReads reads = readers.pollFirst();
        boolean healthy = false;
        try {
            if (reads == null) {
                // Own connections, outside the pool: lent readers must never starve the pool's other users.
                reads = new PreparedReads(DriverManager.getConnection(url, "sa", ""));
            }
            T result = work.run(reads);
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            if (reads != null) {
                if (healthy && !closed) {
                    readers.offerFirst(reads);
                } else {
                    reads.close();
                }
            }
        }
    }

    /**
     * One connection with the lookups of the shop services prepared on it. Used by one thread at a time. Each
     * lookup is as few statements as the data allows (an order with its lines in one, its packages in another;
     * a parcel with its events in one; lines carry their product's and variant's names, so no joins), since on
     * this small dataset every statement costs more to start than to run.
     */
    private static final class PreparedReads implements AutoCloseable {

        /** Order columns 1-11, then line columns 12-23 (null for an order without lines). */
        private static final String ORDER_WITH_LINES = "SELECT " + ORDER_COLUMNS + ", l.id, l.variant_id, l.quantity, "
                + "l.unit_price, l.discount, l.status, l.product_id, l.variant_name, l.sku, l.product_name, "
                + "l.variant_types, l.position FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id ";
        private static final String PACKAGE_COLUMNS = "k.id, k.order_id, k.package_number, k.line_ids, "
                + "k.fulfill_status, k.carrier_code, k.cargo_company, k.tracking_number, k.tracking_link";

        private final Connection connection;
        private final PreparedStatement memberByEmail;
        private final PreparedStatement memberByPhone;
        private final PreparedStatement orderById;
        private final PreparedStatement packagesOfOrder;
        private final PreparedStatement ordersOfMember;
        private final PreparedStatement packagesOfMember;
        private final PreparedStatement parcel;

        PreparedReads(Connection connection) throws SQLException {
            this.connection = connection;
            try {
                memberByEmail = connection.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM members m WHERE m.email_key = ?");
                memberByPhone = connection.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM members m WHERE m.phone = ?");
                orderById = connection.prepareStatement(ORDER_WITH_LINES + "WHERE o.id = ? ORDER BY l.position");
                packagesOfOrder = connection.prepareStatement("SELECT " + PACKAGE_COLUMNS
                        + " FROM packages k WHERE k.order_id = ? ORDER BY k.position");
                ordersOfMember = connection.prepareStatement(ORDER_WITH_LINES
                        + "WHERE o.member_id = ? ORDER BY o.ordered_at DESC, o.id DESC, l.position");
                packagesOfMember = connection.prepareStatement("SELECT " + PACKAGE_COLUMNS + " FROM packages k "
                        + "JOIN orders o ON o.id = k.order_id WHERE o.member_id = ? ORDER BY k.order_id, k.position");
                parcel = connection.prepareStatement("SELECT p.id, p.carrier_code, p.tracking_number, "
                        + "p.estimated_delivery, p.attributes, e.at, e.code, e.text, e.location, e.attributes "
                        + "FROM parcels p LEFT JOIN parcel_events e ON e.parcel_id = p.id "
                        + "WHERE p.carrier_code = ? AND p.tracking_number = ? ORDER BY e.position");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        Optional<MemberView> member(PreparedStatement query, String key) throws SQLException {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new MemberView(ShopDatabase.member(rows), rows.getInt("order_count")))
                        : Optional.empty();
            }
        }

        Optional<OrderView> order(String orderId) throws SQLException {
            orderById.setString(1, orderId);
            Map<String, OrderRow> heads = new LinkedHashMap<>();
            Map<String, List<LineView>> lines = new LinkedHashMap<>();
            readOrders(orderById, heads, lines);
            if (heads.isEmpty()) {
                return Optional.empty();
            }
            Map<String, List<PackageRow>> packages = new LinkedHashMap<>();
            packages.put(orderId, new ArrayList<>());
            packagesOfOrder.setString(1, orderId);
            readPackages(packagesOfOrder, packages);
            return Optional.of(complete(heads.values().iterator().next(), lines, packages));
        }

        /**
         * A page of a member's orders, newest first. A member has a handful of orders: reading all of them with
         * their lines and packages in two statements and cutting the page out is cheaper than paging in SQL plus
         * a count, and gives the total on the way.
         */
        Slice<OrderView> ordersOf(String memberId, int page, int limit, boolean withTotal) throws SQLException {
            ordersOfMember.setString(1, memberId);
            Map<String, OrderRow> heads = new LinkedHashMap<>();
            Map<String, List<LineView>> lines = new LinkedHashMap<>();
            readOrders(ordersOfMember, heads, lines);
            int total = heads.size();
            List<OrderRow> all = new ArrayList<>(heads.values());
            long from = Math.min(total, (long) (page - 1) * limit);
            List<OrderRow> shown = all.subList((int) from, (int) Math.min(total, from + limit));
            if (shown.isEmpty()) {
                return new Slice<>(List.of(), withTotal ? total : -1);
            }
            Map<String, List<PackageRow>> packages = new LinkedHashMap<>();
            for (OrderRow head : shown) {
                packages.put(head.id(), new ArrayList<>());
            }
            packagesOfMember.setString(1, memberId);
            readPackages(packagesOfMember, packages);
            List<OrderView> orders = new ArrayList<>(shown.size());
            for (OrderRow head : shown) {
                orders.add(complete(head, lines, packages));
            }
            return new Slice<>(orders, withTotal ? total : -1);
        }

        Optional<ParcelRecord> parcel(Carrier carrier, String trackingNumber) throws SQLException {
            parcel.setString(1, carrier.code());
            parcel.setString(2, trackingNumber);
            ParcelRecord head = null;
            List<ParcelEvent> events = new ArrayList<>();
            try (ResultSet rows = parcel.executeQuery()) {
                while (rows.next()) {
                    if (head == null) {
                        head = new ParcelRecord(carrier(rows.getString(2)), rows.getString(3),
                                rows.getObject(4, LocalDate.class),
                                map(rows.getString(5)), List.of());
                    }
                    if (rows.getObject(6) != null) {
                        events.add(new ParcelEvent(instant(rows, 6), rows.getString(7), rows.getString(8),
                                rows.getString(9), map(rows.getString(10))));
                    }
                }
            }
            return head == null ? Optional.empty() : Optional.of(new ParcelRecord(head.carrier(), head.trackingNumber(),
                    head.estimatedDelivery(), head.attributes(), events));
        }

        /** Order heads in the statement's order, each with its lines (rows of an order without lines add none). */
        private static void readOrders(PreparedStatement query, Map<String, OrderRow> heads,
                                       Map<String, List<LineView>> lines) throws SQLException {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String orderId = rows.getString(1);
                    List<LineView> orderLines = lines.get(orderId);
                    if (orderLines == null) {
                        heads.put(orderId, new OrderRow(orderId, rows.getString(2), rows.getString(3), instant(rows, 4),
                                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                rows.getBigDecimal(9), rows.getString(10), rows.getString(11), List.of(), List.of()));
                        orderLines = new ArrayList<>();
                        lines.put(orderId, orderLines);
                    }
                    String lineId = rows.getString(12);
                    if (lineId != null) {
                        LineRow line = new LineRow(lineId, rows.getString(13), rows.getInt(14), rows.getBigDecimal(15),
                                rows.getBigDecimal(16), rows.getString(17));
                        orderLines.add(new LineView(line, rows.getString(18), rows.getString(21),
                                strings(rows.getArray(22)), rows.getString(19), rows.getString(20)));
                    }
                }
            }
        }

        /** Packages of the orders in {@code into} (others are skipped), in their order. */
        private static void readPackages(PreparedStatement query, Map<String, List<PackageRow>> into) throws SQLException {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<PackageRow> packages = into.get(rows.getString(2));
                    if (packages != null) {
                        String code = rows.getString(6);
                        packages.add(new PackageRow(rows.getString(1), rows.getString(3), strings(rows.getArray(4)),
                                rows.getString(5), code == null ? null : carrier(code), rows.getString(7),
                                rows.getString(8), rows.getString(9)));
                    }
                }
            }
        }

        private static OrderView complete(OrderRow head, Map<String, List<LineView>> lines,
                                          Map<String, List<PackageRow>> packages) {
            List<LineView> orderLines = lines.get(head.id());
            List<LineRow> lineRows = new ArrayList<>(orderLines.size());
            for (LineView line : orderLines) {
                lineRows.add(line.line());
            }
            OrderRow order = new OrderRow(head.id(), head.orderNumber(), head.memberId(), head.orderedAt(),
                    head.status(), head.paymentStatus(), head.packageStatus(), head.paymentMethod(),
                    head.shippingPrice(), head.shippingCity(), head.shippingDistrict(), lineRows, packages.get(head.id()));
            return new OrderView(order, orderLines);
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing is all that was left to do
            }
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** Appends "AND column IN (?, ...)"; false when the set is empty, i.e. nothing can match. */
    private static boolean appendIn(StringBuilder where, List<Object> params, String column, Set<String> values,
                                    boolean caseInsensitive) {
        if (values == null) {
            return true;
        }
        if (values.isEmpty()) {
            return false;
        }
        if (values.size() == 1) {
            where.append(" AND ").append(column).append(" = ?");
        } else {
            where.append(" AND ").append(column).append(" IN (").append("?, ".repeat(values.size() - 1)).append("?)");
        }
        for (String value : values) {
            params.add(caseInsensitive ? emailKey(value) : value);
        }
        return true;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params, Object... more)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        for (Object param : params) {
            statement.setObject(index++, param);
        }
        for (Object param : more) {
            statement.setObject(index++, param);
        }
        return statement;
    }

    private static int count(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** E-mail addresses are found without regard to case, as shops do. */
    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        String[] texts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = String.valueOf(values[i]);
        }
        return List.of(texts);
    }

    private static Carrier carrier(String code) {
        for (Carrier carrier : Carrier.values()) {
            if (carrier.code().equals(code)) {
                return carrier;
            }
        }
        throw new IllegalStateException("Unknown carrier in the database: " + code);
    }

    private static String json(Map<String, String> map) {
        try {
            return Json.MAPPER.writeValueAsString(new TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Attribute maps by their stored JSON text: parcels are read on every tracked turn and carry the same few
     * small maps, so each text is parsed once. Bounded: a user's own dataset cannot grow it without limit.
     */
    private static final ConcurrentHashMap<String, Map<String, String>> PARSED_MAPS = new ConcurrentHashMap<>();
    private static final int PARSED_MAPS_LIMIT = 10_000;

    private static Map<String, String> map(String json) {
        Map<String, String> known = PARSED_MAPS.get(json);
        if (known != null) {
            return known;
        }
        Map<String, String> parsed;
        try {
            parsed = Map.copyOf(Json.MAPPER.readValue(json, STRING_MAP));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (PARSED_MAPS.size() >= PARSED_MAPS_LIMIT) {
            PARSED_MAPS.clear();
        }
        PARSED_MAPS.put(json, parsed);
        return parsed;
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("The mock shop database failed: " + e.getMessage(), e);
    }
}
