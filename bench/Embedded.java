import java.util.List;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;

/**
 * What a program that embeds the library pays on a cold JVM: the bundled pack, then one plan, one
 * search and one simulation, as bench/startup.sh runs it against a bare Hello. Not part of the
 * build; the script compiles it against the library's class path.
 */
public class Embedded {
  public static void main(String[] args) {
    TrustAtlas atlas = TrustAtlas.bundled();
    RepairPlan plan = atlas.plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity").inRegion("GB"));
    SearchResults found = atlas.search("my partner cheated", 5);
    Simulation run = atlas.simulate(atlas.scenario("disclosed-affair-sincere-apology").orElseThrow());
    List<String> summary = List.of(plan.steps().size() + " steps", found.hits().get(0).concept().id().value(),
        run.getClass().getSimpleName());
    System.out.println(summary);
  }
}
