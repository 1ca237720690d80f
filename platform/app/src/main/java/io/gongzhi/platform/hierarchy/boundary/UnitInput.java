package io.gongzhi.platform.hierarchy.boundary;

import java.time.LocalDate;

/**
 * A unit as a client sends it: to create, {@code code}, {@code level}, names, the {@code parent}'s
 * path (absent: at the top) and the day it starts ({@code validFrom}, default today); to rename,
 * the names and the {@code version} read.
 */
public record UnitInput(
        String code, String level, String nameZh, String nameEn, String parent, LocalDate validFrom, Long version) {}
