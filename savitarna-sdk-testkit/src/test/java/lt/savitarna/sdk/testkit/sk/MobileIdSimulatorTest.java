package lt.savitarna.sdk.testkit.sk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signing.MobileIdVerificationCode;
import lt.savitarna.sdk.testkit.MutableClock;
import lt.savitarna.sdk.testkit.sk.SimClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MobileIdSimulatorTest {

    private static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-11-24T10:00:00Z"));
    private static final MobileIdTestUser OK = MobileIdTestUser.OK;
    private static MobileIdSimulator simulator;
    private static SimClient client;

    @BeforeAll
    static void start() {
        simulator = MobileIdSimulator.builder().pki(Shared.PKI).clock(CLOCK).completionDelay(Duration.ZERO).start();
        client = new SimClient(Shared.PKI);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void certificateRequestReturnsTheSigningCertificate() throws Exception {
        Reply reply = post("/certificate", person(OK).build());

        assertEquals(200, reply.status());
        assertEquals("OK", reply.string("result"));
        assertEquals(base64(Shared.PKI.signingCertificate(OK)), reply.string("cert"));
        // SK writes local date-time without a zone; the simulator writes its clock's UTC time.
        assertEquals(java.time.LocalDateTime.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")), reply.string("time"));
        assertTrue(reply.string("traceId").matches("[0-9a-f]{16}"));
    }

    @Test
    void anyoneWhoIsNotAMobileIdClientIsNotFoundWithStatus200() {
        for (JsonObject body : new JsonObject[] {
                person(MobileIdTestUser.NOT_MID_CLIENT).build(),
                person(OK).add("phoneNumber", "+37060000667").build(),
                person(OK).add("nationalIdentityNumber", "50001018876").build()}) {
            Reply reply = post("/certificate", body);
            assertEquals(200, reply.status());
            assertEquals("NOT_FOUND", reply.string("result"));
            assertFalse(reply.json().containsKey("cert"));
        }
    }

    @Test
    void okAuthenticationIsARawEcSignatureOverTheHashWithTheAuthenticationCertificate() throws Exception {
        byte[] hash = HashType.SHA256.digest("HACKERMAN".getBytes(StandardCharsets.UTF_8));
        JsonObject status = complete("authentication", post("/authentication", signing(OK, HashType.SHA256, hash)));

        assertEquals("COMPLETE", status.getString("state"));
        assertEquals("OK", status.getString("result"));
        assertEquals("SHA256WithECEncryption", status.getJsonObject("signature").getString("algorithm"));
        byte[] signature = Base64.getDecoder().decode(status.getJsonObject("signature").getString("value"));
        assertEquals(64, signature.length, "r || s on P-256");
        X509Certificate certificate = Shared.PKI.authenticationCertificate(OK);
        assertEquals(base64(certificate), status.getString("cert"));
        assertTrue(verifies(certificate, hash, signature));
        assertFalse(verifies(Shared.PKI.signingCertificate(OK), hash, signature));
    }

    @Test
    void okSignatureIsMadeWithTheSigningKeyAndCarriesNoCertificate() throws Exception {
        byte[] hash = HashType.SHA512.digest("contract".getBytes(StandardCharsets.UTF_8));
        JsonObject status = complete("signature", post("/signature", signing(OK, HashType.SHA512, hash)));

        assertEquals("OK", status.getString("result"));
        assertEquals("SHA512WithECEncryption", status.getJsonObject("signature").getString("algorithm"));
        assertTrue(verifies(Shared.PKI.signingCertificate(OK), hash,
                Base64.getDecoder().decode(status.getJsonObject("signature").getString("value"))));
        assertFalse(status.containsKey("cert"));
    }

    @ParameterizedTest
    @EnumSource(value = MobileIdTestUser.class, names = {"OK", "OK_ESTONIA"}, mode = EnumSource.Mode.EXCLUDE)
    void everyTestNumberEndsAsSksDoes(MobileIdTestUser user) {
        for (String operation : new String[] {"authentication", "signature"}) {
            JsonObject status = complete(operation, post("/" + operation, signing(user, HashType.SHA256, new byte[32])));
            assertEquals("COMPLETE", status.getString("state"));
            assertEquals(user.result(), status.getString("result"));
            assertFalse(status.containsKey("signature"));
            assertFalse(status.containsKey("cert"));
        }
    }

    @Test
    void anUnknownPairIsNotAMobileIdClientAndBothTimeoutNumbersTimeOut() {
        JsonObject unknown = complete("authentication", post("/authentication",
                signing(OK, HashType.SHA256, new byte[32]).add("phoneNumber", "+37060000999").build()));
        assertEquals("NOT_MID_CLIENT", unknown.getString("result"));
        JsonObject otherForm = complete("signature", post("/signature", signing(MobileIdTestUser.TIMEOUT, HashType.SHA256,
                new byte[32]).add("phoneNumber", "+37266000266").build()));
        assertEquals("TIMEOUT", otherForm.getString("result"));
        assertEquals("OK", complete("authentication", post("/authentication",
                signing(MobileIdTestUser.OK_ESTONIA, HashType.SHA384, new byte[48]))).getString("result"));
    }

    static Stream<Arguments> malformedRequests() {
        return Stream.of(
                bad("no relying party UUID", b -> b.remove("relyingPartyUUID"), "relyingPartyUUID cannot be null."),
                bad("no relying party name", b -> b.remove("relyingPartyName"), "relyingPartyName cannot be null."),
                bad("no phone number", b -> b.remove("phoneNumber"), "phoneNumber cannot be null."),
                bad("no identity number", b -> b.remove("nationalIdentityNumber"),
                        "nationalIdentityNumber cannot be null."),
                bad("a phone number without +", b -> b.add("phoneNumber", "37060000666"), null),
                bad("a phone number too short", b -> b.add("phoneNumber", "+3706000"), null),
                bad("an identity number of ten digits", b -> b.add("nationalIdentityNumber", "5000101886"), null),
                bad("no hash", b -> b.remove("hash"), "hash cannot be null."),
                bad("a hash that is not Base64", b -> b.add("hash", "%%%"), "Hash must be Base64 encoded"),
                bad("a hash of the wrong length", b -> b.add("hash", b64(new byte[31])),
                        "The length of the hash must match the type of hash"),
                bad("an unknown hash type", b -> b.add("hashType", "SHA1"), null),
                bad("no language", b -> b.remove("language"), "language cannot be null."),
                bad("an unknown language", b -> b.add("language", "LT"), null),
                bad("101 GSM-7 characters", b -> b.add("displayText", "a".repeat(101)), null),
                bad("51 extension characters (102 bytes)", b -> b.add("displayText", "€".repeat(51)), null),
                bad("51 UCS-2 characters", b -> b.add("displayText", "ž".repeat(51)).add("displayTextFormat", "UCS-2"),
                        null),
                bad("an unknown text format", b -> b.add("displayTextFormat", "UTF-8"), null),
                bad("a number for a text", b -> b.add("language", 3), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void malformedRequestsAre400WithAnError(String what, UnaryOperator<JsonObjectBuilder> change, String error) {
        Reply reply = post("/authentication", change.apply(signing(OK, HashType.SHA256, new byte[32])).build());
        assertEquals(400, reply.status(), reply.body());
        assertFalse(reply.string("error").isBlank());
        if (error != null) {
            assertEquals(error, reply.string("error"));
        }
    }

    @Test
    void displayTextLimitsAreInclusive() {
        assertEquals(200, post("/signature", signing(OK, HashType.SHA256, new byte[32])
                .add("displayText", "a".repeat(100)).build()).status());
        assertEquals(200, post("/signature", signing(OK, HashType.SHA256, new byte[32])
                .add("displayText", "€".repeat(50)).add("displayTextFormat", "GSM-7").build()).status());
        assertEquals(200, post("/signature", signing(OK, HashType.SHA256, new byte[32])
                .add("displayText", "ž".repeat(50)).add("displayTextFormat", "UCS-2").build()).status());
        assertEquals(400, client.post(uri("/certificate"), "nonsense").status());
    }

    @Test
    void onlyTheConfiguredRelyingPartyIsServedAndItsUuidIsCaseSensitive() {
        assertEquals(401, post("/certificate", person(OK).add("relyingPartyName", "BANK").build()).status());
        try (MobileIdSimulator own = MobileIdSimulator.builder().pki(Shared.PKI)
                .relyingParty("de305d54-75b4-431b-adb2-eb6b9e546014", "BANK123").start()) {
            URI certificate = URI.create(own.baseUri() + "/certificate");
            JsonObjectBuilder body = person(OK).add("relyingPartyName", "bank123");
            Reply wrongCase = client.post(certificate,
                    body.add("relyingPartyUUID", "DE305D54-75B4-431B-ADB2-EB6B9E546014").build());
            assertEquals(401, wrongCase.status());
            assertEquals("Failed to authorize user", wrongCase.string("error"));
            assertEquals(200, client.post(certificate, person(OK).add("relyingPartyName", "bank123")
                    .add("relyingPartyUUID", "de305d54-75b4-431b-adb2-eb6b9e546014").build()).status());
        }
    }

    @Test
    void sessionsAreReadOnlyUnderTheirOwnOperationAndUnknownOnesAre404() {
        String sessionId = post("/authentication", signing(OK, HashType.SHA256, new byte[32])).string("sessionID");
        assertEquals(200, status("authentication", sessionId).status());
        Reply wrongKind = status("signature", sessionId);
        assertEquals(404, wrongKind.status());
        assertEquals("SessionID not found", wrongKind.string("error"));
        assertEquals(404, status("authentication", "de305d54-75b4-431b-adb2-eb6b9e546014").status());
        assertEquals(405, client.send("GET", uri("/authentication")).status());
        assertEquals(404, client.send("GET", uri("/version/x")).status());
        assertEquals(400, client.get(uri("/authentication/session/" + sessionId + "?timeoutMs=x")).status());
    }

    @Test
    void completedSessionsExpireAfterFiveMinutes() {
        String sessionId = post("/signature", signing(OK, HashType.SHA256, new byte[32])).string("sessionID");
        assertEquals("COMPLETE", complete("signature", sessionId).getString("state"));
        CLOCK.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals(404, status("signature", sessionId).status());
    }

    @Test
    void thePhoneShowsTheMobileIdVerificationCode() {
        byte[] hash = HashType.SHA256.digest("HACKERMAN".getBytes(StandardCharsets.UTF_8));
        String sessionId = post("/authentication", signing(OK, HashType.SHA256, hash)
                .add("displayText", "Prisijungimas").build()).string("sessionID");
        complete("authentication", sessionId);

        SimulatorSession onPhone = simulator.session(sessionId).orElseThrow();
        assertEquals("0104", onPhone.verificationCode().orElseThrow());
        assertEquals(MobileIdVerificationCode.of(hash).digits(), onPhone.verificationCode().orElseThrow());
        assertEquals("Prisijungimas", onPhone.displayText().orElseThrow());
        assertEquals(OK.phoneNumber(), onPhone.subject());
        assertEquals("OK", onPhone.result().orElseThrow());
    }

    @Test
    void aNewerPollReleasesTheOlderOneWithRunning() throws Exception {
        try (MobileIdSimulator held = MobileIdSimulator.builder().pki(Shared.PKI).completeManually().start()) {
            URI base = URI.create(held.baseUri() + "/");
            String sessionId = client.post(base.resolve("authentication"), signing(OK, HashType.SHA256, new byte[32]).build())
                    .string("sessionID");
            URI status = base.resolve("authentication/session/" + sessionId + "?timeoutMs=30000");
            CompletableFuture<Reply> older = client.getAsync(status, Duration.ofSeconds(40));
            Await.until(() -> held.waitingPolls() == 1, Duration.ofSeconds(10), "the first poll");
            CompletableFuture<Reply> newer = client.getAsync(status, Duration.ofSeconds(40));

            assertEquals("RUNNING", older.get(10, TimeUnit.SECONDS).string("state"));
            Await.until(() -> held.waitingPolls() == 1, Duration.ofSeconds(10), "the second poll");
            assertFalse(newer.isDone());
            assertEquals(1, held.completeAll());
            assertEquals("OK", newer.get(10, TimeUnit.SECONDS).string("result"));
        }
    }

    private static Arguments bad(String what, UnaryOperator<JsonObjectBuilder> change, String error) {
        return Arguments.of(what, change, error);
    }

    static JsonObjectBuilder person(MobileIdTestUser user) {
        return Json.createObjectBuilder()
                .add("relyingPartyUUID", MobileIdSimulator.DEMO_RELYING_PARTY_UUID)
                .add("relyingPartyName", MobileIdSimulator.DEMO_RELYING_PARTY_NAME)
                .add("phoneNumber", user.phoneNumber())
                .add("nationalIdentityNumber", user.nationalIdentityNumber());
    }

    static JsonObjectBuilder signing(MobileIdTestUser user, HashType type, byte[] hash) {
        return person(user).add("hash", b64(hash)).add("hashType", type.name()).add("language", "LIT");
    }

    private static Reply post(String path, JsonObjectBuilder body) {
        return post(path, body.build());
    }

    private static Reply post(String path, JsonObject body) {
        return client.post(uri(path), body);
    }

    private static Reply status(String operation, String sessionId) {
        return client.get(uri("/" + operation + "/session/" + sessionId + "?timeoutMs=5000"));
    }

    private static JsonObject complete(String operation, Reply created) {
        assertEquals(200, created.status(), created.body());
        return complete(operation, created.string("sessionID"));
    }

    private static JsonObject complete(String operation, String sessionId) {
        Reply reply = status(operation, sessionId);
        assertEquals(200, reply.status(), reply.body());
        assertEquals("COMPLETE", reply.string("state"), reply.body());
        return reply.json();
    }

    private static URI uri(String path) {
        return URI.create(simulator.baseUri() + path);
    }

    private static boolean verifies(X509Certificate certificate, byte[] hash, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance("NONEwithECDSAinP1363Format");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(hash);
        return verifier.verify(signature);
    }

    private static String base64(X509Certificate certificate) throws Exception {
        return Base64.getEncoder().encodeToString(certificate.getEncoded());
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
