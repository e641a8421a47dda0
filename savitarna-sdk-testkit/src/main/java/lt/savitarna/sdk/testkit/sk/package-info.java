/**
 * Smart-ID and Mobile-ID simulators: in-process HTTPS services that speak SK ID Solutions'
 * relying-party APIs (Smart-ID RP API v2, Mobile-ID REST) and answer for SK's published demo
 * accounts and test numbers with real signatures from a generated test PKI.
 *
 * <pre>{@code
 * TestPki pki = TestPki.generate();
 * try (SmartIdSimulator smartId = SmartIdSimulator.builder().pki(pki).start();
 *      MobileIdSimulator mobileId = MobileIdSimulator.builder().pki(pki).start()) {
 *     // point the provider at smartId.baseUri() / mobileId.baseUri(), pin pki.serverCertificate(),
 *     // trust pki.caCertificate() for the people's certificates, and use
 *     // SmartIdTestAccount.OK or MobileIdTestUser.OK as the person
 * }
 * }</pre>
 *
 * <p>{@link lt.savitarna.sdk.testkit.sk.SimulatorsMain} runs both on their own.
 */
package lt.savitarna.sdk.testkit.sk;
