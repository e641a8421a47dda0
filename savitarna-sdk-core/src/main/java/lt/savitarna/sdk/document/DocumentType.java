package lt.savitarna.sdk.document;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * The kind of a document. A forward-compatible value: besides the known constants, any value the portal adds
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
public final class DocumentType extends OpenValue {

    /** A contract (sutartis); may need signing. */
    public static final DocumentType CONTRACT = new DocumentType("CONTRACT");
    /** An annex of a contract (sutarties priedas); {@code Document.contractId()} names the contract. */
    public static final DocumentType CONTRACT_ANNEX = new DocumentType("CONTRACT_ANNEX");
    /** An invoice (sąskaita). */
    public static final DocumentType INVOICE = new DocumentType("INVOICE");
    /** A receipt (kvitas). */
    public static final DocumentType RECEIPT = new DocumentType("RECEIPT");
    /** Any other document (kiti dokumentai). */
    public static final DocumentType OTHER = new DocumentType("OTHER");

    private static final Map<String, DocumentType> KNOWN = index(CONTRACT, CONTRACT_ANNEX, INVOICE, RECEIPT, OTHER);

    private DocumentType(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static DocumentType of(String value) {
        return lookup(KNOWN, value, DocumentType::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
