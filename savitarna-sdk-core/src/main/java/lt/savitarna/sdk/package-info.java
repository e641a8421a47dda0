/**
 * The Savitarna SDK: a Java client of the Agrokoncernas group's customer self-service portal.
 *
 * <p>Start with {@link lt.savitarna.sdk.SavitarnaClient}: register with
 * {@code client.accounts().register(...)}, log in with {@code client.login(...)} to get a
 * {@link lt.savitarna.sdk.Session}, pick a {@link lt.savitarna.sdk.Workspace} (group company ×
 * represented party) to work in. Lists are lazy {@link lt.savitarna.sdk.PagedIterable}s; every
 * failure is a {@link lt.savitarna.sdk.error.SavitarnaException}.
 *
 * <pre>{@code
 * try (SavitarnaClient client = SavitarnaClient.builder()
 *              .baseUri(URI.create("https://savitarna.agrokoncernas.lt")).build();
 *      Session session = client.login("ona@example.lt", password)) {
 *     if (session.state() == SessionState.IDENTITY_UNCONFIRMED) {
 *         // confirm the identity with Smart-ID or Mobile-ID first
 *     }
 *     for (Representation r : session.representations()) {
 *         Workspace ws = session.workspace(r);
 *     }
 * }
 * }</pre>
 */
package lt.savitarna.sdk;
