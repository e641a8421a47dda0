/**
 * Identifiers of the people who sign: Lithuanian personal codes, the identities that signer
 * certificates state, and phone numbers for Mobile-ID.
 *
 * <!-- sample: IdentityInput#compare-certificate-identity -->
 * <pre>{@code
 * // What a certificate states is taken as stated: no check-digit rules for foreign codes.
 * NationalIdentity stated = PersonalCode.fromCertificateSerial(certificateSerial);
 * out.println("The certificate names " + stated + ": country " + stated.country() + ", " + stated.type());
 * boolean personalNumber = stated.type() == IdentityType.PNO; // not a passport or ID card number
 * boolean samePerson = stated.matches(typed); // PNOLT- followed by exactly the typed code
 * }</pre>
 *
 * <p>None of these types shows its whole value in {@code toString()}, and their exceptions never
 * repeat the input, so they can be logged; use {@code value()} (or
 * {@link lt.savitarna.sdk.signature.identity.NationalIdentity#semanticsIdentifier()}) for the wire.
 */
package lt.savitarna.sdk.signature.identity;
