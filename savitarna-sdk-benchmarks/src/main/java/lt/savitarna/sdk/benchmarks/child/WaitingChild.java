package lt.savitarna.sdk.benchmarks.child;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.management.ObjectName;
import lt.savitarna.sdk.benchmarks.sk.AuthFlow;
import lt.savitarna.sdk.benchmarks.sk.OurSmartIdFlow;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.MobileIdConfig;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.TlsPin;

/**
 * Many authentications waiting on the user at once through the SDK's async API, in a JVM that
 * holds only the SDK: {@code WaitingChild <smart-id|mobile-id> <count> <simulator class path>}.
 * The simulators run in a {@link SimulatorChild} process that this JVM starts; they hold every
 * session {@code RUNNING} until all of them wait, then answer them. Prints one line: the live
 * threads and the heap (after GC) before and while all wait, and how many sessions then ended
 * in a validated authentication and how many failed.
 *
 * <p>With {@code -Dwaiting.histogram=FILE} it also writes the class histogram of the heap while
 * all wait (what {@code jcmd <pid> GC.class_histogram} prints).
 */
public final class WaitingChild {

    private static final int WARM = 8;
    private static final int WAVE = 50;
    private static final long WAIT_SECONDS = 180;
    /** Names of the threads seen live while sessions were being started, spaces as underscores. */
    private static final Set<String> SEEN = new TreeSet<>();

    private WaitingChild() {
    }

    public static void main(String[] args) throws Exception {
        boolean mobileId = args[0].equals("mobile-id");
        int count = Integer.parseInt(args[1]);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String result;
        try (SimulatorProcess simulator = SimulatorProcess.start(java, args[2])) {
            Supplier<CompletableFuture<Authentication>> login = login(simulator.target(mobileId), mobileId);
            // Warm: the SDK's classes and shared threads, the HTTP client's selector, TLS.
            List<CompletableFuture<Authentication>> warm = startAll(login, WARM);
            awaitWaiting(simulator, WARM);
            finish(simulator, warm);

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long heapBefore = heapAfterGc(memory);
            int threadsBefore = threads.getThreadCount();
            long socketsBefore = openSockets();
            threads.resetPeakThreadCount();
            Set<String> baseline = threadNames(threads);
            SEEN.clear();

            long start = System.nanoTime();
            List<CompletableFuture<Authentication>> waiting = new ArrayList<>(count);
            boolean allWaiting = true;
            // Started in waves: the simulator's JDK server does TLS on its few worker threads, and
            // hundreds of new connections at once can stall it until the clients give up. What is
            // measured is every session waiting at the same time.
            while (allWaiting && waiting.size() < count) {
                waiting.addAll(startAll(login, Math.min(WAVE, count - waiting.size())));
                allWaiting = awaitWaiting(simulator, waiting.size());
            }
            long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            int threadsWaiting = threads.getThreadCount();
            long socketsWaiting = openSockets();
            long heapWaiting = heapAfterGc(memory);
            int peak = threads.getPeakThreadCount();
            SEEN.removeAll(baseline);
            String histogram = System.getProperty("waiting.histogram");
            if (histogram != null) {
                Files.writeString(Path.of(histogram), classHistogram());
            }

            finish(simulator, waiting);
            int completed = 0;
            for (CompletableFuture<Authentication> f : waiting) {
                if (f.isDone() && !f.isCompletedExceptionally() && f.join().signature().length > 0) {
                    completed++;
                }
            }
            // Not started, not ended, failed or without a signature: all count as failed.
            int failed = count - completed;
            waiting.stream().filter(CompletableFuture::isCompletedExceptionally).findFirst()
                    .ifPresent(f -> System.out.println("first failure: " + f.handle((v, e) -> e).join()));
            result = "count=" + count + " allWaiting=" + allWaiting + " completed=" + completed
                    + " failed=" + failed + " threadsBefore=" + threadsBefore + " threadsWaiting=" + threadsWaiting
                    + " peakThreads=" + peak + " heapBefore=" + heapBefore + " heapWaiting=" + heapWaiting
                    + " socketsBefore=" + socketsBefore + " socketsWaiting=" + socketsWaiting
                    + " startMillis=" + startMillis + " newThreadsSeen=" + byPrefix(SEEN);
        }
        // After the simulator process has ended, so that this stays the last line of the output.
        System.out.println(result);
        System.exit(0);
    }

    private static Supplier<CompletableFuture<Authentication>> login(AuthFlow.Target target, boolean mobileId) {
        if (!mobileId) {
            OurSmartIdFlow flow = new OurSmartIdFlow(target);
            return () -> flow.provider().authenticateAsync(flow.request(), SigningListener.none());
        }
        MobileIdProvider provider = MobileIdProvider.create(
                MobileIdConfig.demo(AuthFlow.RELYING_PARTY_UUID, AuthFlow.RELYING_PARTY_NAME)
                        .baseUri(target.baseUri())
                        .trustServerCertificate(target.ca())
                        .tlsPins(TlsPin.of(target.server()))
                        .trustAnchors(List.of(target.ca()))
                        .build());
        SignerIdentity person = SignerIdentity.mobileId(PhoneNumber.parse(AuthFlow.MOBILE_ID_PHONE),
                PersonalCode.parse(AuthFlow.MOBILE_ID_PERSONAL_CODE));
        return () -> provider.authenticateAsync(
                AuthenticationRequest.builder(person, Digest.random(HashType.SHA256)).build(), SigningListener.none());
    }

    private static List<CompletableFuture<Authentication>> startAll(
            Supplier<CompletableFuture<Authentication>> login, int n) {
        List<CompletableFuture<Authentication>> started = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            started.add(login.get());
        }
        return started;
    }

    /** Waits until {@code n} long polls are parked at the simulator, noting the names of live threads meanwhile. */
    private static boolean awaitWaiting(SimulatorProcess simulator, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            SEEN.addAll(threadNames(ManagementFactory.getThreadMXBean()));
            if (simulator.waitingPolls() >= n) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Answers sessions until every future has ended (a session started late is answered on a later round). */
    private static void finish(SimulatorProcess simulator, List<CompletableFuture<Authentication>> flows)
            throws InterruptedException {
        CompletableFuture<Void> all = CompletableFuture.allOf(flows.toArray(CompletableFuture[]::new));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!all.isDone() && System.nanoTime() < deadline) {
            simulator.completeAll();
            Thread.sleep(50);
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** {@code Thread-*:160,C2_CompilerThread*:1}: names with their trailing number as {@code *}, counted. */
    private static String byPrefix(Set<String> names) {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : names) {
            counts.merge(name.replaceAll("\\d+$", "*"), 1L, Long::sum);
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((prefix, n) -> out.append(out.length() > 0 ? "," : "").append(prefix).append(':').append(n));
        return out.length() > 0 ? out.toString() : "none";
    }

    private static Set<String> threadNames(ThreadMXBean threads) {
        Set<String> names = new TreeSet<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                names.add(info.getThreadName().replace(' ', '_'));
            }
        }
        return names;
    }

    /** Open sockets of this process (Linux), the simulator's pipes not counted; -1 where unknown. */
    private static long openSockets() {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (java.io.IOException e) {
                    return false;
                }
            }).count();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    private static String classHistogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }
}
