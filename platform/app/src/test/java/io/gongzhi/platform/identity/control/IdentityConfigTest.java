package io.gongzhi.platform.identity.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.config.Misconfiguration;
import io.gongzhi.platform.config.PlatformConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which issuer settings may run, and which make the platform refuse to start. */
class IdentityConfigTest {

    @Test
    void productionWithTheDevelopmentIssuerRefusesToStart() {
        Misconfiguration e =
                assertThrows(Misconfiguration.class, () -> config(false, Optional.of(true), Optional.empty())
                        .check());
        assertTrue(e.getMessage().contains("refused in production"), e.getMessage());
    }

    @Test
    void productionWithoutKeycloakRefusesToStart() {
        assertThrows(Misconfiguration.class, () -> config(false, Optional.empty(), Optional.empty())
                .check());
    }

    @Test
    void bothIssuersAtOnceAreRefused() {
        assertThrows(Misconfiguration.class, () -> config(true, Optional.of(true), Optional.of("http://127.0.0.1:8180"))
                .check());
    }

    @Test
    void developmentUsesTheDevelopmentIssuerAndProductionKeycloak() {
        IdentityConfig dev = config(true, Optional.empty(), Optional.empty());
        assertDoesNotThrow(dev::check);
        assertTrue(dev.devIssuer());
        IdentityConfig prod = config(false, Optional.empty(), Optional.of("http://127.0.0.1:8180/"));
        assertDoesNotThrow(prod::check);
        assertTrue(!prod.devIssuer() && prod.keycloakUrl().orElseThrow().equals("http://127.0.0.1:8180"));
    }

    private static IdentityConfig config(boolean development, Optional<Boolean> devIssuer, Optional<String> keycloak) {
        IdentityConfig c = new IdentityConfig();
        c.platform = new PlatformConfig() {
            @Override
            public boolean development() {
                return development;
            }
        };
        c.devIssuer = devIssuer;
        c.keycloakUrl = keycloak;
        return c;
    }
}
