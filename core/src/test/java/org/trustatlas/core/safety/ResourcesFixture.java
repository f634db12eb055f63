package org.trustatlas.core.safety;

import static org.trustatlas.core.safety.Certainty.HIGH;
import static org.trustatlas.core.safety.Certainty.LOW;
import static org.trustatlas.core.safety.Certainty.MEDIUM;
import static org.trustatlas.core.safety.ServiceType.CRISIS_LINE;
import static org.trustatlas.core.safety.ServiceType.DIRECTORY;
import static org.trustatlas.core.safety.ServiceType.DOMESTIC_VIOLENCE;
import static org.trustatlas.core.safety.ServiceType.SEXUAL_ASSAULT;
import static org.trustatlas.core.safety.ServiceType.SUBSTANCE;
import static org.trustatlas.core.safety.ServiceType.YOUTH_DATING;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The bundled directory ({@code content-model/.../bundled/resources.yaml}) as Java: the services of
 * research/domain.md section 4.3 with the table's certainty, plus the emergency numbers.
 */
public final class ResourcesFixture {

  static final LocalDate CHECKED = LocalDate.of(2026, 11, 24);
  private static final String H24 = "24 hours, every day";

  private ResourcesFixture() {}

  public static ResourceDirectory directory() {
    return ResourceDirectory.of(resources(), EmergencyNumbersFixture.numbers());
  }

  public static List<CrisisResource> resources() {
    return List.of(
        service("us-national-domestic-violence-hotline", "National Domestic Violence Hotline", "US", List.of(DOMESTIC_VIOLENCE),
            List.of(Channel.phone("800-799-7233").withNote("Published as 800-799-SAFE"),
                Channel.phone("800-787-3224").withNote("TTY"), Channel.text("88788", "Text START"),
                Channel.chat("https://www.thehotline.org")),
            H24, "Anyone affected by relationship abuse",
            "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts", HIGH),
        service("us-rainn-national-sexual-assault-hotline", "RAINN National Sexual Assault Hotline", "US",
            List.of(SEXUAL_ASSAULT),
            List.of(Channel.phone("800-656-4673").withNote("Published as 800.656.HOPE"),
                Channel.chat("https://rainn.org/get-help/national-sexual-assault-hotline")
                    .withNote("The chat address changes; start from the RAINN site").withCertainty(MEDIUM)),
            H24, "Anyone affected by sexual violence", "https://rainn.org/get-help/national-sexual-assault-hotline", HIGH),
        service("us-loveisrespect", "loveisrespect", "US", List.of(YOUTH_DATING),
            List.of(Channel.phone("1-866-331-9474"), Channel.text("22522", "Text LOVEIS; the short code has changed before")),
            H24, "Young people and anyone with questions about dating relationships",
            "https://www.whitehouse.gov/blog/2012/06/20/national-dating-abuse-helpline-uses-latest-technology-provide-247-assistance",
            MEDIUM),
        service("us-988-suicide-and-crisis-lifeline", "988 Suicide & Crisis Lifeline", "US", List.of(CRISIS_LINE),
            List.of(Channel.phone("988"), Channel.text("988", "Text 988"), Channel.chat("https://988lifeline.org")),
            H24, "Anyone in emotional distress or suicidal crisis", "https://en.wikipedia.org/wiki/Suicide_and_Crisis_Lifeline",
            HIGH),
        service("us-samhsa-national-helpline", "SAMHSA National Helpline", "US", List.of(SUBSTANCE),
            List.of(Channel.phone("1-800-662-4357").withNote("Published as 1-800-662-HELP")),
            "Not stated in the source; check before calling", "People facing substance use problems and their families",
            "https://internationalmentalhealth.org/resources/", MEDIUM),
        service("ca-988-suicide-crisis-helpline", "9-8-8 Suicide Crisis Helpline", "CA", List.of(CRISIS_LINE),
            List.of(Channel.phone("988").withNote("Published as 9-8-8"), Channel.text("988", "Text 9-8-8")),
            H24, "Anyone in Canada thinking about suicide or worried about someone",
            "https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html",
            HIGH),
        service("ca-sheltersafe", "ShelterSafe (Women's Shelters Canada)", "CA", List.of(DIRECTORY, DOMESTIC_VIOLENCE),
            List.of(Channel.web("https://sheltersafe.ca").withNote("A map of shelters and crisis lines; Canada has no "
                + "single national domestic-violence line")),
            "Website; each shelter lists its own hours", "Women and children experiencing abuse",
            "https://ihtoday.ca/sheltersafe-ca-a-lifeline-to-safety-for-abused-women-and-their-children/", HIGH),
        areaService("ca-mb-domestic-violence-crisis-line", "Domestic Violence Crisis Line", "CA", "Manitoba",
            DOMESTIC_VIOLENCE, List.of(Channel.phone("1-877-977-0007")), "Not stated in the source; check before calling",
            "People in Manitoba affected by domestic violence",
            "https://mb.211.ca/november-domestic-violence-awareness-month/", MEDIUM),
        areaService("ca-on-assaulted-womens-helpline", "Assaulted Women's Helpline", "CA", "Ontario",
            DOMESTIC_VIOLENCE, List.of(Channel.phone("1-866-863-0511").withNote("Recalled, not seen in the source")), H24,
            "Women in Ontario experiencing abuse", "https://cupe.on.ca/help/?share=facebook", LOW),
        service("gb-national-domestic-abuse-helpline", "National Domestic Abuse Helpline (Refuge)", "GB",
            List.of(DOMESTIC_VIOLENCE),
            List.of(Channel.phone("0808 2000 247").withNote("Free"), Channel.web("https://www.nationaldahelpline.org.uk")),
            H24, "Anyone experiencing domestic abuse",
            "https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims",
            HIGH),
        service("gb-mens-advice-line", "Men's Advice Line", "GB", List.of(DOMESTIC_VIOLENCE),
            List.of(Channel.phone("0808 801 0327")), "Not stated in the source; check before calling",
            "Men experiencing domestic abuse", "https://www.centre56.org.uk/domestic-abuse", MEDIUM),
        areaService("gb-rape-crisis-247-support-line", "Rape Crisis 24/7 Rape & Sexual Abuse Support Line", "GB",
            "England and Wales", SEXUAL_ASSAULT,
            List.of(Channel.phone("0808 500 2222").withNote("Recalled, not seen in the source"),
                Channel.chat("https://247sexualabusesupport.org.uk").withCertainty(HIGH)),
            H24, "People aged 16 and over affected by rape or sexual abuse", "https://247sexualabusesupport.org.uk/faqs/",
            LOW),
        service("gb-samaritans", "Samaritans", "GB", List.of(CRISIS_LINE),
            List.of(Channel.phone("116 123").withNote("Free, also from mobiles without credit")), H24,
            "Anyone who is struggling to cope", "https://www.samaritans.org/how-we-can-help/contact-samaritan/", HIGH),
        service("au-1800respect", "1800RESPECT", "AU", List.of(DOMESTIC_VIOLENCE, SEXUAL_ASSAULT),
            List.of(Channel.phone("1800RESPECT"),
                Channel.phone("1800 737 732").withNote("Digits derived from the keypad letters").withCertainty(MEDIUM),
                Channel.web("https://www.1800respect.org.au").withNote("SMS, chat and video options")),
            H24, "Anyone affected by domestic, family or sexual violence",
            "https://plan4womenssafety.dss.gov.au/initiatives/1800respect", HIGH),
        service("au-lifeline", "Lifeline", "AU", List.of(CRISIS_LINE), List.of(Channel.phone("13 11 14")), H24,
            "Anyone in Australia in personal crisis", "https://www.suicidepreventionaust.org/october-member-of-the-month-lifeline/",
            MEDIUM),
        service("intl-hot-peach-pages", "International Hot Peach Pages", "INTL", List.of(DIRECTORY, DOMESTIC_VIOLENCE),
            List.of(Channel.web("https://www.hotpeachpages.net")), "Website", "Anyone looking for abuse help in their country",
            "https://endvawnow.org/en/articles/1420-generalidades.html", MEDIUM),
        service("intl-un-women-virtual-knowledge-centre", "UN Women Virtual Knowledge Centre to End Violence against "
                + "Women and Girls", "INTL", List.of(DIRECTORY, DOMESTIC_VIOLENCE, SEXUAL_ASSAULT),
            List.of(Channel.web("https://endvawnow.org")), "Website", "Women and girls experiencing violence, and those "
                + "helping them", "https://endvawnow.org/en/articles/1420-generalidades.html", MEDIUM),
        service("intl-befrienders-worldwide", "Befrienders Worldwide", "INTL", List.of(DIRECTORY, CRISIS_LINE),
            List.of(Channel.web("https://befrienders.org")), "Website; each centre lists its own hours",
            "Anyone in emotional distress or thinking about suicide", "https://www.befrienders.org/what-we-do", MEDIUM));
  }

  private static CrisisResource service(String id, String name, String region, List<ServiceType> types,
      List<Channel> channels, String hours, String audience, String sourceUrl, Certainty certainty) {
    return new CrisisResource(id, name, Region.of(region), Optional.empty(), types, channels, hours, audience,
        sourceUrl, CHECKED, certainty);
  }

  private static CrisisResource areaService(String id, String name, String region, String area, ServiceType type,
      List<Channel> channels, String hours, String audience, String sourceUrl, Certainty certainty) {
    return new CrisisResource(id, name, Region.of(region), Optional.of(area), List.of(type), channels, hours, audience,
        sourceUrl, CHECKED, certainty);
  }
}
