package io.gongzhi.platform.plugins.boundary;

import io.gongzhi.platform.plugins.control.PluginSlot;

/** An installed plugin as the operator sees it. */
public record PluginView(
        String id,
        String version,
        String provider,
        String requires,
        String status,
        String reason,
        long calls,
        long failures,
        String lastFailure) {

    static PluginView of(PluginSlot s) {
        return new PluginView(
                s.id(),
                s.version(),
                s.provider(),
                s.requires(),
                s.status().name(),
                s.reason(),
                s.callCount(),
                s.failureCount(),
                s.lastFailure());
    }
}
