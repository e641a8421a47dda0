package lt.savitarna.sdk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import lt.savitarna.sdk.signature.Digest;

/**
 * The keytool-made fixtures of {@code src/test/resources/certs} (see {@code generate.sh}): signer
 * keys and certificates valid around {@link #NOW}, the trusted and a rogue CA, and the loopback TLS
 * server's key.
 */
final class TestCertificates {

    /** The instant the signer certificates are checked at: all but the expired one are valid. */
    static final Instant NOW = Instant.parse("2032-06-01T00:00:00Z");
    static final char[] PASSWORD = "changeit".toCharArray();

    /** Smart-ID-like RSA authentication certificate of PNOLT-30303039914 (JONAS ŽEMDIRBYS). */
    static final String SID_AUTH = "sid-auth";
    /** The same person's RSA signing certificate (nonRepudiation). */
    static final String SID_SIGN = "sid-sign";
    /** Another person's authentication certificate (PNOLT-30403039917). */
    static final String SID_OTHER = "sid-other";
    /** PNOLT-30303039914's authentication certificate that expired in 2031. */
    static final String SID_EXPIRED = "sid-expired";
    /** PNOLT-30303039914's authentication certificate from a CA nobody trusts. */
    static final String ROGUE_AUTH = "rogue-auth";
    /** Mobile-ID-like EC authentication certificate of PNOLT-50001018865. */
    static final String MID_AUTH = "mid-auth";
    /** The same person's EC signing certificate, expiring 2032-06-14 (13 days after {@link #NOW}). */
    static final String MID_SIGN = "mid-sign";
    /** A company seal (no person), RSA, digitalSignature and nonRepudiation. */
    static final String SEAL = "seal";

    private static final KeyStore USERS = load("/certs/users.p12");

    private TestCertificates() {
    }

    static X509Certificate certificate(String alias) {
        try {
            return (X509Certificate) USERS.getCertificate(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey privateKey(String alias) {
        try {
            return (PrivateKey) USERS.getKey(alias, PASSWORD);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyStore users() {
        return USERS;
    }

    static Path usersFile() {
        return file("/certs/users.p12");
    }

    static X509Certificate testCa() {
        return pem("/certs/test-ca.pem");
    }

    static X509Certificate rogueCa() {
        return pem("/certs/rogue-ca.pem");
    }

    static X509Certificate tlsCa() {
        return pem("/certs/tls-ca.pem");
    }

    static Path tlsServerKeyStore() {
        return file("/certs/tls-server.p12");
    }

    /** The signature value a device with this key would return: RSA over DigestInfo, EC raw r||s. */
    static byte[] sign(String alias, Digest digest) {
        PrivateKey key = privateKey(alias);
        try {
            Signature s;
            if (key instanceof RSAPrivateKey) {
                s = Signature.getInstance("NONEwithRSA");
                s.initSign(key);
                s.update(digest.type().digestInfo(digest.value()));
            } else {
                s = Signature.getInstance("NONEwithECDSAinP1363Format");
                s.initSign(key);
                s.update(digest.value());
            }
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String der(String alias) {
        try {
            return base64(certificate(alias).getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate pem(String resource) {
        try (InputStream in = TestCertificates.class.getResourceAsStream(resource)) {
            return TrustAnchors.fromPem(in).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyStore load(String resource) {
        try (InputStream in = TestCertificates.class.getResourceAsStream(resource)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path file(String resource) {
        try {
            return Path.of(TestCertificates.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
