package lt.savitarna.sdk.testkit.sandbox.internal;

/** Serves one route. Throws {@link ProblemException} to answer with a problem. */
@FunctionalInterface
public interface Handler {

    Response handle(RequestContext context);
}
