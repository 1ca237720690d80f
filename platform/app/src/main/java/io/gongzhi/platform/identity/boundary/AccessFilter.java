package io.gongzhi.platform.identity.boundary;

import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one authorization check of the platform: applies the {@link Allow} rule of the matched
 * resource method. No rule: refused to everyone (and logged), so forgetting a rule closes an
 * endpoint instead of opening it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // nothing matched: JAX-RS answers 404/405 itself
        }
        Optional<Allow> rule = rule(method, resource.getResourceClass());
        if (rule.isEmpty()) {
            LOG.severe("resource method without an @Allow rule refused: " + method);
            throw new ProblemException(403, "forbidden");
        }
        Allow allow = rule.get();
        if (allow.anyone()) {
            return;
        }
        caller.require();
        if (allow.signedIn()) {
            return;
        }
        Set<Role> roles = allow.value().length == 0 ? Set.of() : EnumSet.copyOf(Set.of(allow.value()));
        if (!caller.hasAny(roles)) {
            throw new ProblemException(403, "forbidden");
        }
    }

    /** The rule of a resource method: its own, else its class's. */
    public static Optional<Allow> rule(Method method, Class<?> type) {
        Allow own = method.getAnnotation(Allow.class);
        return Optional.ofNullable(own != null ? own : type.getAnnotation(Allow.class));
    }
}
