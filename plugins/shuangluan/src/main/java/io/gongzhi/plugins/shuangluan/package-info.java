/**
 * Shuangluan district (双滦区, Chengde, Hebei): the "six governances in one" (六治融合) community
 * governance model, from the field report {@code shared/seeds/004_93ae1065f118dc25.txt}.
 *
 * <p>{@link io.gongzhi.plugins.shuangluan.ShuangluanModel} is the model as data; {@link
 * io.gongzhi.plugins.shuangluan.ShuangluanRouter} the routing rule data cannot say (where the place
 * matters more than the category). Every figure the report gives is in the demo data with the
 * report's wording beside it; every value the report does not give (time limits, quorums, weights,
 * setting defaults) is marked in a comment as this plugin's choice.
 */
package io.gongzhi.plugins.shuangluan;
