package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.Objects;

/** A represented party: the person themselves ({@code PERSON}, no code shown) or a {@code COMPANY}. */
public record Party(String id, String kind, String name, String code) {

    public static final String PERSON = "PERSON";
    public static final String COMPANY = "COMPANY";

    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
