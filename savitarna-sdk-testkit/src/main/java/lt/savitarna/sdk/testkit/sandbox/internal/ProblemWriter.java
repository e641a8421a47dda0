package lt.savitarna.sdk.testkit.sandbox.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** Renders a {@link Problem} as {@code application/problem+json} carrying the request id. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static Response toResponse(Problem problem, String requestId) {
        JsonObjectBuilder body = Json.object()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail())
                .add("code", problem.code())
                .add("requestId", requestId);
        if (!problem.errors().isEmpty()) {
            JsonArrayBuilder errors = Json.array();
            for (FieldError error : problem.errors()) {
                errors.add(Json.object()
                        .add("field", error.field())
                        .add("code", error.code())
                        .add("message", error.message()));
            }
            body.add("errors", errors);
        }
        Response response = Response.of(problem.status(), Response.PROBLEM_JSON, Json.write(body.build()));
        for (var header : problem.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
