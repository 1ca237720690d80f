/**
 * The portals' server side: which page a browser gets for a path or host (the citizens' portal per
 * tenant, the staff workbench, the operator console), the text of the pages from resource bundles,
 * and each tenant's web app manifest. The pages themselves are plain HTML, CSS and ES modules
 * under {@code src/main/webapp}.
 */
package io.gongzhi.platform.portal;
