package lt.savitarna.sdk.account;

import java.time.Instant;

/**
 * A person's consents as the portal records them, with the versions of the privacy policy and the
 * Žemyna club rules that were accepted, and when.
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
 *
 * @param directMarketing       whether the data may be used for direct marketing by email
 * @param zemynaClub            whether the person joined the Žemyna farmers' club
 * @param privacyPolicyAndRules whether the privacy policy and club rules were acknowledged
 * @param privacyPolicyVersion  the accepted privacy policy version, or {@code null}
 * @param rulesVersion          the accepted club rules version, or {@code null}
 * @param acceptedAt            when they were accepted, or {@code null}
 */
public record Consents(boolean directMarketing, boolean zemynaClub, boolean privacyPolicyAndRules,
                       String privacyPolicyVersion, String rulesVersion, Instant acceptedAt) {
}
