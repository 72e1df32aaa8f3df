package nl.dialoog.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventStatus;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.RegistrantProfile;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.room.RoomRecord;
import nl.dialoog.room.RoomRole;

/**
 * A synthetic three-hour session for the report benchmark, the same for a given size and seed: attendees from
 * 40 countries and seven kinds of organisation (a quarter more registered than came), staff and panelists, visits
 * with drop-outs and returns, chat in English, French, Spanish and Dutch (and Arabic with {@code shaped}) built from
 * sentences on eight themes of the field, questions with upvotes and answers, polls, statements and votes from
 * three camps. Texts vary by theme, language, place and number, so the themes and the transcript look like a
 * real session's rather than one sentence repeated.
 */
final class ReportSession {

    static final Instant START = Instant.parse("2026-11-12T13:00:00Z");
    static final Duration LENGTH = Duration.ofHours(3);

    private static final String[] COUNTRIES = {"KE", "NG", "SN", "GH", "ET", "UG", "TZ", "ZA", "CD", "ML", "BF",
            "MA", "EG", "IN", "BD", "PK", "NP", "PH", "ID", "VN", "KH", "BR", "CO", "PE", "BO", "GT", "MX", "HT",
            "NL", "BE", "FR", "DE", "GB", "ES", "SE", "DK", "NO", "US", "CA", "CH"};
    private static final String[] ORGANISATION_TYPES = {"ngo", "ngo", "ngo", "network", "government",
            "multilateral", "academic", "business", "other"};

    /** Per language: sentences per theme (two each), the theme they are about being the index / 2. */
    private static final Map<String, String[]> SENTENCES = Map.of(
            "en", new String[] {
                "funding should go directly to local organisations instead of through northern intermediaries",
                "flexible core funding matters more than project grants with heavy reporting",
                "southern partners must sit at the table where the strategy is decided",
                "donors keep the power because they hold the money and write the rules",
                "evaluation should be led by the communities and not only by external consultants",
                "the indicators measure what donors want to know rather than what changed for people",
                "capacity building often means teaching partners to fill in our own forms",
                "mutual learning between partners works better than one-way training",
                "digital tools exclude people in rural areas without a stable connection",
                "online consultations need interpretation and low-bandwidth options",
                "climate adaptation projects should be designed with farmers and fishers",
                "the climate finance promised to the south has not arrived at local level",
                "young activists are rarely invited when the real decisions are made",
                "women's rights organisations receive less than one percent of the funding",
                "accountability should run towards the people we serve, not only to donors",
                "transparent budgets would show how much reaches the local level"},
            "fr", new String[] {
                "le financement doit aller directement aux organisations locales sans intermédiaires du nord",
                "un financement de base flexible compte plus que des subventions de projet très lourdes",
                "les partenaires du sud doivent être à la table où la stratégie est décidée",
                "les bailleurs gardent le pouvoir parce qu'ils détiennent l'argent et écrivent les règles",
                "l'évaluation devrait être menée par les communautés et pas seulement par des consultants",
                "les indicateurs mesurent ce que veulent savoir les bailleurs plutôt que ce qui a changé",
                "le renforcement des capacités consiste souvent à apprendre nos propres formulaires",
                "l'apprentissage mutuel entre partenaires fonctionne mieux qu'une formation à sens unique",
                "les outils numériques excluent les zones rurales sans connexion stable",
                "les consultations en ligne ont besoin d'interprétation et d'options à faible débit",
                "les projets d'adaptation au climat doivent être conçus avec les agriculteurs et les pêcheurs",
                "le financement climatique promis au sud n'est pas arrivé au niveau local",
                "les jeunes militants sont rarement invités quand les vraies décisions sont prises",
                "les organisations de défense des droits des femmes reçoivent moins d'un pour cent du financement",
                "la redevabilité doit aller vers les personnes que nous servons, pas seulement vers les bailleurs",
                "des budgets transparents montreraient combien arrive au niveau local"},
            "es", new String[] {
                "la financiación debe ir directamente a las organizaciones locales sin intermediarios del norte",
                "la financiación básica y flexible importa más que las subvenciones de proyecto",
                "los socios del sur deben estar en la mesa donde se decide la estrategia",
                "los donantes mantienen el poder porque tienen el dinero y escriben las reglas",
                "la evaluación debería ser dirigida por las comunidades y no solo por consultores externos",
                "los indicadores miden lo que quieren saber los donantes y no lo que cambió para la gente",
                "el fortalecimiento de capacidades muchas veces significa enseñar nuestros propios formularios",
                "el aprendizaje mutuo entre socios funciona mejor que la formación en un solo sentido",
                "las herramientas digitales excluyen a las zonas rurales sin una conexión estable",
                "las consultas en línea necesitan interpretación y opciones de bajo consumo de datos",
                "los proyectos de adaptación al clima deben diseñarse con campesinos y pescadores",
                "la financiación climática prometida al sur no ha llegado al nivel local",
                "los jóvenes activistas rara vez son invitados cuando se toman las decisiones reales",
                "las organizaciones de derechos de las mujeres reciben menos del uno por ciento de la financiación",
                "la rendición de cuentas debe dirigirse a las personas que servimos, no solo a los donantes",
                "presupuestos transparentes mostrarían cuánto llega al nivel local"},
            "nl", new String[] {
                "financiering moet rechtstreeks naar lokale organisaties gaan en niet via noordelijke tussenpersonen",
                "flexibele kernfinanciering is belangrijker dan projectsubsidies met zware rapportage",
                "zuidelijke partners moeten aan tafel zitten waar de strategie wordt bepaald",
                "donoren houden de macht omdat zij het geld hebben en de regels schrijven",
                "evaluatie moet door de gemeenschappen worden geleid en niet alleen door externe adviseurs",
                "de indicatoren meten wat donoren willen weten en niet wat er voor mensen veranderde",
                "capaciteitsopbouw betekent vaak dat partners onze eigen formulieren leren invullen",
                "wederzijds leren tussen partners werkt beter dan training in één richting",
                "digitale middelen sluiten mensen op het platteland zonder stabiele verbinding uit",
                "online consultaties hebben tolken en opties met weinig bandbreedte nodig",
                "klimaatadaptatie moet samen met boeren en vissers worden ontworpen",
                "de klimaatfinanciering die het zuiden beloofd is, komt niet op lokaal niveau aan",
                "jonge activisten worden zelden uitgenodigd als de echte beslissingen vallen",
                "vrouwenrechtenorganisaties krijgen minder dan één procent van de financiering",
                "verantwoording hoort naar de mensen te gaan die we dienen, niet alleen naar donoren",
                "transparante begrotingen zouden laten zien hoeveel er lokaal aankomt"},
            "ar", new String[] {
                "يجب أن يذهب التمويل مباشرة إلى المنظمات المحلية", "التمويل المرن أهم من منح المشاريع",
                "يجب أن يجلس الشركاء في الجنوب على طاولة القرار", "المانحون يحتفظون بالسلطة لأنهم يملكون المال",
                "يجب أن تقود المجتمعات المحلية عملية التقييم", "المؤشرات تقيس ما يريده المانحون",
                "بناء القدرات يعني غالبا تعلم استماراتنا", "التعلم المتبادل بين الشركاء أفضل",
                "الأدوات الرقمية تستبعد المناطق الريفية", "المشاورات عبر الإنترنت تحتاج إلى ترجمة",
                "مشاريع التكيف مع المناخ يجب أن تصمم مع المزارعين", "تمويل المناخ لم يصل إلى المستوى المحلي",
                "نادرا ما تتم دعوة الشباب عند اتخاذ القرارات", "منظمات حقوق المرأة تحصل على أقل من واحد بالمئة",
                "المساءلة يجب أن تتجه نحو الناس الذين نخدمهم", "الميزانيات الشفافة تظهر ما يصل محليا"});

    private static final Map<String, String[]> OPENERS = Map.of(
            "en", new String[] {"I think", "In our experience in %s", "Honestly,", "From %s:", "Agree,", ""},
            "fr", new String[] {"Je pense que", "Dans notre expérience au %s,", "Franchement,", "Depuis %s :",
                "D'accord,", ""},
            "es", new String[] {"Creo que", "En nuestra experiencia en %s,", "Sinceramente,", "Desde %s:",
                "De acuerdo,", ""},
            "nl", new String[] {"Ik denk dat", "In onze ervaring in %s", "Eerlijk gezegd:", "Vanuit %s:",
                "Eens,", ""},
            "ar", new String[] {"أعتقد أن", "من تجربتنا في %s", "بصراحة،", ""});

    private static final Map<String, String[]> SHORT = Map.of(
            "en", new String[] {"+1", "Thanks, very useful!", "Can you share the slides?", "Hello from %s"},
            "fr", new String[] {"+1", "Merci, très utile !", "Pouvez-vous partager la présentation ?",
                "Bonjour de %s"},
            "es", new String[] {"+1", "¡Gracias, muy útil!", "¿Pueden compartir la presentación?", "Saludos desde %s"},
            "nl", new String[] {"+1", "Dank, heel nuttig!", "Kunt u de dia's delen?", "Groeten uit %s"},
            "ar", new String[] {"شكرا جزيلا", "تحية من %s"});

    private static final Map<String, String> ASK = Map.of("en", "How do we make sure that %s?",
            "fr", "Comment faire pour que %s ?", "es", "¿Cómo logramos que %s?", "nl", "Hoe zorgen we dat %s?",
            "ar", "كيف نضمن أن %s؟");

    private static final String[] PLACES = {"Nairobi", "Dakar", "Bogotá", "Lima", "Dhaka", "Kathmandu",
            "Ouagadougou", "São Paulo", "Kinshasa", "Manila", "Utrecht", "Bruxelles", "Córdoba", "Tromsø", "Zürich",
            "Yaoundé", "Medellín", "Gent", "Accra", "Rabat"};

    final EventView event;
    final RoomRecord record;
    final List<RegistrantProfile> profiles;

    /**
     * {@code attendees} who came (and a quarter more who registered), {@code messages} chat messages,
     * {@code statements} statements; with {@code shaped} one message in twenty is in Arabic.
     */
    ReportSession(int attendees, int messages, int statements, boolean shaped, long seed) {
        Random random = new Random(seed);
        List<String> languages = new ArrayList<>(List.of("en", "en", "en", "en", "fr", "fr", "es", "es", "nl"));
        if (shaped) {
            languages.addAll(List.of("en", "fr", "es", "nl", "en", "fr", "es", "nl"));
            languages.add("ar");
        }
        event = new EventView(new EventId(1), 1, "changing-roles-bench", EventStatus.PUBLISHED, "en",
                List.of("en", "nl", "fr", "es"), ZoneId.of("Europe/Amsterdam"), START, START.plus(LENGTH),
                new LocalizedText(Map.of("en", "Changing roles of CSOs and partners (benchmark)",
                        "nl", "Veranderende rollen van maatschappelijke organisaties (benchmark)")),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY, 0, 1, List.of(), List.of(), List.of());

        List<RoomRecord.Person> people = new ArrayList<>();
        List<RegistrantProfile> registered = new ArrayList<>();
        String[] language = new String[attendees + 8];
        RoomRole[] staffRoles = {RoomRole.HOST, RoomRole.MODERATOR, RoomRole.MODERATOR, RoomRole.PANELIST,
            RoomRole.PANELIST, RoomRole.PANELIST, RoomRole.PANELIST};
        for (int i = 0; i < staffRoles.length; i++) {
            people.add(new RoomRecord.Person(i + 1, null, staffRoles[i], "Staff member " + (i + 1), "Dialoog", "NL"));
            language[i + 1] = "en";
        }
        int registrants = attendees + attendees / 4;
        for (int r = 1; r <= registrants; r++) {
            String country = COUNTRIES[(int) Math.min(COUNTRIES.length - 1,
                    Math.abs(random.nextGaussian()) * COUNTRIES.length / 2.5)];
            String type = ORGANISATION_TYPES[random.nextInt(ORGANISATION_TYPES.length)];
            String lang = languages.get(random.nextInt(languages.size()));
            RegistrationStatus status = r <= attendees ? RegistrationStatus.CONFIRMED
                    : r % 5 == 0 ? RegistrationStatus.CANCELLED
                    : r % 7 == 0 ? RegistrationStatus.WAITLISTED : RegistrationStatus.CONFIRMED;
            registered.add(new RegistrantProfile(new RegistrationId(r), status, lang, country, type,
                    "Organisation " + (r % 300), START.minus(Duration.ofDays(30 - r % 30))));
            if (r <= attendees) {
                long person = staffRoles.length + r;
                people.add(new RoomRecord.Person(person, (long) r, RoomRole.ATTENDEE, "Attendee " + r,
                        "Organisation " + (r % 300), country));
                language[(int) person] = lang;
            }
        }
        int persons = people.size();

        List<RoomRecord.Visit> visits = new ArrayList<>();
        for (RoomRecord.Person person : people) {
            Instant joined = START.plusSeconds(random.nextInt(person.role() == RoomRole.ATTENDEE ? 1800 : 300));
            int stays = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
            for (int s = 0; s < stays; s++) {
                long seconds = (long) ((LENGTH.toSeconds() - (joined.getEpochSecond() - START.getEpochSecond()))
                        * (stays == 1 ? 0.5 + 0.5 * random.nextDouble() : 0.2 + 0.3 * random.nextDouble()));
                Instant left = joined.plusSeconds(Math.max(60, seconds));
                visits.add(new RoomRecord.Visit(person.id(), joined, left));
                joined = left.plusSeconds(30 + random.nextInt(600));
                if (!joined.isBefore(START.plus(LENGTH))) {
                    break;
                }
            }
        }

        List<RoomRecord.Chat> chat = new ArrayList<>();
        for (int m = 1; m <= messages; m++) {
            long author = pick(random, persons, staffRoles.length);
            String lang = language[(int) author];
            Instant at = START.plusMillis((long) (LENGTH.toMillis() * (m - 1 + random.nextDouble()) / messages));
            Long replyTo = m > 10 && random.nextInt(8) == 0 ? (long) (m - 1 - random.nextInt(10)) : null;
            chat.add(new RoomRecord.Chat(m, author, replyTo, message(random, lang), at));
        }

        List<RoomRecord.Question> questions = new ArrayList<>();
        int asked = Math.max(1, messages / 30);
        String[] states = {"OPEN", "ANSWERED", "ANSWERED", "DISMISSED", "OPEN", "PENDING"};
        for (int q = 1; q <= asked; q++) {
            long author = pick(random, persons, staffRoles.length);
            String lang = language[(int) author];
            Long merged = q > 20 && random.nextInt(15) == 0 ? (long) (1 + random.nextInt(q - 1)) : null;
            questions.add(new RoomRecord.Question(q, author, String.format(ASK.get(lang), sentence(random, lang)),
                    random.nextInt(5) == 0, merged == null ? states[random.nextInt(states.length)] : "MERGED",
                    random.nextBoolean(), merged, (int) Math.abs(random.nextGaussian() * 12),
                    START.plusMillis(LENGTH.toMillis() * q / (asked + 1))));
        }

        List<RoomRecord.Poll> polls = new ArrayList<>();
        String[] choices = {"Local organisations", "Donors", "Governments", "Networks", "Nobody yet"};
        for (int p = 1; p <= 8; p++) {
            boolean multiple = p % 3 == 0;
            int ballots = attendees / 2 + random.nextInt(attendees / 2);
            List<RoomRecord.PollOption> options = new ArrayList<>();
            int left = ballots;
            for (int o = 0; o < 2 + p % 4; o++) {
                int votes = multiple ? random.nextInt(ballots) : o == 1 + p % 4 ? left : random.nextInt(left + 1);
                left -= multiple ? 0 : votes;
                options.add(new RoomRecord.PollOption(p * 10L + o, choices[o], votes));
            }
            Instant launched = START.plus(LENGTH.multipliedBy(p).dividedBy(10));
            polls.add(new RoomRecord.Poll(p, "Poll " + p + ": who should decide on " + topic(p) + "?", multiple,
                    ballots, options, launched, launched.plusSeconds(180)));
        }

        List<RoomRecord.Statement> said = new ArrayList<>();
        int[] camp = new int[statements];
        for (int s = 1; s <= statements; s++) {
            boolean seeded = s <= 20;
            long author = seeded ? 1 : pick(random, persons, staffRoles.length);
            String lang = seeded ? "en" : language[(int) author];
            camp[s - 1] = random.nextInt(3);
            String text = capital(sentence(random, lang)) + (s > 16 * 5 ? " (" + s + ")" : "");
            said.add(new RoomRecord.Statement(s, author, text, seeded,
                    START.plusMillis(LENGTH.toMillis() * s / (2L * statements + 1))));
        }
        List<RoomRecord.StatementVote> votes = new ArrayList<>();
        for (int p = staffRoles.length + 1; p <= persons; p++) {
            int own = p % 10 < 5 ? 0 : p % 10 < 8 ? 1 : 2;
            double seen = 0.3 + 0.7 * random.nextDouble();
            for (int s = 0; s < statements; s++) {
                if (random.nextDouble() >= seen) {
                    continue;
                }
                double agree = camp[s] == own ? 0.8 : 0.3;
                int vote = random.nextInt(8) == 0 ? 0 : random.nextDouble() < agree ? 1 : -1;
                Instant at = said.get(s).at().plusSeconds(5 + random.nextInt(3600));
                votes.add(new RoomRecord.StatementVote(s + 1, p, vote, at));
            }
        }
        record = new RoomRecord(1, people, visits, chat, questions, polls, said, votes);
        profiles = registered;
    }

    /** An author: most messages come from a talkative minority, as in a real chat; staff speak too. */
    private static long pick(Random random, int persons, int staff) {
        if (random.nextInt(20) == 0) {
            return 1 + random.nextInt(staff);
        }
        double skew = Math.pow(random.nextDouble(), 2.5);
        return staff + 1 + (long) (skew * (persons - staff));
    }

    private static String message(Random random, String lang) {
        if (random.nextInt(7) == 0) {
            String[] short_ = SHORT.get(lang);
            return String.format(short_[random.nextInt(short_.length)], PLACES[random.nextInt(PLACES.length)]);
        }
        String[] openers = OPENERS.get(lang);
        String opener = String.format(openers[random.nextInt(openers.length)], PLACES[random.nextInt(PLACES.length)]);
        StringBuilder text = new StringBuilder(opener.isEmpty() ? capital(sentence(random, lang))
                : opener + " " + sentence(random, lang));
        if (random.nextInt(3) == 0) {
            text.append(". ").append(capital(sentence(random, lang)));
        }
        if (random.nextInt(4) == 0) {
            text.append(" (").append(1 + random.nextInt(40)).append(" partners, ")
                    .append(PLACES[random.nextInt(PLACES.length)]).append(")");
        }
        return text.append(lang.equals("ar") ? "." : random.nextInt(3) == 0 ? "!" : ".").toString();
    }

    private static String sentence(Random random, String lang) {
        String[] sentences = SENTENCES.get(lang);
        // themes are not equally popular: funding and power come up most
        int theme = Math.min(7, (int) (Math.pow(random.nextDouble(), 1.6) * 8));
        return sentences[theme * 2 + random.nextInt(2)];
    }

    private static String topic(int poll) {
        return new String[] {"funding", "strategy", "evaluation", "training", "digital tools", "climate",
            "youth", "budgets"}[(poll - 1) % 8];
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
