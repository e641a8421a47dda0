package lt.savitarna.sdk.testkit.sk.internal;

import java.util.Objects;

/**
 * Who a certificate is issued to and under which of SK's certificate profiles.
 *
 * @param country the issuing country, e.g. {@code LT}
 * @param personalCode the national identity number as the certificate states it
 * @param givenName the given name, upper case as SK writes it
 * @param surname the surname, upper case as SK writes it
 * @param profile the certificate profile
 */
public record PersonSpec(String country, String personalCode, String givenName, String surname,
                         CertificateProfile profile) {

    public PersonSpec {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(personalCode, "personalCode");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(profile, "profile");
    }

    /** {@return the subject serial number, e.g. {@code PNOLT-30303039914}} */
    public String serialNumber() {
        return "PNO" + country + "-" + personalCode;
    }

    /** {@return a key that tells this person's certificates apart from everyone else's} */
    String cacheKey(KeyPurpose purpose) {
        return profile + "/" + serialNumber() + "/" + purpose;
    }

    @Override
    public String toString() {
        return "PersonSpec[" + profile + ", PNO" + country + "-…]";
    }
}
