package org.trustatlas.content.internal;

import java.io.IOException;
import org.trustatlas.core.safety.Certainty;
import org.trustatlas.core.safety.Channel;
import org.trustatlas.core.safety.ChannelKind;
import org.trustatlas.core.safety.CrisisResource;
import org.trustatlas.core.safety.EmergencyNumber;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.ServiceType;

/** The snapshot part for the crisis directory: services with their channels, and emergency numbers. */
final class ResourcesSnapshot {

  private static final Certainty[] CERTAINTIES = Certainty.values();

  private ResourcesSnapshot() {}

  static void write(ResourceDirectory directory, SnapshotOut out) throws IOException {
    out.list(directory.resources(), (o, r) -> {
      o.text(r.id());
      o.text(r.name());
      o.text(r.region().code());
      o.optionalText(r.area());
      o.constants(r.types());
      o.list(r.channels(), (oo, c) -> {
        oo.constant(c.kind());
        oo.text(c.value());
        oo.optionalText(c.note());
        oo.optional(c.certainty(), SnapshotOut::constant);
      });
      o.text(r.hours());
      o.text(r.audience());
      o.text(r.sourceUrl());
      o.date(r.lastVerified());
      o.constant(r.certainty());
    });
    out.list(directory.emergencyNumbers(), (o, n) -> {
      o.text(n.region().code());
      o.texts(n.numbers());
      o.optionalText(n.note());
      o.text(n.sourceUrl());
      o.date(n.lastVerified());
      o.constant(n.certainty());
    });
  }

  static ResourceDirectory read(SnapshotIn in) throws IOException {
    return ResourceDirectory.of(
        in.list(i -> new CrisisResource(i.text(), i.text(), new Region(i.text()), i.optionalText(),
            i.constants(ServiceType.values()),
            i.list(c -> new Channel(c.constant(ChannelKind.values()), c.text(), c.optionalText(),
                c.optional(o -> o.constant(CERTAINTIES)))),
            i.text(), i.text(), i.text(), i.date(), i.constant(CERTAINTIES))),
        in.list(i -> new EmergencyNumber(new Region(i.text()), i.texts(), i.optionalText(), i.text(), i.date(),
            i.constant(CERTAINTIES))));
  }
}
