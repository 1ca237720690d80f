package io.gongzhi.platform.portal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which document answers a path below a tenant's portal root. */
class PortalPagesTest {

    @Test
    void pagesAnswerEveryPathBelowThemTheirOwnModulesExcepted() {
        assertEquals("/portal/index.html", PortalPages.pageFor("/"));
        assertEquals("/portal/index.html", PortalPages.pageFor("/cases/123"));
        assertEquals("/portal/sw.js", PortalPages.pageFor("/sw.js"));
        assertEquals("/staff/index.html", PortalPages.pageFor("/staff/"));
        assertEquals("/staff/index.html", PortalPages.pageFor("/staff/cases/dashboard.js/x"));
        assertEquals("/staff/dashboard.js", PortalPages.pageFor("/staff/dashboard.js"));
        assertEquals("/staff/dashboard-charts.js", PortalPages.pageFor("/staff/dashboard-charts.js"));
        assertEquals("/staff/index.html", PortalPages.pageFor("/staff/../WEB-INF/x.js"), "names only, no paths");
        assertEquals("/staff/index.html", PortalPages.pageFor("/staff/index.html.bak"));
    }
}
