package lt.savitarna.sdk.it.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.util.OpenApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Holds HTTP exchanges against the portal's OpenAPI document
 * ({@code api/savitarna-api-v1.yaml}), so that the SDK client and the sandbox can both be checked
 * against the one contract.
 *
 * <p>Built on swagger-request-validator, with these additions and choices:
 * <ul>
 *   <li>the document's global bearer {@code security} applies to every operation that does not
 *       override it (the library only reads operation-level security);</li>
 *   <li>request paths must include the base path {@code /api/v1} ({@link #KEY_BASE_PATH});</li>
 *   <li>paths under {@code /_sandbox/} are test hooks outside the contract: their reports are
 *       {@linkplain ContractReport#skipped() skipped} and valid;</li>
 *   <li>an undeclared query parameter is an error, and so is an undeclared JSON property: readers
 *       must ignore unknown properties, but the client and the sandbox must not drift from the
 *       document ({@code Problem} allows extension members explicitly);</li>
 *   <li>the response must echo the request's {@code X-Request-Id} ({@link #KEY_REQUEST_ID_ECHO});
 *       a problem body's {@code status} must equal the HTTP status ({@link #KEY_PROBLEM_STATUS}) and
 *       its {@code code} must be one the response declares in {@code x-problem-codes}
 *       ({@link #KEY_PROBLEM_CODE}).</li>
 * </ul>
 * Multipart bodies are not inspected by the library. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ContractValidator contract = ContractValidator.shared();
 * ContractRequest request = ContractRequest.get("/api/v1/me").bearer("at_x").requestId("r-1").build();
 * ContractResponse response = ContractResponse.status(200).requestId("r-1").json(profileJson).build();
 * contract.validate(request, response).assertValid();
 * }</pre>
 */
public final class ContractValidator {

    /** System property with the document's path; the module's surefire configuration sets it. */
    public static final String SPECIFICATION_PROPERTY = "savitarna.openapi";
    public static final String BASE_PATH = "/api/v1";
    public static final String SANDBOX_PREFIX = "/_sandbox/";

    public static final String KEY_BASE_PATH = "contract.request.path.basePath";
    public static final String KEY_REQUEST_ID_ECHO = "contract.response.requestId.echo";
    public static final String KEY_PROBLEM_CODE = "contract.response.problem.code";
    public static final String KEY_PROBLEM_STATUS = "contract.response.problem.status";

    static final String PROBLEM_CODES_EXTENSION = "x-problem-codes";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String DOCUMENT_IN_REACTOR = "api/savitarna-api-v1.yaml";
    private static final String REQUEST_ID = "X-Request-Id";

    private static final ConcurrentMap<Path, ContractValidator> SHARED = new ConcurrentHashMap<>();

    private final Path specification;
    private final OpenAPI openApi;
    private final OpenApiInteractionValidator validator;
    private final ApiOperationResolver operations;
    private final ObjectMapper json = new ObjectMapper();

    private ContractValidator(Path specification) {
        this.specification = specification;
        this.openApi = parse(specification);
        inheritGlobalSecurity(openApi);
        this.validator = OpenApiInteractionValidator.createFor(openApi)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        .build())
                .build();
        this.operations = new ApiOperationResolver(openApi, null, false);
    }

    /** The validator for {@link #specificationPath()}, parsed once per JVM and shared. */
    public static ContractValidator shared() {
        return SHARED.computeIfAbsent(specificationPath(), ContractValidator::new);
    }

    /** A new validator for the given document (for tests of other versions of it). */
    public static ContractValidator load(Path specification) {
        return new ContractValidator(specification.toAbsolutePath().normalize());
    }

    /**
     * Where the document is: the {@value #SPECIFICATION_PROPERTY} system property if set, otherwise
     * {@code api/savitarna-api-v1.yaml} in the working directory or the nearest parent that has it
     * (so tests also run from an IDE started in the module or the reactor root).
     *
     * @throws IllegalStateException if the document cannot be found
     */
    public static Path specificationPath() {
        String configured = System.getProperty(SPECIFICATION_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException(SPECIFICATION_PROPERTY + " names no file: " + path);
            }
            return path;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DOCUMENT_IN_REACTOR);
            if (Files.isRegularFile(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("OpenAPI document not found: set -D" + SPECIFICATION_PROPERTY
                + "=<path to " + DOCUMENT_IN_REACTOR + "> or run inside the reactor");
    }

    /** The document this validator holds exchanges against. */
    public Path specification() {
        return specification;
    }

    /** The parsed document with references resolved and global security applied to operations. */
    OpenAPI openApi() {
        return openApi;
    }

    /** Checks a request on its own: path, method, parameters, security and body. */
    public ContractReport validateRequest(ContractRequest request) {
        Objects.requireNonNull(request, "request");
        if (isSandbox(request.path())) {
            return ContractReport.skipped(request.toString());
        }
        return report(request.toString(), requestFindings(request));
    }

    /**
     * Checks a response to the given request (only the request's method and path and its
     * {@code X-Request-Id} are used): status, headers, content type and body.
     */
    public ContractReport validateResponse(ContractRequest request, ContractResponse response) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        String exchange = request + " -> " + response.statusCode();
        if (isSandbox(request.path())) {
            return ContractReport.skipped(exchange);
        }
        List<ContractFinding> findings = new ArrayList<>();
        checkBasePath(request, findings);
        findings.addAll(responseFindings(request, response));
        return report(exchange, findings);
    }

    /** Checks both the request and the response of one exchange. */
    public ContractReport validate(ContractRequest request, ContractResponse response) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        String exchange = request + " -> " + response.statusCode();
        if (isSandbox(request.path())) {
            return ContractReport.skipped(exchange);
        }
        List<ContractFinding> findings = requestFindings(request);
        findings.addAll(responseFindings(request, response));
        return report(exchange, findings);
    }

    /** The operation a method and path resolve to, if the document has one. */
    Optional<Operation> operation(String method, String path) {
        ApiOperationMatch match = operations.findApiOperation(path, method(method));
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            return Optional.empty();
        }
        return Optional.of(match.getApiOperation().getOperation());
    }

    private List<ContractFinding> requestFindings(ContractRequest request) {
        List<ContractFinding> findings = new ArrayList<>();
        checkBasePath(request, findings);
        findings.addAll(convert(validator.validateRequest(toLibrary(request))));
        return findings;
    }

    private List<ContractFinding> responseFindings(ContractRequest request, ContractResponse response) {
        List<ContractFinding> findings = new ArrayList<>(convert(
                validator.validateResponse(request.path(), method(request.method()), toLibrary(response))));
        checkRequestIdEcho(request, response, findings);
        checkProblem(request, response, findings);
        return findings;
    }

    private static void checkBasePath(ContractRequest request, List<ContractFinding> findings) {
        String path = request.path();
        if (!path.equals(BASE_PATH) && !path.startsWith(BASE_PATH + "/")) {
            findings.add(error(KEY_BASE_PATH, "path '" + path + "' does not start with " + BASE_PATH));
        }
    }

    private static void checkRequestIdEcho(ContractRequest request, ContractResponse response,
                                           List<ContractFinding> findings) {
        Optional<String> sent = request.header(REQUEST_ID);
        Optional<String> echoed = response.header(REQUEST_ID);
        if (sent.isPresent() && echoed.isPresent() && !sent.get().equals(echoed.get())) {
            findings.add(error(KEY_REQUEST_ID_ECHO, "response X-Request-Id '" + echoed.get()
                    + "' does not echo the request's '" + sent.get() + "'"));
        }
    }

    private void checkProblem(ContractRequest request, ContractResponse response, List<ContractFinding> findings) {
        boolean problem = response.header("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith(PROBLEM_MEDIA_TYPE))
                .orElse(false);
        Optional<JsonNode> body = problem ? readJson(response) : Optional.empty();
        if (body.isEmpty() || !body.get().isObject()) {
            return; // not a problem, or unreadable: the schema check has reported that already
        }
        JsonNode status = body.get().get("status");
        if (status != null && status.isInt() && status.asInt() != response.statusCode()) {
            findings.add(error(KEY_PROBLEM_STATUS, "problem status " + status.asInt()
                    + " differs from the HTTP status " + response.statusCode()));
        }
        JsonNode requestId = body.get().get("requestId");
        Optional<String> header = response.header(REQUEST_ID);
        if (requestId != null && requestId.isTextual() && header.isPresent()
                && !requestId.asText().equals(header.get())) {
            findings.add(error(KEY_REQUEST_ID_ECHO, "problem requestId '" + requestId.asText()
                    + "' differs from the X-Request-Id header '" + header.get() + "'"));
        }
        JsonNode code = body.get().get("code");
        List<String> declared = declaredProblemCodes(request, response.statusCode());
        if (code != null && code.isTextual() && !declared.isEmpty() && !declared.contains(code.asText())) {
            findings.add(error(KEY_PROBLEM_CODE, "problem code '" + code.asText() + "' is not declared for "
                    + response.statusCode() + " of " + request + "; declared: " + declared));
        }
    }

    private List<String> declaredProblemCodes(ContractRequest request, int status) {
        return operation(request.method(), request.path())
                .map(Operation::getResponses)
                .map(responses -> responses.get(String.valueOf(status)))
                .map(ContractValidator::problemCodes)
                .orElse(List.of());
    }

    /** The codes a response declares in {@code x-problem-codes}; empty if none. */
    static List<String> problemCodes(ApiResponse response) {
        if (response.getExtensions() == null) {
            return List.of();
        }
        Object codes = response.getExtensions().get(PROBLEM_CODES_EXTENSION);
        if (!(codes instanceof List<?> list)) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        list.forEach(code -> result.add(String.valueOf(code)));
        return List.copyOf(result);
    }

    private Optional<JsonNode> readJson(ContractResponse response) {
        Optional<byte[]> bytes = response.body();
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(bytes.get()));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static ContractReport report(String exchange, List<ContractFinding> findings) {
        findings.sort(Comparator.comparing(ContractFinding::level)); // errors first, otherwise in order found
        return new ContractReport(exchange, false, findings);
    }

    private static boolean isSandbox(String path) {
        return path.startsWith(SANDBOX_PREFIX);
    }

    private static ContractFinding error(String key, String message) {
        return new ContractFinding(ContractFinding.Level.ERROR, key, message);
    }

    private static Request.Method method(String method) {
        return Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    }

    private static SimpleRequest toLibrary(ContractRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
        request.headers().forEach(builder::withHeader);
        request.query().forEach(builder::withQueryParam);
        request.body().ifPresent(builder::withBody);
        return builder.build();
    }

    private static SimpleResponse toLibrary(ContractResponse response) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(response.statusCode());
        response.headers().forEach(builder::withHeader);
        response.body().ifPresent(builder::withBody);
        return builder.build();
    }

    private static List<ContractFinding> convert(ValidationReport report) {
        List<ContractFinding> findings = new ArrayList<>();
        report.getMessages().forEach(message -> convert(message, findings));
        return findings;
    }

    private static void convert(ValidationReport.Message message, List<ContractFinding> findings) {
        ContractFinding.Level level = switch (message.getLevel()) {
            case ERROR -> ContractFinding.Level.ERROR;
            case WARN -> ContractFinding.Level.WARN;
            case INFO -> ContractFinding.Level.INFO;
            case IGNORE -> null;
        };
        if (level == null) {
            return;
        }
        StringBuilder text = new StringBuilder(message.getMessage());
        message.getAdditionalInfo().forEach(info -> text.append("; ").append(info));
        findings.add(new ContractFinding(level, message.getKey(), text.toString()));
        message.getNestedMessages().forEach(nested -> convert(nested, findings));
    }

    private static OpenAPI parse(Path specification) {
        String text;
        try {
            text = Files.readString(specification, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + specification, e);
        }
        // The library's own defaults, spelled out: the model must match what it would load itself.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        try {
            return new OpenApiLoader().loadApi(SpecSource.inline(text), List.of(), options);
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            // The library's message lists the parser's complaints; say which file they are about.
            throw new IllegalStateException("cannot load " + specification + ": " + e.getMessage(), e);
        }
    }

    private static void inheritGlobalSecurity(OpenAPI api) {
        if (api.getSecurity() == null || api.getPaths() == null) {
            return;
        }
        for (PathItem item : api.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(api.getSecurity());
                }
            }
        }
    }
}
