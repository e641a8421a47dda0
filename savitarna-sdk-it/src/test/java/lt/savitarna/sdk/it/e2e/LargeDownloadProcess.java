package lt.savitarna.sdk.it.e2e;

import java.net.URI;
import java.nio.file.Path;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.document.DownloadResult;

/**
 * Downloads one document in a JVM of its own, so that a test can give it a small heap:
 * {@code LargeDownloadProcess <portal> <email> <password> <companyId> <partyId> <documentId> <folder>}.
 * Prints the size, the verified SHA-256 and the peak heap use.
 */
public final class LargeDownloadProcess {

    private LargeDownloadProcess() {
    }

    public static void main(String[] args) {
        try (SavitarnaClient client = SavitarnaClient.builder().baseUri(URI.create(args[0])).build();
             Session session = client.login(args[1], args[2].toCharArray())) {
            DownloadResult result = session.workspace(args[3], args[4]).documents().download(args[5], Path.of(args[6]));
            long peakHeap = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.println("size=" + result.size() + " sha256=" + result.sha256()
                    + " maxHeap=" + Runtime.getRuntime().maxMemory() + " peakHeapUsed=" + peakHeap);
        }
    }
}
