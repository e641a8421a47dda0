package lt.savitarna.sdk.signature.identity;

import java.util.Objects;
import java.util.regex.Pattern;

import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException.Reason;

/**
 * A person's identity as a certificate states it: identifier type, issuing country and code,
 * written together as {@code PNOLT-30303039914} (the certificate subject's {@code serialNumber},
 * which is also Smart-ID's semantics identifier).
 *
 * <p>The code is kept exactly as the certificate has it. It is never rejected on checksum or
 * date grounds: the certificate authority established the identity, and a person whose code
 * is exceptional must not be locked out by a stricter local rule. Compare identities with
 * {@link #matches(PersonalCode)} or {@link #equals(Object)}.
 *
 * <p>{@link #toString()} masks the code ({@code PNOLT-3*********4}); {@link #code()} and
 * {@link #semanticsIdentifier()} give it whole.
 *
 * <!-- sample: IdentityInput#compare-certificate-identity -->
 * <pre>{@code
 * // What a certificate states is taken as stated: no check-digit rules for foreign codes.
 * NationalIdentity stated = PersonalCode.fromCertificateSerial(certificateSerial);
 * out.println("The certificate names " + stated + ": country " + stated.country() + ", " + stated.type());
 * boolean personalNumber = stated.type() == IdentityType.PNO; // not a passport or ID card number
 * boolean samePerson = stated.matches(typed); // PNOLT- followed by exactly the typed code
 * }</pre>
 *
 * @param country the issuing country, ISO 3166-1 alpha-2 in upper case, e.g. {@code LT}
 * @param type the kind of identifier
 * @param code the identifier itself, as issued
 */
public record NationalIdentity(String country, IdentityType type, String code) {

    /** The country whose personal codes {@link PersonalCode} describes. */
    public static final String LITHUANIA = "LT";

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    // Codes are digits in Lithuania and Estonia, but Latvian codes carry a dash and passport
    // numbers letters, so only the character class is constrained, not the structure.
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");
    private static final Pattern SERIAL = Pattern.compile("([A-Z]{3})([A-Z]{2})-(.+)");

    /**
     * Validates the parts' form (not the code's checksum).
     *
     * @param country the issuing country, two upper-case letters
     * @param type the kind of identifier
     * @param code the identifier, letters and digits optionally joined by dashes
     *
     * @throws InvalidPersonalCodeException with reason {@code FORMAT} if a part is malformed
     * @throws NullPointerException if a part is null
     */
    public NationalIdentity {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        if (!COUNTRY.matcher(country).matches()) {
            throw new InvalidPersonalCodeException(Reason.FORMAT,
                    "The country of an identity must be two upper-case letters (ISO 3166-1 alpha-2)");
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidPersonalCodeException(Reason.FORMAT,
                    "The code of an identity must be letters and digits, optionally joined by dashes");
        }
    }

    /**
     * Returns the Lithuanian national identity ({@code PNOLT-...}) of a validated personal code.
     *
     * @param personalCode the code
     * @return the identity with country {@code LT} and type {@code PNO}
     */
    public static NationalIdentity of(PersonalCode personalCode) {
        return new NationalIdentity(LITHUANIA, IdentityType.PNO, personalCode.value());
    }

    /**
     * Parses a certificate subject {@code serialNumber} or a Smart-ID semantics identifier of the
     * form {@code TTTCC-code}: {@code PNOLT-30303039914}, {@code PNOEE-38001085718},
     * {@code IDCLT-...}, {@code PASLT-...}. Surrounding whitespace is ignored.
     *
     * @param serialNumber the text to parse
     * @return the identity
     * @throws InvalidPersonalCodeException with reason {@code FORMAT} if the text is not of that form
     * @throws NullPointerException if {@code serialNumber} is null
     */
    public static NationalIdentity parse(String serialNumber) {
        Objects.requireNonNull(serialNumber, "serialNumber");
        var matcher = SERIAL.matcher(serialNumber.strip());
        if (!matcher.matches()) {
            throw new InvalidPersonalCodeException(Reason.FORMAT,
                    "A certificate identity must read TTTCC-code, e.g. PNOLT- followed by the code");
        }
        IdentityType type;
        try {
            type = IdentityType.valueOf(matcher.group(1));
        } catch (IllegalArgumentException e) {
            throw new InvalidPersonalCodeException(Reason.FORMAT,
                    "Unknown identity type " + matcher.group(1) + "; expected one of PNO, IDC, PAS, TAX, TIN");
        }
        return new NationalIdentity(matcher.group(2), type, matcher.group(3));
    }

    /**
     * Tells whether this identity is the Lithuanian personal number of the given person.
     *
     * @param personalCode the person asked for
     * @return true if this is {@code PNOLT-} followed by exactly that code
     */
    public boolean matches(PersonalCode personalCode) {
        return LITHUANIA.equals(country) && type == IdentityType.PNO && code.equals(personalCode.value());
    }

    /** {@return the whole identity as {@code TTTCC-code}, e.g. {@code PNOLT-30303039914}} Do not log it. */
    public String semanticsIdentifier() {
        return type.name() + country + "-" + code;
    }

    /** {@return the identity with its code masked, e.g. {@code PNOLT-3*********4}} */
    @Override
    public String toString() {
        return type.name() + country + "-" + Masking.keepEnds(code, 1, 1);
    }
}
