/**
 * Signature providers for Smart-ID, Mobile-ID and local keys, the checks of their answers, and
 * the protocol building blocks under them.
 *
 * <ul>
 *   <li>Providers (core's {@code SignatureProvider}): {@link lt.savitarna.sdk.signing.SmartIdProvider}
 *       with {@link lt.savitarna.sdk.signing.SmartIdConfig}, {@link lt.savitarna.sdk.signing.MobileIdProvider}
 *       with {@link lt.savitarna.sdk.signing.MobileIdConfig}, {@link lt.savitarna.sdk.signing.LocalKeyProvider}.</li>
 *   <li>Trust: {@link lt.savitarna.sdk.signing.CertificateValidator} (validity, PKIX path, key usage,
 *       identity), {@link lt.savitarna.sdk.signing.TrustAnchors} (bundled demo anchors, PEM loading),
 *       {@link lt.savitarna.sdk.signing.TlsPin} (pinning the services' API hosts).</li>
 *   <li>Building blocks: {@link lt.savitarna.sdk.signing.SignatureVerifier}, the verification codes
 *       ({@link lt.savitarna.sdk.signing.SmartIdVerificationCode},
 *       {@link lt.savitarna.sdk.signing.MobileIdVerificationCode}) and the display-text limits
 *       ({@link lt.savitarna.sdk.signing.DisplayText}, {@link lt.savitarna.sdk.signing.MobileIdDisplayText}).</li>
 * </ul>
 *
 * <p>Identity confirmation and document signing with a provider:
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
 * <p>All cryptography is the JDK's ({@code NONEwithRSA} over {@code DigestInfo},
 * {@code NONEwithECDSAinP1363Format}, {@code CertPathValidator}); HTTP is {@code java.net.http};
 * JSON is JSON-P. Identifiers (personal codes, certificate identities, phone numbers) live in core's
 * {@code lt.savitarna.sdk.signature.identity}.
 */
package lt.savitarna.sdk.signing;
