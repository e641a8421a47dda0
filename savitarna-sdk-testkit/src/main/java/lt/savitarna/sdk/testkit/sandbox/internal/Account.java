package lt.savitarna.sdk.testkit.sandbox.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An account as the store keeps it; replaced as a whole on every change, so a snapshot handed
 * out never changes under its reader.
 */
public record Account(String id, String firstName, String lastName, String email, PasswordHash password,
                      Instant createdAt, Consents consents, boolean zemynaMember, ConfirmedIdentity identity) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(consents, "consents");
    }

    /** Emails compare case-insensitively. */
    public static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    public boolean identityConfirmed() {
        return identity != null;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Account withConsents(Consents newConsents, boolean member) {
        return new Account(id, firstName, lastName, email, password, createdAt, newConsents, member, identity);
    }

    public Account withIdentity(ConfirmedIdentity newIdentity) {
        return new Account(id, firstName, lastName, email, password, createdAt, consents, zemynaMember, newIdentity);
    }
}
