package lt.savitarna.sdk.signing.internal;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import lt.savitarna.sdk.Sleeper;
import lt.savitarna.sdk.signing.CertificateValidator;
import lt.savitarna.sdk.signing.TlsPin;

/**
 * The settings every SK relying-party service shares, as a provider's configuration fixed them.
 *
 * @param provider          the provider's name
 * @param baseUri           the API root, ending with {@code /}
 * @param relyingPartyUuid  the relying party's UUID
 * @param relyingPartyName  the relying party's name
 * @param tlsPins           pins of the API host; empty for none
 * @param extraServerCas    CAs trusted for the API host besides the JDK's
 * @param pinExpiryWarning  how long before a pin expires to warn
 * @param pinWarnings       where pin warnings go
 * @param validator         the signer certificate validator
 * @param connectTimeout    the connect timeout
 * @param requestTimeout    the timeout of requests that are not long polls
 * @param longPoll          how long one status request may wait on the server
 * @param pollInterval      the pause after a status answer that is still running
 * @param deadline          the default deadline of an operation
 * @param clock             the time source
 * @param sleeper           what pauses between polls and retries
 * @param locale            the language of people-facing messages
 */
public record ServiceSettings(String provider, URI baseUri, String relyingPartyUuid, String relyingPartyName,
                              List<TlsPin> tlsPins, List<X509Certificate> extraServerCas, Duration pinExpiryWarning,
                              Consumer<String> pinWarnings, CertificateValidator validator, Duration connectTimeout,
                              Duration requestTimeout, Duration longPoll, Duration pollInterval, Duration deadline,
                              Clock clock, Sleeper sleeper, Locale locale) {

    /** {@return the exception factory of this provider} */
    public Failures failures() {
        return new Failures(provider, locale);
    }

    /** {@return the settings without the relying party's credentials} */
    @Override
    public String toString() {
        return "ServiceSettings[" + provider + ", " + baseUri + ", relying party " + relyingPartyName + ", "
                + tlsPins.size() + " TLS pins, " + validator + "]";
    }
}
