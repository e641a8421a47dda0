package lt.savitarna.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attempt deadlines on a hand-moved clock; the sweeps the scheduler is asked for are captured and
 * run by hand, so every race is staged in a fixed order. A fired watchdog interrupts this thread.
 */
class AttemptDeadlinesTest {

    /** Records what is scheduled instead of running it. */
    private static final class CapturingScheduler extends ScheduledThreadPoolExecutor {
        final List<Runnable> tasks = new ArrayList<>();
        final List<Long> delays = new ArrayList<>();

        CapturingScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            tasks.add(command);
            delays.add(unit.toMillis(delay));
            return super.schedule(() -> { }, 1, TimeUnit.DAYS);
        }

        /** Runs the sweep scheduled {@code index}-th. */
        void runSweep(int index) {
            tasks.get(index).run();
        }
    }

    private final CapturingScheduler scheduler = new CapturingScheduler();
    private final AtomicLong now = new AtomicLong(TimeUnit.SECONDS.toNanos(1000));
    private final AttemptDeadlines deadlines = new AttemptDeadlines(() -> scheduler, now::get);

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
        Thread.interrupted(); // never hand a set flag to the next test
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void attemptsThatEndInTimeAreNeverInterruptedAndAreForgotten() {
        AttemptWatchdog watchdog = deadlines.start(Duration.ofSeconds(30));

        assertFalse(watchdog.stop());
        advance(Duration.ofSeconds(31));
        scheduler.runSweep(0);

        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(0, deadlines.watched());
        assertFalse(watchdog.stop());
    }

    @Test
    void attemptsWithEqualTimeoutsShareOneScheduledSweep() {
        for (int i = 0; i < 1000; i++) {
            deadlines.start(Duration.ofSeconds(30)).stop();
            advance(Duration.ofMillis(1));
        }

        assertEquals(1, scheduler.tasks.size(), "one wake-up of the scheduler, not one per call");
        assertEquals(0, deadlines.watched());
    }

    @Test
    void aSweepFiresTheAttemptPastItsDeadlineAndStopClearsTheInterrupt() {
        AttemptWatchdog watchdog = deadlines.start(Duration.ofSeconds(30));
        advance(Duration.ofSeconds(30));

        scheduler.runSweep(0);
        assertTrue(Thread.currentThread().isInterrupted(), "the blocked send is woken by an interrupt");

        assertTrue(watchdog.stop());
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt must not leak");
        assertFalse(watchdog.stop(), "reported once");
        assertEquals(0, deadlines.watched());
    }

    @Test
    void aSweepLeavesLaterAttemptsAloneAndPlansTheNextSweepForThem() {
        AttemptWatchdog first = deadlines.start(Duration.ofSeconds(30));
        advance(Duration.ofSeconds(10));
        AttemptWatchdog second = deadlines.start(Duration.ofSeconds(30));
        first.stop();
        advance(Duration.ofSeconds(20));

        scheduler.runSweep(0); // planned for the first attempt, which is done
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(2, scheduler.tasks.size());
        assertEquals(10_000L, scheduler.delays.get(1), "the next sweep comes at the second deadline");

        advance(Duration.ofSeconds(10));
        scheduler.runSweep(1);
        assertTrue(second.stop(), "the second attempt was cut off at its own deadline");
    }

    @Test
    void aShorterAttemptGetsAnEarlierSweep() {
        deadlines.start(Duration.ofSeconds(30));
        AttemptWatchdog shortOne = deadlines.start(Duration.ofMillis(200)); // bound by the call's deadline

        assertEquals(List.of(30_000L, 200L), scheduler.delays);
        advance(Duration.ofMillis(200));
        scheduler.runSweep(1);
        assertTrue(shortOne.stop());
    }

    @Test
    void firingJustAfterTheAnswerArrivedLeavesNoInterruptBehind() {
        AttemptWatchdog watchdog = deadlines.start(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(1));
        scheduler.runSweep(0); // send() had returned; the sweep got there before stop()

        watchdog.stop();

        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aCallersOwnInterruptIsNotTakenForTheWatchdogs() {
        AttemptWatchdog watchdog = deadlines.start(Duration.ofSeconds(1));
        Thread.currentThread().interrupt();
        advance(Duration.ofSeconds(1));

        scheduler.runSweep(0); // sees the pending interrupt and stands down

        assertFalse(watchdog.stop());
        assertTrue(Thread.currentThread().isInterrupted(), "the caller's interrupt stays set");
    }

    @Test
    void aSchedulerThatRefusesLeavesNothingWatchedAndPromisesNoSweep() {
        scheduler.shutdownNow();
        AttemptDeadlines closed = new AttemptDeadlines(() -> {
            throw new IllegalStateException("the client is closed");
        }, now::get);

        assertThrows(IllegalStateException.class, () -> closed.start(Duration.ofSeconds(1)));
        assertEquals(0, closed.watched());
    }
}
