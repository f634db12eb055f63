/**
 * The safety gate: what a reader has told us about their safety, the rules (pack data) that decide
 * whether a suggestion is shown, caveated, suppressed or escalated, and the crisis resources and
 * emergency numbers shown first. Depends only on the model.
 */
@NullMarked
package org.trustatlas.core.safety;

import org.jspecify.annotations.NullMarked;
