package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.time.LocalDate;
import java.util.Objects;

/** A Žemyna club membership. */
public record MembershipRecord(LocalDate memberSince, String cardNumber, String rulesVersion) {

    public MembershipRecord {
        Objects.requireNonNull(memberSince, "memberSince");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
    }
}
