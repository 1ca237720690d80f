package io.gongzhi.platform.demo.control;

import io.gongzhi.platform.config.PlatformConfig;
import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.tenancy.control.InvalidManifestException;
import io.gongzhi.platform.tenancy.control.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a demo tenant's seed (its manifest's {@code seed} file) in development mode: units, the
 * merger, organisations, facilities and cadres. A seed with a mistake is logged with its file and
 * field and skipped; the tenant still starts.
 */
@ApplicationScoped
public class DemoRegisters {

    private static final Logger LOG = Logger.getLogger(DemoRegisters.class.getName());

    @Inject
    PlatformConfig config;

    @Inject
    Hierarchy hierarchy;

    @Inject
    Database database;

    public void seed(Tenant tenant) {
        Optional<SeedFile> seed = read(tenant);
        if (seed.isEmpty()) {
            return;
        }
        SeedFile s = seed.get();
        try {
            long begin = System.nanoTime();
            SeedUnits.Outcome units = new SeedUnits(hierarchy.units(), tenant.id()).apply(s);
            SeedRegisters registers = new SeedRegisters(
                    database.sessions(), hierarchy.units(), tenant.id(), LocalDate.now(ZoneId.of(tenant.timezone())));
            int organisations = registers.organisations(s.organisations());
            int facilities = s.facilities().map(registers::facilities).orElse(0);
            int cadres = s.cadres().map(registers::cadres).orElse(0);
            long ms = (System.nanoTime() - begin) / 1_000_000;
            LOG.info(() -> "demo seed of " + tenant.id() + ": " + units.added() + " units, " + units.merged()
                    + " merged, " + organisations + " organisations, " + facilities + " facilities, " + cadres
                    + " cadres in " + ms + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo seed of " + tenant.id() + " not written: " + e.getMessage(), e);
        }
    }

    private Optional<SeedFile> read(Tenant tenant) {
        if (tenant.seedRef() == null) {
            return Optional.empty();
        }
        Path dir = config.tenantsDir();
        Path file = dir.resolve(tenant.seedRef()).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
            LOG.warning(() -> "demo seed of " + tenant.id() + ": " + file + " is not a file inside " + dir);
            return Optional.empty();
        }
        try {
            return SeedFile.read(file);
        } catch (InvalidManifestException e) {
            LOG.warning(() -> "demo seed of " + tenant.id() + " not read: " + e.getMessage());
            return Optional.empty();
        }
    }
}
