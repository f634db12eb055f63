/**
 * How packs are read: YAML documents with source locations, the file-shaped DTOs (which also
 * generate the pack JSON Schema), the shape checks and the mapping to core types. Only this module
 * touches it.
 */
package org.trustatlas.content.internal;
