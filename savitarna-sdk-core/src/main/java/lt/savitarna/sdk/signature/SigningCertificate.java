package lt.savitarna.sdk.signature;

import java.security.cert.X509Certificate;
import java.util.Objects;
import lt.savitarna.sdk.signature.identity.NationalIdentity;

/**
 * A signer's signing certificate, checked by the provider (validity, chain to a trusted
 * authority, {@code nonRepudiation} key usage, level, and the person), together with the signer
 * identity to sign with. For Smart-ID that identity carries the document number of the device the
 * certificate belongs to, so that {@link SignatureProvider#sign} asks that very device to sign:
 * pass this object on to {@link SignatureRequest#builder(SigningCertificate, Digest)}.
 *
 * <!-- sample: SignDigestWithSmartId#signing-certificate -->
 * <pre>{@code
 * // authentication.signer() names the Smart-ID account the person just used
 * CertificateRequest certificateRequest = CertificateRequest.builder(authentication.signer())
 *         .certificateLevel(CertificateLevel.QUALIFIED) // the default; ADVANCED accepts more accounts
 *         .build();
 * SigningCertificate certificate = smartId.signingCertificate(certificateRequest, listener);
 * out.println("Signing certificate of " + certificate.identity() + ", level " + certificate.certificateLevel());
 * }</pre>
 *
 * @param provider         the provider's name
 * @param signer           the identity to sign with (with a document number for Smart-ID)
 * @param certificate      the signing certificate
 * @param identity         the person the certificate names, or {@code null} when it names none
 *                         (e.g. a company seal)
 * @param certificateLevel the certificate's level
 */
public record SigningCertificate(String provider, SignerIdentity signer, X509Certificate certificate,
                                 NationalIdentity identity, CertificateLevel certificateLevel) {

    /** Requires every component except {@code identity}. */
    public SigningCertificate {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(certificateLevel, "certificateLevel");
    }

    /** {@return a summary without the certificate or any whole identifier} */
    @Override
    public String toString() {
        return "SigningCertificate[" + provider + ", " + signer + ", " + identity + ", " + certificateLevel
                + ", valid until " + certificate.getNotAfter().toInstant() + "]";
    }
}
