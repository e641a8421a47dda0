package lt.savitarna.sdk.testkit.sk.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The keys and certificates behind {@code TestPki}: a root CA, a loopback TLS server certificate
 * and, made on first use, each person's authentication and signing certificates.
 *
 * <p>The CA and the server certificate are valid around the moment of creation whatever the
 * people's validity start is, so that expired or not-yet-valid person certificates can be
 * tested over a working TLS connection.
 */
public final class PkiMaterial {

    private static final char[] KEY_STORE_PASSWORD = "testkit".toCharArray();
    private static final Duration SLACK = Duration.ofDays(1);

    private final CertificateIssuer issuer = new CertificateIssuer();
    private final Instant personValidFrom;
    private final Credential ca;
    private final Credential server;
    private final ConcurrentMap<String, Credential> people = new ConcurrentHashMap<>();

    public PkiMaterial(Instant personValidFrom, Instant now) {
        this.personValidFrom = personValidFrom.truncatedTo(ChronoUnit.SECONDS);
        Instant earliest = (this.personValidFrom.isBefore(now) ? this.personValidFrom : now).minus(SLACK);
        Instant latest = (this.personValidFrom.isAfter(now) ? this.personValidFrom : now).plus(Duration.ofDays(3660 * 2));
        this.ca = issuer.rootCa("Savitarna TEST Smart-ID and Mobile-ID CA", earliest, latest);
        this.server = issuer.server(ca, now.minus(SLACK), now.plus(Duration.ofDays(730)));
    }

    public Instant personValidFrom() {
        return personValidFrom;
    }

    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    public X509Certificate serverCertificate() {
        return server.certificate();
    }

    /** The person's certificate and key for a purpose, issued on first request and kept. */
    public Credential person(PersonSpec person, KeyPurpose purpose) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(purpose, "purpose");
        return people.computeIfAbsent(person.cacheKey(purpose),
                key -> issuer.person(ca, person, purpose, personValidFrom));
    }

    /** A TLS context that presents the server certificate (with the CA behind it). */
    public SSLContext serverSslContext() {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", server.privateKey(), KEY_STORE_PASSWORD,
                    new Certificate[] {server.certificate(), ca.certificate()});
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, KEY_STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up the simulator's TLS context", e);
        }
    }

    /** A key store holding one trusted certificate entry. */
    public static KeyStore trustStoreOf(X509Certificate certificate) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("trusted", certificate);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust store", e);
        }
    }

    /** A client TLS context that trusts exactly {@code certificate}. */
    public static SSLContext clientSslContextTrusting(X509Certificate certificate) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStoreOf(certificate));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a client TLS context", e);
        }
    }

    /** The certificate as PEM text, 64 characters a line, ending in a newline. */
    public static String pem(X509Certificate certificate) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der(certificate))
                + "\n-----END CERTIFICATE-----\n";
    }

    /** The certificate's DER encoding in standard Base64, as both SK APIs carry certificates. */
    public static String base64(X509Certificate certificate) {
        return Base64.getEncoder().encodeToString(der(certificate));
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }
}
