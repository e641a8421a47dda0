package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateExpiryWarning;
import lt.savitarna.sdk.signature.CertificateLevel;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.ResponseValidationException;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.VerificationCode;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.CertificatePurpose;
import lt.savitarna.sdk.signing.CertificateValidator;
import lt.savitarna.sdk.signing.DisplayText;
import lt.savitarna.sdk.signing.DisplayTextLimit;
import lt.savitarna.sdk.signing.DisplayTextTooLongException;
import lt.savitarna.sdk.signing.InvalidDisplayTextException;
import lt.savitarna.sdk.signing.MobileIdDisplayText;
import lt.savitarna.sdk.signing.MobileIdTextFormat;
import lt.savitarna.sdk.signing.MobileIdVerificationCode;
import lt.savitarna.sdk.signing.SignatureVerifier;
import lt.savitarna.sdk.signing.SmartIdVerificationCode;
import lt.savitarna.sdk.signing.TrustAnchors;
import lt.savitarna.sdk.testkit.PortalEnvironment;

/**
 * Uses the Smart-ID and Mobile-ID providers on their own, without the portal, for a service that
 * signs hashes itself: logs a person in with Smart-ID, fetches their signing certificate, signs
 * the hash of a contract, and checks the signature and the certificate as the portal would; then
 * starts a signature it cancels, and logs SK's Mobile-ID demo person in with a Lithuanian text.
 *
 * <p>It runs against the testkit's Smart-ID and Mobile-ID simulators, which answer like SK's demo
 * services for SK's demo people and sign with a test PKI whose root the program writes to a PEM
 * file, the form in which SK publishes its intermediate certificates.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.SignDigestWithSmartId
 * }</pre>
 */
public final class SignDigestWithSmartId {

    /** SK's Smart-ID demo person who answers OK. */
    static final String DEMO_PERSONAL_CODE = "30303039914";
    /** SK's Mobile-ID demo person who answers OK. */
    static final String MOBILE_ID_PERSONAL_CODE = "50001018865";
    static final String MOBILE_ID_PHONE_NUMBER = "+37060000666";
    /** A contract title too long for the Smart-ID app's 60 characters, once the verb is added. */
    static final String CONTRACT_TITLE = "Žemės nuomos sutartis Nr. 2024-15 su UAB „Agrokoncernas“";

    private SignDigestWithSmartId() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // The simulators only; no demo accounts are needed in the sandbox portal.
        try (PortalEnvironment simulators = PortalEnvironment.start(false, Duration.ofMillis(200))) {
            Path trustAnchors = simulators.pki().writeCaCertificatePem(Files.createTempFile("trust-anchors-", ".pem"));
            run(simulators.smartId(), simulators.mobileId(), trustAnchors, out);
        }
    }

    /** The whole program; {@code trustAnchorsPem} holds the roots of the signers' certificates. */
    static SignatureValue run(SignatureProvider smartId, SignatureProvider mobileId, Path trustAnchorsPem,
                              PrintStream out) {
        SigningListener listener = listener(out);

        // @start region=authenticate
        SignerIdentity person = SignerIdentity.of(PersonalCode.parse(DEMO_PERSONAL_CODE));
        Digest challenge = Digest.random(HashType.SHA512); // a fresh challenge for every login
        AuthenticationRequest login = AuthenticationRequest.builder(person, challenge)
                .displayText(DisplayText.smartIdDisplayText60("Prisijungimas prie savitarnos"))
                .deadline(Duration.ofMinutes(2))
                .build();
        Authentication authentication = smartId.authenticate(login, listener);
        out.println("Logged in: " + authentication.givenName() + " " + authentication.surname()
                + " (" + authentication.identity() + ")"); // the identity prints masked
        // @end

        // @start region=expected-code
        // The phone shows a code derived from the hash it signs: show the same one on screen.
        VerificationCode expected = SmartIdVerificationCode.of(challenge.value());
        out.println("The login's verification code was " + expected.digits());
        // @end

        // @start region=signing-certificate
        // authentication.signer() names the Smart-ID account the person just used
        CertificateRequest certificateRequest = CertificateRequest.builder(authentication.signer())
                .certificateLevel(CertificateLevel.QUALIFIED) // the default; ADVANCED accepts more accounts
                .build();
        SigningCertificate certificate = smartId.signingCertificate(certificateRequest, listener);
        out.println("Signing certificate of " + certificate.identity() + ", level " + certificate.certificateLevel());
        // @end

        // @start region=sign-digest
        byte[] contract = ("Sutartis: " + CONTRACT_TITLE).getBytes(StandardCharsets.UTF_8);
        Digest toSign = Digest.compute(HashType.SHA256, contract); // or Digest.of(type, hash) for a given hash
        SignatureRequest signatureRequest = SignatureRequest.builder(certificate, toSign)
                .displayText(smartIdText("Pasirašote: " + CONTRACT_TITLE, out))
                .build();
        SignatureValue signature = smartId.sign(signatureRequest, listener);
        out.println("Signed with " + signature.algorithm() + ": " + signature.base64().length() + " Base64 characters");
        // @end

        // @start region=verify-signature
        // The provider has checked it already; a service that stores signatures checks again.
        PublicKey key = signature.certificate().getPublicKey();
        boolean valid = SignatureVerifier.isValid(key, toSign.type(), toSign.value(), signature.value());
        out.println("The signature matches the certificate: " + valid);
        SignatureVerifier.verify(key, toSign.type(), toSign.value(), signature.value()); // throws if not
        // @end

        // @start region=validate-certificate
        CertificateValidator validator = CertificateValidator.builder()
                .trustAnchors(TrustAnchors.fromPem(trustAnchorsPem)) // e.g. SK's published intermediates
                .build();
        try {
            NationalIdentity signer = validator.validate(signature.certificate(), CertificatePurpose.SIGNING,
                    NationalIdentity.of(PersonalCode.parse(DEMO_PERSONAL_CODE)), smartId.name());
            out.println("The certificate is trusted, fit for signing and names " + signer);
        } catch (ResponseValidationException e) { // expired, untrusted, wrong key usage or another person
            out.println("Certificate rejected: " + e.getMessage());
            throw e;
        }
        // @end

        // @start region=cancel-signing
        CompletableFuture<SignatureValue> pending = smartId.signAsync(signatureRequest, listener);
        // ... the person closes the signing dialog before answering on the phone:
        pending.cancel(true); // the provider stops waiting for the answer
        out.println("Second signature cancelled: " + pending.isCancelled());
        // @end

        logInWithMobileId(mobileId, listener, out);
        return signature;
    }

    /** Prints what the person must see while the phone is asked. */
    static SigningListener listener(PrintStream out) {
        // @start region=listener
        SigningListener listener = new SigningListener() {
            public void verificationCode(VerificationCode code) {
                out.println("Verification code: " + code.digits() + " (the phone must show the same)");
            }

            // @start region=state-changes
            public void stateChanged(SigningState state) {
                if (state == SigningState.WAITING_FOR_USER) {
                    out.println("Waiting for the PIN on the phone...");
                }
            }
            // @end

            // @start region=expiry-warning
            public void certificateExpiresSoon(CertificateExpiryWarning warning) {
                // e.g. "Your Smart-ID certificate expires on ...": renew it in the app
                out.println(warning.message(Locale.ENGLISH) + " (" + warning.daysLeft() + " days left)");
            }
            // @end
        };
        // @end
        return listener;
    }

    /** The text for the Smart-ID app: shortened when it is longer than the app shows. */
    static String smartIdText(String wanted, PrintStream out) {
        // @start region=fit-display-text
        try {
            return DisplayText.smartIdDisplayText60(wanted);
        } catch (DisplayTextTooLongException e) {
            DisplayTextLimit limit = e.limit(); // SMART_ID_DISPLAY_TEXT_60: at most 60 characters
            out.println("A text of " + e.length() + " characters is shortened to " + limit.maximum());
            return wanted.substring(0, limit.maximum() - 1) + "…";
        }
        // @end
    }

    /** Logs SK's Mobile-ID demo person in, with a Lithuanian text on the SIM dialog. */
    static void logInWithMobileId(SignatureProvider mobileId, SigningListener listener, PrintStream out) {
        // @start region=mobile-id-display-text
        MobileIdDisplayText text;
        try {
            text = MobileIdDisplayText.of("Prisijungimas prie savitarnos: " + CONTRACT_TITLE);
        } catch (InvalidDisplayTextException e) { // too long for its encoding, or an emoji
            text = MobileIdDisplayText.of("Prisijungimas prie „Savitarnos“");
        }
        if (text.format() == MobileIdTextFormat.UCS_2) { // Lithuanian letters: at most 50 characters
            out.println("The SIM dialog text is sent in " + text.format().wireName());
        }
        // @end
        // @start region=mobile-id-login
        SignerIdentity ona = SignerIdentity.mobileId(PhoneNumber.parse(MOBILE_ID_PHONE_NUMBER),
                PersonalCode.parse(MOBILE_ID_PERSONAL_CODE));
        Digest challenge = Digest.random(HashType.SHA256);
        out.println("Mobile-ID code to compare: " + MobileIdVerificationCode.of(challenge.value()));
        Authentication authentication = mobileId.authenticate(
                AuthenticationRequest.builder(ona, challenge).displayText(text.text()).build(), listener);
        out.println("Logged in with Mobile-ID: " + authentication.identity());
        // @end
        Digest hash = Digest.compute(HashType.SHA256, CONTRACT_TITLE.getBytes(StandardCharsets.UTF_8));
        SignatureValue signature = signHash(mobileId, authentication.signer(), hash, listener);
        out.println("Signed with Mobile-ID: " + signature.algorithm());
    }

    // @start region=sign-with-any-provider
    // Smart-ID, Mobile-ID or a seal alike: choose the signer's certificate, then sign with it.
    static SignatureValue signHash(SignatureProvider provider, SignerIdentity signer, Digest hash,
                                   SigningListener listener) {
        CertificateRequest request = CertificateRequest.builder(signer).build();
        SigningCertificate certificate = provider.signingCertificate(request, listener);
        // A portal computes the hash with certificate.certificate() in the signed attributes.
        return provider.sign(SignatureRequest.builder(certificate, hash).build(), listener);
    }
    // @end
}
