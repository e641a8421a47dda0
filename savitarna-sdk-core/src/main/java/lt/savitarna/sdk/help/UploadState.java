package lt.savitarna.sdk.help;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * Where an uploaded file stands. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <!-- sample: HelpDeskReplies#list-uploads -->
 * <pre>{@code
 * for (UploadedFile file : help.uploads()) {
 *     String advice = UploadState.REJECTED.equals(file.state()) ? " (send it again)" : "";
 *     out.printf("  %s, %,d B: %s%s%n", file.fileName(), file.size(), file.state(), advice);
 * }
 * }</pre>
 */
public final class UploadState extends OpenValue {

    /** Received, not reviewed yet. */
    public static final UploadState RECEIVED = new UploadState("RECEIVED");
    /** Reviewed by the agronomist-consultant. */
    public static final UploadState REVIEWED = new UploadState("REVIEWED");
    /** Rejected. */
    public static final UploadState REJECTED = new UploadState("REJECTED");

    private static final Map<String, UploadState> KNOWN = index(RECEIVED, REVIEWED, REJECTED);

    private UploadState(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static UploadState of(String value) {
        return lookup(KNOWN, value, UploadState::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
