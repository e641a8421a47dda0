package lt.savitarna.sdk.help;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * "Our contacts" (Mūsų kontaktai): the head office's contacts page and the entries listed.
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
 * @param url     the contacts page of the head office
 * @param entries phone numbers, email addresses and the like
 */
public record Contacts(URI url, List<ContactEntry> entries) {

    /** Requires the page; copies the entries. */
    public Contacts {
        Objects.requireNonNull(url, "url");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
