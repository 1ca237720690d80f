/**
 * The plugin engine: locality plugins (PF4J jars) loaded at run time, enabled per tenant, called
 * only through guarded calls.
 *
 * <h2>Class loading, and why</h2>
 *
 * PF4J and the SPI jar are in the WAR's {@code WEB-INF/lib}, so the web application's class loader
 * defines them once. Each installed plugin version gets its own PF4J {@code PluginManager} holding
 * just that jar ({@link io.gongzhi.platform.plugins.control.SingleJarPluginManager}), and its own
 * {@code PluginClassLoader} whose parent is the web application's loader with the strategy
 * application-first ({@code ADP}): {@code io.gongzhi.spi} and {@code org.pf4j} always resolve to
 * the platform's classes, even if a plugin wrongly bundles them, so extension instances are
 * assignable to the platform's interfaces. One manager per version is what lets two versions of
 * one plugin live side by side during an upgrade: new calls go to the new version while calls that
 * started on the old one finish there, and the old manager is then stopped and unloaded (its class
 * loader closed and dropped).
 *
 * <h2>Guarded calls</h2>
 *
 * {@link io.gongzhi.platform.plugins.control.PluginEngine#call} runs plugin code on a virtual
 * thread with a time limit, contains every exception, records the outcome on the plugin's state and
 * in the metrics ({@code gongzhi_plugin_calls_total{plugin,tenant,outcome}}), and gives the caller
 * a fallback. A plugin that throws, hangs or fails to start affects only the calls that use it.
 */
package io.gongzhi.platform.plugins;
