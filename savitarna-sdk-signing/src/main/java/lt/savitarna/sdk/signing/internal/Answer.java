package lt.savitarna.sdk.signing.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads an e-signature service's JSON answer: fields by dotted path ({@code result.endResult}),
 * unknown fields never looked at, absent and {@code null} the same, and every deviation a typed
 * failure: a missing required field is a {@code MissingFieldException}, a field of the wrong type,
 * bad Base64 or an unreadable certificate a {@code MalformedResponseException}.
 *
 * <pre>{@code
 * Answer answer = new Answer(json, failures);
 * String endResult = answer.requiredString("result.endResult");
 * X509Certificate cert = answer.requiredCertificate("cert.value");
 * }</pre>
 */
public final class Answer {

    private final JsonObject root;
    private final Failures failures;

    /**
     * Wraps a parsed answer.
     *
     * @param root     the answer
     * @param failures makes the exceptions
     */
    public Answer(JsonObject root, Failures failures) {
        this.root = root;
        this.failures = failures;
    }

    /** A string field, or empty when absent or null. */
    public Optional<String> string(String path) {
        JsonValue v = value(path);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        throw failures.malformed("field '" + path + "' should be a string, is " + v.getValueType());
    }

    /** A string field that must be present and not blank. */
    public String requiredString(String path) {
        return string(path).filter(s -> !s.isBlank()).orElseThrow(() -> failures.missing(path));
    }

    /** Whether a field is present and not null. */
    public boolean has(String path) {
        return value(path) != null;
    }

    /** A Base64 field decoded; must be present. */
    public byte[] requiredBase64(String path) {
        String text = requiredString(path);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw failures.malformed("field '" + path + "' is not Base64", e);
        }
    }

    /** A Base64 DER certificate field; must be present. */
    public X509Certificate requiredCertificate(String path) {
        byte[] der = requiredBase64(path);
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw failures.malformed("field '" + path + "' is not an X.509 certificate", e);
        }
    }

    private JsonValue value(String path) {
        JsonValue current = root;
        for (String name : path.split("\\.")) {
            if (current == null || current.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (current.getValueType() != JsonValue.ValueType.OBJECT) {
                throw failures.malformed("field '" + path + "' is inside a " + current.getValueType()
                        + ", not an object");
            }
            current = current.asJsonObject().get(name);
        }
        return current == null || current.getValueType() == JsonValue.ValueType.NULL ? null : current;
    }
}
