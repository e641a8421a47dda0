package lt.savitarna.sdk.testkit.sandbox.internal;

import java.time.Instant;
import java.util.Objects;

/** The person an account was bound to by an e-signature. {@link #toString()} masks the personal code. */
public record ConfirmedIdentity(String personalCode, String method, String givenName, String surname,
                                Instant confirmedAt) {

    public ConfirmedIdentity {
        Objects.requireNonNull(personalCode, "personalCode");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }

    /** First and last character kept, the rest starred: {@code 3*********4}. */
    public static String mask(String personalCode) {
        if (personalCode.length() < 3) {
            return "*".repeat(personalCode.length());
        }
        return personalCode.charAt(0) + "*".repeat(personalCode.length() - 2)
                + personalCode.charAt(personalCode.length() - 1);
    }

    public String personalCodeMasked() {
        return mask(personalCode);
    }

    @Override
    public String toString() {
        return "ConfirmedIdentity[" + personalCodeMasked() + ", " + method + ", " + confirmedAt + "]";
    }
}
