/**
 * Java classes generated at build time from the JTE templates in {@code src/main/jte}; the
 * package holds no hand-written code.
 */
package org.trustatlas.web.templates;
