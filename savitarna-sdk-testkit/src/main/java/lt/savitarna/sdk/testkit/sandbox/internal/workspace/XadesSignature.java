package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;

/**
 * {@code META-INF/signatures0.xml} of a signed container: an XAdES-shaped signature with the
 * signed file's digest, the signing time and certificate digest, the signature value and the
 * certificate. It is a faithful picture of what a container holds, not a verifiable XAdES
 * signature: the value signs the sandbox's digest (see {@link SigningDigest}), which the document
 * states in a comment.
 */
final class XadesSignature {

    private static final Map<String, String> SIGNATURE_METHODS = Map.of(
            "SHA256withRSA", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "SHA256withRSAandMGF1", "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1",
            "SHA256withECDSA", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256");
    private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private XadesSignature() {
    }

    static byte[] write(String entryName, FileDigests file, byte[] certificateDer, byte[] signedDigest,
                        byte[] signatureValue, String algorithm, Instant signedAt) {
        Base64.Encoder base64 = Base64.getEncoder();
        String certificateDigest = base64.encodeToString(sha256(certificateDer));
        String method = SIGNATURE_METHODS.getOrDefault(algorithm, algorithm);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<asic:XAdESSignatures xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\""
                + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" xmlns:xades=\"http://uri.etsi.org/01903/v1.3.2#\">\n"
                + "<!-- Savitarna sandbox: SignatureValue signs SHA-256(file bytes || signing certificate DER) = "
                + base64.encodeToString(signedDigest) + ", not the canonical SignedInfo. -->\n"
                + "<ds:Signature Id=\"S0\">\n"
                + "<ds:SignedInfo>\n"
                + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2006/12/xml-c14n11\"/>\n"
                + "<ds:SignatureMethod Algorithm=\"" + Xml.escape(method) + "\"/>\n"
                + "<ds:Reference Id=\"S0-RefId0\" URI=\"" + Xml.escape(uri(entryName)) + "\">\n"
                + "<ds:DigestMethod Algorithm=\"" + SHA256 + "\"/>\n"
                + "<ds:DigestValue>" + file.sha256Base64() + "</ds:DigestValue>\n"
                + "</ds:Reference>\n"
                + "</ds:SignedInfo>\n"
                + "<ds:SignatureValue Id=\"S0-SIG\">" + base64.encodeToString(signatureValue) + "</ds:SignatureValue>\n"
                + "<ds:KeyInfo><ds:X509Data><ds:X509Certificate>" + base64.encodeToString(certificateDer)
                + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n"
                + "<ds:Object><xades:QualifyingProperties Target=\"#S0\">"
                + "<xades:SignedProperties Id=\"S0-SignedProperties\"><xades:SignedSignatureProperties>\n"
                + "<xades:SigningTime>" + signedAt.truncatedTo(ChronoUnit.SECONDS) + "</xades:SigningTime>\n"
                + "<xades:SigningCertificateV2><xades:Cert><xades:CertDigest>"
                + "<ds:DigestMethod Algorithm=\"" + SHA256 + "\"/><ds:DigestValue>" + certificateDigest
                + "</ds:DigestValue></xades:CertDigest></xades:Cert></xades:SigningCertificateV2>\n"
                + "</xades:SignedSignatureProperties></xades:SignedProperties>"
                + "</xades:QualifyingProperties></ds:Object>\n"
                + "</ds:Signature>\n"
                + "</asic:XAdESSignatures>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The entry name as a relative URI reference. */
    private static String uri(String entryName) {
        StringBuilder out = new StringBuilder();
        for (byte b : entryName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        MessageDigest digest = GeneratedFile.sha256();
        return digest.digest(bytes);
    }
}
