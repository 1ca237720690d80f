package io.gongzhi.spi.model;

/**
 * A kind of problem residents and grid workers report.
 *
 * @param firstTier the code of the tier that handles it first
 * @param limit the time that tier has before supervision (督办) and escalation
 * @param duplicateRadiusMetres reports this close (and within {@code duplicateDays}) are suggested as
 *     duplicates
 */
public record CaseCategory(
        String code, Text name, String firstTier, TimeLimit limit, int duplicateRadiusMetres, int duplicateDays) {}
