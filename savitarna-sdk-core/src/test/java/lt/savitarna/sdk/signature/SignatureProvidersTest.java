package lt.savitarna.sdk.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SignatureProvidersTest {

    /** A provider whose authentication blocks until interrupted, to watch cancellation. */
    static final class Blocking implements SignatureProvider {
        final String name;
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicBoolean interrupted = new AtomicBoolean();

        Blocking(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Authentication authenticate(AuthenticationRequest request, SigningListener listener) {
            started.countDown();
            try {
                new CountDownLatch(1).await();
                throw new AssertionError("never released");
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw new SigningCancelledException(name, "interrupted", null);
            } finally {
                finished.countDown();
            }
        }

        @Override
        public SigningCertificate signingCertificate(CertificateRequest request, SigningListener listener) {
            throw new SignerNotFoundException(name, "nobody", null);
        }

        @Override
        public SignatureValue sign(SignatureRequest request, SigningListener listener) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void providersAreFoundByName() {
        Blocking a = new Blocking("a");
        Blocking b = new Blocking("b");

        SignatureProviders providers = SignatureProviders.of(a).with(b);

        assertEquals(List.of("a", "b"), List.copyOf(providers.names()));
        assertSame(b, providers.get("b"));
        assertTrue(providers.find("c").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> providers.get("c"));
        assertTrue(e.getMessage().contains("[a, b]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SignatureProviders.of(a, new Blocking("a")));
        assertSame(b, SignatureProviders.of(a, new Blocking("b")).with(b).get("b"));
    }

    @Test
    void coreAloneDiscoversNothing() {
        SignatureProviders providers = SignatureProviders.discover();

        assertTrue(providers.names().isEmpty());
        assertTrue(providers.unavailable().isEmpty());
    }

    @Test
    void cancellingTheAsyncFormInterruptsTheWork() throws Exception {
        Blocking provider = new Blocking("blocking");

        CompletableFuture<Authentication> pending = provider.authenticateAsync(AuthenticationRequest.builder(
                SignerIdentity.anyone(), Digest.random(HashType.SHA256)).build(), SigningListener.none());
        assertTrue(provider.started.await(5, TimeUnit.SECONDS));
        assertTrue(pending.cancel(false));

        assertTrue(provider.finished.await(5, TimeUnit.SECONDS));
        assertTrue(provider.interrupted.get());
        assertThrows(CancellationException.class, pending::join);
    }

    @Test
    void theAsyncFormCarriesTheTypedFailure() {
        Blocking provider = new Blocking("blocking");

        ExecutionException e = assertThrows(ExecutionException.class, () -> provider.signingCertificateAsync(
                CertificateRequest.builder(SignerIdentity.anyone()).build(), null).get(5, TimeUnit.SECONDS));

        assertTrue(e.getCause() instanceof SignerNotFoundException);
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
