package org.trustatlas.core.repair;

import java.util.List;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SentenceRef;

/** The seed article, sentence by sentence (shared/article/sentences.md), for fixture atlases. */
final class FixtureArticle {

  private FixtureArticle() {}

  static Article article() {
    return Article.of("Sexual trust in romantic relationships", List.of(
        sentence("S01", "Introduction",
            "Sexual trust is a fundamental aspect of romantic relationships that involves a sense of safety and security in expressing one's desires, needs, and vulnerabilities during physical intimacy."),
        sentence("S02", "Introduction",
            "It often takes time to develop and requires mutual respect, open communication, and trustworthiness from both partners."),
        sentence("S03", "Introduction",
            "Sexual trust can be undermined by various factors such as infidelity, betrayal, abuse, trauma, addiction, power imbalance, and unrealistic expectations."),
        sentence("S04", "Introduction",
            "This article explores how sexual trust evolves under relational challenges and provides strategies for rebuilding it."),
        sentence("S05", "Developing sexual trust",
            "The development of sexual trust begins early in a relationship and involves establishing boundaries, setting limits, sharing experiences, and learning each other's likes and dislikes."),
        sentence("S06", "Developing sexual trust",
            "Couples who engage in honest dialogue, share their fantasies, and prioritize pleasure together tend to foster a deeper level of connection."),
        sentence("S07", "Developing sexual trust",
            "Intimate touches, kisses, hugs, and verbal compliments also contribute to building trust and creating an emotional bond."),
        sentence("S08", "Developing sexual trust",
            "As sexual attraction grows, partners may experiment with new positions, explore their bodies, and push limits within safe limits."),
        sentence("S09", "Developing sexual trust",
            "Trust is further strengthened through consistency, reliability, commitment, and loyalty."),
        sentence("S10", "Betrayals and distrust",
            "Infidelity or cheating can seriously damage sexual trust, especially if it results in STIs, pregnancy, or parenthood."),
        sentence("S11", "Betrayals and distrust",
            "A partner may feel hurt, angry, resentful, or jealous, leading to mistrust, suspicion, and fear of being abandoned."),
        sentence("S12", "Betrayals and distrust",
            "Partners may withdraw emotionally or physically, seek revenge, or blame themselves or the other person."),
        sentence("S13", "Betrayals and distrust",
            "It takes time, patience, communication, counseling, and forgiveness to rebuild trust after infidelity."),
        sentence("S14", "Betrayals and distrust",
            "In cases of abuse or trauma, sexual trust is often shattered, and victims may have difficulty opening up sexually again."),
        sentence("S15", "Betrayals and distrust",
            "Traumatic events such as rape or assault can cause PTSD symptoms that make intimacy difficult or painful."),
        sentence("S16", "Rebuilding sexual trust",
            "To rebuild sexual trust after betrayal, both partners must acknowledge their mistakes, take responsibility for their actions, apologize, and work on restoring confidence and safety."),
        sentence("S17", "Rebuilding sexual trust",
            "They should engage in honest dialogue, express remorse, listen actively, validate feelings, show compassion, and offer support."),
        sentence("S18", "Rebuilding sexual trust",
            "Couples may attend therapy sessions or practice self-care activities such as yoga, meditation, exercise, or mindfulness."),
        sentence("S19", "Rebuilding sexual trust",
            "Open communication about expectations, boundaries, and desires can help reduce misunderstandings and promote transparency."),
        sentence("S20", "Rebuilding sexual trust",
            "Mutual respect, honesty, and vulnerability are crucial components of sexual healing."),
        sentence("S21", "How does sexual trust evolve under relational challenges?",
            "Sexual trust is an important aspect of any romantic relationship."),
        sentence("S22", "How does sexual trust evolve under relational challenges?",
            "It develops over time through consistent communication, intimacy, and mutual respect."),
        sentence("S23", "How does sexual trust evolve under relational challenges?",
            "When faced with relationship challenges, such as infidelity, betrayal, or even simply stressors like work or finances, it can be difficult for couples to maintain healthy levels of trust within their sexual dynamic.")));
  }

  private static Sentence sentence(String ref, String section, String text) {
    return new Sentence(SentenceRef.of(ref), section, text);
  }
}
