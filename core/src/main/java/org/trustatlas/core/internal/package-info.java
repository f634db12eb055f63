/**
 * Helpers shared by core and content-model: argument checks ({@code Require}), enum slugs
 * ({@code Slugs}), "did you mean" ({@code Suggestions}), values computed once on first use
 * ({@code Lazy}), resources read from their own jar ({@code OwnResource}) and the one reading of
 * characters no one sees ({@code Invisible}), which the danger vocabulary and search share. Not
 * exported by the module: embedders use the model's own factories and parsers. Depends on the JDK
 * only, so every core package may use it.
 */
@NullMarked
package org.trustatlas.core.internal;

import org.jspecify.annotations.NullMarked;
