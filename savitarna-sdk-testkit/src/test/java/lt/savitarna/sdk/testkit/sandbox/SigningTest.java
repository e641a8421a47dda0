package lt.savitarna.sdk.testkit.sandbox;

import static lt.savitarna.sdk.testkit.sandbox.Http.scope;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lt.savitarna.sdk.testkit.MutableClock;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two-step signing with certificates made in the test, and the signed ASiC-E container. */
class SigningTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
    private static final String MAIN = scope(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
    private static final String CONTRACT = MAIN + "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID;
    private static final byte[] SHA256_DIGEST_INFO = HexFormat.of().parseHex("3031300d060960864801650304020105000420");

    private static KeyPair rsa;
    private static KeyPair ec;
    private static TestCertificates.Signer jonasRsa;
    private static TestCertificates.Signer jonasEc;

    private MutableClock clock;
    private SandboxServer sandbox;
    private Http http;
    private String jonas;

    @BeforeAll
    static void keys() {
        rsa = TestCertificates.rsa();
        ec = TestCertificates.ec();
        jonasRsa = TestCertificates.signer(rsa, DemoData.JONAS_PERSONAL_CODE, NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(3 * 365)));
        jonasEc = TestCertificates.signer(ec, DemoData.JONAS_PERSONAL_CODE, NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(3 * 365)));
    }

    @BeforeEach
    void start() {
        clock = MutableClock.at(NOW);
        sandbox = SandboxServer.builder().clock(clock).largeDocumentSize(SandboxServer.MIN_LARGE_DOCUMENT_SIZE).start();
        http = new Http(sandbox);
        jonas = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void anRsaSignatureOverTheDigestSignsTheContract() throws Exception {
        byte[] content = http.get(CONTRACT + "/content").bearer(jonas).download().body();
        String feedEnd = http.get(MAIN + "/documents/changes?limit=200").bearer(jonas).send().json().getString("nextCursor");
        Http.Reply started = start(CONTRACT, jonasRsa, "SMART_ID", Http.newKey());
        assertEquals(201, started.status(), started::toString);
        JsonObject session = started.json();
        assertEquals("PENDING", session.getString("state"));
        assertEquals("SHA256", session.getString("digestAlgorithm"));
        assertEquals(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, session.getString("documentId"));
        assertEquals(NOW.plus(Duration.ofMinutes(SandboxServer.SIGNATURE_TTL_MINUTES)).toString(),
                session.getString("expiresAt"));
        byte[] digest = Base64.getDecoder().decode(session.getString("digest"));
        assertArrayEquals(HexFormat.of().parseHex(TestFiles.sha256(content, der(jonasRsa))), digest,
                "digest = SHA-256(file || signing certificate)");

        String key = Http.newKey();
        Http.Reply finished = finish(CONTRACT, session.getString("signatureId"), sign("NONEwithRSA", rsa.getPrivate(),
                concat(SHA256_DIGEST_INFO, digest)), "SHA256withRSA", key);
        assertEquals(200, finished.status(), finished::toString);
        assertEquals("COMPLETED", finished.json().getString("state"));
        assertEquals("SIGNED", finished.json().getJsonObject("document").getString("state"));
        assertFalse(finished.json().getJsonObject("document").getBoolean("signable"));
        assertEquals("SIGNED", http.get(CONTRACT).bearer(jonas).send().json().getString("state"));

        JsonObject change = http.get(MAIN + "/documents/changes?cursor=" + feedEnd).bearer(jonas).send().json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("UPDATED", change.getString("change"));
        assertEquals("SIGNED", change.getJsonObject("document").getString("state"));

        Http.Reply replay = finish(CONTRACT, session.getString("signatureId"), sign("NONEwithRSA", rsa.getPrivate(),
                concat(SHA256_DIGEST_INFO, digest)), "SHA256withRSA", key);
        assertEquals(200, replay.status());
        assertEquals("true", replay.header("Idempotent-Replayed").orElseThrow());
        Http.Reply again = finish(CONTRACT, session.getString("signatureId"), sign("NONEwithRSA", rsa.getPrivate(),
                concat(SHA256_DIGEST_INFO, digest)), "SHA256withRSA", Http.newKey());
        assertEquals(409, again.status());
        assertEquals("SIGNATURE_NOT_PENDING", again.code());
        assertEquals(409, start(CONTRACT, jonasRsa, "SMART_ID", Http.newKey()).status(), "signed: not signable");
        assertEquals(1, sandbox.counters().completedSignatures());

        assertContainer(content, jonasRsa);
    }

    @Test
    void ecdsaAndPssSignaturesOverFileAndCertificateVerifyToo() throws Exception {
        String annex1 = MAIN + "/documents/" + DemoData.CONTRACT_ANNEX_1_ID;
        byte[] content1 = http.get(annex1 + "/content").bearer(jonas).download().body();
        JsonObject ecSession = start(annex1, jonasEc, "MOBILE_ID", Http.newKey()).json();
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initSign(ec.getPrivate());
        ecdsa.update(content1);
        ecdsa.update(der(jonasEc));
        byte[] raw = ecdsa.sign();
        assertEquals(64, raw.length, "raw r||s");
        Http.Reply ecDone = finish(annex1, ecSession.getString("signatureId"), raw, "SHA256withECDSA", Http.newKey());
        assertEquals(200, ecDone.status(), ecDone::toString);

        String annex2 = MAIN + "/documents/" + DemoData.CONTRACT_ANNEX_2_ID;
        byte[] content2 = http.get(annex2 + "/content").bearer(jonas).download().body();
        JsonObject pssSession = start(annex2, jonasRsa, "LOCAL_KEY", Http.newKey()).json();
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        pss.initSign(rsa.getPrivate());
        pss.update(content2);
        pss.update(der(jonasRsa));
        Http.Reply pssDone = finish(annex2, pssSession.getString("signatureId"), pss.sign(), "SHA256withRSAandMGF1",
                Http.newKey());
        assertEquals(200, pssDone.status(), pssDone::toString);
        assertEquals(2, sandbox.counters().completedSignatures());
    }

    @Test
    void aWrongValueIsRefusedAndThePendingSignatureStays() throws Exception {
        JsonObject session = start(CONTRACT, jonasRsa, "SMART_ID", Http.newKey()).json();
        byte[] digest = Base64.getDecoder().decode(session.getString("digest"));
        byte[] otherDigest = digest.clone();
        otherDigest[0] ^= 1;
        Http.Reply wrong = finish(CONTRACT, session.getString("signatureId"), sign("NONEwithRSA", rsa.getPrivate(),
                concat(SHA256_DIGEST_INFO, otherDigest)), "SHA256withRSA", Http.newKey());
        assertEquals(422, wrong.status());
        assertEquals("SIGNATURE_INVALID", wrong.code());
        Http.Reply wrongAlgorithm = finish(CONTRACT, session.getString("signatureId"), sign("NONEwithRSA",
                rsa.getPrivate(), concat(SHA256_DIGEST_INFO, digest)), "SHA256withECDSA", Http.newKey());
        assertEquals("SIGNATURE_INVALID", wrongAlgorithm.code());
        Http.Reply unknownAlgorithm = finish(CONTRACT, session.getString("signatureId"), new byte[] {1}, "MD5withRSA",
                Http.newKey());
        assertEquals(400, unknownAlgorithm.status());
        assertEquals("signatureAlgorithm", unknownAlgorithm.firstErrorField());

        Http.Reply right = finish(CONTRACT, session.getString("signatureId"), sign("NONEwithRSA", rsa.getPrivate(),
                concat(SHA256_DIGEST_INFO, digest)), "SHA256withRSA", Http.newKey());
        assertEquals(200, right.status(), "still pending after wrong values");
    }

    @Test
    void certificatesAreCheckedBeforeADigestIsGiven() {
        Http.Reply expired = start(CONTRACT, TestCertificates.signer(rsa, DemoData.JONAS_PERSONAL_CODE,
                NOW.minus(Duration.ofDays(800)), NOW.minus(Duration.ofDays(1))), "SMART_ID", Http.newKey());
        assertEquals(422, expired.status());
        assertEquals("CERTIFICATE_EXPIRED", expired.code());

        Http.Reply stranger = start(CONTRACT, TestCertificates.signer(rsa, "39001010000", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(10))), "SMART_ID", Http.newKey());
        assertEquals(422, stranger.status());
        assertEquals("CERTIFICATE_SUBJECT_MISMATCH", stranger.code());

        Http.Reply encipherOnly = start(CONTRACT, TestCertificates.signer(rsa, "SERIALNUMBER=PNOLT-"
                + DemoData.JONAS_PERSONAL_CODE + ", CN=JONAS", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(10)),
                KeyUsage.keyEncipherment), "SMART_ID", Http.newKey());
        assertEquals("CERTIFICATE_UNTRUSTED", encipherOnly.code(), "not a signing certificate");

        Http.Reply garbage = http.post(CONTRACT + "/signatures", "{\"signingCertificate\":\"bm90IGEgY2VydA==\","
                + "\"method\":\"SMART_ID\"}").bearer(jonas).key(Http.newKey()).send();
        assertEquals(400, garbage.status());
        assertEquals("signingCertificate", garbage.firstErrorField());
        Http.Reply badMethod = start(CONTRACT, jonasRsa, "CARRIER_PIGEON", Http.newKey());
        assertEquals("method", badMethod.firstErrorField());
        Http.Reply noKey = http.post(CONTRACT + "/signatures", startBody(jonasRsa, "SMART_ID")).bearer(jonas).send();
        assertEquals(400, noKey.status(), "Idempotency-Key is required");
    }

    @Test
    void theTrustPolicyIsASeam() {
        sandbox.close();
        sandbox = SandboxServer.builder().clock(clock).largeDocumentSize(SandboxServer.MIN_LARGE_DOCUMENT_SIZE)
                .signatureTrust((certificate, at) -> false).start();
        http = new Http(sandbox);
        jonas = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
        Http.Reply untrusted = start(CONTRACT, jonasRsa, "SMART_ID", Http.newKey());
        assertEquals(422, untrusted.status());
        assertEquals("CERTIFICATE_UNTRUSTED", untrusted.code());
        assertTrue(SignatureTrust.anyCertificate().trusts(jonasRsa.certificate(), NOW));
    }

    @Test
    void onlyWaitingContractsAndAnnexesCanBeSigned() {
        for (String id : List.of(DemoData.LATEST_INVOICE_ID, DemoData.SIGNED_CONTRACT_ID)) {
            Http.Reply reply = start(MAIN + "/documents/" + id, jonasRsa, "SMART_ID", Http.newKey());
            assertEquals(409, reply.status(), id);
            assertEquals("DOCUMENT_NOT_SIGNABLE", reply.code());
        }
        assertEquals(404, start(MAIN + "/documents/doc_nope", jonasRsa, "SMART_ID", Http.newKey()).status());
        Http.Reply container = http.get(CONTRACT + "/signed-container").bearer(jonas).send();
        assertEquals(409, container.status());
        assertEquals("DOCUMENT_NOT_SIGNED", container.code());
    }

    @Test
    void aPendingSignatureExpiresAndCanBeCancelled() throws Exception {
        JsonObject late = start(CONTRACT, jonasRsa, "SMART_ID", Http.newKey()).json();
        clock.advance(Duration.ofMinutes(SandboxServer.SIGNATURE_TTL_MINUTES).plusSeconds(1));
        byte[] digest = Base64.getDecoder().decode(late.getString("digest"));
        Http.Reply expired = finish(CONTRACT, late.getString("signatureId"), sign("NONEwithRSA", rsa.getPrivate(),
                concat(SHA256_DIGEST_INFO, digest)), "SHA256withRSA", Http.newKey());
        assertEquals(409, expired.status());
        assertEquals("SIGNATURE_EXPIRED", expired.code());
        assertEquals(204, http.delete(CONTRACT + "/signatures/" + late.getString("signatureId")).bearer(jonas).send()
                .status(), "cancelling an expired one is not an error");

        JsonObject session = start(CONTRACT, jonasRsa, "SMART_ID", Http.newKey()).json();
        String signature = CONTRACT + "/signatures/" + session.getString("signatureId");
        assertEquals(204, http.delete(signature).bearer(jonas).send().status());
        assertEquals(204, http.delete(signature).bearer(jonas).send().status(), "idempotent");
        Http.Reply cancelled = finish(CONTRACT, session.getString("signatureId"), sign("NONEwithRSA", rsa.getPrivate(),
                concat(SHA256_DIGEST_INFO, Base64.getDecoder().decode(session.getString("digest")))), "SHA256withRSA",
                Http.newKey());
        assertEquals("SIGNATURE_NOT_PENDING", cancelled.code());
        assertEquals(404, http.delete(CONTRACT + "/signatures/sig_nope").bearer(jonas).send().status());
        assertEquals(404, http.delete(MAIN + "/documents/" + DemoData.CONTRACT_ANNEX_1_ID + "/signatures/"
                + session.getString("signatureId")).bearer(jonas).send().status(), "a signature of another document");
    }

    @Test
    void aFileReplacedMeanwhileCannotBeSignedWithTheOldDigest() throws Exception {
        JsonObject session = start(CONTRACT, jonasRsa, "SMART_ID", Http.newKey()).json();
        sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID)
                .updateDocument(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, d -> d.toBuilder().newRevision().build());
        Http.Reply stale = finish(CONTRACT, session.getString("signatureId"), sign("NONEwithRSA", rsa.getPrivate(),
                concat(SHA256_DIGEST_INFO, Base64.getDecoder().decode(session.getString("digest")))), "SHA256withRSA",
                Http.newKey());
        assertEquals(409, stale.status());
        assertEquals("DOCUMENT_NOT_SIGNABLE", stale.code());
    }

    @Test
    void aContractSeededAsSignedHasAVerifiableContainer() throws Exception {
        String signed = MAIN + "/documents/" + DemoData.SIGNED_CONTRACT_ID;
        byte[] content = http.get(signed + "/content").bearer(jonas).download().body();
        byte[] zip = http.get(signed + "/signed-container").bearer(jonas).download().body();
        String xml = null;
        byte[] inside = null;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                byte[] bytes = entries.readAllBytes();
                if (entry.getName().equals("META-INF/signatures0.xml")) {
                    xml = new String(bytes, StandardCharsets.UTF_8);
                } else if (entry.getName().endsWith(".pdf")) {
                    inside = bytes;
                }
            }
        }
        assertArrayEquals(content, inside);
        byte[] certificateDer = Base64.getDecoder().decode(between(xml, "<ds:X509Certificate>", "</ds:X509Certificate>"));
        java.security.cert.X509Certificate certificate = (java.security.cert.X509Certificate)
                java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(certificateDer));
        assertTrue(certificate.getSubjectX500Principal().getName().contains("PNOLT-" + DemoData.JONAS_PERSONAL_CODE));
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(content);
        verifier.update(certificateDer);
        assertTrue(verifier.verify(Base64.getDecoder().decode(between(xml, "<ds:SignatureValue Id=\"S0-SIG\">",
                "</ds:SignatureValue>"))), "the value signs SHA-256(file || certificate)");
        assertEquals(0, sandbox.counters().completedSignatures(), "seed data is not counted");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private void assertContainer(byte[] content, TestCertificates.Signer signer) throws IOException {
        var response = http.get(CONTRACT + "/signed-container").bearer(jonas).download();
        assertEquals(200, response.statusCode());
        assertEquals("application/vnd.etsi.asic-e+zip", response.headers().firstValue("Content-Type").orElseThrow());
        byte[] zip = response.body();
        assertEquals(TestFiles.sha256(zip), response.headers().firstValue("X-Checksum-SHA256").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow().contains(".asice"));
        assertEquals("mimetype", new String(zip, 30, 8, StandardCharsets.US_ASCII), "mimetype is the first entry");
        assertEquals("application/vnd.etsi.asic-e+zip", new String(zip, 38, 31, StandardCharsets.US_ASCII),
                "stored uncompressed, no extra field");
        List<String> names = new ArrayList<>();
        String signatures = null;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                names.add(entry.getName());
                byte[] bytes = entries.readAllBytes();
                if (entry.getName().endsWith(".pdf")) {
                    assertArrayEquals(content, bytes, "the signed file as downloaded");
                }
                if (entry.getName().equals("META-INF/signatures0.xml")) {
                    signatures = new String(bytes, StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(List.of("mimetype", names.get(1), "META-INF/manifest.xml", "META-INF/signatures0.xml"), names);
        assertTrue(names.get(1).startsWith("SUT-") && names.get(1).endsWith(".pdf"));
        assertTrue(signatures.contains("<ds:X509Certificate>" + Base64.getEncoder().encodeToString(der(signer))));
        assertTrue(signatures.contains("<xades:SigningTime>" + NOW + "</xades:SigningTime>"));
        byte[] again = http.get(CONTRACT + "/signed-container").bearer(jonas).download().body();
        assertArrayEquals(zip, again, "the same bytes every time");
    }

    private Http.Reply start(String document, TestCertificates.Signer signer, String method, String key) {
        return http.post(document + "/signatures", startBody(signer, method)).bearer(jonas).key(key).send();
    }

    private static String startBody(TestCertificates.Signer signer, String method) {
        return "{\"signingCertificate\":\"" + Base64.getEncoder().encodeToString(der(signer)) + "\",\"method\":\""
                + method + "\"}";
    }

    private Http.Reply finish(String document, String signatureId, byte[] value, String algorithm, String key) {
        return http.post(document + "/signatures/" + signatureId + "/finalization", "{\"signatureValue\":\""
                + Base64.getEncoder().encodeToString(value) + "\",\"signatureAlgorithm\":\"" + algorithm + "\"}")
                .bearer(jonas).key(key).send();
    }

    private static byte[] sign(String algorithm, PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    private static byte[] der(TestCertificates.Signer signer) {
        try {
            return signer.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
