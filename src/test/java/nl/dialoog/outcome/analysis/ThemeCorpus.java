package nl.dialoog.outcome.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A synthetic webinar chat in English, Dutch, French and Spanish about three clear topics — funding by donors, local
 * voice and power, and evaluation — plus greetings that belong to no theme. Ids 1–13, 14–26 and 27–39 are the three
 * topics; 40–42 the greetings. About half the messages carry their language, the others leave it to be guessed.
 */
final class ThemeCorpus {

    static final Set<Long> FUNDING = range(1, 13);

    static final Set<Long> VOICE = range(14, 26);

    static final Set<Long> EVALUATION = range(27, 39);

    private static final String[][] MESSAGES = {
            {"en", "Donors should offer flexible core funding instead of short projects."},
            {"", "Most funding from donors is earmarked and far too rigid."},
            {"en", "Can donors commit to multi-year funding for smaller organisations?"},
            {"nl", "Donoren geven bijna alleen projectgeld, geen flexibele kernfinanciering."},
            {"", "De financiering van donoren is te rigide voor kleine organisaties."},
            {"nl", "Hoe kunnen donoren meerjarige financiering garanderen?"},
            {"fr", "Les bailleurs de fonds doivent offrir un financement plus flexible."},
            {"", "Le financement des donateurs reste trop rigide pour les petites organisations."},
            {"fr", "Pourquoi les donateurs refusent-ils le financement institutionnel ?"},
            {"es", "Los donantes deberían dar financiación flexible y plurianual."},
            {"", "La financiación de los donantes es demasiado rígida para las organizaciones pequeñas."},
            {"es", "¿Por qué los donantes no financian los costes institucionales?"},
            {"en", "Flexible funding lets organisations plan beyond one donor's budget cycle."},
            {"en", "Local communities must have real power over decisions that affect them."},
            {"", "Voices from the South are rarely heard when decisions are made."},
            {"en", "Shift power to local partners and listen to their voice."},
            {"nl", "Lokale gemeenschappen moeten echte macht krijgen over beslissingen."},
            {"", "De stem van het zuiden wordt zelden gehoord bij beslissingen."},
            {"nl", "Geef lokale partners meer macht en luister naar hun stem."},
            {"fr", "Les communautés locales doivent avoir un vrai pouvoir de décision."},
            {"", "La voix du Sud est rarement entendue dans les décisions."},
            {"fr", "Il faut donner plus de pouvoir aux partenaires locaux et écouter leur voix."},
            {"es", "Las comunidades locales necesitan poder real sobre las decisiones."},
            {"", "La voz del Sur casi nunca se escucha cuando se toman decisiones."},
            {"es", "Hay que dar más poder a los socios locales y escuchar su voz."},
            {"en", "Decisions about local priorities belong with local people, and so does the power."},
            {"en", "Evaluations should measure the results that matter, not just outputs."},
            {"", "Which indicators will the evaluation use to measure impact?"},
            {"en", "We need evaluation data that supports learning, not only accountability."},
            {"nl", "Evaluaties moeten resultaten meten die er echt toe doen."},
            {"", "Welke indicatoren gebruikt de evaluatie om de impact te meten?"},
            {"nl", "Evaluatie moet gaan over leren, niet alleen over verantwoording."},
            {"fr", "Les évaluations doivent mesurer les résultats qui comptent vraiment."},
            {"", "Quels indicateurs l'évaluation utilisera-t-elle pour mesurer l'impact ?"},
            {"fr", "L'évaluation doit servir l'apprentissage et pas seulement la redevabilité."},
            {"es", "Las evaluaciones deben medir los resultados que realmente importan."},
            {"", "¿Qué indicadores usará la evaluación para medir el impacto?"},
            {"es", "La evaluación debe servir al aprendizaje y no solo a la rendición de cuentas."},
            {"en", "Learning from evaluation results should change the next policy."},
            {"en", "Hello from Nairobi!"},
            {"nl", "Goedemiddag allemaal, fijn om hier te zijn"},
            {"fr", "Merci beaucoup"},
    };

    private ThemeCorpus() {
    }

    static List<ThemeText> texts() {
        List<ThemeText> texts = new ArrayList<>();
        for (int i = 0; i < MESSAGES.length; i++) {
            texts.add(new ThemeText(i + 1, i % 3 == 0 ? "question" : "chat", MESSAGES[i][0], MESSAGES[i][1]));
        }
        return texts;
    }

    private static Set<Long> range(long from, long to) {
        Set<Long> ids = new TreeSet<>();
        for (long id = from; id <= to; id++) {
            ids.add(id);
        }
        return ids;
    }
}
