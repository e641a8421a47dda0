package lt.savitarna.sdk.document;

import java.util.Objects;

/**
 * A document signed in the portal: the portal's signature id and the document as it is now
 * ({@link DocumentState#SIGNED} once the portal has finalised the container).
 *
 * <pre>{@code
 * SignedDocument signed = ws.documents().sign(contractId, mobileId, signer, listener);
 * ws.documents().downloadSignedContainer(signed.document().id(), Path.of("sutartis.asice"));
 * }</pre>
 *
 * @param signatureId the portal's id of the signature
 * @param document    the document after signing
 */
public record SignedDocument(String signatureId, Document document) {

    /** Checks that both parts are present. */
    public SignedDocument {
        Objects.requireNonNull(signatureId, "signatureId");
        Objects.requireNonNull(document, "document");
    }
}
