package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;

class FirstStepsTest {

    @Test
    void printsStateAndRepresentations() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (SandboxServer sandbox = SandboxServer.builder().start()) {
            FirstSteps.run(ExamplePortal.around(sandbox, new PrintStream(buffer, true, StandardCharsets.UTF_8)));
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Session state: IDENTITY_UNCONFIRMED"), printed);
        assertTrue(printed.contains("session state: IDENTITY_CONFIRMED"), printed);
        assertTrue(printed.contains("Smart-ID"), "the refusal says how to confirm identity: " + printed);
        assertTrue(printed.contains(DemoData.JAVU_LAUKAS_NAME) && printed.contains(DemoData.ZALIOJI_DIRVA_NAME), printed);
    }
}
