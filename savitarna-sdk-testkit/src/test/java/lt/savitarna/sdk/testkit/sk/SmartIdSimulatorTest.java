package lt.savitarna.sdk.testkit.sk;

import static lt.savitarna.sdk.testkit.sk.SmartIdRequests.certificateChoice;
import static lt.savitarna.sdk.testkit.sk.SmartIdRequests.hash;
import static lt.savitarna.sdk.testkit.sk.SmartIdRequests.interactions;
import static lt.savitarna.sdk.testkit.sk.SmartIdRequests.relyingParty;
import static lt.savitarna.sdk.testkit.sk.SmartIdRequests.signing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signing.SmartIdVerificationCode;
import lt.savitarna.sdk.testkit.MutableClock;
import lt.savitarna.sdk.testkit.sk.SimClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SmartIdSimulatorTest {

    private static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-11-24T10:00:00Z"));
    private static SmartIdSimulator simulator;
    private static SimClient client;

    @BeforeAll
    static void start() {
        simulator = SmartIdSimulator.builder().pki(Shared.PKI).clock(CLOCK).completionDelay(Duration.ZERO).start();
        client = new SimClient(Shared.PKI);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void okAuthenticationIsSignedWithTheAuthenticationKeyOverTheDigestInfo() throws Exception {
        byte[] hash = hash(HashType.SHA512, "authentication challenge");
        JsonObject status = complete(post("authentication/etsi/PNOLT-30303039914", signing(hash)));

        assertEquals("COMPLETE", status.getString("state"));
        assertEquals("OK", status.getJsonObject("result").getString("endResult"));
        assertEquals("PNOLT-30303039914-MOCK-Q", status.getJsonObject("result").getString("documentNumber"));
        assertEquals("displayTextAndPIN", status.getString("interactionFlowUsed"));
        X509Certificate certificate = Shared.PKI.authenticationCertificate(SmartIdTestAccount.OK);
        assertEquals(base64(certificate), status.getJsonObject("cert").getString("value"));
        assertEquals("QUALIFIED", status.getJsonObject("cert").getString("certificateLevel"));
        assertEquals("sha512WithRSAEncryption", status.getJsonObject("signature").getString("algorithm"));
        assertTrue(verifies(certificate, HashType.SHA512, hash, status), "signature over the DigestInfo");
        assertFalse(verifies(Shared.PKI.signingCertificate(SmartIdTestAccount.OK), HashType.SHA512, hash, status));
    }

    @Test
    void certificateChoiceReturnsTheSigningCertificateAndNoSignature() throws Exception {
        JsonObject status = complete(post("certificatechoice/etsi/PNOLT-30303039914", certificateChoice()));

        assertEquals("OK", status.getJsonObject("result").getString("endResult"));
        assertEquals("PNOLT-30303039914-MOCK-Q", status.getJsonObject("result").getString("documentNumber"));
        assertEquals(base64(Shared.PKI.signingCertificate(SmartIdTestAccount.OK)),
                status.getJsonObject("cert").getString("value"));
        assertFalse(status.containsKey("signature"));
    }

    @Test
    void signatureByDocumentNumberIsMadeWithTheSigningKeyAndCarriesNoCertificate() throws Exception {
        byte[] hash = hash(HashType.SHA256, "contract.asice");
        JsonObject status = complete(post("signature/document/PNOLT-30303039914-MOCK-Q",
                signing(HashType.SHA256, hash).add("certificateLevel", "QSCD").build()));

        assertEquals("OK", status.getJsonObject("result").getString("endResult"));
        assertEquals("sha256WithRSAEncryption", status.getJsonObject("signature").getString("algorithm"));
        assertTrue(verifies(Shared.PKI.signingCertificate(SmartIdTestAccount.OK), HashType.SHA256, hash, status));
        assertFalse(status.containsKey("cert"));
    }

    @ParameterizedTest
    @EnumSource(value = SmartIdTestAccount.class, names = {"OK", "OK_ALSO_MOBILE_ID", "NOT_QUALIFIED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyDemoAccountEndsAsSksDoes(SmartIdTestAccount account) {
        JsonObject status = complete(post("authentication/etsi/" + account.semanticsIdentifier(),
                signing(hash(HashType.SHA512, "x"))));

        assertEquals("COMPLETE", status.getString("state"));
        assertEquals(account.endResult(), status.getJsonObject("result").getString("endResult"));
        assertFalse(status.containsKey("signature"));
        assertFalse(status.containsKey("cert"));
        Reply choice = post("certificatechoice/document/" + account.documentNumber(), certificateChoice());
        assertEquals(account.endResult(), complete(choice).getJsonObject("result").getString("endResult"));
    }

    @Test
    void semanticsIdentifiersAndDocumentNumbersAreNotInterchangeable() {
        assertEquals(200, post("authentication/etsi/PNOLT-30303039914", signing(new byte[64])).status());
        assertEquals(200, post("authentication/document/PNOLT-30303039914-MOCK-Q", signing(new byte[64])).status());
        assertEquals(404, post("authentication/etsi/PNOLT-30303039914-MOCK-Q", signing(new byte[64])).status());
        assertEquals(404, post("authentication/document/PNOLT-30303039914", signing(new byte[64])).status());
        assertEquals(404, post("authentication/etsi/PNOLT-39912319997", signing(new byte[64])).status());
        assertEquals(404, post("certificatechoice/etsi/PNOEE-30303039914", certificateChoice()).status());
        assertEquals(400, post("certificatechoice/etsi/30303039914", certificateChoice()).status());
    }

    @Test
    void nonQualifiedAccountAnswers471UnlessAdvancedIsAskedFor() {
        String path = "authentication/etsi/PNOLT-40504049999";
        assertEquals(471, post(path, signing(new byte[64])).status(), "QUALIFIED is the default");
        assertEquals(471, post(path, signing(HashType.SHA512, new byte[64])
                .add("certificateLevel", "QUALIFIED").build()).status());

        JsonObject status = complete(post(path, signing(HashType.SHA512, new byte[64])
                .add("certificateLevel", "ADVANCED").build()));
        assertEquals("OK", status.getJsonObject("result").getString("endResult"));
        assertEquals("PNOLT-40504049999-MOCK-NQ", status.getJsonObject("result").getString("documentNumber"));
        assertEquals("ADVANCED", status.getJsonObject("cert").getString("certificateLevel"));
        assertEquals(200, post("certificatechoice/etsi/PNOLT-30303039914",
                relyingParty().add("certificateLevel", "ADVANCED").build()).status(), "qualified satisfies advanced");
    }

    @Test
    void onlyTheConfiguredRelyingPartyIsServed() {
        String path = "certificatechoice/etsi/PNOLT-30303039914";
        assertEquals(401, post(path, relyingParty().add("relyingPartyUUID", "de305d54-75b4-431b-adb2-eb6b9e546014")
                .build()).status());
        assertEquals(401, post(path, relyingParty().add("relyingPartyName", "OTHER").build()).status());
        assertEquals(200, post(path, relyingParty().add("relyingPartyName", "demo").build()).status(),
                "the name is case-insensitive");

        try (SmartIdSimulator own = SmartIdSimulator.builder().pki(Shared.PKI)
                .relyingParty("de305d54-75b4-431b-adb2-eb6b9e546014", "Savitarna").start()) {
            URI uri = own.baseUri().resolve(path);
            assertEquals(401, client.post(uri, certificateChoice()).status());
            assertEquals(200, client.post(uri, relyingParty().add("relyingPartyUUID",
                    "de305d54-75b4-431b-adb2-eb6b9e546014").add("relyingPartyName", "Savitarna").build()).status());
        }
    }

    static Stream<Arguments> malformedRequests() {
        String text61 = "a".repeat(61);
        String text201 = "b".repeat(201);
        return Stream.of(
                bad("a SHA-256 hash with a SHA512 type", b -> b.add("hash", b64(new byte[32]))),
                bad("a SHA-512 hash with a SHA256 type", b -> b.add("hashType", "SHA256")),
                bad("a hash that is not Base64", b -> b.add("hash", "not base64!")),
                bad("an unknown hash type", b -> b.add("hashType", "SHA1")),
                bad("no hash", b -> b.remove("hash")),
                bad("no hash type", b -> b.remove("hashType")),
                bad("no interactions", b -> b.remove("allowedInteractionsOrder")),
                bad("an empty interaction list", b -> b.add("allowedInteractionsOrder", Json.createArrayBuilder())),
                bad("displayText60 over 60 characters",
                        b -> b.add("allowedInteractionsOrder", interactions("displayTextAndPIN", "displayText60", text61))),
                bad("displayText200 over 200 characters",
                        b -> b.add("allowedInteractionsOrder", interactions("confirmationMessage", "displayText200", text201))),
                bad("a confirmation message with a 60-character text",
                        b -> b.add("allowedInteractionsOrder", interactions("confirmationMessage", "displayText60", "x"))),
                bad("an unknown interaction",
                        b -> b.add("allowedInteractionsOrder", interactions("smileAndWave", "displayText60", "x"))),
                bad("an unknown certificate level", b -> b.add("certificateLevel", "HIGH")),
                bad("QSCD for authentication", b -> b.add("certificateLevel", "QSCD")),
                bad("a nonce over 30 characters", b -> b.add("nonce", "n".repeat(31))),
                bad("an empty nonce", b -> b.add("nonce", "")),
                bad("a relying party name over 32 bytes", b -> b.add("relyingPartyName", "Ž".repeat(17))),
                bad("no relying party UUID", b -> b.remove("relyingPartyUUID")),
                bad("a number for a text", b -> b.add("hashType", 256)),
                bad("request properties that are not an object", b -> b.add("requestProperties", "yes")),
                bad("a request property that is not a boolean",
                        b -> b.add("requestProperties", Json.createObjectBuilder().add("shareMdClientIpAddress", "yes"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void malformedRequestsAre400(String what, UnaryOperator<JsonObjectBuilder> change) {
        JsonObject body = change.apply(signing(HashType.SHA512, new byte[64])).build();
        Reply reply = post("authentication/etsi/PNOLT-30303039914", body);
        assertEquals(400, reply.status(), reply.body());
        assertEquals(400, reply.json().getInt("status"));
    }

    @Test
    void limitsAreInclusiveAndBodiesMustBeJsonObjects() {
        String path = "signature/etsi/PNOLT-30303039914";
        assertEquals(200, post(path, signing(HashType.SHA512, new byte[64]).add("allowedInteractionsOrder",
                interactions("verificationCodeChoice", "displayText60", "a".repeat(60))).build()).status());
        assertEquals(200, post(path, signing(HashType.SHA512, new byte[64]).add("allowedInteractionsOrder",
                interactions("confirmationMessageAndVerificationCodeChoice", "displayText200", "b".repeat(200)))
                .add("nonce", "n".repeat(30)).build()).status());
        assertEquals(400, client.post(uri(path), "not json").status());
        assertEquals(400, client.post(uri(path), "[1, 2]").status());
    }

    @Test
    void aRepeatedRequestWithin15SecondsJoinsTheSameSessionUnlessTheNonceDiffers() {
        JsonObject body = signing(HashType.SHA256, new byte[32]).build();
        String first = post("authentication/etsi/PNOLT-30303039914", body).string("sessionID");
        String again = post("authentication/etsi/PNOLT-30303039914", body).string("sessionID");
        String withNonce = post("authentication/etsi/PNOLT-30303039914",
                signing(HashType.SHA256, new byte[32]).add("nonce", "1").build()).string("sessionID");
        assertEquals(first, again);
        assertNotEquals(first, withNonce);

        CLOCK.advance(Duration.ofSeconds(16));
        assertNotEquals(first, post("authentication/etsi/PNOLT-30303039914", body).string("sessionID"));
    }

    @Test
    void sessionsStayReadableFiveMinutesAfterTheyComplete() {
        String sessionId = post("certificatechoice/etsi/PNOLT-30303039914", certificateChoice()).string("sessionID");
        assertEquals("COMPLETE", status(sessionId).json().getString("state"));

        CLOCK.advance(Duration.ofMinutes(5));
        assertEquals(200, status(sessionId).status());
        CLOCK.advance(Duration.ofSeconds(1));
        assertEquals(404, status(sessionId).status());
        assertTrue(simulator.session(sessionId).isEmpty(), "an expired session is forgotten");
    }

    @Test
    void unknownSessionsAndPathsAre404AndWrongMethods405() {
        assertEquals(404, status("de305d54-75b4-431b-adb2-eb6b9e546014").status());
        assertEquals(404, post("nothing/etsi/PNOLT-30303039914", certificateChoice()).status());
        assertEquals(405, client.send("GET", uri("authentication/etsi/PNOLT-30303039914")).status());
        assertEquals(405, client.send("DELETE", uri("session/x")).status());
    }

    @Test
    void thePhoneShowsTheSmartIdVerificationCodeAndTheFirstInteractionsText() {
        byte[] hash = hash(HashType.SHA384, "Hello World!");
        String sessionId = post("signature/etsi/PNOLT-30303039914", signing(HashType.SHA384, hash)
                .add("allowedInteractionsOrder", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "confirmationMessage")
                                .add("displayText200", "Pasirašyti sutartį Nr. 15?"))
                        .add(Json.createObjectBuilder().add("type", "displayTextAndPIN")
                                .add("displayText60", "Pasirašyti sutartį")))
                .build()).string("sessionID");
        JsonObject status = complete(sessionId);

        SimulatorSession onPhone = simulator.session(sessionId).orElseThrow();
        assertEquals(SmartIdVerificationCode.of(hash).digits(), onPhone.verificationCode().orElseThrow());
        assertEquals("Pasirašyti sutartį Nr. 15?", onPhone.displayText().orElseThrow());
        assertEquals("PNOLT-30303039914-MOCK-Q", onPhone.subject());
        assertEquals(SimulatorSession.Operation.SIGNATURE, onPhone.operation());
        assertEquals("OK", onPhone.result().orElseThrow());
        assertEquals("confirmationMessage", status.getString("interactionFlowUsed"));
        assertFalse(onPhone.toString().contains("30303039914"), "the subject is masked");
    }

    @Test
    void unsupportedRequestPropertiesAreListedAsIgnored() {
        JsonObject status = complete(post("authentication/etsi/PNOLT-30303039914",
                signing(HashType.SHA512, new byte[64]).add("requestProperties", Json.createObjectBuilder()
                        .add("shareMdClientIpAddress", true).add("vcChoice", true)).build()));
        assertEquals(List.of("vcChoice"), status.getJsonArray("ignoredProperties").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    private static Arguments bad(String what, UnaryOperator<JsonObjectBuilder> change) {
        return Arguments.of(what, change);
    }

    private static Reply post(String path, JsonObject body) {
        return client.post(uri(path), body);
    }

    private static Reply status(String sessionId) {
        return client.get(uri("session/" + sessionId + "?timeoutMs=5000"));
    }

    private static JsonObject complete(Reply created) {
        assertEquals(200, created.status(), created.body());
        return complete(created.string("sessionID"));
    }

    private static JsonObject complete(String sessionId) {
        Reply reply = status(sessionId);
        assertEquals(200, reply.status(), reply.body());
        assertEquals("COMPLETE", reply.json().getString("state"), reply.body());
        return reply.json();
    }

    private static URI uri(String path) {
        return simulator.baseUri().resolve(path);
    }

    private static boolean verifies(X509Certificate certificate, HashType type, byte[] hash, JsonObject status)
            throws Exception {
        Signature signature = Signature.getInstance("NONEwithRSA");
        signature.initVerify(certificate.getPublicKey());
        signature.update(type.digestInfo(hash));
        return signature.verify(Base64.getDecoder().decode(status.getJsonObject("signature").getString("value")));
    }

    private static String base64(X509Certificate certificate) throws Exception {
        return Base64.getEncoder().encodeToString(certificate.getEncoded());
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
