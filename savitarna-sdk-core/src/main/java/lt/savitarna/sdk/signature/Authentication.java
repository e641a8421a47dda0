package lt.savitarna.sdk.signature;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import lt.savitarna.sdk.signature.identity.NationalIdentity;

/**
 * A successful authentication, already checked by the provider: the signature verifies over the
 * challenge that was sent, the certificate is valid, chains to a trusted authority, has the
 * {@code digitalSignature} key usage and at least the level asked for, and names the person asked
 * for. The portal verifies it again: send it {@link #certificate()} and {@link #signature()}.
 *
 * <!-- sample: SignDigestWithSmartId#authenticate -->
 * <pre>{@code
 * SignerIdentity person = SignerIdentity.of(PersonalCode.parse(DEMO_PERSONAL_CODE));
 * Digest challenge = Digest.random(HashType.SHA512); // a fresh challenge for every login
 * AuthenticationRequest login = AuthenticationRequest.builder(person, challenge)
 *         .displayText(DisplayText.smartIdDisplayText60("Prisijungimas prie savitarnos"))
 *         .deadline(Duration.ofMinutes(2))
 *         .build();
 * Authentication authentication = smartId.authenticate(login, listener);
 * out.println("Logged in: " + authentication.givenName() + " " + authentication.surname()
 *         + " (" + authentication.identity() + ")"); // the identity prints masked
 * }</pre>
 *
 * @param provider           the provider's name
 * @param signer             who authenticated; for Smart-ID with the document number used
 * @param certificate        the authentication certificate
 * @param identity           the person the certificate names ({@code PNOLT-...}); {@code null} only
 *                           from a local key whose certificate names no person (a company seal)
 * @param givenName          the given name from the certificate, or {@code null}
 * @param surname            the surname from the certificate, or {@code null}
 * @param certificateLevel   the certificate's level
 * @param challenge          the digest that was signed
 * @param signature          the signature value over the challenge
 * @param signatureAlgorithm the signature algorithm as reported
 */
public record Authentication(String provider, SignerIdentity signer, X509Certificate certificate,
                             NationalIdentity identity, String givenName, String surname,
                             CertificateLevel certificateLevel, Digest challenge, byte[] signature,
                             String signatureAlgorithm) {

    /** Requires every component except the identity and the names; copies the signature. */
    public Authentication {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(certificateLevel, "certificateLevel");
        Objects.requireNonNull(challenge, "challenge");
        signature = Objects.requireNonNull(signature, "signature").clone();
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
    }

    /** {@return a copy of the signature value} */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** {@return the signature value in Base64} */
    public String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Authentication other && other.provider.equals(provider) && other.signer.equals(signer)
                && other.certificate.equals(certificate) && other.challenge.equals(challenge)
                && Arrays.equals(other.signature, signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, signer, certificate, challenge, Arrays.hashCode(signature));
    }

    /** {@return a summary without the certificate or any whole identifier} */
    @Override
    public String toString() {
        return "Authentication[" + provider + ", " + identity + ", " + certificateLevel + ", " + challenge + "]";
    }
}
