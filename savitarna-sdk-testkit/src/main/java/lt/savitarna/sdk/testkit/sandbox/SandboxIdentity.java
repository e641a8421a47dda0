package lt.savitarna.sdk.testkit.sandbox;

import java.util.Objects;

/**
 * A person as an e-signature certificate names them, for
 * {@link SandboxServer#confirmIdentity(String, SandboxIdentity)}. {@link #toString()} masks the
 * personal code.
 *
 * <!-- sample: SandboxTestHooksExampleTest#confirm-identity -->
 * <pre>{@code
 * SandboxAccount ona = sandbox.confirmIdentity(DemoData.ONA_EMAIL,
 *         SandboxIdentity.mobileId(DemoData.ONA_PERSONAL_CODE, DemoData.ONA_GIVEN_NAME, DemoData.ONA_SURNAME));
 * assertTrue(ona.identityConfirmed());
 * }</pre>
 *
 * @param personalCode the Lithuanian personal code, 11 digits
 * @param method       how it was confirmed: {@code SMART_ID}, {@code MOBILE_ID} or {@code OTHER}
 * @param givenName    the given name from the certificate
 * @param surname      the surname from the certificate
 */
public record SandboxIdentity(String personalCode, String method, String givenName, String surname) {

    public SandboxIdentity {
        Objects.requireNonNull(personalCode, "personalCode");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(surname, "surname");
        if (!personalCode.matches("\\d{11}")) {
            throw new IllegalArgumentException("a personal code has 11 digits");
        }
    }

    public static SandboxIdentity smartId(String personalCode, String givenName, String surname) {
        return new SandboxIdentity(personalCode, "SMART_ID", givenName, surname);
    }

    public static SandboxIdentity mobileId(String personalCode, String givenName, String surname) {
        return new SandboxIdentity(personalCode, "MOBILE_ID", givenName, surname);
    }

    @Override
    public String toString() {
        return "SandboxIdentity[" + personalCode.charAt(0) + "*********" + personalCode.charAt(10) + ", " + method
                + "]";
    }
}
