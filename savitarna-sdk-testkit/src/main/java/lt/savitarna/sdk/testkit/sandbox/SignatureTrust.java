package lt.savitarna.sdk.testkit.sandbox;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides whether the sandbox accepts a certificate for signing documents (and, later, for
 * e-signature login): the place where a trust anchor check plugs in. The sandbox itself always
 * checks the certificate's validity dates, its key usage, that it names the signer's confirmed
 * identity, and that the signature value verifies with its public key; a trust policy adds
 * where the certificate must come from. An untrusted certificate answers
 * {@code 422 CERTIFICATE_UNTRUSTED}.
 *
 * <pre>{@code
 * SandboxServer sandbox = SandboxServer.builder()
 *         .signatureTrust((certificate, at) -> certificate.getIssuerX500Principal().equals(testCa))
 *         .start();
 * }</pre>
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SignatureTrust {

    /** Whether {@code certificate} may sign at {@code at}. */
    boolean trusts(X509Certificate certificate, Instant at);

    /**
     * The default until the simulators' test CA exists: any certificate, except a self-signed one
     * whose own signature does not verify (a damaged or forged certificate).
     */
    static SignatureTrust anyCertificate() {
        return (certificate, at) -> {
            Objects.requireNonNull(certificate, "certificate");
            if (!certificate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
                return true;
            }
            try {
                certificate.verify(certificate.getPublicKey());
                return true;
            } catch (GeneralSecurityException e) {
                return false;
            }
        };
    }
}
