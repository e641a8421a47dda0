package lt.savitarna.sdk.signing;

import static lt.savitarna.sdk.signing.TestCertificates.MID_SIGN;
import static lt.savitarna.sdk.signing.TestCertificates.NOW;
import static lt.savitarna.sdk.signing.TestCertificates.ROGUE_AUTH;
import static lt.savitarna.sdk.signing.TestCertificates.SEAL;
import static lt.savitarna.sdk.signing.TestCertificates.SID_AUTH;
import static lt.savitarna.sdk.signing.TestCertificates.SID_EXPIRED;
import static lt.savitarna.sdk.signing.TestCertificates.SID_OTHER;
import static lt.savitarna.sdk.signing.TestCertificates.SID_SIGN;
import static lt.savitarna.sdk.signing.TestCertificates.certificate;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import lt.savitarna.sdk.signature.CertificateExpiredException;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.KeyUsageException;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.UntrustedCertificateException;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import org.junit.jupiter.api.Test;

class CertificateValidatorTest {

    static final NationalIdentity JONAS = NationalIdentity.parse("PNOLT-30303039914");

    static CertificateValidator validator(Instant at) {
        return CertificateValidator.builder()
                .trustAnchors(List.of(TestCertificates.testCa()))
                .clock(Clock.fixed(at, ZoneOffset.UTC))
                .build();
    }

    final CertificateValidator validator = validator(NOW);

    @Test
    void acceptsTheRightPersonsCertificateForItsPurpose() {
        assertEquals(JONAS, validator.validate(certificate(SID_AUTH), CertificatePurpose.AUTHENTICATION, JONAS,
                "smart-id"));
        assertEquals(JONAS, validator.validate(certificate(SID_SIGN), CertificatePurpose.SIGNING, JONAS, "smart-id"));
    }

    @Test
    void refusesCertificatesOutsideTheirValidityAtTheClock() {
        CertificateExpiredException expired = assertThrows(CertificateExpiredException.class,
                () -> validator.validate(certificate(SID_EXPIRED), CertificatePurpose.AUTHENTICATION, "smart-id"));
        CertificateExpiredException early = assertThrows(CertificateExpiredException.class, () -> validator(
                Instant.parse("2030-12-31T00:00:00Z")).validate(certificate(SID_AUTH), CertificatePurpose.AUTHENTICATION,
                "smart-id"));

        assertTrue(expired.hasExpired());
        assertEquals(SignatureErrorCodes.CERTIFICATE_NOT_YET_VALID, early.getCode());
        assertEquals(Instant.parse("2031-01-01T00:00:00Z"), early.notBefore());
    }

    @Test
    void refusesCertificatesThatDoNotChainToATrustAnchor() {
        assertThrows(UntrustedCertificateException.class,
                () -> validator.validate(certificate(ROGUE_AUTH), CertificatePurpose.AUTHENTICATION, "smart-id"));
        CertificateValidator rogueOnly = CertificateValidator.builder().trustAnchors(List.of(TestCertificates.rogueCa()))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        assertThrows(UntrustedCertificateException.class,
                () -> rogueOnly.validate(certificate(SID_AUTH), CertificatePurpose.AUTHENTICATION, "smart-id"));
        assertDoesNotThrow(() -> rogueOnly.validate(certificate(ROGUE_AUTH), CertificatePurpose.AUTHENTICATION, null));
    }

    @Test
    void revocationCheckingIsOffByDefaultAndRefusesCertificatesWithoutRevocationDataWhenOn() {
        CertificateValidator strict = CertificateValidator.builder().trustAnchors(List.of(TestCertificates.testCa()))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).revocationChecking(true).build();

        assertThrows(UntrustedCertificateException.class,
                () -> strict.validate(certificate(SID_AUTH), CertificatePurpose.AUTHENTICATION, "smart-id"));
    }

    @Test
    void requiresTheKeyUsageOfThePurpose() {
        KeyUsageException e = assertThrows(KeyUsageException.class,
                () -> validator.validate(certificate(SID_SIGN), CertificatePurpose.AUTHENTICATION, "smart-id"));
        assertTrue(e.getMessage().contains("digitalSignature"), e.getMessage());
        assertThrows(KeyUsageException.class,
                () -> validator.validate(certificate(SID_AUTH), CertificatePurpose.SIGNING, "smart-id"));
    }

    @Test
    void requiresThePersonAskedFor() {
        IdentityMismatchException other = assertThrows(IdentityMismatchException.class, () -> validator.validate(
                certificate(SID_OTHER), CertificatePurpose.AUTHENTICATION, JONAS, "smart-id"));
        assertThrows(IdentityMismatchException.class, () -> validator.validate(certificate(SEAL),
                CertificatePurpose.SIGNING, JONAS, "local-key"));

        assertFalse(other.getMessage().contains("30403039917"), other.getMessage());
        assertTrue(other.getMessage().contains("PNOLT-3*********7"), other.getMessage());
    }

    @Test
    void warnsWithinTheWindowOnly() {
        var warning = validator.expiryWarning(certificate(MID_SIGN), "mobile-id").orElseThrow();

        assertEquals(13, warning.daysLeft());
        assertTrue(validator.expiryWarning(certificate(SID_SIGN), "smart-id").isEmpty());
        assertTrue(validator.expiryWarning(certificate(SID_EXPIRED), "smart-id").isEmpty());
        CertificateValidator early = CertificateValidator.builder().trustAnchors(List.of(TestCertificates.testCa()))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).expiryWarning(Duration.ofDays(5)).build();
        assertTrue(early.expiryWarning(certificate(MID_SIGN), "mobile-id").isEmpty());
    }

    @Test
    void needsTrustAnchors() {
        assertThrows(IllegalStateException.class, () -> CertificateValidator.builder().build());
    }

    @Test
    void bundlesTheDemoTrustAnchors() {
        var demo = TrustAnchors.demo();

        assertEquals(2, demo.size());
        assertTrue(demo.stream().anyMatch(c -> c.getSubjectX500Principal().getName().contains("CN=TEST of EID-SK 2016")));
        assertTrue(demo.stream().anyMatch(c -> c.getSubjectX500Principal().getName().contains("CN=TEST of ESTEID-SK 2015")));
    }
}
