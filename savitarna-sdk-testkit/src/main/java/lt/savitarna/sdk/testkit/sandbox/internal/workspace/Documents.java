package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.util.Set;

/** The document types and states the sandbox knows (the contract lets both grow). */
public final class Documents {

    public static final String CONTRACT = "CONTRACT";
    public static final String CONTRACT_ANNEX = "CONTRACT_ANNEX";
    public static final String INVOICE = "INVOICE";
    public static final String RECEIPT = "RECEIPT";
    public static final String OTHER = "OTHER";
    public static final Set<String> TYPES = Set.of(CONTRACT, CONTRACT_ANNEX, INVOICE, RECEIPT, OTHER);

    public static final String AWAITING_SIGNATURE = "AWAITING_SIGNATURE";
    public static final String SIGNED = "SIGNED";
    public static final String ISSUED = "ISSUED";
    public static final String PAID = "PAID";
    public static final String CANCELLED = "CANCELLED";
    public static final Set<String> STATES = Set.of(AWAITING_SIGNATURE, SIGNED, ISSUED, PAID, CANCELLED);

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";

    public static final String PDF = "application/pdf";

    private Documents() {
    }

    /** Contracts and annexes are signed; everything else is only viewed. */
    public static boolean isSignedKind(String type) {
        return CONTRACT.equals(type) || CONTRACT_ANNEX.equals(type);
    }

    /** The state a new document of this type starts in. */
    public static String initialState(String type) {
        return isSignedKind(type) ? AWAITING_SIGNATURE : ISSUED;
    }
}
