package lt.savitarna.sdk.internal.account;

import lt.savitarna.sdk.account.Registration;

/**
 * Lets the SDK's implementation take the password out of a {@link Registration} without giving
 * the public type an accessor for it. {@code Registration} installs the one implementation when
 * its class is initialised, which has happened by the time anyone holds an instance.
 */
public interface RegistrationAccess {

    /**
     * Takes the registration's password: the caller owns the returned array and zeroes it; the
     * registration no longer has a password afterwards.
     *
     * @throws IllegalStateException when the password was already taken (the registration was used)
     */
    char[] takePassword(Registration registration);

    /** The installed implementation. */
    static RegistrationAccess get() {
        return Holder.access;
    }

    /** Called once by {@code Registration}. */
    static void install(RegistrationAccess access) {
        if (Holder.access != null) {
            throw new IllegalStateException("already installed");
        }
        Holder.access = access;
    }

    /** Where the implementation is kept. */
    final class Holder {
        private static volatile RegistrationAccess access;

        private Holder() {
        }
    }
}
