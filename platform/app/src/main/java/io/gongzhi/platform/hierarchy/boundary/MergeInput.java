package io.gongzhi.platform.hierarchy.boundary;

import java.time.LocalDate;
import java.util.List;

/** Merge the units at {@code from} (paths) into the unit at {@code into}, effective {@code effective}. */
public record MergeInput(List<String> from, String into, LocalDate effective) {}
