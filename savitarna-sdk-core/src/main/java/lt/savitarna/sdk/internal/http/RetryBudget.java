package lt.savitarna.sdk.internal.http;

import java.util.concurrent.atomic.AtomicInteger;
import lt.savitarna.sdk.RetryPolicy;

/**
 * The client-wide token bucket that limits retries: a retry takes tokens, an answer that shows
 * the portal working puts some back. When the portal fails for everyone, the bucket runs dry and
 * calls stop multiplying the load.
 */
final class RetryBudget {

    private final int capacity;
    private final int cost;
    private final int refund;
    private final AtomicInteger tokens;

    RetryBudget(RetryPolicy policy) {
        this.capacity = policy.budgetCapacity();
        this.cost = policy.retryCost();
        this.refund = policy.refundPerSuccess();
        this.tokens = new AtomicInteger(capacity);
    }

    /** Takes the cost of one retry if the bucket holds it. */
    boolean tryAcquireRetry() {
        if (capacity == 0) {
            return true;
        }
        while (true) {
            int now = tokens.get();
            if (now < cost) {
                return false;
            }
            if (tokens.compareAndSet(now, now - cost)) {
                return true;
            }
        }
    }

    /** Puts the refund for one healthy answer back, up to the capacity. */
    void onHealthyAnswer() {
        if (capacity == 0 || refund == 0) {
            return;
        }
        tokens.updateAndGet(now -> Math.min(capacity, now + refund));
    }

    int available() {
        return tokens.get();
    }
}
