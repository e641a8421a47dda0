package lt.savitarna.sdk.internal.workspace;

import java.util.Set;

/** The limits of the wire contract for documents, loyalty and help that the client checks before sending. */
public final class WorkspacePolicies {

    /** Page size: at least this. */
    public static final int PAGE_MIN = 1;
    /** Page size: at most this. */
    public static final int PAGE_MAX = 200;
    /** Page size when the caller sets none. */
    public static final int PAGE_DEFAULT = 50;
    /** Values of one repeatable filter ({@code type}, {@code state}): at most this many. */
    public static final int FILTER_VALUES_MAX = 20;
    /** A help topic: at most this many characters. */
    public static final int TOPIC_MAX = 200;
    /** A help question or message: at most this many characters. */
    public static final int TEXT_MAX = 5000;
    /** An upload's description: at most this many characters. */
    public static final int DESCRIPTION_MAX = 1000;
    /** The reason of an order cancellation: at most this many characters. */
    public static final int REASON_MAX = 500;
    /** An upload: at most this many bytes (25 MiB). */
    public static final long UPLOAD_MAX_BYTES = 26_214_400L;
    /** The media types an upload may have. */
    public static final Set<String> UPLOAD_MEDIA_TYPES = Set.of(
            "application/pdf", "image/jpeg", "image/png", "image/heic",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private WorkspacePolicies() {
    }

    /** The length limit of a field, for messages; 0 when the field has none. */
    public static int maxLength(String field) {
        switch (field) {
            case "topic":
                return TOPIC_MAX;
            case "question":
            case "text":
                return TEXT_MAX;
            case "description":
                return DESCRIPTION_MAX;
            case "reason":
                return REASON_MAX;
            default:
                return 0;
        }
    }
}
