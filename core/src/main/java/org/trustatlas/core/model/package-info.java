/**
 * The atlas itself: concepts, the typed relations between them, the article they rest on and the
 * sources they cite. Depends on nothing else in core; every other core package builds on it.
 */
@NullMarked
package org.trustatlas.core.model;

import org.jspecify.annotations.NullMarked;
