package lt.savitarna.sdk.internal.document;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.LocalFileException;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.internal.esign.EsignWire;
import lt.savitarna.sdk.internal.http.BodySource;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.io.DurableFiles;
import lt.savitarna.sdk.internal.json.JsonFields;
import lt.savitarna.sdk.internal.signature.FlowChain;
import lt.savitarna.sdk.internal.signature.InterruptibleTask;
import lt.savitarna.sdk.internal.workspace.ScopedCalls;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two-step signing: the provider's signing certificate goes to the portal, which prepares the
 * signature and answers the digest; the provider signs it; the value is finalised. Whatever ends
 * the flow between preparing and finalising (refusal, timeout, cancellation, an error) cancels
 * the portal's pending signature, so nothing is left half done.
 */
final class DocumentSigner {

    private static final Logger LOG = LoggerFactory.getLogger("lt.savitarna.sdk.signing");

    private final ScopedCalls calls;

    DocumentSigner(ScopedCalls calls) {
        this.calls = calls;
    }

    SignedDocument sign(String documentId, SignatureProvider provider, SignerIdentity signer,
                        SigningListener listener) {
        String base = base(documentId);
        SigningCertificate certificate = provider.signingCertificate(CertificateRequest.builder(signer).build(),
                listener);
        EsignWire.Pending prepared = prepare(base, provider, certificate);
        String signaturePath = base + "/" + ScopedCalls.id(prepared.id(), "signatureId");
        boolean finalised = false;
        try {
            SignatureValue value = provider.sign(signatureRequest(certificate, prepared), listener);
            SignedDocument signed = finalise(signaturePath, value, certificate, prepared);
            finalised = true;
            return signed;
        } finally {
            if (!finalised) {
                cancelPending(signaturePath);
            }
        }
    }

    /**
     * {@link #sign} as a future: the portal calls run on the SDK's shared workers, the waits for the
     * person are the provider's own futures (no thread waits with a natively asynchronous
     * provider), and whatever ends the flow between preparing and finalising, a cancel included,
     * cancels the portal's pending signature.
     */
    CompletableFuture<SignedDocument> signAsync(String documentId, SignatureProvider provider, SignerIdentity signer,
                                                SigningListener listener) {
        FlowChain<SignedDocument> flow = new FlowChain<>();
        String base;
        CompletableFuture<SigningCertificate> choice;
        try {
            base = base(documentId);
            choice = flow.step(provider.signingCertificateAsync(CertificateRequest.builder(signer).build(),
                    listener));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return flow.finish(choice.thenCompose(certificate -> flow.blocking(() -> prepare(base, provider,
                certificate), null).thenCompose(prepared -> {
                    String signaturePath = base + "/" + ScopedCalls.id(prepared.id(), "signatureId");
                    CompletableFuture<SignedDocument> rest;
                    try {
                        rest = flow.step(provider.signAsync(signatureRequest(certificate, prepared), listener))
                                .thenCompose(value -> flow.blocking(() -> finalise(signaturePath, value,
                                        certificate, prepared), null));
                    } catch (RuntimeException e) {
                        rest = CompletableFuture.failedFuture(e);
                    }
                    rest.whenComplete((signed, failure) -> {
                        if (failure != null) {
                            InterruptibleTask.start(() -> {
                                cancelPending(signaturePath);
                                return null;
                            });
                        }
                    });
                    return rest;
                })));
    }

    private static String base(String documentId) {
        return "/documents/" + ScopedCalls.id(documentId, "documentId") + "/signatures";
    }

    private EsignWire.Pending prepare(String base, SignatureProvider provider, SigningCertificate certificate) {
        JsonObject start = calls.json().objectBuilder()
                .add("signingCertificate", der(certificate))
                .add("method", EsignWire.signingMethod(provider.name()))
                .build();
        return calls.send(calls.operation("POST", base)
                // The certificate names the person (personal code): never logged.
                .body(BodySource.secretJson(calls.json().write(start)))
                .idempotent()
                .build(ResponseReader.json(EsignWire::preparedSignature)));
    }

    private SignatureRequest signatureRequest(SigningCertificate certificate, EsignWire.Pending prepared) {
        SignatureRequest.Builder request = SignatureRequest.builder(certificate, prepared.digest());
        java.time.Duration left = EsignWire.until(prepared.expiresAt(), calls.pipeline().clock().instant());
        if (left != null) {
            request.deadline(left);
        }
        return request.build();
    }

    private SignedDocument finalise(String signaturePath, SignatureValue value, SigningCertificate certificate,
                                    EsignWire.Pending prepared) {
        JsonObject finish = calls.json().objectBuilder()
                .add("signatureValue", value.base64())
                .add("signatureAlgorithm", EsignWire.jcaAlgorithm(value.algorithm(), prepared.digest().type(),
                        certificate.certificate().getPublicKey()))
                .build();
        return calls.send(calls.operation("POST", signaturePath + "/finalization")
                .body(BodySource.secretJson(calls.json().write(finish)))
                .idempotent()
                .build(ResponseReader.json(o -> new SignedDocument(JsonFields.requiredString(o, "signatureId"),
                        DocumentMapping.document(JsonFields.object(o, "document"))))));
    }

    long downloadContainer(String documentId, OutputStream out) {
        String path = "/documents/" + ScopedCalls.id(documentId, "documentId") + "/signed-container";
        return calls.send(calls.operation("GET", path).build(ResponseReader.streaming(response -> {
            try (InputStream in = response.stream()) {
                return in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })));
    }

    long downloadContainer(String documentId, Path target) {
        Path dir = DurableFiles.directoryOf(target.toAbsolutePath());
        Path part;
        try {
            part = Files.createTempFile(dir, ".signed-", ".part");
        } catch (IOException e) {
            throw new LocalFileException(target, calls.locale(), e);
        }
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(part)) {
                size = downloadContainer(documentId, out);
            } catch (UncheckedIOException e) {
                throw new TransportException(ErrorCodes.NETWORK_ERROR, null, 1, calls.locale(), e.getCause());
            }
            DurableFiles.moveAtomically(part, target, true);
            return size;
        } catch (IOException e) {
            throw new LocalFileException(target, calls.locale(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.debug("could not remove the partial signed container {}", part.getFileName());
            }
        }
    }

    /**
     * {@code DELETE}s the pending signature; runs even when the flow was interrupted (the
     * interrupt is set aside for the call and restored after), and never hides the flow's own
     * failure.
     */
    private void cancelPending(String signaturePath) {
        boolean interrupted = Thread.interrupted();
        try {
            calls.send(calls.operation("DELETE", signaturePath).build(ResponseReader.discard()));
        } catch (RuntimeException e) {
            LOG.debug("could not cancel the pending signature: {}", e.toString());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String der(SigningCertificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the signing certificate cannot be encoded", e);
        }
    }
}
