package io.gongzhi.platform.problem.boundary;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.glassfish.jersey.server.ParamException;

/**
 * JAX-RS's own failures (no such path, wrong method or media type, a parameter of the wrong type)
 * as problems. A query or path parameter that cannot be converted is the caller's mistake: 400, not
 * the 404 the JAX-RS specification would give.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ParamException p) {
            return Problems.of(
                    headers,
                    uri,
                    400,
                    "invalid-parameter",
                    Map.of("parameter", p.getParameterName()),
                    p.getParameterName());
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String key =
                switch (e) {
                    case NotFoundException n -> "no-such-resource";
                    case NotAllowedException n -> "method-not-allowed";
                    case NotSupportedException n -> "unsupported-media-type";
                    case NotAcceptableException n -> "not-acceptable";
                    default -> status >= 500 ? "internal" : "bad-request";
                };
        return Problems.of(headers, uri, status, key, Map.of());
    }
}
