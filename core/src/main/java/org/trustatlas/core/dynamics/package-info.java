/**
 * Trust dynamics: a deterministic, seeded simulator of how trust, distrust and forgiveness evolve
 * week by week under events such as violations, apologies and stress. It illustrates published
 * findings qualitatively; it predicts nothing about anyone's relationship. Depends only on model.
 */
@NullMarked
package org.trustatlas.core.dynamics;

import org.jspecify.annotations.NullMarked;
