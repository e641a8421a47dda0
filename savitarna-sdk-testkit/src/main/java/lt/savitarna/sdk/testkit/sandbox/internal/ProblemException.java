package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.Objects;

/**
 * Thrown anywhere while serving a request to answer with a problem document; the dispatcher
 * renders it. Cheap: no stack trace, since it is an answer, not a failure.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }
}
