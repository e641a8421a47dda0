package lt.savitarna.sdk.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash algorithms that Smart-ID and Mobile-ID sign with. The constant names are the
 * protocols' own {@code hashType} values ({@code SHA256}, {@code SHA384}, {@code SHA512}).
 *
 * <p>An RSA PKCS#1 v1.5 signature is made over the DER {@code DigestInfo} structure, which is a
 * fixed prefix (the algorithm identifier) followed by the raw hash. {@link #digestInfo(byte[])}
 * builds it, so that a signature made by a device can be checked with the JDK's
 * {@code NONEwithRSA} (the signing module's {@code SignatureVerifier} does that).
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
 */
public enum HashType {
    /** SHA-256: 32-byte digest. */
    SHA256("SHA-256", 32, "3031300d060960864801650304020105000420"),
    /** SHA-384: 48-byte digest. */
    SHA384("SHA-384", 48, "3041300d060960864801650304020205000430"),
    /** SHA-512: 64-byte digest. */
    SHA512("SHA-512", 64, "3051300d060960864801650304020305000440");

    private final String jdkAlgorithm;
    private final int digestLength;
    private final byte[] digestInfoPrefix;

    HashType(String jdkAlgorithm, int digestLength, String digestInfoPrefixHex) {
        this.jdkAlgorithm = jdkAlgorithm;
        this.digestLength = digestLength;
        this.digestInfoPrefix = HexFormat.of().parseHex(digestInfoPrefixHex);
    }

    /** {@return the algorithm's name for {@link MessageDigest#getInstance(String)}, e.g. {@code SHA-256}} */
    public String jdkAlgorithm() {
        return jdkAlgorithm;
    }

    /** {@return the length of a digest in bytes: 32, 48 or 64} */
    public int digestLength() {
        return digestLength;
    }

    /** {@return a copy of the DER prefix that precedes the hash in a {@code DigestInfo}} */
    public byte[] digestInfoPrefix() {
        return digestInfoPrefix.clone();
    }

    /**
     * Returns the DER {@code DigestInfo} of a hash: this type's prefix followed by the hash.
     *
     * @param hash a digest of this type
     * @return a new array, prefix then hash
     * @throws IllegalArgumentException if the hash is not {@link #digestLength()} bytes long
     */
    public byte[] digestInfo(byte[] hash) {
        requireDigestLength(hash);
        byte[] info = new byte[digestInfoPrefix.length + hash.length];
        System.arraycopy(digestInfoPrefix, 0, info, 0, digestInfoPrefix.length);
        System.arraycopy(hash, 0, info, digestInfoPrefix.length, hash.length);
        return info;
    }

    /**
     * Hashes data with this algorithm.
     *
     * @param data the bytes to hash
     * @return the digest, {@link #digestLength()} bytes
     */
    public byte[] digest(byte[] data) {
        Objects.requireNonNull(data, "data");
        return newMessageDigest().digest(data);
    }

    /** {@return a fresh {@link MessageDigest}, for hashing data that arrives in parts (e.g. a stream)} */
    public MessageDigest newMessageDigest() {
        try {
            return MessageDigest.getInstance(jdkAlgorithm);
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE platform must provide SHA-256, SHA-384 and SHA-512.
            throw new IllegalStateException(jdkAlgorithm + " is missing from this Java platform", e);
        }
    }

    /**
     * Checks that a hash has this type's length.
     *
     * @param hash the hash to check
     * @throws IllegalArgumentException if its length is wrong
     * @throws NullPointerException if it is null
     */
    public void requireDigestLength(byte[] hash) {
        Objects.requireNonNull(hash, "hash");
        if (hash.length != digestLength) {
            throw new IllegalArgumentException("A " + name() + " hash is " + digestLength + " bytes long, not "
                    + hash.length);
        }
    }
}
