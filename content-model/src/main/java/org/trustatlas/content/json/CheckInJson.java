package org.trustatlas.content.json;

import static org.trustatlas.content.json.AtlasJson.object;

import org.trustatlas.core.checkin.CheckIn;
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.checkin.Choice;
import org.trustatlas.core.checkin.Question;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shapes of check-in questions and steps; {@link AtlasJson} documents them. A choice shows its
 * id and label, and {@code shared} when it says others can see the answers, so a front end asking
 * one question at a time knows to skip the questions marked {@code alone}: what an answer means
 * is otherwise core's to decide when it is given.
 */
final class CheckInJson {

  private CheckInJson() {}

  static ObjectNode checkIn(CheckIn checkIn) {
    ObjectNode node = object();
    ArrayNode questions = node.putArray("questions");
    checkIn.questions().forEach(q -> questions.add(question(q)));
    return node;
  }

  static ObjectNode question(Question question) {
    ObjectNode node = object();
    node.put("id", question.id());
    node.put("section", question.section().slug());
    node.put("prompt", question.prompt());
    question.help().ifPresent(help -> node.put("help", help));
    node.put("multiple", question.multiple());
    node.put("alone", question.asksAlone());
    ArrayNode choices = node.putArray("choices");
    for (Choice choice : question.choices()) {
      ObjectNode shown = choices.addObject().put("id", choice.id()).put("label", choice.label());
      if (choice.shared()) {
        shown.put("shared", true);
      }
    }
    return node;
  }

  static ObjectNode step(CheckInStep step) {
    ObjectNode node = object();
    if (step instanceof CheckInStep.Ask ask) {
      node.put("status", "ask");
      node.put("number", ask.number());
      node.put("of", ask.of());
      node.set("question", question(ask.question()));
    } else if (step instanceof CheckInStep.StopHere stop) {
      node.put("status", "stop");
      node.set("safety", SafetyJson.block(stop.resources()));
      node.put("message", CheckInStep.StopHere.MESSAGE);
    } else if (step instanceof CheckInStep.Planned planned) {
      node.put("status", "planned");
      node.set("plan", PlanJson.plan(planned.plan()));
    } else {
      node.put("status", "nothing-named");
      node.set("safety", SafetyJson.block(((CheckInStep.NothingNamed) step).resources()));
    }
    return node;
  }
}
