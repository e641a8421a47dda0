package lt.savitarna.sdk.help;

import java.time.Instant;
import java.util.Objects;

/**
 * A message in a help request: a reply from the company's staff or a follow-up from the customer.
 *
 * <pre>{@code
 * for (HelpMessage m : ws.help().request(id).messages()) {
 *     System.out.println(m.author() + ": " + m.text());
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
