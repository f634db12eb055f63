package org.trustatlas.core.checkin;

import static org.trustatlas.core.checkin.Section.SAFETY;
import static org.trustatlas.core.checkin.Section.SETTING;
import static org.trustatlas.core.checkin.Section.SITUATION;
import static org.trustatlas.core.safety.TriState.NO;
import static org.trustatlas.core.safety.TriState.UNKNOWN;
import static org.trustatlas.core.safety.TriState.YES;

import java.util.List;
import org.trustatlas.core.repair.AtlasFixture;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.SafetyFlag;

/**
 * The bundled check-in ({@code content-model/.../bundled/checkin.yaml}) as Java. The questions were
 * written for this project in plain words; none is taken from a published questionnaire.
 */
public final class CheckInFixture {

  private CheckInFixture() {}

  public static CheckIn checkIn() {
    return CheckIn.of(questions(), AtlasFixture.planner());
  }

  public static List<Question> questions() {
    return List.of(
        Question.of("privately", SETTING, "Can you answer these questions without anyone else seeing or hearing "
                + "your answers?",
            Choice.of("alone", "Yes, I am on my own"),
            Choice.of("together", "We are reading this together").role(ReaderRole.BOTH).sharesTheScreen(),
            Choice.of("not-alone", "No, someone might see or hear").sharesTheScreen(),
            Choice.of("not-sure", "Not sure"))
            .withHelp("If someone else can see your screen, the questions about safety are left out. You can come "
                + "back alone at any time, and 'Leave this site quickly' closes this page at once."),
        Question.of("where", SETTING, "Where do you live? This is only used to show the numbers and services near "
                + "you.",
            Choice.of("us", "United States").region("US"), Choice.of("ca", "Canada").region("CA"),
            Choice.of("gb", "United Kingdom").region("GB"), Choice.of("au", "Australia").region("AU"),
            Choice.of("ie", "Ireland").region("IE"), Choice.of("nz", "New Zealand").region("NZ"),
            Choice.of("elsewhere", "Somewhere else").region("INTL"), Choice.of("not-sure", "Rather not say")),
        safety("danger-now", "Are you in danger right now, or afraid that someone may hurt you today?",
            SafetyFlag.IMMEDIATE_DANGER, true),
        safety("thoughts-of-self-harm", "Lately, have you had thoughts of ending your life or of hurting yourself?",
            SafetyFlag.SELF_HARM_RISK, true),
        safety("afraid-of-partner", "Does your partner ever frighten you, or do you change your plans to avoid "
            + "setting them off?", SafetyFlag.FEAR_OF_PARTNER, false),
        safety("partner-hurt-you", "Has your partner hit, pushed, choked or threatened you, or broken your things on "
            + "purpose?", SafetyFlag.ONGOING_ABUSE, false, "intimate-partner-abuse"),
        safety("partner-controls", "Does your partner track where you go, check your phone or messages, control the "
            + "money, or cut you off from friends and family?", SafetyFlag.COERCIVE_CONTROL, false, "coercive-control"),
        safety("pressured-into-sex", "Has your partner made you do something sexual you did not want, through force, "
            + "threats, guilt or pressure?", SafetyFlag.SEXUAL_VIOLENCE_BY_PARTNER, false, "sexual-violence-by-partner"),
        Question.of("who-you-are", SITUATION, "Which of these is closest to you?",
            Choice.of("hurt-partner", "My partner broke my trust").role(ReaderRole.HURT_PARTNER),
            Choice.of("involved-partner", "I broke my partner's trust").role(ReaderRole.INVOLVED_PARTNER),
            Choice.of("survivor", "Something was done to me, by a partner or by someone else").role(ReaderRole.SURVIVOR),
            Choice.of("supporter", "I am here for someone else").role(ReaderRole.SUPPORTER),
            Choice.of("not-sure", "Not sure")).onlyAlone(),
        Question.of("what-happened", SITUATION, "What has shaken trust between you? Choose all that fit.",
            Choice.of("cheating", "Cheating or an affair").challenges("infidelity"),
            Choice.of("lies", "Lies, secrets or a broken promise").challenges("betrayal"),
            Choice.of("addiction", "Drinking, drugs, gambling or another addiction").challenges("addiction"),
            Choice.of("power", "One of us has far more say over money, decisions or sex").challenges("power-imbalance"),
            Choice.of("expectations", "Expectations about sex or the relationship that are hard to meet")
                .challenges("unrealistic-expectations"),
            Choice.of("work", "Pressure from work").challenges("work-stress"),
            Choice.of("money", "Worries about money").challenges("financial-stress"),
            Choice.of("not-sure", "Not sure")).allowingSeveral(),
        Question.of("past-harm", SITUATION, "Has something that happened to you before, such as an assault or abuse, "
            + "made closeness or sex feel unsafe, painful or frightening?",
            Choice.of("sexual", "Yes, an assault or sexual abuse").challenges("past-sexual-trauma"),
            Choice.of("other", "Yes, another frightening experience").challenges("trauma"),
            Choice.of("no", "No"), Choice.of("not-sure", "Not sure"))
            .withHelp("You do not need to say what happened, now or ever.").onlyAlone(),
        Question.of("consequences", SITUATION, "Has any of this led to one of these? Choose all that fit.",
            Choice.of("sti", "A sexually transmitted infection, or a worry about one").aggravators("sti"),
            Choice.of("pregnancy", "A pregnancy").aggravators("pregnancy"),
            Choice.of("child", "A child").aggravators("parenthood"),
            Choice.of("none", "None of these"), Choice.of("not-sure", "Not sure")).allowingSeveral());
  }

  private static Question safety(String id, String prompt, SafetyFlag flag, boolean stops, String... challenges) {
    Choice yes = Choice.of("yes", "Yes").flag(flag, YES).challenges(challenges);
    return Question.of(id, SAFETY, prompt, stops ? yes.stops() : yes, Choice.of("no", "No").flag(flag, NO),
        Choice.of("not-sure", "Not sure").flag(flag, UNKNOWN));
  }
}
