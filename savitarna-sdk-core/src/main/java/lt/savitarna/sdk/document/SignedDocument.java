package lt.savitarna.sdk.document;

import java.util.Objects;

/**
 * A document signed in the portal: the portal's signature id and the document as it is now
 * ({@link DocumentState#SIGNED} once the portal has finalised the container).
 *
 * <!-- sample: ContractSigningQueue#sign-each -->
 * <pre>{@code
 * try {
 *     SignedDocument done = documents.sign(document.id(), smartId, signer, showCodes);
 *     // an annex's number (SUT-2026-0142/1) is kept whole: sanitize keeps only what follows a '/'
 *     String name = FileNames.sanitize(document.number().replace('/', '-') + ".asice");
 *     Path container = folder.resolve(name);
 *     documents.downloadSignedContainer(done.document().id(), container);
 *     out.println("  " + done.document().state() + ", saved as " + container.getFileName());
 *     signed++;
 * } catch (SavitarnaException refused) {
 *     out.println("  not signed: " + refused.getLocalizedMessage()); // the next one is still offered
 * }
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
