/**
 * The stable JSON shapes of Trust Atlas, defined once: the CLI's {@code --json}, the HTTP API and
 * the JSON export all write concepts, relations and problems through {@link AtlasJson}.
 */
package org.trustatlas.content.json;
