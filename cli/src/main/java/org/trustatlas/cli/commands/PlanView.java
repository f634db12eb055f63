package org.trustatlas.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Style;
import org.trustatlas.cli.output.Table;
import org.trustatlas.cli.output.Wrap;
import org.trustatlas.content.read.PlanSection;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.SourceRef;
import org.trustatlas.core.repair.OutcomeItem;
import org.trustatlas.core.repair.PlanPhase;
import org.trustatlas.core.repair.Quote;
import org.trustatlas.core.repair.Referral;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.RequirementItem;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.Step;
import org.trustatlas.core.repair.SuppressedItem;
import org.trustatlas.core.safety.Notice;

/**
 * A repair plan as text, in the plan's order: the safety block first, then the phases with their
 * steps (who acts, why, the article sentences and sources), the kinds of help they point to, what
 * the safety gate held back and why, what recovery needs, the possible outcomes and the sources.
 * Everything shown is core's, under the pack's headings; this class only lays it out.
 */
final class PlanView {

  private final Printer printer;
  private final Style style;
  private final Wording wording;
  private final Map<String, SourceRef> sources = new LinkedHashMap<>();

  PlanView(Printer printer, Wording wording) {
    this.printer = printer;
    this.style = printer.style();
    this.wording = wording;
  }

  /** @param regionNote said under the emergency number, such as where the region came from */
  void print(RepairPlan plan, Atlas atlas, String regionNote) {
    new SafetyView(printer, wording).print(plan.safety(), plan.situation().region(), regionNote);
    printer.blank();
    printer.heading(wording.heading(PlanSection.SITUATION));
    Wrap.lines(situation(plan, atlas), printer.width() - 2).forEach(line -> printer.line("  " + style.bold(line)));
    int number = 1;
    for (PlanPhase phase : plan.phases()) {
      phase(number++, phase);
    }
    referrals(plan.referrals());
    suppressed(plan.suppressed());
    requirements(plan.requirements());
    outcomes(plan.outcomes());
    sources();
  }

  /** "Infidelity, for the partner who was hurt; with Sexually transmitted infection". */
  private static String situation(RepairPlan plan, Atlas atlas) {
    Situation situation = plan.situation();
    String text = labels(situation.challenges(), atlas) + ", for " + plan.audience();
    return situation.aggravators().isEmpty() ? text : text + "; with " + labels(situation.aggravators(), atlas);
  }

  private static String labels(List<ConceptId> ids, Atlas atlas) {
    List<String> labels = new ArrayList<>();
    for (ConceptId id : ids) {
      labels.add(atlas.concept(id).map(Concept::label).orElse(id.value()));
    }
    return String.join(", ", labels);
  }

  private void phase(int number, PlanPhase phase) {
    printer.blank();
    printer.heading(number + ". " + phase.label());
    printer.wrapped(phase.summary(), 3);
    for (Step step : phase.steps()) {
      printer.blank();
      printer.line("   " + style.bold(step.label()) + "  " + style.accent(step.strategy().value()));
      printer.wrapped(step.framing() + (step.optional() ? " (optional)" : ""), 5);
      printer.wrapped(step.why(), 5);
      quotes(step.sentences(), 5);
      if (!step.sources().isEmpty()) {
        step.sources().forEach(s -> sources.putIfAbsent(s.key(), s));
        printer.wrapped(style.dim("Sources: " + String.join("; ", step.sources().stream()
            .map(SourceRef::shortCitation).toList())), 5);
      }
      for (Notice caveat : step.caveats()) {
        printer.wrapped("Take care: " + caveat.text(), 5);
      }
      if (!step.resources().isEmpty()) {
        printer.wrapped("Help: " + String.join(", ", step.resources().stream().map(ConceptId::value).toList()), 5);
      }
    }
  }

  private void quotes(List<Quote> quotes, int indent) {
    if (quotes.isEmpty()) {
      return;
    }
    Table table = Table.styled(style::dim);
    quotes.forEach(q -> table.row(q.ref().id(), "\"" + q.text() + "\""));
    printer.table(table, indent);
  }

  private void referrals(List<Referral> referrals) {
    if (referrals.isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading(wording.heading(PlanSection.REFERRALS));
    Table table = Table.styled(style::accent);
    referrals.forEach(r -> table.row(r.id().value(), r.label() + ": " + r.summary() + " " + r.why()));
    printer.table(table, 2);
  }

  /** Items held back by the same rule for the same reason are listed together, the reason once. */
  private void suppressed(List<SuppressedItem> items) {
    if (items.isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading(wording.heading(PlanSection.HELD_BACK));
    Map<List<String>, List<String>> byRule = new LinkedHashMap<>();
    for (SuppressedItem item : items) {
      byRule.computeIfAbsent(List.of(item.ruleId(), item.reason()), k -> new ArrayList<>()).add(item.label());
    }
    boolean first = true;
    for (Map.Entry<List<String>, List<String>> group : byRule.entrySet()) {
      if (!first) {
        printer.blank();
      }
      first = false;
      printer.wrapped(String.join(", ", group.getValue()), 2);
      printer.wrapped(group.getKey().get(1), 4);
      printer.line("    " + style.dim("Rule: " + group.getKey().get(0)));
    }
  }

  private void requirements(List<RequirementItem> items) {
    if (items.isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading(wording.heading(PlanSection.REQUIREMENTS));
    Table table = Table.styled(style::accent);
    items.forEach(r -> table.row(r.id().value(), r.label() + ": " + r.summary() + cites(r.sentences())));
    printer.table(table, 2);
  }

  private void outcomes(List<OutcomeItem> items) {
    if (items.isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading(wording.heading(PlanSection.OUTCOMES));
    Table table = Table.styled(style::accent);
    for (OutcomeItem item : items) {
      StringBuilder text = new StringBuilder(item.label() + (item.optional() ? " (optional)" : "") + ": "
          + item.summary() + cites(item.sentences()));
      item.caveats().forEach(c -> text.append(" ").append(c.text()));
      table.row(item.id().value(), text.toString());
    }
    printer.table(table, 2);
  }

  private void sources() {
    if (sources.isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading(wording.heading(PlanSection.SOURCES));
    for (SourceRef source : sources.values()) {
      printer.wrapped(source.shortCitation() + ". " + source.title() + "." + source.url().map(u -> " " + u).orElse(""), 2);
    }
  }

  private static String cites(List<Quote> quotes) {
    return quotes.isEmpty() ? "" : " (" + String.join(" ", quotes.stream().map(q -> q.ref().id()).toList()) + ")";
  }
}
