package lt.savitarna.sdk.it.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lt.savitarna.sdk.it.contract.ContractReport;
import lt.savitarna.sdk.it.contract.ContractRequest;
import lt.savitarna.sdk.it.contract.ContractResponse;
import lt.savitarna.sdk.it.contract.ContractValidator;
import lt.savitarna.sdk.testkit.sandbox.SandboxExchange;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * Holds every exchange the sandbox recorded (the client's request as it arrived, the sandbox's
 * response as it was meant to be sent) against the OpenAPI document. Exchanges damaged by an
 * injected fault are skipped: their wire form is broken on purpose.
 */
final class ExchangeConformance {

    private ExchangeConformance() {
    }

    /** Validates and then clears the recorded exchanges; fails listing every violation. */
    static int assertAllConform(SandboxServer sandbox) {
        List<SandboxExchange> exchanges = sandbox.exchanges();
        sandbox.clearExchanges();
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (SandboxExchange exchange : exchanges) {
            if (exchange.faulted() || exchange.path().startsWith(ContractValidator.SANDBOX_PREFIX)) {
                continue;
            }
            ContractReport report = ContractValidator.shared().validate(request(exchange), response(exchange));
            checked++;
            if (!report.isValid()) {
                violations.add(report.describe());
            }
        }
        if (!violations.isEmpty()) {
            fail(violations.size() + " of " + checked + " exchanges break the contract:\n"
                    + String.join("\n", violations));
        }
        return checked;
    }

    private static ContractRequest request(SandboxExchange exchange) {
        String target = exchange.query() == null ? exchange.path() : exchange.path() + "?" + exchange.query();
        ContractRequest.Builder request = ContractRequest.builder(exchange.method(), target);
        for (Map.Entry<String, List<String>> header : exchange.requestHeaders().entrySet()) {
            request.header(header.getKey(), header.getValue().toArray(String[]::new));
        }
        if (exchange.requestBody().length > 0) {
            request.body(exchange.requestBody());
        } else if (isBinary(exchange.requestHeader("content-type").orElse(null))) {
            request.body(UNRECORDED); // multipart uploads are streamed, not recorded; the validator cannot read them anyway
        }
        return request.build();
    }

    private static ContractResponse response(SandboxExchange exchange) {
        ContractResponse.Builder response = ContractResponse.status(exchange.status());
        for (Map.Entry<String, List<String>> header : exchange.responseHeaders().entrySet()) {
            response.header(header.getKey(), header.getValue().toArray(String[]::new));
        }
        if (exchange.responseBody().length > 0) {
            response.body(exchange.responseBody());
        } else if (isBinary(exchange.responseHeader("content-type").orElse(null))) {
            response.body(UNRECORDED); // files are streamed, not recorded: their headers are still checked
        }
        return response.build();
    }

    /** Stands in for a body the sandbox streams without recording (files, multipart uploads). */
    private static final byte[] UNRECORDED = {'.'};

    private static boolean isBinary(String contentType) {
        return contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }
}
