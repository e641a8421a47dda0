package lt.savitarna.sdk.signature;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A hash to be signed together with its {@link HashType}: an authentication challenge or the
 * digest of a document's signed data. Immutable; the bytes are copied in and out.
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
public final class Digest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HashType type;
    private final byte[] value;

    private Digest(HashType type, byte[] value) {
        this.type = Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        type.requireDigestLength(value);
        this.value = value.clone();
    }

    /**
     * A digest computed elsewhere.
     *
     * @param type  its hash type
     * @param value the raw hash bytes (not Base64, not DigestInfo)
     * @return the digest
     * @throws IllegalArgumentException if the length does not fit the type
     */
    public static Digest of(HashType type, byte[] value) {
        return new Digest(type, value);
    }

    /**
     * Hashes data.
     *
     * @param type the hash algorithm
     * @param data the bytes to hash
     * @return the digest of {@code data}
     */
    public static Digest compute(HashType type, byte[] data) {
        return new Digest(type, type.digest(data));
    }

    /**
     * Random bytes of the type's length from a {@link SecureRandom}: a challenge that no one can
     * have had signed before.
     *
     * @param type the hash type the challenge claims to be
     * @return a fresh challenge
     */
    public static Digest random(HashType type) {
        byte[] bytes = new byte[type.digestLength()];
        RANDOM.nextBytes(bytes);
        return new Digest(type, bytes);
    }

    /** {@return the hash type} */
    public HashType type() {
        return type;
    }

    /** {@return a copy of the raw hash bytes} */
    public byte[] value() {
        return value.clone();
    }

    /** {@return the hash in Base64, as Smart-ID and Mobile-ID take it} */
    public String base64() {
        return Base64.getEncoder().encodeToString(value);
    }

    /**
     * Tells whether {@code hash} is this digest's value, in constant time.
     *
     * @param hash raw hash bytes
     * @return true if they are equal
     */
    public boolean matches(byte[] hash) {
        return hash != null && java.security.MessageDigest.isEqual(value, hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digest other && other.type == type && Arrays.equals(other.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(value);
    }

    /** {@return the type and the first bytes in hex, e.g. {@code SHA256:3f1a9c02…}} */
    @Override
    public String toString() {
        return type.name() + ":" + HexFormat.of().formatHex(value, 0, 4) + "…";
    }
}
