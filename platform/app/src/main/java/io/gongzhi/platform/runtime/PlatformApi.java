package io.gongzhi.platform.runtime;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The platform's HTTP API, under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Gongzhi community governance platform",
                        version = "0.1",
                        description = "Tenant API under /api/t/{tenant}; errors are RFC 9457 application/problem+json.",
                        license = @License(name = "Apache-2.0")))
public class PlatformApi extends Application {}
