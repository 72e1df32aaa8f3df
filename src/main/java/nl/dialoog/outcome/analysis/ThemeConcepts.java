package nl.dialoog.outcome.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of this field — aid, civil society, partnership, evaluation — in English, Dutch, French and Spanish,
 * grouped by meaning, so that "funding", "financiering", "financement" and "financiación" count as one term. Each
 * word is stemmed by the analyzer of its own language and by the other three (people write "funding" and "donors"
 * in Dutch too); a stem maps to its concept key, the analyzer's own language first. A foreign word must have at
 * least {@value #FOREIGN_MIN_LENGTH} letters to count in another language, which keeps short false friends apart
 * (French "pays" is not English "pays").
 */
final class ThemeConcepts {

    static final int FOREIGN_MIN_LENGTH = 5;

    /** concept | English | Dutch | French | Spanish. */
    private static final List<String> TABLE = List.of(
            "funding | fund funds funding finance financing money budget budgets grant grants"
                    + " | financiering financieren geld fonds fondsen subsidie subsidies budget budgetten"
                    + " | financement financements financer fonds argent budget budgets subvention subventions"
                    + " | financiación financiamiento financiar fondos fondo dinero presupuesto subvención subvenciones",
            "donor | donor donors funder funders | donor donoren donors geldgever geldgevers donateur donateurs"
                    + " | donateur donateurs bailleur bailleurs | donante donantes financiador financiadores",
            "core | core institutional unearmarked | kern kernfinanciering institutioneel ongeoormerkt"
                    + " | institutionnel institutionnels | institucional básica",
            "flexibility | flexible flexibility rigid | flexibel flexibele flexibiliteit rigide"
                    + " | flexible flexibles flexibilité rigide | flexible flexibles flexibilidad rígido",
            "bureaucracy | bureaucracy bureaucratic paperwork administrative | bureaucratie bureaucratisch"
                    + " administratie administratief papierwerk | bureaucratie bureaucratique administratif"
                    + " administrative paperasse | burocracia burocrático administrativa administrativo papeleo",
            "report | report reports reporting | rapport rapporten rapportage verslag verslagen"
                    + " | rapport rapports | informe informes",
            "civil | civil civic society societies | maatschappelijk maatschappelijke middenveld maatschappij"
                    + " | civile société sociétés | civil sociedad sociedades",
            "ngo | ngo ngos | ngo ngos ngo's | ong ongs | ong ongs",
            "organisation | organisation organisations organization organizations | organisatie organisaties"
                    + " | organisation organisations | organización organizaciones",
            "partnership | partnership partnerships partner partners | partnerschap partnerschappen partner partners"
                    + " | partenariat partenariats partenaire partenaires | asociación alianza alianzas socio socios",
            "cooperation | cooperation collaboration cooperate collaborate | samenwerking samenwerken"
                    + " | coopération collaboration coopérer collaborer | cooperación colaboración cooperar colaborar",
            "power | power powers powerful | macht machtsverhoudingen machtig | pouvoir pouvoirs"
                    + " | poder poderes",
            "local | local locally localisation localization | lokaal lokale plaatselijk plaatselijke"
                    + " | local locale locaux locales localisation | local locales localización",
            "south | south southern | zuid zuiden zuidelijk zuidelijke | sud | sur",
            "north | north northern | noord noorden noordelijk noordelijke | nord | norte",
            "policy | policy policies | beleid | politique politiques | política políticas",
            "evaluation | evaluation evaluations evaluate evaluating assessment evaluator evaluators"
                    + " | evaluatie evaluaties evalueren evaluator evaluatoren | évaluation évaluations évaluer"
                    + " évaluateur évaluateurs | evaluación evaluaciones evaluar evaluador evaluadores",
            "results | result results outcome outcomes impact effect effects | resultaat resultaten impact effect"
                    + " effecten | résultat résultats impact effet effets | resultado resultados impacto efecto efectos",
            "measure | measure measuring measurement indicator indicators metrics | meten meting indicator indicatoren"
                    + " | mesurer mesure indicateur indicateurs | medir medición indicador indicadores",
            "learning | learning learn lessons | leren lessen | apprentissage apprendre leçons"
                    + " | aprendizaje aprender lecciones",
            "capacity | capacity capacities strengthening | capaciteit capaciteiten versterking versterken"
                    + " | capacité capacités renforcement renforcer | capacidad capacidades fortalecimiento fortalecer",
            "trust | trust | vertrouwen | confiance | confianza",
            "voice | voice voices | stem stemmen geluid | voix | voz voces",
            "listen | listen listening heard hear | luisteren gehoord horen | écouter écoute entendu entendre"
                    + " | escuchar escucha escuchado",
            "participation | participation participate involvement inclusion | participatie deelname inspraak"
                    + " | participation participer | participación participar",
            "accountability | accountability accountable | verantwoording verantwoordingsplicht rekenschap"
                    + " | redevabilité responsabilité | rendición responsabilidad",
            "ownership | ownership | eigenaarschap | appropriation | apropiación",
            "community | community communities | gemeenschap gemeenschappen | communauté communautés"
                    + " | comunidad comunidades",
            "government | government governments state | overheid overheden regering staat"
                    + " | gouvernement gouvernements état | gobierno gobiernos estado",
            "ministry | ministry ministries | ministerie ministeries | ministère | ministerio",
            "sustainability | sustainable sustainability | duurzaam duurzame duurzaamheid"
                    + " | durable durables durabilité | sostenible sostenibles sostenibilidad",
            "gender | gender women woman | gender vrouwen vrouw | genre femmes femme | género mujeres mujer",
            "youth | youth young | jongeren jeugd | jeunes jeunesse | jóvenes juventud",
            "rights | rights | rechten mensenrechten | droits | derechos",
            "space | space shrinking | ruimte | espace | espacio",
            "advocacy | advocacy lobby lobbying | pleitbezorging lobby lobbyen | plaidoyer lobbying"
                    + " | incidencia cabildeo",
            "dialogue | dialogue dialog conversation | dialoog gesprek gesprekken | dialogue | diálogo",
            "decision | decision decisions decide | besluit besluiten beslissing beslissingen beslissen"
                    + " besluitvorming | décision décisions décider | decisión decisiones decidir",
            "knowledge | knowledge expertise | kennis expertise | connaissance connaissances savoir expertise"
                    + " | conocimiento conocimientos",
            "priority | priority priorities agenda | prioriteit prioriteiten agenda | priorité priorités"
                    + " | prioridad prioridades agenda",
            "context | context contexts | context contexten | contexte contextes | contexto contextos",
            "risk | risk risks | risico risico's | risque risques | riesgo riesgos",
            "conflict | conflict conflicts | conflict conflicten | conflit conflits | conflicto conflictos",
            "climate | climate | klimaat | climat | clima",
            "health | health | gezondheid gezondheidszorg | santé | salud",
            "education | education school schools | onderwijs school scholen | éducation école écoles"
                    + " | educación escuela escuelas",
            "poverty | poverty poor | armoede | pauvreté pauvres | pobreza pobres",
            "development | development | ontwikkeling ontwikkelingssamenwerking | développement | desarrollo",
            "aid | aid assistance | hulp hulpverlening | aide assistance | ayuda asistencia",
            "support | support supporting | ondersteuning steun steunen ondersteunen | soutien appui soutenir"
                    + " | apoyo apoyar",
            "equality | equal equality equity inequality unequal | gelijk gelijkwaardig gelijkwaardigheid gelijkheid"
                    + " ongelijkheid | égal égalité équité inégalité | igualdad equidad desigualdad",
            "colonial | colonial decolonise decolonize decolonisation decolonization | koloniaal koloniale"
                    + " dekolonisatie dekoloniseren | colonial coloniale décolonisation décoloniser"
                    + " | colonial descolonización descolonizar",
            "data | data | data gegevens | données | datos",
            "transparency | transparency transparent | transparantie transparant | transparence transparent"
                    + " | transparencia transparente",
            "research | research | onderzoek | recherche | investigación",
            "intermediary | intermediary intermediaries | intermediair intermediairen tussenpersoon"
                    + " | intermédiaire intermédiaires | intermediario intermediarios",
            "country | country countries | land landen | pays | país países",
            "people | people citizens | mensen burgers | personnes citoyens gens | personas ciudadanos gente",
            "access | access | toegang | accès | acceso",
            "language | language languages english | taal talen engels | langue langues anglais"
                    + " | idioma idiomas lengua lenguas inglés",
            "long_term | long-term longer multi-year multiyear | langdurig langdurige meerjarig meerjarige"
                    + " | pluriannuel pluriannuelle durée | plurianual duración");

    private static final List<String> LANGUAGES = LanguageGuess.LANGUAGES;

    /** analyzer language → stem → concept key. */
    private static final Map<String, Map<String, String>> CONCEPTS = build();

    private ThemeConcepts() {
    }

    /** The concept key of a stem made by the analyzer of {@code language}, or null when it names no concept. */
    static String concept(String language, String stem) {
        Map<String, String> stems = CONCEPTS.get(language);
        return stems == null ? null : stems.get(stem);
    }

    /** The number of concepts in the table. */
    static int size() {
        return TABLE.size();
    }

    private static Map<String, Map<String, String>> build() {
        Map<String, Map<String, String>> concepts = new HashMap<>();
        for (String analyzer : LANGUAGES) {
            concepts.put(analyzer, new HashMap<>());
        }
        for (boolean ownLanguage : new boolean[] {true, false}) {
            for (String row : TABLE) {
                String[] column = row.split("\\|");
                String key = "#" + column[0].strip();
                for (int language = 0; language < LANGUAGES.size(); language++) {
                    for (String word : column[language + 1].strip().split("\\s+")) {
                        for (String analyzer : LANGUAGES) {
                            boolean own = analyzer.equals(LANGUAGES.get(language));
                            if (own != ownLanguage || (!own && word.length() < FOREIGN_MIN_LENGTH)) {
                                continue;
                            }
                            for (String[] stem : ThemeTerms.stems(analyzer, word)) {
                                concepts.get(analyzer).putIfAbsent(stem[0], key);
                            }
                        }
                    }
                }
            }
        }
        return concepts;
    }
}
