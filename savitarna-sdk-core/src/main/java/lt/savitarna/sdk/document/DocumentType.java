package lt.savitarna.sdk.document;

import java.util.Map;
import java.util.Objects;

/**
 * The kind of a document. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <pre>{@code
 * DocumentType t = document.type();
 * if (DocumentType.INVOICE.equals(t)) { ... }
 * DocumentQuery q = DocumentQuery.builder().types(DocumentType.CONTRACT, DocumentType.CONTRACT_ANNEX).build();
 * }</pre>
 */
public final class DocumentType {

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

    private static final Map<String, DocumentType> KNOWN = Map.of(
            CONTRACT.value, CONTRACT,
            CONTRACT_ANNEX.value, CONTRACT_ANNEX,
            INVOICE.value, INVOICE,
            RECEIPT.value, RECEIPT,
            OTHER.value, OTHER);

    private final String value;

    private DocumentType(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static DocumentType of(String value) {
        Objects.requireNonNull(value, "value");
        DocumentType known = KNOWN.get(value);
        return known != null ? known : new DocumentType(value);
    }

    /** The wire value, e.g. {@code CONTRACT}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentType other && other.value.equals(value);
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
