package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.Certainty;
import org.trustatlas.core.safety.Channel;
import org.trustatlas.core.safety.ChannelKind;
import org.trustatlas.core.safety.CrisisResource;
import org.trustatlas.core.safety.EmergencyNumber;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.ServiceArea;
import org.trustatlas.core.safety.ServiceType;

/**
 * The snapshot part for the crisis directory: services with their area, audience tags and channels,
 * and emergency numbers.
 */
final class ResourcesSnapshot {

  private static final Certainty[] CERTAINTIES = Certainty.values();

  private ResourcesSnapshot() {}

  static void write(ResourceDirectory directory, SnapshotOut out) throws IOException {
    out.list(directory.resources(), (o, r) -> {
      o.text(r.id());
      o.text(r.name());
      o.text(r.region().code());
      o.optional(r.area(), (oo, area) -> {
        oo.text(area.code());
        oo.text(area.name());
      });
      o.constants(r.tags());
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
      o.optional(r.minimumAge(), SnapshotOut::number);
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
    List<CrisisResource> resources = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      resources.add(new CrisisResource(in.text(), in.text(), new Region(in.text()),
          in.flag() ? Optional.of(new ServiceArea(in.text(), in.text())) : Optional.empty(),
          in.constants(AudienceTag.values()), in.constants(ServiceType.values()), channels(in), in.text(), in.text(), in.text(), in.date(),
          in.constant(CERTAINTIES), in.flag() ? Optional.of(in.number()) : Optional.empty()));
    }
    List<EmergencyNumber> numbers = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      numbers.add(new EmergencyNumber(new Region(in.text()), in.texts(), in.optionalText(), in.text(), in.date(),
          in.constant(CERTAINTIES)));
    }
    return ResourceDirectory.of(resources, numbers);
  }

  private static List<Channel> channels(SnapshotIn in) throws IOException {
    List<Channel> channels = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      channels.add(new Channel(in.constant(ChannelKind.values()), in.text(), in.optionalText(),
          in.flag() ? Optional.of(in.constant(CERTAINTIES)) : Optional.empty()));
    }
    return channels;
  }
}
