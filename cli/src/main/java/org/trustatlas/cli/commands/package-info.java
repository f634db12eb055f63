/**
 * One small class per {@code atlas} command: each translates its arguments, asks the
 * {@link org.trustatlas.content.TrustAtlas} facade or the core model, and prints. No domain rules
 * live here; a command that needs one asks core for it.
 */
package org.trustatlas.cli.commands;
