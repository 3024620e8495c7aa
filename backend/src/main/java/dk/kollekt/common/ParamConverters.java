package dk.kollekt.common;

import dk.kollekt.common.Problem.FieldError;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Query and path parameters that do not convert (a date, an enum) are the caller's mistake: 400 naming the
 * parameter, not the 404 JAX-RS would give. A date is 2026-08-27: four digits of year, as in JSON bodies.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations)
                .map(a -> a instanceof QueryParam q ? q.value() : a instanceof PathParam p ? p.value() : null)
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a date like 2026-08-27", StrictJson::date);
        }
        if (rawType.isEnum()) {
            String allowed = Arrays.stream(rawType.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new Converter<>(name, "must be one of " + allowed, v -> (T) Enum.valueOf((Class) rawType, v));
        }
        return null;
    }

    private record Converter<T>(String name, String rule, java.util.function.Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ApiProblem.badRequest(name + " " + rule + ".", List.of(FieldError.field(name, rule)));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
