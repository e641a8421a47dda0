package lt.savitarna.sdk.benchmarks;

import java.util.ArrayList;
import java.util.List;
import lt.savitarna.sdk.benchmarks.child.ColdPortalChild;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * (e) A new JVM from process start to client built, logged in and the first page of documents
 * in: the SDK (its runtime class path) against the raw client (Yasson, Parsson and the APIs).
 */
final class PortalColdBench {

    private PortalColdBench() {
    }

    static void run(Settings settings, Layout layout, List<Row> rows, List<String> notes) throws Exception {
        try (SandboxServer sandbox = SandboxServer.builder().exchangeLogCapacity(1).start()) {
            PortalWorkspace.fill(sandbox); // the first page then carries 50 documents, as in (a)
            String ours = Children.classPath(layout.classes(), layout.deps("ours"));
            String raw = Children.classPath(layout.classes(), layout.deps("raw"));
            List<Long> ourRuns = new ArrayList<>();
            List<Long> rawRuns = new ArrayList<>();
            for (int i = 0; i < settings.coldRuns(); i++) {
                for (String side : i % 2 == 0 ? List.of("sdk", "raw") : List.of("raw", "sdk")) {
                    long nanos = Children.timeToReady(List.of(Children.java(), "-cp", side.equals("sdk") ? ours : raw,
                            ColdPortalChild.class.getName(), side, sandbox.baseUri().toString()));
                    (side.equals("sdk") ? ourRuns : rawRuns).add(nanos);
                }
            }
            System.out.println("  cold portal: sdk " + ourRuns + " raw " + rawRuns);
            rows.add(Row.info("e) cold portal client", "new JVM → client, login, first page, median (ms)",
                    Stats.median(ourRuns) / 1e6, Stats.median(rawRuns) / 1e6, "%.0f"));
            notes.add("e) " + settings.coldRuns() + " child JVMs a side, alternating; each builds its client, logs "
                    + "in and reads one page of 50 documents. No target was set; the ratio is for information.");
        }
    }
}
