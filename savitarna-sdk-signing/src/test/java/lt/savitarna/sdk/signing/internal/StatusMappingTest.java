package lt.savitarna.sdk.signing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lt.savitarna.sdk.signature.NotQualifiedAccountException;
import lt.savitarna.sdk.signature.RelyingPartyForbiddenException;
import lt.savitarna.sdk.signature.RelyingPartyUnauthorizedException;
import lt.savitarna.sdk.signature.SignerNotFoundException;
import lt.savitarna.sdk.signature.SigningClientOutdatedException;
import lt.savitarna.sdk.signature.SigningException;
import lt.savitarna.sdk.signature.SigningRequestRejectedException;
import lt.savitarna.sdk.signature.SigningServiceException;
import lt.savitarna.sdk.signature.SigningServiceMaintenanceException;
import lt.savitarna.sdk.signature.SigningServiceUnavailableException;
import lt.savitarna.sdk.signature.SigningSessionNotFoundException;
import lt.savitarna.sdk.signature.UserActionRequiredException;
import org.junit.jupiter.api.Test;

/** Every HTTP status the Smart-ID RP API v2 defines has an exception type of its own. */
class StatusMappingTest {

    private final Failures failures = new Failures("Smart-ID", Locale.ENGLISH);

    private SigningException smartId(int status, boolean post) {
        return StatusMapping.SMART_ID.map(status, post, null, failures);
    }

    @Test
    void eachDefinedStatusHasItsOwnType() {
        assertInstanceOf(SigningRequestRejectedException.class, smartId(400, true));
        assertInstanceOf(RelyingPartyUnauthorizedException.class, smartId(401, true));
        assertInstanceOf(RelyingPartyForbiddenException.class, smartId(403, true));
        assertInstanceOf(SignerNotFoundException.class, smartId(404, true));
        assertInstanceOf(SigningSessionNotFoundException.class, smartId(404, false));
        assertInstanceOf(NotQualifiedAccountException.class, smartId(471, true));
        assertInstanceOf(UserActionRequiredException.class, smartId(472, true));
        assertInstanceOf(SigningClientOutdatedException.class, smartId(480, true));
        assertInstanceOf(SigningServiceMaintenanceException.class, smartId(580, false));

        Set<Class<?>> distinct = new HashSet<>();
        for (int status : List.of(400, 401, 403, 471, 472, 480, 580)) {
            distinct.add(smartId(status, true).getClass());
        }
        distinct.add(smartId(404, true).getClass());
        distinct.add(smartId(404, false).getClass());
        assertEquals(9, distinct.size(), "nine statuses, nine types: " + distinct);
    }

    @Test
    void theNewTypesKeepTheirFamilyAndCode() {
        SigningException unauthorized = smartId(401, true);
        assertInstanceOf(SigningServiceException.class, unauthorized);
        assertEquals("SIGNING_UNAUTHORIZED", unauthorized.getCode());
        assertEquals(401, ((SigningServiceException) unauthorized).status());
        assertInstanceOf(SigningServiceUnavailableException.class, smartId(580, true));
        assertInstanceOf(SigningServiceUnavailableException.class, smartId(503, true));
    }
}
