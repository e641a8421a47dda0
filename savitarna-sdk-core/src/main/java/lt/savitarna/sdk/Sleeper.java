package lt.savitarna.sdk;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retry attempts. The SDK never calls {@code Thread.sleep} itself: it asks its
 * sleeper, so tests can record the requested waits instead of waiting.
 *
 * <!-- sample: CoreExamplesTest#record-waits -->
 * <pre>{@code
 * List<Duration> waits = new CopyOnWriteArrayList<>();
 * try (SavitarnaClient client = SavitarnaClient.builder()
 *         .baseUri(sandbox.baseUri())
 *         .sleeper(waits::add) // records the waits instead of sleeping, so the test takes no time
 *         .build();
 *      Session session = client.login(email, password)) {
 *     sandbox.faults().add(SandboxFault.on("GET", "/api/v1/me").times(2).unavailable(Duration.ofSeconds(3)));
 *     session.me();
 * }
 * assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), waits);
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
