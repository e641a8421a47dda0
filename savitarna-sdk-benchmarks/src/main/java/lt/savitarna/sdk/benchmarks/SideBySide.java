package lt.savitarna.sdk.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs two sides of a comparison in alternating rounds (A/B, then B/A) in the same JVM against
 * the same server, so drift of a shared, noisy machine falls on both sides alike.
 */
final class SideBySide {

    /** Both sides' results of one measurement. */
    record Pair(double a, double b, long aErrors, long bErrors) {

        Pair(double a, double b) {
            this(a, b, 0, 0);
        }

        /** A note on failed calls, empty when there were none. */
        String errors(String aName, String bName) {
            return aErrors + bErrors == 0 ? "" : " (failed calls, not counted: " + aName + " " + aErrors + ", " + bName
                    + " " + bErrors + ")";
        }
    }

    private final Runnable a;
    private final Runnable b;

    SideBySide(Runnable a, Runnable b) {
        this.a = a;
        this.b = b;
    }

    /** Per-call latencies in nanoseconds, {@code calls} a side a round. */
    List<long[]> latencies(int rounds, int calls) {
        List<long[]> as = new ArrayList<>();
        List<long[]> bs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean aFirst = r % 2 == 0;
            long[] first = time(aFirst ? a : b, calls);
            long[] second = time(aFirst ? b : a, calls);
            as.add(aFirst ? first : second);
            bs.add(aFirst ? second : first);
        }
        return List.of(Stats.concat(as), Stats.concat(bs));
    }

    private static long[] time(Runnable side, int calls) {
        long[] out = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            side.run();
            out[i] = System.nanoTime() - t;
        }
        return out;
    }

    /** Completed calls a second with {@code threads} callers, each side {@code round} a round. */
    Pair throughput(int threads, Duration round, int rounds) throws Exception {
        long aCalls = 0;
        long bCalls = 0;
        long aNanos = 0;
        long bNanos = 0;
        long aErrors = 0;
        long bErrors = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < rounds; r++) {
                boolean aFirst = r % 2 == 0;
                long[] first = burst(pool, aFirst ? a : b, threads, round);
                long[] second = burst(pool, aFirst ? b : a, threads, round);
                long[] ra = aFirst ? first : second;
                long[] rb = aFirst ? second : first;
                aCalls += ra[0];
                aNanos += ra[1];
                aErrors += ra[2];
                bCalls += rb[0];
                bNanos += rb[1];
                bErrors += rb[2];
            }
        } finally {
            pool.shutdownNow();
        }
        return new Pair(aCalls * 1e9 / aNanos, bCalls * 1e9 / bNanos, aErrors, bErrors);
    }

    private static long[] burst(ExecutorService pool, Runnable side, int threads, Duration round) throws Exception {
        AtomicLong calls = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + round.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        side.run();
                        calls.incrementAndGet();
                    } catch (RuntimeException e) {
                        // Counted and reported beside the result; a failed call is not a completed one.
                        if (errors.getAndIncrement() == 0) {
                            System.out.println("  first failure: " + e);
                        }
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return new long[] {calls.get(), System.nanoTime() - start, errors.get()};
    }

    /**
     * Bytes allocated a call, single-threaded: by every live thread except the servers' (the
     * caller and the HTTP clients' own threads), {@code calls} a side a round.
     */
    Pair allocatedBytes(int rounds, int calls, List<String> serverThreadPrefixes) {
        long aBytes = 0;
        long bBytes = 0;
        for (int r = 0; r < rounds; r++) {
            boolean aFirst = r % 2 == 0;
            long first = allocated(aFirst ? a : b, calls, serverThreadPrefixes);
            long second = allocated(aFirst ? b : a, calls, serverThreadPrefixes);
            aBytes += aFirst ? first : second;
            bBytes += aFirst ? second : first;
        }
        return new Pair((double) aBytes / (rounds * calls), (double) bBytes / (rounds * calls));
    }

    private static long allocated(Runnable side, int calls, List<String> serverThreadPrefixes) {
        Map<Long, Long> before = clientAllocated(serverThreadPrefixes);
        for (int i = 0; i < calls; i++) {
            side.run();
        }
        // Per thread, so a pool thread that ends in between takes only its own bytes with it
        // (those are lost, an undercount) instead of making the sum go backwards.
        long sum = 0;
        for (Map.Entry<Long, Long> after : clientAllocated(serverThreadPrefixes).entrySet()) {
            sum += after.getValue() - before.getOrDefault(after.getKey(), 0L);
        }
        return sum;
    }

    private static Map<Long, Long> clientAllocated(List<String> serverThreadPrefixes) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] == null || bytes[i] < 0) {
                continue;
            }
            String name = infos[i].getThreadName();
            if (serverThreadPrefixes.stream().noneMatch(name::startsWith)) {
                out.put(ids[i], bytes[i]);
            }
        }
        return out;
    }
}
