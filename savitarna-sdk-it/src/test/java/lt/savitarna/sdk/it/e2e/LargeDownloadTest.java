package lt.savitarna.sdk.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 1 GiB document downloads through the SDK in a JVM started with {@code -Xmx64m}, checksum verified. */
class LargeDownloadTest {

    @TempDir
    Path folder;

    @Test
    void oneGibibyteDownloadsWithSixtyFourMegabytesOfHeap() throws Exception {
        long size = DemoData.LARGE_DOCUMENT_DEFAULT_SIZE;
        try (SandboxServer sandbox = SandboxServer.builder().largeDocumentSize(size).start()) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process download = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    LargeDownloadProcess.class.getName(), sandbox.baseUri().toString(),
                    DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD,
                    DemoData.LARGE_DOCUMENT_COMPANY_ID, DemoData.LARGE_DOCUMENT_PARTY_ID, DemoData.LARGE_DOCUMENT_ID,
                    folder.toString())
                    .redirectErrorStream(true).start();
            String output = new String(download.getInputStream().readAllBytes());
            assertTrue(download.waitFor(5, TimeUnit.MINUTES));
            assertEquals(0, download.exitValue(), output);

            String expectedSha = sandbox.workspace(DemoData.LARGE_DOCUMENT_COMPANY_ID, DemoData.LARGE_DOCUMENT_PARTY_ID)
                    .sha256(DemoData.LARGE_DOCUMENT_ID);
            assertTrue(output.contains("size=" + size + " sha256=" + expectedSha), output);
            try (var files = Files.list(folder)) {
                Path file = files.findFirst().orElseThrow();
                assertEquals(size, Files.size(file));
                Files.delete(file);
            }
            System.out.println("large download: " + output.strip());
        }
    }
}
