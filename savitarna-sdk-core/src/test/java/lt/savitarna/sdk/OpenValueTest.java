package lt.savitarna.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.loyalty.OrderState;
import org.junit.jupiter.api.Test;

class OpenValueTest {

    @Test
    void knownValuesAreTheConstants() {
        assertSame(DocumentType.INVOICE, DocumentType.of("INVOICE"));
        assertTrue(DocumentType.of("INVOICE").isKnown());
        assertSame(OrderState.CANCELLED, OrderState.of("CANCELLED"));
    }

    @Test
    void unknownValuesSurviveIntactAndCompareByValue() {
        DocumentType waybill = DocumentType.of("WAYBILL");
        assertFalse(waybill.isKnown());
        assertEquals("WAYBILL", waybill.value());
        assertEquals("WAYBILL", waybill.toString());
        assertEquals(waybill, DocumentType.of("WAYBILL"));
        assertEquals(waybill.hashCode(), DocumentType.of("WAYBILL").hashCode());
    }

    @Test
    void equalWireValuesOfDifferentKindsAreDifferent() {
        assertNotEquals(DocumentType.of("SIGNED"), DocumentState.SIGNED);
        assertEquals(DocumentState.SIGNED, DocumentState.of("SIGNED"));
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> DocumentType.of(null));
    }
}
