package org.trustatlas.web.http;

import java.util.List;
import java.util.Map;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.safety.Region;

/**
 * Runs a whole check-in from the answers a client sent (question id to choice ids); a question left
 * out counts as "not sure". The core decides where it ends: resources at once on a danger answer, a
 * plan, or support when nothing was named. A mistake is a 400 problem; the answers are never kept.
 */
public final class CheckInRequests {

  private CheckInRequests() {}

  public static CheckInStep run(TrustAtlas atlas, Map<String, List<String>> answers, Region region) {
    try {
      return atlas.checkIn().run(answers, region);
    } catch (IllegalArgumentException invalid) {
      String message = invalid.getMessage();
      String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
      throw Problems.invalidBody("/answers", text.endsWith(".") ? text : text + ".").toException();
    }
  }
}
