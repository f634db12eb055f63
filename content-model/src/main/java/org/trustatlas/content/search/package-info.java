/**
 * Full-text search over concepts in a reader's own words ("my partner cheated", "he hits me"):
 * stemming, aliases, typo tolerance, ranked by concept. Lucene analyses and indexes, and stays behind
 * this package's API; queries are scored over arrays read out of its index, as Lucene scores them.
 */
@NullMarked
package org.trustatlas.content.search;

import org.jspecify.annotations.NullMarked;
