package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Help requests, their messages and uploaded files. */
public final class HelpRecords {

    public static final String OPEN = "OPEN";
    public static final String ANSWERED = "ANSWERED";
    public static final String CLOSED = "CLOSED";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String STAFF = "STAFF";
    public static final String RECEIVED = "RECEIVED";

    private HelpRecords() {
    }

    /** A question ("Tema" + "Klausimas") with the conversation that followed. */
    public record Request(String id, String topic, String question, String state, Instant createdAt, Instant updatedAt,
                         List<Message> messages, List<String> attachmentIds, String idempotencyKey) {

        public Request {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(state, "state");
            messages = List.copyOf(messages);
            attachmentIds = List.copyOf(attachmentIds);
        }

        public Request with(String newState, Instant at, List<Message> newMessages, List<String> newAttachments) {
            return new Request(id, topic, question, newState, createdAt, at, newMessages, newAttachments,
                    idempotencyKey);
        }
    }

    /** One message of a conversation. */
    public record Message(String id, String author, String text, Instant createdAt) {
        public Message {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /**
     * An uploaded file: only what was measured while it streamed in, never its bytes.
     *
     * @param requestId the help request it is attached to, or {@code null}
     */
    public record Upload(String id, String fileName, String mediaType, long size, String sha256, String description,
                         String requestId, String state, String idempotencyKey, Instant createdAt) {
        public Upload {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }
}
