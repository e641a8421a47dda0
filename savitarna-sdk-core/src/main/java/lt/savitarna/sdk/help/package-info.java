/**
 * Help ("Pagalba") of a workspace: {@link lt.savitarna.sdk.help.Help} asks questions
 * ({@link lt.savitarna.sdk.help.HelpQuestion}), follows {@link lt.savitarna.sdk.help.HelpRequest}s
 * and their {@link lt.savitarna.sdk.help.HelpMessage}s, streams {@link lt.savitarna.sdk.help.Upload}s
 * for the agronomist-consultant and reads the {@link lt.savitarna.sdk.help.Contacts}.
 *
 * <!-- sample: HelpDeskUpload#ask -->
 * <pre>{@code
 * Help help = workspace.help();
 * HelpRequest request = help.ask(HelpQuestion.builder()
 *         .topic("Trūkstami dokumentai")
 *         .question("Siunčiu žemės nuomos sutarties kopiją, kurios prašė agronomas-konsultantas.")
 *         .build());
 * out.printf("Help request %s: \"%s\" (%s)%n", request.id(), request.topic(), request.state());
 * }</pre>
 */
package lt.savitarna.sdk.help;
