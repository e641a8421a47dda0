/**
 * Protocol-level building blocks for signing with Smart-ID and Mobile-ID: hash types, signature
 * verification, verification codes and the limits of the texts shown on the phone.
 *
 * <p>A typical authentication or signing step, before and after the provider talks to the
 * service:
 * <pre>{@code
 * HashType hashType = HashType.SHA256;
 * byte[] hash = hashType.digest(challengeOrDocument);
 *
 * // before sending: what the user must compare, and what the phone will show
 * VerificationCode code = SmartIdVerificationCode.of(hash);        // or MobileIdVerificationCode
 * String text60 = DisplayText.smartIdDisplayText60("Prisijungimas prie savitarnos");
 * MobileIdDisplayText midText = MobileIdDisplayText.of("Pasirašyti sutartį?"); // UCS-2 chosen
 *
 * // after the response: the signature must verify with the certificate's key
 * SignatureVerifier.verify(certificate.getPublicKey(), hashType, hash, signatureValue);
 * }</pre>
 *
 * <p>Everything here uses the JDK only ({@code NONEwithRSA} over {@code DigestInfo},
 * {@code NONEwithECDSAinP1363Format}); nothing reaches the network. Identifiers (personal
 * codes, certificate identities, phone numbers) are in {@link lt.savitarna.sdk.signing.identity}.
 */
package lt.savitarna.sdk.signing;
