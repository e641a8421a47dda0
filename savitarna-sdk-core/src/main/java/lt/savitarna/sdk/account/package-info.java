/**
 * Accounts and what a session shows of them: {@link lt.savitarna.sdk.account.Registration} and
 * {@link lt.savitarna.sdk.account.Accounts} to register; the records
 * {@link lt.savitarna.sdk.account.Account}, {@link lt.savitarna.sdk.account.Profile},
 * {@link lt.savitarna.sdk.account.Identity}, {@link lt.savitarna.sdk.account.Consents},
 * {@link lt.savitarna.sdk.account.GroupCompany} and {@link lt.savitarna.sdk.account.Representation}
 * that a session returns; {@link lt.savitarna.sdk.account.ConsentChange} to change consents.
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
package lt.savitarna.sdk.account;
