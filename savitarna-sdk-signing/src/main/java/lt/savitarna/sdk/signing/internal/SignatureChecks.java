package lt.savitarna.sdk.signing.internal;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import lt.savitarna.sdk.signature.BadSignatureException;
import lt.savitarna.sdk.signature.CertificateLevel;
import lt.savitarna.sdk.signature.CertificateLevelException;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignedOtherHashException;
import lt.savitarna.sdk.signing.SignatureVerifier;

/**
 * Checks a signature value from an answer against the digest that was actually sent, never
 * against anything the answer itself claims.
 *
 * <p>When an RSA signature does not verify, the check opens it with the public key (PKCS#1 v1.5
 * type 1 padding): if it holds a well-formed {@code DigestInfo} of another hash, the signature is
 * genuine but was made for another request, a replayed answer, which is reported as such.
 *
 * <pre>{@code
 * SignatureChecks.verify(certificate, digestSent, signatureValue, failures);
 * }</pre>
 */
public final class SignatureChecks {

    private SignatureChecks() {
    }

    /**
     * Requires the signature to verify with the certificate's key over the digest sent.
     *
     * @throws SignedOtherHashException an RSA signature over another hash
     * @throws BadSignatureException    any other signature that does not verify
     */
    public static void verify(X509Certificate certificate, Digest sent, byte[] signature, Failures failures) {
        PublicKey key = certificate.getPublicKey();
        if (!(key instanceof RSAPublicKey) && !(key instanceof ECPublicKey)) {
            throw new BadSignatureException(failures.provider(), "the certificate's key is " + key.getAlgorithm()
                    + ", neither RSA nor EC", failures.locale());
        }
        if (SignatureVerifier.isValid(key, sent.type(), sent.value(), signature)) {
            return;
        }
        if (key instanceof RSAPublicKey) {
            Optional<HashType> other = coveredHashType(key, signature, sent);
            if (other.isPresent()) {
                throw new SignedOtherHashException(failures.provider(), "the RSA signature is valid for another "
                        + other.get() + " hash than the one sent", failures.locale());
            }
        }
        throw new BadSignatureException(failures.provider(), "the " + key.getAlgorithm() + " signature over the "
                + sent.type() + " hash sent does not verify with the certificate's key", failures.locale());
    }

    /**
     * Requires the reported level to be at least the requested one.
     *
     * @throws CertificateLevelException when it is lower or missing
     */
    public static CertificateLevel level(CertificateLevel requested, Optional<CertificateLevel> reported,
                                         String reportedText, Failures failures) {
        if (reported.isEmpty() || !reported.get().satisfies(requested)) {
            throw new CertificateLevelException(failures.provider(), requested, "asked for " + requested
                    + ", the service reported " + (reportedText == null ? "nothing" : "'" + reportedText + "'"),
                    failures.locale());
        }
        return reported.get();
    }

    /** The hash type of a genuine RSA signature over a digest other than {@code sent}, if it is one. */
    private static Optional<HashType> coveredHashType(PublicKey key, byte[] signature, Digest sent) {
        byte[] digestInfo;
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            digestInfo = rsa.doFinal(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
        for (HashType type : HashType.values()) {
            byte[] prefix = type.digestInfoPrefix();
            if (digestInfo.length == prefix.length + type.digestLength()
                    && Arrays.equals(Arrays.copyOf(digestInfo, prefix.length), prefix)) {
                byte[] hash = Arrays.copyOfRange(digestInfo, prefix.length, digestInfo.length);
                return type == sent.type() && sent.matches(hash) ? Optional.empty() : Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
