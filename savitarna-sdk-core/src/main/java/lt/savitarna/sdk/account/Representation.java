package lt.savitarna.sdk.account;

import java.util.Objects;

/**
 * One (group company, represented party) pair the person may act in: the selection bar of the
 * portal's dashboard. Open a workspace for it with {@code session.workspace(representation)}.
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
 * @param company the group company (its {@code companyCode} may be {@code null} here)
 * @param party   the represented party
 */
public record Representation(GroupCompany company, Party party) {

    /** Requires both parts. */
    public Representation {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(party, "party");
    }

    /** The group company's id. */
    public String companyId() {
        return company.id();
    }

    /** The represented party's id. */
    public String partyId() {
        return party.id();
    }
}
