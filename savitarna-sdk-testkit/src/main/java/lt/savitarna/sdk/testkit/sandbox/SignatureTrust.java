package lt.savitarna.sdk.testkit.sandbox;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether the sandbox accepts a certificate for signing documents, e-signature login and
 * identity confirmation: the place where a trust anchor check plugs in. The sandbox itself always
 * checks the certificate's validity dates, its key usage, that it names the signer's confirmed
 * identity, and that the signature value verifies with its public key; a trust policy adds
 * where the certificate must come from. An untrusted certificate answers
 * {@code 422 CERTIFICATE_UNTRUSTED}.
 *
 * <!-- sample: SimulatorsExampleTest#signature-trust -->
 * <pre>{@code
 * TestPki pki = simulator.pki();
 * try (SandboxServer sandbox = SandboxServer.builder()
 *         .signatureTrust(SignatureTrust.anchoredAt(pki.caCertificate()))
 *         .start();
 *      SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
 *      Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *     SignedDocument signed = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents()
 *             .sign(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, smartId,
 *                     SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE)), SigningListener.none());
 *     assertEquals(DocumentState.SIGNED, signed.document().state());
 * }
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

    /**
     * Trusts a certificate that a PKIX path (the certificate issued straight or through the
     * anchors themselves) leads to one of {@code anchors} at the given instant, without
     * revocation checks: the policy of a portal that trusts the Smart-ID and Mobile-ID CAs.
     *
     * @param anchors the trusted CA certificates, at least one
     * @return the policy
     */
    static SignatureTrust anchoredAt(X509Certificate... anchors) {
        Objects.requireNonNull(anchors, "anchors");
        if (anchors.length == 0) {
            throw new IllegalArgumentException("at least one trust anchor is required");
        }
        Set<TrustAnchor> trustAnchors = Stream.of(anchors)
                .map(a -> new TrustAnchor(Objects.requireNonNull(a, "anchor"), null))
                .collect(Collectors.toUnmodifiableSet());
        return (certificate, at) -> {
            Objects.requireNonNull(certificate, "certificate");
            try {
                PKIXParameters parameters = new PKIXParameters(trustAnchors);
                parameters.setRevocationEnabled(false);
                parameters.setDate(Date.from(at));
                CertPathValidator.getInstance("PKIX").validate(
                        CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
                return true;
            } catch (GeneralSecurityException e) {
                return false;
            }
        };
    }
}
