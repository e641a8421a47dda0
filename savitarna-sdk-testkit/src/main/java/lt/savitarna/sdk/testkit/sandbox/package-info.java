/**
 * The sandbox: a stateful in-process implementation of the portal API ({@code /api/v1}) for
 * end-to-end tests, examples and local development, with test hooks, fault injection, counters
 * and an exchange log for contract tests.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.builder().start()) {
 *     sandbox.faults().add(SandboxFault.on("POST", "/api/v1/auth/password").unavailable(Duration.ofSeconds(1)));
 *     // drive a client against sandbox.baseUri() ...
 *     assertEquals(2, sandbox.counters().requests("POST", "/api/v1/auth/password"));
 * }
 * }</pre>
 *
 * <p>It is a separate implementation of the contract and shares no code with the SDK client.
 * Test hooks over HTTP live under {@code /_sandbox/} (see {@link lt.savitarna.sdk.testkit.sandbox.SandboxServer}).
 */
package lt.savitarna.sdk.testkit.sandbox;
