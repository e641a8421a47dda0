package lt.savitarna.sdk.document;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * What happened to a document, as the change feed says. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <!-- sample: DocumentChangeFeed#apply-change -->
 * <pre>{@code
 * // delivery is at least once: storing or removing a document again does no harm
 * if (DocumentChangeType.DELETED.equals(change.change())) {
 *     remove(change.documentId());
 * } else {
 *     store(change.document());
 * }
 * }</pre>
 */
public final class DocumentChangeType extends OpenValue {

    /** The document appeared. */
    public static final DocumentChangeType CREATED = new DocumentChangeType("CREATED");
    /** Its metadata or file changed. */
    public static final DocumentChangeType UPDATED = new DocumentChangeType("UPDATED");
    /** It was removed; the change carries no metadata. */
    public static final DocumentChangeType DELETED = new DocumentChangeType("DELETED");

    private static final Map<String, DocumentChangeType> KNOWN = index(CREATED, UPDATED, DELETED);

    private DocumentChangeType(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static DocumentChangeType of(String value) {
        return lookup(KNOWN, value, DocumentChangeType::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
