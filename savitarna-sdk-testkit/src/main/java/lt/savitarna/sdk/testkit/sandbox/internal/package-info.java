/**
 * The sandbox's machinery: router, request context, state store, idempotency ledger, fault plan
 * and the JSON views of the contract. Not exported; the public handle is
 * {@link lt.savitarna.sdk.testkit.sandbox.SandboxServer}.
 */
package lt.savitarna.sdk.testkit.sandbox.internal;
