/**
 * The stable JSON shapes of Trust Atlas, defined once: the CLI's {@code --json}, the HTTP API and
 * the JSON export all write concepts, plans, safety blocks, resources, check-ins, search results and
 * simulations through {@link AtlasJson}; {@code schema/*.output.schema.json} describe them.
 */
@NullMarked
package org.trustatlas.content.json;

import org.jspecify.annotations.NullMarked;
