package lt.savitarna.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void masksSecretJsonValuesButKeepsTheRest() {
        String body = "{\"email\":\"ona@example.lt\",\"password\":\"s3cret \\\"quoted\\\" pass\","
                + "\"accessToken\" : \"at_1\",\"refreshToken\":\"rt_1\",\"nested\":{\"personalCode\":\"38001010000\","
                + "\"token\":\"t\",\"newPassword\":\"n\"},\"note\":\"password: not a key\"}";

        String out = Redaction.redactBody(body);

        assertEquals("{\"email\":\"ona@example.lt\",\"password\":\"***\",\"accessToken\" : \"***\","
                + "\"refreshToken\":\"***\",\"nested\":{\"personalCode\":\"***\",\"token\":\"***\","
                + "\"newPassword\":\"***\"},\"note\":\"password: not a key\"}", out);
    }

    @Test
    void showsOnlyAllowListedHeadersAndQueryValues() {
        assertEquals("***", Redaction.header("Authorization", "Bearer at_1"));
        assertEquals("***", Redaction.header("Cookie", "sid=1"));
        assertEquals("***", Redaction.header("X-Api-Key", "k"));
        assertEquals("abc", Redaction.header("X-Request-Id", "abc"));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", "50");
        query.put("token", "secret");
        assertEquals("/api/v1/x?limit=50&token=***", Redaction.pathAndQuery("/api/v1/x", query));
    }

    @Test
    void cutsLongBodies() {
        String out = Redaction.redactBody("x".repeat(20_000));
        assertTrue(out.length() < 9_000);
        assertTrue(out.endsWith("more characters]"));
        assertFalse(Redaction.redactBody("{}").contains("more"));
    }

    @Test
    void longStringValuesNeitherOverflowTheStackNorEscapeTheMask() {
        String certificate = "MIIG" + "QUJDRA==\\/+".repeat(40_000); // a long Base64-like value with escapes
        String secret = "s".repeat(200_000);
        String body = "{\"certificate\":\"" + certificate + "\",\"refreshToken\":\"" + secret + "\"}";

        String out = Redaction.redactBody(body);

        assertFalse(out.contains("sssss"), "the long secret is masked, not cut and shown");
        assertTrue(out.startsWith("{\"certificate\":\"MIIG"));
        assertTrue(out.endsWith("more characters]"));
    }
}
