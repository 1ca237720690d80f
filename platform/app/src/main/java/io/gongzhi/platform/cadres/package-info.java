/**
 * Cadres (社区干部): the staff of communities and villages with post, age, education and pay grade,
 * and the figures districts watch about them: average age, share under 35, share holding a degree
 * (associate degree 大专 or higher), for any subtree of the hierarchy.
 */
package io.gongzhi.platform.cadres;
