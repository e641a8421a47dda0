package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.identity.IdentityType;
import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException;
import lt.savitarna.sdk.signature.identity.InvalidPhoneNumberException;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signature.identity.Sex;

/**
 * Reads the personal code and phone number a person types into a Mobile-ID sign-in form, as the
 * form's handler would: valid input becomes the signer a Smart-ID or Mobile-ID provider is asked
 * for, invalid input a message for the field. Then it compares the identity a signer certificate
 * states with the code the person typed. It needs neither a portal nor a network.
 *
 * <p>By default it reads SK's Mobile-ID demo person ({@code 50001018865}, {@code 8 600 00666});
 * pass another personal code and phone number to try them. Nothing it prints shows a whole
 * personal code or phone number.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.IdentityInput -Ddemo.args="50001018865 860000666"
 * }</pre>
 */
public final class IdentityInput {

    /** SK's Mobile-ID demo person, as a person might type them. */
    static final String DEMO_PERSONAL_CODE = " 50001018865 ";
    static final String DEMO_PHONE_NUMBER = "8 600 00666";
    /** What the demo person's signer certificate states as its subject serial number. */
    static final String DEMO_CERTIFICATE_SERIAL = "PNOLT-50001018865";

    private IdentityInput() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String personalCode = args.length > 0 ? args[0] : DEMO_PERSONAL_CODE;
        String phoneNumber = args.length > 1 ? args[1] : DEMO_PHONE_NUMBER;
        run(personalCode, phoneNumber, out);
    }

    /** The whole program: reads the form, then checks a certificate's identity against it. */
    static Optional<SignerIdentity> run(String typedCode, String typedPhone, PrintStream out) {
        Optional<SignerIdentity> signer = readForm(typedCode, typedPhone, out);
        if (signer.isPresent()) {
            out.println("Mobile-ID signer: " + signer.get());
            // The form was valid, so the code parses again; a real flow keeps the parsed one.
            boolean same = signedByThePerson(DEMO_CERTIFICATE_SERIAL, PersonalCode.parse(typedCode), out);
            out.println("Signed by the person who typed the code: " + (same ? "yes" : "no"));
        }
        return signer;
    }

    /** The Mobile-ID signer the form names, or empty after printing what the person must fix. */
    static Optional<SignerIdentity> readForm(String typedCode, String typedPhone, PrintStream out) {
        // @start region=read-personal-code
        PersonalCode personalCode;
        try {
            personalCode = PersonalCode.parse(typedCode); // surrounding spaces are ignored
        } catch (InvalidPersonalCodeException e) {
            // reason() names the rule that failed: FORMAT, CENTURY, DATE or CHECK_DIGIT
            out.println("Personal code: " + e.getLocalizedMessage() + " (" + e.reason() + ")");
            return Optional.empty();
        }
        // @end
        // @start region=read-phone-number
        PhoneNumber phoneNumber;
        try {
            phoneNumber = PhoneNumber.parse(typedPhone); // "8 600 00666" becomes +37060000666
        } catch (InvalidPhoneNumberException e) {
            out.println("Phone number: " + e.getLocalizedMessage()); // never repeats the input
            return Optional.empty();
        }
        if (!phoneNumber.isLithuanianMobile()) {
            out.println("Phone number " + phoneNumber + " is valid, but not a Lithuanian mobile number");
        }
        // @end
        // @start region=describe-person
        // toString() masks the code (5*********5); value() is the whole code, for the wire only
        String born = personalCode.birthDate().map(String::valueOf).orElse("on an unknown date");
        String sex = personalCode.sex().map(s -> s == Sex.FEMALE ? "woman" : "man").orElse("person");
        out.println("Personal code " + personalCode + ": a " + sex + " born " + born);
        // @end
        // @start region=signer-identities
        SignerIdentity smartIdSigner = SignerIdentity.of(personalCode); // Smart-ID asks by personal code
        SignerIdentity mobileIdSigner = SignerIdentity.mobileId(phoneNumber, personalCode); // Mobile-ID by both
        // @end
        out.println("Smart-ID signer: " + smartIdSigner);
        return Optional.of(mobileIdSigner);
    }

    /** Whether the identity a signer certificate states is the person who typed the code. */
    static boolean signedByThePerson(String certificateSerial, PersonalCode typed, PrintStream out) {
        // @start region=compare-certificate-identity
        // What a certificate states is taken as stated: no check-digit rules for foreign codes.
        NationalIdentity stated = PersonalCode.fromCertificateSerial(certificateSerial);
        out.println("The certificate names " + stated + ": country " + stated.country() + ", " + stated.type());
        boolean personalNumber = stated.type() == IdentityType.PNO; // not a passport or ID card number
        boolean samePerson = stated.matches(typed); // PNOLT- followed by exactly the typed code
        // @end
        return personalNumber && samePerson;
    }
}
