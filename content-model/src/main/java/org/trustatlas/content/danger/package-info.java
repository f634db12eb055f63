/**
 * Danger in a reader's own words, recognised before any ranking: the pack's danger vocabulary
 * ({@code danger.yaml}), the phrases that signal each danger, and the safety block a match yields
 * through core's safety gate. Every front end's search goes through here.
 */
@NullMarked
package org.trustatlas.content.danger;

import org.jspecify.annotations.NullMarked;
