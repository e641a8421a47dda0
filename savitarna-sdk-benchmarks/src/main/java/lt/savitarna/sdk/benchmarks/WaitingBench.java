package lt.savitarna.sdk.benchmarks;

import java.util.List;
import lt.savitarna.sdk.benchmarks.child.WaitingChild;

/**
 * (d) Many Smart-ID authentications waiting on the user at once through
 * {@code SignatureProvider.authenticateAsync}: threads and heap they take, in a JVM of their own.
 */
final class WaitingBench {

    private WaitingBench() {
    }

    static void run(Settings settings, Layout layout, List<Row> rows, List<String> notes) throws Exception {
        String line = Children.lastLine(List.of(Children.java(), "-Xss512k", "-cp", layout.jar().toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", WaitingChild.class.getName(),
                Integer.toString(settings.waitingSessions())));
        System.out.println("  " + line);
        long n = Children.field(line, "count");
        long threadDelta = Children.field(line, "peakThreads") - Children.field(line, "threadsBefore");
        long clientDelta = Children.field(line, "clientThreadsWaiting") - Children.field(line, "clientThreadsBefore");
        double heapMiB = (Children.field(line, "heapWaiting") - Children.field(line, "heapBefore")) / 1048576.0;
        String s = "d) " + n + " Smart-ID sessions waiting at once (async API)";
        rows.add(Row.absolute(s, "peak live threads added (whole JVM)", threadDelta, "≤ 16", threadDelta <= 16, "%.0f"));
        rows.add(Row.absolute(s, "client threads while all wait", clientDelta, "≤ 16", clientDelta <= 16, "%.0f"));
        rows.add(Row.absolute(s, "heap held while all wait, after GC (MiB)", heapMiB, "≤ 128", heapMiB <= 128, "%.1f"));
        notes.add("d) Child JVM with the simulator in `completeManually()` mode; " + n + " `authenticateAsync` calls, "
                + "measured once the simulator holds all " + n + " long polls (`waitingPolls()`), then "
                + "`completeAll()`. Raw line: `" + line + "`. The whole-JVM delta includes the simulator's fixed "
                + "pool (4 workers, 1 timer, 1 dispatcher) if not yet started at the baseline.");
    }
}
