package lt.savitarna.sdk.examples;

import java.io.PrintStream;
import java.util.UUID;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.account.Account;
import lt.savitarna.sdk.account.Party;
import lt.savitarna.sdk.account.PartyKind;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxIdentity;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * First steps: register an account with the portal's consents, log in, print the session state
 * and the representations (group company × represented party) the person may act in.
 *
 * <p>Without arguments it starts an embedded sandbox. With {@code --portal https://...} (or the
 * environment variable {@code SAVITARNA_BASE_URL}) it talks to that portal instead; the sandbox-only
 * step (confirming the new person's identity through a test hook) is then skipped.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify          # from the repository root
 * }</pre>
 */
public final class FirstSteps {

    private FirstSteps() {
    }

    public static void main(String[] args) {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            run(portal);
        }
    }

    /** The whole program; the sandbox-only steps are skipped against a real portal. */
    static void run(ExamplePortal portal) {
        PrintStream out = portal.out();
        SandboxServer sandbox = portal.sandbox().orElse(null);
        try (SavitarnaClient client = portal.client("first-steps-example")) {

            // 1. Register: the privacy-policy-and-rules acknowledgement is required; the two consents are optional.
            String email = "ona." + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
            char[] password = "Ona-slaptazodis-2026".toCharArray();
            // @start region=register
            Account account = client.accounts().register(Registration.builder()
                    .firstName("Ona").lastName("Petraitienė").email(email)
                    .password(password) // copied; clear your own array when done
                    .directMarketing(false)
                    .zemynaClub(true)
                    .acceptPrivacyPolicyAndRules(true)
                    .build());
            out.printf("Registered %s (account %s), Žemyna club: %s%n",
                    account.email(), account.accountId(), account.consents().zemynaClub());
            // @end

            // 2. Log in with the email and password (Žemyna club members use their club credentials).
            try (Session session = client.login(email, password)) {
                java.util.Arrays.fill(password, '\0');
                out.println("Session state: " + session.state());

                // 3. Before identity is confirmed by e-signature, the portal shows nothing of the person's parties.
                // @start region=identity-not-confirmed
                try {
                    printRepresentations(session, out);
                } catch (IdentityNotConfirmedException notYet) {
                    // The message tells the person to confirm the identity with Smart-ID or Mobile-ID.
                    out.println("Representations: " + notYet.getLocalizedMessage());
                }
                // @end

                if (sandbox != null) {
                    // The sandbox's test hook stands in for a Smart-ID confirmation here.
                    sandbox.confirmIdentity(email, SandboxIdentity.smartId("48001010005", "ONA", "PETRAITIENĖ"));
                    out.println("Identity confirmed (sandbox hook); session state: " + session.refreshState());
                    printRepresentations(session, out);
                }
            }

            if (sandbox != null) {
                // 4. The demo customer acts for himself and for two farm companies.
                char[] demoPassword = DemoData.JONAS_PASSWORD.toCharArray();
                try (Session jonas = client.login(DemoData.JONAS_EMAIL, demoPassword)) {
                    out.println();
                    out.println("Demo customer " + jonas.me().firstName() + " " + jonas.me().lastName()
                            + ", session state: " + jonas.state());
                    printRepresentations(jonas, out);
                } finally {
                    java.util.Arrays.fill(demoPassword, '\0');
                }
            }
        }
    }

    private static void printRepresentations(Session session, PrintStream out) {
        out.println("Representations (company × party):");
        // @start region=representations
        for (Representation representation : session.representations()) {
            Party party = representation.party();
            // A company is shown with its company code; a person (the user themself) by name only.
            String label = PartyKind.COMPANY.equals(party.kind()) ? party.name() + " (" + party.code() + ")" : party.name();
            out.println("  " + representation.company().name() + " × " + label);
        }
        // @end
    }
}
