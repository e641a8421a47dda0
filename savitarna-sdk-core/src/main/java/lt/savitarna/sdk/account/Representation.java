package lt.savitarna.sdk.account;

import java.util.Objects;

/**
 * One (group company, represented party) pair the person may act in: the selection bar of the
 * portal's dashboard. Open a workspace for it with {@code session.workspace(representation)}.
 *
 * <pre>{@code
 * for (Representation r : session.representations()) {
 *     Workspace ws = session.workspace(r);
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
