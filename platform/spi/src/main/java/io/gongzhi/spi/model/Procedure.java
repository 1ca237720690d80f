package io.gongzhi.spi.model;

import java.util.List;

/** A decision procedure (四议两公开, 五步议事法, 三会…) as a sequence of steps. */
public record Procedure(String code, Text name, List<Step> steps) {

    public Procedure {
        steps = List.copyOf(steps);
    }

    /**
     * One step: who acts, and what it takes to pass.
     *
     * @param role the code of the role (or body) that acts
     * @param quorumPercent share of members who must take part, 0 when none is required
     * @param passPercent share of votes cast needed to pass, 0 when the step is not a vote
     * @param publishes whether the step's result is published (公开)
     */
    public record Step(String code, Text name, String role, int quorumPercent, int passPercent, boolean publishes) {}
}
