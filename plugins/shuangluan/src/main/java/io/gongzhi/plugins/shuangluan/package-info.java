/**
 * Shuangluan district (双滦区, Chengde, Hebei): the "six governances in one" (六治融合) community
 * governance model, from the field report {@code shared/seeds/004_93ae1065f118dc25.txt}.
 *
 * <p>{@link io.gongzhi.plugins.shuangluan.ShuangluanModel} is the model as data; {@link
 * io.gongzhi.plugins.shuangluan.ShuangluanRouter} is the one rule data cannot say. Every figure the
 * report gives is in the demo data; every value the report does not give (time limits, weights) is
 * marked in a comment as this plugin's choice, configurable where it matters.
 */
package io.gongzhi.plugins.shuangluan;
