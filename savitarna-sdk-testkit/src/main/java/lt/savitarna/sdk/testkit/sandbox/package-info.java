/**
 * The sandbox: a stateful in-process implementation of the portal API ({@code /api/v1}) for
 * end-to-end tests, examples and local development, with test hooks, fault injection, counters
 * and an exchange log for contract tests.
 *
 * <!-- sample: SandboxTestHooksExampleTest#faults -->
 * <pre>{@code
 * sandbox.faults().add(SandboxFault.on("GET", "/api/v1/me").times(2).unavailable(Duration.ofSeconds(1)));
 *
 * assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
 * assertEquals(0, sandbox.faults().pending(), "both 503s were answered");
 * assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits, "the client obeyed Retry-After");
 * }</pre>
 *
 * <p>It is a separate implementation of the contract and shares no code with the SDK client.
 * Test hooks over HTTP live under {@code /_sandbox/} (see {@link lt.savitarna.sdk.testkit.sandbox.SandboxServer}).
 */
package lt.savitarna.sdk.testkit.sandbox;
