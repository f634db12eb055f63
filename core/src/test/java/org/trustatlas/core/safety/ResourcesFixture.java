package org.trustatlas.core.safety;

import static org.trustatlas.core.safety.AudienceTag.CHILDREN;
import static org.trustatlas.core.safety.AudienceTag.INDIGENOUS;
import static org.trustatlas.core.safety.AudienceTag.LGBTQ;
import static org.trustatlas.core.safety.AudienceTag.MEN;
import static org.trustatlas.core.safety.AudienceTag.USING_HARM;
import static org.trustatlas.core.safety.AudienceTag.WOMEN;
import static org.trustatlas.core.safety.AudienceTag.YOUNG_PEOPLE;
import static org.trustatlas.core.safety.Certainty.HIGH;
import static org.trustatlas.core.safety.Certainty.LOW;
import static org.trustatlas.core.safety.Certainty.MEDIUM;
import static org.trustatlas.core.safety.ServiceType.BEHAVIOUR_CHANGE;
import static org.trustatlas.core.safety.ServiceType.CHILDHOOD_ABUSE;
import static org.trustatlas.core.safety.ServiceType.CHILD_PROTECTION;
import static org.trustatlas.core.safety.ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION;
import static org.trustatlas.core.safety.ServiceType.CRISIS_LINE;
import static org.trustatlas.core.safety.ServiceType.DIRECTORY;
import static org.trustatlas.core.safety.ServiceType.DOMESTIC_VIOLENCE;
import static org.trustatlas.core.safety.ServiceType.ELDER_ABUSE;
import static org.trustatlas.core.safety.ServiceType.FORCED_MARRIAGE;
import static org.trustatlas.core.safety.ServiceType.IMAGE_ABUSE;
import static org.trustatlas.core.safety.ServiceType.SEXUAL_ASSAULT;
import static org.trustatlas.core.safety.ServiceType.SUBSTANCE;
import static org.trustatlas.core.safety.ServiceType.YOUTH_DATING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bundled directory ({@code content-model/.../bundled/resources.yaml}) as Java: the services of
 * research/domain.md section 4.3 and those added for issue 10, each with the certainty of what was
 * read, plus the emergency numbers. {@code CHECKED} is when an entry was first read; {@code READ} is
 * when entries added or re-sourced for issue 10 were read in a stored copy of their source;
 * {@code ADDED} is when the services of India and South Africa were read in a stored copy of theirs;
 * {@code SOURCED} is when the lines for older people, for adults abused as children and for forced
 * marriage, the domestic-violence, sexual-assault and crisis lines of Ireland and New Zealand, and
 * the Stop It Now lines for adults worried about their own thoughts towards children, the
 * child-protection and prevention lines of Australia, Ireland and Canada, and New Zealand's
 * harmful-sexual-behaviour services, were read in a stored copy of theirs.
 */
public final class ResourcesFixture {

  static final LocalDate CHECKED = LocalDate.of(2026, 11, 24);
  static final LocalDate READ = LocalDate.of(2026, 12, 4);
  static final LocalDate ADDED = LocalDate.of(2026, 12, 5);
  static final LocalDate SOURCED = LocalDate.of(2026, 12, 7);
  private static final String H24 = "24 hours, every day";
  private static final String NOT_STATED = "Not stated on the page read; check before calling";
  private static final String NOT_SEEN = "Not seen on the page read; verify it on the service's own site";

  private ResourcesFixture() {}

  public static ResourceDirectory directory() {
    return ResourceDirectory.of(resources(), EmergencyNumbersFixture.numbers());
  }

  public static List<CrisisResource> resources() {
    List<CrisisResource> all = new ArrayList<>();
    all.addAll(unitedStates());
    all.addAll(canada());
    all.addAll(unitedKingdom());
    all.addAll(australia());
    all.addAll(ireland());
    all.addAll(newZealand());
    all.addAll(india());
    all.addAll(southAfrica());
    all.addAll(international());
    return List.copyOf(all);
  }

  private static List<CrisisResource> unitedStates() {
    return List.of(
        entry("us-national-domestic-violence-hotline", "National Domestic Violence Hotline", "US")
            .types(DOMESTIC_VIOLENCE)
            .channels(Channel.phone("800-799-7233").withNote("Published as 800-799-SAFE"),
                Channel.phone("800-787-3224").withNote("TTY"), Channel.text("88788", "Text START"),
                Channel.chat("https://www.thehotline.org"))
            .hours(H24).audience("Anyone affected by relationship abuse")
            .source("https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
                CHECKED, HIGH),
        entry("us-rainn-national-sexual-assault-hotline", "RAINN National Sexual Assault Hotline", "US")
            .types(SEXUAL_ASSAULT)
            .channels(Channel.phone("800-656-4673").withNote("Published as 800.656.HOPE"),
                Channel.chat("https://rainn.org/get-help/national-sexual-assault-hotline")
                    .withNote("The chat address changes; start from the RAINN site").withCertainty(MEDIUM))
            .hours(H24).audience("Anyone affected by sexual violence")
            .source("https://rainn.org/get-help/national-sexual-assault-hotline", CHECKED, HIGH),
        entry("us-loveisrespect", "loveisrespect", "US").types(YOUTH_DATING).tags(YOUNG_PEOPLE)
            .channels(Channel.phone("1-866-331-9474"),
                Channel.text("22522", "Text LOVEIS; the short code has changed before"))
            .hours(H24).audience("Young people and anyone with questions about dating relationships")
            .source("https://www.whitehouse.gov/blog/2012/06/20/national-dating-abuse-helpline-uses-latest-technology-"
                + "provide-247-assistance", CHECKED, MEDIUM),
        entry("us-ccri-image-abuse-helpline", "Cyber Civil Rights Initiative (CCRI) Image Abuse Helpline", "US")
            .types(IMAGE_ABUSE)
            .channels(Channel.web("https://cybercivilrights.org/ccri-safety-center").withNote("CCRI's safety centre; "
                + "no stored page read gave the helpline's number, which is on CCRI's site"))
            .hours("24 hours, every day, as a US Office for Victims of Crime page describes the helpline")
            .audience("People in the United States whose intimate images have been shared without consent, who are "
                + "threatened with them (sextortion) or shown in faked ones: crisis support, safety planning, help with "
                + "evidence, reporting and takedown, and referral to lawyers")
            .source("https://ovc.ojp.gov/funding/awards/15povc-23-gk-01579-nonf", SOURCED, MEDIUM),
        entry("us-take-it-down", "Take It Down (National Center for Missing & Exploited Children)", "US")
            .types(IMAGE_ABUSE).tags(YOUNG_PEOPLE)
            .channels(Channel.web("https://takeitdown.ncmec.org").withNote("Free, and you need not give your name; "
                + "the image stays on your device and only a digital fingerprint of it is sent"),
                Channel.phone("1-800-843-5678").withNote("Published as 1-800-THE-LOST: NCMEC's CyberTipline, if the "
                    + "images are no longer on your device"))
            .hours("Website")
            .audience("Anyone, anywhere, with nude, partly nude or sexual images or videos of themselves taken before "
                + "they were 18 that have been or may be shared online")
            .source("https://takeitdown.ncmec.org/faq/", SOURCED, HIGH),
        entry("us-988-suicide-and-crisis-lifeline", "988 Suicide & Crisis Lifeline", "US").types(CRISIS_LINE)
            .channels(Channel.phone("988"), Channel.text("988", "Text 988"), Channel.chat("https://988lifeline.org"))
            .hours(H24).audience("Anyone in emotional distress or suicidal crisis, or worried about someone")
            .source("https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-"
                + "resources/", READ, HIGH),
        entry("us-crisis-text-line", "Crisis Text Line", "US").types(CRISIS_LINE)
            .channels(Channel.text("741741", "Text HOME"))
            .hours(H24).audience("Anyone in the United States in any kind of crisis who would rather text than call")
            .source("http://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729", READ, MEDIUM),
        entry("us-trevor-project", "The Trevor Project", "US").types(CRISIS_LINE).tags(LGBTQ, YOUNG_PEOPLE)
            .channels(Channel.phone("1-866-488-7386").withNote("TrevorLifeline; text and chat from the Trevor Project's "
                + "site"))
            .hours(H24).audience("LGBTQ+ young people under 25 in crisis or thinking about suicide")
            .source("https://advocate.com/youth/2019/4/30/trevor-project-takes-text-chat-services-247", READ, MEDIUM),
        entry("us-samhsa-national-helpline", "SAMHSA National Helpline", "US").types(SUBSTANCE)
            .channels(Channel.phone("1-800-662-4357").withNote("Published as 1-800-662-HELP"),
                Channel.phone("1-800-487-4889").withNote("TTY"))
            .hours(H24).audience("People facing substance use or mental health problems, and their families; "
                + "free and confidential referral, not counselling")
            .source("https://webarchive.library.unt.edu/web/20161102235127/https://www.disasterassistance.gov/"
                + "get-assistance/forms-of-assistance/4506/0/D03", READ, HIGH),
        entry("us-stronghearts-native-helpline", "StrongHearts Native Helpline", "US")
            .types(DOMESTIC_VIOLENCE, SEXUAL_ASSAULT).tags(INDIGENOUS)
            .channels(Channel.phone("1-844-762-8483").withNote("Published as 1-844-7NATIVE"),
                Channel.text("1-844-762-8483", "Text the same number"))
            .hours(H24).audience("Native Americans and Alaska Natives affected by domestic, dating or sexual violence, "
                + "and their families and friends")
            .source("https://stronghearts.me/about", READ, HIGH),
        entry("us-childhelp-national-child-abuse-hotline", "Childhelp National Child Abuse Hotline", "US")
            .types(CHILD_PROTECTION).tags(CHILDREN)
            .channels(Channel.phone("1-800-422-4453").withNote("Published as 1-800-4-A-CHILD; calls, texts and chats. "
                + "Number read on a secondary page").withCertainty(MEDIUM))
            .hours(H24).audience("Children and adults worried about a child; support and guidance, not a line for "
                + "reporting abuse")
            .source("https://childhelphotline.org/how-it-works", READ, HIGH),
        entry("us-a-call-for-change-helpline", "A Call for Change Helpline", "US").types(BEHAVIOUR_CHANGE)
            .tags(USING_HARM)
            .channels(Channel.phone("(877) 898-3411").withNote("Toll-free, anonymous and confidential; based in "
                + "Massachusetts"))
            .hours("12 hours a day (as published in 2023; check before calling)")
            .audience("People who have been abusive to a partner, or fear they may be, and want to stop; counsellors "
                + "in several languages, and for people who are deaf or hard of hearing")
            .source("https://www.bpr.org/2023-02-16/massachusetts-group-creates-countrys-first-hotline-for-domestic-"
                + "abusers", SOURCED, MEDIUM),
        entry("us-stop-it-now", "Stop It Now! Helpline", "US").types(CHILD_SEXUAL_ABUSE_PREVENTION).tags(USING_HARM)
            .channels(Channel.phone("1-888-773-8368").withNote("Published as 1.888.PREVENT; toll-free and confidential. "
                + "Email and chat too"))
            .hours(NOT_STATED)
            .audience("Adults worried about their own sexual thoughts or behaviour towards children, and anyone with "
                + "a question or worry about child sexual abuse; information, referral to specialist help and support")
            .source("https://www.stopitnow.org/about-us/news-room/press-kit/briefing-sheet-the-helpline-of-stop-it-now",
                SOURCED, HIGH),
        entry("us-eldercare-locator", "Eldercare Locator", "US").types(DIRECTORY, ELDER_ABUSE)
            .channels(Channel.phone("1-800-677-1116").withNote("Finds where to report abuse locally (Adult Protective "
                + "Services); language interpretation available"))
            .hours(NOT_STATED)
            .audience("Older adults in the United States harmed, neglected or exploited, and anyone worried about one: "
                + "it finds the local Adult Protective Services and other help")
            .source("https://elderjustice.usc.edu/national-center-on-elder-abuse/suspect-abuse/", SOURCED, MEDIUM));
  }

  private static List<CrisisResource> canada() {
    return List.of(
        entry("ca-988-suicide-crisis-helpline", "9-8-8 Suicide Crisis Helpline", "CA").types(CRISIS_LINE)
            .channels(Channel.phone("988").withNote("Published as 9-8-8"), Channel.text("988", "Text 9-8-8"))
            .hours(H24).audience("Anyone in Canada thinking about suicide or worried about someone")
            .source("https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-"
                + "helpline-896472116.html", CHECKED, HIGH),
        entry("ca-sheltersafe", "ShelterSafe (Women's Shelters Canada)", "CA").types(DIRECTORY, DOMESTIC_VIOLENCE)
            .tags(WOMEN)
            .channels(Channel.web("https://sheltersafe.ca").withNote("A map of shelters and crisis lines; Canada has no "
                + "single national domestic-violence line"))
            .hours("Website; each shelter lists its own hours").audience("Women and children experiencing abuse")
            .source("https://sheltersafe.ca/about-shelters/", READ, MEDIUM),
        entry("ca-mb-domestic-violence-crisis-line", "Domestic Violence Crisis Line", "CA").area("CA-MB", "Manitoba")
            .types(DOMESTIC_VIOLENCE).channels(Channel.phone("1-877-977-0007"))
            .hours(H24)
            .audience("People in Manitoba affected by domestic violence")
            .source("https://www.gov.mb.ca/familylaw/safety/contacting-police.html", READ, MEDIUM),
        entry("ca-on-assaulted-womens-helpline", "Assaulted Women's Helpline", "CA").area("CA-ON", "Ontario")
            .types(DOMESTIC_VIOLENCE).tags(WOMEN)
            .channels(Channel.phone("1-866-863-0511").withNote(NOT_SEEN).withCertainty(LOW))
            .hours(H24).audience("Women in Ontario experiencing abuse; crisis counselling in many languages")
            .source("https://www.awhl.org/covid-19", READ, HIGH),
        entry("ca-on-talk4healing", "Talk4Healing", "CA").area("CA-ON", "Ontario").types(DOMESTIC_VIOLENCE)
            .tags(INDIGENOUS, WOMEN)
            .channels(Channel.phone("1-855-554-4325"))
            .hours(H24).audience("Indigenous women across Ontario, in 14 languages")
            .source("https://cupe.on.ca/help/?share=facebook", READ, MEDIUM),
        entry("ca-ab-one-line-for-sexual-violence", "Alberta's One Line for Sexual Violence", "CA")
            .area("CA-AB", "Alberta").types(SEXUAL_ASSAULT)
            .channels(Channel.phone("1-866-403-8000").withNote("Call or text"))
            .hours("9 am to 9 pm every day (as published at its launch; check before calling)")
            .audience("Anyone in Alberta affected by sexual violence, and the people close to them; interpreters in "
                + "over 200 languages")
            .source("https://ici.radio-canada.ca/nouvelle/1168266/one-line-violences-agressions-alberta-survivants-"
                + "survivantes-ligne-aide", READ, MEDIUM),
        entry("ca-qc-info-aide-violence-sexuelle", "Info-aide violence sexuelle", "CA").area("CA-QC", "Québec")
            .types(SEXUAL_ASSAULT)
            .channels(Channel.phone("1-888-933-9007").withNote("Listed under its former name, Provincial Resource Line "
                + "for Victims of Sexual Assault"))
            .hours(H24).audience("Anyone in Quebec affected by sexual violence, their families and helpers; free, "
                + "anonymous, in French and English")
            .source("https://ciusssmcq.ca/english/care-and-services/emergency-and-critical-situations/sexual-assault-and-"
                + "abuse/", READ, MEDIUM),
        entry("ca-on-seniors-safety-line", "Seniors Safety Line", "CA").area("CA-ON", "Ontario").types(ELDER_ABUSE)
            .channels(Channel.phone("1-866-299-1011"))
            .hours(H24).audience("Older adults in Ontario experiencing abuse or neglect, and people worried about them; "
                + "free and confidential, in over 150 languages")
            .source("https://www.ontario.ca/page/information-about-elder-abuse", SOURCED, MEDIUM),
        entry("ca-bc-seniors-abuse-and-information-line", "Seniors Abuse and Information Line (SAIL)", "CA")
            .area("CA-BC", "British Columbia").types(ELDER_ABUSE)
            .channels(Channel.phone("1-866-437-1940").withNote("Toll-free"),
                Channel.phone("604-437-1940").withNote("Local number"))
            .hours("8 am to 8 pm Pacific time, every day (as published in 2020; check before calling)")
            .audience("Older adults in British Columbia facing abuse or mistreatment, and people worried about them; "
                + "confidential, run by Seniors First BC")
            .source("https://www.richmondsentinel.ca/public/article-detail/7034/today-is-world-elder-abuse-awareness-"
                + "day", SOURCED, MEDIUM),
        entry("ca-hope-for-wellness", "Hope for Wellness Help Line", "CA").types(CRISIS_LINE).tags(INDIGENOUS)
            .channels(Channel.phone("1-855-242-3310"), Channel.chat("https://hopeforwellness.ca"))
            .hours(H24).audience("Indigenous peoples across Canada; English and French, and Cree, Ojibway or Inuktut "
                + "on request")
            .source("http://www.cssspnql.com/en/news-media/single/2016/10/28/government-of-canada-announces-mental-"
                + "wellness-help-line-for-indigenous-peoples", READ, MEDIUM),
        entry("ca-child-protection-by-province",
            "Where to report a child at risk, by province or territory (Canadian Centre for Child Protection)", "CA")
            .types(DIRECTORY, CHILD_PROTECTION).tags(CHILDREN)
            .channels(Channel.web("https://cyberaide.ca/en/child-sexual-abuse/duty-to-report").withNote("Canada has "
                + "no national line: each province and territory has its own child protection authority and its own "
                + "duty to report, set out here place by place. If a child is in immediate danger, call 911"))
            .hours("Website; each authority keeps its own hours")
            .audience("Anyone worried that a child in Canada is being abused or is at risk: a report goes to the child "
                + "protection authority or the police where the child lives, and you need not prove anything")
            .source("https://cyberaide.ca/en/child-sexual-abuse/duty-to-report", SOURCED, MEDIUM),
        entry("ca-kids-help-phone", "Kids Help Phone", "CA").types(CRISIS_LINE, CHILD_PROTECTION).tags(YOUNG_PEOPLE)
            .channels(Channel.phone("1-800-668-6868"), Channel.text("686868", "Text CONNECT"),
                Channel.chat("https://kidshelpphone.ca"))
            .hours(H24).audience("Young people in Canada, in English and French")
            .source("https://www.cbc.ca/news/health/mental-health-crisis-text-kids-help-phone-1.4894118", READ,
                MEDIUM),
        entry("ca-talking-for-change", "Talking for Change", "CA").types(CHILD_SEXUAL_ABUSE_PREVENTION).tags(USING_HARM)
            .channels(Channel.phone("1-833-703-3303").withNote("Toll-free in Canada and anonymous. Number read in a "
                + "news report, not on the service's own page"),
                Channel.web("https://talkingforchange.ca").withNote("Run by CAMH in Toronto; free therapy too, for "
                    + "people with no current legal case for a sexual offence"))
            .hours("Monday to Friday, 9 am to 3 pm Pacific time (noon to 6 pm Eastern), as a news report gave them; "
                + "check before calling")
            .audience("Adults and young people in Canada worried about a sexual interest in children, about looking at "
                + "sexual images of children, or that they might harm a child, and people close to them")
            .source("https://www.piquenewsmagazine.com/must-reads/new-canadian-helpline-aims-to-reduce-child-sexual-"
                + "abuse-before-it-happens-6766250", SOURCED, LOW));
  }

  private static List<CrisisResource> unitedKingdom() {
    return List.of(
        entry("gb-national-domestic-abuse-helpline", "National Domestic Abuse Helpline (Refuge)", "GB")
            .types(DOMESTIC_VIOLENCE)
            .channels(Channel.phone("0808 2000 247").withNote("Free"), Channel.web("https://www.nationaldahelpline.org.uk"))
            .hours(H24).audience("Anyone experiencing domestic abuse")
            .source("https://gov.uk/government/news/refuge-awarded-grant-to-operate-domestic-abuse-helpline", READ, HIGH),
        entry("gb-mens-advice-line", "Men's Advice Line", "GB").types(DOMESTIC_VIOLENCE).tags(MEN)
            .channels(Channel.phone("0808 801 0327"))
            .hours("Not open around the clock; check its opening times before calling")
            .audience("Men experiencing domestic abuse")
            .source("https://www.centre56.org.uk/domestic-abuse", CHECKED, MEDIUM),
        entry("gb-galop-lgbt-helpline", "Galop LGBT+ Domestic Abuse Helpline", "GB")
            .types(DOMESTIC_VIOLENCE, SEXUAL_ASSAULT).tags(LGBTQ)
            .channels(Channel.phone("0800 999 5428"))
            .hours("Weekdays only: Monday to Thursday 10 am to 8.30 pm, Friday 10 am to 4.30 pm (as published in 2023; "
                + "check before calling)")
            .audience("LGBT+ people experiencing domestic abuse or sexual violence, answered by LGBT+ staff")
            .source("http://www.galop.org.uk/recogniseandrespond/", READ, HIGH),
        entry("gb-revenge-porn-helpline", "Revenge Porn Helpline", "GB").types(IMAGE_ABUSE)
            .channels(Channel.phone("0345 6000 459").withNote("A callback can be requested on its site"))
            .hours(NOT_STATED)
            .audience("People whose intimate images have been shared, or threatened to be, without consent: help to get "
                + "them taken down, keep evidence and go to the police")
            .source("https://revengepornhelpline.org.uk/faq/", SOURCED, HIGH),
        entry("gb-childline-report-remove", "Report Remove (Childline and the Internet Watch Foundation)", "GB")
            .types(IMAGE_ABUSE).tags(YOUNG_PEOPLE)
            .channels(Channel.web("https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove").withNote("Made from "
                + "Childline's site, with a Childline account; Childline supports the young person throughout"))
            .hours("Website")
            .audience("Young people under 18 with a nude or sexual image or video of themselves online: they can report "
                + "it, without an adult, to see if it can be taken down")
            .source("https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove", SOURCED, HIGH),
        entry("gb-respect-phoneline", "Respect Phoneline", "GB").types(BEHAVIOUR_CHANGE).tags(USING_HARM)
            .channels(Channel.phone("0808 802 4040").withNote("Published as 0808 8024040; also email and webchat. "
                + "Number read on a research project's site and in a Welsh Government statement").withCertainty(MEDIUM))
            .hours(NOT_STATED)
            .audience("People worried that their behaviour towards a partner or family is abusive, and those working "
                + "with them")
            .source("http://www.respect.uk.net/articles/respect-phoneline-support-over-the-festive-period", READ, HIGH),
        entry("gb-stop-it-now", "Stop It Now helpline (Lucy Faithfull Foundation)", "GB")
            .types(CHILD_SEXUAL_ABUSE_PREVENTION).tags(USING_HARM)
            .channels(Channel.phone("0808 1000 900").withNote("Free from the UK, in English or Welsh; an interpreter "
                + "can join. Live chat and secure email on its site"))
            .hours(NOT_STATED)
            .audience("Adults worried about their own sexual thoughts, feelings or behaviour towards children, and "
                + "anyone worried about someone else's. Confidential, and you need not give your name; information "
                + "that identifies a child at risk, or a crime, is passed on")
            .source("https://www.stopitnow.org.uk/helpline/", SOURCED, HIGH),
        entry("gb-forced-marriage-unit", "Forced Marriage Unit", "GB").types(FORCED_MARRIAGE)
            .channels(Channel.phone("020 7008 0151").withNote("Monday to Friday, 9 am to 5 pm"),
                Channel.phone("020 7008 1500").withNote("Out of hours: ask for the Foreign Office Response Centre"))
            .hours("Monday to Friday, 9 am to 5 pm; out of hours through the Foreign Office Response Centre (as a "
                + "council publishes it; check before calling)")
            .audience("Anyone being forced into marriage, in the UK or abroad, and people worried about them; a joint "
                + "Foreign Office and Home Office unit, which can also help British nationals overseas")
            .source("https://www.tameside.gov.uk/forcedmarriages", SOURCED, MEDIUM),
        entry("gb-napac", "NAPAC (National Association for People Abused in Childhood)", "GB").types(CHILDHOOD_ABUSE)
            .channels(Channel.web("https://napac.org.uk").withNote("Free support line, email and support groups; the "
                + "line's number was not on the stored pages read, so find it on this site"))
            .hours(NOT_STATED)
            .audience("Adults who were abused or neglected in childhood, in any way and whoever did it; the only "
                + "national support line for them in the UK")
            .source("https://napac.org.uk/over-10000-call-attempts-in-the-past-five-weeks-since-footballers-spoke-out/",
                SOURCED, MEDIUM),
        entry("gb-hourglass", "Hourglass", "GB").types(ELDER_ABUSE)
            .channels(Channel.web("https://wearehourglass.org").withNote("Helpline, text and instant messenger; the "
                + "helpline's number was not on the stored pages read, so find it on this site"))
            .hours("24 hours, every day (as reported in 2022; check before calling)")
            .audience("Older people harmed, neglected or exploited by family, carers or others they trust, and anyone "
                + "worried about one, across the UK")
            .source("https://wearehourglass.org/action-elder-abuse-now-hourglass", SOURCED, MEDIUM),
        entry("gb-rape-crisis-247-support-line", "Rape Crisis 24/7 Rape & Sexual Abuse Support Line", "GB")
            .area("GB-EAW", "England and Wales").types(SEXUAL_ASSAULT)
            .channels(Channel.phone("0808 500 2222").withNote(NOT_SEEN).withCertainty(LOW),
                Channel.chat("https://247sexualabusesupport.org.uk"))
            .hours(H24).audience("People aged 16 and over in England and Wales affected by any kind of sexual violence, "
                + "whenever it happened").minimumAge(16)
            .source("https://247sexualabusesupport.org.uk/faqs/", READ, HIGH),
        entry("gb-sct-domestic-abuse-and-forced-marriage-helpline", "Scotland's Domestic Abuse and Forced Marriage "
            + "Helpline", "GB").area("GB-SCT", "Scotland").types(DOMESTIC_VIOLENCE, FORCED_MARRIAGE)
            .channels(Channel.phone("0800 027 1234"))
            .hours(H24).audience("Anyone in Scotland experiencing domestic abuse or forced marriage, and people worried "
                + "about them")
            .source("https://scotland.police.uk/advice-and-information/domestic-abuse/what-can-i-do-if-this-is-happening-"
                + "to-me", READ, HIGH),
        entry("gb-sct-rape-crisis-scotland-helpline", "Rape Crisis Scotland Helpline", "GB").area("GB-SCT", "Scotland")
            .types(SEXUAL_ASSAULT)
            .channels(Channel.phone("08088 01 03 02").withNote("Free"))
            .hours("6 pm to midnight every day (as published on its site around 2020; check before calling)")
            .audience("Anyone in Scotland affected by sexual violence")
            .source("https://www.rapecrisisscotland.org.uk/blogs/blog/tag/Rape/", READ, MEDIUM),
        entry("gb-wls-live-fear-free-helpline", "Live Fear Free Helpline", "GB").area("GB-WLS", "Wales")
            .types(DOMESTIC_VIOLENCE, SEXUAL_ASSAULT)
            .channels(Channel.phone("0808 80 10 800"), Channel.text("07860077333", "Text"))
            .hours(H24).audience("Anyone in Wales affected by domestic abuse or sexual violence, and people worried "
                + "about them")
            .source("https://www.gov.wales/live-fear-free/sexual-violence", READ, HIGH),
        entry("gb-nir-domestic-and-sexual-abuse-helpline", "Domestic and Sexual Abuse Helpline", "GB")
            .area("GB-NIR", "Northern Ireland").types(DOMESTIC_VIOLENCE, SEXUAL_ASSAULT)
            .channels(Channel.phone("0808 802 1414"))
            .hours(H24).audience("Anyone in Northern Ireland with concerns about domestic or sexual violence, now or in "
                + "the past")
            .source("https://www.psni.police.uk/news/campaigns/domestic-abuse/", READ, HIGH),
        entry("gb-samaritans", "Samaritans", "GB").types(CRISIS_LINE)
            .channels(Channel.phone("116 123").withNote("Free, also from mobiles without credit"))
            .hours(H24).audience("Anyone who is struggling to cope")
            .source("https://www.samaritans.org/how-we-can-help/contact-samaritan/", CHECKED, HIGH),
        entry("gb-shout-85258", "Shout 85258", "GB").types(CRISIS_LINE)
            .channels(Channel.text("85258", "Text SHOUT"))
            .hours(H24).audience("Anyone in the UK, of any age, who would rather text than call")
            .source("https://giveusashout.org/about-us/faq/", READ, HIGH),
        entry("gb-nspcc-helpline", "NSPCC Helpline", "GB").types(CHILD_PROTECTION).tags(CHILDREN)
            .channels(Channel.phone("0808 800 5000"))
            .hours("Phone Monday to Friday 8 am to 10 pm, weekends 9 am to 6 pm; email and the online form at any time")
            .audience("Adults worried about a child's safety, including a child in their own family")
            .source("https://safeguardingtool.nspcc.org.uk/what-you-can-do/report-abuse/", READ, HIGH),
        entry("gb-childline", "Childline", "GB").types(CHILD_PROTECTION, CRISIS_LINE).tags(YOUNG_PEOPLE)
            .channels(Channel.phone("0800 1111").withNote("Free; online chat with a counsellor too"))
            .hours(NOT_STATED).audience("Children and young people, about anything that is hurting or worrying them")
            .source("https://247sexualabusesupport.org.uk/faqs/", READ, MEDIUM),
        entry("gb-frank", "FRANK", "GB").types(SUBSTANCE)
            .channels(Channel.phone("0300 123 6600").withNote(NOT_SEEN).withCertainty(LOW))
            .hours(NOT_STATED).audience("Anyone with questions about drugs, for themselves or someone else; free and "
                + "confidential")
            .source("https://gov.uk/government/news/talk-to-frank-advertising-campaign-goes-live", READ, HIGH));
  }

  private static List<CrisisResource> australia() {
    return List.of(
        entry("au-1800respect", "1800RESPECT", "AU").types(DOMESTIC_VIOLENCE, SEXUAL_ASSAULT)
            .channels(Channel.phone("1800RESPECT"),
                Channel.phone("1800 737 732").withNote("The digits of 1800RESPECT, as published in the news")
                    .withCertainty(MEDIUM),
                Channel.text("0458 737 732", "Text").withCertainty(MEDIUM),
                Channel.web("https://www.1800respect.org.au").withNote("SMS, chat and video options"))
            .hours(H24).audience("Anyone affected by domestic, family or sexual violence")
            .source("https://plan4womenssafety.dss.gov.au/initiatives/1800respect", CHECKED, HIGH),
        entry("au-esafety-commissioner", "eSafety Commissioner", "AU").types(IMAGE_ABUSE)
            .channels(Channel.web("https://www.esafety.gov.au/image-based-abuse/action/remove-images-video/report-to-us")
                .withNote("Report online; eSafety works to get the image or video removed"))
            .hours("Website")
            .audience("People who live in Australia whose intimate image or video has been shared without consent, or "
                + "threatened to be: it can have it removed and points to support")
            .source("https://www.esafety.gov.au/image-based-abuse/action/remove-images-video/report-to-us", SOURCED, HIGH),
        entry("au-lifeline", "Lifeline", "AU").types(CRISIS_LINE).channels(Channel.phone("13 11 14"))
            .hours(H24).audience("Anyone in Australia in personal crisis")
            .source("https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/", READ, MEDIUM),
        entry("au-13yarn", "13YARN", "AU").types(CRISIS_LINE).tags(INDIGENOUS)
            .channels(Channel.phone("13 92 76"))
            .hours(H24).audience("Aboriginal and Torres Strait Islander people, answered by Aboriginal and Torres "
                + "Strait Islander crisis supporters")
            .source("https://www.miragenews.com/13yarn-247-national-crisis-line-support-for-756394/", READ, MEDIUM),
        entry("au-mensline", "MensLine Australia", "AU").types(CRISIS_LINE).tags(MEN)
            .channels(Channel.phone("1300 789 978").withNote("Number read on a member of parliament's page")
                .withCertainty(MEDIUM))
            .hours(H24).audience("Men, about relationships, family, separation and their own wellbeing")
            .source("https://formerministers.dss.gov.au/304/mens-line-australia-helping-men-across-the-country/", READ,
                HIGH),
        entry("au-mens-referral-service", "Men's Referral Service (No to Violence)", "AU").types(BEHAVIOUR_CHANGE)
            .tags(MEN, USING_HARM)
            .channels(Channel.phone("1300 766 491"), Channel.chat("https://ntv.org.au/get-help/getting-support"))
            .hours(NOT_STATED).audience("Men who have used or are using abusive behaviour, the family members affected, "
                + "and people supporting them; anonymous, with referral to behaviour change programs")
            .source("https://ntv.org.au/get-help/getting-support", READ, HIGH),
        entry("au-qlife", "QLife", "AU").types(DIRECTORY).tags(LGBTQ)
            .channels(Channel.phone("1800 184 527"), Channel.chat("https://www.qlife.org.au"))
            .hours("3 pm to midnight every day, local time")
            .audience("LGBTIQ+ people and those who support them: peer support and referral, not a crisis service")
            .source("https://www.qlife.org.au/faqs", READ, HIGH),
        entry("au-child-protection-by-state",
            "Child protection lines of each state and territory (Australian Institute of Family Studies)", "AU")
            .types(DIRECTORY, CHILD_PROTECTION).tags(CHILDREN)
            .channels(Channel.web("https://aifs.gov.au/resources/resource-sheets/reporting-child-abuse-and-neglect")
                .withNote("Lists the child protection reporting line of every state and territory. If a child is in "
                    + "immediate danger, call 000"))
            .hours("Website; each state's or territory's line keeps its own hours")
            .audience("Anyone worried that a child in Australia is being abused or neglected, or is at risk: a report "
                + "goes to the child protection service of the child's state or territory")
            .source("https://aifs.gov.au/resources/resource-sheets/reporting-child-abuse-and-neglect", SOURCED, MEDIUM),
        entry("au-kids-helpline", "Kids Helpline", "AU").types(CHILD_PROTECTION, CRISIS_LINE).tags(YOUNG_PEOPLE)
            .channels(Channel.phone("1800 551 800"))
            .hours(NOT_STATED).audience("Young people aged 5 to 25")
            .source("https://www.gregpiper1.com/index.cfm?module=news&pagemode=indiv&page_id=2150592", READ, MEDIUM),
        entry("au-national-alcohol-and-other-drug-hotline", "National Alcohol and Other Drug Hotline", "AU")
            .types(SUBSTANCE).channels(Channel.phone("1800 250 015"))
            .hours(NOT_STATED).audience("Anyone worried about their own or someone else's alcohol or drug use")
            .source("https://www.gregpiper1.com/index.cfm?module=news&pagemode=indiv&page_id=2150592", READ, MEDIUM),
        entry("au-1800elderhelp", "1800ELDERHelp", "AU").types(ELDER_ABUSE)
            .channels(Channel.phone("1800 353 374").withNote("Published as 1800 ELDERHelp; free, and puts callers "
                + "through to the elder abuse line of their state or territory"))
            .hours("Each state or territory line keeps its own hours; check before calling")
            .audience("Older people in Australia experiencing abuse or neglect, and anyone worried about one")
            .source("https://eaaa.org.au/publication/attorney-generals-weaad-statement/", SOURCED, MEDIUM),
        entry("au-stop-it-now", "Stop It Now! Australia", "AU").types(CHILD_SEXUAL_ABUSE_PREVENTION).tags(USING_HARM)
            .channels(Channel.phone("1800-01-1800").withNote("Anonymous"),
                Channel.web("https://www.stopitnow.org.au").withNote("Anonymous live chat and self-help pages. Run by "
                    + "Jesuit Social Services; a larger national service built on it was announced for early 2026, so "
                    + "check here for its current number and hours"))
            .hours(NOT_STATED)
            .audience("Adults worried about their own or someone else's sexual thoughts or behaviour towards "
                + "children, and anyone affected by child sexual abuse. You need not give your name; if a child is at "
                + "risk or an offence has happened, it tells the police or child protection")
            .source("https://www.stopitnow.org.au/how-stop-it-now-works", SOURCED, MEDIUM));
  }

  private static List<CrisisResource> ireland() {
    return List.of(
        entry("ie-hse-safeguarding-and-protection-teams", "HSE Safeguarding and Protection Teams", "IE")
            .types(ELDER_ABUSE)
            .channels(Channel.phone("1800 700 700").withNote("The HSE's line: ask for your local Safeguarding and "
                + "Protection Team"))
            .hours("Monday to Friday, 9 am to 5 pm (as Safeguarding Ireland publishes it; check before calling)")
            .audience("Adults in Ireland at risk of abuse, neglect or coercion, older people among them, and anyone "
                + "worried about one")
            .source("https://safeguardingireland.org/safeguarding-ireland-welcomes-increase-in-reporting-to-hse-"
                + "safeguarding-teams", SOURCED, MEDIUM),
        entry("ie-womens-aid-national-freephone-helpline", "Women's Aid 24hr National Freephone Helpline", "IE")
            .types(DOMESTIC_VIOLENCE).tags(WOMEN)
            .channels(Channel.phone("1800 341 900").withNote("Free"))
            .hours(H24)
            .audience("Women in Ireland abused by a partner or ex-partner; family and friends worried about one can "
                + "call too")
            .source("https://www.thejournal.ie/womens-aid-helpline-2-2964358-Sep2016/", SOURCED, MEDIUM),
        entry("ie-mens-aid-helpline", "Men's Aid National Confidential Helpline", "IE").types(DOMESTIC_VIOLENCE)
            .tags(MEN)
            .channels(Channel.phone("01 554 3811"))
            .hours(NOT_STATED)
            .audience("Men in Ireland experiencing domestic abuse, including coercive control, and their families")
            .source("https://kfmradio.com/news/18032021-1230/listen-mens-aid-reports-35-increase-contacts-victims-"
                + "domestic-abuse", SOURCED, MEDIUM),
        entry("ie-national-rape-crisis-helpline", "National Rape Crisis Helpline (Dublin Rape Crisis Centre)", "IE")
            .types(SEXUAL_ASSAULT)
            .channels(Channel.phone("1800 77 88 88").withNote("Free"))
            .hours(H24)
            .audience("Anyone in Ireland affected by rape, sexual assault, sexual harassment or sexual abuse in "
                + "childhood, whenever it happened, and the people supporting them")
            .source("https://drcc.ie/news-resources/christmas-can-be-difficult-and-lonely-time-but-support-is-th",
                SOURCED, MEDIUM),
        entry("ie-samaritans", "Samaritans Ireland", "IE").types(CRISIS_LINE)
            .channels(Channel.phone("116 123").withNote("Free"))
            .hours(H24)
            .audience("Anyone in Ireland in distress or despair, including thoughts of suicide, who wants to talk")
            .source("https://www.irishhealthpro.com/content/news/show/name/big-jump-in-calls-to-samaritans-since-2014",
                SOURCED, MEDIUM),
        entry("ie-pieta", "Pieta", "IE").types(CRISIS_LINE)
            .channels(Channel.phone("1800 247 247").withNote("Free"), Channel.text("51444", "Text HELP"))
            .hours(H24)
            .audience("People in Ireland thinking about suicide or harming themselves, and those worried about them; "
                + "answered by trained counsellors")
            .source("https://wicklownow.ie/news/wicklow-people-feeling-low-over-christmas-period-urged-to-contact-"
                + "helpline/", SOURCED, MEDIUM),
        entry("ie-tusla", "Tusla (Child and Family Agency): social work duty service", "IE").types(CHILD_PROTECTION)
            .tags(CHILDREN)
            .channels(Channel.web("https://www.tusla.ie").withNote("Find the social work duty service for the area "
                + "where the child lives, and tell it in person, by phone or in writing. If a child is in danger "
                + "outside office hours, call the Gardaí on 112 or 999"))
            .hours("Office hours; outside them, the Gardaí")
            .audience("Anyone worried that a child in Ireland is being, or may be, abused or neglected: you need "
                + "reasonable grounds for concern, not proof, and can ask the duty service for advice first")
            .source("http://www.tusla.ie/children-first/how-do-i-report-abuse", SOURCED, MEDIUM),
        entry("ie-childline", "Childline (ISPCC)", "IE").types(CHILD_PROTECTION, CRISIS_LINE).tags(YOUNG_PEOPLE)
            .channels(Channel.phone("1800 66 66 66").withNote("Free. Number read in news reports quoting the ISPCC, "
                + "not on its own page").withCertainty(LOW),
                Channel.text("50101", "Text Talk; read in news reports").withCertainty(LOW),
                Channel.chat("https://www.childline.ie"))
            .hours("Phone 24 hours, every day; text and online chat for fewer hours (10 am to 4 am as reported in "
                + "2019; check)")
            .audience("Children and young people in Ireland up to 18, about anything on their mind, abuse or violence "
                + "at home among it; free and confidential")
            .source("https://www.ispcc.ie/childlines-24-7-support-line-conversations-in-the-lead-up-to-christmas/",
                SOURCED, MEDIUM),
        entry("ie-stop-it-now", "Stop It Now helpline, for callers in Ireland (Lucy Faithfull Foundation)", "IE")
            .types(CHILD_SEXUAL_ABUSE_PREVENTION).tags(USING_HARM)
            .channels(Channel.phone("+44 1372 847 161").withNote("A UK number: your provider's charges for a call to "
                + "the UK apply. Live chat and secure email on its site; an interpreter can join"))
            .hours(NOT_STATED)
            .audience("Adults in Ireland worried about their own sexual thoughts, feelings or behaviour towards "
                + "children, and anyone worried about someone else's. Confidential, and you need not give your name; "
                + "information that identifies a child at risk, or a crime, is passed on")
            .source("https://www.stopitnow.org.uk/helpline/", SOURCED, MEDIUM));
  }

  private static List<CrisisResource> newZealand() {
    return List.of(
        entry("nz-elder-abuse-response-service", "Elder Abuse Response Service", "NZ").types(ELDER_ABUSE)
            .channels(Channel.phone("0800 32 668 65").withNote("Published as 0800 EA NOT OK; free"),
                Channel.text("5032", "Text"))
            .hours("24 hours, every day (as published at its launch in 2017; check before calling)")
            .audience("Older people in New Zealand experiencing abuse or neglect, and anyone worried about one; callers "
                + "are referred to their local elder abuse service")
            .source("https://officeforseniors.govt.nz/latest-news/new-campaign-for-world-elder-abuse-awareness-day/",
                SOURCED, MEDIUM),
        entry("nz-shine-helpline", "Shine Helpline", "NZ").types(DOMESTIC_VIOLENCE)
            .channels(Channel.phone("0508 744 633").withNote("Free"))
            .hours("24 hours, every day (as Shine published it in 2022; govt.nz gave 9 am to 11 pm; check before "
                + "calling)")
            .audience("Anyone in New Zealand experiencing family violence, supporting someone who is, or worried "
                + "about their own abusive behaviour")
            .source("https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/",
                SOURCED, MEDIUM),
        entry("nz-womens-refuge-crisisline", "Women's Refuge Crisisline", "NZ").types(DOMESTIC_VIOLENCE).tags(WOMEN)
            .channels(Channel.phone("0800 733 843").withNote("Published as 0800 REFUGE; puts you through to your "
                + "local refuge"))
            .hours(H24)
            .audience("Women and children in New Zealand experiencing family violence; safe houses and advocates")
            .source("https://womensrefuge.org.nz/get-help/", SOURCED, MEDIUM),
        entry("nz-safe-to-talk", "Safe to talk (national sexual harm helpline)", "NZ").types(SEXUAL_ASSAULT)
            .channels(Channel.phone("0800 044 334").withNote("Free"), Channel.text("4334", "Text"))
            .hours(H24)
            .audience("Anyone in New Zealand affected by sexual harm, whenever it happened, the whānau and friends "
                + "supporting them, and people worried they may harm")
            .source("https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/",
                SOURCED, MEDIUM),
        entry("nz-1737-need-to-talk", "1737, Need to talk?", "NZ").types(CRISIS_LINE)
            .channels(Channel.phone("1737").withNote("Free"), Channel.text("1737", "Text"))
            .hours(H24)
            .audience("Anyone in New Zealand feeling stressed, anxious, down or overwhelmed, or thinking about "
                + "suicide, and anyone worried about someone; answered by trained counsellors")
            .source("http://www.scoop.co.nz/stories/PA1706/S00527/single-phone-number-to-access-support-services.htm",
                SOURCED, MEDIUM),
        entry("nz-lifeline-aotearoa", "Lifeline Aotearoa", "NZ").types(CRISIS_LINE)
            .channels(Channel.phone("0800 543 354"), Channel.text("4357", "Text HELP (4357), as Lifeline announced it in 2018"))
            .hours(H24)
            .audience("Anyone in New Zealand in distress or thinking about suicide")
            .source("https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses-one-in-four-calls",
                SOURCED, MEDIUM),
        entry("nz-oranga-tamariki", "Oranga Tamariki (Ministry for Children)", "NZ").types(CHILD_PROTECTION)
            .tags(CHILDREN)
            .channels(Channel.phone("0508 326 459").withNote("Freephone; or email contact@ot.govt.nz. If a child is in "
                + "immediate danger, call the Police on 111"))
            .hours(NOT_STATED)
            .audience("Anyone in New Zealand worried about a child or young person: a report of concern, advice on "
                + "the support there is, or a child and family assessment")
            .source("https://www.orangatamariki.govt.nz/about-us/how-we-work/how-we-keep-children-safe/report-of-concern/",
                SOURCED, MEDIUM),
        entry("nz-whats-up", "0800 What's Up (Barnardos)", "NZ").types(CHILD_PROTECTION, CRISIS_LINE)
            .tags(YOUNG_PEOPLE)
            .channels(Channel.phone("0800 942 8787").withNote("Published as 0800 What's Up; free"),
                Channel.chat("https://www.whatsup.co.nz"))
            .hours("As its own page gave them in an older copy: Monday to Friday noon to 11 pm, weekends 3 pm to "
                + "11 pm; check before calling")
            .audience("Children and teenagers in New Zealand, from 5 to 19 as Barnardos describes it, about anything "
                + "worrying them, violence at home among it; free counselling by phone or online chat")
            .source("http://www.whatsup.co.nz/node/21", SOURCED, MEDIUM),
        entry("nz-youthline", "Youthline", "NZ").types(CRISIS_LINE).tags(YOUNG_PEOPLE)
            .channels(Channel.phone("0800 37 66 33").withNote("Free"), Channel.text("234", "Free text"))
            .hours("24 hours, every day (phone and text, as reported in 2023; check before calling)")
            .audience("Young people in New Zealand, 12 to 24 as reported in 2023, about any problem, big or small; "
                + "free and confidential, answered by trained counsellors")
            .source("http://youthaffairs.govt.nz/news/2012/youthline.html", SOURCED, MEDIUM),
        entry("nz-stop-wellstop-safe-network", "Stop, WellStop and Safe Network", "NZ")
            .types(CHILD_SEXUAL_ABUSE_PREVENTION).tags(USING_HARM)
            .channels(Channel.phone("03 353 0257").withNote("Stop, in Christchurch, for the South Island: the number "
                + "its page for young people gives"),
                Channel.web("https://www.stop.org.nz").withNote("Stop: the South Island"),
                Channel.web("https://www.wellstop.org.nz").withNote("WellStop: Wellington and the lower North Island"),
                Channel.web("https://safenetwork.org.nz").withNote("Safe Network: Auckland and the upper North Island"))
            .hours(NOT_STATED)
            .audience("Adults in New Zealand troubled by sexual thoughts about children, or who have acted on them, "
                + "and their families: three regional services that assess and treat harmful sexual behaviour and "
                + "thoughts, which you can contact yourself. This is not an anonymous helpline; no stored page gave "
                + "New Zealand one")
            .source("https://www.stop.org.nz/", SOURCED, MEDIUM));
  }

  private static List<CrisisResource> india() {
    return List.of(
        entry("in-women-helpline-181", "Women Helpline 181", "IN").types(DOMESTIC_VIOLENCE).tags(WOMEN)
            .channels(Channel.phone("181").withNote("Free. Run state by state, so check that it answers where you are"))
            .hours(H24)
            .audience("Women in India facing violence or harassment, at home or outside it; the helpline puts callers "
                + "in touch with the police, hospitals, legal help and One Stop Centres")
            .source("https://sites.cdit.org/keralawomen/node/84", ADDED, MEDIUM),
        entry("in-childline-1098", "Childline 1098", "IN").types(CHILD_PROTECTION, CRISIS_LINE).tags(YOUNG_PEOPLE)
            .channels(Channel.phone("1098").withNote("Free; an adult can call for a child too. Reports say it is being "
                + "brought together with 112, so if 1098 does not answer, call 112"))
            .hours(H24)
            .audience("Children and young people under 18 in India who are in danger or distress, and adults calling "
                + "for them")
            .source("http://www.wcd.nic.in/childlineservice.htm", ADDED, MEDIUM),
        entry("in-tele-manas", "Tele-MANAS", "IN").types(CRISIS_LINE)
            .channels(Channel.phone("14416").withNote("Free. Number read in a news report of a government answer in "
                + "parliament"))
            .hours(H24)
            .audience("Anyone in India who wants to talk to a counsellor about their mental health, in many Indian "
                + "languages")
            .source("https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-"
                + "calls-centre/", ADDED, LOW));
  }

  private static List<CrisisResource> southAfrica() {
    return List.of(
        entry("za-gbv-command-centre", "Gender-Based Violence Command Centre", "ZA")
            .types(DOMESTIC_VIOLENCE, SEXUAL_ASSAULT)
            .channels(Channel.phone("0800 428 428").withNote("From a mobile you can also dial *120*7867# to ask "
                + "the centre to call you back; at its relaunch in December 2024 only calls were back, so check this "
                + "works"),
                Channel.text("31531", "For people with a disability: text HELP. At the centre's relaunch in December "
                    + "2024 only calls were back; check this works"))
            .hours(H24)
            .audience("Anyone in South Africa affected by gender-based violence, including domestic violence and rape; "
                + "social workers answer and can refer callers to the police and to social workers near them")
            .source("http://gbv.org.za/about-us", ADDED, MEDIUM),
        entry("za-sadag-suicide-crisis-helpline", "SADAG Suicide Crisis Helpline", "ZA").types(CRISIS_LINE)
            .channels(Channel.phone("0800 567 567"))
            .hours(NOT_STATED)
            .audience("Anyone in South Africa thinking about suicide or worried about someone; run by the South "
                + "African Depression and Anxiety Group")
            .source("https://sadag.org/index.php?option=com_content&view=article&id=460:early-diagnosis-of-mental-"
                + "illness&catid=74&Itemid=577", ADDED, MEDIUM));
  }

  private static List<CrisisResource> international() {
    return List.of(
        entry("intl-hot-peach-pages", "International Hot Peach Pages", "INTL").types(DIRECTORY, DOMESTIC_VIOLENCE)
            .channels(Channel.web("https://www.hotpeachpages.net"))
            .hours("Website").audience("Anyone looking for abuse help in their country")
            .source("https://endvawnow.org/en/articles/1420-generalidades.html", CHECKED, MEDIUM),
        entry("intl-un-women-virtual-knowledge-centre", "UN Women Virtual Knowledge Centre to End Violence against "
            + "Women and Girls", "INTL").types(DIRECTORY)
            .channels(Channel.web("https://endvawnow.org"))
            .hours("Website").audience("Policymakers, programme staff and other practitioners working to end violence "
                + "against women and girls: guidance for their work, not a service for a reader in need")
            .source("https://endvawnow.org/en/articles/1420-generalidades.html", CHECKED, MEDIUM),
        entry("intl-child-helpline-international", "Child Helpline International", "INTL")
            .types(DIRECTORY, CHILD_PROTECTION).tags(CHILDREN)
            .channels(Channel.web("https://www.childhelplineinternational.org")
                .withNote("Brings together child helplines in about 140 countries; find the one where you are"))
            .hours("Website; each helpline lists its own hours")
            .audience("Children and young people anywhere, and adults worried about a child")
            .source("https://docslib.org/doc/8525713/intensifying-the-global-partnership-between-child-helpline-"
                + "international-and-plan-international", READ, MEDIUM),
        entry("intl-befrienders-worldwide", "Befrienders Worldwide", "INTL").types(DIRECTORY, CRISIS_LINE)
            .channels(Channel.web("https://befrienders.org"))
            .hours("Website; each centre lists its own hours")
            .audience("Anyone in emotional distress or thinking about suicide")
            .source("https://www.befrienders.org/what-we-do", CHECKED, MEDIUM));
  }

  private static Entry entry(String id, String name, String region) {
    return new Entry(id, name, region);
  }

  /** One resource, field by field, so the list above reads like the YAML it mirrors. */
  private static final class Entry {
    private final String id;
    private final String name;
    private final String region;
    private Optional<ServiceArea> area = Optional.empty();
    private List<AudienceTag> tags = List.of();
    private List<ServiceType> types = List.of();
    private List<Channel> channels = List.of();
    private String hours;
    private String audience;
    private Optional<Integer> minimumAge = Optional.empty();

    Entry(String id, String name, String region) {
      this.id = id;
      this.name = name;
      this.region = region;
    }

    Entry area(String code, String areaName) {
      area = Optional.of(new ServiceArea(code, areaName));
      return this;
    }

    Entry tags(AudienceTag... values) {
      tags = List.of(values);
      return this;
    }

    Entry types(ServiceType... values) {
      types = List.of(values);
      return this;
    }

    Entry channels(Channel... values) {
      channels = List.of(values);
      return this;
    }

    Entry hours(String text) {
      hours = text;
      return this;
    }

    Entry audience(String text) {
      audience = text;
      return this;
    }

    Entry minimumAge(int age) {
      minimumAge = Optional.of(age);
      return this;
    }

    CrisisResource source(String url, LocalDate read, Certainty certainty) {
      return new CrisisResource(id, name, new Region(region), area, tags, types, channels, hours, audience, url, read,
          certainty, minimumAge);
    }
  }
}
