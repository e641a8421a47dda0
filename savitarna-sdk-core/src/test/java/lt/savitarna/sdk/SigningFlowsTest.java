package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static lt.savitarna.sdk.testing.Portal.tokens;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.DocumentNotSignableException;
import lt.savitarna.sdk.error.DocumentNotSignedException;
import lt.savitarna.sdk.error.EsignatureRejectedException;
import lt.savitarna.sdk.error.IdentityConflictException;
import lt.savitarna.sdk.error.NoAccountForIdentityException;
import lt.savitarna.sdk.error.Problem;
import lt.savitarna.sdk.error.SigningSessionEndedException;
import lt.savitarna.sdk.internal.http.ProblemMapper;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateLevel;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCancelledException;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The e-signature flows against a WireMock portal, with a provider signing with a local test key. */
class SigningFlowsTest extends ClientTestBase {

    static final String SCOPE = "/api/v1/companies/agrokoncernas/parties/p_1";
    static final String CONTRACT = SCOPE + "/documents/doc_1";
    static final String HASH = Base64.getEncoder().encodeToString(new byte[32]);
    static final String CHALLENGE = "{\"challengeId\":\"ch_1\",\"method\":\"SMART_ID\",\"hash\":\"" + HASH
            + "\",\"hashType\":\"SHA256\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}";
    static final String PROFILE = "{\"accountId\":\"acc_1\",\"firstName\":\"Jonas\",\"lastName\":\"Jonaitis\","
            + "\"email\":\"jonas@example.lt\",\"createdAt\":\"2026-11-24T10:15:30Z\",\"identity\":{\"confirmed\":true,"
            + "\"confirmedAt\":\"2026-11-24T10:20:00Z\",\"method\":\"SMART_ID\",\"personalCodeMasked\":\"3*********4\","
            + "\"givenName\":\"JONAS\",\"surname\":\"JONAITIS\"},\"consents\":{\"directMarketing\":false,"
            + "\"zemynaClub\":false,\"privacyPolicyAndRules\":true,\"privacyPolicyVersion\":\"2024-05\","
            + "\"rulesVersion\":\"2024-05\",\"acceptedAt\":\"2026-11-24T10:15:30Z\"},\"zemynaMember\":false}";
    static final String DOCUMENT = "{\"id\":\"doc_1\",\"type\":\"CONTRACT\",\"state\":\"SIGNED\",\"title\":\"Sutartis\","
            + "\"file\":{\"name\":\"s.pdf\",\"mediaType\":\"application/pdf\",\"size\":1,\"sha256\":\"" + "0".repeat(64)
            + "\"},\"signable\":false,\"createdAt\":\"2026-11-21T07:45:00Z\",\"updatedAt\":\"2026-11-21T07:45:00Z\"}";
    static final SignerIdentity JONAS = SignerIdentity.of(PersonalCode.parse("30303039914"));

    @TempDir
    Path dir;

    @Test
    void confirmsIdentityOverThePortalsChallenge() {
        Session session = login();
        portal.stub(post(urlEqualTo("/api/v1/me/identity/challenges")).willReturn(json(201, CHALLENGE)));
        portal.stub(post(urlEqualTo("/api/v1/me/identity/challenges/ch_1/confirmation"))
                .willReturn(json(200, "{\"confirmed\":true,\"method\":\"SMART_ID\"}")));
        portal.stub(get(urlEqualTo("/api/v1/me")).willReturn(json(200, PROFILE)));
        LocalKey provider = new LocalKey("smart-id", "PNOLT-30303039914");

        Profile profile = session.confirmIdentity(provider, JONAS, SigningListener.none());

        assertTrue(profile.identity().confirmed());
        assertEquals(SessionState.IDENTITY_CONFIRMED, session.state());
        assertArrayEquals(new byte[32], provider.challenges.get(0).value(), "the portal's hash was signed");
        JsonObject start = body("/api/v1/me/identity/challenges");
        assertEquals("SMART_ID", start.getString("method"));
        assertEquals("30303039914", start.getString("personalCode"));
        JsonObject completion = body("/api/v1/me/identity/challenges/ch_1/confirmation");
        assertEquals("SHA256withRSA", completion.getString("signatureAlgorithm"));
        assertEquals(provider.certificateBase64(), completion.getString("certificate"));
        assertTrue(provider.verifies(Base64.getDecoder().decode(completion.getString("signature"))));
        portal.server.verify(postRequestedFor(urlEqualTo("/api/v1/me/identity/challenges"))
                .withHeader("Idempotency-Key", WireMock.matching(".+")));
    }

    @Test
    void anAnswerForAnotherPersonNeverReachesThePortal() {
        Session session = login();
        portal.stub(post(urlEqualTo("/api/v1/me/identity/challenges")).willReturn(json(201, CHALLENGE)));
        LocalKey provider = new LocalKey("smart-id", "PNOLT-30403039917");

        assertThrows(IdentityMismatchException.class,
                () -> session.confirmIdentity(provider, JONAS, SigningListener.none()));
        assertEquals(0, portal.server.findAll(postRequestedFor(
                urlEqualTo("/api/v1/me/identity/challenges/ch_1/confirmation"))).size());
        assertEquals(SessionState.IDENTITY_UNCONFIRMED, session.state());
    }

    @Test
    void identityConflictsAreTyped() {
        Session session = login();
        portal.stub(post(urlEqualTo("/api/v1/me/identity/challenges")).willReturn(json(201, CHALLENGE)));
        portal.stub(post(urlEqualTo("/api/v1/me/identity/challenges/ch_1/confirmation"))
                .willReturn(problem(409, "IDENTITY_BOUND_TO_OTHER_ACCOUNT")));

        IdentityConflictException e = assertThrows(IdentityConflictException.class, () -> session.confirmIdentity(
                new LocalKey("smart-id", "PNOLT-30303039914"), JONAS, SigningListener.none()));
        assertEquals("IDENTITY_BOUND_TO_OTHER_ACCOUNT", e.code());
    }

    @Test
    void logsInWithAnESignature() {
        portal.stub(post(urlEqualTo("/api/v1/auth/esign/challenges")).willReturn(json(201, CHALLENGE)));
        portal.stub(post(urlEqualTo("/api/v1/auth/esign/challenges/ch_1/completion"))
                .willReturn(json(200, tokens("at_9", "rt_9", 900, true))));

        try (Session session = client.login(new LocalKey("smart-id", "PNOLT-30303039914"), JONAS,
                SigningListener.none())) {
            assertEquals("acc_1", session.accountId());
            assertEquals(SessionState.IDENTITY_CONFIRMED, session.state());
            portal.stub(post(urlEqualTo("/api/v1/auth/logout")).willReturn(WireMock.aResponse().withStatus(204)));
        }
        portal.server.verify(postRequestedFor(urlEqualTo("/api/v1/auth/logout"))
                .withHeader("Authorization", WireMock.equalTo("Bearer at_9")));
    }

    @Test
    void anESignatureWithoutAnAccountIsTyped() {
        portal.stub(post(urlEqualTo("/api/v1/auth/esign/challenges")).willReturn(json(201, CHALLENGE)));
        portal.stub(post(urlEqualTo("/api/v1/auth/esign/challenges/ch_1/completion"))
                .willReturn(problem(401, "NO_ACCOUNT_FOR_IDENTITY")));

        NoAccountForIdentityException e = assertThrows(NoAccountForIdentityException.class, () -> client.login(
                new LocalKey("mobile-id", "PNOLT-30303039914"), JONAS, SigningListener.none()));
        assertTrue(e.message(Locale.forLanguageTag("lt")).contains("paskyra"));
    }

    @Test
    void signsInTwoStepsWithTheDigestThePortalPrepared() {
        Workspace ws = login().workspace("agrokoncernas", "p_1");
        stubPrepared();
        portal.stub(post(urlEqualTo(CONTRACT + "/signatures/sig_1/finalization")).willReturn(json(200,
                "{\"signatureId\":\"sig_1\",\"state\":\"COMPLETED\",\"document\":" + DOCUMENT + "}")));
        LocalKey provider = new LocalKey("mobile-id", "PNOLT-30303039914");

        SignedDocument signed = ws.documents().sign("doc_1", provider, JONAS, SigningListener.none());

        assertEquals("sig_1", signed.signatureId());
        assertEquals(DocumentState.SIGNED, signed.document().state());
        JsonObject start = body(CONTRACT + "/signatures");
        assertEquals("MOBILE_ID", start.getString("method"));
        assertEquals(provider.certificateBase64(), start.getString("signingCertificate"));
        JsonObject finish = body(CONTRACT + "/signatures/sig_1/finalization");
        assertEquals("SHA256withRSA", finish.getString("signatureAlgorithm"));
        assertTrue(provider.verifies(Base64.getDecoder().decode(finish.getString("signatureValue"))));
        assertEquals(0, portal.server.findAll(deleteRequestedFor(WireMock.anyUrl())).size());
    }

    @Test
    void aRefusalCancelsThePortalsPendingSignature() {
        Documents documents = login().workspace("agrokoncernas", "p_1").documents();
        stubPrepared();
        portal.stub(delete(urlEqualTo(CONTRACT + "/signatures/sig_1")).willReturn(WireMock.aResponse().withStatus(204)));
        LocalKey refusing = new LocalKey("smart-id", "PNOLT-30303039914") {
            @Override
            public SignatureValue sign(SignatureRequest request, SigningListener listener) {
                throw new SignatureRefusedException(name(), SignatureRefusedException.Refusal.GENERAL, "test",
                        Locale.ENGLISH);
            }
        };

        assertThrows(SignatureRefusedException.class, () -> documents.sign("doc_1", refusing, JONAS, null));
        portal.server.verify(1, deleteRequestedFor(urlEqualTo(CONTRACT + "/signatures/sig_1")));
    }

    @Test
    void cancellingTheFutureStopsTheProviderAndCancelsThePendingSignature() throws Exception {
        Documents documents = login().workspace("agrokoncernas", "p_1").documents();
        stubPrepared();
        portal.stub(delete(urlEqualTo(CONTRACT + "/signatures/sig_1")).willReturn(WireMock.aResponse().withStatus(204)));
        CountDownLatch signing = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        LocalKey waiting = new LocalKey("smart-id", "PNOLT-30303039914") {
            @Override
            public SignatureValue sign(SignatureRequest request, SigningListener listener) {
                signing.countDown();
                try {
                    new CountDownLatch(1).await(); // the person never answers
                    throw new AssertionError("unreachable");
                } catch (InterruptedException e) {
                    stopped.countDown();
                    throw new SigningCancelledException(name(), "interrupted", Locale.ENGLISH, e);
                }
            }
        };

        CompletableFuture<SignedDocument> pending = documents.signAsync("doc_1", waiting, JONAS, null);
        assertTrue(signing.await(10, TimeUnit.SECONDS));
        assertTrue(pending.cancel(true));

        assertThrows(CancellationException.class, pending::join);
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the provider's wait was interrupted");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (portal.server.findAll(deleteRequestedFor(urlEqualTo(CONTRACT + "/signatures/sig_1"))).isEmpty()) {
            assertTrue(System.nanoTime() < end, "the pending signature was cancelled");
            Thread.onSpinWait();
        }
    }

    @Test
    void downloadsTheSignedContainerOrSaysThereIsNone() throws Exception {
        Documents documents = login().workspace("agrokoncernas", "p_1").documents();
        byte[] zip = {'P', 'K', 3, 4, 1, 2, 3};
        portal.stub(get(urlEqualTo(CONTRACT + "/signed-container")).willReturn(WireMock.aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.etsi.asic-e+zip").withBody(zip)));
        Path target = dir.resolve("s.asice");
        assertEquals(zip.length, documents.downloadSignedContainer("doc_1", target));
        assertArrayEquals(zip, Files.readAllBytes(target));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.downloadSignedContainer("doc_1", out);
        assertArrayEquals(zip, out.toByteArray());

        portal.stub(get(urlEqualTo(SCOPE + "/documents/doc_2/signed-container"))
                .willReturn(problem(409, "DOCUMENT_NOT_SIGNED")));
        assertThrows(DocumentNotSignedException.class,
                () -> documents.downloadSignedContainer("doc_2", dir.resolve("none.asice")));
        assertFalse(Files.exists(dir.resolve("none.asice")));
    }

    @ParameterizedTest
    @CsvSource({
        "409, DOCUMENT_NOT_SIGNABLE, lt.savitarna.sdk.error.DocumentNotSignableException",
        "422, SIGNATURE_INVALID, lt.savitarna.sdk.error.EsignatureRejectedException",
        "422, CERTIFICATE_UNTRUSTED, lt.savitarna.sdk.error.EsignatureRejectedException",
        "422, CERTIFICATE_EXPIRED, lt.savitarna.sdk.error.EsignatureRejectedException",
        "422, CERTIFICATE_SUBJECT_MISMATCH, lt.savitarna.sdk.error.EsignatureRejectedException",
        "409, SIGNATURE_EXPIRED, lt.savitarna.sdk.error.SigningSessionEndedException",
        "409, SIGNATURE_NOT_PENDING, lt.savitarna.sdk.error.SigningSessionEndedException",
        "409, DOCUMENT_NOT_SIGNED, lt.savitarna.sdk.error.DocumentNotSignedException",
        "409, CHALLENGE_EXPIRED, lt.savitarna.sdk.error.SigningSessionEndedException",
        "409, CHALLENGE_ALREADY_USED, lt.savitarna.sdk.error.SigningSessionEndedException",
        "409, IDENTITY_MISMATCH, lt.savitarna.sdk.error.IdentityConflictException",
        "409, IDENTITY_BOUND_TO_OTHER_ACCOUNT, lt.savitarna.sdk.error.IdentityConflictException",
        "401, NO_ACCOUNT_FOR_IDENTITY, lt.savitarna.sdk.error.NoAccountForIdentityException",
    })
    void signingProblemsAreTypedWithTextsInBothLanguages(int status, String code, String type) {
        ApiException e = ProblemMapper.forProblem(new Problem(null, null, status, "portal detail", null, code, "r1",
                List.of()), null, Locale.ENGLISH);
        assertEquals(type, e.getClass().getName());
        String lt = e.message(Locale.forLanguageTag("lt"));
        String en = e.message(Locale.ENGLISH);
        assertNotEquals("portal detail", en, "a text of our own, not the portal's detail");
        assertNotEquals(lt, en);
        assertFalse(en.contains("''"), en);
    }

    private static void stubPrepared() {
        portal.stub(post(urlEqualTo(CONTRACT + "/signatures")).willReturn(json(201, "{\"signatureId\":\"sig_1\","
                + "\"documentId\":\"doc_1\",\"state\":\"PENDING\",\"digest\":\"" + HASH
                + "\",\"digestAlgorithm\":\"SHA256\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}")));
    }

    private static JsonObject body(String path) {
        String text = portal.server.findAll(postRequestedFor(urlEqualTo(path))).get(0).getBodyAsString();
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** A provider over a local RSA key: signs as Smart-ID and Mobile-ID do (PKCS#1 v1.5 over DigestInfo). */
    static class LocalKey implements SignatureProvider {
        final String name;
        final NationalIdentity identity;
        final X509Certificate certificate;
        final PrivateKey key;
        final List<Digest> challenges = new CopyOnWriteArrayList<>();
        volatile Digest lastSigned;

        LocalKey(String name, String serialNumber) {
            this.name = name;
            this.identity = NationalIdentity.parse(serialNumber);
            try (InputStream in = SigningFlowsTest.class.getResourceAsStream("fake-signer.p12")) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, "fake-signer".toCharArray());
                certificate = (X509Certificate) store.getCertificate("signer");
                key = (PrivateKey) store.getKey("signer", "fake-signer".toCharArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Authentication authenticate(AuthenticationRequest request, SigningListener listener) {
            challenges.add(request.challenge());
            lastSigned = request.challenge();
            return new Authentication(name, request.signer(), certificate, identity, "JONAS", "JONAITIS",
                    CertificateLevel.QUALIFIED, request.challenge(), raw(request.challenge()),
                    "sha256WithRSAEncryption");
        }

        @Override
        public SigningCertificate signingCertificate(CertificateRequest request, SigningListener listener) {
            return new SigningCertificate(name, request.signer(), certificate, identity, CertificateLevel.QUALIFIED);
        }

        @Override
        public SignatureValue sign(SignatureRequest request, SigningListener listener) {
            lastSigned = request.digest();
            return new SignatureValue(name, request.signer(), certificate, request.digest(), raw(request.digest()),
                    "sha256WithRSAEncryption");
        }

        String certificateBase64() {
            try {
                return Base64.getEncoder().encodeToString(certificate.getEncoded());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        boolean verifies(byte[] value) {
            try {
                Signature verifier = Signature.getInstance("NONEwithRSA");
                verifier.initVerify(certificate.getPublicKey());
                verifier.update(lastSigned.type().digestInfoPrefix());
                verifier.update(lastSigned.value());
                return verifier.verify(value);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private byte[] raw(Digest digest) {
            try {
                Signature signer = Signature.getInstance("NONEwithRSA");
                signer.initSign(key);
                signer.update(digest.type().digestInfoPrefix());
                signer.update(digest.value());
                return signer.sign();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
