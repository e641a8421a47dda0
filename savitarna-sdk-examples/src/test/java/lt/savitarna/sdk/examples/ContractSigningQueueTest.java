package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.PortalExtension;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The signing queue signs the contract awaiting signature and its two annexes, with a code for each. */
@ExtendWith(PortalExtension.class)
class ContractSigningQueueTest {

    @Test
    void signsEverythingAwaitingTheSignature(SavitarnaClient client, SmartIdProvider smartId, SandboxServer sandbox) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int signed = ContractSigningQueue.run(client, smartId, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);

        assertEquals(3, signed, text);
        assertEquals(3, sandbox.counters().completedSignatures());
        assertEquals(3, text.split("Verification code: \\d{4}", -1).length - 1, text);
        assertTrue(sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID)
                .document(DemoData.CONTRACT_AWAITING_SIGNATURE_ID).orElseThrow().state().equals("SIGNED"), text);
    }
}
