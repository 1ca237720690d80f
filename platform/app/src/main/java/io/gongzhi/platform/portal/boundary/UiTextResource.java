package io.gongzhi.platform.portal.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.portal.control.UiText;
import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The text of the portals' pages, from the resource bundles, in zh-CN (the default) or English. */
@Path("ui")
@Produces(MediaType.APPLICATION_JSON)
@Allow(anyone = true)
public class UiTextResource {

    @Inject
    UiText text;

    @GET
    @Path("{page}")
    @Operation(summary = "A page's labels and messages: the common bundle and the page's own, by key")
    public Response page(@PathParam("page") String page, @QueryParam("lang") String lang) {
        if (!UiText.PAGES.contains(page)) {
            throw ProblemException.notFound("no-such-resource");
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(text.of(page, lang)).cacheControl(cache).build();
    }
}
