package lt.savitarna.sdk.testkit.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    private final PathTemplate scoped = PathTemplate.parse("/api/v1/companies/{companyId}/parties/{partyId}/documents");

    @Test
    void capturesDecodedVariables() {
        assertEquals(Map.of("companyId", "agrokoncernas", "partyId", "p_a+b c"),
                scoped.match("/api/v1/companies/agrokoncernas/parties/p_a+b%20c/documents").orElseThrow());
        assertEquals(Map.of("email", "ona@x.lt"),
                PathTemplate.parse("/_sandbox/accounts/{email}/confirm-identity")
                        .match("/_sandbox/accounts/ona%40x.lt/confirm-identity").orElseThrow());
    }

    @Test
    void needsEverySegment() {
        assertTrue(scoped.match("/api/v1/companies/agrokoncernas/parties//documents").isEmpty());
        assertTrue(scoped.match("/api/v1/companies/agrokoncernas/parties/p/documents/").isEmpty());
        assertTrue(scoped.match("/api/v1/companies/agrokoncernas/parties/p").isEmpty());
    }
}
