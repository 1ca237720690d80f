package io.gongzhi.platform.problem.boundary;

import io.gongzhi.platform.problem.control.Messages;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Builds RFC 9457 problem responses in the request's language. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:gongzhi:problem:";

    private Problems() {}

    static Response of(
            HttpHeaders headers, UriInfo uri, int status, String key, Map<String, Object> extensions, Object... args) {
        Locale locale = Messages.choose(headers == null ? java.util.List.of() : headers.getAcceptableLanguages());
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + key)
                .add("title", Messages.text(locale, "problem." + key + ".title"))
                .add("status", status)
                .add("detail", Messages.text(locale, "problem." + key + ".detail", localize(locale, args)));
        if (uri != null) {
            body.add("instance", uri.getRequestUri().getPath());
        }
        extensions.forEach((name, value) -> add(body, name, value));
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body.build().toString())
                .build();
    }

    private static Object[] localize(Locale locale, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof io.gongzhi.platform.problem.control.Localized l) {
                out[i] = Messages.text(locale, l.key(), l.args());
            }
        }
        return out;
    }

    private static void add(JsonObjectBuilder body, String name, Object value) {
        switch (value) {
            case Integer i -> body.add(name, i);
            case Long l -> body.add(name, l);
            case Boolean b -> body.add(name, b);
            case Collection<?> c ->
                body.add(
                        name,
                        Json.createArrayBuilder(c.stream().map(String::valueOf).toList()));
            default -> body.add(name, String.valueOf(value));
        }
    }
}
