package org.trustatlas.core.safety;

import java.util.List;
import java.util.Objects;

/** One line of a safety block, in the order a front end shows them. */
public sealed interface SafetyItem {

  /**
   * The emergency number of the reader's region. When the directory lists none for that region (the
   * reader's region is unknown, or one it does not cover), {@code number} is the international entry
   * and {@code elsewhere} the numbers of every region it does list, so nobody is left to guess.
   */
  record Call(EmergencyNumber number, List<EmergencyNumber> elsewhere) implements SafetyItem {
    public Call {
      Objects.requireNonNull(number, "emergency number must not be null");
      elsewhere = List.copyOf(elsewhere);
    }

    public Call(EmergencyNumber number) {
      this(number, List.of());
    }
  }

  /** A notice from a rule; {@code urgent} for escalations. */
  record Message(Notice notice, boolean urgent) implements SafetyItem {
    public Message {
      Objects.requireNonNull(notice, "notice must not be null");
    }
  }

  /**
   * A crisis service, listed for {@code type}. {@code fallback} when it comes from the international
   * directory because the region lists none of that type.
   */
  record Service(CrisisResource resource, ServiceType type, boolean fallback) implements SafetyItem {
    public Service {
      Objects.requireNonNull(resource, "resource must not be null");
      Objects.requireNonNull(type, "type must not be null");
    }
  }
}
