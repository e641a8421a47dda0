package lt.savitarna.sdk.testkit.sk.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A certificate with its private key, as a simulated device or the simulator's TLS endpoint
 * holds it.
 *
 * @param certificate the certificate
 * @param privateKey the key that matches it
 */
public record Credential(X509Certificate certificate, PrivateKey privateKey) {

    public Credential {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** Names the certificate by its serial number only: the subject carries a personal code. */
    @Override
    public String toString() {
        return "Credential[serial " + certificate.getSerialNumber().toString(16) + "]";
    }
}
