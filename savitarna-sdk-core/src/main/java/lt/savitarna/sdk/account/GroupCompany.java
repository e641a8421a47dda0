package lt.savitarna.sdk.account;

import java.util.Objects;

/**
 * A company of the Agrokoncernas group that issues documents, e.g. UAB „Agrokoncernas“. The set
 * is data and can grow.
 *
 * <!-- sample: AccountOverview#companies -->
 * <pre>{@code
 * for (GroupCompany company : session.companies()) {
 *     out.println("Group company " + company.name() + ", company code " + company.companyCode());
 * }
 * }</pre>
 *
 * @param id          the opaque id, e.g. {@code agrokoncernas}
 * @param name        the name
 * @param companyCode the registration code, or {@code null} where the portal does not give it
 */
public record GroupCompany(String id, String name, String companyCode) {

    /** Requires the id. */
    public GroupCompany {
        Objects.requireNonNull(id, "id");
    }
}
