package lt.savitarna.sdk.examples.testing;

import java.time.Duration;
import java.util.Objects;
import lt.savitarna.sdk.Sleeper;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.Documents;

/**
 * A piece of "partner code" the examples test: an ERP job that waits until a contract sent for
 * signature is signed (by the person, on the portal) and then returns it. It depends only on the
 * SDK's {@link Documents} interface and a {@link Sleeper}, so it can be tested against stubs, the
 * sandbox, or a hand-written fake.
 */
final class ContractWatcher {

    private final Documents documents;
    private final Sleeper sleeper;
    private final Duration interval;
    private final int maxPolls;

    ContractWatcher(Documents documents, Sleeper sleeper, Duration interval, int maxPolls) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.maxPolls = maxPolls;
    }

    /**
     * Polls the contract until it is signed.
     *
     * @throws IllegalStateException it was cancelled, or still unsigned after the last poll
     */
    Document awaitSigned(String contractId) {
        for (int poll = 1; ; poll++) {
            Document contract = documents.get(contractId);
            if (DocumentState.SIGNED.equals(contract.state())) {
                return contract;
            }
            if (DocumentState.CANCELLED.equals(contract.state())) {
                throw new IllegalStateException(contractId + " was cancelled");
            }
            if (poll == maxPolls) {
                throw new IllegalStateException(contractId + " still " + contract.state() + " after " + poll + " polls");
            }
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + contractId, e);
            }
        }
    }
}
