package lt.savitarna.sdk.examples.testing;

import java.util.concurrent.CompletableFuture;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import lt.savitarna.sdk.PagedIterable;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentChangePage;
import lt.savitarna.sdk.document.DocumentFile;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.DownloadOptions;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.error.NotFoundException;
import lt.savitarna.sdk.error.Problem;
import org.junit.jupiter.api.Test;

/**
 * Unit-testing partner code with no HTTP at all: {@link ContractWatcher} depends only on the SDK's
 * {@link Documents} interface, so a small hand-written fake stands in for the portal, and a
 * recording sleeper for the clock.
 */
class FakeDocumentsExampleTest {

    private final List<Duration> waits = new ArrayList<>();

    @Test
    void returnsTheContractOnceSigned() {
        FakeDocuments documents = new FakeDocuments(DocumentState.AWAITING_SIGNATURE,
                DocumentState.AWAITING_SIGNATURE, DocumentState.SIGNED);

        Document signed = new ContractWatcher(documents, waits::add, Duration.ofMinutes(1), 5).awaitSigned("doc_1");

        assertEquals(DocumentState.SIGNED, signed.state());
        assertEquals(3, documents.reads);
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(1)), waits);
    }

    @Test
    void givesUpOnACancelledContract() {
        FakeDocuments documents = new FakeDocuments(DocumentState.AWAITING_SIGNATURE, DocumentState.CANCELLED);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ContractWatcher(documents, waits::add, Duration.ofMinutes(1), 5).awaitSigned("doc_1"));

        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
    }

    @Test
    void givesUpAfterTheLastPollWithoutWaitingAgain() {
        FakeDocuments documents = new FakeDocuments(DocumentState.AWAITING_SIGNATURE, DocumentState.AWAITING_SIGNATURE,
                DocumentState.AWAITING_SIGNATURE);

        assertThrows(IllegalStateException.class,
                () -> new ContractWatcher(documents, waits::add, Duration.ofMinutes(1), 3).awaitSigned("doc_1"));

        assertEquals(3, documents.reads);
        assertEquals(2, waits.size());
    }

    @Test
    void anUnknownContractFailsAsTheSdkWould() {
        FakeDocuments documents = new FakeDocuments();

        assertThrows(NotFoundException.class,
                () -> new ContractWatcher(documents, waits::add, Duration.ofMinutes(1), 3).awaitSigned("doc_1"));
    }

    /** Answers {@link #get} with the given states in turn; everything else is not needed by the code under test. */
    private static final class FakeDocuments implements Documents {

        private final Deque<DocumentState> states;
        int reads;

        FakeDocuments(DocumentState... states) {
            this.states = new ArrayDeque<>(List.of(states));
        }

        @Override
        public Document get(String documentId) {
            reads++;
            DocumentState state = states.poll();
            if (state == null) {
                throw new NotFoundException(Problem.of(404, "NOT_FOUND", "fake-" + reads), Locale.ENGLISH);
            }
            return new Document(documentId, DocumentType.CONTRACT, state, "Grūdų pirkimo-pardavimo sutartis",
                    "SUT-2026-0142", LocalDate.of(2026, 11, 20), null, null,
                    new DocumentFile("SUT-2026-0142.pdf", "application/pdf", 627,
                            "5a5badf102bf01e14cbe2f5c0e752611715de417c5cfed83af9621177e599384"),
                    DocumentState.AWAITING_SIGNATURE.equals(state),
                    Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-24T10:31:02Z"));
        }

        @Override
        public PagedIterable<Document> list() {
            throw new UnsupportedOperationException();
        }

        @Override
        public PagedIterable<Document> list(DocumentQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PagedIterable<Document> annexes(String contractId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DownloadResult download(String documentId, Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DownloadResult download(String documentId, Path target, DownloadOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long download(String documentId, OutputStream out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long download(String documentId, OutputStream out, DownloadOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InputStream open(String documentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SignedDocument sign(String documentId, SignatureProvider provider, SignerIdentity signer,
                                   SigningListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<SignedDocument> signAsync(String documentId, SignatureProvider provider,
                                                           SignerIdentity signer, SigningListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long downloadSignedContainer(String documentId, Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long downloadSignedContainer(String documentId, OutputStream out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DocumentChangePage changes(String cursor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DocumentChangePage changes(String cursor, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
