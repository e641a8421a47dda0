/**
 * The Savitarna SDK: a Java client of the Agrokoncernas group's customer self-service portal.
 *
 * <p>Start with {@link lt.savitarna.sdk.SavitarnaClient}: register with
 * {@code client.accounts().register(...)}, log in with {@code client.login(...)} to get a
 * {@link lt.savitarna.sdk.Session}, pick a {@link lt.savitarna.sdk.Workspace} (group company ×
 * represented party) to work in. Lists are lazy {@link lt.savitarna.sdk.PagedIterable}s; every
 * failure is a {@link lt.savitarna.sdk.error.SavitarnaException}.
 *
 * <!-- sample: WorkspaceTour#client-session-workspace -->
 * <pre>{@code
 * try (SavitarnaClient client = SavitarnaClient.builder()
 *              .baseUri(URI.create("https://savitarna.agrokoncernas.lt"))
 *              .locale(Locale.forLanguageTag("lt"))
 *              .build();
 *      Session session = client.login(email, password)) {
 *     if (session.state() == SessionState.IDENTITY_UNCONFIRMED) {
 *         throw new IllegalStateException("confirm the identity with Smart-ID or Mobile-ID first");
 *     }
 *     for (Representation representation : session.representations()) {
 *         Workspace workspace = session.workspace(representation);
 *         out.println("Workspace " + workspace.companyId() + " × " + workspace.partyId());
 *     }
 *     // ...work in the workspaces
 * }
 * }</pre>
 */
package lt.savitarna.sdk;
