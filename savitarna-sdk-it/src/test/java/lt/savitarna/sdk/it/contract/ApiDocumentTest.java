package lt.savitarna.sdk.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lt.savitarna.sdk.it.contract.ApiOperations.ApiOperation;
import org.junit.jupiter.api.Test;

/** Structural rules of the OpenAPI document itself (conventions of api/README.md). */
class ApiDocumentTest {

    private static final ContractValidator CONTRACT = ContractValidator.shared();
    private static final OpenAPI API = CONTRACT.openApi();
    private static final List<ApiOperation> OPERATIONS = ApiOperations.of(API);

    private static final Set<String> PUBLIC_OPERATIONS = Set.of(
            "registerAccount", "loginWithPassword", "refreshSession", "createLoginChallenge", "completeLoginChallenge");
    private static final Set<String> OPTIONAL_IDEMPOTENCY_KEY = Set.of(
            "loginWithPassword", "refreshSession", "createLoginChallenge", "completeLoginChallenge");
    private static final String SCOPE = "/companies/{companyId}/parties/{partyId}/";

    @Test
    void documentParsesWithoutMessages() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String text = Files.readString(CONTRACT.specification(), StandardCharsets.UTF_8);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);

        assertEquals(List.of(), result.getMessages());
        assertEquals("3.0.3", result.getOpenAPI().getOpenapi());
        assertEquals(ContractValidator.BASE_PATH, result.getOpenAPI().getServers().get(0).getUrl());
        assertTrue(OPERATIONS.size() >= 37, "operations: " + OPERATIONS.size());
    }

    @Test
    void everyOperationHasAUniqueIdASummaryAndADeclaredTag() {
        Set<String> declaredTags = API.getTags().stream().map(Tag::getName).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        for (ApiOperation op : OPERATIONS) {
            assertTrue(op.id() != null && op.id().matches("[a-z][A-Za-z]+"), "operationId of " + op);
            assertTrue(ids.add(op.id()), "duplicate operationId " + op.id());
            assertTrue(op.operation().getSummary() != null && !op.operation().getSummary().isBlank(), "summary of " + op);
            assertFalse(op.operation().getTags() == null || op.operation().getTags().isEmpty(), "tags of " + op);
            assertTrue(declaredTags.containsAll(op.operation().getTags()), "undeclared tag on " + op);
        }
    }

    @Test
    void everyOperationAnswersAtLeastOneClientErrorAsAProblem() {
        for (ApiOperation op : OPERATIONS) {
            boolean problem4xx = op.responses().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("4"))
                    .anyMatch(e -> op.problemContent(e.getValue()).isPresent());
            assertTrue(problem4xx, "no 4xx problem response on " + op);
        }
    }

    @Test
    void everyErrorResponseIsAProblemWithDeclaredCodes() {
        for (ApiOperation op : OPERATIONS) {
            op.responses().forEach((status, response) -> {
                boolean error = status.startsWith("4") || status.startsWith("5");
                Optional<MediaType> problem = op.problemContent(response);
                assertEquals(error, problem.isPresent(), "problem content of " + status + " on " + op);
                if (!error) {
                    return;
                }
                assertEquals(1, response.getContent().size(), "only problem+json on " + status + " of " + op);
                Schema<?> schema = problem.get().getSchema();
                assertTrue(schema.getRequired().containsAll(List.of("type", "title", "status", "code", "requestId")),
                        "Problem schema on " + status + " of " + op);
                assertTrue(Boolean.TRUE.equals(schema.getAdditionalProperties()), "Problem allows extension members");
                List<String> codes = ContractValidator.problemCodes(response);
                assertFalse(codes.isEmpty(), "x-problem-codes on " + status + " of " + op);
            });
        }
    }

    @Test
    void everyCodeKeepsOneStatusAndIsInTheProblemCatalogue() {
        Map<String, Set<String>> statusesByCode = documentCodes();
        String catalogue = ((Schema<?>) API.getComponents().getSchemas().get("Problem").getProperties().get("code"))
                .getDescription();
        statusesByCode.forEach((code, statuses) -> {
            assertEquals(1, statuses.size(), code + " appears with statuses " + statuses);
            assertTrue(code.matches("[A-Z][A-Z0-9_]*"), code);
            assertTrue(Pattern.compile("\\b" + code + "\\b").matcher(catalogue).find(), code + " missing in Problem.code");
        });
    }

    @Test
    void readmeAndDocumentListTheSameCodesWithTheSameStatuses() throws IOException {
        String readme = Files.readString(CONTRACT.specification().resolveSibling("README.md"), StandardCharsets.UTF_8);
        Map<String, Set<String>> readmeCodes = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\|\\s*(\\d{3})\\s*\\|\\s*`([A-Z_]+)`\\s*\\|").matcher(readme);
        while (row.find()) {
            readmeCodes.computeIfAbsent(row.group(2), c -> new TreeSet<>()).add(row.group(1));
        }
        assertTrue(readmeCodes.size() > 30, "README code tables not found: " + readmeCodes.keySet());
        assertEquals(readmeCodes, documentCodes());
    }

    @Test
    void everyChangingPostOrPatchDeclaresAnIdempotencyKey() {
        List<String> naturallyIdempotent = new ArrayList<>();
        for (ApiOperation op : OPERATIONS) {
            if (!op.method().equals("POST") && !op.method().equals("PATCH")) {
                assertTrue(op.header("Idempotency-Key").isEmpty(), "Idempotency-Key on " + op);
                continue;
            }
            Map<String, Object> extensions = op.operation().getExtensions();
            if (extensions != null && Boolean.TRUE.equals(extensions.get("x-naturally-idempotent"))) {
                naturallyIdempotent.add(op.id());
                continue;
            }
            Optional<Parameter> key = op.header("Idempotency-Key");
            assertTrue(key.isPresent(), "no Idempotency-Key on " + op);
            boolean required = Boolean.TRUE.equals(key.get().getRequired());
            assertEquals(!OPTIONAL_IDEMPOTENCY_KEY.contains(op.id()), required, "Idempotency-Key required on " + op);
            assertEquals("^[\\x20-\\x7E]{1,255}$", key.get().getSchema().getPattern());
        }
        assertEquals(List.of("logout"), naturallyIdempotent);
    }

    @Test
    void everyOperationTakesAndEveryResponseEchoesTheRequestId() {
        for (ApiOperation op : OPERATIONS) {
            assertTrue(op.header("X-Request-Id").isPresent(), "X-Request-Id parameter on " + op);
            op.responses().forEach((status, response) -> {
                Header header = response.getHeaders() == null ? null : response.getHeaders().get("X-Request-Id");
                assertTrue(header != null && Boolean.TRUE.equals(header.getRequired()),
                        "X-Request-Id header on " + status + " of " + op);
            });
        }
    }

    @Test
    void throttlingOutagesAndKeysInUseCarryRetryAfter() {
        for (ApiOperation op : OPERATIONS) {
            for (String status : List.of("429", "500", "503")) {
                assertTrue(op.responses().containsKey(status), status + " on " + op);
            }
            op.responses().forEach((status, response) -> {
                Header retryAfter = response.getHeaders().get("Retry-After");
                if (status.equals("429") || status.equals("503")) {
                    assertTrue(retryAfter != null && Boolean.TRUE.equals(retryAfter.getRequired()),
                            "required Retry-After on " + status + " of " + op);
                }
                if (ContractValidator.problemCodes(response).contains("IDEMPOTENCY_KEY_IN_USE")) {
                    assertTrue(retryAfter != null, "Retry-After with IDEMPOTENCY_KEY_IN_USE on " + status + " of " + op);
                }
            });
        }
    }

    @Test
    void onlyTheLoginStepsArePublicAndEverythingElseAnswersUnauthenticated() {
        Set<String> publicIds = new TreeSet<>();
        for (ApiOperation op : OPERATIONS) {
            if (op.isPublic()) {
                publicIds.add(op.id());
                continue;
            }
            assertEquals(List.of("bearerAuth"), op.operation().getSecurity().stream()
                    .flatMap(requirement -> requirement.keySet().stream()).collect(Collectors.toList()), "security of " + op);
            ApiResponse unauthenticated = op.responses().get("401");
            assertTrue(unauthenticated != null && ContractValidator.problemCodes(unauthenticated)
                    .containsAll(List.of("UNAUTHENTICATED", "TOKEN_EXPIRED")), "401 of " + op);
        }
        assertEquals(new TreeSet<>(PUBLIC_OPERATIONS), publicIds);
    }

    @Test
    void workspaceOperationsRequireConfirmedIdentityAndHideOtherScopes() {
        List<ApiOperation> scoped = OPERATIONS.stream().filter(op -> op.path().startsWith(SCOPE)).toList();
        assertTrue(scoped.size() >= 20, "scoped operations: " + scoped.size());
        for (ApiOperation op : scoped) {
            ApiResponse forbidden = op.responses().get("403");
            ApiResponse notFound = op.responses().get("404");
            assertTrue(forbidden != null && ContractValidator.problemCodes(forbidden).contains("IDENTITY_NOT_CONFIRMED"),
                    "403 IDENTITY_NOT_CONFIRMED on " + op);
            assertTrue(notFound != null && ContractValidator.problemCodes(notFound).contains("NOT_FOUND"),
                    "404 NOT_FOUND on " + op);
        }
    }

    @Test
    void pagedListsAndOnlyThoseTakeLimitAndCursor() {
        Set<String> paged = new TreeSet<>();
        for (ApiOperation op : OPERATIONS) {
            ApiResponse ok = op.responses().get("200");
            MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().get("application/json");
            Map<String, ? extends Schema<?>> properties = json == null ? null : properties(json.getSchema());
            boolean page = properties != null && properties.containsKey("items") && properties.containsKey("nextCursor");
            assertEquals(page, op.hasQuery("cursor"), "cursor on " + op);
            assertEquals(page, op.hasQuery("limit"), "limit on " + op);
            if (page) {
                paged.add(op.id());
                assertEquals("array", properties.get("items").getType(), "items of " + op);
            }
        }
        assertEquals(new TreeSet<>(Set.of("listRepresentations", "listDocuments", "listDocumentChanges",
                "listContractAnnexes", "listOffers", "listOrders", "listHelpRequests", "listUploads")), paged);
    }

    @Test
    void everyJsonRequestBodyHasAnExample() {
        for (ApiOperation op : OPERATIONS) {
            if (op.operation().getRequestBody() == null) {
                continue;
            }
            MediaType json = op.operation().getRequestBody().getContent().get("application/json");
            if (json != null) {
                assertTrue(json.getExample() != null || (json.getExamples() != null && !json.getExamples().isEmpty()),
                        "request example on " + op);
            }
        }
    }

    @SuppressWarnings("unchecked") // the model's properties are raw Schema values
    private static Map<String, ? extends Schema<?>> properties(Schema<?> schema) {
        return (Map<String, ? extends Schema<?>>) (Map<String, ?>) schema.getProperties();
    }

    private static Map<String, Set<String>> documentCodes() {
        Map<String, Set<String>> statusesByCode = new TreeMap<>();
        for (ApiOperation op : OPERATIONS) {
            op.responses().forEach((status, response) -> ContractValidator.problemCodes(response)
                    .forEach(code -> statusesByCode.computeIfAbsent(code, c -> new TreeSet<>()).add(status)));
        }
        return statusesByCode;
    }
}
