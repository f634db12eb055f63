/**
 * Reading what people and programs send, strictly and within stated limits: pack files, scenario
 * files, check-in answers and request bodies, and the located problems a bad text yields
 * ({@code PackProblem}, {@code PackLoadException}, {@code InputException}). One reader for every
 * front end, so the CLI, the web and any later adapter refuse the same input with the same located
 * words. The pack loader builds on this package, never the other way round.
 */
@NullMarked
package org.trustatlas.content.input;

import org.jspecify.annotations.NullMarked;
