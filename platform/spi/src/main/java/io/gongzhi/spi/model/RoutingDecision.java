package io.gongzhi.spi.model;

/** Where a case goes first: a tier of the model, and why (shown in the case's history). */
public record RoutingDecision(String tier, Text reason) {}
