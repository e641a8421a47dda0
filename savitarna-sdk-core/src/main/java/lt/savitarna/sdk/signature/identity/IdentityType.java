package lt.savitarna.sdk.signature.identity;

/**
 * The kind of identifier in a natural person's certificate subject {@code serialNumber}
 * (ETSI EN 319 412-1, semantics identifier {@code id-etsi-qcs-semanticsId-Natural}).
 *
 * <pre>{@code
 * NationalIdentity id = PersonalCode.fromCertificateSerial("PNOLT-30303039914");
 * id.type(); // PNO
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
