package lt.savitarna.sdk.signing.internal;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * Counts the TLS connections one HTTP client opens. The JDK client makes one {@link SSLEngine}
 * for every new connection and none for a connection it takes from its pool, so if the count did
 * not move while an exchange was in flight, that exchange went over a connection opened earlier.
 * That is what {@link SkHttp} needs to know before it may send a session-start POST again.
 *
 * <pre>{@code
 * OpenedConnections opened = new OpenedConnections();
 * HttpClient client = HttpClient.newBuilder().sslContext(opened.counting(context)).build();
 * long before = opened.count(); // ... after the exchange: opened.count() == before means it reused one
 * }</pre>
 */
final class OpenedConnections {

    private final AtomicLong count = new AtomicLong();

    /** {@return how many connections the client has opened so far} */
    long count() {
        return count.get();
    }

    /** {@return {@code context} for the client, counting each engine it makes} */
    SSLContext counting(SSLContext context) {
        return new SSLContext(new CountingSpi(context), context.getProvider(), context.getProtocol()) {
        };
    }

    /** Everything as {@code context} does it; an engine made is a connection opened. */
    private final class CountingSpi extends SSLContextSpi {

        private final SSLContext context;

        CountingSpi(SSLContext context) {
            this.context = context;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException("the context is initialised already");
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            count.incrementAndGet();
            return context.createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            count.incrementAndGet();
            return context.createSSLEngine(host, port);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return context.getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return context.getServerSocketFactory();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return context.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return context.getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return context.getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return context.getSupportedSSLParameters();
        }
    }
}
