/**
 * How packs are read: YAML documents with source locations, the file-shaped DTOs (which also
 * generate the pack JSON Schema), the shape checks and the mapping to core types. Only this module
 * touches it. Not {@code @NullMarked}, unlike every other package: the DTOs mirror YAML in which
 * any field may be missing, so their components are null until the shape checks have spoken.
 */
package org.trustatlas.content.internal;
