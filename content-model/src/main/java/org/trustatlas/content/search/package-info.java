/**
 * Full-text search over concepts in a reader's own words ("my partner cheated", "he hits me"):
 * stemming, aliases, typo tolerance, ranked by concept. Lucene stays behind this package's API.
 */
@NullMarked
package org.trustatlas.content.search;

import org.jspecify.annotations.NullMarked;
