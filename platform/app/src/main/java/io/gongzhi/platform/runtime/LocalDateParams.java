package io.gongzhi.platform.runtime;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/**
 * Dates in paths and query strings as ISO days ({@code 2026-11-25}). A malformed one fails the
 * conversion, which the problem mappers answer with 400 naming the parameter.
 */
@Provider
public class LocalDateParams implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> DAYS = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        }

        @Override
        public String toString(LocalDate value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) DAYS : null;
    }
}
