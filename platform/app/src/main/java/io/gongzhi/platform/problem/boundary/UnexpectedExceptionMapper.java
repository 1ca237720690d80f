package io.gongzhi.platform.problem.boundary;

import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.runtime.Ids;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A problem wrapped by the JAX-RS runtime (a body limit hit while reading) keeps
 * its own answer. A body that is not the JSON the resource expects is the caller's mistake (400).
 * Any other exception is ours: it is logged with a fresh incident id, and the client gets only the
 * id, never the exception's text or stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return Problems.of(headers, uri, p.status(), p.key(), p.extensions(), p.args());
            }
        }
        if (unreadableBody(e)) {
            return Problems.of(headers, uri, 400, "unreadable-body", Map.of());
        }
        if (lostRace(e)) {
            // two writers read the same version; the other committed first (nothing of this one was written)
            return Problems.of(headers, uri, 409, "changed-meanwhile", Map.of());
        }
        String incident = Ids.newId();
        LOG.log(Level.SEVERE, "incident " + incident + " on " + (uri == null ? "?" : uri.getPath()), e);
        return Problems.of(headers, uri, 500, "internal", Map.of("incident", incident), incident);
    }

    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    static boolean unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }
}
