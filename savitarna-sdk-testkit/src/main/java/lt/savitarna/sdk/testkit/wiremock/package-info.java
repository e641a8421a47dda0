/**
 * WireMock stubs of the portal API and of SK's Smart-ID and Mobile-ID relying-party APIs, for
 * partners' unit tests: {@link lt.savitarna.sdk.testkit.wiremock.PortalStubs} registers every
 * operation of the contract with its example data ({@link lt.savitarna.sdk.testkit.wiremock.StubData}),
 * signing scenarios and one-off faults; {@link lt.savitarna.sdk.testkit.wiremock.SmartIdStubs} and
 * {@link lt.savitarna.sdk.testkit.wiremock.MobileIdStubs} answer SK's relying-party APIs with
 * sessions that run once and then complete, signed for real with a test PKI.
 *
 * <!-- sample: WireMockStubsExampleTest#connection-reset -->
 * <pre>{@code
 * // The first attempt's connection is reset before any answer; a GET is always safe to repeat.
 * PortalStubs.on(portal).all().connectionResetOnce("GET", CONTRACT_PATH + "/content");
 *
 * try (Session session = client.login(StubData.EMAIL, StubData.PASSWORD.toCharArray())) {
 *     ByteArrayOutputStream file = new ByteArrayOutputStream();
 *     long size = session.workspace(StubData.COMPANY_ID, StubData.PARTY_ID).documents()
 *             .download(StubData.CONTRACT_ID, file);
 *
 *     assertEquals(StubData.SAMPLE_PDF_SIZE, size);
 *     assertArrayEquals(StubData.samplePdf(), file.toByteArray());
 * }
 * }</pre>
 *
 * <p>Needs {@code org.wiremock:wiremock-standalone} (an optional dependency of the testkit) on the
 * test class path or, as the automatic module {@code wiremock.standalone}, on the module path.
 */
package lt.savitarna.sdk.testkit.wiremock;
