package lt.savitarna.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Runs a fuzz target many times with reproducible randomness: iteration {@code i} of seed
 * {@code s} always sees {@code new Random(s * 1_000_003 + i)}. The number of iterations comes
 * from {@code -Dfuzz.iterations} (default 5,000), the seed from {@code -Dfuzz.seed} (default: fixed, so
 * that every build is reproducible; pass any number to explore). Each batch of 500 runs under {@code assertTimeoutPreemptively}, so a hang
 * fails the test instead of stalling it; the first unexpected exception fails it with the seed
 * and iteration that replay it.
 *
 * <pre>{@code
 * Fuzz.run("retry-after", r -> RetryAfter.parse(Mutator.oddHeader(r), clock), Fuzz::sdkOnly);
 * }</pre>
 */
public final class Fuzz {

    /** One case: whatever it returns is rendered with {@code toString()}, which must not throw either. */
    @FunctionalInterface
    public interface Target {
        Object run(Random random) throws Exception;
    }

    private static final int BATCH = 500;
    private static final Map<String, String> RESULTS = new TreeMap<>();

    private Fuzz() {
    }

    /** Iterations per target: {@code -Dfuzz.iterations}, default 5,000. */
    public static int iterations() {
        return Integer.getInteger("fuzz.iterations", 5_000);
    }

    /**
     * Runs {@code target} {@link #iterations()} times; {@code allowed} says which exceptions are
     * the documented outcome. Returns the count of cases that ended in an allowed exception.
     */
    public static long run(String name, Target target, Predicate<Throwable> allowed) {
        // A fixed default keeps every build reproducible; pass -Dfuzz.seed=<any number> to explore.
        long seed = Long.getLong("fuzz.seed", 20261124L);
        int total = iterations();
        long[] refused = new long[1];
        long started = System.nanoTime();
        for (int from = 0; from < total; from += BATCH) {
            int first = from;
            int last = Math.min(total, from + BATCH);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                for (int i = first; i < last; i++) {
                    Random random = new Random(seed * 1_000_003L + i);
                    try {
                        Object result = target.run(random);
                        String.valueOf(result);
                    } catch (Throwable e) {
                        if (!allowed.test(e)) {
                            fail(name + ": " + e.getClass().getName() + " escaped at iteration " + i
                                    + "; replay with -Dfuzz.seed=" + seed + " (iteration " + i + ")", e);
                        }
                        refused[0]++;
                        try {
                            String.valueOf(e.getMessage());
                        } catch (RuntimeException broken) {
                            fail(name + ": the message of " + e.getClass().getName() + " cannot be rendered; -Dfuzz.seed="
                                    + seed + " (iteration " + i + ")", broken);
                        }
                    }
                }
            }, () -> name + ": a batch did not finish in 30 s (hang?); replay with -Dfuzz.seed=" + seed
                    + " (iterations " + first + ".." + (last - 1) + ")");
        }
        long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
        String line = name + ": " + total + " cases, " + refused[0] + " refused with a documented exception, "
                + (total - refused[0]) + " accepted, " + ms + " ms, seed " + seed;
        synchronized (RESULTS) {
            RESULTS.put(name, line);
        }
        System.out.println("fuzz " + line);
        return refused[0];
    }

    /** True for the SDK's own exceptions, the only ones a parser may throw. */
    public static boolean sdkOnly(Throwable e) {
        return e instanceof lt.savitarna.sdk.error.SavitarnaException;
    }
}
