package io.gongzhi.platform.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;

/**
 * The demo users' street, community and grid ({@code demo-street/demo-community/demo-grid}) in a
 * tenant, through the units import as its district admin (re-importing updates them): for tenants
 * whose demo seed does not write them, and tests that must not depend on it.
 */
public final class DemoPlaces {

    private DemoPlaces() {}

    public static void importInto(Http districtAdmin, String tenant) {
        Http.Answer a = districtAdmin.send(
                HttpRequest.newBuilder(districtAdmin.base().resolve("api/t/" + tenant + "/units/import"))
                        .POST(HttpRequest.BodyPublishers.ofString("code,level,name,parent\n"
                                + "demo-street,street,演示街道,\n"
                                + "demo-community,community,演示社区,demo-street\n"
                                + "demo-grid,grid,演示网格,demo-street/demo-community\n")),
                "Content-Type",
                "text/csv");
        assertEquals(200, a.status(), a.body());
    }
}
