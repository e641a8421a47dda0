package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.PortalExtension;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing queue signs the contract awaiting signature and its two annexes, with a code for each,
 * and saves the three signed containers.
 */
@ExtendWith(PortalExtension.class)
class ContractSigningQueueTest {

    @Test
    void signsEverythingAwaitingTheSignature(SavitarnaClient client, SmartIdProvider smartId, SandboxServer sandbox,
                                             @TempDir Path folder) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int signed = ContractSigningQueue.run(client, smartId, folder,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);

        assertEquals(3, signed, text);
        assertEquals(3, sandbox.counters().completedSignatures());
        assertEquals(3, text.split("Verification code: \\d{4}", -1).length - 1, text);
        assertTrue(sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID)
                .document(DemoData.CONTRACT_AWAITING_SIGNATURE_ID).orElseThrow().state().equals("SIGNED"), text);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> containers = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(3, containers.size(), containers.toString());
            // the first annex's number is SUT-<year>-0142/1
            assertTrue(containers.stream().anyMatch(n -> n.matches("SUT-\\d{4}-0142-1\\.asice")), containers.toString());
        }
    }
}
