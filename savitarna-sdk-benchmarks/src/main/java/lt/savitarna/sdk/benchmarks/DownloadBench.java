package lt.savitarna.sdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lt.savitarna.sdk.benchmarks.child.DownloadChild;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * (c) The sandbox's large document downloaded in a child JVM with {@code -Xmx64m}: the SDK
 * (streaming, SHA-256 checked, resumable; with its default of forcing the file to disk, and
 * without) against the raw client's {@code BodyHandlers.ofFile}, alternating, same heap.
 */
final class DownloadBench {

    private DownloadBench() {
    }

    static void run(Settings settings, Layout layout, List<Row> rows, List<String> notes) throws Exception {
        Path folder = Files.createTempDirectory("savitarna-bench-download");
        try (SandboxServer sandbox = SandboxServer.builder().largeDocumentSize(settings.largeSize()).start()) {
            // The sandbox hashes the file once, on first use: not inside either side's time.
            sandbox.workspace(DemoData.LARGE_DOCUMENT_COMPANY_ID, DemoData.LARGE_DOCUMENT_PARTY_ID)
                    .sha256(DemoData.LARGE_DOCUMENT_ID);
            List<Double> ours = new ArrayList<>();
            List<Double> oursNoForce = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            long ourPeak = 0;
            long rawPeak = 0;
            for (int i = 0; i < settings.downloadRuns(); i++) {
                List<String> order = i % 2 == 0 ? List.of("sdk", "raw", "sdk-no-force")
                        : List.of("sdk-no-force", "raw", "sdk");
                for (String side : order) {
                    String line = Children.lastLine(List.of(Children.java(), "-Xmx64m", "-cp",
                            layout.jar().toString(), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                            DownloadChild.class.getName(), side, sandbox.baseUri().toString(),
                            DemoData.LARGE_DOCUMENT_COMPANY_ID, DemoData.LARGE_DOCUMENT_PARTY_ID,
                            DemoData.LARGE_DOCUMENT_ID, folder.toString()));
                    if (Children.field(line, "bytes") != settings.largeSize()) {
                        throw new IllegalStateException(side + " downloaded the wrong size: " + line);
                    }
                    double mibPerSecond = settings.largeSize() / 1048576.0 / (Children.field(line, "nanos") / 1e9);
                    System.out.println("  " + side + ": " + line + " → " + mibPerSecond + " MiB/s");
                    switch (side) {
                        case "sdk" -> {
                            ours.add(mibPerSecond);
                            ourPeak = Math.max(ourPeak, Children.field(line, "peakHeap"));
                        }
                        case "sdk-no-force" -> {
                            oursNoForce.add(mibPerSecond);
                            ourPeak = Math.max(ourPeak, Children.field(line, "peakHeap"));
                        }
                        default -> {
                            raw.add(mibPerSecond);
                            rawPeak = Math.max(rawPeak, Children.field(line, "peakHeap"));
                        }
                    }
                }
            }
            String s = "c) " + (settings.largeSize() >> 20) + " MiB download, -Xmx64m";
            rows.add(Row.atLeast(s, "throughput, median (MiB/s)", Stats.median(ours), Stats.median(raw), 0.95, "%.0f"));
            rows.add(Row.atLeast(s, "throughput with forceToDisk(false), median (MiB/s)", Stats.median(oursNoForce),
                    Stats.median(raw), 0.95, "%.0f"));
            rows.add(new Row(s, "peak heap used (MiB); heap ceiling passes", String.format("%.1f", ourPeak / 1048576.0),
                    String.format("%.1f", rawPeak / 1048576.0), (double) ourPeak / rawPeak, "≤ 64 MiB, completes",
                    ourPeak <= 64L << 20));
            notes.add("c) Each download in its own child JVM (`-Xmx64m`, the runner jar as class path), "
                    + settings.downloadRuns() + " a side, alternating; time covers login and the download. The "
                    + "SDK also computes and checks the SHA-256 while it writes and keeps a resumable partial "
                    + "file; by default it forces the file to disk before the atomic rename, and the second "
                    + "throughput row is the same download with `DownloadOptions.forceToDisk(false)`. The raw "
                    + "side writes the bytes with `BodyHandlers.ofFile`, checks nothing and forces nothing.");
        } finally {
            Files.deleteIfExists(folder);
        }
    }
}
