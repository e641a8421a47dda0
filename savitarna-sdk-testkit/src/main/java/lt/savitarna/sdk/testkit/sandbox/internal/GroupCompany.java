package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.Objects;

/** A company of the group, the issuer of documents. */
public record GroupCompany(String id, String name, String companyCode) {

    public GroupCompany {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(companyCode, "companyCode");
    }
}
