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
        return Problems.of(headers, uri, e.status(), e.key(), e.extensions(), e.args());
    }
}
