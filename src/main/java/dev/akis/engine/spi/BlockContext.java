package dev.akis.engine.spi;

import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.Money;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShopService;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.flow.PropertyType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * What a block sees of the conversation while it runs: properties, the conversation's language, the services,
 * the messages it sends, its own memory and timers while it waits, and the trace. Implemented by the engine;
 * valid only during the call it was passed to.
 */
public interface BlockContext {

    /** The id of the block being run. */
    String blockId();

    /** The conversation's language ("tr", "en"). */
    String language();

    Locale locale();

    /** The current time from the engine's clock (virtual in tests and the simulator). */
    Instant now();

    /** The shop's time zone. */
    ZoneId zone();

    // ---- properties (canonical values: ISO dates, "1249.90 TRY" amounts, "true"/"false") ----------------

    /** The property's value, or null when it has none. */
    String property(String name);

    /** Sets a property; null removes it. */
    void setProperty(String name, String value);

    /** The property's type as the flow declares it or the block filling it provides it (TEXT when unknown). */
    PropertyType propertyType(String name);

    // ---- texts ----------------------------------------------------------------------------------------------

    /** The text in the conversation's language with placeholders filled; missing values render empty and are reported. */
    String render(LocalizedTemplate text);

    String render(Template template);

    /** Renders with each placeholder's value passed through {@code escape} (URL or JSON escaping). */
    String render(Template template, UnaryOperator<String> escape);

    /** A fixed customer text of the engine's bundle, in the conversation's language. */
    String engineText(String key, Object... args);

    String formatMoney(Money money);

    String formatDate(LocalDate date);

    String formatDateTime(Instant instant);

    String formatNumber(BigDecimal number);

    // ---- output ---------------------------------------------------------------------------------------------

    void send(OutgoingMessage message);

    // ---- waiting ----------------------------------------------------------------------------------------------

    /** A value this block remembered earlier in the same stay (retries, the page shown), or null. */
    String memory(String key);

    /** Remembers a value until the conversation leaves this block. */
    void remember(String key, String value);

    /** Starts a timer; when due while the conversation still waits here, {@link BlockExecutor#timerFired} runs. */
    void startTimer(String name, Duration after);

    /** True when the port (or the port it falls back to) leads somewhere. */
    boolean connected(String port);

    // ---- services -------------------------------------------------------------------------------------------

    ShopService shop();

    CarrierTracker carriers();

    OkHttpClient http();

    ShopSettings shopSettings();

    /**
     * Runs a read of the shop or the carriers, measures it and records it in the trace: an empty
     * {@link java.util.Optional} or a NOT_FOUND failure counts as "not found". Unexpected runtime failures are
     * turned into a {@link ServiceException}. Within one turn the same read (same service, operation and detail)
     * is made once: a later block gets the earlier answer, and the trace records it as a call with outcome {@code REUSED}. Calls
     * that change something elsewhere are timed by the block itself and given to {@link #recordCall}.
     */
    <T> T call(String service, String operation, String detail, ServiceCallable<T> call) throws ServiceException;

    /** Records a call the block timed itself (HTTP requests). */
    void recordCall(String service, String operation, String detail, long durationNanos, CallOutcome outcome,
                    String errorKind, String message);

    // ---- trace ------------------------------------------------------------------------------------------------

    /** Reports a problem the merchant should fix or know about ({@code note.<code>} in the trace bundle). */
    void problem(String code, Object... args);

    /** Reports an explanation that is not a problem. */
    void info(String code, Object... args);

    /** A new id unique within the conversation, e.g. for a checkout: {@code <prefix>-<conversation>-<n>}. */
    String newId(String prefix);
}
