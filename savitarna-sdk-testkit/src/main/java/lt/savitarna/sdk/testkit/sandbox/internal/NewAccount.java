package lt.savitarna.sdk.testkit.sandbox.internal;

/**
 * A validated registration. {@code id} is {@code null} for a generated one (demo accounts use
 * fixed ids). {@link #toString()} never shows the password.
 */
public record NewAccount(String id, String firstName, String lastName, String email, String password,
                         boolean directMarketing, boolean zemynaClub) {

    @Override
    public String toString() {
        return "NewAccount[" + email + "]";
    }
}
