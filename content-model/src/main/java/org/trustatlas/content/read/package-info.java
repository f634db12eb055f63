/**
 * The read model: what every front end shows, computed once here and only drawn by them. Concept
 * lookup with suggestions, vocabularies' did-you-mean, a trajectory's event runs and its chart, the
 * pack's reader wording. Presentation-neutral: no wording of a medium, no glyph, no markup.
 */
package org.trustatlas.content.read;
