package lt.savitarna.sdk.signature;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A signature value over a digest, already checked against the signing certificate: hand
 * {@link #value()} to the portal, which puts it into the signature container.
 *
 * <p>RSA values are PKCS#1 v1.5 over the {@code DigestInfo} of the digest; EC values are raw
 * {@code r||s}. {@link #algorithm()} is the name the service reported (for example
 * {@code sha256WithRSAEncryption}); the key type of {@link #certificate()} is what decides.
 *
 * <!-- sample: SignDigestWithSmartId#sign-digest -->
 * <pre>{@code
 * byte[] contract = ("Sutartis: " + CONTRACT_TITLE).getBytes(StandardCharsets.UTF_8);
 * Digest toSign = Digest.compute(HashType.SHA256, contract); // or Digest.of(type, hash) for a given hash
 * SignatureRequest signatureRequest = SignatureRequest.builder(certificate, toSign)
 *         .displayText(smartIdText("Pasirašote: " + CONTRACT_TITLE, out))
 *         .build();
 * SignatureValue signature = smartId.sign(signatureRequest, listener);
 * out.println("Signed with " + signature.algorithm() + ": " + signature.base64().length() + " Base64 characters");
 * }</pre>
 *
 * @param provider    the provider's name
 * @param signer      who signed
 * @param certificate the certificate the value verifies with
 * @param digest      what was signed
 * @param value       the signature value
 * @param algorithm   the signature algorithm as reported
 */
public record SignatureValue(String provider, SignerIdentity signer, X509Certificate certificate, Digest digest,
                             byte[] value, String algorithm) {

    /** Requires every component; copies the value. */
    public SignatureValue {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(digest, "digest");
        value = Objects.requireNonNull(value, "value").clone();
        Objects.requireNonNull(algorithm, "algorithm");
    }

    /** {@return a copy of the signature value} */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** {@return the signature value in Base64} */
    public String base64() {
        return Base64.getEncoder().encodeToString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignatureValue other && other.provider.equals(provider) && other.signer.equals(signer)
                && other.certificate.equals(certificate) && other.digest.equals(digest)
                && Arrays.equals(other.value, value) && other.algorithm.equals(algorithm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, signer, certificate, digest, Arrays.hashCode(value), algorithm);
    }

    /** {@return a summary without the certificate or any whole identifier} */
    @Override
    public String toString() {
        return "SignatureValue[" + provider + ", " + signer + ", " + digest + ", " + algorithm + ", "
                + value.length + " bytes]";
    }
}
