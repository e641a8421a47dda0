package lt.savitarna.sdk.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator's own behaviour: what it skips, how it reports, where it finds the document. */
class ContractValidatorTest {

    private static final ContractValidator CONTRACT = ContractValidator.shared();
    private static final String SCOPE = "/api/v1/companies/agrokoncernas/parties/p_2";

    @Test
    void sandboxHooksAreOutsideTheContract() {
        ContractRequest hook = ContractRequest.post("/_sandbox/accounts/ona@example.lt/confirm-identity").build();

        ContractReport report = CONTRACT.validate(hook, ContractResponse.status(204).build());

        assertTrue(report.skipped());
        assertTrue(report.isValid());
        assertTrue(report.describe().contains("not part of the contract"), report.describe());
        assertTrue(CONTRACT.validateRequest(hook).skipped());
    }

    @Test
    void aQueryStringInThePathIsSplitAndDecoded() {
        ContractRequest request = ContractRequest.get("/api/v1/me/representations?limit=0&cursor=a%20b&cursor=c")
                .bearer("at").build();

        assertEquals("/api/v1/me/representations", request.path());
        assertEquals(Map.of("limit", List.of("0"), "cursor", List.of("a b", "c")), request.query());
        // cursor is a single value: repeating it is an error of its own
        assertEquals(Set.of("validation.request.parameter.schema.minimum", "validation.request.parameter.collection.invalid"),
                CONTRACT.validateRequest(request).errorKeys());
    }

    @Test
    void theChangeFeedIsNotMistakenForADocument() {
        assertEquals("listDocumentChanges",
                CONTRACT.operation("GET", SCOPE + "/documents/changes").orElseThrow().getOperationId());
        assertEquals("getDocument", CONTRACT.operation("GET", SCOPE + "/documents/doc_1").orElseThrow().getOperationId());
        assertTrue(CONTRACT.operation("PUT", SCOPE + "/documents/doc_1").isEmpty());
    }

    @Test
    void aReportListsEachFindingUnderTheExchange() {
        ContractRequest request = ContractRequest.post("/api/v1/registrations")
                .json("{\"firstName\":\"Ona\",\"lastName\":\"P\",\"email\":\"ona@example.lt\",\"password\":\"s3cret-pass-1\"}")
                .build();

        ContractReport report = CONTRACT.validateRequest(request);

        assertFalse(report.isValid());
        String text = report.describe();
        assertTrue(text.startsWith("POST /api/v1/registrations: 1 error"), text);
        assertTrue(text.contains("[ERROR] validation.request.parameter.header.missing: Header parameter 'Idempotency-Key'"),
                text);
        AssertionError failure = assertThrows(AssertionError.class, report::assertValid);
        assertEquals(text, failure.getMessage());
    }

    @Test
    void aValidReportSaysSoAndPassesAssertValid() {
        ContractRequest request = ContractRequest.get("/api/v1/companies").bearer("at").build();

        ContractReport report = CONTRACT.validateRequest(request);

        assertSame(report, report.assertValid());
        assertEquals("GET /api/v1/companies: matches the contract", report.describe());
    }

    @Test
    void secretsStayOutOfRequestsAndReports() {
        ContractRequest request = ContractRequest.post("/api/v1/auth/password").bearer("at_secret_token")
                .json("{\"email\":\"ona@example.lt\",\"password\":\"pa55word-secret\"}").build();
        ContractResponse response = ContractResponse.status(200).json("{}").build();

        String text = request + " " + response + " " + CONTRACT.validate(request, response).describe();

        assertEquals("POST /api/v1/auth/password", request.toString());
        assertFalse(text.contains("at_secret_token"), text);
        assertFalse(text.contains("pa55word-secret"), text);
    }

    @Test
    void headerNamesCompareCaseInsensitively() {
        ContractRequest request = ContractRequest.get("/api/v1/companies").bearer("at")
                .header("x-request-id", "r-1").build();
        ContractResponse echoed = ContractResponse.status(200).header("X-REQUEST-ID", "r-1")
                .json("{\"items\":[]}").build();
        ContractResponse other = ContractResponse.status(200).header("x-request-id", "r-2")
                .json("{\"items\":[]}").build();

        assertEquals("r-1", request.header("X-Request-Id").orElseThrow());
        assertTrue(CONTRACT.validate(request, echoed).isValid());
        assertEquals(Set.of(ContractValidator.KEY_REQUEST_ID_ECHO), CONTRACT.validate(request, other).errorKeys());
    }

    @Test
    void theEchoIsOnlyCheckedWhenTheRequestSentAnId() {
        ContractRequest request = ContractRequest.get("/api/v1/companies").bearer("at").build();
        ContractResponse response = ContractResponse.status(200).requestId("generated-by-server")
                .json("{\"items\":[]}").build();

        assertTrue(CONTRACT.validate(request, response).isValid());
    }

    @Test
    void aProblemsRequestIdMustMatchTheHeader() {
        ContractRequest request = ContractRequest.get("/api/v1/me").bearer("at").build();
        ContractResponse response = ContractResponse.status(401).requestId("r-1").problem(
                "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":401,\"code\":\"UNAUTHENTICATED\",\"requestId\":\"r-9\"}")
                .build();

        assertEquals(Set.of(ContractValidator.KEY_REQUEST_ID_ECHO), CONTRACT.validate(request, response).errorKeys());
    }

    @Test
    void theSurefirePropertyNamesTheDocument() {
        String configured = System.getProperty(ContractValidator.SPECIFICATION_PROPERTY);
        assumeTrue(configured != null, "run outside the module's surefire configuration");

        assertEquals(Path.of(configured).toAbsolutePath().normalize(), ContractValidator.specificationPath());
        assertEquals(ContractValidator.specificationPath(), CONTRACT.specification());
        assertTrue(CONTRACT.specification().endsWith(Path.of("api", "savitarna-api-v1.yaml")));
    }

    @Test
    void aPropertyNamingNoFileFailsClearly(@TempDir Path dir) {
        String previous = System.getProperty(ContractValidator.SPECIFICATION_PROPERTY);
        System.setProperty(ContractValidator.SPECIFICATION_PROPERTY, dir.resolve("missing.yaml").toString());
        try {
            IllegalStateException failure = assertThrows(IllegalStateException.class, ContractValidator::specificationPath);
            assertTrue(failure.getMessage().contains("missing.yaml"), failure.getMessage());
        } finally {
            restore(previous);
        }
    }

    @Test
    void anotherDocumentCanBeLoaded(@TempDir Path dir) throws Exception {
        Path document = dir.resolve("tiny.yaml");
        Files.writeString(document, """
                openapi: 3.0.3
                info: { title: tiny, version: '1' }
                servers: [ { url: /api/v1 } ]
                security: [ { bearerAuth: [] } ]
                paths:
                  /ping:
                    get:
                      operationId: ping
                      responses:
                        '204': { description: pong }
                components:
                  securitySchemes:
                    bearerAuth: { type: http, scheme: bearer }
                """);

        ContractValidator tiny = ContractValidator.load(document);

        assertEquals(document.toAbsolutePath().normalize(), tiny.specification());
        assertTrue(tiny.validate(ContractRequest.get("/api/v1/ping").bearer("at").build(),
                ContractResponse.status(204).build()).isValid());
        assertEquals(Set.of("validation.request.security.missing"),
                tiny.validateRequest(ContractRequest.get("/api/v1/ping").build()).errorKeys());
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(ContractValidator.SPECIFICATION_PROPERTY);
        } else {
            System.setProperty(ContractValidator.SPECIFICATION_PROPERTY, previous);
        }
    }
}
