package lt.savitarna.sdk.testkit.sandbox;

/**
 * What a test may check about an account held by the sandbox.
 *
 * <!-- sample: SandboxTestHooksExampleTest#account -->
 * <pre>{@code
 * SandboxAccount ona = sandbox.account(DemoData.ONA_EMAIL).orElseThrow();
 * assertTrue(ona.zemynaMember());
 * assertFalse(ona.identityConfirmed());
 * }</pre>
 */
public record SandboxAccount(String accountId, String email, String firstName, String lastName,
                             boolean identityConfirmed, boolean zemynaMember) {
}
