package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import lt.savitarna.sdk.testkit.sandbox.SignatureTrust;
import lt.savitarna.sdk.testkit.sandbox.internal.Problem;
import lt.savitarna.sdk.testkit.sandbox.internal.ProblemException;

/**
 * The checks of a signing certificate in step one of signing, in the order a person can act on
 * them: validity dates ({@code CERTIFICATE_EXPIRED}), key and usage, then the trust policy
 * ({@code CERTIFICATE_UNTRUSTED}), then whose it is ({@code CERTIFICATE_SUBJECT_MISMATCH}: the
 * subject's serial number must be the confirmed person's {@code PNOLT-<personal code>}, or the
 * bare code as older certificates have it).
 */
final class SigningCertificates {

    // id-at-serialNumber (2.5.4.5) as DER: OBJECT IDENTIFIER, length 3, 55 04 05.
    private static final byte[] SERIAL_NUMBER_OID = {0x06, 0x03, 0x55, 0x04, 0x05};
    private static final byte[] GIVEN_NAME_OID = {0x06, 0x03, 0x55, 0x04, 0x2A};
    private static final byte[] SURNAME_OID = {0x06, 0x03, 0x55, 0x04, 0x04};
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private SigningCertificates() {
    }

    /** Parses Base64-free DER; empty if it is not an X.509 certificate. */
    static Optional<X509Certificate> parse(byte[] der) {
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
        } catch (CertificateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    static void check(X509Certificate certificate, Instant now, SignatureTrust trust, String personalCode) {
        checkValidityAndTrust(certificate, now, trust, "signing");
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !(usage.length > NON_REPUDIATION && usage[NON_REPUDIATION])
                && !(usage.length > DIGITAL_SIGNATURE && usage[DIGITAL_SIGNATURE])) {
            throw untrusted("The certificate is not for signing (key usage has neither nonRepudiation nor"
                    + " digitalSignature)");
        }
        String serial = subjectSerialNumber(certificate).orElse("");
        if (!serial.equals("PNOLT-" + personalCode) && !serial.equals(personalCode)) {
            throw new ProblemException(Problem.of(422, "CERTIFICATE_SUBJECT_MISMATCH",
                    "The signing certificate belongs to another person than the confirmed identity of this account"));
        }
    }

    /**
     * Checks an authentication certificate answering a challenge and returns the Lithuanian
     * personal code it names; {@code expectedCode} (when the challenge named one) must match.
     */
    static String checkAuthentication(X509Certificate certificate, Instant now, SignatureTrust trust,
                                      String expectedCode) {
        checkValidityAndTrust(certificate, now, trust, "authentication");
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !(usage.length > DIGITAL_SIGNATURE && usage[DIGITAL_SIGNATURE])) {
            throw untrusted("The certificate is not for authentication (key usage lacks digitalSignature)");
        }
        String serial = subjectSerialNumber(certificate).orElse("");
        String code = serial.startsWith("PNOLT-") ? serial.substring("PNOLT-".length()) : null;
        if (code == null || !code.matches("\\d{11}")) {
            throw untrusted("The certificate names no Lithuanian personal code (serialNumber PNOLT-...)");
        }
        if (expectedCode != null && !expectedCode.equals(code)) {
            throw new ProblemException(Problem.of(422, "CERTIFICATE_SUBJECT_MISMATCH",
                    "The certificate belongs to another person than the one the challenge was issued for"));
        }
        return code;
    }

    private static void checkValidityAndTrust(X509Certificate certificate, Instant now, SignatureTrust trust,
                                              String purpose) {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new ProblemException(Problem.of(422, "CERTIFICATE_EXPIRED",
                    "The " + purpose + " certificate expired on " + certificate.getNotAfter().toInstant()
                            + "; renew the Smart-ID or Mobile-ID certificate"));
        } catch (CertificateNotYetValidException e) {
            throw new ProblemException(Problem.of(422, "CERTIFICATE_EXPIRED",
                    "The " + purpose + " certificate is valid only from " + certificate.getNotBefore().toInstant()));
        }
        if (!(certificate.getPublicKey() instanceof RSAPublicKey) && !(certificate.getPublicKey() instanceof ECPublicKey)) {
            throw untrusted("The " + purpose + " certificate's key is neither RSA nor EC");
        }
        boolean trusted;
        try {
            trusted = trust.trusts(certificate, now);
        } catch (RuntimeException e) {
            trusted = false;
        }
        if (!trusted) {
            throw untrusted("The " + purpose + " certificate does not come from a trusted certification authority");
        }
    }

    private static ProblemException untrusted(String detail) {
        return new ProblemException(Problem.of(422, "CERTIFICATE_UNTRUSTED", detail));
    }

    /** The subject's serialNumber attribute (where SK certificates put {@code PNOLT-...}). */
    static Optional<String> subjectSerialNumber(X509Certificate certificate) {
        return subjectAttribute(certificate, SERIAL_NUMBER_OID);
    }

    /** The subject's given name (2.5.4.42), as the certificate spells it. */
    static Optional<String> subjectGivenName(X509Certificate certificate) {
        return subjectAttribute(certificate, GIVEN_NAME_OID);
    }

    /** The subject's surname (2.5.4.4). */
    static Optional<String> subjectSurname(X509Certificate certificate) {
        return subjectAttribute(certificate, SURNAME_OID);
    }

    private static Optional<String> subjectAttribute(X509Certificate certificate, byte[] oid) {
        byte[] name = certificate.getSubjectX500Principal().getEncoded();
        outer:
        for (int i = 0; i + oid.length + 2 <= name.length; i++) {
            for (int j = 0; j < oid.length; j++) {
                if (name[i + j] != oid[j]) {
                    continue outer;
                }
            }
            int at = i + oid.length;
            int length = name[at + 1] & 0xff;
            if (length >= 0x80 || at + 2 + length > name.length) {
                return Optional.empty();
            }
            return Optional.of(new String(name, at + 2, length, StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }
}
