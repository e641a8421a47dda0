package lt.savitarna.sdk.signing;

import static lt.savitarna.sdk.signing.TestCertificates.MID_AUTH;
import static lt.savitarna.sdk.signing.TestCertificates.NOW;
import static lt.savitarna.sdk.signing.TestCertificates.PASSWORD;
import static lt.savitarna.sdk.signing.TestCertificates.SEAL;
import static lt.savitarna.sdk.signing.TestCertificates.SID_AUTH;
import static lt.savitarna.sdk.signing.TestCertificates.SID_EXPIRED;
import static lt.savitarna.sdk.signing.TestCertificates.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateExpiredException;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import org.junit.jupiter.api.Test;

class LocalKeyProviderTest {

    static final Clock AT_NOW = Clock.fixed(NOW, ZoneOffset.UTC);

    static LocalKeyProvider provider(String alias) {
        return LocalKeyProvider.builder().pkcs12(TestCertificates.usersFile(), PASSWORD.clone(), alias).clock(AT_NOW)
                .build();
    }

    @Test
    void aCompanySealSignsDigestsThatVerifyWithItsCertificate() {
        LocalKeyProvider seal = LocalKeyProvider.builder().pkcs12(TestCertificates.usersFile(), PASSWORD.clone(), SEAL)
                .name("company-seal").clock(AT_NOW).build();
        RecordingListener listener = new RecordingListener();

        SigningCertificate cert = seal.signingCertificate(CertificateRequest.builder(SignerIdentity.anyone()).build(),
                listener);
        Digest digest = Digest.compute(HashType.SHA256, "invoice".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SignatureValue value = seal.sign(SignatureRequest.builder(cert, digest).build(), listener);

        assertEquals("company-seal", value.provider());
        assertNull(cert.identity());
        assertTrue(SignatureVerifier.isValid(certificate(SEAL).getPublicKey(), HashType.SHA256, digest.value(),
                value.value()));
        assertEquals("SHA256withRSA", value.algorithm());
        assertTrue(listener.codes.isEmpty(), "a local key shows no verification code");
        assertEquals(SigningState.COMPLETED, listener.states.get(listener.states.size() - 1));
    }

    @Test
    void authenticatesAPersonWithAnEcKeyToo() {
        NationalIdentity mary = NationalIdentity.parse("PNOLT-50001018865");
        Digest challenge = Digest.random(HashType.SHA512);

        Authentication auth = provider(MID_AUTH).authenticate(AuthenticationRequest.builder(SignerIdentity.of(mary),
                challenge).build(), null);

        assertEquals(mary, auth.identity());
        assertTrue(SignatureVerifier.isValid(certificate(MID_AUTH).getPublicKey(), HashType.SHA512, challenge.value(),
                auth.signature()));
    }

    @Test
    void theAsyncFormWorksToo() throws Exception {
        Digest challenge = Digest.random(HashType.SHA256);
        Authentication auth = provider(SID_AUTH).authenticateAsync(AuthenticationRequest.builder(
                SignerIdentity.of(PersonalCode.parse("30303039914")), challenge).build(), null).get();

        assertEquals("JONAS", auth.givenName());
    }

    @Test
    void refusesAnotherPersonAnExpiredCertificateAndAForeignCertificate() {
        LocalKeyProvider jonas = provider(SID_AUTH);
        SignerIdentity someoneElse = SignerIdentity.of(PersonalCode.parse("30403039917"));

        assertThrows(IdentityMismatchException.class, () -> jonas.authenticate(
                AuthenticationRequest.builder(someoneElse, Digest.random(HashType.SHA256)).build(), null));
        assertThrows(CertificateExpiredException.class, () -> provider(SID_EXPIRED).signingCertificate(
                CertificateRequest.builder(SignerIdentity.anyone()).build(), null));
        assertThrows(IllegalArgumentException.class, () -> jonas.sign(SignatureRequest.builder(SignerIdentity.anyone(),
                certificate(SEAL), Digest.random(HashType.SHA256)).build(), null));
    }

    @Test
    void badKeyStoresFailAtBuildTime() {
        assertThrows(IllegalArgumentException.class, () -> LocalKeyProvider.builder()
                .pkcs12(TestCertificates.usersFile(), "wrong".toCharArray(), SEAL));
        assertThrows(IllegalArgumentException.class, () -> LocalKeyProvider.builder()
                .pkcs12(TestCertificates.usersFile(), PASSWORD.clone(), "test-ca"));
        assertThrows(IllegalStateException.class, () -> LocalKeyProvider.builder().build());
    }

    @Test
    void isConfiguredFromSettings() {
        Map<String, String> settings = Map.of(
                "savitarna.localkey.keystore", TestCertificates.usersFile().toString(),
                "savitarna.localkey.alias", SEAL,
                "savitarna.localkey.password", "changeit",
                "savitarna.localkey.name", "seal");

        LocalKeyProvider seal = LocalKeyProvider.fromSettings(settings::get);

        assertEquals("seal", seal.name());
        assertEquals(certificate(SEAL), seal.certificate());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> LocalKeyProvider.fromSettings(Map.of("savitarna.localkey.alias", SEAL)::get));
        assertTrue(missing.getMessage().contains("SAVITARNA_LOCALKEY_KEYSTORE"), missing.getMessage());
        assertTrue(List.of(seal.toString()).get(0).contains("seal"));
    }
}
