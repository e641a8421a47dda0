package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

    @Test
    void startsPrintsTheBaseUriAndCredentialsAndAnswers() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (SandboxServer server = SandboxMain.start(new String[] {"--port", "0", "--host", "127.0.0.1"},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String banner = printed.toString(StandardCharsets.UTF_8);
            assertTrue(banner.contains(server.baseUri().toString()), banner);
            assertTrue(server.baseUri().toString().startsWith("http://127.0.0.1:"));
            assertTrue(banner.contains(DemoData.JONAS_EMAIL + " / " + DemoData.JONAS_PASSWORD));
            assertTrue(banner.contains(DemoData.ONA_EMAIL + " / " + DemoData.ONA_PASSWORD));

            assertEquals(200, new Http(server).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD).status());
        }
    }

    @Test
    void refusesArgumentsItDoesNotKnow() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--bogus"}, out));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--port"}, out));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--port", "x"}, out));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--port", "70000"}, out));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--large-document-size",
            "lots"}, out));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--large-document-size",
            "1k"}, out), "below the minimum");
    }

    @Test
    void theLargeDocumentSizeCanBeChosen() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (SandboxServer server = SandboxMain.start(new String[] {"--port", "0", "--large-document-size", "2m"}, out)) {
            Http http = new Http(server);
            String token = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
            assertEquals(2L << 20, http.get(Http.scope(DemoData.LARGE_DOCUMENT_COMPANY_ID, DemoData.LARGE_DOCUMENT_PARTY_ID)
                    + "/documents/" + DemoData.LARGE_DOCUMENT_ID).bearer(token).send().json().getJsonObject("file")
                    .getJsonNumber("size").longValue());
        }
    }
}
