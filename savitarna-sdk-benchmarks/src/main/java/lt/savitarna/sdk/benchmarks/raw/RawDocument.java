package lt.savitarna.sdk.benchmarks.raw;

import java.time.Instant;
import java.time.LocalDate;

/** A document as the portal sends it, bound by JSON-B to the same typed fields the SDK's record has. */
public class RawDocument {
    public String id;
    public String type;
    public String state;
    public String title;
    public String number;
    public LocalDate issueDate;
    public String contractId;
    public RawMoney amount;
    public RawFile file;
    public boolean signable;
    public Instant createdAt;
    public Instant updatedAt;

    /** An amount of money. */
    public static class RawMoney {
        public String amount;
        public String currency;
    }

    /** A document's file description. */
    public static class RawFile {
        public String name;
        public String mediaType;
        public long size;
        public String sha256;
    }
}
