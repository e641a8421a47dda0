package lt.savitarna.sdk.help;

import java.util.Map;
import java.util.Objects;

/**
 * Where an uploaded file stands. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <pre>{@code
 * if (UploadState.REJECTED.equals(upload.state())) { ... }
 * }</pre>
 */
public final class UploadState {

    /** Received, not reviewed yet. */
    public static final UploadState RECEIVED = new UploadState("RECEIVED");
    /** Reviewed by the agronomist-consultant. */
    public static final UploadState REVIEWED = new UploadState("REVIEWED");
    /** Rejected. */
    public static final UploadState REJECTED = new UploadState("REJECTED");

    private static final Map<String, UploadState> KNOWN = Map.of(
            RECEIVED.value, RECEIVED,
            REVIEWED.value, REVIEWED,
            REJECTED.value, REJECTED);

    private final String value;

    private UploadState(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static UploadState of(String value) {
        Objects.requireNonNull(value, "value");
        UploadState known = KNOWN.get(value);
        return known != null ? known : new UploadState(value);
    }

    /** The wire value, e.g. {@code RECEIVED}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UploadState other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
