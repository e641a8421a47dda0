package lt.savitarna.sdk.signature.identity;

/**
 * The kind of identifier in a natural person's certificate subject {@code serialNumber}
 * (ETSI EN 319 412-1, semantics identifier {@code id-etsi-qcs-semanticsId-Natural}).
 *
 * <!-- sample: IdentityInput#compare-certificate-identity -->
 * <pre>{@code
 * // What a certificate states is taken as stated: no check-digit rules for foreign codes.
 * NationalIdentity stated = PersonalCode.fromCertificateSerial(certificateSerial);
 * out.println("The certificate names " + stated + ": country " + stated.country() + ", " + stated.type());
 * boolean personalNumber = stated.type() == IdentityType.PNO; // not a passport or ID card number
 * boolean samePerson = stated.matches(typed); // PNOLT- followed by exactly the typed code
 * }</pre>
 */
public enum IdentityType {
    /** National personal number, e.g. a Lithuanian asmens kodas. */
    PNO,
    /** Identity card number. */
    IDC,
    /** Passport number. */
    PAS,
    /** Personal tax reference number. */
    TAX,
    /** Tax identification number under the EU's TIN scheme. */
    TIN
}
