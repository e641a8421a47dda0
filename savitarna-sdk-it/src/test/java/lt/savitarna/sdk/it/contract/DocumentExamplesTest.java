package lt.savitarna.sdk.it.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lt.savitarna.sdk.it.contract.ApiOperations.ApiOperation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example in the document is itself a valid exchange: examples are what people copy. */
class DocumentExamplesTest {

    private static final ContractValidator CONTRACT = ContractValidator.shared();
    private static final List<ApiOperation> OPERATIONS = ApiOperations.of(CONTRACT.openApi());

    @TestFactory
    Stream<DynamicTest> requestExamplesAreValidRequests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation op : OPERATIONS) {
            if (op.operation().getRequestBody() == null) {
                continue;
            }
            op.operation().getRequestBody().getContent().forEach((mediaType, content) ->
                    examples(content).forEach((name, value) -> tests.add(DynamicTest.dynamicTest(
                            op.id() + " request " + name, () -> CONTRACT.validateRequest(
                                    request(op).header("Content-Type", mediaType).body(json(value)).build())
                                    .assertValid()))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> responseExamplesAreValidResponses() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation op : OPERATIONS) {
            op.responses().forEach((status, response) -> {
                if (response.getContent() == null) {
                    return;
                }
                response.getContent().forEach((mediaType, content) ->
                        examples(content).forEach((name, value) -> tests.add(DynamicTest.dynamicTest(
                                op.id() + " " + status + " " + name, () -> CONTRACT.validateResponse(
                                        request(op).build(),
                                        response(Integer.parseInt(status), response, mediaType, value)).assertValid()))));
            });
        }
        return tests.stream();
    }

    @Test
    void theDocumentCarriesManyExamples() {
        long responseExamples = OPERATIONS.stream()
                .flatMap(op -> op.responses().values().stream())
                .filter(response -> response.getContent() != null)
                .flatMap(response -> response.getContent().values().stream())
                .mapToLong(content -> examples(content).size())
                .sum();
        assertTrue(responseExamples >= 60, "response examples: " + responseExamples);
    }

    /** A request for the operation with the path filled in and every required header given. */
    private static ContractRequest.Builder request(ApiOperation op) {
        ContractRequest.Builder request = ContractRequest.builder(op.method(), op.concretePath());
        if (!op.isPublic()) {
            request.bearer("at_example");
        }
        op.parameters().stream()
                .filter(p -> "header".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()))
                .forEach(p -> request.header(p.getName(), String.valueOf(p.getExample())));
        return request;
    }

    private static ContractResponse response(int status, ApiResponse declared, String mediaType, Object example) {
        ContractResponse.Builder response = ContractResponse.status(status).header("Content-Type", mediaType);
        if (declared.getHeaders() != null) {
            declared.getHeaders().forEach((name, header) -> {
                if (Boolean.TRUE.equals(header.getRequired())) {
                    response.header(name, String.valueOf(header.getExample()));
                }
            });
        }
        return response.body(json(example)).build();
    }

    private static Map<String, Object> examples(MediaType content) {
        Map<String, Object> examples = new LinkedHashMap<>();
        if (content.getExample() != null) {
            examples.put("example", content.getExample());
        }
        if (content.getExamples() != null) {
            content.getExamples().forEach((name, example) -> examples.put(name, valueOf(example)));
        }
        return examples;
    }

    private static Object valueOf(Example example) {
        return example.getValue();
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
