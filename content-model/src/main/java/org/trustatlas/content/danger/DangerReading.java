package org.trustatlas.content.danger;

import java.util.List;

/**
 * A reader's words as the danger vocabulary reads them: the danger they signal ({@link
 * DangerVocabulary#recognise}), and the categories whose exceptions read some of them as everyday
 * speech and that they do not signal ("i choked on a fish bone", "this deadline is killing me").
 * Search leaves such a category's own concepts out of the results: the words that would have put
 * strangulation or threats to kill among them were read as something else.
 */
public record DangerReading(List<DangerMatch> matches, List<DangerCategory> everyday) {

  public DangerReading {
    matches = List.copyOf(matches);
    everyday = List.copyOf(everyday);
  }
}
