package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's demo: every step of the workflow runs and prints what a person needs to see. */
class DemoTest {

    @TempDir
    Path work;

    @Test
    void runsTheWholeWorkflowOnTheEmbeddedServices() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (EmbeddedServices services = new EmbeddedServices(false)) {
            new Demo(out, services.smartId(), Demo.demoPerson(), work).run(services.sandbox.baseUri());
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        for (String expected : List.of(
                "1. Registering with the portal's consents",
                "session state: IDENTITY_UNCONFIRMED",
                "Smart-ID", // the refusal says how to confirm
                "session state: IDENTITY_CONFIRMED",
                "4. Choosing the company and the represented party",
                "AWAITING_SIGNATURE",
                "100%", // the invoice's progress bar completed
                "SHA-256 checked",
                "the contract is now SIGNED",
                "META-INF/signatures0.xml",
                "MEMBER, card",
                "11. Order history",
                "PLACED",
                "nuomos-sutartis.pdf attached")) {
            assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
        }
        assertTrue(text.split("Verification code: \\d{4}", -1).length - 1 >= 2,
                "the code to compare is shown for the confirmation and for the signature:\n" + text);
    }
}
