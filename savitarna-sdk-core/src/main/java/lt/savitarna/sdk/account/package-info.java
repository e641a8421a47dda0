/**
 * Accounts and what a session shows of them: {@link lt.savitarna.sdk.account.Registration} and
 * {@link lt.savitarna.sdk.account.Accounts} to register; the records
 * {@link lt.savitarna.sdk.account.Account}, {@link lt.savitarna.sdk.account.Profile},
 * {@link lt.savitarna.sdk.account.Identity}, {@link lt.savitarna.sdk.account.Consents},
 * {@link lt.savitarna.sdk.account.GroupCompany} and {@link lt.savitarna.sdk.account.Representation}
 * that a session returns; {@link lt.savitarna.sdk.account.ConsentChange} to change consents.
 *
 * <pre>{@code
 * Account account = client.accounts().register(Registration.builder()
 *         .firstName("Ona").lastName("Petraitienė").email("ona@example.lt")
 *         .password(password).acceptPrivacyPolicyAndRules(true).build());
 * try (Session session = client.login("ona@example.lt", password)) {
 *     Profile me = session.me();
 * }
 * }</pre>
 */
package lt.savitarna.sdk.account;
