package org.trustatlas.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceMatch;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.ServiceType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "resources", description = {"Crisis and support services for a region, emergency number first.",
    "Each service with its channels, hours, whom it is for, the part of the country it covers, and where and when "
        + "its details were read. A type the region lists none of comes from the international directory; a "
        + "region the atlas does not cover gets the international number and every covered country's."},
    footer = {"%nExamples:", "  atlas resources --region GB", "  atlas resources --region Scotland --type domestic-violence",
        "  atlas resources --region AU --type behaviour-change --json",
        "%nThe same list is on the web at /resources and in the API at /api/v1/resources."})
final class ResourcesCommand implements Callable<Integer> {

  private final Session session;

  @Option(names = "--region", paramLabel = "CC", converter = Regions.class,
      description = "A country code such as US, CA, GB (or UK), AU, a country's name, or INTL (default: your "
          + "system's country).")
  Regions.Choice region;

  @Option(names = "--type", paramLabel = "TYPE", converter = Vocabulary.ServiceTypes.class,
      completionCandidates = Vocabulary.ServiceTypes.class,
      description = "Only services of this type: ${COMPLETION-CANDIDATES}.")
  ServiceType type;

  ResourcesCommand(Session session) {
    this.session = session;
  }

  // A region it cannot place is never refused here: this is where people look for help.
  @Override
  public Integer call() {
    Region where = Regions.resolve(region);
    SafetyItem.Call call = session.atlas().emergencyCall(where);
    List<ResourceMatch> matches = session.atlas().resources(where).stream()
        .filter(m -> type == null || m.type() == type).toList();
    if (session.json()) {
      session.printJson(AtlasJson.resources(where, call, matches));
      return 0;
    }
    Wording wording = session.atlas().wording();
    new SafetyView(session.printer(), wording).printDirectory(call, matches, where,
        Regions.note(wording, region, where));
    if (type != null && matches.isEmpty()) {
      session.note("no " + type.slug().replace('-', ' ') + " service is listed for " + where.code()
          + " or in the international directory; 'atlas resources' lists every type");
    }
    return 0;
  }
}
