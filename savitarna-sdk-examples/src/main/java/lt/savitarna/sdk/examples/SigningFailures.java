package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.BadSignatureException;
import lt.savitarna.sdk.signature.CertificateExpiredException;
import lt.savitarna.sdk.signature.CertificateLevelException;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.DocumentUnusableException;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.InteractionNotSupportedException;
import lt.savitarna.sdk.signature.KeyUsageException;
import lt.savitarna.sdk.signature.MalformedResponseException;
import lt.savitarna.sdk.signature.MissingFieldException;
import lt.savitarna.sdk.signature.NotMobileIdClientException;
import lt.savitarna.sdk.signature.NotQualifiedAccountException;
import lt.savitarna.sdk.signature.PhoneAbsentException;
import lt.savitarna.sdk.signature.RelyingPartyForbiddenException;
import lt.savitarna.sdk.signature.RelyingPartyUnauthorizedException;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignatureTimeoutException;
import lt.savitarna.sdk.signature.SignedOtherHashException;
import lt.savitarna.sdk.signature.SignerDeviceException;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SignerNotFoundException;
import lt.savitarna.sdk.signature.SigningCancelledException;
import lt.savitarna.sdk.signature.SigningClientOutdatedException;
import lt.savitarna.sdk.signature.SigningException;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.SigningRequestRejectedException;
import lt.savitarna.sdk.signature.SigningServiceException;
import lt.savitarna.sdk.signature.SigningServiceMaintenanceException;
import lt.savitarna.sdk.signature.SigningServiceUnavailableException;
import lt.savitarna.sdk.signature.SigningSessionNotFoundException;
import lt.savitarna.sdk.signature.UnknownEndResultException;
import lt.savitarna.sdk.signature.UntrustedCertificateException;
import lt.savitarna.sdk.signature.UserActionRequiredException;
import lt.savitarna.sdk.signature.WrongVerificationCodeException;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.signing.TlsPin;
import lt.savitarna.sdk.testkit.PortalEnvironment;
import lt.savitarna.sdk.testkit.sk.MobileIdTestUser;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;

/**
 * Handles each way a Smart-ID or Mobile-ID sign-in can fail, each where it can be acted on: the
 * screen tells the person what to do about their own answer; when an account or a phone cannot be
 * used, another method is offered; when SK's service or this integration is at fault, operations
 * are alerted; an answer that cannot be trusted is rejected and reported to security.
 *
 * <p>It signs in SK's demo people whose sessions always end the same way (refused, wrong code,
 * timeout, no qualified account, no Mobile-ID, phone absent, SIM error...) on the testkit's
 * simulators, and the OK person once more through a Smart-ID provider that trusts only SK's demo
 * anchors, which rejects the simulators' certificates. Service failures (maintenance, revoked
 * relying-party access, an outdated client) cannot be caused here; they are handled all the same.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.SigningFailures
 * }</pre>
 */
public final class SigningFailures {

    private SigningFailures() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (PortalEnvironment simulators = PortalEnvironment.start(false, Duration.ofMillis(200))) {
            run(simulators, out);
        }
    }

    /** Signs each demo person in and prints what the screen would say; returns it by person. */
    static Map<String, String> run(PortalEnvironment simulators, PrintStream out) {
        Map<String, String> screens = new LinkedHashMap<>();
        SignatureProvider smartId = simulators.smartId();
        for (SmartIdTestAccount account : new SmartIdTestAccount[] {SmartIdTestAccount.OK,
                SmartIdTestAccount.USER_REFUSED, SmartIdTestAccount.WRONG_VC, SmartIdTestAccount.TIMEOUT,
                SmartIdTestAccount.NOT_QUALIFIED}) {
            screens.put("Smart-ID " + account, signIn(smartId, smartIdPerson(account.personalCode()), out));
        }
        // A valid personal code that has no Smart-ID account.
        screens.put("Smart-ID unknown person", signIn(smartId, smartIdPerson("33309240064"), out));

        SignatureProvider mobileId = simulators.mobileId();
        for (MobileIdTestUser user : new MobileIdTestUser[] {MobileIdTestUser.NOT_MID_CLIENT,
                MobileIdTestUser.USER_CANCELLED, MobileIdTestUser.PHONE_ABSENT, MobileIdTestUser.SIM_ERROR}) {
            SignerIdentity person = SignerIdentity.mobileId(PhoneNumber.parse(user.phoneNumber()),
                    PersonalCode.parse(user.nationalIdentityNumber()));
            screens.put("Mobile-ID " + user, signIn(mobileId, person, out));
        }

        // The simulators' certificates come from a test PKI, not from SK: this provider must refuse them.
        SignatureProvider trustingOnlySk = SmartIdProvider.create(SmartIdConfig.demo(
                        SmartIdSimulator.DEMO_RELYING_PARTY_UUID, SmartIdSimulator.DEMO_RELYING_PARTY_NAME)
                .baseUri(simulators.smartIdSimulator().baseUri())
                .tlsPins(TlsPin.of(simulators.pki().serverCertificate()))
                .trustServerCertificate(simulators.pki().caCertificate())
                .build());
        screens.put("Smart-ID answer signed outside SK",
                signIn(trustingOnlySk, smartIdPerson(SmartIdTestAccount.OK.personalCode()), out));

        screens.forEach((who, screen) -> out.println(who + " -> " + screen));
        return screens;
    }

    private static SignerIdentity smartIdPerson(String personalCode) {
        return SignerIdentity.of(PersonalCode.parse(personalCode));
    }

    /** Signs the person in; returns what the screen says. Everything this layer sees concerns operations. */
    static String signIn(SignatureProvider provider, SignerIdentity person, PrintStream operations) {
        // @start region=error-codes
        try {
            return rejectUntrustworthyAnswers(provider, person, operations);
        } catch (SigningServiceException e) { // e.g. TLS failures, unexpected HTTP statuses
            // getCode() is one of SignatureErrorCodes: stable, unlike the messages
            boolean pinsOutdated = SignatureErrorCodes.SIGNING_TLS_PIN_MISMATCH.equals(e.getCode());
            operations.println((pinsOutdated ? "ALERT update SK's TLS pins: " : "ALERT ") + e.getMessage());
            return "E-signing is unavailable: " + e.getLocalizedMessage();
        } catch (SigningException e) {
            return "Sign-in failed: " + e.getLocalizedMessage();
        }
        // @end
    }

    /** An answer that is forged, or not what was asked, is never accepted. */
    static String rejectUntrustworthyAnswers(SignatureProvider provider, SignerIdentity person,
                                             PrintStream security) {
        // @start region=untrustworthy-answers
        try {
            return handleServiceFailures(provider, person, security);
        } catch (BadSignatureException | SignedOtherHashException | UntrustedCertificateException
                 | IdentityMismatchException | KeyUsageException | CertificateLevelException e) {
            security.println("SECURITY " + e.getCode() + ": " + e.getMessage()); // says why, never the code
            return "Sign-in failed: " + e.getLocalizedMessage();
        } catch (MalformedResponseException | MissingFieldException | UnknownEndResultException e) {
            security.println("Unexpected answer (is the SDK up to date?): " + e.getMessage());
            return "Sign-in failed: " + e.getLocalizedMessage();
        }
        // @end
    }

    /** SK's service, or this integration's access to it, failed: the person can only wait. */
    static String handleServiceFailures(SignatureProvider provider, SignerIdentity person, PrintStream operations) {
        // @start region=service-failures
        try {
            return offerAnotherMethod(provider, person, EmbeddedServices.printingCodes(operations));
        } catch (SigningServiceMaintenanceException e) {
            return "SK's service is being maintained: " + e.getLocalizedMessage();
        } catch (SigningServiceUnavailableException | SigningSessionNotFoundException e) {
            return "Please try again: " + e.getLocalizedMessage(); // network, HTTP 5xx, or a session gone
        } catch (RelyingPartyUnauthorizedException | RelyingPartyForbiddenException
                 | SigningClientOutdatedException | SigningRequestRejectedException e) {
            operations.println("ALERT " + e.getCode() + " (HTTP " + e.status() + "): " + e.getMessage());
            return "E-signing is unavailable: " + e.getLocalizedMessage(); // our credentials, contract or SDK
        }
        // @end
    }

    /** This person cannot use this method now: suggest what to do instead. */
    static String offerAnotherMethod(SignatureProvider provider, SignerIdentity person, SigningListener listener) {
        // @start region=account-and-device
        try {
            return askThePerson(provider, person, listener);
        } catch (NotMobileIdClientException | NotQualifiedAccountException | CertificateExpiredException e) {
            return "Use another method: " + e.getLocalizedMessage(); // no usable certificate for this one
        } catch (SignerNotFoundException e) {
            return "Check the personal code: " + e.getLocalizedMessage(); // or get Smart-ID first
        } catch (DocumentUnusableException | InteractionNotSupportedException | UserActionRequiredException e) {
            return "Open the Smart-ID app: " + e.getLocalizedMessage(); // it needs the person's attention
        } catch (SignerDeviceException e) {
            return "The phone cannot sign now: " + e.getLocalizedMessage(); // SIM or SMS delivery trouble
        }
        // @end
    }

    /** The person's own answer on the phone. */
    static String askThePerson(SignatureProvider provider, SignerIdentity person, SigningListener listener) {
        AuthenticationRequest request = AuthenticationRequest.builder(person, Digest.random(HashType.SHA512)).build();
        // @start region=person-answers
        try {
            Authentication authentication = provider.authenticate(request, listener);
            return "Welcome, " + authentication.givenName();
        } catch (SignatureRefusedException | SigningCancelledException e) {
            return "Stopped: " + e.getLocalizedMessage(); // the person said no: do not insist
        } catch (SignatureTimeoutException | PhoneAbsentException e) {
            return "Try again: " + e.getLocalizedMessage(); // the phone did not answer in time
        } catch (WrongVerificationCodeException e) {
            return "Wrong code: " + e.getLocalizedMessage(); // compare the codes before entering the PIN
        }
        // @end
    }
}
