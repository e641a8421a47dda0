package lt.savitarna.sdk.signing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import lt.savitarna.sdk.signature.BadSignatureException;
import lt.savitarna.sdk.signature.HashType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SignatureVerifierTest {

    private static final byte[] DATA = "Sutartis Nr. 2024-15".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_DATA = "Sutartis Nr. 2024-16".getBytes(StandardCharsets.UTF_8);

    private static KeyPair rsa;
    private static KeyPair otherRsa;
    private static KeyPair p256;
    private static KeyPair p384;
    private static KeyPair otherP256;

    @BeforeAll
    static void generateKeys() throws GeneralSecurityException {
        KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
        rsaGenerator.initialize(2048);
        rsa = rsaGenerator.generateKeyPair();
        otherRsa = rsaGenerator.generateKeyPair();
        p256 = ecKeyPair("secp256r1");
        otherP256 = ecKeyPair("secp256r1");
        p384 = ecKeyPair("secp384r1");
    }

    // --- RSA PKCS#1 v1.5 over DigestInfo ---

    @ParameterizedTest
    @EnumSource(HashType.class)
    void acceptsRsaSignaturesMadeByTheJdksHashAndSignAlgorithm(HashType type) throws Exception {
        // SHAnnnwithRSA hashes and wraps in DigestInfo itself: agreeing with it proves the prefixes
        byte[] signature = sign(jdkRsaAlgorithm(type), rsa.getPrivate(), DATA);

        assertTrue(SignatureVerifier.isValidRsaPkcs1(rsa.getPublic(), type, type.digest(DATA), signature));
        assertTrue(SignatureVerifier.isValid(rsa.getPublic(), type, type.digest(DATA), signature));
    }

    @ParameterizedTest
    @EnumSource(HashType.class)
    void acceptsRsaSignaturesOverDigestInfoAsADeviceMakesThem(HashType type) throws Exception {
        byte[] hash = type.digest(DATA);
        byte[] signature = sign("NONEwithRSA", rsa.getPrivate(), type.digestInfo(hash));

        assertTrue(SignatureVerifier.isValid(rsa.getPublic(), type, hash, signature));
    }

    @ParameterizedTest
    @EnumSource(HashType.class)
    void rejectsAnRsaSignatureOverAnotherHash(HashType type) throws Exception {
        byte[] signature = sign(jdkRsaAlgorithm(type), rsa.getPrivate(), DATA);

        assertFalse(SignatureVerifier.isValid(rsa.getPublic(), type, type.digest(OTHER_DATA), signature));
    }

    @ParameterizedTest
    @EnumSource(HashType.class)
    void rejectsATamperedRsaSignature(HashType type) throws Exception {
        byte[] signature = sign(jdkRsaAlgorithm(type), rsa.getPrivate(), DATA);

        for (int index : new int[] {0, signature.length / 2, signature.length - 1}) {
            byte[] tampered = signature.clone();
            tampered[index] ^= 0x01;
            assertFalse(SignatureVerifier.isValid(rsa.getPublic(), type, type.digest(DATA), tampered),
                    "bit flipped at " + index);
        }
    }

    @Test
    void rejectsAnRsaSignatureByAnotherKey() throws Exception {
        byte[] signature = sign("SHA256withRSA", otherRsa.getPrivate(), DATA);

        assertFalse(SignatureVerifier.isValid(rsa.getPublic(), HashType.SHA256, HashType.SHA256.digest(DATA), signature));
    }

    @Test
    void rejectsAnRsaSignatureOverTheBareHashWithoutDigestInfo() throws Exception {
        byte[] hash = HashType.SHA256.digest(DATA);
        byte[] signature = sign("NONEwithRSA", rsa.getPrivate(), hash);

        assertFalse(SignatureVerifier.isValid(rsa.getPublic(), HashType.SHA256, hash, signature));
    }

    @Test
    void rejectsAnRsaSignatureMadeWithAnotherHashType() throws Exception {
        // signed as SHA-512 of the data; presented as if it were a SHA-256 signature of that data
        byte[] signature = sign("SHA512withRSA", rsa.getPrivate(), DATA);

        assertFalse(SignatureVerifier.isValid(rsa.getPublic(), HashType.SHA256, HashType.SHA256.digest(DATA), signature));
    }

    @Test
    void rejectsMalformedRsaSignaturesWithoutThrowing() throws Exception {
        byte[] hash = HashType.SHA256.digest(DATA);
        byte[] signature = sign("SHA256withRSA", rsa.getPrivate(), DATA);

        assertFalse(SignatureVerifier.isValid(rsa.getPublic(), HashType.SHA256, hash, new byte[0]));
        assertFalse(SignatureVerifier.isValid(rsa.getPublic(), HashType.SHA256, hash, Arrays.copyOf(signature, 255)));
        assertFalse(SignatureVerifier.isValid(rsa.getPublic(), HashType.SHA256, hash, Arrays.copyOf(signature, 257)));
        byte[] allOnes = new byte[256];
        Arrays.fill(allOnes, (byte) 0xFF);
        assertFalse(SignatureVerifier.isValid(rsa.getPublic(), HashType.SHA256, hash, allOnes));
    }

    // --- ECDSA, raw r||s over the hash ---

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "secp256r1, SHA256",
        "secp256r1, SHA384",
        "secp256r1, SHA512",
        "secp384r1, SHA256",
        "secp384r1, SHA384",
        "secp384r1, SHA512",
    })
    void acceptsEcdsaSignaturesInP1363Form(String curve, HashType type) throws Exception {
        KeyPair keys = curve.equals("secp256r1") ? p256 : p384;
        // SHAnnnwithECDSA over the data equals NONEwithECDSA over its hash
        byte[] signature = sign(jdkEcdsaAlgorithm(type), keys.getPrivate(), DATA);

        assertTrue(SignatureVerifier.isValidEcdsaP1363(keys.getPublic(), type, type.digest(DATA), signature));
        assertTrue(SignatureVerifier.isValid(keys.getPublic(), type, type.digest(DATA), signature));
    }

    @Test
    void acceptsEcdsaSignaturesOverTheHashAsADeviceMakesThem() throws Exception {
        byte[] hash = HashType.SHA256.digest(DATA);
        byte[] signature = sign("NONEwithECDSAinP1363Format", p256.getPrivate(), hash);

        assertTrue(SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, hash, signature));
    }

    @ParameterizedTest
    @EnumSource(HashType.class)
    void rejectsAnEcdsaSignatureOverAnotherHash(HashType type) throws Exception {
        byte[] signature = sign(jdkEcdsaAlgorithm(type), p384.getPrivate(), DATA);

        assertFalse(SignatureVerifier.isValid(p384.getPublic(), type, type.digest(OTHER_DATA), signature));
    }

    @Test
    void rejectsATamperedEcdsaSignature() throws Exception {
        byte[] signature = sign("SHA256withECDSAinP1363Format", p256.getPrivate(), DATA);
        byte[] hash = HashType.SHA256.digest(DATA);

        for (int index : new int[] {0, 31, 32, 63}) {
            byte[] tampered = signature.clone();
            tampered[index] ^= 0x01;
            assertFalse(SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, hash, tampered),
                    "bit flipped at " + index);
        }
    }

    @Test
    void rejectsAnEcdsaSignatureByAnotherKey() throws Exception {
        byte[] signature = sign("SHA256withECDSAinP1363Format", otherP256.getPrivate(), DATA);

        assertFalse(SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, HashType.SHA256.digest(DATA), signature));
    }

    @Test
    void rejectsMalformedEcdsaSignaturesWithoutThrowing() throws Exception {
        byte[] hash = HashType.SHA256.digest(DATA);
        byte[] raw = sign("SHA256withECDSAinP1363Format", p256.getPrivate(), DATA);
        byte[] der = sign("SHA256withECDSA", p256.getPrivate(), DATA);

        assertFalse(SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, hash, der), "DER, not raw r||s");
        assertFalse(SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, hash, new byte[0]));
        assertFalse(SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, hash, new byte[64]));
        assertFalse(SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, hash, Arrays.copyOf(raw, 63)));
        assertFalse(SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, hash, Arrays.copyOf(raw, 65)));
    }

    // --- verify(), argument errors ---

    @Test
    void verifyPassesSilentlyOnAValidSignatureAndThrowsOnAnInvalidOne() throws Exception {
        byte[] hash = HashType.SHA256.digest(DATA);
        byte[] signature = sign("SHA256withRSA", rsa.getPrivate(), DATA);
        byte[] tampered = signature.clone();
        tampered[10] ^= 0x40;

        assertDoesNotThrow(() -> SignatureVerifier.verify(rsa.getPublic(), HashType.SHA256, hash, signature));
        assertThrows(BadSignatureException.class,
                () -> SignatureVerifier.verify(rsa.getPublic(), HashType.SHA256, hash, tampered));
    }

    @Test
    void refusesAKeyOfTheWrongKind() throws Exception {
        byte[] hash = HashType.SHA256.digest(DATA);
        PublicKey ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();

        assertThrows(IllegalArgumentException.class,
                () -> SignatureVerifier.isValidRsaPkcs1(p256.getPublic(), HashType.SHA256, hash, new byte[256]));
        assertThrows(IllegalArgumentException.class,
                () -> SignatureVerifier.isValidEcdsaP1363(rsa.getPublic(), HashType.SHA256, hash, new byte[64]));
        assertThrows(IllegalArgumentException.class,
                () -> SignatureVerifier.isValid(ed25519, HashType.SHA256, hash, new byte[64]));
    }

    @Test
    void refusesAHashOfTheWrongLength() throws Exception {
        byte[] signature = sign("SHA256withRSA", rsa.getPrivate(), DATA);
        byte[] sha384 = HashType.SHA384.digest(DATA);

        assertThrows(IllegalArgumentException.class,
                () -> SignatureVerifier.isValid(rsa.getPublic(), HashType.SHA256, sha384, signature));
        assertThrows(IllegalArgumentException.class,
                () -> SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, sha384, new byte[64]));
    }

    @Test
    void refusesNulls() {
        byte[] hash = HashType.SHA256.digest(DATA);

        assertThrows(NullPointerException.class, () -> SignatureVerifier.isValid(null, HashType.SHA256, hash, new byte[1]));
        assertThrows(NullPointerException.class, () -> SignatureVerifier.isValid(rsa.getPublic(), null, hash, new byte[1]));
        assertThrows(NullPointerException.class,
                () -> SignatureVerifier.isValid(rsa.getPublic(), HashType.SHA256, null, new byte[1]));
        assertThrows(NullPointerException.class, () -> SignatureVerifier.isValid(p256.getPublic(), HashType.SHA256, hash, null));
    }

    private static KeyPair ecKeyPair(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static byte[] sign(String algorithm, PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(data);
        return signer.sign();
    }

    private static String jdkRsaAlgorithm(HashType type) {
        return type.name() + "withRSA";
    }

    private static String jdkEcdsaAlgorithm(HashType type) {
        return type.name() + "withECDSAinP1363Format";
    }
}
