package org.trustatlas.content.internal;

import java.io.IOException;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.safety.SafetyGate;

/**
 * The snapshot part for a pack's guidance: safety rules, crisis directory, check-in, danger
 * vocabulary and reader wording, each with its own writer and reader, joined to the atlas on read
 * exactly as {@link GuidanceReader} joins them.
 */
public final class GuidanceSnapshot {

  static final String PART = "guidance";

  private GuidanceSnapshot() {}

  public static void write(GuidanceContent guidance, SnapshotOut out) throws IOException {
    RulesSnapshot.write(guidance.rules(), out);
    ResourcesSnapshot.write(guidance.directory(), out);
    CheckInSnapshot.write(guidance.checkIn().questions(), out);
    DangerSnapshot.write(guidance.danger(), out);
    WordingSnapshot.write(guidance.wording(), out);
    out.end(PART);
  }

  public static GuidanceContent read(SnapshotIn in, Atlas atlas) throws IOException {
    SafetyGate gate = SafetyGate.of(RulesSnapshot.read(in));
    GuidanceContent guidance = GuidanceContent.of(atlas, gate, ResourcesSnapshot.read(in), CheckInSnapshot.read(in),
        DangerSnapshot.read(in), WordingSnapshot.read(in));
    in.end(PART);
    return guidance;
  }
}
