package io.gongzhi.platform.plugins.control;

/** Where the engine reports each guarded call: plugin id, tenant id, outcome, duration. */
@FunctionalInterface
public interface PluginMeter {

    /** @param outcome {@code ok}, {@code error}, {@code timeout} or {@code unavailable} */
    void record(String plugin, String tenant, String outcome, long nanos);

    PluginMeter NONE = (plugin, tenant, outcome, nanos) -> {};
}
