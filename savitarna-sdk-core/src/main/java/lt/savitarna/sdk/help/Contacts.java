package lt.savitarna.sdk.help;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * "Our contacts" (Mūsų kontaktai): the head office's contacts page and the entries listed.
 *
 * <pre>{@code
 * Contacts c = ws.help().contacts();
 * Desktop.getDesktop().browse(c.url());
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
