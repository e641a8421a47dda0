/**
 * The e-signature provider SPI: how the SDK asks Smart-ID, Mobile-ID, a local key or any other
 * means to authenticate a person or sign a digest, and what comes back.
 *
 * <ul>
 *   <li>{@link lt.savitarna.sdk.signature.SignatureProvider}: the three operations
 *       (authenticate, signing certificate, sign), blocking and asynchronous;
 *       {@link lt.savitarna.sdk.signature.SignatureProviders} finds providers by name.</li>
 *   <li>Inputs: {@link lt.savitarna.sdk.signature.SignerIdentity},
 *       {@link lt.savitarna.sdk.signature.Digest} ({@link lt.savitarna.sdk.signature.HashType}),
 *       and the request builders.</li>
 *   <li>Results (already checked): {@link lt.savitarna.sdk.signature.Authentication},
 *       {@link lt.savitarna.sdk.signature.SigningCertificate},
 *       {@link lt.savitarna.sdk.signature.SignatureValue}.</li>
 *   <li>Progress: {@link lt.savitarna.sdk.signature.SigningListener} (verification code, state,
 *       certificate expiry warning).</li>
 *   <li>Failures: {@link lt.savitarna.sdk.signature.SigningException} and its subtypes, under the
 *       SDK's root {@link lt.savitarna.sdk.error.SavitarnaException}, each with a Lithuanian and an
 *       English explanation of what to do.</li>
 * </ul>
 * Identifiers (personal codes, phone numbers, certificate identities) are in
 * {@link lt.savitarna.sdk.signature.identity}.
 *
 * <pre>{@code
 * SignatureProvider provider = SignatureProviders.discover().get("mobile-id");
 * SignerIdentity signer = SignerIdentity.mobileId(PhoneNumber.parse("+37060000666"),
 *         PersonalCode.parse("50001018865"));
 * try {
 *     Authentication auth = provider.authenticate(
 *             AuthenticationRequest.builder(signer, Digest.random(HashType.SHA256)).build(),
 *             new SigningListener() {
 *                 public void verificationCode(VerificationCode code) { ui.show(code); }
 *             });
 * } catch (SigningException e) {
 *     ui.showError(e.getLocalizedMessage());
 * }
 * }</pre>
 */
package lt.savitarna.sdk.signature;
