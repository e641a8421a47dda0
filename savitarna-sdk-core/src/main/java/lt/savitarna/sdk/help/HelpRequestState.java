package lt.savitarna.sdk.help;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * Where a help request stands. A forward-compatible value: besides the known constants, any value the portal adds
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
public final class HelpRequestState extends OpenValue {

    /** Waiting for an answer. */
    public static final HelpRequestState OPEN = new HelpRequestState("OPEN");
    /** Answered; a reply reopens it. */
    public static final HelpRequestState ANSWERED = new HelpRequestState("ANSWERED");
    /** Closed: takes no more messages or attachments. */
    public static final HelpRequestState CLOSED = new HelpRequestState("CLOSED");

    private static final Map<String, HelpRequestState> KNOWN = index(OPEN, ANSWERED, CLOSED);

    private HelpRequestState(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static HelpRequestState of(String value) {
        return lookup(KNOWN, value, HelpRequestState::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
