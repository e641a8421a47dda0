package lt.savitarna.sdk.account;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * Who a represented party is. A forward-compatible value: besides the known constants, any
 * value the portal adds later arrives intact ({@link #isKnown()} is then false) instead of breaking
 * the parsing. Compare with {@code equals}.
 *
 * <!-- sample: FirstSteps#representations -->
 * <pre>{@code
 * for (Representation representation : session.representations()) {
 *     Party party = representation.party();
 *     // A company is shown with its company code; a person (the user themself) by name only.
 *     String label = PartyKind.COMPANY.equals(party.kind()) ? party.name() + " (" + party.code() + ")" : party.name();
 *     out.println("  " + representation.company().name() + " × " + label);
 * }
 * }</pre>
 */
public final class PartyKind extends OpenValue {

    /** The person themselves. */
    public static final PartyKind PERSON = new PartyKind("PERSON");
    /** A company the person is authorised to represent. */
    public static final PartyKind COMPANY = new PartyKind("COMPANY");

    private static final Map<String, PartyKind> KNOWN = index(PERSON, COMPANY);

    private PartyKind(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static PartyKind of(String value) {
        return lookup(KNOWN, value, PartyKind::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
