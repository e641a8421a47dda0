package lt.savitarna.sdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.Locale;

/** RFC 9457 problem responses as the portal writes them, echoing the request's id. */
final class Problems {

    /** Handlebars: the request's {@code X-Request-Id}, or a fresh UUID when it sent none. */
    static final String REQUEST_ID =
            "{{#if request.headers.X-Request-Id}}{{request.headers.X-Request-Id}}{{else}}{{randomValue type='UUID'}}{{/if}}";
    static final String TEMPLATE = "response-template";

    private Problems() {
    }

    static ResponseDefinitionBuilder problem(int status, String code, String title, String detail) {
        String type = "https://savitarna.agrokoncernas.lt/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-');
        String body = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + (detail == null ? "" : ",\"detail\":\"" + detail + "\"")
                + ",\"code\":\"" + code + "\",\"requestId\":\"" + REQUEST_ID + "\"}";
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withHeader("X-Request-Id", REQUEST_ID)
                .withBody(body)
                .withTransformers(TEMPLATE);
    }

    static ResponseDefinitionBuilder withRetryAfter(ResponseDefinitionBuilder response, int seconds) {
        return response.withHeader("Retry-After", Integer.toString(seconds));
    }

    static ResponseDefinitionBuilder notFound() {
        return problem(404, "NOT_FOUND", "Not found", null);
    }

    static ResponseDefinitionBuilder unauthenticated() {
        return problem(401, "UNAUTHENTICATED", "Authentication required", "Send Authorization: Bearer <accessToken>.");
    }

    static ResponseDefinitionBuilder rateLimited(int retryAfterSeconds) {
        return withRetryAfter(problem(429, "RATE_LIMITED", "Too many requests", null), retryAfterSeconds);
    }

    static ResponseDefinitionBuilder serviceUnavailable(int retryAfterSeconds) {
        return withRetryAfter(problem(503, "SERVICE_UNAVAILABLE", "Service unavailable",
                "Planned maintenance until 06:00."), retryAfterSeconds);
    }

    static ResponseDefinitionBuilder documentNotSigned() {
        return problem(409, "DOCUMENT_NOT_SIGNED", "Document not signed", "There is no signed container yet.");
    }

    static ResponseDefinitionBuilder signatureNotPending() {
        return problem(409, "SIGNATURE_NOT_PENDING", "Signature not pending", null);
    }
}
