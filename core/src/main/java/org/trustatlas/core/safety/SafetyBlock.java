package org.trustatlas.core.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every answer shows first. When danger or harm by a partner is signalled it starts with the
 * emergency number, then urgent notices, services and other notices; otherwise notices come first,
 * then services, and the emergency number closes the block.
 */
public record SafetyBlock(SafetyLevel level, List<SafetyItem> items) {

  public SafetyBlock {
    Objects.requireNonNull(level, "level must not be null");
    items = List.copyOf(items);
  }

  /**
   * The block for an assessment in a region: the emergency number first when the level calls for it, then the
   * notices and the region's matching services.
   */
  public static SafetyBlock of(SafetyAssessment assessment, ResourceDirectory directory, Region region) {
    return of(assessment, directory, region, Set.of());
  }

  /**
   * {@link #of(SafetyAssessment, ResourceDirectory, Region)} for a reader whose words say which
   * groups they belong to: the services set up for those groups come before all others.
   */
  public static SafetyBlock of(SafetyAssessment assessment, ResourceDirectory directory, Region region,
      Set<AudienceTag> reader) {
    Objects.requireNonNull(reader, "reader groups must not be null; use Set.of()");
    SafetyItem call = directory.emergencyCall(region);
    List<SafetyItem> items = new ArrayList<>();
    if (assessment.level().leadsWithEmergencyNumber()) {
      items.add(call);
    }
    assessment.escalations().forEach(n -> items.add(new SafetyItem.Message(n, true)));
    assessment.notices().forEach(n -> items.add(new SafetyItem.Message(n, false)));
    items.addAll(services(assessment, directory, region, reader));
    if (!assessment.level().leadsWithEmergencyNumber()) {
      items.add(call);
    }
    return new SafetyBlock(assessment.level(), items);
  }

  // Each service once, under the first type it is listed for; within a type, services for everyone
  // come before those for one part of the region or one group of people. Services set up for the
  // reader's own groups come before all others, in the same order among themselves.
  private static List<SafetyItem> services(SafetyAssessment assessment, ResourceDirectory directory, Region region,
      Set<AudienceTag> reader) {
    List<SafetyItem.Service> services = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (ServiceType type : assessment.services()) {
      ResourceMatch match = directory.find(region, type);
      for (CrisisResource resource : match.resources().stream().sorted(CrisisResource.GENERAL_FIRST).toList()) {
        if (listed.add(resource.id())) {
          services.add(new SafetyItem.Service(resource, type, match.fallback()));
        }
      }
    }
    services.sort(Comparator.comparing(service -> service.resource().tags().stream().noneMatch(reader::contains)));
    return List.copyOf(services);
  }

  /** Whether the first item is the call to the emergency number. */
  public boolean startsWithEmergencyNumber() {
    return !items.isEmpty() && items.get(0) instanceof SafetyItem.Call;
  }

  /** The region's emergency number, which every block carries. */
  public EmergencyNumber emergencyNumber() {
    return call().number();
  }

  /** The emergency number item; every block has exactly one. */
  public SafetyItem.Call call() {
    return items.stream().filter(SafetyItem.Call.class::isInstance).map(SafetyItem.Call.class::cast)
        .findFirst().orElseThrow();
  }

  /** The notices of the block, in order. */
  public List<Notice> notices() {
    return items.stream().filter(SafetyItem.Message.class::isInstance).map(i -> ((SafetyItem.Message) i).notice())
        .toList();
  }

  /** The services of the block, in order. */
  public List<SafetyItem.Service> services() {
    return items.stream().filter(SafetyItem.Service.class::isInstance).map(SafetyItem.Service.class::cast).toList();
  }

  /** Whether some listed service covers {@code type}. */
  public boolean lists(ServiceType type) {
    return services().stream().anyMatch(s -> s.resource().covers(type));
  }
}
