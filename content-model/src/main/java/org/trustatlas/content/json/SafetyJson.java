package org.trustatlas.content.json;

import static org.trustatlas.content.json.AtlasJson.array;
import static org.trustatlas.content.json.AtlasJson.object;

import java.util.List;
import org.trustatlas.core.safety.Channel;
import org.trustatlas.core.safety.CrisisResource;
import org.trustatlas.core.safety.EmergencyNumber;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceMatch;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyItem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The shapes of safety blocks and crisis resources; {@link AtlasJson} documents them. */
final class SafetyJson {

  private SafetyJson() {}

  static ObjectNode block(SafetyBlock block) {
    ObjectNode node = object();
    node.put("level", block.level().slug());
    ArrayNode items = node.putArray("items");
    block.items().forEach(item -> items.add(item(item)));
    return node;
  }

  // Items keep the block's order: a front end shows them top to bottom and never re-sorts them.
  private static ObjectNode item(SafetyItem item) {
    ObjectNode node = object();
    if (item instanceof SafetyItem.Call call) {
      node.put("type", "emergency-number");
      node.set("emergencyNumber", emergencyNumber(call.number()));
      if (!call.elsewhere().isEmpty()) {
        ArrayNode elsewhere = node.putArray("elsewhere");
        call.elsewhere().forEach(n -> elsewhere.add(emergencyNumber(n)));
      }
    } else if (item instanceof SafetyItem.Message message) {
      node.put("type", "notice");
      node.put("urgent", message.urgent());
      node.put("rule", message.notice().ruleId());
      node.put("text", message.notice().text());
    } else {
      SafetyItem.Service service = (SafetyItem.Service) item;
      node.put("type", "service");
      node.put("serviceType", service.type().slug());
      node.put("fallback", service.fallback());
      node.set("resource", resource(service.resource()));
    }
    return node;
  }

  static ObjectNode notice(Notice notice) {
    return object().put("rule", notice.ruleId()).put("text", notice.text());
  }

  static ArrayNode notices(List<Notice> notices) {
    ArrayNode array = array();
    notices.forEach(n -> array.add(notice(n)));
    return array;
  }

  static ObjectNode emergencyNumber(EmergencyNumber number) {
    ObjectNode node = object();
    node.put("region", number.region().code());
    ArrayNode numbers = node.putArray("numbers");
    number.numbers().forEach(numbers::add);
    number.note().ifPresent(note -> node.put("note", note));
    provenance(node, number.sourceUrl(), number.lastVerified().toString(), number.certainty().slug());
    number.verifyNote().ifPresent(note -> node.put("verifyNote", note));
    return node;
  }

  static ObjectNode resource(CrisisResource resource) {
    ObjectNode node = object();
    node.put("id", resource.id());
    node.put("name", resource.name());
    node.put("region", resource.region().code());
    resource.area().ifPresent(area -> node.put("area", area.name()).put("areaCode", area.code()));
    if (!resource.tags().isEmpty()) {
      ArrayNode tags = node.putArray("tags");
      resource.tags().forEach(t -> tags.add(t.slug()));
    }
    ArrayNode types = node.putArray("types");
    resource.types().forEach(t -> types.add(t.slug()));
    ArrayNode channels = node.putArray("channels");
    resource.channels().forEach(c -> channels.add(channel(c)));
    node.put("hours", resource.hours());
    node.put("audience", resource.audience());
    resource.minimumAge().ifPresent(age -> node.put("minimumAge", age));
    provenance(node, resource.sourceUrl(), resource.lastVerified().toString(), resource.certainty().slug());
    resource.verifyNote().ifPresent(note -> node.put("verifyNote", note));
    return node;
  }

  private static ObjectNode channel(Channel channel) {
    ObjectNode node = object();
    node.put("kind", channel.kind().slug());
    node.put("value", channel.value());
    channel.note().ifPresent(note -> node.put("note", note));
    channel.certainty().ifPresent(certainty -> node.put("certainty", certainty.slug()));
    return node;
  }

  private static void provenance(ObjectNode node, String sourceUrl, String lastVerified, String certainty) {
    node.put("sourceUrl", sourceUrl);
    node.put("lastVerified", lastVerified);
    node.put("certainty", certainty);
  }

  static ObjectNode resources(Region region, SafetyItem.Call call, List<ResourceMatch> matches) {
    ObjectNode node = object();
    node.put("region", region.code());
    node.set("emergencyNumber", emergencyNumber(call.number()));
    if (!call.elsewhere().isEmpty()) {
      ArrayNode elsewhere = node.putArray("elsewhere");
      call.elsewhere().forEach(n -> elsewhere.add(emergencyNumber(n)));
    }
    ArrayNode services = node.putArray("services");
    for (ResourceMatch match : matches) {
      ObjectNode service = services.addObject();
      service.put("type", match.type().slug());
      service.put("fallback", match.fallback());
      ArrayNode listed = service.putArray("resources");
      match.resources().forEach(r -> listed.add(resource(r)));
    }
    return node;
  }
}
