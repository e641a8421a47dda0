package lt.savitarna.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import lt.savitarna.sdk.account.IdentityMethod;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.internal.account.WireMapping;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    private final JsonCodec json = JsonCodec.create();

    private JsonObject read(String text) {
        return json.readObject(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mapsProfileIgnoringUnknownPropertiesAndKeepingUnknownEnumValues() {
        Profile me = WireMapping.profile(read("{\"accountId\":\"acc_1\",\"firstName\":\"Ona\","
                + "\"lastName\":\"Petraitienė\",\"createdAt\":\"2026-11-24T10:15:30Z\",\"somethingNew\":{\"x\":[1,2]},"
                + "\"identity\":{\"confirmed\":true,\"method\":\"EID_CARD\",\"extra\":1},\"zemynaMember\":true}"));
        assertEquals("acc_1", me.accountId());
        assertEquals("Petraitienė", me.lastName());
        assertEquals(Instant.parse("2026-11-24T10:15:30Z"), me.createdAt());
        assertEquals("EID_CARD", me.identity().method().value());
        assertEquals(IdentityMethod.of("EID_CARD"), me.identity().method());
        assertTrue(!me.identity().method().isKnown());
        assertTrue(me.zemynaMember());
        assertNull(me.email());
        assertEquals(false, me.consents().privacyPolicyAndRules());
    }

    @Test
    void wrongTypesAndMissingIdsAreMalformed() {
        assertThrows(MalformedJsonException.class, () -> WireMapping.profile(read("{\"firstName\":\"Ona\"}")));
        assertThrows(MalformedJsonException.class,
                () -> WireMapping.profile(read("{\"accountId\":\"a\",\"zemynaMember\":\"yes\"}")));
        assertThrows(MalformedJsonException.class, () -> json.readObject("[1]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(MalformedJsonException.class, () -> json.readObject("{\"a\":".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesObjects() {
        byte[] out = json.write(json.objectBuilder().add("zemynaClub", true).build());
        assertEquals("{\"zemynaClub\":true}", new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void secretWriterEscapesAndEncodesUtf8WithoutStrings() {
        char[] password = {'p', '"', '\\', 'ž', '\n', '\u0001', '\uD83D', '\uDE00'};
        byte[] bytes = new SecretJsonWriter().beginObject().field("email", "ona@example.lt").field("password", password)
                .beginObject("consents").field("zemynaClub", true).endObject().endObject().toBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("{\"email\":\"ona@example.lt\",\"password\":\"p\\\"\\\\ž\\n\\u0001\uD83D\uDE00\","
                + "\"consents\":{\"zemynaClub\":true}}", text);
        JsonObject parsed = json.readObject(bytes);
        assertArrayEquals(password, parsed.getString("password").toCharArray());
    }
}
