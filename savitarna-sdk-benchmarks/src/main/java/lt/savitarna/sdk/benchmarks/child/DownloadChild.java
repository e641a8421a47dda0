package lt.savitarna.sdk.benchmarks.child;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Downloads one document in a JVM of its own, so both sides get the same small heap:
 * {@code DownloadChild sdk|raw <base URI> <company> <party> <document> <folder>}.
 * Prints {@code bytes=… nanos=… peakHeap=… maxHeap=…}.
 */
public final class DownloadChild {

    private DownloadChild() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        Path folder = Path.of(args[5]);
        // The SDK names the file itself inside a folder; the raw path writes the file it is given.
        Path target = "sdk".equals(args[0]) ? folder : folder.resolve("raw.bin");
        long start = System.nanoTime();
        long bytes = "sdk".equals(args[0])
                ? SdkPortalCalls.download(base, args[2], args[3], args[4], target)
                : RawPortalCalls.download(base, args[2], args[3], args[4], target);
        long nanos = System.nanoTime() - start;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        System.out.println("bytes=" + bytes + " nanos=" + nanos + " peakHeap=" + peakHeap
                + " maxHeap=" + Runtime.getRuntime().maxMemory());
    }
}
