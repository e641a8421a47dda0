package lt.savitarna.sdk.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A newly registered account.
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
