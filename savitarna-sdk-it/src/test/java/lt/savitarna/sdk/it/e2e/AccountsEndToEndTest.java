package lt.savitarna.sdk.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.SessionState;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Account;
import lt.savitarna.sdk.account.ConsentChange;
import lt.savitarna.sdk.account.Consents;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.error.EmailAlreadyRegisteredException;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.InvalidCredentialsException;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxExtension;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.SandboxIdentity;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts and sessions through the real client against the sandbox, every exchange held to the contract. */
class AccountsEndToEndTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private SandboxServer sandbox;
    private SavitarnaClient client;

    @BeforeEach
    void setUp() {
        sandbox = SANDBOX.server();
        sandbox.counters().reset();
        sandbox.clearExchanges();
        client = SavitarnaClient.builder()
                .baseUri(sandbox.baseUri())
                .sleeper(sleeps::add) // backoff is recorded, never slept
                .attemptTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterEach
    void everyExchangeConformsToTheContract() {
        client.close();
        ExchangeConformance.assertAllConform(sandbox);
    }

    private static String newEmail() {
        return "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
    }

    private static Registration.Builder registration(String email, String password) {
        return Registration.builder()
                .firstName("Ona").lastName("Petraitienė").email(email)
                .password(Secrets.password(password))
                .directMarketing(false).zemynaClub(true)
                .acceptPrivacyPolicyAndRules(true);
    }

    @Test
    void registersLogsInAndBecomesConfirmed() {
        String email = newEmail();
        Registration registration = registration(email, "Pirmas-slaptazodis-1").build();
        Account account = client.accounts().register(registration);
        assertEquals(email, account.email());
        assertFalse(account.identityConfirmed());
        assertTrue(account.consents().zemynaClub());
        assertTrue(account.consents().privacyPolicyAndRules());

        try (Session session = client.login(email, Secrets.password("Pirmas-slaptazodis-1"))) {
            assertEquals(SessionState.IDENTITY_UNCONFIRMED, session.state());
            Profile me = session.me();
            assertFalse(me.identity().confirmed());
            IdentityNotConfirmedException refused = assertThrows(IdentityNotConfirmedException.class,
                    () -> session.representations().stream().count());
            assertEquals("IDENTITY_NOT_CONFIRMED", refused.code());
            assertTrue(refused.message(Locale.forLanguageTag("lt")).contains("Smart-ID"), refused.message(Locale.forLanguageTag("lt")));

            sandbox.confirmIdentity(email, SandboxIdentity.smartId(Secrets.personalCode("48001010005"), "ONA", "PETRAITIENĖ"));
            assertEquals(SessionState.IDENTITY_CONFIRMED, session.refreshState());
            List<Representation> representations = session.representations().stream().toList();
            assertEquals(2, representations.size(), "herself in both group companies");
            Workspace workspace = session.workspace(representations.get(0));
            assertEquals(representations.get(0).companyId(), workspace.companyId());

            Consents consents = session.updateConsents(ConsentChange.builder().directMarketing(true).build());
            assertTrue(consents.directMarketing());
            assertTrue(session.me().consents().directMarketing());
            Secrets.rendered(registration, account, session, me, refused, representations, workspace, consents);
        }
        assertEquals(1, sandbox.counters().accountsWithEmail(email));
    }

    @Test
    void missingAcknowledgementFailsBeforeAnyRequest() {
        ValidationException error = assertThrows(ValidationException.class, () -> client.accounts().register(
                registration(newEmail(), "Antras-slaptazodis-2").acceptPrivacyPolicyAndRules(false).build()));
        assertTrue(error.isClientSide());
        assertEquals("CONSENT_REQUIRED", error.fieldError("consents.privacyPolicyAndRules").orElseThrow().code());
        assertEquals(0, sandbox.counters().requests("POST", "/api/v1/registrations"));
        Secrets.rendered(error);
    }

    @Test
    void invalidEmailFailsBeforeAnyRequest() {
        ValidationException error = assertThrows(ValidationException.class, () -> client.accounts().register(
                registration("ne-el-pastas", "Trecias-slaptazodis-3").build()));
        assertTrue(error.fieldError("email").isPresent(), error.fieldErrors().toString());
        assertEquals(0, sandbox.counters().requests("POST", "/api/v1/registrations"));
    }

    @Test
    void takenEmailMapsToItsOwnException() {
        EmailAlreadyRegisteredException error = assertThrows(EmailAlreadyRegisteredException.class,
                () -> client.accounts().register(registration(DemoData.JONAS_EMAIL.toUpperCase(Locale.ROOT),
                        "Ketvirtas-slaptazodis-4").build()));
        assertEquals(409, error.status());
        assertEquals("EMAIL_ALREADY_REGISTERED", error.code());
        assertFalse(error.requestId() == null || error.requestId().isBlank());
        assertEquals(1, sandbox.counters().requests("POST", "/api/v1/registrations"));
        Secrets.rendered(error);
    }

    @Test
    void registrationCutAfterTheServerCommittedCreatesExactlyOneAccount() {
        String email = newEmail();
        sandbox.faults().add(SandboxFault.on("POST", "/api/v1/registrations").times(1).dropAfterCommit());
        Account account = client.accounts().register(registration(email, "Penktas-slaptazodis-5").build());
        assertEquals(email, account.email());
        assertEquals(2, sandbox.counters().requests("POST", "/api/v1/registrations"), "the cut attempt and one retry");
        assertEquals(1, sandbox.counters().accountsWithEmail(email));
        assertEquals(1, sleeps.size());
        List<String> keys = sandbox.exchanges().stream()
                .filter(e -> e.path().equals("/api/v1/registrations"))
                .map(e -> e.requestHeader("idempotency-key").orElseThrow() + "|" + e.requestHeader("x-request-id").orElseThrow())
                .distinct().toList();
        assertEquals(1, keys.size(), "both attempts carry the same Idempotency-Key and X-Request-Id: " + keys);
    }

    @Test
    void registrationCutBeforeProcessingCreatesExactlyOneAccount() {
        String email = newEmail();
        sandbox.faults().add(SandboxFault.on("POST", "/api/v1/registrations").times(1).dropBeforeProcessing());
        client.accounts().register(registration(email, "Sestas-slaptazodis-6").build());
        assertEquals(1, sandbox.counters().accountsWithEmail(email));
    }

    @Test
    void rateLimitAndMaintenanceAreRetriedHonouringRetryAfter() {
        sandbox.faults()
                .add(SandboxFault.on("POST", "/api/v1/auth/password").times(1).rateLimited(Duration.ofSeconds(2)))
                .add(SandboxFault.on("GET", "/api/v1/me").times(1).unavailable(Duration.ofSeconds(3)));
        try (Session session = client.login(DemoData.JONAS_EMAIL, Secrets.password(DemoData.JONAS_PASSWORD))) {
            assertEquals("Jonas", session.me().firstName());
        }
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(3)), sleeps);
    }

    @Test
    void demoCustomerSeesHisFiveRepresentations() {
        try (Session session = client.login(DemoData.JONAS_EMAIL, Secrets.password(DemoData.JONAS_PASSWORD))) {
            assertEquals(SessionState.IDENTITY_CONFIRMED, session.state());
            List<Representation> all = session.representations(2).stream().toList(); // three pages
            assertEquals(DemoData.JONAS_REPRESENTATION_COUNT, all.size());
            Set<String> parties = all.stream().map(Representation::partyId).collect(Collectors.toSet());
            assertEquals(Set.of(DemoData.JONAS_PARTY_ID, DemoData.JAVU_LAUKAS_PARTY_ID, DemoData.ZALIOJI_DIRVA_PARTY_ID), parties);
            assertEquals(Set.of(DemoData.AGROKONCERNAS_ID, DemoData.GRUDAI_ID),
                    session.companies().stream().map(c -> c.id()).collect(Collectors.toSet()));
            Secrets.rendered(session, all);
        }
    }

    @Test
    void zemynaMemberLogsInWithClubCredentialsAndMustConfirmIdentity() {
        try (Session session = client.login(DemoData.ONA_EMAIL, Secrets.password(DemoData.ONA_PASSWORD))) {
            assertEquals(SessionState.IDENTITY_UNCONFIRMED, session.state());
            assertTrue(session.me().zemynaMember());
        }
    }

    @Test
    void wrongPasswordAndLoggedOutSessionAreTyped() {
        InvalidCredentialsException wrong = assertThrows(InvalidCredentialsException.class,
                () -> client.login(DemoData.JONAS_EMAIL, Secrets.password("Neteisingas-1")));
        assertEquals(401, wrong.status());
        Session session = client.login(DemoData.JONAS_EMAIL, Secrets.password(DemoData.JONAS_PASSWORD));
        session.logout();
        assertEquals(SessionState.CLOSED, session.state());
        // using a session after logout is a programming error, like using a closed stream
        assertThrows(IllegalStateException.class, session::me);
        session.close(); // idempotent
        Secrets.rendered(wrong, session);
    }
}
