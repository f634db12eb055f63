package org.trustatlas.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.Channel;
import org.trustatlas.core.safety.ChannelKind;
import org.trustatlas.core.safety.CrisisResource;
import org.trustatlas.core.safety.EmergencyNumber;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceMatch;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.ServiceArea;
import org.trustatlas.web.pages.Views.ChannelView;
import org.trustatlas.web.pages.Views.EmergencyView;
import org.trustatlas.web.pages.Views.OtherNumberView;
import org.trustatlas.web.pages.Views.RegionOption;
import org.trustatlas.web.pages.Views.SafetyBlockView;
import org.trustatlas.web.pages.Views.SafetyItemView;
import org.trustatlas.web.pages.Views.ServiceGroup;
import org.trustatlas.web.pages.Views.ServiceView;

/**
 * Safety blocks, emergency numbers and services in the words a page shows. The order and the choice
 * of what to show are the core's (a {@link SafetyBlock}, a {@link ResourceMatch}), the words the
 * pack's ({@link Wording}); this only writes them out, and links a number only when it can be
 * dialled exactly as published.
 */
final class SafetyViews {

  /** Digits with the separators numbers are published with; letters (vanity numbers) are not dialled. */
  private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9][0-9 ().-]*");

  private final TrustAtlas atlas;

  SafetyViews(TrustAtlas atlas) {
    this.atlas = atlas;
  }

  // Asked for on each use, not when a page is made: the bundled pack's guidance is read when first needed.
  private Wording wording() {
    return atlas.wording();
  }

  SafetyBlockView block(SafetyBlock block) {
    List<SafetyItemView> items = new ArrayList<>();
    for (SafetyItem item : block.items()) {
      if (item instanceof SafetyItem.Call call) {
        items.add(new SafetyItemView("call", Optional.of(emergency(call)), Optional.empty(), Optional.empty()));
      } else if (item instanceof SafetyItem.Message message) {
        items.add(new SafetyItemView(message.urgent() ? "urgent" : "notice", Optional.empty(),
            Optional.of(message.notice().text()), Optional.empty()));
      } else if (item instanceof SafetyItem.Service service) {
        items.add(new SafetyItemView("service", Optional.empty(), Optional.empty(),
            Optional.of(service(service.resource(), service.fallback()))));
      }
    }
    return new SafetyBlockView(block.level().slug(), wording().heading(block.level()), block.startsWithEmergencyNumber(),
        items);
  }

  EmergencyView emergency(SafetyItem.Call call) {
    EmergencyNumber number = call.number();
    return new EmergencyView(regionName(number.region()), number.primary(), dial(number.primary(), "tel:"),
        number.numbers().subList(1, number.numbers().size()), number.note(), number.sourceUrl(),
        number.lastVerified().toString(), number.verifyNote(), call.elsewhere().stream()
            .map(n -> new OtherNumberView(regionName(n.region()), n.primary(), dial(n.primary(), "tel:"))).toList());
  }

  ServiceView service(CrisisResource resource, boolean fallback) {
    return new ServiceView(resource.id(), resource.name(), resource.area().map(ServiceArea::name),
        resource.namedGroups().stream().map(AudienceTag::label).toList(),
        resource.types().stream().map(wording()::name).toList(),
        resource.channels().stream().map(SafetyViews::channel).toList(), resource.hours(), resource.audience(),
        resource.sourceUrl(), resource.lastVerified().toString(), resource.verifyNote(), fallback);
  }

  static ChannelView channel(Channel channel) {
    String kind = switch (channel.kind()) {
      case PHONE -> "Phone";
      case TEXT -> "Text";
      case CHAT -> "Chat";
      case WEB -> "Website";
    };
    Optional<String> href = switch (channel.kind()) {
      case PHONE -> dial(channel.value(), "tel:");
      case TEXT -> dial(channel.value(), "sms:");
      case CHAT, WEB -> Optional.of(channel.value());
    };
    return new ChannelView(kind, channel.value(), href, channel.note(),
        channel.kind() == ChannelKind.CHAT || channel.kind() == ChannelKind.WEB);
  }

  /** {@code tel:+441234} from "+44 1234" when the published value is only digits and separators. */
  static Optional<String> dial(String value, String scheme) {
    if (!DIALLABLE.matcher(value.strip()).matches()) {
      return Optional.empty();
    }
    return Optional.of(scheme + value.replaceAll("[^0-9+]", ""));
  }

  /** The emergency number and every service for a region, grouped by type in the core's order. */
  List<ServiceGroup> groups(Region region, List<ResourceMatch> matches) {
    List<ServiceGroup> groups = new ArrayList<>();
    for (ResourceMatch match : matches) {
      String heading = wording().heading(match.type());
      groups.add(new ServiceGroup(match.type().slug(), heading, match.fallback(),
          match.fallback() ? "No service of this kind is listed for " + regionName(region)
              + "; these are international and can help you find one nearby." : "",
          match.resources().stream().map(r -> service(r, match.fallback())).toList()));
    }
    return groups;
  }

  String regionName(Region region) {
    return wording().name(region);
  }

  List<RegionOption> regions(java.util.Collection<Region> listed, Region selected) {
    List<RegionOption> options = new ArrayList<>();
    for (Region region : listed) {
      options.add(new RegionOption(region.code(), region.international() ? "Another country (international services)"
          : regionName(region), region.equals(selected)));
    }
    return options;
  }
}
