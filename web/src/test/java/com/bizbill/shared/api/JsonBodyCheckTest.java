package com.bizbill.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizbill.shared.error.BizbillException.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers at the boundary for JSON bodies (issue 13): whole, in range, no nulls in arrays, right shapes. */
class JsonBodyCheckTest {

    public static class Charge {
        public Long amount;
    }

    public static class Batch {
        public List<Invoice> invoices;
    }

    public static class Invoice {
        public Long billingAccountId;
        public String number;
        public long supply;
        public List<Line> lines;
    }

    public record Line(String service, Long supplyAmount, int count) {
    }

    public enum Kind { ALIMTALK, SMS }

    public static class Message {
        public Kind type;
        public Boolean fallback;
    }

    private static List<String> errors(String json, Class<?> type) {
        JsonValue v = Json.createReader(new StringReader(json)).readValue();
        return JsonBodyCheck.check(v, type).stream().map(f -> f.field() + ":" + f.message()).toList();
    }

    @Test
    void theReproductionsOfIssue13AreRefusedNamingTheField() {
        assertEquals(List.of("amount:number.notWhole"), errors("{\"amount\":1000.7}", Charge.class));
        assertEquals(List.of("amount:number.outOfRange"), errors("{\"amount\":18446744073709552616}", Charge.class));
        assertEquals(List.of("amount:number.outOfRange"), errors("{\"amount\":1e30}", Charge.class));
        assertEquals(List.of(), errors("{\"amount\":9223372036854775807}", Charge.class)); // the service's maximum decides
        assertEquals(List.of(), errors("{\"amount\":10000}", Charge.class));
        assertEquals(List.of(), errors("{\"amount\":1.0e4}", Charge.class)); // a whole number, however written
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        String body = "{\"invoices\":[{\"billingAccountId\":1,\"supply\":5,\"lines\":[{\"supplyAmount\":1.5,\"count\":3000000000}]},"
                + "null, {\"billingAccountId\":\"x\",\"supply\":1}]}";
        assertEquals(List.of("invoices[0].lines[0].supplyAmount:number.notWhole",
                "invoices[0].lines[0].count:number.outOfRange", "invoices[1]:json.notNull",
                "invoices[2].billingAccountId:number.notANumber"), errors(body, Batch.class));
    }

    @Test
    void wrongShapesAreRefused() {
        assertEquals(List.of("invoices:json.notAnArray"), errors("{\"invoices\":{}}", Batch.class));
        assertEquals(List.of("invoices[0]:json.notAnObject"), errors("{\"invoices\":[5]}", Batch.class));
        assertEquals(List.of("body:json.notAnObject"), errors("[1,2]", Batch.class));
        assertEquals(List.of("invoices[0].number:json.notText"), errors("{\"invoices\":[{\"number\":7}]}", Batch.class));
        assertEquals(List.of("type:json.notOneOf", "fallback:json.notBoolean"),
                errors("{\"type\":\"FAX\",\"fallback\":\"yes\"}", Message.class));
        assertEquals(List.of(), errors("{\"type\":\"SMS\",\"fallback\":true,\"unknown\":[1.5]}", Message.class));
    }

    @Test
    void nullsAndMissingFieldsAreLeftToTheServices() {
        assertEquals(List.of(), errors("{\"amount\":null}", Charge.class));
        assertEquals(List.of(), errors("{}", Batch.class));
    }

    @Test
    void fieldErrorsCarryTheirRangeForTheMessage() {
        JsonValue v = Json.createReader(new StringReader("{\"lines\":[{\"count\":1.5}]}")).readValue();
        FieldError f = JsonBodyCheck.check(v, Invoice.class).get(0);
        assertEquals(List.of((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE), f.args());
    }
}
