package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * Jonas's signing key for the seed data, so that documents seeded as {@code SIGNED} have a
 * signed container like those signed through the API. An EC P-256 key made once per JVM and a
 * self-signed certificate in the shape of a Smart-ID one (subject serial number
 * {@code PNOLT-<code>}, key usage non-repudiation), written with a few lines of DER rather than a
 * certificate library. It signs nothing but seed data.
 */
final class DemoSigner {

    private static final byte[] ECDSA_WITH_SHA256 = HexFormat.of().parseHex("06082a8648ce3d040302");
    private static final byte[] KEY_USAGE_NON_REPUDIATION = HexFormat.of().parseHex("300e0603551d0f0101ff040403020640");
    private static final String SUBJECT = "CN=\"JONAITIS,JONAS,PNOLT-" + DemoData.JONAS_PERSONAL_CODE + "\", SERIALNUMBER=PNOLT-"
            + DemoData.JONAS_PERSONAL_CODE + ", GIVENNAME=JONAS, SURNAME=JONAITIS, C=LT";

    private static volatile DemoSigner instance;

    private final KeyPair keys;
    private final byte[] certificate;

    private DemoSigner() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        this.keys = generator.generateKeyPair();
        this.certificate = selfSigned();
    }

    static DemoSigner get() {
        DemoSigner known = instance;
        if (known == null) {
            synchronized (DemoSigner.class) {
                known = instance;
                if (known == null) {
                    try {
                        known = new DemoSigner();
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("cannot make the demo signing key", e);
                    }
                    instance = known;
                }
            }
        }
        return known;
    }

    /** The certificate, DER. */
    byte[] certificate() {
        return certificate.clone();
    }

    /** A raw {@code r‖s} ECDSA signature over a ready-made SHA-256 digest, as Mobile-ID returns it. */
    byte[] sign(byte[] digest) {
        try {
            Signature signature = Signature.getInstance("NONEwithECDSAinP1363Format");
            signature.initSign(keys.getPrivate());
            signature.update(digest);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the demo key", e);
        }
    }

    private byte[] selfSigned() throws GeneralSecurityException {
        byte[] name = new X500Principal(SUBJECT).getEncoded();
        byte[] tbs = sequence(
                tlv(0xa0, tlv(0x02, new byte[] {2})),
                tlv(0x02, BigInteger.valueOf(20_200_101L).toByteArray()),
                sequence(ECDSA_WITH_SHA256),
                name,
                sequence(tlv(0x17, ascii("200101000000Z")), tlv(0x17, ascii("391231235959Z"))),
                name,
                keys.getPublic().getEncoded(),
                tlv(0xa3, sequence(KEY_USAGE_NON_REPUDIATION)));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] value = signer.sign();
        byte[] bits = new byte[value.length + 1];
        System.arraycopy(value, 0, bits, 1, value.length);
        return sequence(tbs, sequence(ECDSA_WITH_SHA256), tlv(0x03, bits));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        return tlv(0x30, content.toByteArray());
    }

    /** A DER tag-length-value with the definite length form. */
    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 4);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
