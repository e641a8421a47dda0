package lt.savitarna.sdk.help;

import java.util.Map;
import java.util.Objects;

/**
 * Where a help request stands. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <pre>{@code
 * if (HelpRequestState.ANSWERED.equals(request.state())) { ... }
 * }</pre>
 */
public final class HelpRequestState {

    /** Waiting for an answer. */
    public static final HelpRequestState OPEN = new HelpRequestState("OPEN");
    /** Answered; a reply reopens it. */
    public static final HelpRequestState ANSWERED = new HelpRequestState("ANSWERED");
    /** Closed: takes no more messages or attachments. */
    public static final HelpRequestState CLOSED = new HelpRequestState("CLOSED");

    private static final Map<String, HelpRequestState> KNOWN = Map.of(
            OPEN.value, OPEN,
            ANSWERED.value, ANSWERED,
            CLOSED.value, CLOSED);

    private final String value;

    private HelpRequestState(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static HelpRequestState of(String value) {
        Objects.requireNonNull(value, "value");
        HelpRequestState known = KNOWN.get(value);
        return known != null ? known : new HelpRequestState(value);
    }

    /** The wire value, e.g. {@code OPEN}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HelpRequestState other && other.value.equals(value);
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
