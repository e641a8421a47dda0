package lt.savitarna.sdk.benchmarks;

import java.util.List;
import lt.savitarna.sdk.benchmarks.child.WaitingChild;

/**
 * (d) Many Smart-ID, then many Mobile-ID authentications waiting on the user at once through
 * {@code SignatureProvider.authenticateAsync}: the threads and heap the SDK takes for them, each
 * service in a JVM of its own that holds only the SDK (the simulators run in a further process).
 */
final class WaitingBench {

    private WaitingBench() {
    }

    static void run(Settings settings, Layout layout, List<Row> rows, List<String> notes) throws Exception {
        String sdkOnly = Children.classPath(layout.classes(), layout.deps("ours"));
        StringBuilder raw = new StringBuilder();
        for (String service : List.of("smart-id", "mobile-id")) {
            String line = Children.lastLine(List.of(Children.java(), "-cp", sdkOnly, WaitingChild.class.getName(),
                    service, Integer.toString(settings.waitingSessions()), layout.jar().toString()));
            System.out.println("  " + service + ": " + line);
            raw.append(raw.length() > 0 ? "`, `" : "").append(line);
            long n = Children.field(line, "count");
            long threads = Children.field(line, "threadsWaiting") - Children.field(line, "threadsBefore");
            long peak = Children.field(line, "peakThreads") - Children.field(line, "threadsBefore");
            long heapBytes = Children.field(line, "heapWaiting") - Children.field(line, "heapBefore");
            double heapMiB = heapBytes / 1048576.0;
            long failed = Children.field(line, "failed");
            String s = "d) " + n + (service.equals("smart-id") ? " Smart-ID" : " Mobile-ID")
                    + " sessions waiting at once (async API)";
            rows.add(Row.absolute(s, "live threads added while all wait (whole JVM)", threads, "≤ 16", threads <= 16,
                    "%.0f"));
            rows.add(Row.absolute(s, "peak live threads added", peak, "≤ 16", peak <= 16, "%.0f"));
            rows.add(Row.absolute(s, "heap held while all wait, after GC (MiB)", heapMiB, "≤ 128", heapMiB <= 128,
                    "%.1f"));
            rows.add(Row.absolute(s, "heap a waiting session (KiB)", heapBytes / 1024.0 / n, "–", true, "%.1f"));
            rows.add(Row.absolute(s, "sessions failed once answered", failed, "0", failed == 0, "%.0f"));
        }
        notes.add("d) One child JVM a service, class path = the SDK's runtime jars only; the Smart-ID and Mobile-ID "
                + "simulators run in a separate process (`SimulatorChild`, sessions held `RUNNING` until told), so "
                + "their threads and TLS buffers are not counted. After " + "8 warm-up authentications, baseline = "
                + "live threads and used heap after `System.gc()`; then " + settings.waitingSessions()
                + " `authenticateAsync` calls, started in waves of 50 (the simulator's JDK server does TLS on "
                + "4 workers), measured once the simulator holds that many long polls, then all answered and "
                + "every future checked (a session that fails or never ends counts as failed). Peak = most live "
                + "threads at any moment since the baseline; `newThreadsSeen` names the threads that came and "
                + "went meanwhile. Raw lines: `" + raw + "`.");
    }
}
