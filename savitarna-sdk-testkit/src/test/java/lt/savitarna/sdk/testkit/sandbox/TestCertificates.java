package lt.savitarna.sdk.testkit.sandbox;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed signing certificates made in the test, as Smart-ID's would name a person. */
final class TestCertificates {

    private TestCertificates() {
    }

    /** A key pair and its certificate. */
    record Signer(KeyPair keys, X509Certificate certificate) {
    }

    static KeyPair rsa() {
        return generate("RSA", null);
    }

    static KeyPair ec() {
        return generate("EC", "secp256r1");
    }

    /** A certificate for {@code personalCode}, valid {@code from..to}, for non-repudiation. */
    static Signer signer(KeyPair keys, String personalCode, Instant from, Instant to) {
        return signer(keys, "SERIALNUMBER=PNOLT-" + personalCode + ", GIVENNAME=JONAS, SURNAME=JONAITIS, "
                + "CN=\"JONAITIS,JONAS,PNOLT-" + personalCode + "\", C=LT", from, to, KeyUsage.nonRepudiation);
    }

    static Signer signer(KeyPair keys, String subject, Instant from, Instant to, int keyUsage) {
        try {
            X500Name name = new X500Name(subject);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(from.getEpochSecond()),
                    Date.from(from), Date.from(to), name, keys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            String algorithm = keys.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
            return new Signer(keys, certificate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate(String algorithm, String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve != null) {
                generator.initialize(new ECGenParameterSpec(curve));
            } else {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
