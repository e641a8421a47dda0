package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lt.savitarna.sdk.testkit.sandbox.internal.Access;
import lt.savitarna.sdk.testkit.sandbox.internal.Account;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldReader;
import lt.savitarna.sdk.testkit.sandbox.internal.Idempotency;
import lt.savitarna.sdk.testkit.sandbox.internal.Json;
import lt.savitarna.sdk.testkit.sandbox.internal.Problem;
import lt.savitarna.sdk.testkit.sandbox.internal.ProblemException;
import lt.savitarna.sdk.testkit.sandbox.internal.RequestContext;
import lt.savitarna.sdk.testkit.sandbox.internal.Response;
import lt.savitarna.sdk.testkit.sandbox.internal.Router;

/**
 * Two-step signing of a contract or annex and the signed container. Step one checks the signing
 * certificate and answers the digest to sign ({@link SigningDigest}); step two verifies the
 * signature value with the certificate's key, makes the document {@code SIGNED} (a change in the
 * feed) and builds the ASiC-E container. A signature belongs to the account that prepared it:
 * for anyone else its id is {@code 404}.
 */
public final class SigningEndpoints {

    static final String SIGNATURES = DocumentEndpoints.DOCUMENTS + "/{documentId}/signatures";
    private static final Set<String> METHODS = Set.of("SMART_ID", "MOBILE_ID", "LOCAL_KEY", "OTHER");

    private SigningEndpoints() {
    }

    public static void register(Router router, WorkspaceStore store) {
        router.add("POST", SIGNATURES, Access.SCOPED, Idempotency.REQUIRED, c -> start(c, store));
        router.add("DELETE", SIGNATURES + "/{signatureId}", Access.SCOPED, Idempotency.NONE, c -> cancel(c, store));
        router.add("POST", SIGNATURES + "/{signatureId}/finalization", Access.SCOPED, Idempotency.REQUIRED,
                c -> finalise(c, store));
        router.add("GET", DocumentEndpoints.DOCUMENTS + "/{documentId}/signed-container", Access.SCOPED,
                Idempotency.NONE, c -> container(c, store));
    }

    static Response start(RequestContext context, WorkspaceStore store) {
        Account account = context.confirmedAccount();
        Workspace workspace = WorkspaceRoutes.workspace(context, store);
        DocumentRecord document = DocumentEndpoints.document(context, store);
        FieldReader fields = new FieldReader(context.jsonBody());
        byte[] der = base64(fields, "signingCertificate");
        String method = fields.requiredString("method").orElse(null);
        if (method != null && !METHODS.contains(method)) {
            fields.error("method", "INVALID_VALUE", "must be one of " + String.join(", ", METHODS));
        }
        X509Certificate certificate = null;
        if (der != null) {
            certificate = SigningCertificates.parse(der).orElse(null);
            if (certificate == null) {
                fields.error("signingCertificate", "INVALID_CERTIFICATE", "is not an X.509 certificate (Base64 of DER)");
            }
        }
        fields.throwIfInvalid();
        if (!document.signable()) {
            throw notSignable(document);
        }
        Instant now = store.now();
        SigningCertificates.check(certificate, now, store.options().signatureTrust(),
                account.identity().personalCode());
        byte[] digest = SigningDigest.of(document.content(), der);
        SignatureRecord signature = new SignatureRecord(Ids.random("sig_"), document.id(), account.id(), der, method,
                digest, SignatureRecord.PENDING, now, now.plus(store.options().signatureTtl()), document.revision(),
                null, false);
        workspace.putSignature(signature);
        return Response.json(201, WorkspaceViews.signatureSession(signature));
    }

    static Response finalise(RequestContext context, WorkspaceStore store) {
        Workspace workspace = WorkspaceRoutes.workspace(context, store);
        SignatureRecord pending = signature(context, store);
        FieldReader fields = new FieldReader(context.jsonBody());
        byte[] value = base64(fields, "signatureValue");
        String algorithm = fields.requiredString("signatureAlgorithm").orElse(null);
        if (algorithm != null && !SignatureVerifier.ALGORITHMS.contains(algorithm)) {
            fields.error("signatureAlgorithm", "INVALID_VALUE", "must be a JCA name such as SHA256withRSA");
        }
        fields.throwIfInvalid();
        Instant now = store.now();
        DocumentRecord signed;
        synchronized (workspace) {
            SignatureRecord signature = workspace.signature(pending.id()).orElseThrow();
            requirePending(workspace, signature, now);
            DocumentRecord document = workspace.document(signature.documentId())
                    .filter(d -> d.signable() && d.revision() == signature.documentRevision())
                    .orElseThrow(() -> new ProblemException(Problem.of(409, "DOCUMENT_NOT_SIGNABLE",
                            "The document changed since the signature was prepared; prepare a new signature")));
            X509Certificate certificate = SigningCertificates.parse(signature.certificate()).orElseThrow();
            if (!SignatureVerifier.verify(certificate.getPublicKey(), algorithm, signature.digest(), value)) {
                throw new ProblemException(Problem.of(422, "SIGNATURE_INVALID",
                        "The signature value does not verify over the digest with the signing certificate"
                                + " (the digest is SHA-256; ECDSA values are raw r||s)"));
            }
            workspace.putSignature(complete(signature, document, value, algorithm, now));
            signed = document.withState(Documents.SIGNED, now);
            workspace.put(signed, now);
        }
        return Response.json(200, Json.object()
                .add("signatureId", pending.id())
                .add("state", SignatureRecord.COMPLETED)
                .add("document", WorkspaceViews.document(signed))
                .build());
    }

    /** The signature completed with {@code value}: its container holds the document as signed. */
    static SignatureRecord complete(SignatureRecord signature, DocumentRecord document, byte[] value, String algorithm,
                                    Instant signedAt) {
        byte[] xades = XadesSignature.write(SignedContainer.entryName(document.fileName()), document.content().digests(),
                signature.certificate(), signature.digest(), value, algorithm, signedAt);
        SignedContainer container = new SignedContainer(document.content(), document.fileName(), document.mediaType(),
                xades, signedAt);
        return signature.completed(new SignatureRecord.Completion(value, algorithm, signedAt, container));
    }

    static Response cancel(RequestContext context, WorkspaceStore store) {
        Workspace workspace = WorkspaceRoutes.workspace(context, store);
        SignatureRecord found = signature(context, store);
        synchronized (workspace) {
            SignatureRecord signature = workspace.signature(found.id()).orElseThrow();
            if (SignatureRecord.COMPLETED.equals(signature.state())) {
                throw notPending("The signature is completed and cannot be cancelled");
            }
            if (SignatureRecord.PENDING.equals(signature.state())) {
                workspace.putSignature(signature.withState(SignatureRecord.CANCELLED));
            }
        }
        return Response.noContent();
    }

    static Response container(RequestContext context, WorkspaceStore store) {
        DocumentRecord document = DocumentEndpoints.document(context, store);
        SignedContainer container = WorkspaceRoutes.workspace(context, store).completedSignature(document.id())
                .map(s -> s.completion().container())
                .orElseThrow(() -> new ProblemException(Problem.of(409, "DOCUMENT_NOT_SIGNED",
                        "The document has no signature made in the portal yet")));
        return Response.stream(200, SignedContainer.MEDIA_TYPE, container.size(), container::writeTo)
                .withHeader("ETag", "\"sha256-" + container.sha256Hex() + "\"")
                .withHeader("Content-Disposition", ContentDownload.attachment(container.fileName()))
                .withHeader("X-Checksum-SHA256", container.sha256Hex());
    }

    /** The signature of the path: of this document, prepared by the caller; {@code 404} otherwise. */
    private static SignatureRecord signature(RequestContext context, WorkspaceStore store) {
        Account account = context.confirmedAccount();
        DocumentRecord document = DocumentEndpoints.document(context, store);
        Optional<SignatureRecord> signature = WorkspaceRoutes.workspace(context, store)
                .signature(context.pathVariable("signatureId"))
                .filter(s -> s.documentId().equals(document.id()) && s.accountId().equals(account.id()));
        return signature.orElseThrow(() -> new ProblemException(Problem.notFound("No such signature of this document")));
    }

    private static void requirePending(Workspace workspace, SignatureRecord signature, Instant now) {
        switch (signature.state()) {
            case SignatureRecord.PENDING -> {
                if (!now.isBefore(signature.expiresAt())) {
                    workspace.putSignature(signature.withState(SignatureRecord.EXPIRED));
                    throw expired();
                }
            }
            case SignatureRecord.EXPIRED -> throw expired();
            default -> throw notPending("The signature is already " + signature.state().toLowerCase(Locale.ROOT));
        }
    }

    private static ProblemException expired() {
        return new ProblemException(Problem.of(409, "SIGNATURE_EXPIRED",
                "The prepared signature expired; prepare a new one"));
    }

    private static ProblemException notPending(String detail) {
        return new ProblemException(Problem.of(409, "SIGNATURE_NOT_PENDING", detail));
    }

    private static ProblemException notSignable(DocumentRecord document) {
        String why = Documents.isSignedKind(document.type())
                ? "it is " + document.state().toLowerCase(Locale.ROOT).replace('_', ' ')
                : "only contracts and annexes are signed";
        return new ProblemException(Problem.of(409, "DOCUMENT_NOT_SIGNABLE", "The document cannot be signed: " + why));
    }

    /** A required Base64 field; records an error and answers {@code null} when missing or not Base64. */
    private static byte[] base64(FieldReader fields, String name) {
        String text = fields.requiredString(name).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text.replaceAll("\\s", ""));
            if (bytes.length == 0) {
                fields.error(name, "REQUIRED", "must not be empty");
                return null;
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            fields.error(name, "INVALID_BASE64", "must be Base64");
            return null;
        }
    }
}
