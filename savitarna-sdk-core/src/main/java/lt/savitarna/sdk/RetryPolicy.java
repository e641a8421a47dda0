package lt.savitarna.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how the client repeats a failed attempt of one logical operation.
 *
 * <p>Retried: connection failures and other I/O errors, per-attempt timeouts, and the statuses
 * 408, 429, 5xx except 501 and 505 (plus 409 {@code IDEMPOTENCY_KEY_IN_USE}). Safe methods
 * (GET, HEAD, PUT, DELETE, OPTIONS) are always retryable; POST and PATCH only when they carry their
 * {@code Idempotency-Key}, which the SDK generates once per operation and sends unchanged on every
 * attempt, together with the same {@code X-Request-Id}.
 *
 * <p>The wait before retry {@code n} (1-based) is {@code random(0, min(maxDelay, baseDelay * 2^(n-1)))}
 * ("full jitter"), unless the answer carried {@code Retry-After} (seconds or an HTTP date), which
 * is honoured up to {@link #maxRetryAfter()}. A wait that would pass the call's total deadline is
 * not started: the call ends with the last failure ({@code DeadlineExceededException} when that
 * was a timed-out attempt).
 *
 * <p>Two limits stop retries: {@link #maxAttempts()} per operation, and a retry budget per client,
 * a token bucket shared by all calls: each retry takes {@link #retryCost()} tokens, each success
 * puts back {@link #refundPerSuccess()}, up to {@link #budgetCapacity()}. When the portal fails for
 * everyone, the budget runs dry and calls fail after one attempt instead of multiplying the load.
 *
 * <!-- sample: UnreliableNetwork#retry-policy -->
 * <pre>{@code
 * RetryPolicy retries = RetryPolicy.builder()
 *         .maxAttempts(3)                          // the first attempt and two retries
 *         .baseDelay(Duration.ofMillis(100))       // waits are random, up to 100 ms, 200 ms, ...
 *         .maxDelay(Duration.ofSeconds(2))
 *         .maxRetryAfter(Duration.ofSeconds(1))    // a longer Retry-After of the portal is cut to this
 *         .budget(50, 5, 1)                        // retries stop when the portal fails for every call
 *         .build();
 * }</pre>
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final int budgetCapacity;
    private final int retryCost;
    private final int refundPerSuccess;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.maxRetryAfter = b.maxRetryAfter;
        this.budgetCapacity = b.budgetCapacity;
        this.retryCost = b.retryCost;
        this.refundPerSuccess = b.refundPerSuccess;
    }

    /** 3 attempts, 200 ms base delay, 5 s maximum delay, Retry-After up to 30 s, budget 100/5/1. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** No retries at all: every operation makes exactly one attempt. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this policy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.baseDelay = baseDelay;
        b.maxDelay = maxDelay;
        b.maxRetryAfter = maxRetryAfter;
        b.budgetCapacity = budgetCapacity;
        b.retryCost = retryCost;
        b.refundPerSuccess = refundPerSuccess;
        return b;
    }

    /** Attempts per operation, the first one included; at least 1. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The backoff unit: the upper bound of the first wait. */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** The upper bound of any computed wait. */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** The longest {@code Retry-After} that is honoured; longer ones are cut to this. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** Tokens the retry budget holds when full; 0 means the budget is switched off. */
    public int budgetCapacity() {
        return budgetCapacity;
    }

    /** Tokens one retry takes from the budget. */
    public int retryCost() {
        return retryCost;
    }

    /** Tokens one successful answer puts back into the budget. */
    public int refundPerSuccess() {
        return refundPerSuccess;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetryPolicy p && p.maxAttempts == maxAttempts && p.baseDelay.equals(baseDelay)
                && p.maxDelay.equals(maxDelay) && p.maxRetryAfter.equals(maxRetryAfter)
                && p.budgetCapacity == budgetCapacity && p.retryCost == retryCost
                && p.refundPerSuccess == refundPerSuccess;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, baseDelay, maxDelay, maxRetryAfter, budgetCapacity, retryCost,
                refundPerSuccess);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", maxRetryAfter=" + maxRetryAfter + ", budget=" + budgetCapacity + "/" + retryCost + "/"
                + refundPerSuccess + "]";
    }

    /**
     * Builds a {@link RetryPolicy}; every setter checks its argument at once.
     */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(200);
        private Duration maxDelay = Duration.ofSeconds(5);
        private Duration maxRetryAfter = Duration.ofSeconds(30);
        private int budgetCapacity = 100;
        private int retryCost = 5;
        private int refundPerSuccess = 1;

        private Builder() {
        }

        /** Attempts per operation, the first one included; 1 switches retries off. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The upper bound of the first wait; doubled for each further retry. */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = nonNegative(baseDelay, "baseDelay");
            return this;
        }

        /** The upper bound of any computed wait. */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = nonNegative(maxDelay, "maxDelay");
            return this;
        }

        /** The longest {@code Retry-After} that is honoured; longer ones are cut to this. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * The client-wide retry budget (a token bucket).
         *
         * @param capacity         tokens when full (and at start); at least {@code retryCost}
         * @param retryCost        tokens one retry takes; at least 1
         * @param refundPerSuccess tokens a successful answer puts back; 0 or more
         * @return this builder
         */
        public Builder budget(int capacity, int retryCost, int refundPerSuccess) {
            if (retryCost < 1 || capacity < retryCost || refundPerSuccess < 0) {
                throw new IllegalArgumentException("budget needs retryCost >= 1, capacity >= retryCost and"
                        + " refundPerSuccess >= 0: " + capacity + "/" + retryCost + "/" + refundPerSuccess);
            }
            this.budgetCapacity = capacity;
            this.retryCost = retryCost;
            this.refundPerSuccess = refundPerSuccess;
            return this;
        }

        /** Switches the retry budget off: only {@link #maxAttempts(int)} limits retries. */
        public Builder noBudget() {
            this.budgetCapacity = 0;
            this.retryCost = 1;
            this.refundPerSuccess = 0;
            return this;
        }

        /** Builds the policy. */
        public RetryPolicy build() {
            if (maxDelay.compareTo(baseDelay) < 0) {
                throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than baseDelay " + baseDelay);
            }
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + d);
            }
            return d;
        }
    }
}
