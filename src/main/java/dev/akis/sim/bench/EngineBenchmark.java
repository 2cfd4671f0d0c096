package dev.akis.sim.bench;

import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.ShopService;
import dev.akis.commerce.dataset.MemberRow;
import dev.akis.commerce.dataset.MemberSummary;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.mock.Faults;
import dev.akis.engine.Engine;
import dev.akis.engine.spi.ShopSettings;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.sim.CommerceEnvironment;
import dev.akis.sim.CommerceEnvironments;
import dev.akis.sim.CustomerProfile;
import dev.akis.sim.InProcessCommerceEnvironment;
import dev.akis.sim.MockCommerceEnvironment;
import dev.akis.sim.UnknownCustomerException;
import dev.akis.sim.script.ConversationScript;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptResult;
import dev.akis.sim.script.ScriptRunner;
import dev.akis.time.VirtualClock;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures the engine on the sample flows: for each flow's main-path conversation test and each way of reaching
 * the shop, plays the test once through the script runner (it must pass), then replays it round after round
 * on the calling thread, a new conversation each round, first for a warm-up, then for the measured time,
 * timing every turn. "In process" means the shop and carriers read the H2 dataset directly
 * ({@link InProcessCommerceEnvironment}); "loopback" means the İkas client and carrier adapters talk HTTP to the
 * mock servers ({@link MockCommerceEnvironment}).
 */
public final class EngineBenchmark {

    /** How the engine reaches the shop and the carriers. */
    public enum Services {
        IN_PROCESS("in process (H2)"),
        LOOPBACK("loopback HTTP mocks");

        private final String label;

        Services(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How long to warm up and to measure each flow with each kind of services. */
    public record Settings(Duration warmUp, Duration measure, List<Services> services) {
    }

    /**
     * One flow with one kind of services: rounds and turns played in the measured time, wall time, turn
     * latencies; or why it could not be measured ({@code failure} not null).
     */
    public record Result(BenchmarkPlan plan, Services services, long rounds, long turns, long elapsedNanos,
                         long cpuNanos, long warmUpNanos, LatencyHistogram latency, String failure) {

        /** Turns divided by the wall time of the measured rounds. */
        public double turnsPerSecond() {
            return elapsedNanos == 0 ? 0 : turns * 1e9 / elapsedNanos;
        }

        /**
         * Turns divided by the CPU time the measuring thread used (other threads, e.g. the collector or the mock
         * servers, not counted); -1 when the JVM cannot tell. On a machine shared with other work this says what
         * one core does better than the wall time.
         */
        public double turnsPerCpuSecond() {
            return cpuNanos <= 0 ? -1 : turns * 1e9 / cpuNanos;
        }

        public boolean measured() {
            return failure == null;
        }
    }

    private static final long WARM_UP_WINDOW_NANOS = 1_000_000_000L;

    private final Path flows;
    private final Settings settings;
    private final Consumer<String> progress;
    private final Map<Services, CommerceEnvironment> environments = new EnumMap<>(Services.class);

    public EngineBenchmark(Path flows, Settings settings, Consumer<String> progress) {
        this.flows = flows;
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs every plan with every kind of services asked for, in that order; closes what it opened. */
    public List<Result> run(List<BenchmarkPlan> plans) throws IOException {
        List<Result> results = new ArrayList<>();
        try {
            for (BenchmarkPlan plan : plans) {
                for (Services services : settings.services()) {
                    progress.accept(plan.flowName() + " · " + services.label());
                    results.add(measure(plan, services));
                }
            }
        } finally {
            environments.values().forEach(CommerceEnvironment::close);
            environments.clear();
        }
        return results;
    }

    private CommerceEnvironment environment(Services services) throws IOException {
        CommerceEnvironment environment = environments.get(services);
        if (environment == null) {
            environment = services == Services.IN_PROCESS
                    ? InProcessCommerceEnvironment.openDefault() : MockCommerceEnvironment.openDefault();
            environments.put(services, environment);
        }
        return environment;
    }

    private Result measure(BenchmarkPlan plan, Services services) throws IOException {
        FlowDocument flow;
        ConversationScript script;
        try {
            flow = FlowFiles.load(flows.resolve(plan.flowFile()));
            script = new ScriptParser().parse(flows.resolve(plan.scriptFile()));
        } catch (IOException | RuntimeException | dev.akis.flow.json.FlowFormatException
                 | dev.akis.sim.script.ScriptSyntaxException e) {
            return failed(plan, services, String.valueOf(e.getMessage()));
        }
        if (!CommerceEnvironments.DEFAULT_DATASET.equals(script.dataset())) {
            return failed(plan, services, script.source() + ": the benchmark plays the default dataset, not " + script.dataset());
        }
        CommerceEnvironment environment = environment(services);
        VirtualClock clock = environment.clock();
        Instant reference = clock.instant();
        String failure = verify(flow, script, environment);
        clock.set(reference);
        if (failure != null) {
            return failed(plan, services, failure);
        }
        ConversationReplay replay;
        List<ConversationReplay.Customer> customers;
        try {
            replay = ConversationReplay.of(script);
            customers = customers(plan, script, flow, environment);
        } catch (IllegalArgumentException | UnknownCustomerException e) {
            return failed(plan, services, String.valueOf(e.getMessage()));
        }
        Engine engine = new Engine(flow, environment.engineServices());
        long warmUpStarted = System.nanoTime();
        long round = warmUp(replay, engine, clock, reference, customers);
        long warmUpNanos = System.nanoTime() - warmUpStarted;
        LatencyHistogram latency = new LatencyHistogram();
        long rounds = 0;
        long turns = 0;
        long cpuStarted = cpuTime();
        long started = System.nanoTime();
        long end = started + settings.measure().toNanos();
        long now = started;
        do {
            turns += replay.play(engine, clock, reference, "bench-" + rounds, customer(customers, round + rounds), latency);
            rounds++;
            now = System.nanoTime();
        } while (now < end);
        long cpu = cpuStarted < 0 ? -1 : cpuTime() - cpuStarted;
        clock.set(reference);
        return new Result(plan, services, rounds, turns, now - started, cpu, warmUpNanos, latency, null);
    }

    /**
     * Plays rounds in one-second windows for at least the warm-up time, then until a window is no longer more
     * than 3 % faster than the best before it (the JIT compiler has settled), but never more than four times the
     * warm-up time. Returns the number of rounds played.
     */
    private long warmUp(ConversationReplay replay, Engine engine, VirtualClock clock, Instant reference,
                        List<ConversationReplay.Customer> customers) {
        LatencyHistogram ignored = new LatencyHistogram();
        long minimum = settings.warmUp().toNanos();
        long started = System.nanoTime();
        long round = 0;
        long best = 0;
        while (true) {
            long windowEnd = System.nanoTime() + Math.min(WARM_UP_WINDOW_NANOS, Math.max(1, minimum));
            long turns = 0;
            do {
                turns += replay.play(engine, clock, reference, "warm-" + round, customer(customers, round), ignored);
                round++;
            } while (System.nanoTime() < windowEnd);
            long elapsed = System.nanoTime() - started;
            boolean settled = turns <= best * 1.03;
            best = Math.max(best, turns);
            if (elapsed >= minimum && (settled || minimum == 0) || elapsed >= 4 * minimum) {
                return round;
            }
        }
    }

    private static Result failed(BenchmarkPlan plan, Services services, String why) {
        return new Result(plan, services, 0, 0, 0, -1, 0, new LatencyHistogram(), why);
    }

    /** CPU time of the calling thread, or -1 when the JVM does not measure it. */
    private static long cpuTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    /** Plays the test once with its checks; the report of the first check that failed, or null. */
    private static String verify(FlowDocument flow, ConversationScript script, CommerceEnvironment environment) {
        try {
            ScriptResult result = new ScriptRunner(dataset -> new Borrowed(environment), false).run(flow, script, Locale.ENGLISH);
            return result.passed() ? null : result.report(Locale.ENGLISH);
        } catch (dev.akis.sim.script.ScriptSyntaxException e) {
            return e.format(Locale.ENGLISH);
        }
    }

    private static ConversationReplay.Customer customer(List<ConversationReplay.Customer> customers, long round) {
        if (customers.isEmpty()) {
            return new ConversationReplay.Customer(String.format(Locale.ROOT, "+90532%07d", round % 10_000_000L), null, null, null);
        }
        return customers.get((int) (round % customers.size()));
    }

    /** The customers to rotate through; empty means a new phone number each round. */
    private static List<ConversationReplay.Customer> customers(BenchmarkPlan plan, ConversationScript script,
                                                               FlowDocument flow, CommerceEnvironment environment)
            throws UnknownCustomerException {
        switch (plan.rotation()) {
            case NEW_PHONES:
                return List.of();
            case MEMBERS_WITH_ORDERS: {
                Optional<ShopDatabase> database = database(environment);
                if (database.isPresent()) {
                    List<ConversationReplay.Customer> members = new ArrayList<>();
                    for (MemberSummary summary : database.get().members()) {
                        if (summary.orderCount() > 0) {
                            MemberRow member = summary.member();
                            members.add(new ConversationReplay.Customer(member.phone(),
                                    member.firstName() + (member.lastName() == null ? "" : " " + member.lastName()),
                                    language(script, flow, member.preferredLanguage()), member.email()));
                        }
                    }
                    return members;
                }
                break;
            }
            default:
                break;
        }
        CustomerProfile profile = environment.customer(script.customer());
        return List.of(new ConversationReplay.Customer(profile.phone(), profile.name(),
                language(script, flow, profile.preferredLanguage()), null));
    }

    private static String language(ConversationScript script, FlowDocument flow, String preferred) {
        if (script.language() != null) {
            return script.language();
        }
        return preferred != null && flow.languages().contains(preferred) ? preferred : flow.defaultLanguage();
    }

    private static Optional<ShopDatabase> database(CommerceEnvironment environment) {
        if (environment instanceof InProcessCommerceEnvironment inProcess) {
            return Optional.of(inProcess.database());
        }
        if (environment instanceof MockCommerceEnvironment mock) {
            return Optional.of(mock.database());
        }
        return Optional.empty();
    }

    /** An environment lent to the script runner, which closes what it is given: closing it does nothing. */
    private record Borrowed(CommerceEnvironment lender) implements CommerceEnvironment {

        @Override
        public String dataset() {
            return lender.dataset();
        }

        @Override
        public VirtualClock clock() {
            return lender.clock();
        }

        @Override
        public ShopService shop() {
            return lender.shop();
        }

        @Override
        public CarrierTracker carriers() {
            return lender.carriers();
        }

        @Override
        public ShopSettings shopSettings() {
            return lender.shopSettings();
        }

        @Override
        public List<String> faultableServices() {
            return lender.faultableServices();
        }

        @Override
        public Optional<Faults> faults(String service) {
            return lender.faults(service);
        }

        @Override
        public void close() {
            // the benchmark closes the environment when it is done with every flow
        }
    }
}
