package lt.savitarna.sdk.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

/**
 * A named request (and optionally its response) with the error keys the contract check must
 * report: none for a valid exchange, exactly these for an invalid one (so an invalid case fails
 * for the intended reason and no other).
 */
record ContractCase(String name, ContractRequest request, ContractResponse response, Set<String> expectedErrors) {

    static ContractCase valid(String name, ContractRequest request, ContractResponse response) {
        return new ContractCase(name, request, response, Set.of());
    }

    static ContractCase invalid(String name, ContractRequest request, ContractResponse response, String... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("an invalid case names the keys it expects");
        }
        return new ContractCase(name, request, response, Set.of(keys));
    }

    ContractReport check(ContractValidator contract) {
        ContractReport report = response == null
                ? contract.validateRequest(request)
                : contract.validate(request, response);
        assertEquals(new TreeSet<>(expectedErrors), report.errorKeys(), () -> name + "\n" + report.describe());
        return report;
    }

    @Override
    public String toString() {
        return name;
    }
}
