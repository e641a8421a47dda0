package lt.savitarna.sdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static lt.savitarna.sdk.testkit.wiremock.Problems.REQUEST_ID;
import static lt.savitarna.sdk.testkit.wiremock.Problems.TEMPLATE;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Realistic WireMock stubs of the whole portal API ({@code /api/v1}), for partners who unit-test
 * their integration against HTTP stubs rather than the {@linkplain
 * lt.savitarna.sdk.testkit.sandbox.SandboxServer sandbox}. Every operation of the OpenAPI document
 * answers its documented success with the contract's example data ({@link StubData}); every
 * response echoes {@code X-Request-Id}; unknown ids answer {@code 404 NOT_FOUND} and calls without
 * a bearer token {@code 401 UNAUTHENTICATED}, as problem details. Workspace paths match any
 * company and party id.
 *
 * <p>On top of the plain stubs: scenarios for signing (a contract stays {@code AWAITING_SIGNATURE}
 * until the signature is finalised, or for a number of polls) and faults that happen once and then
 * let the normal answer through (429 with {@code Retry-After}, a connection reset, 503), or
 * maintenance for every call.
 *
 * <!-- sample: WireMockStubsExampleTest#signed-after-polls -->
 * <pre>{@code
 * PortalStubs.on(portal).all()
 *         .contractSignedAfterPolls(2)
 *         .rateLimitedOnce("GET", CONTRACT_PATH, 3);
 *
 * try (Session session = client.login(StubData.EMAIL, StubData.PASSWORD.toCharArray())) {
 *     Workspace farm = session.workspace(StubData.COMPANY_ID, StubData.PARTY_ID);
 *     ContractWatcher watcher = new ContractWatcher(farm.documents(), waits::add, Duration.ofSeconds(30), 10);
 *
 *     assertEquals(DocumentState.SIGNED, watcher.awaitSigned(StubData.CONTRACT_ID).state());
 * }
 * // The 429 was retried after its Retry-After, then two polls saw AWAITING_SIGNATURE.
 * assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofSeconds(30)), waits);
 * }</pre>
 *
 * <p>Not thread-safe while registering; the stubs themselves serve concurrent calls. WireMock is
 * an optional dependency of the testkit: add {@code org.wiremock:wiremock-standalone} to your test
 * dependencies to use this package.
 */
// WireMock's types in the signatures are meant: users of the stubs require WireMock themselves (the
// testkit cannot re-export an optional module).
@SuppressWarnings("exports")
public final class PortalStubs {

    /** Regular expression of the path prefix of every workspace (company × party) operation, any ids; for the fault methods. */
    public static final String SCOPE = "/api/v1/companies/[^/]+/parties/[^/]+";
    /** The scenario of {@link #signing()}. */
    public static final String SIGNING_SCENARIO = "contract-signing";
    /** The scenario of {@link #contractSignedAfterPolls(int)}. */
    public static final String POLLING_SCENARIO = "contract-signed-elsewhere";

    static final int FAULT_PRIORITY = 1;
    static final int AUTH_PRIORITY = 2;
    static final int SCENARIO_PRIORITY = 3;
    static final int DEFAULT_PRIORITY = 5;
    static final int FALLBACK_PRIORITY = 10;

    private static final String JSON = "application/json";
    private static final String PROTECTED_PATHS =
            "/api/v1/(me|me/.*|companies|companies/.*|help/.*|auth/logout)";
    private static final String SIGNED = "SIGNED";
    private static final String PENDING = "PENDING";

    private final Function<MappingBuilder, StubMapping> registrar;
    private final AtomicInteger faults = new AtomicInteger();
    private boolean fallbacksRegistered;

    private PortalStubs(Function<MappingBuilder, StubMapping> registrar) {
        this.registrar = registrar;
    }

    /** Stubs registered on a running server, e.g. one from {@code WireMockExtension}. */
    public static PortalStubs on(WireMockServer server) {
        Objects.requireNonNull(server, "server");
        return new PortalStubs(server::stubFor);
    }

    /** Stubs registered through a WireMock client, e.g. {@code runtimeInfo.getWireMock()}. */
    public static PortalStubs on(WireMock client) {
        Objects.requireNonNull(client, "client");
        return new PortalStubs(client::register);
    }

    /**
     * Every operation of the contract: {@link #accounts()}, {@link #documents()},
     * {@link #signing()}, {@link #loyalty()} and {@link #help()}, with the 401 and 404 fallbacks.
     */
    public PortalStubs all() {
        return accounts().documents().signing().loyalty().help();
    }

    /**
     * Registration, password and e-signature login, refresh, logout, profile, consents, identity
     * confirmation, group companies and representations. Any email and password log in, with a
     * confirmed identity.
     */
    public PortalStubs accounts() {
        fallbacks();
        register(post(urlPathEqualTo("/api/v1/registrations")),
                json(201, "account").withHeader("Location", "/api/v1/me"));
        register(post(urlPathEqualTo("/api/v1/auth/password")), json(200, "tokens"));
        register(post(urlPathEqualTo("/api/v1/auth/refresh")), json(200, "tokens-refreshed"));
        register(post(urlPathEqualTo("/api/v1/auth/logout")), empty(204));
        register(post(urlPathEqualTo("/api/v1/auth/esign/challenges")), json(201, "challenge"));
        register(post(urlPathEqualTo("/api/v1/auth/esign/challenges/" + StubData.CHALLENGE_ID + "/completion")),
                json(200, "tokens"));
        register(get(urlPathEqualTo("/api/v1/me")), json(200, "profile"));
        register(patch(urlPathEqualTo("/api/v1/me/consents")), json(200, "consents"));
        register(post(urlPathEqualTo("/api/v1/me/identity/challenges")), json(201, "challenge"));
        register(post(urlPathEqualTo("/api/v1/me/identity/challenges/" + StubData.CHALLENGE_ID + "/confirmation")),
                json(200, "identity"));
        register(get(urlPathEqualTo("/api/v1/companies")), json(200, "companies"));
        register(get(urlPathEqualTo("/api/v1/me/representations")), json(200, "representations"));
        return this;
    }

    /**
     * Document listing (three documents, one page), metadata, annexes, the change feed and the
     * content of every document: {@linkplain StubData#samplePdf() a real PDF} with {@code ETag},
     * {@code Content-Disposition} and {@code X-Checksum-SHA256} matching the metadata.
     */
    public PortalStubs documents() {
        fallbacks();
        register(get(urlPathMatching(SCOPE + "/documents")), json(200, "documents"));
        register(get(urlPathMatching(SCOPE + "/documents/changes")), json(200, "document-changes"));
        register(get(urlPathMatching(document(StubData.CONTRACT_ID))), json(200, "document-contract"));
        register(get(urlPathMatching(document(StubData.INVOICE_ID))), json(200, "document-invoice"));
        register(get(urlPathMatching(document(StubData.ANNEX_ID))), json(200, "document-annex"));
        register(get(urlPathMatching(document(StubData.CONTRACT_ID) + "/annexes")), json(200, "annexes"));
        register(get(urlPathMatching(document(StubData.CONTRACT_ID) + "/content")), pdf("SUT-2026-0142.pdf"));
        register(get(urlPathMatching(document(StubData.INVOICE_ID) + "/content")), pdf("AGK-0004711.pdf"));
        register(get(urlPathMatching(document(StubData.ANNEX_ID) + "/content")), pdf("SUT-2026-0142-1.pdf"));
        return this;
    }

    /**
     * Two-step signing of {@link StubData#CONTRACT_ID} as the scenario {@value #SIGNING_SCENARIO}:
     * starting a signature answers {@code PENDING}; finalising it answers {@code COMPLETED}, after
     * which the contract reads {@code SIGNED} and its signed container can be downloaded (before:
     * {@code 409 DOCUMENT_NOT_SIGNED}). Cancelling returns to the start; finalising without a
     * pending signature answers {@code 409 SIGNATURE_NOT_PENDING}.
     */
    public PortalStubs signing() {
        fallbacks();
        String contract = document(StubData.CONTRACT_ID);
        String signature = contract + "/signatures/" + StubData.SIGNATURE_ID;
        register(get(urlPathMatching(contract + "/signed-container")), Problems.documentNotSigned());
        register(post(urlPathMatching(signature + "/finalization")), Problems.signatureNotPending());
        register(delete(urlPathMatching(signature)), empty(204));

        scenario(post(urlPathMatching(contract + "/signatures")), SIGNING_SCENARIO, Scenario.STARTED, PENDING,
                json(201, "signature-pending"));
        scenario(post(urlPathMatching(contract + "/signatures")), SIGNING_SCENARIO, PENDING, PENDING,
                json(201, "signature-pending"));
        scenario(delete(urlPathMatching(signature)), SIGNING_SCENARIO, PENDING, Scenario.STARTED, empty(204));
        scenario(post(urlPathMatching(signature + "/finalization")), SIGNING_SCENARIO, PENDING, SIGNED,
                json(200, "signature-completed"));
        scenario(get(urlPathMatching(contract)), SIGNING_SCENARIO, SIGNED, null,
                json(200, "document-contract-signed"));
        scenario(get(urlPathMatching(contract + "/signed-container")), SIGNING_SCENARIO, SIGNED, null, container());
        // Signing once more after completion: the portal refuses, the document is no longer signable.
        scenario(post(urlPathMatching(contract + "/signatures")), SIGNING_SCENARIO, SIGNED, null,
                Problems.problem(409, "DOCUMENT_NOT_SIGNABLE", "Document cannot be signed", null));
        return this;
    }

    /**
     * The contract is signed elsewhere (e.g. by the person on the portal's web pages) while the
     * caller polls it: the first {@code pollsBeforeSigned} reads of {@link StubData#CONTRACT_ID}
     * answer {@code AWAITING_SIGNATURE}, every later one {@code SIGNED}, and from then on the signed
     * container can be downloaded. Scenario {@value #POLLING_SCENARIO}. Register it after
     * {@link #documents()}.
     *
     * @param pollsBeforeSigned how many reads still see the contract unsigned, 0 or more
     */
    public PortalStubs contractSignedAfterPolls(int pollsBeforeSigned) {
        if (pollsBeforeSigned < 0) {
            throw new IllegalArgumentException("pollsBeforeSigned must not be negative: " + pollsBeforeSigned);
        }
        fallbacks();
        String contract = document(StubData.CONTRACT_ID);
        for (int poll = 0; poll < pollsBeforeSigned; poll++) {
            String state = poll == 0 ? Scenario.STARTED : "polled-" + poll;
            String next = poll + 1 == pollsBeforeSigned ? SIGNED : "polled-" + (poll + 1);
            scenario(get(urlPathMatching(contract)), POLLING_SCENARIO, state, next, json(200, "document-contract"));
        }
        String signedState = pollsBeforeSigned == 0 ? Scenario.STARTED : SIGNED;
        scenario(get(urlPathMatching(contract)), POLLING_SCENARIO, signedState, null,
                json(200, "document-contract-signed"));
        scenario(get(urlPathMatching(contract + "/signed-container")), POLLING_SCENARIO, signedState, null,
                container());
        return this;
    }

    /**
     * Žemyna: the workspace is a member (joining again answers {@code 200}), one offer, an order
     * placed ({@code 201}), the order history, one order, and its cancellation.
     */
    public PortalStubs loyalty() {
        fallbacks();
        String loyalty = SCOPE + "/loyalty";
        register(get(urlPathMatching(loyalty + "/membership")), json(200, "membership"));
        register(post(urlPathMatching(loyalty + "/membership")), json(200, "membership"));
        register(get(urlPathMatching(loyalty + "/offers")), json(200, "offers"));
        register(get(urlPathMatching(loyalty + "/offers/" + StubData.OFFER_ID)), json(200, "offer"));
        register(post(urlPathMatching(loyalty + "/orders")),
                json(201, "order").withHeader("Location", "{{request.path}}/" + StubData.ORDER_ID));
        register(get(urlPathMatching(loyalty + "/orders")), json(200, "orders"));
        register(get(urlPathMatching(loyalty + "/orders/" + StubData.ORDER_ID)), json(200, "order"));
        register(post(urlPathMatching(loyalty + "/orders/" + StubData.ORDER_ID + "/cancellation")),
                json(200, "order-cancelled"));
        return this;
    }

    /** Help: asking, listing and reading requests, replying, attaching, uploading, and the contacts. */
    public PortalStubs help() {
        fallbacks();
        String help = SCOPE + "/help";
        String request = help + "/requests/" + StubData.HELP_REQUEST_ID;
        register(post(urlPathMatching(help + "/requests")),
                json(201, "help-request").withHeader("Location", "{{request.path}}/" + StubData.HELP_REQUEST_ID));
        register(get(urlPathMatching(help + "/requests")), json(200, "help-requests"));
        register(get(urlPathMatching(request)), json(200, "help-request-answered"));
        register(post(urlPathMatching(request + "/messages")), json(201, "help-message"));
        register(post(urlPathMatching(request + "/attachments")), json(201, "attachment"));
        register(post(urlPathMatching(help + "/uploads")), json(201, "upload"));
        register(get(urlPathMatching(help + "/uploads")), json(200, "uploads"));
        register(get(urlPathEqualTo("/api/v1/help/contacts")), json(200, "contacts"));
        return this;
    }

    /**
     * The next matching call answers {@code 429 RATE_LIMITED} with {@code Retry-After}; later ones
     * get the normal answer.
     *
     * @param method    the HTTP method, e.g. {@code "GET"}
     * @param pathRegex a regular expression over the path, e.g. {@code "/api/v1/me"}
     */
    public PortalStubs rateLimitedOnce(String method, String pathRegex, int retryAfterSeconds) {
        return once(method, pathRegex, Problems.rateLimited(retryAfterSeconds));
    }

    /** The next matching call answers {@code 503 SERVICE_UNAVAILABLE} with {@code Retry-After}; later ones pass. */
    public PortalStubs unavailableOnce(String method, String pathRegex, int retryAfterSeconds) {
        return once(method, pathRegex, Problems.serviceUnavailable(retryAfterSeconds));
    }

    /** The next matching call has its connection reset before any answer; later ones pass. */
    public PortalStubs connectionResetOnce(String method, String pathRegex) {
        return once(method, pathRegex, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    /**
     * Planned maintenance: every {@code /api/v1} call answers {@code 503 SERVICE_UNAVAILABLE} with
     * {@code Retry-After} until the returned stub is removed ({@code wireMock.removeStubMapping(stub)}).
     */
    public StubMapping maintenance(int retryAfterSeconds) {
        return registrar.apply(any(urlPathMatching("/api/v1/.*"))
                .atPriority(FAULT_PRIORITY)
                .willReturn(Problems.serviceUnavailable(retryAfterSeconds)));
    }

    private PortalStubs once(String method, String pathRegex, ResponseDefinitionBuilder fault) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathRegex, "pathRegex");
        String scenario = "fault-" + faults.incrementAndGet() + " " + method.toUpperCase(Locale.ROOT) + " " + pathRegex;
        registrar.apply(request(method.toUpperCase(Locale.ROOT), urlPathMatching(pathRegex))
                .atPriority(FAULT_PRIORITY)
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("passed")
                .willReturn(fault));
        return this;
    }

    /** 404 for whatever no other stub knows, 401 for a protected call without a token; once per instance. */
    private void fallbacks() {
        if (fallbacksRegistered) {
            return;
        }
        fallbacksRegistered = true;
        registrar.apply(any(urlPathMatching("/api/v1/.*")).atPriority(FALLBACK_PRIORITY).willReturn(Problems.notFound()));
        registrar.apply(any(urlPathMatching(PROTECTED_PATHS))
                .withHeader("Authorization", absent())
                .atPriority(AUTH_PRIORITY)
                .willReturn(Problems.unauthenticated()));
    }

    private void register(MappingBuilder mapping, ResponseDefinitionBuilder response) {
        registrar.apply(mapping.atPriority(DEFAULT_PRIORITY).willReturn(response));
    }

    private void scenario(MappingBuilder mapping, String scenario, String state, String next,
                          ResponseDefinitionBuilder response) {
        ScenarioMappingBuilder inState = mapping.atPriority(SCENARIO_PRIORITY).inScenario(scenario).whenScenarioStateIs(state);
        if (next != null) {
            inState = inState.willSetStateTo(next);
        }
        registrar.apply(inState.willReturn(response));
    }

    private static String document(String documentId) {
        return SCOPE + "/documents/" + documentId;
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", JSON)
                .withHeader("X-Request-Id", REQUEST_ID)
                .withBody(StubData.body(body))
                .withTransformers(TEMPLATE);
    }

    private static ResponseDefinitionBuilder empty(int status) {
        return aResponse().withStatus(status).withHeader("X-Request-Id", REQUEST_ID).withTransformers(TEMPLATE);
    }

    private static ResponseDefinitionBuilder pdf(String fileName) {
        return file(StubData.samplePdf(), StubData.SAMPLE_PDF_SHA256, "application/pdf", fileName)
                .withHeader("Accept-Ranges", "bytes");
    }

    private static ResponseDefinitionBuilder container() {
        return file(StubData.sampleContainer(), StubData.SAMPLE_CONTAINER_SHA256,
                "application/vnd.etsi.asic-e+zip", "SUT-2026-0142.asice");
    }

    private static ResponseDefinitionBuilder file(byte[] bytes, String sha256, String mediaType, String fileName) {
        byte[] digest = HexFormat.of().parseHex(sha256);
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", mediaType)
                .withHeader("X-Request-Id", REQUEST_ID)
                .withHeader("ETag", "\"sha256-" + sha256.substring(0, 16) + "\"")
                .withHeader("Content-Disposition",
                        "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''" + fileName)
                .withHeader("X-Checksum-SHA256", sha256)
                .withHeader("Digest", "SHA-256=" + Base64.getEncoder().encodeToString(digest))
                .withBody(bytes)
                .withTransformers(TEMPLATE);
    }
}
