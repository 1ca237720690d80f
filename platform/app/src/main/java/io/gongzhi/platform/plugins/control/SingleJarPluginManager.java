package io.gongzhi.platform.plugins.control;

import io.gongzhi.spi.SpiVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginRepository;

/**
 * A PF4J plugin manager for exactly one plugin jar: its repository lists that jar only, descriptors
 * come from the jar's manifest, the system version is the SPI version, and the plugin's class loader
 * asks the platform first (see the package documentation for why).
 */
final class SingleJarPluginManager extends DefaultPluginManager {

    private final Path jar;

    SingleJarPluginManager(Path jar) {
        super(List.of(jar.getParent()));
        this.jar = jar;
        setSystemVersion(SpiVersion.CURRENT);
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new PluginRepository() {
            @Override
            public List<Path> getPluginPaths() {
                return jar == null ? List.of() : List.of(jar);
            }

            @Override
            public boolean deletePluginPath(Path pluginPath) {
                return false;
            }
        };
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new ManifestPluginDescriptorFinder();
    }

    @Override
    protected PluginLoader createPluginLoader() {
        PluginManager manager = this;
        return new PluginLoader() {
            @Override
            public boolean isApplicable(Path path) {
                return Files.isRegularFile(path) && path.toString().endsWith(".jar");
            }

            @Override
            public ClassLoader loadPlugin(Path path, PluginDescriptor descriptor) {
                PluginClassLoader loader = new PluginClassLoader(
                        manager, descriptor, SingleJarPluginManager.class.getClassLoader(), ClassLoadingStrategy.ADP);
                loader.addFile(path.toFile());
                return loader;
            }
        };
    }
}
