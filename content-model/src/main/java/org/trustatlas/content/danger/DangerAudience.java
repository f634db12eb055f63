package org.trustatlas.content.danger;

import java.util.List;
import java.util.Map;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/**
 * Whom a danger category's message and services are written to. A pack says it ({@code audience:} in
 * danger.yaml); a category that does not is read by the shape of its services and flags, as packs
 * written before the field were.
 */
public enum DangerAudience {
  /** The person in danger, or harmed (the default). */
  AT_RISK,
  /** Someone who has used harm and wants to stop: its first service is a behaviour-change line. */
  USING_HARM,
  /** An adult worried about their own sexual thoughts or behaviour towards children, who wants help not to harm. */
  MAY_HARM_A_CHILD,
  /**
   * Someone close to a person who may harm a child, neither that person nor harmed themselves ("found
   * child porn on my husbands laptop", "i think my husband is a pedophile").
   */
  CLOSE_TO_SOMEONE_WHO_MAY_HARM_A_CHILD,
  /**
   * A young person worried about their own sexual thoughts about, or images of, younger children: young
   * people's lines first and never the prevention line for adults. A match says the reader is young, so
   * a category is written to them only when it says so; it is never inferred.
   */
  YOUNG_PERSON_WHO_MAY_HARM_A_CHILD;

  /** The audience a category without {@code audience:} is written to, read by the shape of its services and flags. */
  public static DangerAudience inferred(List<ServiceType> services, Map<?, TriState> flags) {
    if (services.isEmpty()) {
      return AT_RISK;
    }
    if (services.get(0) == ServiceType.BEHAVIOUR_CHANGE) {
      return USING_HARM;
    }
    if (services.get(0) == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION) {
      return MAY_HARM_A_CHILD;
    }
    if (services.get(0) == ServiceType.CHILD_PROTECTION && services.size() > 1
        && services.get(1) == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION
        && flags.values().stream().noneMatch(value -> value == TriState.YES)) {
      return CLOSE_TO_SOMEONE_WHO_MAY_HARM_A_CHILD;
    }
    return AT_RISK;
  }
}
