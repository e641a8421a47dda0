package lt.savitarna.sdk.signature;

import java.util.concurrent.CompletableFuture;
import lt.savitarna.sdk.internal.signature.InterruptibleTask;

/**
 * Anything that can authenticate a person or sign a digest with a certificate: Smart-ID,
 * Mobile-ID, a local PKCS#12 key (company seals, tests), an HSM, a partner's own means. The
 * portal builds the signature container; a provider only produces signature values over digests.
 *
 * <p>Two flows use it:
 * <ol>
 *   <li><b>Identity confirmation / e-signature login</b>: {@link #authenticate} signs the portal's
 *       challenge with the person's authentication key.</li>
 *   <li><b>Document signing</b>: {@link #signingCertificate} fetches the signing certificate, the
 *       portal computes the digest to sign with it, {@link #sign} signs that digest.</li>
 * </ol>
 * Every method blocks until the person has answered on the phone (or the deadline passes), reports
 * progress to the {@link SigningListener} (show the verification code!), checks the answer before
 * returning it, and throws a {@link SigningException} subtype for anything that went wrong; an
 * interrupt stops it with {@link SigningCancelledException}. The {@code ...Async} forms fail with
 * the same exceptions, and cancelling their future stops the operation. By default they run the
 * blocking method on a worker thread and a cancel interrupts it; a provider that talks to its
 * service asynchronously overrides them so that no thread waits while the person answers (the
 * Smart-ID and Mobile-ID providers do).
 *
 * <p>Implementations are thread-safe. Providers are found by {@link SignatureProviders} or passed
 * explicitly; a provider offered through {@link java.util.ServiceLoader} declares
 * {@code provides lt.savitarna.sdk.signature.SignatureProvider with ...}.
 *
 * <!-- sample: SignDigestWithSmartId#sign-with-any-provider -->
 * <pre>{@code
 * // Smart-ID, Mobile-ID or a seal alike: choose the signer's certificate, then sign with it.
 * static SignatureValue signHash(SignatureProvider provider, SignerIdentity signer, Digest hash,
 *                                SigningListener listener) {
 *     CertificateRequest request = CertificateRequest.builder(signer).build();
 *     SigningCertificate certificate = provider.signingCertificate(request, listener);
 *     // A portal computes the hash with certificate.certificate() in the signed attributes.
 *     return provider.sign(SignatureRequest.builder(certificate, hash).build(), listener);
 * }
 * }</pre>
 *
 * <p>The {@code ...Async} forms return at once; cancelling the future stops the operation:
 * <!-- sample: SignDigestWithSmartId#cancel-signing -->
 * <pre>{@code
 * CompletableFuture<SignatureValue> pending = smartId.signAsync(signatureRequest, listener);
 * // ... the person closes the signing dialog before answering on the phone:
 * pending.cancel(true); // the provider stops waiting for the answer
 * out.println("Second signature cancelled: " + pending.isCancelled());
 * }</pre>
 */
public interface SignatureProvider {

    /** {@return the provider's stable name, e.g. {@code smart-id}, {@code mobile-id}, {@code local-key}} */
    String name();

    /**
     * Authenticates a person: they sign the challenge with their authentication key.
     *
     * @param request  who and what
     * @param listener progress; {@link SigningListener#none()} for none
     * @return the checked authentication
     * @throws SigningException        what went wrong, typed (refused, timeout, wrong code, ...)
     * @throws IllegalArgumentException the request does not suit this provider (e.g. no phone number
     *                                  for Mobile-ID, a text over the provider's limit)
     */
    Authentication authenticate(AuthenticationRequest request, SigningListener listener);

    /**
     * Fetches and checks the person's signing certificate.
     *
     * @param request  whose certificate
     * @param listener progress
     * @return the certificate and the identity to sign with
     * @throws SigningException        what went wrong, typed
     * @throws IllegalArgumentException the request does not suit this provider
     */
    SigningCertificate signingCertificate(CertificateRequest request, SigningListener listener);

    /**
     * Signs a digest with the certificate chosen before; the value is checked against that
     * certificate before it is returned.
     *
     * @param request  what to sign, by whom, with which certificate
     * @param listener progress
     * @return the checked signature value
     * @throws SigningException        what went wrong, typed
     * @throws IllegalArgumentException the request does not suit this provider
     */
    SignatureValue sign(SignatureRequest request, SigningListener listener);

    /**
     * {@link #authenticate} as a future (by default on a worker thread); cancelling the future stops the operation.
     *
     * @param request  who and what
     * @param listener progress, called on the thread that does the work
     * @return the future result; it fails with the exceptions {@link #authenticate} throws
     */
    default CompletableFuture<Authentication> authenticateAsync(AuthenticationRequest request,
                                                                SigningListener listener) {
        return InterruptibleTask.start(() -> authenticate(request, listener));
    }

    /**
     * {@link #signingCertificate} as a future (by default on a worker thread); cancelling the future stops the operation.
     *
     * @param request  whose certificate
     * @param listener progress, called on the thread that does the work
     * @return the future result
     */
    default CompletableFuture<SigningCertificate> signingCertificateAsync(CertificateRequest request,
                                                                         SigningListener listener) {
        return InterruptibleTask.start(() -> signingCertificate(request, listener));
    }

    /**
     * {@link #sign} as a future (by default on a worker thread); cancelling the future stops the operation.
     *
     * @param request  what to sign
     * @param listener progress, called on the thread that does the work
     * @return the future result
     */
    default CompletableFuture<SignatureValue> signAsync(SignatureRequest request, SigningListener listener) {
        return InterruptibleTask.start(() -> sign(request, listener));
    }
}
