package lt.savitarna.sdk.help;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A help request ("Pagalba") with its messages, oldest first, and its attachments.
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
 * @param id          the opaque id (not to be confused with an {@code X-Request-Id})
 * @param topic       the topic (Tema)
 * @param question    the question (Klausimas)
 * @param state       where it stands (forward compatible)
 * @param createdAt   when it was asked
 * @param updatedAt   when it last changed, or {@code null}
 * @param messages    replies and follow-ups, oldest first
 * @param attachments files attached to it
 */
public record HelpRequest(String id, String topic, String question, HelpRequestState state, Instant createdAt,
                          Instant updatedAt, List<HelpMessage> messages, List<UploadedFile> attachments) {

    /** Requires the id and the state; copies the lists. */
    public HelpRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        messages = messages == null ? List.of() : List.copyOf(messages);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
