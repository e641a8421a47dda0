/**
 * Test support for the Savitarna SDK: the sandbox, a stateful in-process implementation of the
 * portal API for end-to-end tests, examples and local development; and Smart-ID and Mobile-ID
 * simulators with a generated test PKI ({@code lt.savitarna.sdk.testkit.sk}); and WireMock stubs of
 * the portal API for unit tests ({@code lt.savitarna.sdk.testkit.wiremock}).
 *
 * <!-- sample: SandboxServerExampleTest#start -->
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.builder().start();
 *      SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
 *      Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *     assertEquals(DemoData.JONAS_REPRESENTATION_COUNT, session.representations().stream().count());
 * }
 * }</pre>
 */
module lt.savitarna.sdk.testkit {
    requires jdk.httpserver;
    requires lt.savitarna.sdk.signing;
    // The Smart-ID and Mobile-ID stubs take core's Digest: a module using them reads core too.
    requires transitive lt.savitarna.sdk.core;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires jakarta.json;
    requires org.slf4j;
    // Only SandboxExtension needs JUnit, and whoever uses it has JUnit anyway; transitive because
    // the extension's public signatures show JUnit's types.
    requires static transitive org.junit.jupiter.api;
    // Only the WireMock stubs need it, and whoever uses them requires WireMock anyway. The standalone
    // jar has no module descriptor: it is the automatic module named after its file. Not transitive:
    // that would make every module reading the testkit need WireMock to compile.
    requires static wiremock.standalone;

    exports lt.savitarna.sdk.testkit;
    exports lt.savitarna.sdk.testkit.sandbox;
    exports lt.savitarna.sdk.testkit.sk;
    exports lt.savitarna.sdk.testkit.wiremock;
}
