/**
 * The read model: what every front end shows, computed once here and only drawn by them. Concept
 * lookup with suggestions, vocabularies' did-you-mean, a trajectory's event runs and its chart.
 * Presentation-neutral: no wording of a medium, no glyph, no markup.
 */
@NullMarked
package org.trustatlas.content.read;

import org.jspecify.annotations.NullMarked;
