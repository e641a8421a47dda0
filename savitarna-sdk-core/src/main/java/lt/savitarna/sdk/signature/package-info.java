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
 * <!-- sample: SignDigestWithSmartId#authenticate -->
 * <pre>{@code
 * SignerIdentity person = SignerIdentity.of(PersonalCode.parse(DEMO_PERSONAL_CODE));
 * Digest challenge = Digest.random(HashType.SHA512); // a fresh challenge for every login
 * AuthenticationRequest login = AuthenticationRequest.builder(person, challenge)
 *         .displayText(DisplayText.smartIdDisplayText60("Prisijungimas prie savitarnos"))
 *         .deadline(Duration.ofMinutes(2))
 *         .build();
 * Authentication authentication = smartId.authenticate(login, listener);
 * out.println("Logged in: " + authentication.givenName() + " " + authentication.surname()
 *         + " (" + authentication.identity() + ")"); // the identity prints masked
 * }</pre>
 */
package lt.savitarna.sdk.signature;
