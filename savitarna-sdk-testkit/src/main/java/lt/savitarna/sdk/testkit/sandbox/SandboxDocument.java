package lt.savitarna.sdk.testkit.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document to put into a workspace with {@link SandboxWorkspace#addDocument}, or as
 * {@link SandboxWorkspace#document} shows one. Its file is generated from these fields (a PDF
 * page for a {@code .pdf} name, a CSV for {@code .csv}, bytes otherwise): change the title,
 * number, date, amount, file name or {@code revision} and the file, its SHA-256 and its
 * {@code ETag} change; change only the state and they stay.
 *
 * <!-- sample: SandboxTestHooksExampleTest#seed-invoice -->
 * <pre>{@code
 * SandboxWorkspace farm = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
 * String invoiceId = farm.addDocument(SandboxDocument.builder("INVOICE", "PVM sąskaita faktūra")
 *         .number("AGK-0004711").amount("1250.00").build());
 * farm.updateDocument(invoiceId, invoice -> invoice.toBuilder().state("PAID").build());
 * }</pre>
 *
 * @param id         the id, or {@code null} to let the sandbox choose one
 * @param type       {@code CONTRACT}, {@code CONTRACT_ANNEX}, {@code INVOICE}, {@code RECEIPT}, {@code OTHER} (or any
 *                   upper-case token)
 * @param state      {@code null} for the type's usual first state ({@code AWAITING_SIGNATURE} for contracts and
 *                   annexes, {@code ISSUED} otherwise)
 * @param issueDate  {@code null} for today on the sandbox clock
 * @param contractId for an annex, the id of its contract in the same workspace
 * @param amount     the total, or {@code null}
 * @param currency   ISO 4217, {@code EUR} when {@code null}
 * @param fileName   {@code null} for the number (or the id) with {@code .pdf}
 * @param revision   1 for the first file; a higher number replaces the file
 */
public record SandboxDocument(String id, String type, String state, String title, String number, LocalDate issueDate,
                              String contractId, BigDecimal amount, String currency, String fileName, int revision) {

    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public SandboxDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (!TOKEN.matcher(type).matches()) {
            throw new IllegalArgumentException("type must be an upper-case token: " + type);
        }
        if (state != null && !TOKEN.matcher(state).matches()) {
            throw new IllegalArgumentException("state must be an upper-case token: " + state);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (id != null && (id.isEmpty() || id.length() > 200 || id.contains("/"))) {
            throw new IllegalArgumentException("id must be 1..200 characters without '/'");
        }
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
        if (fileName != null && fileName.isEmpty()) {
            throw new IllegalArgumentException("fileName must not be empty");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be at least 1");
        }
    }

    /** Starts a document of {@code type} with {@code title}; everything else has a default. */
    public static Builder builder(String type, String title) {
        return new Builder(type, title);
    }

    /** A builder with this document's fields, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder(type, title);
        builder.id = id;
        builder.state = state;
        builder.number = number;
        builder.issueDate = issueDate;
        builder.contractId = contractId;
        builder.amount = amount;
        builder.currency = currency;
        builder.fileName = fileName;
        builder.revision = revision;
        return builder;
    }

    /** Collects the fields of a {@link SandboxDocument}. */
    public static final class Builder {
        private String id;
        private String type;
        private String state;
        private String title;
        private String number;
        private LocalDate issueDate;
        private String contractId;
        private BigDecimal amount;
        private String currency;
        private String fileName;
        private int revision = 1;

        private Builder(String type, String title) {
            this.type = type;
            this.title = title;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder type(String value) {
            this.type = value;
            return this;
        }

        public Builder state(String value) {
            this.state = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder number(String value) {
            this.number = value;
            return this;
        }

        public Builder issueDate(LocalDate value) {
            this.issueDate = value;
            return this;
        }

        public Builder contractId(String value) {
            this.contractId = value;
            return this;
        }

        /** An amount in {@code currency}; {@code null} for none. */
        public Builder amount(BigDecimal value, String currencyCode) {
            this.amount = value;
            this.currency = currencyCode;
            return this;
        }

        /** An amount in EUR, e.g. {@code "1250.00"} or {@code "-12.50"}. */
        public Builder amount(String euros) {
            return amount(new BigDecimal(euros), "EUR");
        }

        public Builder fileName(String value) {
            this.fileName = value;
            return this;
        }

        public Builder revision(int value) {
            this.revision = value;
            return this;
        }

        /** The next revision: a new file with the same metadata. */
        public Builder newRevision() {
            this.revision++;
            return this;
        }

        public SandboxDocument build() {
            return new SandboxDocument(id, type, state, title, number, issueDate, contractId, amount, currency,
                    fileName, revision);
        }
    }
}
