package lt.savitarna.sdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortalStubsTest {

    private static final String SCOPE = "/api/v1/companies/" + StubData.COMPANY_ID + "/parties/" + StubData.PARTY_ID;
    private static final String CONTRACT = SCOPE + "/documents/" + StubData.CONTRACT_ID;

    private final HttpClient http = HttpClient.newHttpClient();
    private WireMockServer server;
    private PortalStubs stubs;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        stubs = PortalStubs.on(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sampleFilesMatchTheirStatedChecksums() {
        assertEquals(StubData.SAMPLE_PDF_SIZE, StubData.samplePdf().length);
        assertEquals(StubData.SAMPLE_PDF_SHA256, sha256(StubData.samplePdf()));
        assertEquals(StubData.SAMPLE_CONTAINER_SHA256, sha256(StubData.sampleContainer()));
        assertTrue(new String(StubData.samplePdf(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-1."));
        assertTrue(StubData.body("document-contract").contains(StubData.SAMPLE_PDF_SHA256));
    }

    @Test
    void contentIsThePdfWithItsChecksumAndTheRequestIdIsEchoed() throws Exception {
        stubs.all();
        HttpResponse<byte[]> response = send("GET", CONTRACT + "/content", "rid-1");
        assertEquals(200, response.statusCode());
        assertArrayEquals(StubData.samplePdf(), response.body());
        assertEquals(StubData.SAMPLE_PDF_SHA256, response.headers().firstValue("X-Checksum-SHA256").orElseThrow());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("rid-1", response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void unknownIdsAnswerNotFoundAndMissingTokensUnauthenticated() throws Exception {
        stubs.all();
        HttpResponse<byte[]> missing = send("GET", SCOPE + "/documents/doc_unknown", "rid-2");
        assertEquals(404, missing.statusCode());
        assertTrue(text(missing).contains("\"code\":\"NOT_FOUND\""), text(missing));
        assertTrue(text(missing).contains("\"requestId\":\"rid-2\""), text(missing));

        HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(uri("/api/v1/me")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("X-Request-Id").filter(id -> !id.isBlank()).isPresent());
    }

    @Test
    void signingMovesTheContractFromAwaitingToSigned() throws Exception {
        stubs.all();
        assertTrue(text(send("GET", CONTRACT, null)).contains("AWAITING_SIGNATURE"));
        assertEquals(409, send("GET", CONTRACT + "/signed-container", null).statusCode());
        assertEquals(409, send("POST", CONTRACT + "/signatures/" + StubData.SIGNATURE_ID + "/finalization", null).statusCode());

        HttpResponse<byte[]> started = send("POST", CONTRACT + "/signatures", null);
        assertEquals(201, started.statusCode());
        assertTrue(text(started).contains("\"state\": \"PENDING\""), text(started));
        HttpResponse<byte[]> finalised = send("POST", CONTRACT + "/signatures/" + StubData.SIGNATURE_ID + "/finalization", null);
        assertEquals(200, finalised.statusCode());
        assertTrue(text(finalised).contains("COMPLETED"));

        assertTrue(text(send("GET", CONTRACT, null)).contains("\"state\": \"SIGNED\""));
        HttpResponse<byte[]> container = send("GET", CONTRACT + "/signed-container", null);
        assertEquals(200, container.statusCode());
        assertArrayEquals(StubData.sampleContainer(), container.body());
        assertEquals(409, send("POST", CONTRACT + "/signatures", null).statusCode());
    }

    @Test
    void contractIsSignedAfterTheGivenPolls() throws Exception {
        stubs.all().contractSignedAfterPolls(2);
        assertTrue(text(send("GET", CONTRACT, null)).contains("AWAITING_SIGNATURE"));
        assertTrue(text(send("GET", CONTRACT, null)).contains("AWAITING_SIGNATURE"));
        assertTrue(text(send("GET", CONTRACT, null)).contains("\"state\": \"SIGNED\""));
        assertTrue(text(send("GET", CONTRACT, null)).contains("\"state\": \"SIGNED\""));
        assertEquals(200, send("GET", CONTRACT + "/signed-container", null).statusCode());
    }

    @Test
    void faultsHappenOnceThenTheNormalAnswerPasses() throws Exception {
        stubs.all()
                .rateLimitedOnce("GET", "/api/v1/me", 7)
                .unavailableOnce("GET", "/api/v1/companies", 3)
                .connectionResetOnce("GET", "/api/v1/me/representations");

        HttpResponse<byte[]> limited = send("GET", "/api/v1/me", null);
        assertEquals(429, limited.statusCode());
        assertEquals("7", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, send("GET", "/api/v1/me", null).statusCode());

        HttpResponse<byte[]> unavailable = send("GET", "/api/v1/companies", null);
        assertEquals(503, unavailable.statusCode());
        assertEquals("3", unavailable.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, send("GET", "/api/v1/companies", null).statusCode());

        assertThrows(IOException.class, () -> send("GET", "/api/v1/me/representations", null));
        assertEquals(200, send("GET", "/api/v1/me/representations", null).statusCode());
    }

    @Test
    void maintenanceAnswersEveryCallUntilRemoved() throws Exception {
        stubs.all();
        var stub = stubs.maintenance(60);
        assertEquals(503, send("GET", "/api/v1/me", null).statusCode());
        assertEquals(503, send("POST", "/api/v1/auth/password", null).statusCode());
        server.removeStub(stub);
        assertEquals(200, send("GET", "/api/v1/me", null).statusCode());
    }

    private HttpResponse<byte[]> send(String method, String path, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + StubData.ACCESS_TOKEN)
                .method(method, "GET".equals(method)
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
