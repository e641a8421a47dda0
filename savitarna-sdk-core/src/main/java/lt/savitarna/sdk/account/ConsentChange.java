package lt.savitarna.sdk.account;

import java.util.Optional;

/**
 * A change to the optional consents; what is not set stays as it is. The acknowledgement of the
 * privacy policy and the club rules cannot be withdrawn this way. Withdrawing {@code zemynaClub}
 * leaves the club.
 *
 * <!-- sample: AccountOverview#consents -->
 * <pre>{@code
 * Consents consents = me.consents();
 * out.println("Direct marketing: " + consents.directMarketing() + ", Žemyna club: " + consents.zemynaClub());
 * // Only the consents set on the change are changed; the others stay as they are.
 * Consents changed = session.updateConsents(ConsentChange.builder()
 *         .directMarketing(!consents.directMarketing())
 *         .build());
 * out.println("Direct marketing now: " + changed.directMarketing());
 * }</pre>
 */
public final class ConsentChange {

    private final Boolean directMarketing;
    private final Boolean zemynaClub;

    private ConsentChange(Builder b) {
        this.directMarketing = b.directMarketing;
        this.zemynaClub = b.zemynaClub;
    }

    /** A new builder that changes nothing until told. */
    public static Builder builder() {
        return new Builder();
    }

    /** The new direct-marketing consent, if it changes. */
    public Optional<Boolean> directMarketing() {
        return Optional.ofNullable(directMarketing);
    }

    /** The new Žemyna club membership consent, if it changes. */
    public Optional<Boolean> zemynaClub() {
        return Optional.ofNullable(zemynaClub);
    }

    @Override
    public String toString() {
        return "ConsentChange[directMarketing=" + directMarketing().map(String::valueOf).orElse("unchanged")
                + ", zemynaClub=" + zemynaClub().map(String::valueOf).orElse("unchanged") + "]";
    }

    /**
     * Builds a {@link ConsentChange}.
     */
    public static final class Builder {
        private Boolean directMarketing;
        private Boolean zemynaClub;

        private Builder() {
        }

        /** Sets the direct-marketing consent. */
        public Builder directMarketing(boolean consent) {
            this.directMarketing = consent;
            return this;
        }

        /** Joins ({@code true}) or leaves ({@code false}) the Žemyna club. */
        public Builder zemynaClub(boolean consent) {
            this.zemynaClub = consent;
            return this;
        }

        /** Builds the change. */
        public ConsentChange build() {
            return new ConsentChange(this);
        }
    }
}
