package lt.savitarna.sdk.document;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

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
public final class DocumentState extends OpenValue {

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

    private static final Map<String, DocumentState> KNOWN = index(AWAITING_SIGNATURE, SIGNED, ISSUED, PAID, CANCELLED);

    private DocumentState(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static DocumentState of(String value) {
        return lookup(KNOWN, value, DocumentState::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
