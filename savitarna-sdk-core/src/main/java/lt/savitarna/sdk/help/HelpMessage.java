package lt.savitarna.sdk.help;

import java.time.Instant;
import java.util.Objects;

/**
 * A message in a help request: a reply from the company's staff or a follow-up from the customer.
 *
 * <!-- sample: HelpDeskReplies#read-answers -->
 * <pre>{@code
 * Help help = workspace.help();
 * for (HelpRequest request : help.requests(HelpRequestState.ANSWERED)) {
 *     out.printf("\"%s\": %s%n", request.topic(), request.question());
 *     for (HelpMessage message : request.messages()) {
 *         if (MessageAuthor.STAFF.equals(message.author())) {
 *             out.println("  company: " + message.text());
 *         }
 *     }
 *     help.reply(request.id(), "Ačiū, viskas aišku."); // reopens the request for the staff
 *     answered++;
 * }
 * }</pre>
 *
 * @param id        the opaque id
 * @param author    who wrote it (forward compatible)
 * @param text      the text
 * @param createdAt when it was written
 */
public record HelpMessage(String id, MessageAuthor author, String text, Instant createdAt) {

    /** Requires the id and the author. */
    public HelpMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
    }
}
