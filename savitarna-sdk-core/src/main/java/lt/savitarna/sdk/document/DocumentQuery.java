package lt.savitarna.sdk.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Filters and page size of {@link Documents#list(DocumentQuery)}: types, states, an issue-date
 * range (both ends inclusive) and a contract. Filters combine with AND; several types or states
 * combine with OR. An immutable value; the builder checks each value at once.
 *
 * <!-- sample: InvoiceImport#this-months-invoices -->
 * <pre>{@code
 * DocumentQuery thisMonth = DocumentQuery.builder()
 *         .types(DocumentType.INVOICE)
 *         .from(today.withDayOfMonth(1))
 *         .to(today)
 *         .build();
 * }</pre>
 */
public final class DocumentQuery {

    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int MAX_VALUES = 20;
    private static final DocumentQuery ALL = builder().build();

    private final List<DocumentType> types;
    private final List<DocumentState> states;
    private final LocalDate from;
    private final LocalDate to;
    private final String contractId;
    private final int pageSize;

    private DocumentQuery(Builder b) {
        this.types = List.copyOf(b.types);
        this.states = List.copyOf(b.states);
        this.from = b.from;
        this.to = b.to;
        this.contractId = b.contractId;
        this.pageSize = b.pageSize;
    }

    /** Every document, 50 per page. */
    public static DocumentQuery all() {
        return ALL;
    }

    /** A builder with no filters and 50 per page. */
    public static Builder builder() {
        return new Builder();
    }

    /** The types to include; empty means all. */
    public List<DocumentType> types() {
        return types;
    }

    /** The states to include; empty means all. */
    public List<DocumentState> states() {
        return states;
    }

    /** The earliest issue date, inclusive. */
    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /** The latest issue date, inclusive. */
    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /** Only documents of this contract (its annexes). */
    public Optional<String> contractId() {
        return Optional.ofNullable(contractId);
    }

    /** Documents per page, 1..200. */
    public int pageSize() {
        return pageSize;
    }

    @Override
    public String toString() {
        return "DocumentQuery[types=" + types + ", states=" + states + ", from=" + from + ", to=" + to
                + ", contractId=" + contractId + ", pageSize=" + pageSize + "]";
    }

    /**
     * Builds a {@link DocumentQuery}.
     */
    public static final class Builder {
        private final Set<DocumentType> types = new LinkedHashSet<>();
        private final Set<DocumentState> states = new LinkedHashSet<>();
        private LocalDate from;
        private LocalDate to;
        private String contractId;
        private int pageSize = 50;

        private Builder() {
        }

        /** Adds types to include (OR); at most 20 in all. */
        public Builder types(DocumentType... types) {
            return types(Arrays.asList(types));
        }

        /** Adds types to include (OR); at most 20 in all. */
        public Builder types(Collection<DocumentType> types) {
            addTokens(this.types, types, DocumentType::value, "type");
            return this;
        }

        /** Adds states to include (OR); at most 20 in all. */
        public Builder states(DocumentState... states) {
            return states(Arrays.asList(states));
        }

        /** Adds states to include (OR); at most 20 in all. */
        public Builder states(Collection<DocumentState> states) {
            addTokens(this.states, states, DocumentState::value, "state");
            return this;
        }

        /** The earliest issue date, inclusive; {@code null} for none. */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        /** The latest issue date, inclusive; {@code null} for none. */
        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        /** Only documents of this contract; {@code null} for any. */
        public Builder contractId(String contractId) {
            if (contractId != null && contractId.isBlank()) {
                throw new IllegalArgumentException("contractId must not be blank");
            }
            this.contractId = contractId;
            return this;
        }

        /** Documents per page, 1..200; default 50. */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1 || pageSize > 200) {
                throw new IllegalArgumentException("pageSize must be 1..200: " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Builds the query.
         *
         * @throws IllegalArgumentException when {@code to} is before {@code from}
         */
        public DocumentQuery build() {
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
            }
            return new DocumentQuery(this);
        }

        private static <T> void addTokens(Set<T> target, Collection<T> values, Function<T, String> wire,
                                          String name) {
            Objects.requireNonNull(values, name);
            for (T value : values) {
                Objects.requireNonNull(value, name);
                if (!TOKEN.matcher(wire.apply(value)).matches()) {
                    throw new IllegalArgumentException(name + " must be an upper-case token: " + value);
                }
                target.add(value);
            }
            if (target.size() > MAX_VALUES) {
                throw new IllegalArgumentException("at most " + MAX_VALUES + " " + name + " values");
            }
        }
    }
}
