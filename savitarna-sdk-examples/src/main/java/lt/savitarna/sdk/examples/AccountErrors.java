package lt.savitarna.sdk.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.UUID;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.account.Account;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.error.ConsentRequiredException;
import lt.savitarna.sdk.error.EmailAlreadyRegisteredException;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.error.InvalidCredentialsException;
import lt.savitarna.sdk.error.PasswordPolicyException;
import lt.savitarna.sdk.error.SessionExpiredException;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * What to tell a person when registering or logging in fails: an email that already has an
 * account, a weak password, a missing consent, an invalid field, a wrong password, and a session
 * that the portal ended. Every failure is an exception of its own with a message in the client's
 * language (Lithuanian here) that says what to do.
 *
 * <p>It starts an embedded sandbox, whose fault injection ends the session the way a portal does
 * after a long idle time.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.AccountErrors
 * }</pre>
 */
public final class AccountErrors {

    private AccountErrors() {
    }

    public static void main(String[] args) {
        try (ExamplePortal portal = ExamplePortal.fromArguments(new String[0])) {
            run(portal);
        }
    }

    /** The whole program; needs the sandbox for the last step. */
    static void run(ExamplePortal portal) {
        PrintStream out = portal.out();
        SandboxServer sandbox = portal.sandbox().orElseThrow();
        try (SavitarnaClient client = portal.client("account-errors-example")) {
            String email = "petras." + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
            String password = "Petras-slaptazodis-2026";

            out.println("1. Registering an email that already has an account (a Žemyna club member's):");
            register(client, registration(DemoData.ONA_EMAIL, password, true), out);
            out.println("2. Registering with a weak password:");
            register(client, registration(email, "petras", true), out);
            out.println("3. Registering without accepting the privacy policy and the rules:");
            register(client, registration(email, password, false), out);
            out.println("4. Registering with a mistyped email:");
            register(client, registration("petras(at)example.lt", password, true), out);
            out.println("5. Registering properly:");
            register(client, registration(email, password, true), out);

            out.println("6. Logging in with a wrong password:");
            logIn(client, email, "Petras-slaptazodis-2025".toCharArray(), out);

            out.println("7. The portal ends the session while it is in use:");
            char[] secret = password.toCharArray();
            try (Session session = client.login(email, secret)) {
                // The access token is refused as expired, and then the refresh token as unknown.
                sandbox.faults().add(SandboxFault.on("GET", "/api/v1/me").status(401, "TOKEN_EXPIRED"));
                sandbox.faults().add(SandboxFault.on("POST", "/api/v1/auth/refresh").status(401, "INVALID_REFRESH_TOKEN"));
                showProfile(client, session, email, secret, out);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }
    }

    private static Registration registration(String email, String password, boolean acceptRules) {
        char[] secret = password.toCharArray();
        try {
            return Registration.builder().firstName("Petras").lastName("Petraitis").email(email)
                    .password(secret).acceptPrivacyPolicyAndRules(acceptRules).build();
        } finally {
            Arrays.fill(secret, '\0'); // the registration keeps its own copy
        }
    }

    private static void register(SavitarnaClient client, Registration registration, PrintStream out) {
        // @start region=registration-errors
        try {
            Account account = client.accounts().register(registration);
            out.println("Registered " + account.email());
        } catch (EmailAlreadyRegisteredException e) {
            out.println(e.getLocalizedMessage()); // suggests logging in, e.g. with the Žemyna club credentials
        } catch (PasswordPolicyException | ConsentRequiredException e) {
            out.println(e.getLocalizedMessage()); // the portal's own check, when its rules are stricter than the SDK's
        } catch (ValidationException e) {
            // Checked before sending: all problems at once, e.g. a weak password or a missing consent.
            for (FieldError error : e.fieldErrors()) {
                out.println(error.field() + ": " + error.message());
            }
        }
        // @end
    }

    private static void logIn(SavitarnaClient client, String email, char[] password, PrintStream out) {
        // @start region=wrong-password
        try (Session session = client.login(email, password)) {
            out.println("Logged in; session " + session.state());
        } catch (InvalidCredentialsException e) {
            out.println(e.getLocalizedMessage()); // the same for an unknown email: it reveals no accounts
        } finally {
            Arrays.fill(password, '\0');
        }
        // @end
    }

    private static void showProfile(SavitarnaClient client, Session session, String email, char[] password,
                                    PrintStream out) {
        // @start region=session-expired
        try {
            out.println("Logged in as " + session.me().email());
        } catch (SessionExpiredException e) {
            out.println(e.getLocalizedMessage()); // the session is over for good: log in again
            try (Session again = client.login(email, password)) {
                out.println("Logged in again as " + again.me().email());
            }
        }
        // @end
    }
}
