package io.gongzhi.platform.portal.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.Tenant;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The web app manifest of a tenant's portal, so a grid worker can install it on a phone's home
 * screen: the tenant's name, colours and logo, started at the portal's root.
 */
@Path("t/{tenant}/manifest.webmanifest")
@Allow(anyone = true)
public class WebManifestResource {

    @Inject
    CurrentTenant current;

    @GET
    @Produces("application/manifest+json")
    @Operation(summary = "The tenant portal's web app manifest (installable PWA)")
    public JsonObject manifest(@QueryParam("root") String root) {
        Tenant t = current.get();
        String start = "/".equals(root) ? "/" : "/t/" + t.id() + "/";
        var icons = Json.createArrayBuilder();
        if (t.logoSvg() != null) {
            icons.add(Json.createObjectBuilder()
                    .add("src", "/api/t/" + t.id() + "/logo.svg")
                    .add("sizes", "any")
                    .add("type", "image/svg+xml")
                    .add("purpose", "any"));
        }
        return Json.createObjectBuilder()
                .add("name", t.nameZh() + " · 共治")
                .add("short_name", t.nameZh())
                .add("lang", "zh-CN")
                .add("start_url", start)
                .add("scope", start)
                .add("display", "standalone")
                .add("background_color", "#ffffff")
                .add("theme_color", t.colorPrimary())
                .add("icons", icons)
                .build();
    }
}
