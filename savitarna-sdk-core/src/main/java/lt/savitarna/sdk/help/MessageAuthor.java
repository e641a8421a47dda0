package lt.savitarna.sdk.help;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * Who wrote a message of a help request. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <!-- sample: HelpDeskReplies#read-answers -->
 * <pre>{@code
 * Help help = workspace.help();
 * for (HelpRequest request : help.requests(HelpRequestState.ANSWERED)) {
 *     out.printf("\"%s\": %s%n", request.topic(), request.question());
 *     for (HelpMessage message : request.messages()) {
 *         if (MessageAuthor.STAFF.equals(message.author())) {
 *             out.println("  company: " + message.text());
 *         }
 *     }
 *     help.reply(request.id(), "Ačiū, viskas aišku."); // reopens the request for the staff
 *     answered++;
 * }
 * }</pre>
 */
public final class MessageAuthor extends OpenValue {

    /** The customer (this side). */
    public static final MessageAuthor CUSTOMER = new MessageAuthor("CUSTOMER");
    /** The company's staff. */
    public static final MessageAuthor STAFF = new MessageAuthor("STAFF");

    private static final Map<String, MessageAuthor> KNOWN = index(CUSTOMER, STAFF);

    private MessageAuthor(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static MessageAuthor of(String value) {
        return lookup(KNOWN, value, MessageAuthor::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
