package lt.savitarna.sdk.account;

import java.time.Instant;
import java.util.Objects;

/**
 * The logged-in person's account ({@code GET /me}).
 *
 * <!-- sample: AccountOverview#profile -->
 * <pre>{@code
 * Profile me = session.me();
 * out.println(me.firstName() + " " + me.lastName() + " <" + me.email() + ">, account " + me.accountId()
 *         + ", Žemyna club member: " + me.zemynaMember());
 * }</pre>
 *
 * @param accountId    the opaque account id
 * @param firstName    first name
 * @param lastName     last name
 * @param email        email address
 * @param createdAt    when the account was created
 * @param identity     the e-signature identity, never {@code null}
 * @param consents     the recorded consents
 * @param zemynaMember whether the person is a member of the Žemyna club
 */
public record Profile(String accountId, String firstName, String lastName, String email, Instant createdAt,
                      Identity identity, Consents consents, boolean zemynaMember) {

    /** Requires the id and an identity. */
    public Profile {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(identity, "identity");
    }
}
