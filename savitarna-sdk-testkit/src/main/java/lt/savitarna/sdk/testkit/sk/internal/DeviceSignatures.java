package lt.savitarna.sdk.testkit.sk.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import lt.savitarna.sdk.signature.HashType;

/** Signs a hash as the devices do, with the JDK's providers. */
public final class DeviceSignatures {

    private DeviceSignatures() {
    }

    /** RSA PKCS#1 v1.5 over the hash's DigestInfo: what a Smart-ID or RSA Mobile-ID device returns. */
    public static byte[] rsaOverDigestInfo(PrivateKey key, HashType hashType, byte[] hash) {
        return sign("NONEwithRSA", key, hashType.digestInfo(hash));
    }

    /** ECDSA over the raw hash, as {@code r || s} (IEEE P1363): what an EC Mobile-ID SIM returns. */
    public static byte[] ecdsaP1363(PrivateKey key, byte[] hash) {
        return sign("NONEwithECDSAinP1363Format", key, hash);
    }

    private static byte[] sign(String algorithm, PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " signing failed", e);
        }
    }
}
