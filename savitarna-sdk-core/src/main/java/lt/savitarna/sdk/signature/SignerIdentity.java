package lt.savitarna.sdk.signature;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;

/**
 * The person an e-signature operation is for, identified the way the provider needs:
 * <ul>
 *   <li>Smart-ID: a national identity ({@code PNOLT-30303039914}) or a Smart-ID document number
 *       (one account on one device), or both;</li>
 *   <li>Mobile-ID: a phone number and a personal code;</li>
 *   <li>a local key: nothing in particular (any identity, or {@link #anyone()}).</li>
 * </ul>
 * When a national identity is known, providers check that the certificate in the answer names
 * exactly that person. Immutable. {@link #toString()} masks every identifier, so an identity may
 * be logged.
 *
 * <!-- sample: IdentityInput#signer-identities -->
 * <pre>{@code
 * SignerIdentity smartIdSigner = SignerIdentity.of(personalCode); // Smart-ID asks by personal code
 * SignerIdentity mobileIdSigner = SignerIdentity.mobileId(phoneNumber, personalCode); // Mobile-ID by both
 * }</pre>
 */
public final class SignerIdentity {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,99}");
    private static final SignerIdentity ANYONE = new SignerIdentity(null, null, null);

    private final NationalIdentity nationalIdentity;
    private final String documentNumber;
    private final PhoneNumber phoneNumber;

    private SignerIdentity(NationalIdentity nationalIdentity, String documentNumber, PhoneNumber phoneNumber) {
        this.nationalIdentity = nationalIdentity;
        this.documentNumber = documentNumber;
        this.phoneNumber = phoneNumber;
    }

    /**
     * A person by national identity, e.g. {@code PNOLT-30303039914} (Smart-ID's semantics identifier).
     *
     * @param identity the identity
     * @return the signer
     */
    public static SignerIdentity of(NationalIdentity identity) {
        return new SignerIdentity(Objects.requireNonNull(identity, "identity"), null, null);
    }

    /**
     * A person by Lithuanian personal code; same as {@code of(NationalIdentity.of(code))}.
     *
     * @param personalCode the validated code
     * @return the signer
     */
    public static SignerIdentity of(PersonalCode personalCode) {
        return of(NationalIdentity.of(Objects.requireNonNull(personalCode, "personalCode")));
    }

    /**
     * A Smart-ID account by document number only (the person is then whoever owns it).
     *
     * @param documentNumber e.g. {@code PNOLT-30303039914-MOCK-Q}
     * @return the signer
     * @throws IllegalArgumentException if it is not letters, digits and dashes (at most 100)
     */
    public static SignerIdentity smartIdDocument(String documentNumber) {
        return new SignerIdentity(null, checkDocumentNumber(documentNumber), null);
    }

    /**
     * A Mobile-ID user: the phone with the Mobile-ID SIM and the owner's personal code.
     *
     * @param phoneNumber  the normalised phone number
     * @param personalCode the validated personal code
     * @return the signer
     */
    public static SignerIdentity mobileId(PhoneNumber phoneNumber, PersonalCode personalCode) {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(personalCode, "personalCode");
        return new SignerIdentity(NationalIdentity.of(personalCode), null, phoneNumber);
    }

    /** {@return nobody in particular: for providers that need no identifier, such as a company seal} */
    public static SignerIdentity anyone() {
        return ANYONE;
    }

    /**
     * The same person, on the given Smart-ID account (device). Providers return such an identity
     * from certificate choice and authentication, so that the signature is made by the device
     * whose certificate was chosen.
     *
     * @param documentNumber the Smart-ID document number
     * @return a new identity
     */
    public SignerIdentity withDocumentNumber(String documentNumber) {
        return new SignerIdentity(nationalIdentity, checkDocumentNumber(documentNumber), phoneNumber);
    }

    /** {@return the national identity, when known} */
    public Optional<NationalIdentity> nationalIdentity() {
        return Optional.ofNullable(nationalIdentity);
    }

    /** {@return the Smart-ID document number, when known} */
    public Optional<String> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    /** {@return the Mobile-ID phone number, when known} */
    public Optional<PhoneNumber> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignerIdentity other && Objects.equals(other.nationalIdentity, nationalIdentity)
                && Objects.equals(other.documentNumber, documentNumber)
                && Objects.equals(other.phoneNumber, phoneNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nationalIdentity, documentNumber, phoneNumber);
    }

    /** {@return the identifiers, masked, e.g. {@code SignerIdentity[PNOLT-3*********4, phone +370******66]}} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SignerIdentity[");
        if (nationalIdentity != null) {
            text.append(nationalIdentity);
        }
        if (documentNumber != null) {
            text.append(text.length() > 15 ? ", " : "").append("document ").append(maskDocument(documentNumber));
        }
        if (phoneNumber != null) {
            text.append(text.length() > 15 ? ", " : "").append("phone ").append(phoneNumber);
        }
        if (text.length() == 15) {
            text.append("anyone");
        }
        return text.append(']').toString();
    }

    private static String checkDocumentNumber(String documentNumber) {
        Objects.requireNonNull(documentNumber, "documentNumber");
        if (!DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
            throw new IllegalArgumentException("A Smart-ID document number is letters, digits and dashes (at most 100)");
        }
        return documentNumber;
    }

    /** Document numbers usually embed the personal code; keep only the type prefix and the end. */
    private static String maskDocument(String documentNumber) {
        int keepHead = Math.min(6, documentNumber.length() / 3);
        int keepTail = Math.min(2, documentNumber.length() / 4);
        return documentNumber.substring(0, keepHead)
                + "*".repeat(documentNumber.length() - keepHead - keepTail)
                + documentNumber.substring(documentNumber.length() - keepTail);
    }
}
