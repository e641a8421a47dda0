package lt.savitarna.sdk.it.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lt.savitarna.sdk.it.contract.ApiOperations.ApiOperation;
import lt.savitarna.sdk.testkit.wiremock.PortalStubs;
import lt.savitarna.sdk.testkit.wiremock.StubData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holds the testkit's WireMock stubs against the OpenAPI document: every operation is called over
 * HTTP as the document's examples describe it, and request and response are validated; then the
 * signing scenario, the fallbacks and the faults; and finally every registered stub must have
 * answered at least once, so no stub escapes the check.
 */
class PortalStubsContractTest {

    private static final String MULTIPART_BOUNDARY = "stubs-boundary-7f3a";
    /** Stands in for bodies the validator cannot read (files, multipart), as in the e2e conformance check. */
    private static final byte[] UNREADABLE = {'.'};

    private final HttpClient http = HttpClient.newHttpClient();
    private final ContractValidator validator = ContractValidator.shared();
    private final List<String> violations = new ArrayList<>();
    private WireMockServer server;
    private PortalStubs stubs;
    private int exchanges;

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
    void everyOperationAnswersItsDocumentedSuccessAndEveryStubConforms() throws Exception {
        stubs.all();
        List<ApiOperation> operations = ApiOperations.of(validator.openApi());
        for (ApiOperation operation : operations) {
            server.resetScenarios();
            if (operation.id().equals("finalizeSignature")) {
                call(operation("startSignature"), true);
            } else if (operation.id().equals("downloadSignedContainer")) {
                call(operation("startSignature"), true);
                call(operation("finalizeSignature"), true);
            }
            call(operation, true);
        }
        assertEquals(37, operations.size(), "operations in the document");

        // The signing scenario and its refusals, each answer validated.
        server.resetScenarios();
        expect(409, operation("finalizeSignature"));
        expect(409, operation("downloadSignedContainer"));
        expect(201, operation("startSignature"));
        expect(201, operation("startSignature"));
        expect(204, operation("cancelSignature"));
        expect(204, operation("cancelSignature"));
        expect(201, operation("startSignature"));
        expect(200, operation("finalizeSignature"));
        String signed = expect(200, operation("getDocument"));
        assertTrue(signed.contains("\"SIGNED\""), signed);
        expect(409, operation("startSignature"));

        // The other documents of the listing, and their files.
        for (String id : List.of(StubData.INVOICE_ID, StubData.ANNEX_ID)) {
            String document = "/api/v1/companies/agrokoncernas/parties/p_9Fz1/documents/" + id;
            exchange("GET", document, true, null, null, 200);
            exchange("GET", document + "/content", true, null, null, 200);
        }

        // Fallbacks: unknown ids, missing token.
        exchange("GET", "/api/v1/companies/agrokoncernas/parties/p_9Fz1/documents/doc_unknown",
                true, null, null, 404);
        exchange("GET", "/api/v1/companies/agrokoncernas/parties/p_9Fz1/loyalty/orders/ord_unknown",
                true, null, null, 404);
        exchange("GET", "/api/v1/me", false, null, null, 401);

        assertConforms();
        Set<UUID> answered = server.getAllServeEvents().stream()
                .filter(ServeEvent::getWasMatched)
                .map(event -> event.getStubMapping().getId())
                .collect(Collectors.toSet());
        List<String> silent = server.getStubMappings().stream()
                .filter(stub -> !answered.contains(stub.getId()))
                .map(PortalStubsContractTest::describe)
                .toList();
        assertEquals(List.of(), silent, "stubs that never answered, so were never validated");
    }

    @Test
    void faultAnswersConformToo() throws Exception {
        stubs.all()
                .rateLimitedOnce("GET", "/api/v1/me", 2)
                .unavailableOnce("POST", PortalStubs.SCOPE + "/loyalty/orders", 5)
                .contractSignedAfterPolls(1);
        expect(429, operation("getProfile"));
        expect(200, operation("getProfile"));
        expect(503, operation("placeOrder"));
        expect(201, operation("placeOrder"));
        assertTrue(expect(200, operation("getDocument")).contains("AWAITING_SIGNATURE"));
        assertTrue(expect(200, operation("getDocument")).contains("\"SIGNED\""));
        expect(200, operation("downloadSignedContainer"));

        StubMapping maintenance = stubs.maintenance(600);
        expect(503, operation("listDocuments"));
        expect(503, operation("loginWithPassword"));
        server.removeStub(maintenance);
        expect(200, operation("listDocuments"));
        assertConforms();
    }

    private ApiOperation operation(String id) {
        return ApiOperations.of(validator.openApi()).stream()
                .filter(operation -> operation.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + id));
    }

    private String expect(int status, ApiOperation operation) throws Exception {
        HttpResponse<byte[]> response = call(operation, false);
        assertEquals(status, response.statusCode(), () -> operation + ": " + text(response));
        return text(response);
    }

    /** Calls the operation at its example path with its example body; {@code success}: must answer 2xx. */
    private HttpResponse<byte[]> call(ApiOperation operation, boolean success) throws Exception {
        boolean multipart = isMultipart(operation.operation().getRequestBody());
        String json = multipart ? null : exampleJson(operation.operation().getRequestBody());
        HttpResponse<byte[]> response = exchange(operation.method(), operation.concretePath(), !operation.isPublic(),
                operation.header("Idempotency-Key").isPresent() ? UUID.randomUUID().toString() : null,
                multipart ? MultipartBody.INSTANCE : json, success ? -1 : 0);
        if (success && response.statusCode() / 100 != 2) {
            violations.add(operation + " answered " + response.statusCode() + ": " + text(response));
        }
        return response;
    }

    /**
     * One exchange over HTTP, validated. {@code body}: a JSON string, {@link MultipartBody}, or null.
     * {@code expectedStatus}: checked when positive.
     */
    private HttpResponse<byte[]> exchange(String method, String path, boolean bearer, String idempotencyKey,
                                          Object body, int expectedStatus) throws Exception {
        String requestId = "stub-check-" + (++exchanges);
        HttpRequest.Builder wire = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("X-Request-Id", requestId);
        ContractRequest.Builder contract = ContractRequest.builder(method, path).requestId(requestId);
        if (bearer) {
            wire.header("Authorization", "Bearer " + StubData.ACCESS_TOKEN);
            contract.bearer(StubData.ACCESS_TOKEN);
        }
        if (idempotencyKey != null) {
            wire.header("Idempotency-Key", idempotencyKey);
            contract.idempotencyKey(idempotencyKey);
        }
        if (body instanceof String json) {
            wire.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            contract.json(json);
        } else if (body instanceof MultipartBody) {
            String type = "multipart/form-data; boundary=" + MULTIPART_BOUNDARY;
            wire.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(MultipartBody.bytes()));
            contract.header("Content-Type", type).body(UNREADABLE);
        } else {
            wire.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> response = http.send(wire.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (expectedStatus > 0) {
            assertEquals(expectedStatus, response.statusCode(), () -> method + " " + path + ": " + text(response));
        }
        ContractResponse.Builder answer = ContractResponse.status(response.statusCode());
        response.headers().map().forEach((name, values) -> answer.header(name, values.toArray(String[]::new)));
        if (response.body().length > 0) {
            boolean readable = response.headers().firstValue("Content-Type")
                    .map(type -> type.toLowerCase(Locale.ROOT).contains("json")).orElse(false);
            answer.body(readable ? response.body() : UNREADABLE);
        }
        // A call sent without its token on purpose breaks the contract itself: check only the answer.
        ContractReport report = expectedStatus == 401
                ? validator.validateResponse(contract.build(), answer.build())
                : validator.validate(contract.build(), answer.build());
        if (!report.isValid()) {
            violations.add(report.describe());
        }
        return response;
    }

    private void assertConforms() {
        if (!violations.isEmpty()) {
            fail(violations.size() + " stubbed exchanges break the contract:\n" + String.join("\n", violations));
        }
    }

    private static boolean isMultipart(RequestBody body) {
        return body != null && body.getContent() != null && body.getContent().containsKey("multipart/form-data");
    }

    private static String exampleJson(RequestBody body) throws Exception {
        if (body == null || body.getContent() == null) {
            return null;
        }
        MediaType json = body.getContent().get("application/json");
        if (json == null) {
            return null;
        }
        Object example = json.getExample();
        if (example == null && json.getExamples() != null && !json.getExamples().isEmpty()) {
            Example first = json.getExamples().values().iterator().next();
            example = first.getValue();
        }
        if (example == null) {
            throw new AssertionError("the document gives no example request body");
        }
        return Json.mapper().writeValueAsString(example);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String describe(StubMapping stub) {
        return stub.getRequest().getMethod() + " " + stub.getRequest().getUrlMatcher()
                + (stub.getScenarioName() == null ? "" : " [" + stub.getScenarioName() + ": "
                + stub.getRequiredScenarioState() + "]");
    }

    /** The multipart upload the tests send: a small PDF with a description. */
    private enum MultipartBody {
        INSTANCE;

        static byte[] bytes() {
            String head = "--" + MULTIPART_BOUNDARY + "\r\n"
                    + "Content-Disposition: form-data; name=\"description\"\r\n\r\n"
                    + "Pasėlių deklaracija 2026\r\n"
                    + "--" + MULTIPART_BOUNDARY + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"deklaracija-2026.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n";
            String tail = "\r\n--" + MULTIPART_BOUNDARY + "--\r\n";
            byte[] pdf = StubData.samplePdf();
            byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
            byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[headBytes.length + pdf.length + tailBytes.length];
            System.arraycopy(headBytes, 0, all, 0, headBytes.length);
            System.arraycopy(pdf, 0, all, headBytes.length, pdf.length);
            System.arraycopy(tailBytes, 0, all, headBytes.length + pdf.length, tailBytes.length);
            return all;
        }
    }
}
