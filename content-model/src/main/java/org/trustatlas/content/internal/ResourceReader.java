package org.trustatlas.content.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.core.internal.Slugs;
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

/** Maps shape-checked {@code resources.yaml} to a {@link ResourceDirectory}, reporting each problem in place. */
final class ResourceReader {

  static final String NUMBERS = "emergencyNumbers";
  static final String RESOURCES = "resources";

  private final Problems problems;

  ResourceReader(Problems problems) {
    this.problems = problems;
  }

  /** The directory, or empty when any entry has a problem (all of which are reported). */
  Optional<ResourceDirectory> read(YamlDocument doc) {
    if (!FileShape.fileFields(doc, List.of(NUMBERS, RESOURCES), problems)) {
      return Optional.empty();
    }
    List<EmergencyNumber> numbers = new ArrayList<>();
    Set<Region> regions = new HashSet<>();
    boolean ok = true;
    for (Located<ResourcesFile.Emergency> entry
        : FileShape.list(doc, NUMBERS, ResourcesFile.Emergency.class, problems)) {
      Optional<EmergencyNumber> number = entry.value() == null ? Optional.empty() : number(entry);
      if (number.isPresent() && !regions.add(number.get().region())) {
        entry.report(problems, "region", "region " + number.get().region() + " has two emergency number entries");
        number = Optional.empty();
      }
      number.ifPresent(numbers::add);
      ok &= number.isPresent();
    }
    if (ok && !regions.contains(Region.INTERNATIONAL)) {
      doc.report(problems, "/" + NUMBERS, "no INTL entry: the directory needs an international emergency number"
          + " to fall back to for regions it does not list");
      ok = false;
    }
    Optional<List<CrisisResource>> resources = resources(doc);
    if (!ok || resources.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ResourceDirectory.of(resources.get(), numbers));
    } catch (IllegalArgumentException invalid) {
      doc.report(problems, "", invalid.getMessage());
      return Optional.empty();
    }
  }

  private Optional<List<CrisisResource>> resources(YamlDocument doc) {
    List<CrisisResource> resources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean ok = true;
    for (Located<ResourcesFile.Resource> entry
        : FileShape.list(doc, RESOURCES, ResourcesFile.Resource.class, problems)) {
      Optional<CrisisResource> resource = entry.value() == null ? Optional.empty() : resource(entry);
      if (resource.isPresent() && !ids.add(resource.get().id())) {
        entry.report(problems, "id", "duplicate resource id '" + resource.get().id() + "'");
        resource = Optional.empty();
      }
      resource.ifPresent(resources::add);
      ok &= resource.isPresent();
    }
    return ok ? Optional.of(resources) : Optional.empty();
  }

  private Optional<EmergencyNumber> number(Located<ResourcesFile.Emergency> entry) {
    ResourcesFile.Emergency e = entry.value();
    Optional<Region> region = region(entry, e.region());
    Optional<LocalDate> verified = date(entry, e.lastVerified());
    if (region.isEmpty() || verified.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new EmergencyNumber(region.get(), e.numbers(), Optional.ofNullable(e.note()), e.sourceUrl(),
          verified.get(), slug(Certainty.class, e.certainty())));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  private Optional<CrisisResource> resource(Located<ResourcesFile.Resource> entry) {
    ResourcesFile.Resource r = entry.value();
    Optional<Region> region = region(entry, r.region());
    Optional<LocalDate> verified = date(entry, r.lastVerified());
    Optional<List<Channel>> channels = channels(entry, r.channels());
    Optional<Optional<ServiceArea>> area = area(entry, r.area(), r.areaCode());
    Optional<Optional<Integer>> minimumAge = minimumAge(entry, r.minimumAge());
    if (region.isEmpty() || verified.isEmpty() || channels.isEmpty() || area.isEmpty() || minimumAge.isEmpty()) {
      return Optional.empty();
    }
    try {
      List<AudienceTag> tags = (r.tags() == null ? List.<String>of() : r.tags()).stream()
          .map(t -> slug(AudienceTag.class, t)).toList();
      return Optional.of(new CrisisResource(r.id(), r.name(), region.get(), area.get(), tags,
          r.types().stream().map(t -> slug(ServiceType.class, t)).toList(), channels.get(), r.hours(), r.audience(),
          r.sourceUrl(), verified.get(), slug(Certainty.class, r.certainty()), minimumAge.get()));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  private Optional<List<Channel>> channels(Located<ResourcesFile.Resource> entry, List<ResourcesFile.Channel> listed) {
    List<Channel> channels = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      ResourcesFile.Channel c = listed.get(i);
      try {
        channels.add(new Channel(slug(ChannelKind.class, c.kind()), c.value(), Optional.ofNullable(c.note()),
            Optional.ofNullable(c.certainty()).map(v -> slug(Certainty.class, v))));
      } catch (IllegalArgumentException invalid) {
        entry.report(problems, "channels/" + i, invalid.getMessage());
      }
    }
    return channels.size() == listed.size() ? Optional.of(channels) : Optional.empty();
  }

  /** Empty when the age is out of range (reported); an empty inner value for a service that takes any age. */
  private Optional<Optional<Integer>> minimumAge(Located<?> entry, Integer age) {
    if (age == null) {
      return Optional.of(Optional.empty());
    }
    String wrong = CrisisResource.notAMinimumAge(age);
    if (wrong != null) {
      entry.report(problems, "minimumAge", wrong);
      return Optional.empty();
    }
    return Optional.of(Optional.of(age));
  }

  /** Empty when the area is broken (reported); an empty inner value for a service of the whole region. */
  private Optional<Optional<ServiceArea>> area(Located<?> entry, String name, String code) {
    if (name == null && code == null) {
      return Optional.of(Optional.empty());
    }
    if (name == null || code == null) {
      entry.report(problems, name == null ? "areaCode" : "area", name == null
          ? "areaCode '" + code + "' needs the area's name beside it, such as area: Scotland"
          : "area '" + name + "' needs its ISO 3166-2 code beside it, such as areaCode: GB-SCT");
      return Optional.empty();
    }
    try {
      return Optional.of(Optional.of(new ServiceArea(code, name)));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, "areaCode", invalid.getMessage());
      return Optional.empty();
    }
  }

  /** Exactly as written: "gb" or "UK" in a pack is a mistake to fix, not to guess. */
  private Optional<Region> region(Located<?> entry, String code) {
    try {
      return Optional.of(new Region(code));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, "region", invalid.getMessage());
      return Optional.empty();
    }
  }

  private Optional<LocalDate> date(Located<?> entry, String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException invalid) {
      entry.report(problems, "lastVerified", "lastVerified '" + text + "' is not a date; write the day the details"
          + " were last checked as YYYY-MM-DD, such as 2026-11-24");
      return Optional.empty();
    }
  }

  private static <E extends Enum<E>> E slug(Class<E> type, String value) {
    return Slugs.parse(type, value).orElseThrow();
  }
}
