package lt.savitarna.sdk.account;

import java.util.Objects;

/**
 * Whom a person acts for: themselves ({@link PartyKind#PERSON}) or a company they are authorised to
 * represent ({@link PartyKind#COMPANY}).
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
 *
 * @param id   the opaque party id
 * @param kind person or company (forward compatible)
 * @param name the name
 * @param code the company code, or {@code null} for a person
 */
public record Party(String id, PartyKind kind, String name, String code) {

    /** Requires the id and the kind. */
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
