package lt.savitarna.sdk.it.contract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The outcome of holding one exchange against the OpenAPI document.
 *
 * <pre>{@code
 * ContractReport report = contract.validate(request, response);
 * report.assertValid();                       // AssertionError with describe() otherwise
 * assertTrue(report.errorKeys().contains("validation.request.parameter.header.missing"));
 * }</pre>
 *
 * @param exchange what was checked, e.g. {@code POST /api/v1/registrations -> 201}
 * @param skipped  true for exchanges outside the contract (sandbox hooks under {@code /_sandbox/})
 * @param findings everything noticed, errors first
 */
public record ContractReport(String exchange, boolean skipped, List<ContractFinding> findings) {

    public ContractReport {
        findings = List.copyOf(findings);
    }

    static ContractReport skipped(String exchange) {
        return new ContractReport(exchange, true, List.of());
    }

    /** True when nothing at {@link ContractFinding.Level#ERROR} was found. */
    public boolean isValid() {
        return errors().isEmpty();
    }

    public List<ContractFinding> errors() {
        return findings.stream().filter(ContractFinding::isError).collect(Collectors.toList());
    }

    /** The distinct keys of the errors, sorted. */
    public Set<String> errorKeys() {
        return errors().stream().map(ContractFinding::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A multi-line text for people: the exchange, then one line per finding. */
    public String describe() {
        StringBuilder text = new StringBuilder(exchange);
        if (skipped) {
            return text.append(": not part of the contract, not checked").toString();
        }
        if (findings.isEmpty()) {
            return text.append(": matches the contract").toString();
        }
        List<ContractFinding> errors = errors();
        text.append(": ").append(errors.size()).append(errors.size() == 1 ? " error" : " errors");
        for (ContractFinding finding : findings) {
            text.append(System.lineSeparator()).append("  ").append(finding);
        }
        return text.toString();
    }

    /** Throws an {@link AssertionError} carrying {@link #describe()} unless the report is valid. */
    public ContractReport assertValid() {
        if (!isValid()) {
            throw new AssertionError(describe());
        }
        return this;
    }

    @Override
    public String toString() {
        return describe();
    }
}
