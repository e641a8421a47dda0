package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;

/**
 * Confirms a new account's identity with Smart-ID, then logs the same person in with Smart-ID
 * instead of a password.
 *
 * <p>It runs against the embedded sandbox and Smart-ID simulator: the person is SK's Smart-ID
 * demo person {@code 30303039914}, who answers OK. With a real portal, build the provider with
 * {@code SmartIdConfig.demo(uuid, name)} (SK's demo service) or {@code SmartIdConfig.live(...)}
 * with your relying-party credentials, pins and trust anchors, and pass the person's own code.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.ConfirmIdentityWithSmartId
 * }</pre>
 */
public final class ConfirmIdentityWithSmartId {

    /** SK's Smart-ID demo person who answers OK. */
    static final String DEMO_PERSONAL_CODE = "30303039914";

    private ConfirmIdentityWithSmartId() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // No demo accounts: the Smart-ID demo person is then free to confirm the new account.
        try (EmbeddedServices services = new EmbeddedServices(false)) {
            run(services.sandbox.baseUri(), services.smartId(), out);
        }
    }

    static void run(URI portal, SignatureProvider smartId, PrintStream out) {
        try (SavitarnaClient client = SavitarnaClient.builder().baseUri(portal)
                .locale(Locale.forLanguageTag("lt")).build()) {
            String email = "jonas." + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
            char[] password = "Jonas-slaptazodis-2026".toCharArray();
            client.accounts().register(Registration.builder().firstName("Jonas").lastName("Jonaitis")
                    .email(email).password(password).acceptPrivacyPolicyAndRules(true).build());
            SignerIdentity person = SignerIdentity.of(PersonalCode.parse(DEMO_PERSONAL_CODE));

            try (Session session = client.login(email, password)) {
                java.util.Arrays.fill(password, '\0');
                out.println("Logged in with a password; session state: " + session.state());
                out.println("Confirming identity with Smart-ID...");
                Profile profile = session.confirmIdentity(smartId, person, EmbeddedServices.printingCodes(out));
                out.println("Identity confirmed: " + profile.identity().givenName() + " "
                        + profile.identity().surname() + " (" + profile.identity().personalCodeMasked()
                        + "); session state: " + session.state());
            }

            out.println("Logging in with Smart-ID instead of a password...");
            try (Session session = client.login(smartId, person, EmbeddedServices.printingCodes(out))) {
                out.println("Logged in with Smart-ID; session state: " + session.state());
                for (Representation r : session.representations()) {
                    out.println("  " + r.company().name() + " × " + r.party().name());
                }
            }
        }
    }
}
