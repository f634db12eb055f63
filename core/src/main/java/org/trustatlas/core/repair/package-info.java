/**
 * The repair planner: a reader's situation in, a plan out, with the safety block first, phases of
 * role-scoped steps that each say why they are there, and what was left out and by which rule.
 * Depends on the model and the safety gate.
 */
@NullMarked
package org.trustatlas.core.repair;

import org.jspecify.annotations.NullMarked;
