package lt.savitarna.sdk.benchmarks.child;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.document.DownloadOptions;

/**
 * Downloads one document in a JVM of its own, so both sides get the same small heap:
 * {@code DownloadChild sdk|sdk-no-force|raw <base URI> <company> <party> <document> <folder>}.
 * {@code sdk} uses the default options; {@code sdk-no-force} returns without forcing the file to
 * disk ({@code DownloadOptions.forceToDisk(false)}). Prints
 * {@code bytes=… nanos=… peakHeap=… maxHeap=…}.
 */
public final class DownloadChild {

    private DownloadChild() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        Path folder = Path.of(args[5]);
        String side = args[0];
        HeapPeak heap = HeapPeak.start();
        long start = System.nanoTime();
        // The SDK names the file itself inside a folder; the raw path writes the file it is given.
        long bytes = switch (side) {
            case "sdk" -> SdkPortalCalls.download(base, args[2], args[3], args[4], folder);
            case "sdk-no-force" -> downloadWithoutForcing(base, args[2], args[3], args[4], folder);
            case "raw" -> RawPortalCalls.download(base, args[2], args[3], args[4], folder.resolve("raw.bin"));
            default -> throw new IllegalArgumentException("side: sdk, sdk-no-force or raw, not " + side);
        };
        long nanos = System.nanoTime() - start;
        long peakHeap = heap.bytes();
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        System.out.println("bytes=" + bytes + " nanos=" + nanos + " peakHeap=" + peakHeap
                + " maxHeap=" + Runtime.getRuntime().maxMemory());
    }

    private static long downloadWithoutForcing(URI base, String company, String party, String documentId,
                                               Path folder) {
        try (SavitarnaClient client = SavitarnaClient.builder().baseUri(base).build();
             Session session = client.login(SdkPortalCalls.EMAIL, SdkPortalCalls.PASSWORD.toCharArray())) {
            return session.workspace(company, party).documents()
                    .download(documentId, folder, DownloadOptions.builder().forceToDisk(false).build()).size();
        }
    }
}
