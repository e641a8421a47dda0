package lt.savitarna.sdk.document;

import java.util.Map;
import java.util.Objects;

/**
 * Where a document stands. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <pre>{@code
 * if (DocumentState.AWAITING_SIGNATURE.equals(document.state())) { ... }
 * DocumentQuery q = DocumentQuery.builder().states(DocumentState.AWAITING_SIGNATURE).build();
 * }</pre>
 */
public final class DocumentState {

    /** Waiting for the customer's signature. */
    public static final DocumentState AWAITING_SIGNATURE = new DocumentState("AWAITING_SIGNATURE");
    /** Signed. */
    public static final DocumentState SIGNED = new DocumentState("SIGNED");
    /** Issued (invoices, receipts). */
    public static final DocumentState ISSUED = new DocumentState("ISSUED");
    /** Paid. */
    public static final DocumentState PAID = new DocumentState("PAID");
    /** Cancelled. */
    public static final DocumentState CANCELLED = new DocumentState("CANCELLED");

    private static final Map<String, DocumentState> KNOWN = Map.of(
            AWAITING_SIGNATURE.value, AWAITING_SIGNATURE,
            SIGNED.value, SIGNED,
            ISSUED.value, ISSUED,
            PAID.value, PAID,
            CANCELLED.value, CANCELLED);

    private final String value;

    private DocumentState(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static DocumentState of(String value) {
        Objects.requireNonNull(value, "value");
        DocumentState known = KNOWN.get(value);
        return known != null ? known : new DocumentState(value);
    }

    /** The wire value, e.g. {@code AWAITING_SIGNATURE}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentState other && other.value.equals(value);
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
