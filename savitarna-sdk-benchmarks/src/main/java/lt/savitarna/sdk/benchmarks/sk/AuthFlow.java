package lt.savitarna.sdk.benchmarks.sk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * One complete, validated authentication against a simulator: started, polled to the end, the
 * signature and certificate checked. Each implementation references only its own side's classes,
 * so a child JVM can run it with that side's class path alone.
 */
public interface AuthFlow {

    /** Runs one authentication; throws if it did not end in a validated identity. */
    void authenticate();

    /** The simulator's address and test PKI, as a flow needs them. */
    record Target(URI baseUri, X509Certificate ca, X509Certificate server) {

        /** Reads a target from a base URI and two PEM files (for child JVMs). */
        public static Target read(String baseUri, String caPem, String serverPem) {
            return new Target(URI.create(baseUri), pem(Path.of(caPem)), pem(Path.of(serverPem)));
        }

        private static X509Certificate pem(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A certificate as PEM text, as SK's clients take trusted certificates. */
    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Smart-ID demo person every flow authenticates. */
    String SMART_ID_PERSONAL_CODE = "30303039914";
    /** The Mobile-ID demo person ({@code MobileIdTestUser.OK}). */
    String MOBILE_ID_PHONE = "+37060000666";
    /** See {@link #MOBILE_ID_PHONE}. */
    String MOBILE_ID_PERSONAL_CODE = "50001018865";
    /** The simulators' demo relying party. */
    String RELYING_PARTY_UUID = "00000000-0000-0000-0000-000000000000";
    /** See {@link #RELYING_PARTY_UUID}. */
    String RELYING_PARTY_NAME = "DEMO";
}
