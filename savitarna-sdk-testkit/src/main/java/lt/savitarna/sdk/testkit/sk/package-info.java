/**
 * Smart-ID and Mobile-ID simulators: in-process HTTPS services that speak SK ID Solutions'
 * relying-party APIs (Smart-ID RP API v2, Mobile-ID REST) and answer for SK's published demo
 * accounts and test numbers with real signatures from a generated test PKI.
 *
 * <!-- sample: SimulatorsExampleTest#smart-id -->
 * <pre>{@code
 * TestPki pki = TestPki.generate();
 * try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(pki).start()) {
 *     SmartIdProvider smartId = SmartIdProvider.create(SmartIdConfig.demo(
 *                     SmartIdSimulator.DEMO_RELYING_PARTY_UUID, SmartIdSimulator.DEMO_RELYING_PARTY_NAME)
 *             .baseUri(simulator.baseUri())
 *             .tlsPins(TlsPin.of(pki.serverCertificate()))
 *             .trustServerCertificate(pki.caCertificate())
 *             .trustAnchors(List.of(pki.caCertificate()))
 *             .build());
 *     SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.OK.personalCode()));
 *     Authentication auth = smartId.authenticate(AuthenticationRequest.builder(person, challenge).build(),
 *             SigningListener.none());
 *     assertEquals(SmartIdTestAccount.OK.givenName(), auth.givenName());
 * }
 * }</pre>
 *
 * <p>{@link lt.savitarna.sdk.testkit.sk.SimulatorsMain} runs both on their own.
 */
package lt.savitarna.sdk.testkit.sk;
