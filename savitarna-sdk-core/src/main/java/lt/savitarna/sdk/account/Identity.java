package lt.savitarna.sdk.account;

import java.time.Instant;

/**
 * The person's identity as confirmed by e-signature. Before confirmation only {@code confirmed}
 * is set ({@code false}); the other components are {@code null}. The personal code is only ever
 * shown masked.
 *
 * <!-- sample: AccountOverview#identity -->
 * <pre>{@code
 * Identity identity = me.identity();
 * if (identity.confirmed()) {
 *     // IdentityMethod is open: a method added to the portal later arrives as an unknown value.
 *     String method = IdentityMethod.SMART_ID.equals(identity.method()) ? "Smart-ID"
 *             : IdentityMethod.MOBILE_ID.equals(identity.method()) ? "Mobile-ID" : identity.method().value();
 *     out.println("Identity confirmed with " + method + " on " + identity.confirmedAt() + ": "
 *             + identity.givenName() + " " + identity.surname() + " (" + identity.personalCodeMasked() + ")");
 * }
 * }</pre>
 *
 * @param confirmed          whether the identity is confirmed
 * @param confirmedAt        when, or {@code null}
 * @param method             how, or {@code null}
 * @param personalCodeMasked the personal code with most digits masked, e.g. {@code 3*********4}
 * @param givenName          the given name from the certificate, or {@code null}
 * @param surname            the surname from the certificate, or {@code null}
 */
public record Identity(boolean confirmed, Instant confirmedAt, IdentityMethod method, String personalCodeMasked,
                       String givenName, String surname) {

    /** The identity of a person who has not confirmed it yet. */
    public static Identity unconfirmed() {
        return new Identity(false, null, null, null, null, null);
    }
}
