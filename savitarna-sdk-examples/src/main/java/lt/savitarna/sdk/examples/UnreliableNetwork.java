package lt.savitarna.sdk.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import lt.savitarna.sdk.RetryPolicy;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.account.GroupCompany;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.DeadlineExceededException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.Problem;
import lt.savitarna.sdk.error.RateLimitedException;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.error.ServiceUnavailableException;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.error.UnexpectedResponseException;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.SandboxFaults;

/**
 * A client for a back-office job on an unreliable network: it sets timeouts, a total deadline per
 * call and a retry policy, and handles what still fails when the retries run out — a portal that
 * stays busy, a network that drops the connection, an answer that never comes, an answer that
 * cannot be read, and an error of the portal itself.
 *
 * <p>It starts an embedded sandbox, whose fault injection plays the unreliable network and portal.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.UnreliableNetwork
 * }</pre>
 */
public final class UnreliableNetwork {

    private UnreliableNetwork() {
    }

    public static void main(String[] args) {
        try (ExamplePortal portal = ExamplePortal.fromArguments(new String[0])) {
            run(portal);
        }
    }

    /** The whole program. */
    static void run(ExamplePortal portal) {
        PrintStream out = portal.out();
        SandboxFaults faults = portal.sandbox().orElseThrow().faults();

        // @start region=retry-policy
        RetryPolicy retries = RetryPolicy.builder()
                .maxAttempts(3)                          // the first attempt and two retries
                .baseDelay(Duration.ofMillis(100))       // waits are random, up to 100 ms, 200 ms, ...
                .maxDelay(Duration.ofSeconds(2))
                .maxRetryAfter(Duration.ofSeconds(1))    // a longer Retry-After of the portal is cut to this
                .budget(50, 5, 1)                        // retries stop when the portal fails for every call
                .build();
        // @end
        // @start region=client-options
        SavitarnaClient client = SavitarnaClient.builder()
                .baseUri(portal.baseUri()) // @replace regex="portal.baseUri\(\)" replacement="URI.create(\"https://savitarna.agrokoncernas.lt\")"
                .connectTimeout(Duration.ofSeconds(5))
                .attemptTimeout(Duration.ofSeconds(2))   // one attempt, until the whole answer arrived
                .deadline(Duration.ofSeconds(5))         // one call, all its attempts and waits included
                .retryPolicy(retries)
                .locale(Locale.forLanguageTag("lt"))     // the language of the exceptions' messages
                .build();
        // @end

        try (client; Session session = portal.login(client)) {
            out.println("1. The portal stays busy:");
            faults.add(SandboxFault.on("GET", "/api/v1/me").times(3).unavailable(Duration.ofSeconds(1)));
            showProfile(session, out);
            faults.clear();

            out.println("2. The portal limits the requests:");
            faults.add(SandboxFault.on("GET", "/api/v1/me").times(3).rateLimited(Duration.ofSeconds(1)));
            showProfile(session, out);
            faults.clear();

            out.println("3. The network drops every connection:");
            faults.add(SandboxFault.on("GET", "/api/v1/me").times(10).dropBeforeProcessing());
            showProfile(session, out);
            faults.clear();

            out.println("4. The answers come too late:");
            faults.add(SandboxFault.on("GET", "/api/v1/companies").times(3).delay(Duration.ofSeconds(3)));
            showCompanies(session, out);
            faults.clear();

            out.println("5. An answer that cannot be read:");
            faults.add(SandboxFault.on("GET", "/api/v1/companies").malformedJson());
            showCompanies(session, out);
            faults.clear();

            out.println("6. An error of the portal itself:");
            faults.add(SandboxFault.on("GET", "/api/v1/me").times(3).status(500, ErrorCodes.INTERNAL_ERROR));
            showProblem(session, out);
            faults.clear();

            out.println("7. A call that fails in a way this program does not handle specially:");
            faults.add(SandboxFault.on("GET", "/api/v1/companies").status(418, "TEAPOT"));
            showCompanies(session, out);
            faults.clear();
        }
    }

    private static void showProfile(Session session, PrintStream out) {
        // @start region=retries-exhausted
        try {
            out.println("Logged in as " + session.me().email());
        } catch (RateLimitedException | ServiceUnavailableException e) {
            // Still busy after the retries: try again later, when the portal asks to.
            Duration wait = e.retryAfter().orElse(Duration.ofMinutes(1));
            out.println(e.getLocalizedMessage() + " Next try in " + wait.toSeconds() + " s.");
        } catch (TransportException e) {
            out.println("No connection after " + e.attempts() + " attempts: " + e.getLocalizedMessage());
        }
        // @end
    }

    private static void showCompanies(Session session, PrintStream out) {
        // @start region=call-failed
        try {
            session.companies().forEach((GroupCompany company) -> out.println(company.name()));
        } catch (DeadlineExceededException e) {
            out.println("Gave up after " + e.deadline().toSeconds() + " s and " + e.attempts() + " attempts");
        } catch (UnexpectedResponseException e) {
            out.println("An unreadable answer, HTTP " + e.status() + ", request id " + e.getRequestId());
        } catch (SavitarnaException e) {
            // Anything else: a message for the person, and the code and request id for the support.
            out.println(e.getLocalizedMessage() + " (" + e.getCode() + ", request id " + e.getRequestId() + ")");
        }
        // @end
    }

    private static void showProblem(Session session, PrintStream out) {
        // @start region=problem
        try {
            out.println("Logged in as " + session.me().email());
        } catch (ApiException e) {
            if (ErrorCodes.INTERNAL_ERROR.equals(e.code())) {
                out.println("The portal failed; quote request id " + e.requestId() + " to its support");
            } else {
                Problem problem = e.problem(); // as the portal sent it, with its title and detail
                out.println(problem.status() + " " + problem.code() + ": " + problem.detail());
            }
        }
        // @end
    }
}
