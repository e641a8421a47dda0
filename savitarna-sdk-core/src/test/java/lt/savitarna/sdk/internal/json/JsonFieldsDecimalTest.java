package lt.savitarna.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFieldsDecimalTest {

    private final JsonCodec codec = JsonCodec.create();

    private BigDecimal quantity(String json) {
        return JsonFields.decimal(codec.readObject(("{\"quantity\":" + json + "}").getBytes(StandardCharsets.UTF_8)),
                "quantity");
    }

    @Test
    void ordinaryMoneyAndQuantitiesRead() {
        assertEquals(new BigDecimal("289.00"), quantity("\"289.00\""));
        assertEquals(new BigDecimal("140.5"), quantity("140.5"));
        assertEquals(new BigDecimal("0.000001"), quantity("\"0.000001\""));
    }

    /** Found by fuzzing: printing an order with quantity 1e999999999 ran out of memory. */
    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "\"1e999999999\"", "-1E+2147483647", "\"1e-999999999\"", "1e-41",
            "12345678901234567890123456789012345678901"})
    void decimalsOutOfAnySensibleRangeAreMalformed(String json) {
        assertThrows(MalformedJsonException.class, () -> quantity(json));
    }
}
