/**
 * Identifiers of the people who sign: Lithuanian personal codes, the identities that signer
 * certificates state, and phone numbers for Mobile-ID.
 *
 * <pre>{@code
 * // what a user typed: validated strictly (format, century, date, check digit)
 * PersonalCode code = PersonalCode.parse("33309240064");
 * PhoneNumber phone = PhoneNumber.parse("8 612 34567");      // +37061234567
 *
 * // what a certificate says: taken as stated, never rejected on checksum grounds
 * NationalIdentity signer = PersonalCode.fromCertificateSerial("PNOLT-33309240064");
 * if (!signer.matches(code)) {
 *     throw new SecurityException("signed by someone else: " + signer); // PNOLT-3*********4
 * }
 * }</pre>
 *
 * <p>None of these types shows its whole value in {@code toString()}, and their exceptions never
 * repeat the input, so they can be logged; use {@code value()} (or
 * {@link lt.savitarna.sdk.signature.identity.NationalIdentity#semanticsIdentifier()}) for the wire.
 */
package lt.savitarna.sdk.signature.identity;
