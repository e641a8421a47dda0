package lt.savitarna.sdk.help;

import java.util.Objects;

/**
 * One way to reach the group, e.g. the head office's phone.
 *
 * <pre>{@code
 * for (ContactEntry e : ws.help().contacts().entries()) {
 *     System.out.println(e.label() + ": " + e.value());
 * }
 * }</pre>
 *
 * @param kind  the kind (forward compatible)
 * @param label what it is, e.g. "Centrinė būstinė", or {@code null}
 * @param value the phone number, address, ...
 */
public record ContactEntry(ContactKind kind, String label, String value) {

    /** Requires the kind and the value. */
    public ContactEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
