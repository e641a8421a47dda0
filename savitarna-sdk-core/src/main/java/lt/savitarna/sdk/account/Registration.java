package lt.savitarna.sdk.account;

import java.util.Arrays;
import lt.savitarna.sdk.internal.account.RegistrationAccess;

/**
 * What a person fills in to register: first name, last name, email and password (all required),
 * two optional consents (default off) and the required acknowledgement of the privacy policy and
 * the Žemyna club rules.
 *
 * <p>The password is a {@code char[]}: the builder copies it (so the caller can clear its own
 * array at once), {@link Builder#build()} hands that copy to the registration and forgets it, and
 * {@code register} zeroes it as soon as the request body is built. A registration is therefore
 * used once; build a new one to try again. {@link #toString()} never shows the password.
 *
 * <p>The fields are checked by {@code register}, before anything is sent, against the policies of
 * the portal (names 1..100 characters, a valid email of at most 254 characters, a password of
 * 10..128 characters with a letter and a digit, the acknowledgement given); every problem is
 * reported at once in one {@code ValidationException}, each naming its field.
 *
 * <!-- sample: FirstSteps#register -->
 * <pre>{@code
 * Account account = client.accounts().register(Registration.builder()
 *         .firstName("Ona").lastName("Petraitienė").email(email)
 *         .password(password) // copied; clear your own array when done
 *         .directMarketing(false)
 *         .zemynaClub(true)
 *         .acceptPrivacyPolicyAndRules(true)
 *         .build());
 * out.printf("Registered %s (account %s), Žemyna club: %s%n",
 *         account.email(), account.accountId(), account.consents().zemynaClub());
 * }</pre>
 */
public final class Registration {

    static {
        RegistrationAccess.install(registration -> registration.takePassword());
    }

    private final String firstName;
    private final String lastName;
    private final String email;
    private final boolean directMarketing;
    private final boolean zemynaClub;
    private final boolean privacyPolicyAndRulesAccepted;
    private char[] password;
    private boolean passwordTaken;

    private Registration(Builder b, char[] password) {
        this.firstName = b.firstName;
        this.lastName = b.lastName;
        this.email = b.email;
        this.directMarketing = b.directMarketing;
        this.zemynaClub = b.zemynaClub;
        this.privacyPolicyAndRulesAccepted = b.acceptPrivacyPolicyAndRules;
        this.password = password;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first name as given (it is trimmed when sent). */
    public String firstName() {
        return firstName;
    }

    /** The last name as given (it is trimmed when sent). */
    public String lastName() {
        return lastName;
    }

    /** The email as given. */
    public String email() {
        return email;
    }

    /** Whether the person agrees to direct marketing by email. */
    public boolean directMarketing() {
        return directMarketing;
    }

    /** Whether the person joins the Žemyna farmers' club. */
    public boolean zemynaClub() {
        return zemynaClub;
    }

    /** Whether the person read and accepted the privacy policy and the Žemyna club rules. */
    public boolean privacyPolicyAndRulesAccepted() {
        return privacyPolicyAndRulesAccepted;
    }

    /** Whether the password is still held, i.e. the registration has not been used yet. */
    public synchronized boolean hasPassword() {
        return !passwordTaken;
    }

    private synchronized char[] takePassword() {
        if (passwordTaken) {
            throw new IllegalStateException("this registration was already used and its password cleared;"
                    + " build a new one");
        }
        passwordTaken = true;
        char[] taken = password;
        password = null;
        return taken;
    }

    /** Shows the fields but never the password. */
    @Override
    public String toString() {
        return "Registration[firstName=" + firstName + ", lastName=" + lastName + ", email=" + email
                + ", password=" + (passwordTaken ? "(cleared)" : "***") + ", directMarketing=" + directMarketing
                + ", zemynaClub=" + zemynaClub + ", privacyPolicyAndRules=" + privacyPolicyAndRulesAccepted + "]";
    }

    /**
     * Builds a {@link Registration}. Values are checked when the registration is submitted, so that
     * every problem is reported at once, with messages in the client's language.
     */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String email;
        private char[] password;
        private boolean directMarketing;
        private boolean zemynaClub;
        private boolean acceptPrivacyPolicyAndRules;

        private Builder() {
        }

        /** First name (required, 1..100 characters after trimming). */
        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        /** Last name (required, 1..100 characters after trimming). */
        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        /** Email (required, {@code local@domain.tld}, at most 254 characters). */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Password (required, 10..128 characters with at least one letter and one digit). The
         * array is copied; the caller may clear its own at once.
         */
        public Builder password(char[] password) {
            clearPassword();
            this.password = password == null ? null : password.clone();
            return this;
        }

        /** Consent to direct marketing by email; off unless set. */
        public Builder directMarketing(boolean directMarketing) {
            this.directMarketing = directMarketing;
            return this;
        }

        /** Joining the Žemyna farmers' club; off unless set. */
        public Builder zemynaClub(boolean zemynaClub) {
            this.zemynaClub = zemynaClub;
            return this;
        }

        /** The required acknowledgement: read and accepted the privacy policy and club rules. */
        public Builder acceptPrivacyPolicyAndRules(boolean accept) {
            this.acceptPrivacyPolicyAndRules = accept;
            return this;
        }

        /**
         * Builds the registration. The builder's copy of the password moves into it, so a second
         * {@code build()} needs {@link #password(char[])} again.
         */
        public Registration build() {
            char[] moved = password;
            password = null;
            return new Registration(this, moved);
        }

        private void clearPassword() {
            if (password != null) {
                Arrays.fill(password, '\0');
                password = null;
            }
        }

        @Override
        public String toString() {
            return "Registration.Builder[email=" + email + ", password=" + (password == null ? "unset" : "***") + "]";
        }
    }
}
