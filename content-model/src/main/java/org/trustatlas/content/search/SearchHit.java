package org.trustatlas.content.search;

import org.trustatlas.core.model.Concept;

/** One concept a query found, with its score and a short text showing why it matched. */
public record SearchHit(Concept concept, float score, String snippet) {}
