/**
 * The administrative hierarchy of a tenant: org units (street/town, community/village, courtyard,
 * grid, building...) at the levels its locality plugin defines, stored with a materialised path
 * (the codes from the top down, {@code nanyuan/lanhua/grid-3}) so a subtree is one indexed range
 * lookup, and with effective dates so a reorganisation (Miyi merged 87 villages into 73) keeps the
 * old units readable for past periods and maps each to its successor. Unit paths are also what
 * role assignments scope people to.
 */
package io.gongzhi.platform.hierarchy;
