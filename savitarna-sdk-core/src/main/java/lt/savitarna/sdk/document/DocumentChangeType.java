package lt.savitarna.sdk.document;

import java.util.Map;
import java.util.Objects;

/**
 * What happened to a document, as the change feed says. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <pre>{@code
 * for (DocumentChange c : page.items()) {
 *     if (DocumentChangeType.DELETED.equals(c.change())) { ... }
 * }
 * }</pre>
 */
public final class DocumentChangeType {

    /** The document appeared. */
    public static final DocumentChangeType CREATED = new DocumentChangeType("CREATED");
    /** Its metadata or file changed. */
    public static final DocumentChangeType UPDATED = new DocumentChangeType("UPDATED");
    /** It was removed; the change carries no metadata. */
    public static final DocumentChangeType DELETED = new DocumentChangeType("DELETED");

    private static final Map<String, DocumentChangeType> KNOWN = Map.of(
            CREATED.value, CREATED,
            UPDATED.value, UPDATED,
            DELETED.value, DELETED);

    private final String value;

    private DocumentChangeType(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static DocumentChangeType of(String value) {
        Objects.requireNonNull(value, "value");
        DocumentChangeType known = KNOWN.get(value);
        return known != null ? known : new DocumentChangeType(value);
    }

    /** The wire value, e.g. {@code CREATED}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentChangeType other && other.value.equals(value);
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
