package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Require;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A crisis or support service, with where its details came from. A service may cover several
 * types: 1800RESPECT answers on domestic and sexual violence alike.
 *
 * @param area the part of the region it serves, such as Ontario (CA-ON); empty for the whole region
 * @param tags the groups of people it is set up for; empty when it is for everyone
 * @param types what it helps with; a directory lists {@link ServiceType#DIRECTORY} plus the types it lists
 * @param certainty how far its main contact detail can be trusted; a channel may override it
 * @param minimumAge the youngest age the service says it takes, where its own description sets one (Rape Crisis in
 *     England and Wales: 16 and over); empty when it takes any age. A safety block never lists it to a reader whose
 *     stated age is below it.
 */
public record CrisisResource(
    String id, String name, Region region, Optional<ServiceArea> area, List<AudienceTag> tags, List<ServiceType> types,
    List<Channel> channels, String hours, String audience, String sourceUrl, LocalDate lastVerified,
    Certainty certainty, Optional<Integer> minimumAge) {

  /** The highest minimum age a service may set: a service for adults only takes people from 18. */
  public static final int OLDEST_MINIMUM_AGE = 18;

  /**
   * Why {@code age} cannot be a service's minimum age ("minimumAge 19 is not ..."), or null when it
   * can: a whole number from 1 to {@link #OLDEST_MINIMUM_AGE}. The one wording, for the pack reader too.
   */
  public static @Nullable String notAMinimumAge(int age) {
    return age >= 1 && age <= OLDEST_MINIMUM_AGE ? null : "minimumAge " + age + " is not the youngest age of a "
        + "service's own audience; write a whole number from 1 to " + OLDEST_MINIMUM_AGE + ", such as 16, or leave "
        + "it out when the service takes any age";
  }

  /** A service that takes any age. */
  public CrisisResource(
      String id, String name, Region region, Optional<ServiceArea> area, List<AudienceTag> tags, List<ServiceType> types,
      List<Channel> channels, String hours, String audience, String sourceUrl, LocalDate lastVerified,
      Certainty certainty) {
    this(id, name, region, area, tags, types, channels, hours, audience, sourceUrl, lastVerified, certainty,
        Optional.empty());
  }

  /**
   * Services for the whole region and everyone first, then those for one area, then those for one group. A line
   * for the whole region set up for women counts as one for everyone here: in several regions it is the main
   * domestic-violence line, and a reader who names no province or state meets it before a line for one province
   * (Canada's ShelterSafe before Manitoba's crisis line). Safety blocks still put it last for a man.
   */
  public static final Comparator<CrisisResource> GENERAL_FIRST =
      Comparator.comparingInt(r -> (r.area.isPresent() ? 1 : 0)
          + (r.tags.isEmpty() || r.tags.equals(List.of(AudienceTag.WOMEN)) ? 0 : 2));

  public CrisisResource {
    id = Require.slug(id, "resource id");
    name = Require.text(name, "resource '" + id + "' name");
    Objects.requireNonNull(region, "resource '" + id + "' region must not be null");
    Objects.requireNonNull(area, "resource '" + id + "' area must not be null; use Optional.empty()");
    if (area.isPresent() && !area.get().within(region)) {
      throw new IllegalArgumentException("resource '" + id + "' area " + area.get().code() + " is not in region "
          + region);
    }
    tags = Require.list(tags, "resource '" + id + "' tags").stream().distinct().toList();
    types = Require.nonEmpty(types, "resource '" + id + "' types").stream().distinct().toList();
    if (types.contains(ServiceType.EMERGENCY)) {
      throw new IllegalArgumentException("resource '" + id + "' lists type emergency; emergency numbers are listed "
          + "separately, per region");
    }
    channels = Require.nonEmpty(channels, "resource '" + id + "' channels");
    hours = Require.text(hours, "resource '" + id + "' hours");
    audience = Require.text(audience, "resource '" + id + "' audience");
    sourceUrl = Provenance.url(sourceUrl, "resource '" + id + "' sourceUrl");
    lastVerified = Provenance.date(lastVerified, "resource '" + id + "' lastVerified");
    Objects.requireNonNull(certainty, "resource '" + id + "' certainty must not be null");
    Objects.requireNonNull(minimumAge, "resource '" + id + "' minimumAge must not be null; use Optional.empty()");
    if (minimumAge.isPresent() && notAMinimumAge(minimumAge.get()) != null) {
      throw new IllegalArgumentException("resource '" + id + "' " + notAMinimumAge(minimumAge.get()));
    }
  }

  /**
   * The groups a front end names when it says whom this service is for ("For men."). A line that
   * prevents child sexual abuse is not named as one for people who have hurt someone: it also serves
   * the parent or partner worried about someone else, to whom that would say the line takes them for
   * the one who harms; its type and its audience say whom it serves.
   */
  public List<AudienceTag> namedGroups() {
    if (!covers(ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION)) {
      return tags;
    }
    return tags.stream().filter(tag -> tag != AudienceTag.USING_HARM).toList();
  }

  /** Whether a reader of this age is within the ages the service takes. */
  public boolean takes(int age) {
    return minimumAge.isEmpty() || age >= minimumAge.get();
  }

  /** Whether this service offers the given type of help. */
  public boolean covers(ServiceType type) {
    return types.contains(type);
  }

  /** The lowest certainty of anything this resource shows. */
  public Certainty lowestCertainty() {
    Certainty lowest = certainty;
    for (Channel channel : channels) {
      Certainty own = channel.certaintyWithin(certainty);
      if (own.compareTo(lowest) > 0) {
        lowest = own;
      }
    }
    return lowest;
  }

  /** Present whenever anything shown is of low certainty: front ends must show it with the details. */
  public Optional<String> verifyNote() {
    return Provenance.verifyNote(lowestCertainty(), sourceUrl, lastVerified);
  }
}
