package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.Objects;

/** One (group company × represented party) pair a person may act in: a workspace scope. */
public record Representation(GroupCompany company, Party party) {

    public Representation {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(party, "party");
    }
}
