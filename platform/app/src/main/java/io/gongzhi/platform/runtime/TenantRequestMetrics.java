package io.gongzhi.platform.runtime;

import io.gongzhi.platform.tenancy.control.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times API requests per tenant and status class ({@code gongzhi_api_requests_total},
 * {@code gongzhi_api_request_seconds}). Labels are only the resolved tenant id (a registry value,
 * never the raw path, so nobody can grow the label set) and the status class: no personal data.
 */
@Provider
public class TenantRequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = TenantRequestMetrics.class.getName() + ".started";

    @Inject
    MetricRegistry metrics;

    @Inject
    CurrentTenant current;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        Tag[] tags = {
            new Tag("tenant", current.isSet() ? current.get().id() : "-"),
            new Tag("status", (response.getStatus() / 100) + "xx")
        };
        metrics.counter("gongzhi_api_requests", tags).inc();
        if (started instanceof Long t0) {
            metrics.timer("gongzhi_api_request", tags).update(Duration.ofNanos(System.nanoTime() - t0));
        }
    }
}
