package lt.savitarna.sdk.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.SessionState;
import lt.savitarna.sdk.error.EsignatureRejectedException;
import lt.savitarna.sdk.error.IdentityConflictException;
import lt.savitarna.sdk.error.NoAccountForIdentityException;
import lt.savitarna.sdk.error.SigningSessionEndedException;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.VerificationCode;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.MutableClock;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sandbox.SignatureTrust;
import lt.savitarna.sdk.testkit.sk.MobileIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the sandbox refuses e-signature logins and confirmations, through the real client where it
 * can get there and raw requests where it would not (a replay, a forged signature); each refusal
 * held to the contract's status and code.
 */
class EsignRefusalsEndToEndTest {

    private static final TestPki PKI = TestPki.generate();
    private static final SignerIdentity JONAS = SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE));

    private static SmartIdSimulator smartIdSim;
    private static MobileIdSimulator mobileIdSim;
    private static SmartIdProvider smartId;
    private static MobileIdProvider mobileId;

    private final List<SandboxServer> sandboxes = new ArrayList<>();
    private final List<SavitarnaClient> clients = new ArrayList<>();

    @BeforeAll
    static void startSimulators() {
        smartIdSim = SmartIdSimulator.builder().pki(PKI).completionDelay(Duration.ofMillis(10)).start();
        mobileIdSim = MobileIdSimulator.builder().pki(PKI).completionDelay(Duration.ofMillis(10)).start();
        smartId = SkServices.smartId(smartIdSim);
        mobileId = SkServices.mobileId(mobileIdSim);
    }

    @AfterAll
    static void stopSimulators() {
        smartIdSim.close();
        mobileIdSim.close();
    }

    @AfterEach
    void everyExchangeConformsToTheContract() {
        clients.forEach(SavitarnaClient::close);
        try {
            for (SandboxServer sandbox : sandboxes) {
                ExchangeConformance.assertAllConform(sandbox);
            }
        } finally {
            sandboxes.forEach(SandboxServer::close);
        }
    }

    @Test
    void aChallengeAnsweredTooLateHasExpired() {
        MutableClock clock = MutableClock.startingNow();
        SavitarnaClient client = client(sandbox(SandboxServer.builder().clock(clock), PKI));
        SigningListener slowPerson = new SigningListener() {
            @Override
            public void verificationCode(VerificationCode code) {
                clock.advance(Duration.ofMinutes(SandboxServer.SIGNATURE_TTL_MINUTES).plusSeconds(1));
            }
        };
        SigningSessionEndedException e = assertThrows(SigningSessionEndedException.class,
                () -> client.login(smartId, JONAS, slowPerson));
        assertEquals("CHALLENGE_EXPIRED", e.code());
        assertNotEquals(e.message(Locale.ENGLISH), e.message(Locale.forLanguageTag("lt")));
    }

    @Test
    void aPersonWithoutAnAccountCannotLogIn() {
        SavitarnaClient client = client(sandbox(SandboxServer.builder(), PKI));
        SignerIdentity ona = SignerIdentity.mobileId(PhoneNumber.parse(DemoData.ONA_PHONE_NUMBER),
                PersonalCode.parse(DemoData.ONA_PERSONAL_CODE));
        NoAccountForIdentityException e = assertThrows(NoAccountForIdentityException.class,
                () -> client.login(mobileId, ona, SigningListener.none()));
        assertEquals(401, e.status());
    }

    @Test
    void anIdentityBoundToAnotherAccountIsRefused() {
        SavitarnaClient client = client(sandbox(SandboxServer.builder(), PKI));
        try (Session ona = client.login(DemoData.ONA_EMAIL, Secrets.password(DemoData.ONA_PASSWORD))) {
            IdentityConflictException e = assertThrows(IdentityConflictException.class,
                    () -> ona.confirmIdentity(smartId, JONAS, SigningListener.none()));
            assertEquals("IDENTITY_BOUND_TO_OTHER_ACCOUNT", e.code());
            assertEquals(SessionState.IDENTITY_UNCONFIRMED, ona.refreshState());
        }
    }

    @Test
    void aCertificateFromAnotherCaIsUntrusted() {
        SavitarnaClient client = client(sandbox(SandboxServer.builder(), TestPki.generate()));
        EsignatureRejectedException e = assertThrows(EsignatureRejectedException.class,
                () -> client.login(smartId, JONAS, SigningListener.none()));
        assertEquals("CERTIFICATE_UNTRUSTED", e.code());
        assertEquals(422, e.status());
    }

    @Test
    void aChallengeIsCompletedOnceAndOnlyWithAValidSignature() throws Exception {
        SandboxServer sandbox = sandbox(SandboxServer.builder(), PKI);
        HttpClient http = HttpClient.newHttpClient();
        JsonObject challenge = post(http, sandbox, "/api/v1/auth/esign/challenges",
                "{\"method\":\"SMART_ID\",\"personalCode\":\"" + DemoData.JONAS_PERSONAL_CODE + "\"}", 201);
        Digest hash = Digest.of(HashType.valueOf(challenge.getString("hashType")),
                Base64.getDecoder().decode(challenge.getString("hash")));
        Authentication auth = smartId.authenticate(AuthenticationRequest.builder(JONAS, hash).build(),
                SigningListener.none());
        String completion = "/api/v1/auth/esign/challenges/" + challenge.getString("challengeId") + "/completion";
        String certificate = Base64.getEncoder().encodeToString(auth.certificate().getEncoded());
        byte[] forged = auth.signature();
        forged[forged.length / 2] ^= 1;

        JsonObject invalid = post(http, sandbox, completion, answer(certificate, forged), 422);
        assertEquals("SIGNATURE_INVALID", invalid.getString("code"));
        JsonObject tokens = post(http, sandbox, completion, answer(certificate, auth.signature()), 200);
        assertEquals(DemoData.JONAS_ACCOUNT_ID, tokens.getString("accountId"));
        assertTrue(tokens.getBoolean("identityConfirmed"));
        JsonObject again = post(http, sandbox, completion, answer(certificate, auth.signature()), 409);
        assertEquals("CHALLENGE_ALREADY_USED", again.getString("code"));
        JsonObject missing = post(http, sandbox, "/api/v1/auth/esign/challenges",
                "{\"method\":\"MOBILE_ID\",\"personalCode\":\"" + DemoData.ONA_PERSONAL_CODE + "\"}", 400);
        assertFalse(missing.getJsonArray("errors").isEmpty());
    }

    private static String answer(String certificate, byte[] signature) {
        return "{\"certificate\":\"" + certificate + "\",\"signature\":\""
                + Base64.getEncoder().encodeToString(signature) + "\",\"signatureAlgorithm\":\"SHA256withRSA\"}";
    }

    private static JsonObject post(HttpClient http, SandboxServer sandbox, String path, String body, int status)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private SandboxServer sandbox(SandboxServer.Builder builder, TestPki trusted) {
        SandboxServer sandbox = builder.signatureTrust(SignatureTrust.anchoredAt(trusted.caCertificate())).start();
        sandboxes.add(sandbox);
        return sandbox;
    }

    private SavitarnaClient client(SandboxServer sandbox) {
        SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).sleeper(pause -> { }).build();
        clients.add(client);
        return client;
    }
}
