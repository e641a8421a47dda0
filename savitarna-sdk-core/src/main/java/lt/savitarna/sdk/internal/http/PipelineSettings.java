package lt.savitarna.sdk.internal.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import lt.savitarna.sdk.RetryPolicy;
import lt.savitarna.sdk.Sleeper;

/**
 * What the pipeline needs from the client's configuration.
 *
 * @param apiRoot        the API root, e.g. {@code https://host/api/v1} (no trailing slash)
 * @param attemptTimeout the longest one attempt may take, up to its whole answer (or its headers,
 *                       for streamed bodies)
 * @param deadline       the longest one call may take, all attempts and waits included
 * @param retryPolicy    when to retry
 * @param sleeper        waits between attempts
 * @param clock          the time source for deadlines and {@code Retry-After} dates
 * @param random         the jitter source
 * @param userAgent      the {@code User-Agent} header
 * @param locale         the language of people-facing messages
 */
public record PipelineSettings(URI apiRoot, Duration attemptTimeout, Duration deadline, RetryPolicy retryPolicy,
                               Sleeper sleeper, Clock clock, RandomGenerator random, String userAgent,
                               Locale locale) {

    /** Checks that nothing is missing. */
    public PipelineSettings {
        Objects.requireNonNull(apiRoot, "apiRoot");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(locale, "locale");
    }
}
