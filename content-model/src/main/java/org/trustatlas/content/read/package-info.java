/**
 * The read model: what every front end shows, computed once here and only drawn by them. Concept
 * lookup with suggestions, vocabularies' did-you-mean, a run's {@link EventRuns} (events and
 * refusals with their {@link Weeks}, phrased once) and {@link SimulationChart} (series, marks, axes),
 * and the pack's reader {@link Wording}. Presentation-neutral: no wording of a medium, no glyph, no
 * markup.
 */
@NullMarked
package org.trustatlas.content.read;

import org.jspecify.annotations.NullMarked;
