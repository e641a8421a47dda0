package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.testkit.PortalEnvironment;
import lt.savitarna.sdk.testkit.sandbox.SandboxExchange;
import org.junit.jupiter.api.Test;

/** Closing the signing dialog cancels the pending signature: the contract still awaits one. */
class ContractSigningDialogTest {

    @Test
    void closingTheDialogCancelsThePendingSignature() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PortalEnvironment services = PortalEnvironment.start(true, ContractSigningDialog.PERSON_ANSWERS_AFTER);
             SavitarnaClient client = services.client()) {
            Document contract = ContractSigningDialog.run(client, services.smartId(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            String text = printed.toString(StandardCharsets.UTF_8);

            assertEquals(DocumentState.AWAITING_SIGNATURE, contract.state(), text);
            assertTrue(text.matches("(?s).*Verification code: \\d{4}.*"), text);
            assertEquals(0, services.sandbox().counters().completedSignatures(), text);
            // the cancellation reaches the portal in the background
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (deletes(services) == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertEquals(1, deletes(services), "the pending signature was cancelled: " + text);
        }
    }

    private static long deletes(PortalEnvironment services) {
        return services.sandbox().exchanges().stream().map(SandboxExchange::method).filter("DELETE"::equals).count();
    }
}
