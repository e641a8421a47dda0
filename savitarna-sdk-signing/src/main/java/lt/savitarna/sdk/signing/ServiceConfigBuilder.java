package lt.savitarna.sdk.signing;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import lt.savitarna.sdk.Sleeper;
import lt.savitarna.sdk.signing.internal.Async;
import lt.savitarna.sdk.signing.internal.ServiceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings Smart-ID and Mobile-ID share: where the service is, who the relying party is, how
 * its TLS server and the signers' certificates are trusted, and timing. The setters check their
 * arguments at once; {@link #settings()} checks the whole.
 *
 * @param <B> the concrete builder
 */
abstract class ServiceConfigBuilder<B extends ServiceConfigBuilder<B>> {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceConfigBuilder.class);
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_NAME_BYTES = 32;
    private static final Locale LITHUANIAN = new Locale("lt");

    private final String provider;
    private final boolean live;
    private URI baseUri;
    private final String relyingPartyUuid;
    private final String relyingPartyName;
    private final List<TlsPin> tlsPins = new ArrayList<>();
    private final List<X509Certificate> extraServerCas = new ArrayList<>();
    private Duration pinExpiryWarning = Duration.ofDays(30);
    private Consumer<String> pinWarnings = LOG::warn;
    private final List<X509Certificate> trustAnchors = new ArrayList<>();
    private boolean revocationChecking;
    private Duration certificateExpiryWarning = Duration.ofDays(30);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration longPollTimeout = Duration.ofSeconds(60);
    private Duration pollInterval = Duration.ofMillis(500);
    private Duration deadline = Duration.ofMinutes(3);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Async.SYSTEM_SLEEPER;
    private Locale locale = Locale.ENGLISH;

    ServiceConfigBuilder(String provider, boolean live, URI baseUri, String relyingPartyUuid, String relyingPartyName,
                         List<X509Certificate> defaultAnchors) {
        this.provider = provider;
        this.live = live;
        baseUri(baseUri);
        Objects.requireNonNull(relyingPartyUuid, "relyingPartyUuid");
        Objects.requireNonNull(relyingPartyName, "relyingPartyName");
        if (!UUID.matcher(relyingPartyUuid).matches()) {
            throw new IllegalArgumentException("relyingPartyUuid must be a UUID such as 00000000-0000-0000-0000-000000000000");
        }
        int nameBytes = relyingPartyName.getBytes(StandardCharsets.UTF_8).length;
        if (relyingPartyName.isBlank() || nameBytes > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("relyingPartyName must be 1 to " + MAX_NAME_BYTES + " bytes in UTF-8, is "
                    + nameBytes);
        }
        this.relyingPartyUuid = relyingPartyUuid;
        this.relyingPartyName = relyingPartyName;
        this.trustAnchors.addAll(defaultAnchors);
    }

    abstract B self();

    /**
     * The API's base URI, replacing the preset's (e.g. for a proxy or a simulator). Must be
     * {@code https}, except {@code http} on a loopback address.
     */
    public B baseUri(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
        if (baseUri.getHost() == null || baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUri needs a host and no query or fragment: " + baseUri);
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(baseUri.getHost()))) {
            throw new IllegalArgumentException("baseUri must use https (plain http only on loopback): " + baseUri);
        }
        String text = baseUri.toString();
        this.baseUri = URI.create(text.endsWith("/") ? text : text + "/");
        return self();
    }

    /**
     * The TLS pins of the API host (replacing earlier ones); several may be active at once, so
     * configure the next one before the current one expires. Required for the live presets.
     */
    public B tlsPins(Collection<TlsPin> pins) {
        Objects.requireNonNull(pins, "pins");
        pins.forEach(p -> Objects.requireNonNull(p, "pin"));
        tlsPins.clear();
        tlsPins.addAll(pins);
        return self();
    }

    /** As {@link #tlsPins(Collection)}. */
    public B tlsPins(TlsPin... pins) {
        return tlsPins(List.of(pins));
    }

    /** How long before a pin expires a warning is logged; default 30 days. */
    public B pinExpiryWarning(Duration window) {
        this.pinExpiryWarning = notNegative(window, "pinExpiryWarning");
        return self();
    }

    /**
     * Trusts an extra CA for the API host's TLS certificate, besides the JDK's trusted CAs:
     * for test servers with their own CA. Pins still apply.
     */
    public B trustServerCertificate(X509Certificate ca) {
        extraServerCas.add(Objects.requireNonNull(ca, "ca"));
        return self();
    }

    /**
     * The CAs signer certificates must chain to, replacing the preset's (the demo presets bundle
     * SK's demo anchors; the live presets have none, so this is required for them).
     */
    public B trustAnchors(Collection<X509Certificate> anchors) {
        Objects.requireNonNull(anchors, "anchors");
        anchors.forEach(a -> Objects.requireNonNull(a, "anchor"));
        trustAnchors.clear();
        trustAnchors.addAll(anchors);
        return self();
    }

    /** Whether certificate paths are checked for revocation; default off. */
    public B revocationChecking(boolean on) {
        this.revocationChecking = on;
        return self();
    }

    /** How long before a signer's certificate expires the listener is warned; default 30 days. */
    public B certificateExpiryWarning(Duration window) {
        this.certificateExpiryWarning = notNegative(window, "certificateExpiryWarning");
        return self();
    }

    /** The connect timeout; default 10 s. */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return self();
    }

    /** The timeout of a request that starts a session; default 30 s. */
    public B requestTimeout(Duration timeout) {
        this.requestTimeout = positive(timeout, "requestTimeout");
        return self();
    }

    /**
     * How long one status request may wait on the server for the session to end (1 s to 120 s);
     * default 60 s. The HTTP timeout of such a request is 10 s longer.
     */
    public B longPollTimeout(Duration timeout) {
        positive(timeout, "longPollTimeout");
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofSeconds(120)) > 0) {
            throw new IllegalArgumentException("longPollTimeout must be 1 s to 120 s: " + timeout);
        }
        this.longPollTimeout = timeout;
        return self();
    }

    /** The pause after a status answer that is still running, before the next request; default 0.5 s. */
    public B pollInterval(Duration interval) {
        this.pollInterval = notNegative(interval, "pollInterval");
        return self();
    }

    /** The default deadline of an operation (a request may set its own); default 3 minutes. */
    public B deadline(Duration deadline) {
        this.deadline = positive(deadline, "deadline");
        return self();
    }

    /** The time source for deadlines, certificate validity and pin expiry; default UTC system clock. */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * What pauses between polls and retries; by default a real pause, which a shared scheduler keeps
     * without a sleeping thread. Tests pass a recorder, which is called on the flow's thread.
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /** The language of exception messages for people: {@code lt} Lithuanian, anything else English. */
    public B locale(Locale locale) {
        this.locale = "lt".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? LITHUANIAN : Locale.ENGLISH;
        return self();
    }

    /** Where pin expiry warnings go instead of the log; for tests. */
    B pinWarnings(Consumer<String> sink) {
        this.pinWarnings = Objects.requireNonNull(sink, "sink");
        return self();
    }

    Locale locale() {
        return locale;
    }

    /** The checked settings. */
    ServiceSettings settings() {
        if (trustAnchors.isEmpty()) {
            throw new IllegalStateException(provider + " needs trust anchors for signer certificates: SK's published"
                    + " intermediate CAs (TrustAnchors.fromPem)");
        }
        if (live && tlsPins.isEmpty()) {
            throw new IllegalStateException(provider + " live needs TLS pins of the API host, as SK's security"
                    + " guidance requires (tlsPins)");
        }
        if (tlsPins.isEmpty()) {
            LOG.debug("{} at {} without TLS pinning", provider, baseUri);
        }
        CertificateValidator validator = CertificateValidator.builder()
                .trustAnchors(trustAnchors)
                .revocationChecking(revocationChecking)
                .clock(clock)
                .expiryWarning(certificateExpiryWarning)
                .locale(locale)
                .build();
        return new ServiceSettings(provider, baseUri, relyingPartyUuid, relyingPartyName, List.copyOf(tlsPins),
                List.copyOf(extraServerCas), pinExpiryWarning, pinWarnings, validator, connectTimeout, requestTimeout,
                longPollTimeout, pollInterval, deadline, clock, sleeper, locale);
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }

    private static Duration notNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
        return d;
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return false; // a name other than localhost is never resolved here
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
