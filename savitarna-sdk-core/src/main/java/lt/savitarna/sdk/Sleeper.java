package lt.savitarna.sdk;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retry attempts. The SDK never calls {@code Thread.sleep} itself: it asks its
 * sleeper, so tests can record the requested waits instead of waiting.
 *
 * <pre>{@code
 * List<Duration> waits = new CopyOnWriteArrayList<>();
 * SavitarnaClient client = SavitarnaClient.builder()
 *         .baseUri(URI.create("http://127.0.0.1:" + port))
 *         .sleeper(waits::add)
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for the given time.
     *
     * @param duration how long to wait; never negative
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** The real sleeper, which blocks the calling thread. */
    static Sleeper system() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
