package org.trustatlas.cli.commands;

import java.util.List;
import java.util.function.UnaryOperator;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Style;
import org.trustatlas.cli.output.Table;
import org.trustatlas.cli.output.Wrap;
import org.trustatlas.content.read.PlanSection;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.Channel;
import org.trustatlas.core.safety.CrisisResource;
import org.trustatlas.core.safety.EmergencyNumber;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceMatch;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.ServiceType;

/**
 * A safety block as text, item by item in the block's own order, never re-sorted: when core puts
 * the emergency number first (danger or harm by a partner), it is the first line printed. A
 * heading goes before each run of notices or services, in the pack's words, as are the kinds of
 * service and the regions. Anything of low certainty is printed with its note to verify it first.
 */
final class SafetyView {

  private enum Kind { CALL, NOTICE, SERVICE }

  private final Printer printer;
  private final Style style;
  private final Wording wording;
  /** The type of the run of fallback services being printed, so the run says it once, first. */
  private ServiceType fallbackSaid;

  SafetyView(Printer printer, Wording wording) {
    this.printer = printer;
    this.style = printer.style();
    this.wording = wording;
  }

  /**
   * @param region the reader's region, which fallback services say they are not local to
   * @param regionNote printed under the emergency number when not empty, such as where the region
   *     came from
   */
  void print(SafetyBlock block, Region region, String regionNote) {
    Kind previous = null;
    for (SafetyItem item : block.items()) {
      Kind kind = kind(item);
      if (previous != null && (kind != previous || kind == Kind.SERVICE)) {
        printer.blank();
      }
      if (item instanceof SafetyItem.Call call) {
        emergency(call, regionNote);
      } else if (item instanceof SafetyItem.Message message) {
        if (kind != previous) {
          printer.heading(wording.heading(block.level()));
        } else {
          printer.blank();
        }
        printer.wrapped((message.urgent() ? "Now: " : "") + message.notice().text(), 2);
      } else {
        if (kind != previous) {
          printer.heading(wording.heading(PlanSection.WHERE_TO_TURN));
        }
        service((SafetyItem.Service) item, region);
      }
      previous = kind;
    }
  }

  /**
   * A region's directory: the emergency numbers, then each type's services under a heading, each with
   * where its details were read and when.
   */
  void printDirectory(SafetyItem.Call call, List<ResourceMatch> matches, Region region, String regionNote) {
    emergency(call, regionNote);
    for (ResourceMatch match : matches) {
      printer.blank();
      printer.heading(wording.heading(match.type()));
      for (CrisisResource resource : match.resources().stream().sorted(CrisisResource.GENERAL_FIRST).toList()) {
        service(new SafetyItem.Service(resource, match.type(), match.fallback()), region);
        if (resource.verifyNote().isEmpty()) {
          styled("Source: " + resource.sourceUrl() + " (read " + resource.lastVerified() + ", "
              + resource.certainty().slug() + " certainty)", 4, style::dim);
        }
      }
    }
  }

  private static Kind kind(SafetyItem item) {
    if (item instanceof SafetyItem.Call) {
      return Kind.CALL;
    }
    return item instanceof SafetyItem.Message ? Kind.NOTICE : Kind.SERVICE;
  }

  private void emergency(SafetyItem.Call call, String regionNote) {
    EmergencyNumber number = call.number();
    styled("In an emergency, call " + String.join(" or ", number.numbers()) + " (" + wording.name(number.region())
        + ").", 0, style::bold);
    if (!call.elsewhere().isEmpty()) {
      styled("By country: " + String.join(", ", call.elsewhere().stream()
          .map(n -> wording.name(n.region()) + " " + String.join(" or ", n.numbers())).toList()) + ".", 2, style::bold);
    }
    number.note().ifPresent(note -> printer.wrapped(note, 2));
    number.verifyNote().ifPresent(note -> printer.wrapped("Verify first: " + note, 2));
    if (!regionNote.isEmpty()) {
      styled(regionNote, 2, style::dim);
    }
  }

  private void service(SafetyItem.Service service, Region region) {
    if (!service.fallback()) {
      fallbackSaid = null;
    } else if (service.type() != fallbackSaid) {
      fallbackSaid = service.type();
      printer.wrapped(wording.name(service.type()) + ": none is listed for your region (" + region.code()
          + "), so these are from the international directory:", 2);
    }
    CrisisResource resource = service.resource();
    String about = wording.name(service.type()) + resource.area().map(area -> ", " + area.name()).orElse("");
    styled(resource.name() + " (" + about + ")", 2, style::bold);
    if (!resource.namedGroups().isEmpty()) {
      printer.wrapped("For " + String.join(" and ", resource.namedGroups().stream().map(AudienceTag::label).toList())
          + ".", 4);
    }
    Table channels = Table.styled(style::dim, style::accent);
    for (Channel channel : resource.channels()) {
      channels.row(channel.kind().slug(), channel.value(), channel.note().orElse(""));
    }
    printer.table(channels, 4);
    printer.wrapped(sentence(resource.hours()) + " " + sentence(resource.audience()), 4);
    resource.verifyNote().ifPresent(note -> printer.wrapped("Verify first: " + note, 4));
  }

  /** Wrapped first, then styled line by line, so escapes never count toward the width. */
  private void styled(String text, int indent, UnaryOperator<String> how) {
    String pad = " ".repeat(indent);
    Wrap.lines(text, Math.max(20, printer.width() - indent)).forEach(line -> printer.line(pad + how.apply(line)));
  }

  private static String sentence(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty() || stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?")) {
      return stripped;
    }
    return stripped + ".";
  }
}
