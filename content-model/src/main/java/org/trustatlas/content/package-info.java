/**
 * What embedders use: the {@link org.trustatlas.content.TrustAtlas} facade over a loaded pack, the
 * problems a pack can have, and the optional Guice module. Everything else is internal.
 */
@NullMarked
package org.trustatlas.content;

import org.jspecify.annotations.NullMarked;
