package lt.savitarna.sdk.testkit.sk;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import lt.savitarna.sdk.signature.HashType;

/** Smart-ID request bodies as a relying party sends them. */
final class SmartIdRequests {

    static final String DISPLAY_TEXT = "Prisijungimas prie Savitarnos";

    private SmartIdRequests() {
    }

    static JsonObjectBuilder relyingParty() {
        return Json.createObjectBuilder()
                .add("relyingPartyUUID", SmartIdSimulator.DEMO_RELYING_PARTY_UUID)
                .add("relyingPartyName", SmartIdSimulator.DEMO_RELYING_PARTY_NAME);
    }

    static JsonObject certificateChoice() {
        return relyingParty().add("certificateLevel", "QUALIFIED").build();
    }

    static JsonObjectBuilder signing(HashType type, byte[] hash) {
        return relyingParty()
                .add("hash", Base64.getEncoder().encodeToString(hash))
                .add("hashType", type.name())
                .add("allowedInteractionsOrder", interactions("displayTextAndPIN", "displayText60", DISPLAY_TEXT));
    }

    static JsonObject signing(byte[] hash) {
        return signing(HashType.SHA512, hash).build();
    }

    static JsonArrayBuilder interactions(String type, String textField, String text) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", type).add(textField, text));
    }

    static byte[] hash(HashType type, String data) {
        return type.digest(data.getBytes(StandardCharsets.UTF_8));
    }
}
