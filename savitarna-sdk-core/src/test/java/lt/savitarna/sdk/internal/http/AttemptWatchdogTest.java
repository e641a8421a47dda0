package lt.savitarna.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watchdog fired by hand ({@code run()}), so each race is staged in a fixed order. */
class AttemptWatchdogTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
        Thread.interrupted(); // never hand a set flag to the next test
    }

    private AttemptWatchdog watchdog() {
        return AttemptWatchdog.start(scheduler, Duration.ofHours(1));
    }

    @Test
    void anAttemptThatEndsInTimeIsNotInterrupted() {
        AttemptWatchdog watchdog = watchdog();

        assertFalse(watchdog.stop());
        watchdog.run(); // a late look changes nothing

        assertFalse(Thread.currentThread().isInterrupted());
        assertFalse(watchdog.stop());
    }

    @Test
    void firingInterruptsTheCallerAndStopClearsThatInterrupt() {
        AttemptWatchdog watchdog = watchdog();

        watchdog.run();
        assertTrue(Thread.currentThread().isInterrupted(), "the blocked send is woken by an interrupt");

        assertTrue(watchdog.stop());
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt must not leak");
        assertFalse(watchdog.stop(), "reported once");
    }

    @Test
    void firingJustAfterTheAnswerArrivedLeavesNoInterruptBehind() {
        AttemptWatchdog watchdog = watchdog();
        // send() returned; the watchdog fires before stop() is reached
        watchdog.run();

        watchdog.stop();

        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aCallersOwnInterruptIsNotTakenForTheWatchdogs() {
        AttemptWatchdog watchdog = watchdog();
        Thread.currentThread().interrupt();

        watchdog.run(); // sees the pending interrupt and stands down

        assertFalse(watchdog.stop());
        assertTrue(Thread.currentThread().isInterrupted(), "the caller's interrupt stays set");
    }

    @Test
    void theScheduledLookFiresOnItsOwn() throws InterruptedException {
        AttemptWatchdog.start(scheduler, Duration.ofMillis(20));
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException expected) {
            return;
        }
        throw new AssertionError("the watchdog never interrupted the caller");
    }
}
