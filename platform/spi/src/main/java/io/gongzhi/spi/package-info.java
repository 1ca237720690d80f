/**
 * The locality plugin contract of the Gongzhi platform, SPI version {@value
 * io.gongzhi.spi.SpiVersion#CURRENT}.
 *
 * <h2>What a plugin is</h2>
 *
 * A locality plugin is a PF4J plugin jar that supplies one locality's governance model: how its
 * communities, courtyards and grids are organised, who handles a resident's problem and in how long,
 * how residents deliberate and vote, what is measured. It contributes one {@link
 * io.gongzhi.spi.LocalityModel} extension, which returns a {@link
 * io.gongzhi.spi.model.GovernanceModel} descriptor (data first), and optionally hooks where data is
 * not enough: {@link io.gongzhi.spi.CaseRouter} and {@link io.gongzhi.spi.IndicatorCalculator}.
 *
 * <h2>Versioning</h2>
 *
 * This package follows semantic versioning: a minor version adds types, methods with default
 * implementations or record components at the end of a descriptor; only a major version removes or
 * changes anything. A plugin states the SPI range it needs in its manifest ({@code Plugin-Requires:
 * >=1.0.0 & <2.0.0}); the platform refuses to load a plugin whose range does not include its SPI
 * version, and says so in the plugin's state.
 *
 * <h2>Lifecycle</h2>
 *
 * <ol>
 *   <li><b>Loaded</b>: the operator installs the jar, or the platform finds it in its plugins
 *       directory at start. The jar gets its own class loader whose parent is the platform's: the
 *       SPI and PF4J come from the platform (declare them {@code provided}), everything else from the
 *       jar.
 *   <li><b>Started</b>: PF4J calls {@code Plugin.start()}. Throwing marks the plugin FAILED with the
 *       exception's message; it is then never called, and no tenant that uses it is affected beyond
 *       losing the plugin's model.
 *   <li><b>Called</b>: extensions are created once per plugin version and called for many tenants,
 *       concurrently, from any thread. Every call receives the tenant's {@link
 *       io.gongzhi.spi.PlatformContext}; an extension keeps no per-tenant state in fields.
 *   <li><b>Upgraded</b>: a new version is loaded next to the old one; calls that started on the old
 *       version finish there, new calls go to the new one, then the old version is stopped and its
 *       class loader dropped. Static state does not survive an upgrade.
 *   <li><b>Stopped / uninstalled</b>: {@code Plugin.stop()} is called; release threads and files
 *       there. A plugin must not start threads that outlive {@code stop()}.
 * </ol>
 *
 * <h2>Failure</h2>
 *
 * Every call into plugin code is guarded: it runs with a time limit (default 2 seconds per call),
 * its exceptions are caught, counted and reported on the plugin's state, and the caller gets the
 * platform's fallback (for routing: the category's declared first tier). A plugin can never see
 * another tenant's data, the platform's database connections or its entity manager.
 */
package io.gongzhi.spi;
