package lt.savitarna.sdk.signing.internal;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException;
import lt.savitarna.sdk.signature.identity.NationalIdentity;

/**
 * Reads the person from a signer certificate's subject: {@code serialNumber} (the ETSI semantics
 * identifier, e.g. {@code PNOLT-30303039914}), {@code givenName} and {@code surname}. The identity is
 * taken as the certificate states it, never rejected on checksum grounds.
 *
 * <pre>{@code
 * Optional<NationalIdentity> who = CertificateNames.identity(certificate);
 * Optional<String> givenName = CertificateNames.givenName(certificate);
 * }</pre>
 */
public final class CertificateNames {

    private static final String SERIAL_NUMBER = "2.5.4.5";
    private static final String GIVEN_NAME = "2.5.4.42";
    private static final String SURNAME = "2.5.4.4";
    // Without these keywords X500Principal prints such attributes as hex DER.
    private static final Map<String, String> KEYWORDS = Map.of(SERIAL_NUMBER, "SERIALNUMBER", GIVEN_NAME, "GIVENNAME",
            SURNAME, "SURNAME");

    private CertificateNames() {
    }

    /** {@return the identity in the subject's {@code serialNumber}, or empty when there is none or it is not of that form} */
    public static Optional<NationalIdentity> identity(X509Certificate certificate) {
        return attribute(certificate, "SERIALNUMBER").flatMap(serial -> {
            try {
                return Optional.of(NationalIdentity.parse(serial));
            } catch (InvalidPersonalCodeException e) {
                return Optional.empty();
            }
        });
    }

    /** {@return the subject's given name, if any} */
    public static Optional<String> givenName(X509Certificate certificate) {
        return attribute(certificate, "GIVENNAME");
    }

    /** {@return the subject's surname, if any} */
    public static Optional<String> surname(X509Certificate certificate) {
        return attribute(certificate, "SURNAME");
    }

    private static Optional<String> attribute(X509Certificate certificate, String keyword) {
        String name = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253, KEYWORDS);
        try {
            for (Rdn rdn : new LdapName(name).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(keyword) && rdn.getValue() instanceof String value) {
                    return Optional.of(value);
                }
            }
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
