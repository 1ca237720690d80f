package io.gongzhi.platform.portal.boundary;

import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the right page for a path: the citizens' portal of a tenant at {@code /t/{tenant}/} or,
 * on a host name a tenant's manifest lists, at {@code /}; the staff workbench at {@code
 * /t/{tenant}/staff/} or {@code /staff/} on a tenant's host; the operator console at {@code
 * /operator/}. The pages are single documents that read their tenant from the address, so every
 * path below them (a case's page, say) is the same document, except the pages' own modules and
 * styles ({@code /operator/console.js}, {@code /t/{tenant}/staff/dashboard.js}), which are served
 * as they are, like the shared assets under {@code /assets/}.
 */
@WebFilter("/*")
public class PortalPages extends HttpFilter {

    private static final Pattern TENANT_PATH = Pattern.compile("^/t/([a-z0-9-]{2,63})(/.*)?$");

    /** The pages' own files (scripts, styles, images), served as they are on every host. */
    private static final Pattern PAGE_FILE =
            Pattern.compile("^/(portal|staff|operator)/[\\w.-]+\\.(js|css|svg|png|json)$");

    @Inject
    TenantRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.startsWith("/api/")
                || path.startsWith("/assets/")
                || path.startsWith("/webjars/")
                || PAGE_FILE.matcher(path).matches()) {
            chain.doFilter(req, resp);
            return;
        }
        Matcher m = TENANT_PATH.matcher(path);
        String page;
        if (m.matches()) {
            String rest = m.group(2);
            if (rest == null) {
                resp.sendRedirect(req.getContextPath() + path + "/");
                return;
            }
            page = pageFor(rest);
        } else if (path.equals("/operator")) {
            resp.sendRedirect(req.getContextPath() + "/operator/");
            return;
        } else if (path.startsWith("/operator/")) {
            page = "/operator/index.html";
        } else if (registry.activeByHost(req.getHeader("Host")).isPresent()) {
            if (path.equals("/staff")) {
                resp.sendRedirect(req.getContextPath() + "/staff/");
                return;
            }
            page = pageFor(path);
        } else {
            chain.doFilter(req, resp);
            return;
        }
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        if (page.endsWith(".html")) {
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Frame-Options", "DENY");
        }
        req.getRequestDispatcher(page).forward(req, resp);
    }

    /** The document for a path below a tenant's portal root. */
    static String pageFor(String rest) {
        if (rest.equals("/sw.js")) {
            return "/portal/sw.js";
        }
        if (PAGE_FILE.matcher(rest).matches()) {
            return rest;
        }
        if (rest.startsWith("/staff/") || rest.equals("/staff")) {
            return "/staff/index.html";
        }
        return "/portal/index.html";
    }
}
