package lt.savitarna.sdk.internal.help;

import static lt.savitarna.sdk.internal.json.JsonFields.instant;
import static lt.savitarna.sdk.internal.json.JsonFields.list;
import static lt.savitarna.sdk.internal.json.JsonFields.longValue;
import static lt.savitarna.sdk.internal.json.JsonFields.requiredString;
import static lt.savitarna.sdk.internal.json.JsonFields.string;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import lt.savitarna.sdk.help.ContactEntry;
import lt.savitarna.sdk.help.ContactKind;
import lt.savitarna.sdk.help.Contacts;
import lt.savitarna.sdk.help.HelpMessage;
import lt.savitarna.sdk.help.HelpRequest;
import lt.savitarna.sdk.help.HelpRequestState;
import lt.savitarna.sdk.help.MessageAuthor;
import lt.savitarna.sdk.help.UploadState;
import lt.savitarna.sdk.help.UploadedFile;
import lt.savitarna.sdk.internal.json.MalformedJsonException;

/**
 * The help shapes of the wire contract, read into the public records; unknown states, authors and
 * contact kinds survive as forward-compatible values.
 *
 * <pre>{@code
 * HelpRequest r = calls.send(op.build(ResponseReader.json(HelpMapping::request)));
 * }</pre>
 */
public final class HelpMapping {

    private HelpMapping() {
    }

    /** A {@code HelpRequest}. */
    public static HelpRequest request(JsonObject o) {
        return new HelpRequest(requiredString(o, "id"), string(o, "topic"), string(o, "question"),
                HelpRequestState.of(requiredString(o, "state")), instant(o, "createdAt"), instant(o, "updatedAt"),
                list(o, "messages", HelpMapping::message), list(o, "attachments", HelpMapping::upload));
    }

    /** A {@code HelpMessage}. */
    public static HelpMessage message(JsonObject o) {
        return new HelpMessage(requiredString(o, "id"), MessageAuthor.of(requiredString(o, "author")),
                string(o, "text"), instant(o, "createdAt"));
    }

    /** An {@code Upload} (the portal's record of an uploaded file). */
    public static UploadedFile upload(JsonObject o) {
        Long size = longValue(o, "size");
        String sha = string(o, "sha256");
        return new UploadedFile(requiredString(o, "id"), string(o, "fileName"), string(o, "mediaType"),
                size == null ? -1 : size, sha == null ? null : sha.toLowerCase(Locale.ROOT), string(o, "description"),
                string(o, "requestId"), UploadState.of(requiredString(o, "state")), instant(o, "createdAt"));
    }

    /** The {@code Contacts}. */
    public static Contacts contacts(JsonObject o) {
        String url = requiredString(o, "url");
        try {
            return new Contacts(new URI(url), list(o, "entries", e -> new ContactEntry(
                    ContactKind.of(requiredString(e, "kind")), string(e, "label"), requiredString(e, "value"))));
        } catch (URISyntaxException e) {
            throw new MalformedJsonException("contacts url is not a URI", e);
        }
    }
}
