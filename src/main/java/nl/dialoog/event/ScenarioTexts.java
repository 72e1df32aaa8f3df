package nl.dialoog.event;

import java.util.List;
import java.util.Map;

/**
 * The texts of the scenario's announcement (shared/scenario/announcement-2017-11-09.nl.txt) in English and Dutch,
 * kept faithful to what the organisers wrote.
 */
final class ScenarioTexts {

    private ScenarioTexts() {
    }

    static final LocalizedText TITLE = new LocalizedText(Map.of(
            "en", "Webinar: Changing roles of CSOs and partners",
            "nl", "Webinar: Changing roles of CSOs and partners"));

    static final LocalizedText SUMMARY = new LocalizedText(Map.of(
            "en", "An international webinar on the future of civil society strengthening: southern partners feel "
                    + "their role is limited to carrying out programmes. How can it be different?",
            "nl", "Een internationaal webinar over de toekomst van civil society strengthening: zuidelijke partners "
                    + "ervaren dat hun rol beperkt is tot de uitvoering van programma’s. Hoe kan het anders?"));

    /** The 2017 edition's summary: the webinar happened, but its registrations and room in Dialoog are invented. */
    static final LocalizedText SUMMARY_2017 = new LocalizedText(Map.of(
            "en", SUMMARY.in("en") + " Demo data: the registrations, chat, questions, polls and statements of this "
                    + "edition are invented (fictional people and organisations) to show what Dialoog records.",
            "nl", SUMMARY.in("nl") + " Demogegevens: de aanmeldingen, chat, vragen, polls en stellingen van "
                    + "deze editie zijn verzonnen (fictieve mensen en organisaties) om te laten zien wat Dialoog "
                    + "vastlegt."));

    static final LocalizedText PURPOSE = new LocalizedText(Map.of(
            "en", "To facilitate a dialogue between civil-society organisations worldwide about the future of civil "
                    + "society strengthening. The Ministry of Foreign Affairs uses the results as a contribution to "
                    + "its future development policy, and to feed innovation on this theme, for instance as part of "
                    + "The Spindle, Partos’ innovation programme, whose main themes include civic power and new "
                    + "forms of cooperation.",
            "nl", "Een dialoog faciliteren tussen maatschappelijke organisaties wereldwijd over de toekomst van civil "
                    + "society strengthening. Het Ministerie van Buitenlandse Zaken gebruikt de resultaten als "
                    + "bijdrage aan de ontwikkeling van het toekomstige ontwikkelingsbeleid, en om vernieuwing op dit "
                    + "thema te voeden, bijvoorbeeld als onderdeel van The Spindle, het innovatieprogramma van "
                    + "Partos. Innovatie op het gebied van civic power en nieuwe samenwerkingsvormen behoren tot de "
                    + "hoofdthema’s van The Spindle."));

    static final LocalizedText DESCRIPTION = new LocalizedText(Map.of(
            "en", """
                    IOB organises this international webinar together with the Ministry of Foreign Affairs \
                    (DSO/MO), Partos and The Partnership Learning Loop, as a follow-up to the policy review* of \
                    civil society support.

                    As part of this policy review, a perception study was carried out among southern partners \
                    about their relationship with Dutch development organisations. Among other things, it shows \
                    that southern organisations feel insufficiently involved in strategic policy discussions, and \
                    experience that their role is limited to implementing programmes.

                    **How can it be different?**

                    ### How to take part
                    A number of representatives of civil-society organisations in "the South" discuss the question \
                    live. Everyone else joins the discussion through the chat.

                    From Partos, Anne-Marie Heemskerk (Knowledge, Effectiveness and Innovation) is involved in \
                    this collaboration.

                    \\* The Ministry of Finance asks every ministry to review its (financial) objectives, the \
                    Ministry of Foreign Affairs included. One of its objectives is strengthening civil society. \
                    IOB, the Policy and Operations Evaluation Department, carried out this policy review, which is \
                    then sent to the House of Representatives.""",
            "nl", """
                    IOB organiseert dit internationale webinar in samenwerking met het Ministerie van Buitenlandse \
                    Zaken (DSO/MO), Partos en The Partnership Learning Loop, als follow-up op de \
                    beleidsdoorlichting* van het maatschappelijk middenveld.

                    Als onderdeel van deze beleidsdoorlichting is er een perceptiestudie gedaan onder zuidelijke \
                    partners naar hun relatie met Nederlandse ontwikkelingsorganisaties. Uit dit onderzoek komt \
                    o.a. naar voren dat zuidelijke organisaties zich onvoldoende betrokken voelen bij strategische \
                    beleidsdiscussies en ervaren dat hun rol beperkt is tot de uitvoering van de programma’s.

                    **Hoe kan het anders?**

                    ### Zo doet u mee
                    De discussie wordt gevoerd tussen een aantal vertegenwoordigers van maatschappelijke \
                    organisaties in ‘het Zuiden’. Anderen kunnen aan de discussie deelnemen via de chatfunctie.

                    Vanuit Partos is Anne-Marie Heemskerk (Kennis, Effectiviteit en Innovatie) betrokken bij deze \
                    samenwerking.

                    \\* Het Ministerie van Financiën vraagt ieder ministerie om de (financiële) doelen door te \
                    lichten, zo ook het Ministerie van Buitenlandse Zaken. Een van de doelen van MinBuZa is het \
                    versterken van het maatschappelijk middenveld. Het IOB, de Inspectie Ontwikkelingssamenwerking \
                    en Beleidsevaluatie, heeft deze beleidsdoorlichting uitgevoerd. Deze wordt vervolgens aan de \
                    Tweede Kamer gestuurd."""));

    static final LocalizedText AGENDA_DISCUSSION = new LocalizedText(Map.of(
            "en", "Live discussion between representatives of southern civil-society organisations; everyone "
                    + "else takes part through the chat",
            "nl", "Live discussie tussen vertegenwoordigers van zuidelijke maatschappelijke organisaties; anderen "
                    + "doen mee via de chat"));

    /** The four co-organisers, with their websites where the announcement's organisations have a known one. */
    static final List<Map.Entry<LocalizedText, String>> HOSTS = List.of(
            Map.entry(new LocalizedText(Map.of(
                    "en", "IOB — Policy and Operations Evaluation Department",
                    "nl", "IOB — Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie")),
                    "https://www.iob-evaluatie.nl"),
            Map.entry(new LocalizedText(Map.of(
                    "en", "Ministry of Foreign Affairs — Civil Society Unit (DSO/MO)",
                    "nl", "Ministerie van Buitenlandse Zaken — DSO/MO")),
                    "https://www.rijksoverheid.nl/ministeries/ministerie-van-buitenlandse-zaken"),
            Map.entry(new LocalizedText(Map.of("en", "Partos", "nl", "Partos")), "https://www.partos.nl"),
            Map.entry(new LocalizedText(Map.of(
                    "en", "The Partnership Learning Loop", "nl", "The Partnership Learning Loop")), ""));
}
