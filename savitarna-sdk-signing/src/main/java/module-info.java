/**
 * Electronic-signature support of the Savitarna SDK: the protocol-level building blocks that the
 * Smart-ID and Mobile-ID providers stand on.
 *
 * <ul>
 *   <li>{@link lt.savitarna.sdk.signing}: hash types and DigestInfo, signature verification,
 *       verification codes, display-text limits;</li>
 *   <li>{@link lt.savitarna.sdk.signing.identity}: Lithuanian personal codes, certificate
 *       identities, mobile phone numbers.</li>
 * </ul>
 *
 * <p>The module needs nothing beyond {@code java.base}: every cryptographic check uses the JDK's
 * own providers.
 */
module lt.savitarna.sdk.signing {
    exports lt.savitarna.sdk.signing;
    exports lt.savitarna.sdk.signing.identity;
}
