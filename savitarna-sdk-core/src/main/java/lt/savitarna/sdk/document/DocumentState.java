package lt.savitarna.sdk.document;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * Where a document stands. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <!-- sample: ContractSigningQueue#awaiting-signature -->
 * <pre>{@code
 * List<Document> queue = documents.list(DocumentQuery.builder()
 *                 .types(DocumentType.CONTRACT, DocumentType.CONTRACT_ANNEX)
 *                 .states(DocumentState.AWAITING_SIGNATURE).build())
 *         .stream()
 *         // a contract before its annexes, as a person would read them
 *         .sorted((a, b) -> Boolean.compare(DocumentType.CONTRACT_ANNEX.equals(a.type()),
 *                 DocumentType.CONTRACT_ANNEX.equals(b.type())))
 *         .toList();
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
