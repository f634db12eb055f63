/**
 * Server-rendered HTML pages that work without JavaScript: view records built from the atlas and
 * rendered by precompiled, type-checked JTE templates into one calm layout.
 */
package org.trustatlas.web.pages;
