package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

/**
 * Verifies a signature value over a SHA-256 digest that the signer received ready-made (as
 * Smart-ID and Mobile-ID sign): RSA PKCS#1 v1.5 over the {@code DigestInfo}, RSASSA-PSS with
 * MGF1-SHA-256 (any salt length), and ECDSA with the raw {@code r‖s} value. JDK only.
 */
final class SignatureVerifier {

    /** The request enumeration of the contract. */
    static final Set<String> ALGORITHMS = Set.of("SHA256withRSA", "SHA384withRSA", "SHA512withRSA",
            "SHA256withRSAandMGF1", "SHA384withRSAandMGF1", "SHA512withRSAandMGF1",
            "SHA256withECDSA", "SHA384withECDSA", "SHA512withECDSA");

    private static final byte[] SHA256_DIGEST_INFO = HexFormat.of().parseHex("3031300d060960864801650304020105000420");
    private static final int SHA256_LENGTH = 32;

    private SignatureVerifier() {
    }

    /**
     * Whether {@code signature} is {@code algorithm}'s signature over the SHA-256 {@code digest}
     * with {@code key}. An algorithm with another hash cannot have signed a SHA-256 digest, so it
     * never verifies.
     */
    static boolean verify(PublicKey key, String algorithm, byte[] digest, byte[] signature) {
        if (digest.length != SHA256_LENGTH || !algorithm.startsWith("SHA256with")) {
            return false;
        }
        try {
            return switch (algorithm) {
                case "SHA256withRSA" -> key instanceof RSAPublicKey && pkcs1(key, digest, signature);
                case "SHA256withRSAandMGF1" -> key instanceof RSAPublicKey rsa && pss(rsa, digest, signature);
                case "SHA256withECDSA" -> key instanceof ECPublicKey && ecdsa(key, digest, signature);
                default -> false;
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean pkcs1(PublicKey key, byte[] digest, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("NONEwithRSA");
        verifier.initVerify(key);
        verifier.update(SHA256_DIGEST_INFO);
        verifier.update(digest);
        return verifier.verify(signature);
    }

    private static boolean ecdsa(PublicKey key, byte[] digest, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("NONEwithECDSAinP1363Format");
        verifier.initVerify(key);
        verifier.update(digest);
        return verifier.verify(signature);
    }

    /**
     * EMSA-PSS verification (RFC 8017, 9.1.2) over a precomputed hash: the JDK's RSASSA-PSS
     * hashes the message itself, but here the message is the digest the signer was given.
     */
    private static boolean pss(RSAPublicKey key, byte[] mHash, byte[] signature) {
        BigInteger n = key.getModulus();
        BigInteger s = new BigInteger(1, signature);
        if (signature.length != (n.bitLength() + 7) / 8 || s.compareTo(n) >= 0) {
            return false;
        }
        int emBits = n.bitLength() - 1;
        int emLength = (emBits + 7) / 8;
        byte[] em = toFixedLength(s.modPow(key.getPublicExponent(), n), emLength);
        if (em == null || emLength < SHA256_LENGTH + 2 || (em[emLength - 1] & 0xff) != 0xbc) {
            return false;
        }
        int dbLength = emLength - SHA256_LENGTH - 1;
        byte[] db = Arrays.copyOf(em, dbLength);
        byte[] h = Arrays.copyOfRange(em, dbLength, dbLength + SHA256_LENGTH);
        int unusedBits = 8 * emLength - emBits;
        if (unusedBits > 0 && (db[0] & (0xff << (8 - unusedBits))) != 0) {
            return false;
        }
        byte[] mask = mgf1(h, dbLength);
        for (int i = 0; i < dbLength; i++) {
            db[i] ^= mask[i];
        }
        if (unusedBits > 0) {
            db[0] &= (byte) (0xff >>> unusedBits);
        }
        int separator = 0;
        while (separator < dbLength && db[separator] == 0) {
            separator++;
        }
        if (separator == dbLength || db[separator] != 1) {
            return false;
        }
        byte[] salt = Arrays.copyOfRange(db, separator + 1, dbLength);
        MessageDigest sha256 = GeneratedFile.sha256();
        sha256.update(new byte[8]);
        sha256.update(mHash);
        sha256.update(salt);
        return MessageDigest.isEqual(h, sha256.digest());
    }

    private static byte[] mgf1(byte[] seed, int length) {
        byte[] mask = new byte[length];
        MessageDigest sha256 = GeneratedFile.sha256();
        int done = 0;
        for (int counter = 0; done < length; counter++) {
            sha256.update(seed);
            sha256.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8),
                (byte) counter});
            byte[] block = sha256.digest();
            int take = Math.min(block.length, length - done);
            System.arraycopy(block, 0, mask, done, take);
            done += take;
        }
        return mask;
    }

    private static byte[] toFixedLength(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        if (bytes.length == length) {
            return bytes;
        }
        if (bytes.length == length + 1 && bytes[0] == 0) {
            return Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (bytes.length < length) {
            byte[] padded = new byte[length];
            System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
            return padded;
        }
        return null;
    }
}
