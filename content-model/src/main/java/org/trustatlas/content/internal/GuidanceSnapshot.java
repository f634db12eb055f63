package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.trustatlas.content.danger.DangerVocabulary;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.checkin.Question;
import org.trustatlas.core.internal.Lazy;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.SafetyGate;

/**
 * The snapshot part for a pack's guidance: safety rules, crisis directory, check-in and reader
 * wording, each with its own writer and reader, joined to the atlas on read exactly as {@link
 * GuidanceReader} joins them. The danger vocabulary is a part of its own ({@link DangerSnapshot}),
 * read when a search first needs it.
 */
public final class GuidanceSnapshot {

  static final String PART = "guidance";

  private GuidanceSnapshot() {}

  public static void write(GuidanceContent guidance, SnapshotOut out) throws IOException {
    RulesSnapshot.write(guidance.rules(), out);
    ResourcesSnapshot.write(guidance.directory(), out);
    CheckInSnapshot.write(guidance.checkIn().questions(), out);
    WordingSnapshot.write(guidance.wording(), out);
    out.end(PART);
  }

  /** The safety gate: the rules come first in the part, so a gate alone reads no further. */
  public static SafetyGate gate(SnapshotIn in) throws IOException {
    return SafetyGate.of(RulesSnapshot.read(in));
  }

  /**
   * Reads every part, then asks for the atlas the planner is joined to: read on a thread of its own,
   * the guidance waits for the atlas only at the end. {@code danger} is held, not asked.
   */
  public static GuidanceContent read(SnapshotIn in, Supplier<Atlas> atlas, Lazy<DangerVocabulary> danger)
      throws IOException {
    SafetyGate gate = gate(in);
    ResourceDirectory directory = ResourcesSnapshot.read(in);
    List<Question> questions = CheckInSnapshot.read(in);
    Wording wording = WordingSnapshot.read(in);
    in.end(PART);
    return GuidanceContent.of(atlas.get(), gate, directory, questions, danger, wording);
  }
}
