package lt.savitarna.sdk.benchmarks.child;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.benchmarks.sk.AuthFlow;
import lt.savitarna.sdk.benchmarks.sk.OurSmartIdFlow;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.TestPki;

/**
 * Many Smart-ID authentications waiting on the user at once, through the SDK's async API, in a
 * JVM of its own: {@code WaitingChild <count>}. The simulator holds every session RUNNING until
 * all have started, then completes them. Prints the threads and heap the waiting took.
 */
public final class WaitingChild {

    private WaitingChild() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        TestPki pki = TestPki.generate();
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(pki).completeManually().start()) {
            OurSmartIdFlow flow = new OurSmartIdFlow(new AuthFlow.Target(simulator.baseUri(), pki.caCertificate(),
                    pki.serverCertificate()));
            // Warm: the simulator's fixed pool, the HTTP client's selector, the SDK's classes.
            List<CompletableFuture<Authentication>> warm = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                warm.add(flow.provider().authenticateAsync(flow.request(), SigningListener.none()));
            }
            awaitWaiting(simulator, 8);
            simulator.completeAll();
            CompletableFuture.allOf(warm.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            Thread.sleep(200);

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            int threadsBefore = threads.getThreadCount();
            int clientThreadsBefore = clientThreads(threads);
            threads.resetPeakThreadCount();

            long start = System.nanoTime();
            List<CompletableFuture<Authentication>> waiting = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                waiting.add(flow.provider().authenticateAsync(flow.request(), SigningListener.none()));
            }
            boolean allWaiting = awaitWaiting(simulator, count);
            long startedNanos = System.nanoTime() - start;
            int clientThreadsWaiting = clientThreads(threads);
            System.gc();
            long heapWaiting = memory.getHeapMemoryUsage().getUsed();
            int peak = threads.getPeakThreadCount();

            int completed = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline
                    && !CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).isDone()) {
                simulator.completeAll();
                Thread.sleep(50);
            }
            for (CompletableFuture<Authentication> f : waiting) {
                if (f.isDone() && !f.isCompletedExceptionally()) {
                    completed++;
                }
            }
            System.out.println("count=" + count + " allWaiting=" + allWaiting + " completed=" + completed
                    + " threadsBefore=" + threadsBefore + " peakThreads=" + peak
                    + " clientThreadsBefore=" + clientThreadsBefore + " clientThreadsWaiting=" + clientThreadsWaiting
                    + " heapBefore=" + heapBefore + " heapWaiting=" + heapWaiting
                    + " startMillis=" + Duration.ofNanos(startedNanos).toMillis());
        }
        System.exit(0);
    }

    /** Waits until {@code n} long polls are parked at the simulator (or 120 s pass). */
    private static boolean awaitWaiting(SmartIdSimulator simulator, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (simulator.waitingPolls() >= n) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Live threads that are not the simulator's (its workers, timer and the JDK server's dispatcher). */
    private static int clientThreads(ThreadMXBean threads) {
        int n = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && !info.getThreadName().startsWith("savitarna-smart-id")
                    && !info.getThreadName().startsWith("HTTP-Dispatcher")) {
                n++;
            }
        }
        return n;
    }
}
