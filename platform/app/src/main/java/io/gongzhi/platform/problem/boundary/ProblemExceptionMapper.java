package io.gongzhi.platform.problem.boundary;

import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A feature's own, expected failure: answered with its message. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProblemException e) {
        Response r = Problems.of(headers, uri, e.status(), e.key(), e.extensions(), e.args());
        if (e.status() == 401) {
            // RFC 6750: tell the client which scheme to use, and whether its token was the problem
            String challenge = e.key().equals("sign-in-required")
                    ? "Bearer realm=\"gongzhi\""
                    : "Bearer realm=\"gongzhi\", error=\"invalid_token\"";
            return Response.fromResponse(r)
                    .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                    .build();
        }
        return r;
    }
}
