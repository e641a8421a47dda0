package lt.savitarna.sdk.help;

import java.util.Objects;

/**
 * One way to reach the group, e.g. the head office's phone.
 *
 * <!-- sample: HelpDeskUpload#contacts -->
 * <pre>{@code
 * Contacts contacts = help.contacts();
 * out.println("Our contacts: " + contacts.url());
 * for (ContactEntry entry : contacts.entries()) {
 *     if (ContactKind.PHONE.equals(entry.kind())) {
 *         out.printf("  %s: tel:%s%n", entry.label(), entry.value().replace(" ", "")); // a phone can dial it
 *     } else {
 *         out.printf("  %s: %s%n", entry.label(), entry.value());
 *     }
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
