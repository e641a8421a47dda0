package lt.savitarna.sdk.testkit.sk;

import java.util.Objects;
import java.util.Optional;

/**
 * What a simulated phone shows for one session, and how the person answered: the test's view of
 * the other side. A test can check that the verification code its UI showed is the one the
 * phone shows.
 *
 * <!-- sample: SimulatorsExampleTest#phone-session -->
 * <pre>{@code
 * List<String> shownToThePerson = new ArrayList<>();
 * SigningListener showCode = new SigningListener() {
 *     @Override
 *     public void verificationCode(VerificationCode code) {
 *         shownToThePerson.add(code.digits());
 *     }
 * };
 * smartId.authenticate(AuthenticationRequest.builder(person, challenge).build(), showCode);
 *
 * SimulatorSession onPhone = simulator.sessions().get(0);
 * assertEquals(shownToThePerson, List.of(onPhone.verificationCode().orElseThrow()));
 * assertEquals(Optional.of("OK"), onPhone.result());
 * }</pre>
 *
 * @param sessionId the session id the API returned
 * @param operation what was asked
 * @param subject whom it was asked of: the Smart-ID document number, or the Mobile-ID phone number
 * @param verificationCode the four digits the phone shows; empty for a certificate choice
 * @param displayText the text the phone shows beside the code, if the request had one
 * @param result the end result once the person answered ({@code OK}, {@code USER_REFUSED},
 *     {@code USER_CANCELLED}, ...); empty while the session runs
 */
public record SimulatorSession(String sessionId, Operation operation, String subject,
                               Optional<String> verificationCode, Optional<String> displayText,
                               Optional<String> result) {

    /** What the relying party asked for. */
    public enum Operation {
        /** Smart-ID certificate (device) choice. */
        CERTIFICATE_CHOICE,
        /** Authentication: the person signs the relying party's random hash with the authentication key. */
        AUTHENTICATION,
        /** Signing: the person signs a document's hash with the signing key. */
        SIGNATURE
    }

    /** Every component must be given; absent values are empty optionals. */
    public SimulatorSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(displayText, "displayText");
        Objects.requireNonNull(result, "result");
    }

    /** {@return whether the person has answered} */
    public boolean isComplete() {
        return result.isPresent();
    }

    /** The subject is masked: it carries a personal code or a phone number. */
    @Override
    public String toString() {
        String masked = subject.length() <= 6 ? "***" : subject.substring(0, 5) + "***";
        return "SimulatorSession[" + sessionId + ", " + operation + ", " + masked
                + ", code " + verificationCode.orElse("-") + ", " + result.orElse("RUNNING") + "]";
    }
}
