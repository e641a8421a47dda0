package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.time.Duration;
import java.util.Objects;
import lt.savitarna.sdk.testkit.sandbox.SignatureTrust;

/**
 * How a sandbox's workspaces behave.
 *
 * @param largeDocumentSize the size of {@code DemoData.LARGE_DOCUMENT_ID}
 * @param signatureTrust    which signing certificates are trusted
 * @param signatureTtl      how long a prepared signature waits for its value
 */
public record WorkspaceOptions(long largeDocumentSize, SignatureTrust signatureTrust, Duration signatureTtl) {

    public WorkspaceOptions {
        Objects.requireNonNull(signatureTrust, "signatureTrust");
        Objects.requireNonNull(signatureTtl, "signatureTtl");
    }
}
