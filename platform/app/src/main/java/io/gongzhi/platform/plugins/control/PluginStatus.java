package io.gongzhi.platform.plugins.control;

/** What an installed plugin version is doing. */
public enum PluginStatus {
    /** Loaded, started, model valid: serving calls. */
    STARTED,
    /** Loaded but its start, its extensions or its model failed; see the reason. */
    FAILED,
    /** Superseded by an upgrade or uninstalled; finishing in-flight calls before it is unloaded. */
    RETIRING
}
