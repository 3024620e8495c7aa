package dk.kollekt.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * JSON is read as openapi.yaml types it: a number is not taken from a string nor a string from a number or boolean,
 * an integer has no fraction, an enum is named (not numbered), a date is 2026-08-27 and an instant
 * 2026-08-27T10:00:00Z (four-digit years, not epoch numbers or arrays), and a body is one document.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");
    /** 2026-08-27T10:00:00.123456789+01:00:00, the longest instant ISO_INSTANT reads. */
    static final int INSTANT_MAX_LENGTH = 38;

    /** Last, after Quarkus has registered the java.time module: the deserializers registered last are used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        for (LogicalType type : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("kollekt-strict-time")
                .addDeserializer(LocalDate.class, new Strict<>(LocalDate.class, StrictJson::date,
                        "must be a date like 2026-08-27"))
                .addDeserializer(Instant.class, new Strict<>(Instant.class, StrictJson::instant,
                        "must be a moment like 2026-08-27T10:00:00Z")));
    }

    /** A date as 2026-08-27, also in query and path parameters and CSV uploads; else DateTimeParseException. */
    public static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new DateTimeParseException("not a date like 2026-08-27", text, 0);
        }
        return LocalDate.parse(text);
    }

    static Instant instant(String text) {
        if (text.length() > INSTANT_MAX_LENGTH || !INSTANT.matcher(text).matches()) {
            throw new DateTimeParseException("not a moment like 2026-08-27T10:00:00Z", text, 0);
        }
        return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    }

    /** A value read from a JSON string only, by the given parser. */
    private static final class Strict<T> extends StdScalarDeserializer<T> {
        private final transient Function<String, T> parse;
        private final String rule;

        Strict(Class<T> type, Function<String, T> parse, String rule) {
            super(type);
            this.parse = parse;
            this.rule = rule;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return parse.apply(text.strip());
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, rule);
            }
        }
    }
}
