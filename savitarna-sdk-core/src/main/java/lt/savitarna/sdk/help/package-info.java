/**
 * Help ("Pagalba") of a workspace: {@link lt.savitarna.sdk.help.Help} asks questions
 * ({@link lt.savitarna.sdk.help.HelpQuestion}), follows {@link lt.savitarna.sdk.help.HelpRequest}s
 * and their {@link lt.savitarna.sdk.help.HelpMessage}s, streams {@link lt.savitarna.sdk.help.Upload}s
 * for the agronomist-consultant and reads the {@link lt.savitarna.sdk.help.Contacts}.
 *
 * <pre>{@code
 * HelpRequest r = session.workspace(representation).help()
 *         .ask(HelpQuestion.of("Sutartis", "Kada bus paruoštas priedas?"));
 * }</pre>
 */
package lt.savitarna.sdk.help;
