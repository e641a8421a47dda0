package lt.savitarna.sdk.signing.internal;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import lt.savitarna.sdk.signing.TlsPin;

/**
 * Trusts an e-signature service's server only if its chain passes normal PKIX validation (with
 * host name checking, which the HTTP client asks for) against the JDK's trusted CAs or extra
 * configured ones, and, when pins are configured, a certificate of the chain has the public key of
 * a pin that is still active. Pins that will expire within the warning window are reported once
 * each, so that operations can roll the next pin in before the old one stops working.
 *
 * <pre>{@code
 * SSLContext tls = PinningTrustManager.sslContext(pins, extraCas, clock, Duration.ofDays(30), log::warn);
 * }</pre>
 */
public final class PinningTrustManager extends X509ExtendedTrustManager {

    private final List<X509ExtendedTrustManager> delegates;
    private final List<TlsPin> pins;
    private final Clock clock;
    private final Duration warnBefore;
    private final Consumer<String> warnings;
    private final Set<TlsPin> warned = ConcurrentHashMap.newKeySet();

    private PinningTrustManager(List<X509ExtendedTrustManager> delegates, List<TlsPin> pins, Clock clock,
                                Duration warnBefore, Consumer<String> warnings) {
        this.delegates = delegates;
        this.pins = List.copyOf(pins);
        this.clock = clock;
        this.warnBefore = warnBefore;
        this.warnings = warnings;
    }

    /**
     * A TLS context whose trust decisions this manager makes.
     *
     * @param pins       the pins; empty for no pinning
     * @param extraCas   CAs trusted for the server besides the JDK's (for test servers)
     * @param clock      the time pins expire by
     * @param warnBefore how long before a pin expires to warn
     * @param warnings   where warnings go
     */
    public static SSLContext sslContext(List<TlsPin> pins, List<X509Certificate> extraCas, Clock clock,
                                        Duration warnBefore, Consumer<String> warnings) {
        try {
            PinningTrustManager manager = new PinningTrustManager(delegates(extraCas), pins, clock, warnBefore,
                    warnings);
            manager.warnAboutExpiringPins();
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {manager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS for the e-signature service", e);
        }
    }

    private static List<X509ExtendedTrustManager> delegates(List<X509Certificate> extraCas)
            throws GeneralSecurityException {
        List<X509ExtendedTrustManager> out = new ArrayList<>();
        out.add(pkix(null));
        if (!extraCas.isEmpty()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try {
                store.load(null, null);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < extraCas.size(); i++) {
                store.setCertificateEntry("extra-" + i, extraCas.get(i));
            }
            out.add(pkix(store));
        }
        return List.copyOf(out);
    }

    private static X509ExtendedTrustManager pkix(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(store);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("the JDK offers no PKIX trust manager");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        CertificateException first = null;
        for (X509ExtendedTrustManager delegate : delegates) {
            try {
                delegate.checkServerTrusted(chain, authType, engine);
                checkPins(chain);
                return;
            } catch (PinMismatchException e) {
                throw e;
            } catch (CertificateException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        CertificateException first = null;
        for (X509ExtendedTrustManager delegate : delegates) {
            try {
                delegate.checkServerTrusted(chain, authType, socket);
                checkPins(chain);
                return;
            } catch (PinMismatchException e) {
                throw e;
            } catch (CertificateException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the e-signature service's server is checked only with its connection");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("no client certificates are accepted");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("no client certificates are accepted");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("no client certificates are accepted");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    private void checkPins(X509Certificate[] chain) throws PinMismatchException {
        if (pins.isEmpty()) {
            return;
        }
        warnAboutExpiringPins();
        Instant now = clock.instant();
        for (TlsPin pin : pins) {
            if (!pin.isActive(now)) {
                continue;
            }
            for (X509Certificate certificate : chain) {
                if (pin.matches(certificate)) {
                    return;
                }
            }
        }
        throw new PinMismatchException("the server's public keys match none of the " + pins.size()
                + " configured TLS pins that are active at " + now);
    }

    private void warnAboutExpiringPins() {
        Instant now = clock.instant();
        for (TlsPin pin : pins) {
            Instant expires = pin.expires();
            if (expires != null && now.isBefore(expires) && !now.plus(warnBefore).isBefore(expires)
                    && warned.add(pin)) {
                warnings.accept("TLS pin " + pin.sha256() + " of the e-signature service expires at " + expires
                        + " (in " + Duration.between(now, expires).toDays() + " days); configure the next pin now");
            }
        }
    }

    /** The chain is trusted but carries no pinned key. */
    public static final class PinMismatchException extends CertificateException {
        private static final long serialVersionUID = 1L;

        PinMismatchException(String message) {
            super(message);
        }
    }
}
