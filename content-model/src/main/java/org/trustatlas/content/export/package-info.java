/**
 * The whole atlas in other formats: JSON (with its JSON Schema), JSON-LD using SKOS for knowledge
 * graph tools, and one Markdown document a person can read end to end. Shared by the CLI's
 * {@code atlas export} and the web adapter; the schema and the JSON-LD context ship in the jar.
 */
@NullMarked
package org.trustatlas.content.export;

import org.jspecify.annotations.NullMarked;
