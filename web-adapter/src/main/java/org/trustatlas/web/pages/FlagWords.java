package org.trustatlas.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;
import org.trustatlas.web.pages.Views.FlagQuestion;
import org.trustatlas.web.pages.Views.Option;

/**
 * The plan form's safety questions, drawn from the pack's wording in the order it asks them (danger
 * now first), each answered yes, no or not sure. Wording only; what an answer changes is decided by
 * the core's safety gate.
 */
final class FlagWords {

  private FlagWords() {}

  /** @param chosen the state slug each flag was given, where the reader gave one: not sure for the others */
  static List<FlagQuestion> questions(Wording wording, Map<SafetyFlag, String> chosen) {
    return wording.questions().stream().map(q -> {
      String state = chosen.getOrDefault(q.flag(), TriState.UNKNOWN.slug());
      return new FlagQuestion(q.flag().slug(), q.question(), List.of(
          new Option(TriState.YES.slug(), "Yes", Optional.empty(), state.equals(TriState.YES.slug())),
          new Option(TriState.NO.slug(), "No", Optional.empty(), state.equals(TriState.NO.slug())),
          new Option(TriState.UNKNOWN.slug(), "Not sure, or I would rather not say", Optional.empty(),
              !state.equals(TriState.YES.slug()) && !state.equals(TriState.NO.slug()))));
    }).toList();
  }
}
