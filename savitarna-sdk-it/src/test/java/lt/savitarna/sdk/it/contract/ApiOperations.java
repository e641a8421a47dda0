package lt.savitarna.sdk.it.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations of a parsed document, with path-level parameters merged in, for structural tests. */
final class ApiOperations {

    /** One operation of the document. */
    record ApiOperation(String method, String path, Operation operation, List<Parameter> parameters) {

        String id() {
            return operation.getOperationId();
        }

        Optional<Parameter> header(String name) {
            return parameters.stream()
                    .filter(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()))
                    .findFirst();
        }

        boolean hasQuery(String name) {
            return parameters.stream().anyMatch(p -> "query".equals(p.getIn()) && name.equals(p.getName()));
        }

        Map<String, ApiResponse> responses() {
            return operation.getResponses();
        }

        Optional<MediaType> problemContent(ApiResponse response) {
            return Optional.ofNullable(response.getContent())
                    .map(content -> content.get(ContractValidator.PROBLEM_MEDIA_TYPE));
        }

        boolean isPublic() {
            return operation.getSecurity() != null && operation.getSecurity().isEmpty();
        }

        /** The path with every template replaced by its parameter's example (or {@code x1}). */
        String concretePath() {
            String concrete = path;
            for (Parameter parameter : parameters) {
                if ("path".equals(parameter.getIn())) {
                    Object example = parameter.getExample();
                    concrete = concrete.replace("{" + parameter.getName() + "}",
                            example == null ? "x1" : String.valueOf(example));
                }
            }
            return ContractValidator.BASE_PATH + concrete;
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + id() + ")";
        }
    }

    private ApiOperations() {
    }

    static List<ApiOperation> of(OpenAPI api) {
        List<ApiOperation> result = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            result.add(new ApiOperation(method.name(), path, operation, List.copyOf(parameters)));
        }));
        return List.copyOf(result);
    }
}
