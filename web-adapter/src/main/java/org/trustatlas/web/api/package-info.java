/**
 * The JSON API under {@code /api/v1}: one small class per route group, each reading parameters,
 * asking the atlas and writing the answer through {@link org.trustatlas.content.json.AtlasJson}.
 */
package org.trustatlas.web.api;
