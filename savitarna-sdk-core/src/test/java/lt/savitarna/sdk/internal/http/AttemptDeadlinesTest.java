package lt.savitarna.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attempt deadlines on a hand-moved clock; the sweeps the scheduler is asked for are captured and
 * run by hand, so every race is staged in a fixed order.
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
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    private static boolean aborted(AbortableBody body) {
        return body.getBody().toCompletableFuture().isCompletedExceptionally();
    }

    @Test
    void attemptsThatEndInTimeAreNeverCutOffAndAreForgotten() {
        AttemptWatchdog watchdog = deadlines.start(Duration.ofSeconds(30));
        AbortableBody body = watchdog.watch(new AbortableBody());

        assertFalse(watchdog.stop());
        advance(Duration.ofSeconds(31));
        scheduler.runSweep(0);

        assertFalse(aborted(body));
        assertEquals(0, deadlines.watched());
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
    void aSweepAbortsTheBodyOfAnAttemptPastItsDeadline() {
        AttemptWatchdog watchdog = deadlines.start(Duration.ofMillis(500));
        AbortableBody body = watchdog.watch(new AbortableBody());
        advance(Duration.ofMillis(500));

        scheduler.runSweep(0);

        CompletionException e = assertThrows(CompletionException.class,
                () -> body.getBody().toCompletableFuture().join());
        HttpTimeoutException timeout = assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertEquals("no complete answer within 500 ms", timeout.getMessage());
        assertTrue(watchdog.stop());
        assertEquals(0, deadlines.watched());
    }

    @Test
    void headersArrivingAfterTheDeadlineGetAnAbortedBody() {
        AttemptWatchdog watchdog = deadlines.start(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(1));
        scheduler.runSweep(0);

        assertTrue(aborted(watchdog.watch(new AbortableBody())));
        assertTrue(watchdog.stop());
    }

    @Test
    void aSweepLeavesLaterAttemptsAloneAndPlansTheNextSweepForThem() {
        AttemptWatchdog first = deadlines.start(Duration.ofSeconds(30));
        advance(Duration.ofSeconds(10));
        AttemptWatchdog second = deadlines.start(Duration.ofSeconds(30));
        AbortableBody secondBody = second.watch(new AbortableBody());
        first.stop();
        advance(Duration.ofSeconds(20));

        scheduler.runSweep(0); // planned for the first attempt, which is done
        assertFalse(aborted(secondBody));
        assertEquals(2, scheduler.tasks.size());
        assertEquals(10_000L, scheduler.delays.get(1), "the next sweep comes at the second deadline");

        advance(Duration.ofSeconds(10));
        scheduler.runSweep(1);
        assertTrue(aborted(secondBody), "the second attempt was cut off at its own deadline");
        assertTrue(second.stop());
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
    void aSchedulerThatRefusesLeavesNothingWatchedAndPromisesNoSweep() {
        scheduler.shutdownNow();
        AttemptDeadlines closed = new AttemptDeadlines(() -> {
            throw new IllegalStateException("the client is closed");
        }, now::get);

        assertThrows(IllegalStateException.class, () -> closed.start(Duration.ofSeconds(1)));
        assertEquals(0, closed.watched());
    }
}
