package org.trustatlas.core.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
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
    return of(assessment, directory, region, reader, OptionalInt.empty());
  }

  /**
   * {@link #of(SafetyAssessment, ResourceDirectory, Region, Set)} for a reader whose words also give their age
   * ("im 13"): a service whose own audience starts above it ({@link CrisisResource#minimumAge}) is not listed.
   */
  public static SafetyBlock of(SafetyAssessment assessment, ResourceDirectory directory, Region region,
      Set<AudienceTag> reader, OptionalInt age) {
    Objects.requireNonNull(reader, "reader groups must not be null; use Set.of()");
    Objects.requireNonNull(age, "reader age must not be null; use OptionalInt.empty()");
    SafetyItem call = directory.emergencyCall(region);
    List<SafetyItem> items = new ArrayList<>();
    if (assessment.level().leadsWithEmergencyNumber()) {
      items.add(call);
    }
    assessment.escalations().forEach(n -> items.add(new SafetyItem.Message(n, true)));
    assessment.notices().forEach(n -> items.add(new SafetyItem.Message(n, false)));
    items.addAll(services(assessment, directory, region, reader, age));
    if (!assessment.level().leadsWithEmergencyNumber()) {
      items.add(call);
    }
    return new SafetyBlock(assessment.level(), items);
  }

  // Each service once, under the first type it is listed for; within a type, services for everyone
  // come before those for one part of the region or one group of people. A reader first meets the
  // services of the leading type, what happened to them (a man raped meets the sexual-assault line
  // before a men's line): among them, those set up for the reader's own groups (every group a
  // service names is one of the reader's) first. Then the other services set up for the reader's
  // groups, then the other services for everyone, and last those set up for a group the reader did
  // not name, whatever their type, the leading one too (a line for Native Americans after every
  // general service, for a reader hit by a partner who did not say they are Native; a line for
  // young LGBTQ+ people after the domestic-violence line, for an adult who was abused as a child).
  // A line set up for women stays among the services for everyone unless the reader said he is a
  // man (in many regions it is the main domestic-violence line, and few readers name themselves),
  // and so does a line for children, which adults worried about a child call too. A young reader
  // is a child first: the services set up for them lead whatever the type, in the same order among
  // themselves (a line for young LGBTQ+ people does not lead for every teenager), and lines for a
  // group they did not name come last for them too. A young reader sent to domestic-violence
  // services also gets the lines for abuse in young people's relationships: first when a partner's
  // violence is what the words are about, right after those services otherwise.
  // Where the region lists no child-protection line set up for young people (the United States: Childhelp is for
  // children and the adults worried about one), its lines for children come right after the young reader's own
  // lines, before the lines for anyone: a child raped by an uncle meets Childhelp before an adult's sexual-assault
  // line. Lines for another age are not listed at all (see forTheReadersAge).
  private static List<SafetyItem> services(SafetyAssessment assessment, ResourceDirectory directory, Region region,
      Set<AudienceTag> reader, OptionalInt age) {
    List<SafetyItem.Service> services = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (ServiceType type : forReader(assessment.services(), reader)) {
      ResourceMatch match = directory.find(region, type);
      for (CrisisResource resource : match.resources().stream().sorted(CrisisResource.GENERAL_FIRST).toList()) {
        if (forTheReadersAge(resource, type, match, reader, age) && listed.add(resource.id())) {
          services.add(new SafetyItem.Service(resource, type, match.fallback()));
        }
      }
    }
    if (reader.contains(AudienceTag.YOUNG_PEOPLE)) {
      // A youth-dating line keeps the place it was given among the types (see forReader).
      // A line for people who use harm is set up for adults unless it says it is for young people: it does not
      // lead for a young reader who hurt a partner ("im 16 and i hit my girlfriend"), a young people's line does.
      boolean noYoungChildLine = services.stream().noneMatch(service -> service.resource().covers(
          ServiceType.CHILD_PROTECTION) && service.resource().tags().contains(AudienceTag.YOUNG_PEOPLE));
      services.sort(Comparator.comparingInt(service -> service.type() == ServiceType.YOUTH_DATING
          || setUpFor(service.resource(), reader) && (!service.resource().tags().contains(AudienceTag.USING_HARM)
              || service.resource().tags().contains(AudienceTag.YOUNG_PEOPLE)) ? 0
          : noYoungChildLine && service.resource().tags().equals(List.of(AudienceTag.CHILDREN)) ? 1
          : forAnotherGroup(service.resource(), reader) ? 3 : 2));
      return List.copyOf(services);
    }
    if (!services.isEmpty()) {
      ServiceType leading = services.get(0).type();
      boolean aboutAChild = aboutAChild(leading, assessment.services(), reader);
      services.sort(Comparator.comparingInt(service -> place(service, leading, aboutAChild, reader)));
    }
    return List.copyOf(services);
  }

  // Where a service goes for an adult reader (the sort keeps the order within each place).
  private static int place(SafetyItem.Service service, ServiceType leading, boolean aboutAChild,
      Set<AudienceTag> reader) {
    if (aboutAChild && service.type() == leading && service.resource().tags().contains(AudienceTag.YOUNG_PEOPLE)) {
      return 1;
    }
    if (forAnotherGroup(service.resource(), reader)) {
      return 4;
    }
    boolean forReader = setUpFor(service.resource(), reader);
    if (service.type() == leading) {
      return forReader ? 0 : 1;
    }
    return forReader ? 2 : 3;
  }

  // A block led by child protection is about a child: a reader of no stated age ("my step dad raped me last
  // night") may be that child, and a parent telling of a teenager ("my son is 16 and his girlfriend hits
  // him") can pass the line on. So a young people's line of that type comes with the leading lines, not after
  // every adult line as a line for a group the reader did not name. Not for a reader who said they are grown,
  // nor in a block that lists a prevention line: that one is written to an adult worried about their own
  // thoughts or someone close, whose next line is that prevention line.
  private static boolean aboutAChild(ServiceType leading, List<ServiceType> types, Set<AudienceTag> reader) {
    return leading == ServiceType.CHILD_PROTECTION && !types.contains(ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION)
        && !reader.contains(AudienceTag.ADULTS);
  }

  // Lines are for the reader's age. A young reader is never sent to a line set up for adult men, nor
  // to one set up for women where the region lists a line of that type for others too (where a
  // women's line is the only one, it stays). A grown reader is never sent to a line for children or
  // young people, except as child protection, which a block lists only when a child is at risk. A reader who gave
  // their age is never sent to a line whose own audience starts above it (Rape Crisis in England and Wales, from 16,
  // for a 13-year-old).
  private static boolean forTheReadersAge(CrisisResource resource, ServiceType type, ResourceMatch match,
      Set<AudienceTag> reader, OptionalInt age) {
    if (age.isPresent() && !resource.takes(age.getAsInt())) {
      return false;
    }
    List<AudienceTag> tags = resource.tags();
    if (reader.contains(AudienceTag.YOUNG_PEOPLE)) {
      return !tags.contains(AudienceTag.MEN) && (!tags.contains(AudienceTag.WOMEN) || match.resources().stream()
          .allMatch(other -> other.tags().contains(AudienceTag.MEN) || other.tags().contains(AudienceTag.WOMEN)));
    }
    if (reader.contains(AudienceTag.ADULTS)) {
      return type == ServiceType.CHILD_PROTECTION
          || !tags.contains(AudienceTag.CHILDREN) && !tags.contains(AudienceTag.YOUNG_PEOPLE);
    }
    return true;
  }

  private static boolean setUpFor(CrisisResource resource, Set<AudienceTag> reader) {
    return !resource.tags().isEmpty() && reader.containsAll(resource.tags());
  }

  // Set up for a group the reader did not name. A line for children is not for that (it serves
  // the adults worried about a child too), nor is a line for women unless the reader is a man. The
  // groups are those a front end names (CrisisResource.namedGroups): a child-sexual-abuse prevention
  // line, which a block lists only to the adult worried about their own thoughts or about someone
  // close, is not one for people who have hurt someone, so it does not come after lines for young people.
  private static boolean forAnotherGroup(CrisisResource resource, Set<AudienceTag> reader) {
    // A line for people who use harm is the reader's own when they do, whoever else it names: most are
    // set up for men, and a reader who harms rarely says who they are (AU's only behaviour-change line).
    if (reader.contains(AudienceTag.USING_HARM) && resource.tags().contains(AudienceTag.USING_HARM)) {
      return false;
    }
    return resource.namedGroups().stream().anyMatch(tag -> !reader.contains(tag) && tag != AudienceTag.CHILDREN
        && (tag != AudienceTag.WOMEN || reader.contains(AudienceTag.MEN)));
  }

  private static List<ServiceType> forReader(List<ServiceType> types, Set<AudienceTag> reader) {
    int violence = types.indexOf(ServiceType.DOMESTIC_VIOLENCE);
    if (!reader.contains(AudienceTag.YOUNG_PEOPLE) || violence < 0 || types.contains(ServiceType.YOUTH_DATING)) {
      return types;
    }
    // First when the words are about a partner's violence (it is the first type), else after it.
    List<ServiceType> withDating = new ArrayList<>(types);
    withDating.add(violence == 0 ? 0 : violence + 1, ServiceType.YOUTH_DATING);
    return withDating;
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
