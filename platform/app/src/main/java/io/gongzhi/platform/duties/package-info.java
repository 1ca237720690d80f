/**
 * Duty lists (三项清单): what a community does itself (自治事项), what it assists government with
 * (协助事项) and what must not be pushed onto it (负面清单); and admission filing (事项准入备案): a
 * department's request to push a new task down goes submitted → reviewed → admitted or refused, and
 * an admitted task enters the assisted list with the funding that follows it (费随事转).
 */
package io.gongzhi.platform.duties;
