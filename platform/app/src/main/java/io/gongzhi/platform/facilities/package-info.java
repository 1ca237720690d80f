/**
 * Community service facilities (社区综合服务设施) with office and activity floor areas, and their
 * compliance with the standard: 双四百 (office and activity space each at least 400 m²) and 30 m²
 * per 100 households served; sites under 300 m² in all are counted too (Miyi: 33 of 86).
 */
package io.gongzhi.platform.facilities;
