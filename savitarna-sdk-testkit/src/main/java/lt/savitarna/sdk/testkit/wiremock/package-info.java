/**
 * WireMock stubs of the portal API and of SK's Smart-ID and Mobile-ID relying-party APIs, for
 * partners' unit tests: {@link lt.savitarna.sdk.testkit.wiremock.PortalStubs} registers every
 * operation of the contract with its example data ({@link lt.savitarna.sdk.testkit.wiremock.StubData}),
 * signing scenarios and one-off faults; {@link lt.savitarna.sdk.testkit.wiremock.SmartIdStubs} and
 * {@link lt.savitarna.sdk.testkit.wiremock.MobileIdStubs} answer SK's relying-party APIs with
 * sessions that run once and then complete, signed for real with a test PKI.
 *
 * <pre>{@code
 * WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
 * server.start();
 * PortalStubs.on(server).all().connectionResetOnce("GET", "/api/v1/me/representations");
 * SavitarnaClient client = SavitarnaClient.builder().baseUri(URI.create(server.baseUrl())).build();
 * }</pre>
 *
 * <p>Needs {@code org.wiremock:wiremock-standalone} (an optional dependency of the testkit) on the
 * test class path or, as the automatic module {@code wiremock.standalone}, on the module path.
 */
package lt.savitarna.sdk.testkit.wiremock;
