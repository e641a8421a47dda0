package lt.savitarna.sdk.examples;

import java.io.PrintStream;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.account.ConsentChange;
import lt.savitarna.sdk.account.Consents;
import lt.savitarna.sdk.account.GroupCompany;
import lt.savitarna.sdk.account.Identity;
import lt.savitarna.sdk.account.IdentityMethod;
import lt.savitarna.sdk.account.Profile;

/**
 * A "my account" page: who is logged in, how their identity was confirmed, the group companies of
 * the portal, and the person's consents, one of which it changes and restores.
 *
 * <p>Without arguments it starts an embedded sandbox and logs in as its demo customer. With
 * {@code --portal https://...} (or {@code SAVITARNA_BASE_URL}) it logs in there with
 * {@code SAVITARNA_EMAIL} and {@code SAVITARNA_PASSWORD}.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.AccountOverview
 * }</pre>
 */
public final class AccountOverview {

    private AccountOverview() {
    }

    public static void main(String[] args) {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            run(portal);
        }
    }

    /** The whole program; returns the profile it printed. */
    static Profile run(ExamplePortal portal) {
        PrintStream out = portal.out();
        try (SavitarnaClient client = portal.client("account-overview-example");
             Session session = portal.login(client)) {

            // @start region=profile
            Profile me = session.me();
            out.println(me.firstName() + " " + me.lastName() + " <" + me.email() + ">, account " + me.accountId()
                    + ", Žemyna club member: " + me.zemynaMember());
            // @end

            // @start region=identity
            Identity identity = me.identity();
            if (identity.confirmed()) {
                // IdentityMethod is open: a method added to the portal later arrives as an unknown value.
                String method = IdentityMethod.SMART_ID.equals(identity.method()) ? "Smart-ID"
                        : IdentityMethod.MOBILE_ID.equals(identity.method()) ? "Mobile-ID" : identity.method().value();
                out.println("Identity confirmed with " + method + " on " + identity.confirmedAt() + ": "
                        + identity.givenName() + " " + identity.surname() + " (" + identity.personalCodeMasked() + ")");
            }
            // @end

            // @start region=companies
            for (GroupCompany company : session.companies()) {
                out.println("Group company " + company.name() + ", company code " + company.companyCode());
            }
            // @end

            // @start region=consents
            Consents consents = me.consents();
            out.println("Direct marketing: " + consents.directMarketing() + ", Žemyna club: " + consents.zemynaClub());
            // Only the consents set on the change are changed; the others stay as they are.
            Consents changed = session.updateConsents(ConsentChange.builder()
                    .directMarketing(!consents.directMarketing())
                    .build());
            out.println("Direct marketing now: " + changed.directMarketing());
            // @end

            // Put the person's choice back: this program only shows how a change is made.
            session.updateConsents(ConsentChange.builder().directMarketing(consents.directMarketing()).build());
            return me;
        }
    }
}
