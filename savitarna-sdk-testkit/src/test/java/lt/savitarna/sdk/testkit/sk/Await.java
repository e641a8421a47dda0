package lt.savitarna.sdk.testkit.sk;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for something other threads do (a poll reaching the server), with a hard limit. */
final class Await {

    private Await() {
    }

    static void until(BooleanSupplier condition, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + " after " + limit);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
