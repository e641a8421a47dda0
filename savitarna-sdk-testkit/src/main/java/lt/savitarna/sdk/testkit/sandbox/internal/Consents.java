package lt.savitarna.sdk.testkit.sandbox.internal;

import java.time.Instant;
import java.util.Objects;

/** An account's consents and which policy and rules versions it accepted, and when. */
public record Consents(boolean directMarketing, boolean zemynaClub, boolean privacyPolicyAndRules,
                       String privacyPolicyVersion, String rulesVersion, Instant acceptedAt) {

    public Consents {
        Objects.requireNonNull(privacyPolicyVersion, "privacyPolicyVersion");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    public Consents with(Boolean newDirectMarketing, Boolean newZemynaClub) {
        return new Consents(newDirectMarketing == null ? directMarketing : newDirectMarketing,
                newZemynaClub == null ? zemynaClub : newZemynaClub,
                privacyPolicyAndRules, privacyPolicyVersion, rulesVersion, acceptedAt);
    }
}
