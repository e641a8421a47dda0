package lt.savitarna.sdk.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A newly registered account.
 *
 * <pre>{@code
 * Account account = client.accounts().register(registration);
 * System.out.println(account.accountId() + " created " + account.createdAt());
 * }</pre>
 *
 * @param accountId         the opaque account id
 * @param email             the account's email
 * @param createdAt         when the account was created
 * @param identityConfirmed whether the identity is confirmed by e-signature (false right after
 *                          registration)
 * @param consents          the recorded consents
 */
public record Account(String accountId, String email, Instant createdAt, boolean identityConfirmed,
                      Consents consents) {

    /** Requires the id. */
    public Account {
        Objects.requireNonNull(accountId, "accountId");
    }
}
