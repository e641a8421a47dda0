package lt.savitarna.sdk.help;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * The kind of a contact entry. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
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
 */
public final class ContactKind extends OpenValue {

    /** A phone number. */
    public static final ContactKind PHONE = new ContactKind("PHONE");
    /** An email address. */
    public static final ContactKind EMAIL = new ContactKind("EMAIL");

    private static final Map<String, ContactKind> KNOWN = index(PHONE, EMAIL);

    private ContactKind(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static ContactKind of(String value) {
        return lookup(KNOWN, value, ContactKind::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
