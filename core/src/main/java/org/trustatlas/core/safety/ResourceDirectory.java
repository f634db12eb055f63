package org.trustatlas.core.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Crisis services and emergency numbers by region, falling back to the international directory
 * ({@link Region#INTERNATIONAL}) where a region lists no service of a type. Immutable.
 */
public final class ResourceDirectory {

  private final List<CrisisResource> resources;
  private final Map<Region, EmergencyNumber> emergency;

  private ResourceDirectory(List<CrisisResource> resources, Map<Region, EmergencyNumber> emergency) {
    this.resources = resources;
    this.emergency = emergency;
  }

  /** Checks ids are unique, each region has at most one emergency entry, and INTL has one to fall back to. */
  public static ResourceDirectory of(Collection<CrisisResource> resources, Collection<EmergencyNumber> numbers) {
    Set<String> ids = new HashSet<>();
    for (CrisisResource resource : resources) {
      if (!ids.add(resource.id())) {
        throw new IllegalArgumentException("resource id '" + resource.id() + "' is listed twice");
      }
    }
    Map<Region, EmergencyNumber> byRegion = new LinkedHashMap<>();
    for (EmergencyNumber number : numbers) {
      if (byRegion.putIfAbsent(number.region(), number) != null) {
        throw new IllegalArgumentException("region " + number.region() + " has two emergency number entries");
      }
    }
    if (!byRegion.containsKey(Region.INTERNATIONAL)) {
      throw new IllegalArgumentException("the directory needs an INTL emergency number entry to fall back to");
    }
    return new ResourceDirectory(List.copyOf(resources), byRegion);
  }

  /** Services of {@code type} in {@code region}, else those in the international directory. */
  public ResourceMatch find(Region region, ServiceType type) {
    List<CrisisResource> local = listed(region, type);
    if (!local.isEmpty() || region.international()) {
      return new ResourceMatch(region, type, local, false);
    }
    List<CrisisResource> international = listed(Region.INTERNATIONAL, type);
    return new ResourceMatch(region, type, international, !international.isEmpty());
  }

  private List<CrisisResource> listed(Region region, ServiceType type) {
    List<CrisisResource> found = new ArrayList<>();
    for (CrisisResource resource : resources) {
      if (resource.region().equals(region) && resource.covers(type)) {
        found.add(resource);
      }
    }
    return found;
  }

  /** The region's emergency number, or the international entry when the region has none. */
  public EmergencyNumber emergencyNumber(Region region) {
    return emergency.getOrDefault(region, emergency.get(Region.INTERNATIONAL));
  }

  /**
   * The emergency numbers to show a reader in {@code region}: its own, or when the directory lists
   * none for it, the international entry followed by every listed region's number.
   */
  public SafetyItem.Call emergencyCall(Region region) {
    if (emergency.containsKey(region) && !region.international()) {
      return new SafetyItem.Call(emergency.get(region));
    }
    List<EmergencyNumber> listed = emergency.values().stream().filter(n -> !n.region().international()).toList();
    return new SafetyItem.Call(emergency.get(Region.INTERNATIONAL), listed);
  }

  /** Every emergency number entry, in listing order. */
  public List<EmergencyNumber> emergencyNumbers() {
    return List.copyOf(emergency.values());
  }

  /** Regions with at least one service or an emergency number, in listing order. */
  public Set<Region> regions() {
    Set<Region> regions = new LinkedHashSet<>();
    resources.forEach(r -> regions.add(r.region()));
    regions.addAll(emergency.keySet());
    return Collections.unmodifiableSet(regions);
  }

  /**
   * Whether the pack lists this region's own emergency number; for any other region the international entry
   * and every listed country's number stand in, so help is never withheld.
   */
  public boolean listsEmergencyNumber(Region region) {
    return emergency.containsKey(region);
  }

  /** Every crisis service in the pack, in pack order; unmodifiable. */
  public List<CrisisResource> resources() {
    return resources;
  }

  /** The service with this id, or empty. */
  public Optional<CrisisResource> resource(String id) {
    return resources.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
