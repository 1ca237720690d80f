package io.gongzhi.platform.plugins.control;

import io.gongzhi.spi.CaseRouter;
import java.util.List;

/** Test access to a slot's hooks (package-private in production code). */
public final class PluginTestAccess {

    private PluginTestAccess() {}

    public static List<CaseRouter> routers(PluginSlot slot) {
        return slot.routers();
    }
}
