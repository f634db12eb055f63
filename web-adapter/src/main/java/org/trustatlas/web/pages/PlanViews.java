package org.trustatlas.web.pages;

import java.util.List;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.PlanSection;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.repair.OutcomeItem;
import org.trustatlas.core.repair.PlanPhase;
import org.trustatlas.core.repair.Quote;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Step;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.web.pages.Views.ConceptRef;
import org.trustatlas.web.pages.Views.OutcomeView;
import org.trustatlas.web.pages.Views.PhaseView;
import org.trustatlas.web.pages.Views.PlanHeadings;
import org.trustatlas.web.pages.Views.PlanView;
import org.trustatlas.web.pages.Views.QuoteView;
import org.trustatlas.web.pages.Views.ReferralView;
import org.trustatlas.web.pages.Views.RequirementView;
import org.trustatlas.web.pages.Views.SourceView;
import org.trustatlas.web.pages.Views.StepView;
import org.trustatlas.web.pages.Views.SuppressedView;

/**
 * A {@link RepairPlan} in words, in the core's order: safety block, phases and steps, referrals, what
 * was left out and why, requirements, outcomes, under the pack's headings. Nothing is added, dropped
 * or reordered here.
 */
final class PlanViews {

  private final TrustAtlas trustAtlas;
  private final Atlas atlas;
  private final SafetyViews safety;

  PlanViews(TrustAtlas trustAtlas, SafetyViews safety) {
    this.trustAtlas = trustAtlas;
    this.atlas = trustAtlas.atlas();
    this.safety = safety;
  }

  PlanView of(RepairPlan plan) {
    List<PlanPhase> phases = plan.phases();
    return new PlanView(headings(trustAtlas.wording()), safety.block(plan.safety()),
        plan.situation().challenges().stream().map(id -> ref(id, id.value())).toList(),
        "This plan is for " + plan.audience(),
        java.util.stream.IntStream.range(0, phases.size()).mapToObj(i -> phase(phases.get(i), i + 1)).toList(),
        plan.referrals().stream().map(r -> new ReferralView(ref(r.id(), r.label()), r.summary(), r.why())).toList(),
        plan.suppressed().stream().map(s -> new SuppressedView(ref(s.id(), s.label()), s.reason())).toList(),
        plan.requirements().stream().map(r -> new RequirementView(ref(r.id(), r.label()), r.summary(),
            quotes(r.sentences()))).toList(),
        plan.outcomes().stream().map(this::outcome).toList());
  }

  private PhaseView phase(PlanPhase phase, int number) {
    return new PhaseView(ref(phase.id(), phase.label()), number, phase.summary(),
        phase.steps().stream().map(this::step).toList());
  }

  private StepView step(Step step) {
    return new StepView(ref(step.strategy(), step.label()), step.framing(), step.forReader(), step.optional(),
        step.why(), quotes(step.sentences()),
        step.sources().stream().map(s -> new SourceView(String.join("; ", s.authors()), s.year(), s.title(), s.url()))
            .toList(),
        step.caveats().stream().map(Notice::text).toList(),
        step.resources().stream().map(id -> ref(id, id.value())).toList());
  }

  private OutcomeView outcome(OutcomeItem outcome) {
    return new OutcomeView(ref(outcome.id(), outcome.label()), outcome.summary(), outcome.optional(),
        outcome.caveats().stream().map(Notice::text).toList(), quotes(outcome.sentences()));
  }

  private static List<QuoteView> quotes(List<Quote> quotes) {
    return quotes.stream().map(q -> new QuoteView(q.ref().id(), q.text())).toList();
  }

  /** A link to the concept's page, with the label the plan gave it when the atlas has no such concept. */
  private ConceptRef ref(ConceptId id, String label) {
    return atlas.concept(id).map(ConceptViews::ref).orElse(new ConceptRef(id.value(), label, ""));
  }

  private static PlanHeadings headings(Wording wording) {
    return new PlanHeadings(wording.heading(PlanSection.SITUATION), wording.heading(PlanSection.STEPS),
        wording.heading(PlanSection.REFERRALS), wording.heading(PlanSection.HELD_BACK),
        wording.heading(PlanSection.REQUIREMENTS), wording.heading(PlanSection.OUTCOMES));
  }
}
