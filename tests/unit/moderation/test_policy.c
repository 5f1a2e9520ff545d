/* Editorial policy: decisions on the hard cases of the issue (identity
 * words, discussion of racism and antisemitism, Holocaust history, political
 * criticism), each abuse category, defamation held never rejected, reader
 * messages per language, JSON round trip, validation errors (the same
 * from a parsed tree, mod_policy_parse_json), and a policy replaced at run
 * time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <jansson.h>
#include <unistd.h>

#include "moderation/modtest.h"

typedef struct kase {
    const char *text;
    mod_action action;
    const char *category;   /* NULL = any / none */
} kase;

/* An engine with the default settings and the policy pol (its error
 * printed if it is refused). */
static mod_engine *engine_with(const char *pol)
{
    char err[512] = "";
    mod_config c;
    mod_config_defaults(&c);
    c.policy_json = pol;
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    if (e == NULL) print_error("policy refused: %s\n", err);
    assert_non_null(e);
    return e;
}

static void run_cases(mod_engine *e, const kase *k, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *cat;
        mod_action a = mt_decide(e, k[i].text, &cat);
        if (a != k[i].action || (k[i].category && strcmp(cat, k[i].category) != 0))
            fail_msg("\"%s\" -> %s/%s, want %s/%s", k[i].text, mod_action_name(a), cat,
                     mod_action_name(k[i].action), k[i].category ? k[i].category : "-");
    }
}

static void test_hard_cases_published(void **state)
{
    mod_engine *e = *state;
    static const kase k[] = {
        {"Je suis juif.", MOD_PUBLISH, NULL},
        {"Les Arabes de mon quartier sont formidables.", MOD_PUBLISH, NULL},
        {"I'm Jewish and proud of it.", MOD_PUBLISH, NULL},
        {"Six millions de Juifs ont été assassinés pendant la Shoah.", MOD_PUBLISH, NULL},
        {"Les négationnistes prétendent que les chambres à gaz n'ont jamais existé.", MOD_PUBLISH, NULL},
        {"The myth that Jews control the banks is an antisemitic conspiracy theory.", MOD_PUBLISH, NULL},
        {"Le mot « bougnoule » est une insulte raciste.", MOD_PUBLISH, NULL},
        {"Dire que les migrants sont des criminels est raciste.", MOD_PUBLISH, NULL},
        {"Ce gouvernement est incompétent et le ministre a menti.", MOD_PUBLISH, NULL},
        {"Cette réforme est idiote et injuste.", MOD_PUBLISH, NULL},
        {"This policy is stupid.", MOD_PUBLISH, NULL},
        {"Ce film raconte l'histoire d'un escroc.", MOD_PUBLISH, NULL},
        {"Je vais tuer le temps en lisant.", MOD_PUBLISH, NULL},
        {"Le ministre est l'idiot utile des lobbys.", MOD_PUBLISH, NULL},
        {"Les ordures ménagères ne sont pas ramassées.", MOD_PUBLISH, NULL},
        {"Le lobby des pesticides a encore gagné.", MOD_PUBLISH, NULL},
        {"The banks control the economy.", MOD_PUBLISH, NULL},
        {"Go back to the start of the article.", MOD_PUBLISH, NULL},
        {"Nobody wants your kind of reform.", MOD_PUBLISH, NULL},
        {"La Shoah n'est pas un mythe.", MOD_PUBLISH, NULL},
        {"Ces platanes sont malades, il faudrait les abattre.", MOD_PUBLISH, NULL},
        {"The bride wore white.", MOD_PUBLISH, NULL},
        {"Le roi des Belges a inauguré le pont.", MOD_PUBLISH, NULL},
        {"Regardez les noms sur le monument aux morts.", MOD_PUBLISH, NULL},
        {"L'Allemagne a versé des réparations aux survivants de la Shoah.", MOD_PUBLISH, NULL},
        {"Une voiture est tombée dans le canal hier soir.", MOD_PUBLISH, NULL},
        {"Accidents happen on that junction every month.", MOD_PUBLISH, NULL},
        {"Il n'y a aucun conflit : j'habite Scunthorpe et je fais un calcul.", MOD_PUBLISH, NULL},
        {"This analysis of the cocktail menu is fair.", MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
}

static void test_abuse_rejected(void **state)
{
    mod_engine *e = *state;
    static const kase k[] = {
        {"Espèce de connard.", MOD_REJECT, "insult"},
        {"You are an idiot.", MOD_REJECT, "insult"},
        {"Sale bougnoule.", MOD_REJECT, "racism"},
        {"Go back to your country.", MOD_REJECT, "racism"},
        {"Les juifs contrôlent les médias.", MOD_REJECT, "antisemitism"},
        {"La Shoah n'a jamais existé.", MOD_REJECT, "antisemitism"},
        {"Le mythe des chambres à gaz.", MOD_REJECT, "antisemitism"},
        {"Mort aux juifs", MOD_REJECT, "antisemitism"},   /* category order breaks the tie */
        {"Je vais te tuer.", MOD_REJECT, "threat"},
        {"We know where you live.", MOD_REJECT, "threat"},
        {"Ce n'est pas un mythe : les juifs contrôlent les banques.", MOD_REJECT, "antisemitism"},
        {"Encore les sionistes qui contrôlent tout le gouvernement.", MOD_REJECT, "antisemitism"},
        {"L'Holocauste est une invention des vainqueurs.", MOD_REJECT, "antisemitism"},
        {"Nobody wants your kind here.", MOD_REJECT, "racism"},
        {"Il faudrait les fusiller.", MOD_REJECT, "threat"},
        {"T'es qu'un abruti.", MOD_REJECT, "insult"},
        {"Vous êtes le roi des imbéciles.", MOD_REJECT, "insult"},
        {"Imagine being this thick.", MOD_REJECT, "insult"},
        {"Regardez les noms des patrons de banque, tout s'explique.", MOD_REJECT, "antisemitism"},
        {"Check the surnames of the people who run the media.", MOD_REJECT, "antisemitism"},
        {"Six millions ? Des chiffres gonflés pour toucher des réparations.", MOD_REJECT, "antisemitism"},
        {"Tu vas finir dans le canal avec des parpaings aux pieds.", MOD_REJECT, "threat"},
        {"Someone will find out where you live.", MOD_REJECT, "threat"},
        /* long comments (eval_probe_long.tsv): one sentence among reasonable
         * ones, in a second paragraph; the obfuscated word read as the word */
        {"Les chiffres de l'inflation sont parlants.\n\nMais la grande distribution est aux mains des j.u.i.f.s et de "
         "leurs banquiers. La loi Egalim devrait être renforcée.", MOD_REJECT, "antisemitism"},
        {"The council has put council tax up again.\n\nIf I were the council leader I'd check under my car before "
         "starting it.", MOD_REJECT, "threat"},
        {"Dans ce milieu, les traîtres finissent au fond du Rhône avec un bloc de béton aux pieds.", MOD_REJECT, "threat"},
        {"Frankly the Jews milk the Holocaust, they've turned it into an industry to silence any criticism.",
         MOD_REJECT, "antisemitism"},
        {"Check under your car before a long drive: tyres, oil, brake fluid.", MOD_PUBLISH, NULL},
        {"Les déchets plastiques finissent au fond du Rhône, il faut agir.", MOD_PUBLISH, NULL},
        {"UK courts have held that phrases like \"go back to your own country\" can amount to harassment.",
         MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
}

/* Plain comments of the kinds a reader (or a tester) writes first, which the
 * lexicons missed until 2026-11-27, and their legitimate neighbours. */
static void test_plain_cases(void **state)
{
    mod_engine *e = *state;
    static const kase k[] = {
        {"Muslims are all terrorists.", MOD_REJECT, "racism"},
        {"All Muslims are terrorists and should be deported.", MOD_REJECT, "racism"},
        {"Jews are the enemy.", MOD_REJECT, "antisemitism"},
        {"Les juifs sont tous riches.", MOD_REJECT, "antisemitism"},
        {"Too bad the Nazis didn't finish the job.", MOD_REJECT, "antisemitism"},
        {"Hitler had the right idea about the Jews.", MOD_REJECT, "antisemitism"},
        {"Les Chinois mangent des chiens.", MOD_REJECT, "racism"},
        {"I hope you get cancer and die.", MOD_REJECT, "threat"},
        {"You deserve to be raped.", MOD_REJECT, "threat"},
        {"Die in a fire.", MOD_REJECT, "threat"},
        {"Quelqu'un devrait abattre ce journaliste.", MOD_REJECT, "threat"},
        {"J'espère que tu crèves.", MOD_REJECT, "threat"},
        {"Shut the fuck up, retard.", MOD_REJECT, "insult"},
        {"Tu devrais te suicider.", MOD_REJECT, "threat"},   /* urging self-harm: threat since session 22 */
        {"kys, nobody reads your garbage", MOD_REJECT, "threat"},
        {"You will kill yourself laughing at this sketch.", MOD_PUBLISH, NULL},
        {"אתה מטומטם", MOD_REJECT, "insult"},
        /* a comment that is nothing but an insult of a person, as "Idiot." */
        {"אידיוט!", MOD_REJECT, "insult"},
        {"מטומטם", MOD_REJECT, "insult"},
        {"זבל", MOD_PUBLISH, NULL},
        /* session 19: a first sentence that is only such an insult, closed
           by '.' or '!', then more; a question is no insult */
        {"Retard. Learn to read before commenting.", MOD_REJECT, "insult"},
        {"Crétin ! Relis l'article.", MOD_REJECT, "insult"},
        {"Idiot ? Non, il est juste mal conseillé.", MOD_PUBLISH, NULL},
        {"The Idiot. Dostoevsky's novel is on the list.", MOD_PUBLISH, NULL},
        {"\"Bastards.\" That's all my gran said when she saw the footage.", MOD_PUBLISH, NULL},
        /* threats with no violent word, the Star of David for Jews, the
           ovens; insult words at animals and things, institutions */
        {"Tu ne passeras pas l'hiver, l'arbitre.", MOD_REJECT, "threat"},
        {"On se retrouvera à la sortie du stade.", MOD_REJECT, "threat"},
        {"Start picking out your coffin, reporter.", MOD_REJECT, "threat"},
        {"The councillor should start his car very carefully from now on.", MOD_REJECT, "threat"},
        {"Mort aux \xe2\x9c\xa1\xef\xb8\x8f.", MOD_REJECT, NULL},
        {"Put the jews in the ovens.", MOD_REJECT, "antisemitism"},
        {"Joyeux Hanoukka \xe2\x9c\xa1\xef\xb8\x8f \xc3\xa0 tous nos lecteurs juifs !", MOD_PUBLISH, NULL},
        {"Ces cons de moustiques tigres sont de retour.", MOD_PUBLISH, NULL},
        {"Cet abruti de GPS m'a fait faire vingt kilomètres.", MOD_PUBLISH, NULL},
        {"The council is a bunch of clowns and the budget shows it.", MOD_PUBLISH, NULL},
        {"Watch your back on the towpath near the lock.", MOD_PUBLISH, NULL},
        {"Ce con de Martin a encore raté son penalty.", MOD_REJECT, "insult"},
        /* a reply quoting what it answers ("> " lines): reported or
           refuted, a mention; endorsed, it counts */
        {"> les juifs contrôlent les banques\n\nC'est un vieux mythe antisémite. Signalé.", MOD_PUBLISH, NULL},
        {"> you should be shot\n\nReporting this. Threats have no place here.", MOD_PUBLISH, NULL},
        {"> les juifs contrôlent les banques\n\nExactement.", MOD_REJECT, "antisemitism"},
        {"> Les chambres à gaz n'ont pas existé.\n\nEnfin quelqu'un qui ose le dire.", MOD_REJECT, "antisemitism"},
        {"> Je ne suis pas d'accord.\n\nFerme ta gueule, connard. Signalé toi-même.", MOD_REJECT, "insult"},
        /* a Markdown code span quotes as quotation marks do */
        {"Les mots `connard` et `salope` restent les insultes les plus signalées.", MOD_PUBLISH, NULL},
        {"Bande de `connards`.", MOD_REJECT, "insult"},
        /* session 18's blind acceptance tester: reported speech is not a
           threat, "tirer sur" is, the code word "zionistes", Hebrew and
           Arabic threats, denial, the Protocols taken as the truth */
        {"L'assaillant a hurlé qu'il voulait tuer tous les policiers, a précisé le parquet.",
         MOD_PUBLISH, NULL},
        {"Je vais tuer tous les policiers.", MOD_REJECT, "threat"},
        {"Quelqu'un devrait tirer sur ce juge.", MOD_REJECT, "threat"},
        {"Il ne faut pas tirer sur l'ambulance.", MOD_PUBLISH, NULL},
        {"Les zionistes contrôlent les banques.", MOD_REJECT, "antisemitism"},
        {"מישהו צריך לירות בשופט הזה.", MOD_REJECT, "threat"},
        {"دمك حلال يا كافر.", MOD_REJECT, "threat"},
        {"المحرقة لم تحدث أبداً، إنها أكذوبة.", MOD_REJECT, "antisemitism"},
        {"يزعمون أن المحرقة لم تحدث، وهذا كذب.", MOD_PUBLISH, NULL},
        {"The Protocols of the Elders of Zion explain everything happening today.", MOD_REJECT,
         "antisemitism"},
        {"The Protocols of the Elders of Zion are a forgery that still circulates.", MOD_PUBLISH, NULL},
        /* its second round: an animal is no victim, the préfet is */
        {"Ce loup, on devrait lui coller une balle, qu'on en finisse.", MOD_PUBLISH, NULL},
        {"Le préfet de l'arrêté sur les loups, je vais lui mettre une balle dans la tête.", MOD_REJECT,
         "threat"},
        {"S'il sort un jour, je le tue de mes propres mains.", MOD_REJECT, "threat"},
        /* its third round: a threat to a group, reported calls to kill, the
           saying that nobody has a monopoly of suffering, a nationality
           dehumanised */
        {"We're going to kill every Jew in this town.", MOD_REJECT, "threat"},
        {"The imam was arrested over calls to kill every Jew in the city.", MOD_PUBLISH, NULL},
        {"Ce conflit dure depuis 1948 et personne n'a le monopole de la souffrance.", MOD_PUBLISH, NULL},
        {"Palestinians are animals, there are no innocents in Gaza.", MOD_REJECT, "racism"},
        {"Calling Palestinians animals, as the minister did, is dehumanising and racist.", MOD_PUBLISH,
         NULL},
        /* a trial's words report a quoted slogan, they no longer excuse
           a generalisation */
        {"Jews are vermin, the trial proves it.", MOD_REJECT, NULL},
        {"Les Arabes sont des voleurs, le procès le prouve.", MOD_REJECT, "racism"},
        {"Le prévenu avait publié « il faut gazer les juifs » sur Facebook ; il écope de deux ans.",
         MOD_PUBLISH, NULL},
        {"מי שצועק \"מוות לערבים\" ביציע צריך להיות מורחק מהמגרשים לתמיד.", MOD_PUBLISH, NULL},
        {"הלוואי שתמות", MOD_REJECT, "threat"},
        {"انت غبي جدا", MOD_REJECT, "insult"},
        {"اليهود خنازير", MOD_REJECT, "antisemitism"},
        /* group + dehumanising word, with "they are" / "all of them" between */
        {"اليهود كلاب", MOD_REJECT, "antisemitism"},
        {"العرب كلهم حيوانات", MOD_REJECT, "racism"},
        {"היהודים הם חזירים", MOD_REJECT, "antisemitism"},
        {"הערבים הם חיות", MOD_REJECT, "racism"},
        {"رأيت كلب اليهودي في الشارع", MOD_PUBLISH, NULL},
        {"היהודים והערבים בעיר חיים יחד בשלום", MOD_PUBLISH, NULL},
        {"f u c k  y o u", MOD_REJECT, "insult"},
        {"s a l e   b o u g n o u l e", MOD_REJECT, "racism"},
        /* a letter stretched in any script ("זוווונה" is "זונה") */
        {"יא זוווווונה", MOD_REJECT, "insult"},
        {"يا كلببببب", MOD_REJECT, "insult"},
        {"ממש טוב", MOD_PUBLISH, NULL},
        /* small capitals; letters split by one emoji; a mask never proves an exception */
        {"ꜰᴜᴄᴋ you", MOD_REJECT, "insult"},
        {"f🍆u🍆c🍆k you", MOD_REJECT, "insult"},
        {"fils de p*te, tu as vu le match ?", MOD_REJECT, "insult"},
        /* a run split by dots does not take the word before it ("amoron") */
        {"You're a m.o.r.o.n.", MOD_REJECT, "insult"},
        /* a masked word is never a counter word ("f***ing" excused the whole sentence) */
        {"Go back where you came from, you f***ing immigrant.", MOD_REJECT, "racism"},
        {"You immigrants built this country.", MOD_PUBLISH, NULL},
        {"Zio pigs", MOD_REJECT, "antisemitism"},
        {"fμck you", MOD_REJECT, "insult"},   /* Greek mu */
        /* the sports pages: "beat", "hurt", "hang" in a game or a figure of speech */
        {"We will beat you on Saturday, see you at the stadium!", MOD_PUBLISH, NULL},
        {"We are gonna beat them in the final, mark my words!", MOD_PUBLISH, NULL},
        {"This is gonna hurt your wallet.", MOD_PUBLISH, NULL},
        {"I'm gonna beat you up.", MOD_REJECT, "threat"},
        {"I will beat you to death.", MOD_REJECT, "threat"},
        {"Gonna shoot you.", MOD_REJECT, "threat"},
        {"Gonna punch that clown's teeth in at the count.", MOD_REJECT, "threat"},
        /* a mention: the match's last words quoted, in a sentence that reports it */
        {"Un « sale Arabe » crié dans le métro : la RATP porte plainte.", MOD_PUBLISH, NULL},
        {"Mods removed a comment that called Black people \"apes\". Good.", MOD_PUBLISH, NULL},
        {"T'es qu'un « sale » con, je le dis.", MOD_REJECT, "insult"},
        /* single quotes quote too; an apostrophe inside a word does not */
        {"The phrase 'dirty Jew' was painted on the cemetery gates.", MOD_PUBLISH, NULL},
        {"'Sale juif' : c'est ce qu'on a tagué sur la vitrine, la police enquête.", MOD_PUBLISH,
         NULL},
        {"Calling someone a \xe2\x80\x98kike\xe2\x80\x99 is vile antisemitic language.", MOD_PUBLISH,
         NULL},
        {"'cause you're a dirty kike.", MOD_REJECT, "antisemitism"},
        {"You're a kike, don't 'argue'.", MOD_REJECT, "antisemitism"},
        /* figures of speech and reported words from the training set's legitimate comments */
        {"I'm going to kill this crossword, been stuck on 14 across all morning.", MOD_PUBLISH, NULL},
        {"I'm going to kill this clown.", MOD_REJECT, "threat"},
        {"\"Les Juifs contrôlent les médias\" : mon oncle répète ça à chaque repas.", MOD_PUBLISH, NULL},
        {"Faggots and peas at the pie shop, a Black Country tradition.", MOD_PUBLISH, NULL},
        {"Je vais le tuer ce sudoku, trois jours que je bloque dessus.", MOD_PUBLISH, NULL},
        {"On va les défoncer en finale !", MOD_PUBLISH, NULL},
        {"Je vais le tuer ce journaliste.", MOD_REJECT, "threat"},
        {"Ça va mal finir pour toi.", MOD_REJECT, "threat"},
        {"You'll pay for this.", MOD_REJECT, "threat"},
        {"Tu vas le payer, Thomas : je t'avais dit que je gagnerais le pari !", MOD_PUBLISH, NULL},
        /* "whole" patterns: an insult that is the whole comment */
        {"Idiot !", MOD_REJECT, "insult"},
        {"Crétin.", MOD_REJECT, "insult"},
        {"Idiots, all of you.", MOD_REJECT, "insult"},
        {"The Idiot by Dostoevsky is a masterpiece.", MOD_PUBLISH, NULL},
        {"Go to hell.", MOD_REJECT, "insult"},
        {"The economy will go to hell if this passes.", MOD_PUBLISH, NULL},
        {"Ferme-la.", MOD_REJECT, "insult"},
        {"Ferme la porte en sortant.", MOD_PUBLISH, NULL},
        {"Crève.", MOD_REJECT, "threat"},
        {"Die Hard is the best Christmas film.", MOD_PUBLISH, NULL},
        {"You people are disgusting.", MOD_REJECT, "insult"},
        {"You will be found.", MOD_REJECT, "threat"},
        {"You will be found guilty if you lie to the court.", MOD_PUBLISH, NULL},
        {"We will find you.", MOD_REJECT, "threat"},
        {"We will find you a seat at the back.", MOD_PUBLISH, NULL},
        {"I'm going to shoot up your office.", MOD_REJECT, "threat"},
        {"Les traîtres seront pendus.", MOD_REJECT, "threat"},
        /* emoji that stand for a word, read so by the policy only */
        {"Black people 🐒", MOD_REJECT, "racism"},
        {"Les juifs 🐀🐀", MOD_REJECT, "antisemitism"},
        {"🐒🍌", MOD_REJECT, "racism"},
        {"🖕🖕🖕", MOD_REJECT, "insult"},
        {"You 🤡", MOD_REJECT, "insult"},
        {"J'ai confondu la prof principale et la CPE 🙈", MOD_PUBLISH, NULL},
        {"The zoo's new baby monkey 🐒 is adorable.", MOD_PUBLISH, NULL},
        {"Happy Chinese New Year! 🐷", MOD_PUBLISH, NULL},
        {"6 million? More like 600,000.", MOD_REJECT, "antisemitism"},
        {"The Jewish question needs a final solution.", MOD_REJECT, "antisemitism"},
        {"The Nazis called it the final solution for the Jews.", MOD_PUBLISH, NULL},
        {"Idiot-proof design, I love it.", MOD_PUBLISH, NULL},
        {"phuck you", MOD_REJECT, "insult"},
        {"six gorillion", MOD_REJECT, "antisemitism"},
        {"Dick Van Dyke is a legend.", MOD_PUBLISH, NULL},
        {"Quelqu'un devrait brûler cette mosquée.", MOD_REJECT, "threat"},   /* "quelqu un" */
        {"Quelqu'un devrait écrire un livre sur cette affaire.", MOD_PUBLISH, NULL},
        {"Profite bien de tes derniers jours.", MOD_REJECT, "threat"},
        {"Profite bien de tes derniers jours de vacances !", MOD_PUBLISH, NULL},
        {"Le 11 septembre, c'est le Mossad.", MOD_REJECT, "antisemitism"},
        {"Les attentats du 11 septembre ont fait près de 3 000 morts.", MOD_PUBLISH, NULL},
        {"L'Afrique n'a jamais rien inventé.", MOD_REJECT, "racism"},
        {"I hope you die laughing at this cartoon.", MOD_PUBLISH, NULL},
        {"Ce film est à mourir de rire.", MOD_PUBLISH, NULL},
        /* a claim asked, then rebutted by a counter word in the answer */
        {"Les Chinois mangent des chiens ? C'est un cliché raciste.", MOD_PUBLISH, NULL},
        {"Les Chinois mangent des chiens ? Oui, et ce n'est pas un cliché.", MOD_REJECT, "racism"},
        {"Les Chinois mangent des chiens. C'est un cliché raciste, disent-ils.", MOD_REJECT, "racism"},
        /* the blind author's families, and the legitimate comments written against them */
        {"Il faut expulser tous les musulmans de France.", MOD_REJECT, "racism"},
        {"L'Espagne a expulsé les juifs en 1492, un épisode tragique.", MOD_PUBLISH, NULL},
        {"Encore une chance pour la France dans les faits divers.", MOD_REJECT, "racism"},
        {"Mbappé est une chance pour la France, quel talent.", MOD_PUBLISH, NULL},
        {"Faut rallumer les fours pour ces gens-là.", MOD_REJECT, "antisemitism"},
        {"La Shoah n'est pas le plus grand mensonge, c'est le plus grand crime du siècle.", MOD_PUBLISH, NULL},
        {"Je te retrouverai et je te saignerai comme un porc.", MOD_REJECT, "threat"},
        {"Ce record, je le défonce l'année prochaine !", MOD_PUBLISH, NULL},
        {"Coach Derek Simms abused kids on his under-14 team.", MOD_HOLD, "defamation"},
        {"My kid asked what \"kike\" means; someone carved it into a desk.", MOD_PUBLISH, NULL},
        /* the seventh author's families */
        {"Ostie de cave, lis l'article avant de commenter.", MOD_REJECT, "insult"},
        {"Tabarnak, quel match ! Les Canadiens ont été solides.", MOD_PUBLISH, NULL},
        {"Aboriginals are lazy drunks living off welfare.", MOD_REJECT, "racism"},
        {"Aboriginal art at the gallery is stunning.", MOD_PUBLISH, NULL},
        {"Les juifs sont les nouveaux nazis.", MOD_REJECT, "antisemitism"},
        {"Six millions d'euros de subventions, des chiffres gonflés selon la Cour des comptes.", MOD_PUBLISH, NULL},
        {"The principal deserves a rope. Tonight.", MOD_REJECT, "threat"},
        {"Il mérite la corde à sauter d'or du meilleur boxeur.", MOD_PUBLISH, NULL},
        {"We're going to smash them in the final, mark my words!", MOD_PUBLISH, NULL},
        /* the eighth author's families */
        {"Qu'il crève dans d'atroces souffrances ce pédo.", MOD_REJECT, "threat"},
        {"Qu'il crève l'abcès une bonne fois, ce dossier traîne.", MOD_PUBLISH, NULL},
        {"Le Sénat devrait rendre une petite visite aux chantiers du Grand Paris.", MOD_PUBLISH, NULL},
        {"Maori are lazy bludgers living off the taxpayer.", MOD_REJECT, "racism"},
        {"The Maori Party won two seats.", MOD_PUBLISH, NULL},
        {"Every Jew in Brooklyn is responsible for what the army does.", MOD_REJECT, "antisemitism"},
        {"The kosher deli on 5th is the best in town.", MOD_PUBLISH, NULL},
        {"I hope someone runs that cycling activist over.", MOD_REJECT, "threat"},
        {"I hope someone runs the numbers on this budget.", MOD_PUBLISH, NULL},
        {"I'm going to murder this pizza.", MOD_PUBLISH, NULL},
        /* the tenth and eleventh authors' families */
        {"On va les massacrer dimanche au stade, l'OM n'a rien montré.", MOD_PUBLISH, NULL},
        {"Les sangliers prolifèrent dans les vignes, les chasseurs sont débordés.", MOD_PUBLISH, NULL},
        {"Your car's a silver Audi isn't it. Be a shame about the brakes.", MOD_REJECT, "threat"},
        {"Rope's cheap.", MOD_REJECT, "threat"},
        {"À quelle heure il sort, le nouveau film ?", MOD_PUBLISH, NULL},
        {"Jews ran the slave trade, read The Secret Relationship.", MOD_REJECT, "antisemitism"},
        {"Kanye was right about one thing: the album was better than the critics said.", MOD_PUBLISH, NULL},
        {"MTG's \"Jewish space lasers\" post should have ended her career.", MOD_PUBLISH, NULL},
        {"Jewish space lasers started the fires, just asking questions.", MOD_REJECT, "antisemitism"},
        {"Qui possède les médias ? La réponse est dans le rapport du Sénat.", MOD_PUBLISH, NULL},
        /* the thirteenth author's families */
        {"Les supporters parisiens, une bande de consanguins.", MOD_REJECT, "insult"},
        {"Le XV de France va les défoncer samedi, j'y crois !", MOD_PUBLISH, NULL},
        {"Dieudonné avait raison, on ne peut plus rien dire sur eux.", MOD_REJECT, "antisemitism"},
        {"Boycotter les commerces juifs, c'est de l'antisémitisme pur et simple.", MOD_PUBLISH, NULL},
        {"Je vais trouver ce prof et lui régler son compte.", MOD_REJECT, "threat"},
        {"Le gendarme a réussi à régler son compte à la paperasse administrative.", MOD_PUBLISH, NULL},
        {"Je vais étrangler le prochain qui me reparle du Qatar (je plaisante).", MOD_PUBLISH, NULL},
        {"She testified against him? Hope she likes hospital food.", MOD_REJECT, "threat"},
        {"Lock your doors at night, police advise after the burglaries.", MOD_PUBLISH, NULL},
        {"Muslims are not terrorists; stop blaming a whole community.", MOD_PUBLISH, NULL},
        {"Illegal immigrants should be deported, says the minister.", MOD_PUBLISH, NULL},
        {"What an idiot I am, I forgot my keys again.", MOD_PUBLISH, NULL},
        {"Quel idiot je fais, j'ai oublié mes clés.", MOD_PUBLISH, NULL},
        {"Les propos « sale juif » entendus au stade sont inadmissibles.", MOD_PUBLISH, NULL},
        {"I'd kill for a coffee right now.", MOD_PUBLISH, NULL},
        {"הממשלה הזאת מטומטמת לגמרי", MOD_PUBLISH, NULL},   /* a government, not a person */
        {"את האמת, אני לא מסכים עם הכותב", MOD_PUBLISH, NULL},  /* "את": object marker */
        {"الحكومة فاشلة ويجب أن تستقيل", MOD_PUBLISH, NULL},
        /* session 12: Hebrew and Arabic prefixes and plurals, Arabizi, a
         * chant or a trope condemned */
        {"לזונה הזאת אין שום בושה.", MOD_REJECT, "insult"},
        {"מניאקים כולכם, כל המגיבים פה.", MOD_REJECT, "insult"},
        {"קניתי מעיל בכלבו שליד התחנה המרכזית.", MOD_PUBLISH, NULL},
        {"للحمار اللي فوق: اقرأ المقال أولاً.", MOD_REJECT, "insult"},
        {"لا يوجد بلد كلبنان في جماله وطيبة أهله.", MOD_PUBLISH, NULL},
        {"ya wlid l9a7ba, sker fommek.", MOD_REJECT, "insult"},
        {"ra7 ne2tlak ya kalb, bestanak barra.", MOD_REJECT, "threat"},
        {"الموت للمسلمين، كلهم إرهابيون.", MOD_REJECT, "racism"},
        {"رحلة الموت للمهاجرين عبر البحر المتوسط مستمرة.", MOD_PUBLISH, NULL},
        {"شعار \"الموت لليهود\" في المظاهرة مرفوض ويسيء للقضية الفلسطينية.", MOD_PUBLISH, NULL},
        {"نظرية أن اليهود يسيطرون على البنوك خرافة معادية للسامية.", MOD_PUBLISH, NULL},
        {"הטענה שהיהודים שולטים בבנקים היא עלילה אנטישמית ישנה שחייבים להפריך.", MOD_PUBLISH, NULL},
        {"הקריאות \"מוות לערבים\" ביציע הן בושה, וההתאחדות חייבת להעניש את הקבוצה.", MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
}

/* Split letters read again with the policy's words (tokenize.c,
 * mod__reread_split): a run that took the article before it ("acunt"), a
 * word cut short of the letters beside it ("ch" + "ink"), words spaced out
 * letter by letter as one ("השואההיאשקר").  Each is found by the lexicon
 * pattern named, in the split letters as written. */
static void test_split_letters_read_again(void **state)
{
    mod_engine *e = *state;
    static const struct {
        const char *text, *category, *pattern, *found;
    } k[] = {
        {"You are a c u n t", "insult", "cunt", "a c u n t"},
        {"you're such a r e t a r d", "insult", "such @art_en? @art_en? @weak_insult_en", "such a r e t a r d"},
        {"Honestly, our mayor is a p r i c k.", "insult", "prick", "a p r i c k"},
        {"ch.i.n.k", "racism", "chink", "ch.i.n.k"},
        {"Go home, ch.i.n.k.s", "racism", "chinks", "ch.i.n.k.s"},
        {"יא ב ן ז ו נ ה", "insult", "יא בן זונה", "יא ב ן ז ו נ ה"},
        {"ב ת ז ו נ ה", "insult", "זונה", "ב ת ז ו נ ה"},
        {"ה ש ו א ה ה י א ש ק ר", "antisemitism", "השואה היא שקר", "ה ש ו א ה ה י א ש ק ר"},
        {"א ר צ ח א ו ת ך", "threat", "ארצח אותך", "א ר צ ח א ו ת ך"},
        {"ك.س أ.م.ك", "insult", "كس امك", "ك.س أ.م.ك"},
        {"سأ ق ت ل ك", "threat", "سأقتلك", "سأ ق ت ل ك"},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        util_arena *a = util_arena_new();
        mod_input in = {.text = k[i].text, .ms_since_load = 30000};
        mod_decision d;
        assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
        bool found = false;
        for (size_t j = 0; j < d.n_matches; j++)
            found |= !d.matches[j].neutralized && strcmp(d.matches[j].category, k[i].category) == 0 &&
                     strcmp(d.matches[j].pattern, k[i].pattern) == 0 && strcmp(d.matches[j].found, k[i].found) == 0;
        if (d.action != MOD_REJECT || !found)
            fail_msg("\"%s\" -> %s/%s, want reject/%s by \"%s\" in \"%s\"", k[i].text, mod_action_name(d.action),
                     d.category ? d.category : "-", k[i].category, k[i].pattern, k[i].found);
        util_arena_free(a);
    }
    static const kase ok[] = {
        /* the second reading has its exceptions too */
        {"That leak is the first ch.i.n.k in the government's armour.", MOD_PUBLISH, NULL},
        {"Quel c o n c e r t hier soir !", MOD_PUBLISH, NULL},
        {"C'est t r è s bien écrit, b r a v o.", MOD_PUBLISH, NULL},
        {"Y a pas à dire, le p r o g r a m m e est chargé.", MOD_PUBLISH, NULL},
    };
    run_cases(e, ok, sizeof ok / sizeof *ok);
}

/* Character tricks read again for the policy (trick.c): each family is
 * refused, and the innocent writing beside it published. */
static void test_character_tricks(void **state)
{
    mod_engine *e = *state;
    static const kase k[] = {
        {"C'est un co**nn**ard, voilà.", MOD_REJECT, "insult"},
        {"Encore un c*o*n*n*a*r*d qui commente.", MOD_REJECT, "insult"},
        {"Franchement, l'auteur est un **con**nard fini.", MOD_REJECT, "insult"},
        {"Dirty **k**i**k**es.", MOD_REJECT, "antisemitism"},
        {"Quelle s#lope celle-là.", MOD_REJECT, "insult"},
        {"Allez vous faire enc_ler.", MOD_REJECT, "insult"},
        {"Je vais t'é/gor/ger.", MOD_REJECT, "threat"},
        {"Le 10 est un vrai en-cu-lé, il a lâché le match.", MOD_REJECT, "insult"},
        {"Quelle sa-lo-pe celle-là.", MOD_REJECT, "insult"},
        {"Quelle \xd1\x95 \xd0\xb0 l \xd0\xbe \xd1\x80 \xd0\xb5 !", MOD_REJECT, "insult"},
        {"You @$$h0l3.", MOD_REJECT, "insult"},
        {"T'es qu'un sale bougnoule.", MOD_REJECT, "racism"},
        {"salebougnoule", MOD_REJECT, "racism"},
        /* a word cut once: its join a word of the policy */
        {"Va te faire en-culer l'auteur.", MOD_REJECT, "insult"},
        {"Sale ju-if, rends l'argent.", MOD_REJECT, "antisemitism"},
        {"Quelle salo.pe, cette adjointe.", MOD_REJECT, "insult"},
        {"You absolute tw\xf0\x9f\x94\xa5" "at.", MOD_REJECT, "insult"},
        {"Quelle p\xe2\x82\xactasse, cette chroniqueuse.", MOD_REJECT, "insult"},
        {"I will st-ab you at the next meeting.", MOD_REJECT, "threat"},
        /* the one hyphen of a short word no cut reads, as a mask */
        {"Those sp-cs are ruining this town.", MOD_REJECT, "racism"},
        {"Quelle s-lope.", MOD_REJECT, "insult"},
        {"espècedeconnard tu comprends rien", MOD_REJECT, "insult"},
        {"iwillkillyou", MOD_REJECT, "threat"},
        /* the innocent writing beside them */
        {"Le **gras** et l'*italique* de Markdown, f*ck ma vie.", MOD_PUBLISH, NULL},
        {"En C# on écrit user_name ou #JeSuisCharlie, et mot#clé.", MOD_PUBLISH, NULL},
        {"Il roule à 50 km/h, et/ou le 12/05/2024.", MOD_PUBLISH, NULL},
        {"C'est-à-dire vis-à-vis du va-et-vient à Saint-Jean-de-Luz, c'est in-cro-ya-ble.", MOD_PUBLISH, NULL},
        {"A state-of-the-art, up-to-date deal on my-con-site.com/en-cu-le.", MOD_PUBLISH, NULL},
        {"\xd0\xaf \xd0\xb2 \xd1\x88\xd0\xbe\xd0\xba\xd0\xb5 \xd0\xb8 \xd1\x81 \xd0\xbd\xd0\xb8\xd0\xbc.", MOD_PUBLISH, NULL},
        {"My therapist and the therapists of Scunthorpe had cocktails.", MOD_PUBLISH, NULL},
        {"Un assassin, un analyste, Penistone et Cockermouth.", MOD_PUBLISH, NULL},
        {"L'anticonstitutionnellement, la connaissance, raconter une histoire quelconque.", MOD_PUBLISH, NULL},
        {"Montenegro is a beautiful country, undisputed and suspicious of nobody.", MOD_PUBLISH, NULL},
        {"Un argument convaincant et diabolique à la fois.", MOD_PUBLISH, NULL},
        {"Peut-être un e-mail du porte-parole, ou un arc-en-ciel à Bourg-en-Bresse.", MOD_PUBLISH, NULL},
        {"Un x-ray, un t-shirt, l'en-tête, la mi-temps, est-ce un co-op ? Vas-y, dis-le.", MOD_PUBLISH, NULL},
        {"Les U.S et M.Dupont, sur con.fr ou bit.ly, le 10\xe2\x82\xac du caf\xc3\xa9.", MOD_PUBLISH, NULL},
        {"Le ra-ton laveur du zoo \xf0\x9f\xa6\x9d et le con-cours de p\xc3\xa9tanque.", MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
}

static void test_defamation_held_never_rejected(void **state)
{
    mod_engine *e = *state;
    static const kase k[] = {
        {"Le maire Dupont est un escroc.", MOD_HOLD, "defamation"},
        {"Senator Blake took bribes.", MOD_HOLD, "defamation"},
        /* Hebrew and Arabic: an official said to steal or take bribes */
        {"ראש העיר גנב מיליונים מהקופה הציבורית.", MOD_HOLD, "defamation"},
        {"الوزير أحمد سعيد لص ومرتشي.", MOD_HOLD, "defamation"},
        {"Shakespeare's Shylock remains one of the most debated characters.", MOD_PUBLISH, NULL},
        {"13/50, do the math.", MOD_REJECT, "racism"},
        {"L'ancien maire a été condamné pour corruption, selon le tribunal, c'est un escroc.", MOD_PUBLISH, NULL},
        {"c'est un escroc", MOD_PUBLISH, NULL},   /* nobody named */
        {"Le proviseur Jean Morel a couvert les viols au lycée.", MOD_HOLD, "defamation"},
        {"Coach Tully fixed the matches for bookmakers.", MOD_HOLD, "defamation"},
        {"Le proviseur Jean Morel aurait couvert les viols, selon l'enquête.", MOD_PUBLISH, NULL},
        {"Coach Tully fixed the defence with two signings.", MOD_PUBLISH, NULL},
        {"Police chief Dunn beat a suspect to death, the court found.", MOD_PUBLISH, NULL},
        /* long comments (eval_probe_long.tsv): the crime in the second
         * paragraph; "say" in "I'll say it plainly" asserts, "people say"
         * reports */
        {"The piece on misconduct in Westminster is brave.\n\nI'll say it plainly: the MP Graham Whitcombe raped "
         "his former researcher in 2019, he is a rapist.", MOD_HOLD, "defamation"},
        {"People say the MP Graham Whitcombe is a rapist, I have no idea if it's true.", MOD_PUBLISH, NULL},
        {"The warehouse fire was no accident.\n\nThe owner, Terence Blakely, torched it himself for the insurance "
         "money.", MOD_HOLD, "defamation"},
        {"He torched his own car for the insurance, a court heard, and was jailed.", MOD_PUBLISH, NULL},
        {"الوزير فادي سليمان يغسل أموال تجارة المخدرات عبر شركات وهمية.", MOD_HOLD, "defamation"},
        {"الوزير متهم بأنه سرق ملايين، والقضاء سيقرر.", MOD_PUBLISH, NULL},   /* a hedge */
        /* the name in one sentence, the accusation in the next */
        {"Jean Dupont est maire depuis 2014. C'est un voleur.", MOD_HOLD, "defamation"},
        {"Cette réforme des retraites ? C'est une escroquerie.", MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
}

static void test_decision_explained(void **state)
{
    mod_engine *e = *state;
    util_arena *a = util_arena_new();
    mod_input in = {.text = "Espèce de c0nnard", .lang = "en", .ms_since_load = 30000};
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_REJECT);
    assert_string_equal(d.category, "insult");
    assert_non_null(strstr(d.message, "insults"));   /* English message */
    assert_string_equal(d.lang, "en");
    assert_true(d.n_matches >= 1);
    assert_string_equal(d.matches[0].found, "c0nnard");
    assert_true(d.n_reasons >= 2);
    char *js = mod_decision_to_json(&d, a);
    assert_non_null(strstr(js, "\"action\":\"reject\""));
    assert_non_null(strstr(js, "\"category\":\"insult\""));
    in.lang = NULL;   /* site language (fr) */
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_non_null(strstr(d.message, "insultes"));
    in.lang = "he";
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_non_null(strstr(d.message, "\xd7"));   /* Hebrew letters */
    util_arena_free(a);
}

static void test_json_round_trip(void **state)
{
    mod_engine *e = *state;
    char *js = mod_engine_policy_json(e);
    char err[512];
    mod_policy *p = mod_policy_parse(js, strlen(js), err, sizeof err);
    assert_non_null(p);
    char *js2 = mod_policy_to_json(p);
    assert_string_equal(js, js2);
    assert_int_equal(mod_policy_category_action(p, "insult"), MOD_REJECT);
    assert_int_equal(mod_policy_category_action(p, "defamation"), MOD_HOLD);
    assert_int_equal(mod_policy_category_action(p, "nope"), -1);
    assert_true(mod_policy_category_count(p) >= 6);
    assert_string_equal(mod_policy_category_name(p, 0), "antisemitism");
    /* save and load give the same text */
    char path[] = "/tmp/causerie-policy-XXXXXX";
    int fd = mkstemp(path);
    close(fd);
    assert_int_equal(mod_policy_save(p, path, err, sizeof err), MOD_OK);
    mod_policy *p2 = mod_policy_load(path, err, sizeof err);
    assert_non_null(p2);
    char *js3 = mod_policy_to_json(p2);
    assert_string_equal(js, js3);
    unlink(path);
    free(js);
    free(js2);
    free(js3);
    mod_policy_free(p);
    mod_policy_free(p2);
    mod_policy_free(NULL);
}

static void expect_error(const char *json, const char *needle)
{
    char err[512];
    mod_policy *p = mod_policy_parse(json, strlen(json), err, sizeof err);
    if (p != NULL) {
        mod_policy_free(p);
        fail_msg("accepted: %s", json);
    }
    if (strstr(err, needle) == NULL) fail_msg("error \"%s\" does not mention \"%s\"", err, needle);
    /* from a tree parsed by the caller (PUT /api/v1/admin/policy parses its
     * body once): the same message, byte for byte */
    json_t *root = json_loadb(json, strlen(json), JSON_REJECT_DUPLICATES, NULL);
    if (root) {
        char err2[512];
        assert_null(mod_policy_parse_json(root, err2, sizeof err2));
        assert_string_equal(err2, err);
    }
}

static void test_parse_json_tree(void **state)
{
    mod_engine *e = *state;
    char *js = mod_engine_policy_json(e);
    char err[512];
    json_t *root = json_loadb(js, strlen(js), JSON_REJECT_DUPLICATES, NULL);
    assert_non_null(root);
    mod_policy *p = mod_policy_parse_json(root, err, sizeof err);
    assert_non_null(p);
    assert_string_equal(err, "ok");
    char *js2 = mod_policy_to_json(p);
    assert_string_equal(js, js2);
    free(js);
    free(js2);
    mod_policy_free(p);
}

static void test_validation_errors(void **state)
{
    (void)state;
    expect_error("{", "not valid JSON");
    expect_error("[]", "must be a JSON object");
    expect_error("{\"version\":2,\"categories\":{}}", "version");
    expect_error("{\"categories\":{\"x\":{\"action\":\"ban\"}}}", "categories.x.action");
    expect_error("{\"categories\":{\"x\":{\"action\":\"reject\"}}}", "categories.x.message");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"acton\":1}}}", "categories.x.acton: unknown key");
    expect_error("{\"categories\":{\"Bad Name\":{\"action\":\"hold\"}}}", "categories.Bad Name");
    expect_error("{\"categories\":{\"spam\":{\"action\":\"hold\"}}}", "\"spam\" is the spam filter's");
    expect_error("{\"categories\":{\"\":{\"action\":\"hold\"}}}", "a category name is [a-z_]");
    expect_error("{\"categories\":{\"__proto__\":{\"action\":\"hold\"}}}",
                 "categories.__proto__: \"__proto__\" is reserved");
    expect_error("{\"categories\":{\"constructor\":{\"action\":\"hold\"}}}",
                 "categories.constructor: \"constructor\" is reserved");
    expect_error("{\"categories\":{\"prototype\":{\"action\":\"hold\"}}}", "is reserved");
    expect_error("{\"sets\":{\"__proto__\":[\"a\"]},\"categories\":{}}", "sets.__proto__: \"__proto__\" is reserved");
    expect_error("{\"sets\":{\"constructor\":[\"a\"]},\"categories\":{}}", "is reserved");
    expect_error("{\"description\":[[[1]]],\"categories\":{}}", "description: must be a string");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"terms\":[\"@nope\"]}}}}}",
                 "unknown set @nope");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"terms\":[\"ab*\"]}}}}}",
                 "at least 3 letters");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"terms\":[\"... a\"]}}}}}",
                 "cannot start or end");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"terms\":[\"a ...13 b\"]}}}}}",
                 "N from 1 to 12");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"terms\":[\"a ...4x b\"]}}}}}",
                 "N from 1 to 12");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"French\":{}}}}}", "language code");
    expect_error("{\"sets\":{\"s\":[\"two words\"]},\"categories\":{}}", "sets.s[0]");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"terms\":[7]}}}}}",
                 "terms[0]");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"whole\":[7]}}}}}",
                 "whole[0]");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"whole\":\"idiot\"}}}}}",
                 "whole: must be an array");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"whole\":[\"@nope\"]}}}}}",
                 "unknown set @nope");
    expect_error("{\"categories\":{},\"context\":{\"counter\":\"x\"}}", "context.counter");
    /* session 19's context.replies: read as the other context lists are */
    expect_error("{\"categories\":{},\"context\":{\"replies\":\"signale\"}}", "context.replies");
    expect_error("{\"categories\":{},\"context\":{\"replies\":[7]}}", "context.replies[0]");
    expect_error("{\"categories\":{},\"context\":{\"replies\":[\"two words\"]}}", "context.replies[0]");
    expect_error("{\"categories\":{},\"context\":{\"reply\":[\"x\"]}}", "context.reply: unknown key");
    /* session 21's lexicon role "endorsements": read as the other lists are */
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"endorsements\":\"je valide\"}}}}}",
                 "endorsements: must be an array");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"endorsements\":[{}]}}}}}",
                 "endorsements[0]: must be a pattern string");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"endorsements\":[\"\"]}}}}}",
                 "endorsements[0]: must be a pattern string of 1-300 bytes");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"endorsements\":[\"@nope\"]}}}}}",
                 "endorsements[0] \"@nope\": unknown set @nope");
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"endorsement\":[\"a\"]}}}}}",
                 "lexicon.fr.endorsement: unknown key");
    {   /* a pattern of 301 bytes: refused, naming the list and the limit */
        char big[512];
        int n = snprintf(big, sizeof big,
                         "{\"categories\":{\"x\":{\"action\":\"hold\",\"lexicon\":{\"fr\":{\"endorsements\":[\"");
        memset(big + n, 'a', 301);
        snprintf(big + n + 301, sizeof big - (size_t)n - 301, "\"]}}}}}");
        expect_error(big, "endorsements[0]: must be a pattern string of 1-300 bytes");
    }
    expect_error("{\"categories\":{\"a\":{\"action\":\"hold\"}},\"categories\":{}}", "JSON");
}

/* PUT of a new policy while other threads decide: the new policy applies
 * at once and a bad one changes nothing. */
static void test_put_policy(void **state)
{
    mod_engine *e = *state;
    char *old = mod_engine_policy_json(e);
    const char *custom =
        "{\"version\":1,\"default_lang\":\"fr\",\"sets\":{\"fruit\":[\"pomme*\",\"poire\"]},"
        "\"categories\":{\"custom\":{\"action\":\"reject\",\"message\":{\"fr\":\"Pas de fruits.\"},"
        "\"lexicon\":{\"fr\":{\"terms\":[\"mange? une? @fruit\"],\"exceptions\":[\"poire belle helene\"]}}}}}";
    char err[512];
    assert_int_equal(mod_engine_put_policy_json(e, custom, strlen(custom), NULL, err, sizeof err), MOD_OK);
    const char *cat;
    assert_int_equal(mt_decide(e, "Il mange une pommes", &cat), MOD_REJECT);
    assert_string_equal(cat, "custom");
    assert_int_equal(mt_decide(e, "Une poire", &cat), MOD_REJECT);
    assert_int_equal(mt_decide(e, "Une poire belle Hélène", &cat), MOD_PUBLISH);
    assert_int_equal(mt_decide(e, "Espèce de connard", &cat), MOD_PUBLISH);   /* old lexicon gone */
    assert_int_equal(mod_engine_put_policy_json(e, "{\"categories\":7}", 16, NULL, err, sizeof err), MOD_EINVAL);
    assert_int_equal(mt_decide(e, "Une poire", &cat), MOD_REJECT);            /* unchanged */
    assert_int_equal(mod_engine_put_policy_json(e, old, strlen(old), NULL, err, sizeof err), MOD_OK);
    assert_int_equal(mt_decide(e, "Espèce de connard", &cat), MOD_REJECT);
    free(old);
}

/* Matcher features on a small policy of our own (independent of the shipped
 * lexicons): an exception cancels every hit it overlaps, however many
 * patterns found the same words; a "..." gap runs on past a question mark
 * but not past a full stop; "(((" is a word inside the triple-parenthesis
 * echo, not in a formula; a "whole" pattern counts only when it is the
 * whole comment. */
static void test_matcher_features(void **state)
{
    (void)state;
    static const char pol[] =
        "{\"version\":1,\"sets\":{\"kill\":[\"tuer\",\"pendre\"],\"obj\":[\"le\",\"les\"]},"
        "\"categories\":{\"threat\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"fr\":{\"terms\":[\"faut @obj @kill\",\"il faut @obj @kill\",\"faut les pendre\"],"
        "\"contextual\":[\"chambres a gaz ... arnaque\",\"(((\",\"roms ...6 voleurs\"],"
        "\"exceptions\":[\"faut les pendre au\"],\"whole\":[\"crapaud\",\"gros? crapaud baveux?\"]}}}}}";
    mod_engine *e = engine_with(pol);
    static const kase k[] = {
        {"Il faut les pendre.", MOD_REJECT, "threat"},
        {"Il faut les pendre au mur du salon, ces tableaux.", MOD_PUBLISH, NULL},
        {"Les chambres à gaz ? Une arnaque.", MOD_REJECT, "threat"},
        {"Les chambres à gaz. Une arnaque, ce musée trop cher.", MOD_PUBLISH, NULL},
        {"Encore (((eux))) derrière tout ça.", MOD_REJECT, "threat"},
        {"Encore ((( eux ))) derrière tout ça.", MOD_REJECT, "threat"},
        {"Regardez qui possède la presse : (((the usual suspects))).", MOD_REJECT, "threat"},
        {"Le calcul (((a + b) * c) - d) est faux.", MOD_PUBLISH, NULL},
        {"Une parenthèse (comme ceci) suffit.", MOD_PUBLISH, NULL},
        {"Les Roms de ce campement sont tous des voleurs.", MOD_REJECT, "threat"},   /* ...6 */
        {"Les Roms de ce campement très ancien au bord du fleuve ont vu des voleurs.", MOD_PUBLISH, NULL},
        /* "whole": only a match that covers every token of the comment,
           or its whole first sentence closed by '.' or '!' (session 19) */
        {"Crapaud !", MOD_REJECT, "threat"},
        {"« Gros crapaud baveux. »", MOD_REJECT, "threat"},
        {"Un crapaud dans la mare.", MOD_PUBLISH, NULL},
        {"Crapaud ! Crapaud !", MOD_REJECT, "threat"},
        {"Crapaud ? Non, une grenouille.", MOD_PUBLISH, NULL},
        {"Un crapaud, oui. Crapaud !", MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
    mod_engine_free(e);
}

/* "[name]" (session 20), on a small policy of our own: a capitalised
 * Latin word that is no word of context.not_names, not all capitals, not
 * masked; first in its sentence only when no word of the policy; a
 * pattern that starts with it needs a plain word after it. */
static void test_name_element(void **state)
{
    (void)state;
    static const char pol[] =
        "{\"version\":1,\"context\":{\"not_names\":[\"lundi\",\"le\",\"monsieur\"]},"
        "\"sets\":{\"kill\":[\"tuer\",\"kill\"]},"
        "\"categories\":{\"threat\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"fr\":{\"terms\":[\"je vais @kill [name]\",\"[name] doit mourir\","
        "\"un couteau pour [name] [name]?\"],\"exceptions\":[\"tuer [name] aux echecs\"],"
        "\"whole\":[\"mort a [name]\"]}}}}}";
    mod_engine *e = engine_with(pol);
    static const kase k[] = {
        {"Je vais tuer Vernier si elle est élue.", MOD_REJECT, "threat"},
        {"je vais tuer vernier", MOD_PUBLISH, NULL},              /* no capital: no name */
        {"Je vais tuer VERNIER", MOD_PUBLISH, NULL},              /* all capitals: an acronym */
        {"Je vais tuer Le temps qui passe", MOD_PUBLISH, NULL},   /* a word of not_names */
        {"Je vais tuer Monsieur Vernier", MOD_PUBLISH, NULL},
        {"Je vais tuer V*rnier", MOD_PUBLISH, NULL},              /* masked */
        {"Je vais tuer Vernier aux échecs ce soir.", MOD_PUBLISH, NULL},   /* an exception */
        {"Vernier doit mourir.", MOD_REJECT, "threat"},          /* first, no word of the policy */
        {"Alors, Vernier doit mourir ?", MOD_REJECT, "threat"},
        {"Tuer doit mourir.", MOD_PUBLISH, NULL},                /* first, a word of the policy */
        {"Un couteau pour Lundi.", MOD_PUBLISH, NULL},
        {"Un couteau pour Jean Benali.", MOD_REJECT, "threat"},
        {"Mort à Dambreville.", MOD_REJECT, "threat"},            /* whole */
        {"Mort à Dambreville ! Qu'on en finisse.", MOD_REJECT, "threat"},   /* an opener */
        {"Il est mort à Dambreville en 1998.", MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
    mod_engine_free(e);
    expect_error("{\"version\":1,\"categories\":{\"threat\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
                 "\"lexicon\":{\"fr\":{\"terms\":[\"[name] [name]\"]}}}}}",
                 "needs a plain word after it");
    /* each is tried at every capitalised word: counted with the suffix
     * starts, at most 5 000 */
    util_buf b = {0};
    util_buf_puts(&b, "{\"version\":1,\"categories\":{\"threat\":{\"action\":\"reject\","
                      "\"message\":{\"en\":\"no\"},\"lexicon\":{\"fr\":{\"terms\":[");
    for (int i = 0; i < 5001; i++) util_buf_printf(&b, "%s\"[name] doit w%d\"", i ? "," : "", i);
    util_buf_puts(&b, "]}}}}}");
    util_buf_putc(&b, '\0');
    expect_error(b.data, "\"[name]\"");
    util_buf_free(&b);
}

/* Context added in session 3, on a small policy of our own: "hedges"
 * neutralize a needs_target category only (an accusation reported,
 * conditional or judged, not stated as fact), never a reject category; a
 * contextual pattern quoted in a sentence with a meta word is a mention
 * ("traité de « sale X »"), unquoted it still counts; an unknown context key
 * is refused.  Session 21: a hedge word that is a title, of the person
 * named right after it, is no hedge ("La juge Ferrand a détourné…"), nor a negated one;
 * a counter word is negated up to three words after a negator, and one in
 * quotes is no counter word (a label the writer rejects); an endorsement
 * of the category ("Il a pas tort.") makes its quoted matches count. */
static void test_hedges_and_quoted_contextual(void **state)
{
    (void)state;
    static const char pol[] =
        "{\"version\":1,\"context\":{\"hedges\":[\"aurait\",\"allegedly\",\"selon\",\"juge\"],"
        "\"meta\":[\"traite\"],\"titles\":[\"maire\",\"juge\"],\"counter\":[\"cliche\"],\"negators\":[\"pas\"]},"
        "\"categories\":{"
        "\"racism\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"fr\":{\"contextual\":[\"sale poire\",\"selon ... poire\"],"
        "\"endorsements\":[\"il a pas tort\"]}}},"
        "\"defamation\":{\"action\":\"hold\",\"needs_target\":true,\"message\":{\"en\":\"held\"},"
        "\"lexicon\":{\"fr\":{\"contextual\":[\"a detourne les fonds\"]},"
        "\"en\":{\"contextual\":[\"took bribes\"]}}}}}";
    mod_engine *e = engine_with(pol);
    static const kase k[] = {
        {"Le maire Dupont a détourné les fonds.", MOD_HOLD, "defamation"},
        {"Le maire Dupont aurait détourné les fonds.", MOD_PUBLISH, NULL},
        {"Selon Le Monde, le maire Dupont a détourné les fonds.", MOD_PUBLISH, NULL},
        {"Le maire Dupont a détourné les fonds. Selon moi c'est grave.", MOD_HOLD, "defamation"},
        {"Senator Blake allegedly took bribes.", MOD_PUBLISH, NULL},
        {"Senator Blake took bribes.", MOD_HOLD, "defamation"},
        {"Selon lui, c'est une sale poire.", MOD_REJECT, "racism"},   /* hedges: needs_target only */
        {"On l'a traité de « sale poire » au marché.", MOD_PUBLISH, NULL},
        {"On l'a traité de sale poire au marché.", MOD_REJECT, "racism"},
        {"« Sale poire », voilà ce qu'il a dit.", MOD_REJECT, "racism"},   /* quoted, no meta word */
        {"Le juge a dit que Dupont a détourné les fonds.", MOD_PUBLISH, NULL},
        {"La juge Ferrand a détourné les fonds.", MOD_HOLD, "defamation"},     /* a title, no hedge */
        {"Pas besoin de juge : Dupont a détourné les fonds.", MOD_HOLD, "defamation"},   /* negated */
        {"Sale poire, quel cliché.", MOD_PUBLISH, NULL},
        {"Sale poire, c'est pas du cliché.", MOD_REJECT, "racism"},
        {"Sale poire, ce n'est pas un cliché.", MOD_REJECT, "racism"},   /* "pas" three words before */
        {"Sale poire, « cliché » mon œil.", MOD_REJECT, "racism"},        /* a counter word in quotes */
        {"On l'a traité de « sale poire » au marché. Il a pas tort.", MOD_REJECT, "racism"},   /* endorsed */
        {"On l'a traité de « sale poire » au marché. Il a tort.", MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
    /* the explanation names the word that made the rule apply */
    static const struct {
        const char *text, *why;
    } w[] = {
        {"Selon Le Monde, le maire Dupont a détourné les fonds.", "reported, hedged or conditional (\"Selon\")"},
        {"Senator Blake allegedly took bribes.", "reported, hedged or conditional (\"allegedly\")"},
        {"Sale poire, quel CLICHÉ.", "the sentence discusses or condemns it (\"CLICHÉ\")"},
        {"On l'a traité de « sale poire » au marché.", "quoted as a mention, not used"},
    };
    for (size_t i = 0; i < sizeof w / sizeof *w; i++) {
        util_arena *a = util_arena_new();
        mod_input in = {.text = w[i].text, .ms_since_load = 30000};
        mod_decision d;
        mod_decide(e, &in, a, &d);
        assert_int_equal(d.n_matches, 1);
        assert_true(d.matches[0].neutralized);
        assert_string_equal(d.matches[0].why, w[i].why);
        bool in_reasons = false;
        for (size_t r = 0; r < d.n_reasons; r++) in_reasons |= strstr(d.reasons[r], w[i].why) != NULL;
        assert_true(in_reasons);
        util_arena_free(a);
    }
    mod_engine_free(e);
    expect_error("{\"version\":1,\"context\":{\"hedge\":[\"x\"]},\"categories\":{}}", "context.hedge: unknown key");
}

/* Session 22: context.targeted_counter — the counter words that excuse a
 * needs_target category (defamation); the other counter words excuse the
 * others only ("memorial" says nothing about an accusation).  Without the
 * list every counter word excuses every contextual match, as before.
 * context.refers_back: the sentence right after a match, opened by one of
 * its words ("That's a myth."), gives its counter words.
 * context.hedges_before: hedge words that hedge only before the match. */
static void test_targeted_counter(void **state)
{
    (void)state;
    static const char cats[] =
        "\"categories\":{"
        "\"racism\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"en\":{\"contextual\":[\"filthy pears\"]}}},"
        "\"defamation\":{\"action\":\"hold\",\"needs_target\":true,\"message\":{\"en\":\"held\"},"
        "\"lexicon\":{\"en\":{\"contextual\":[\"rigged the\"]}}}}}";
    char pol[1024];
    snprintf(pol, sizeof pol,
             "{\"version\":1,\"default_lang\":\"en\",\"context\":{\"counter\":[\"memorial\",\"defamation\",\"myth\"],"
             "\"targeted_counter\":[\"defamation\",\"rumour*\"],\"refers_back\":[\"that\",\"it\"],"
             "\"negators\":[\"not\"],\"hedges_before\":[\"trial\"]},%s",
             cats);
    mod_engine *e = engine_with(pol);
    static const kase k[] = {
        {"Mayor Phillips rigged the memorial contract.", MOD_HOLD, "defamation"},
        {"Saying Mayor Phillips rigged the vote is defamation.", MOD_PUBLISH, NULL},
        {"The rumours that Mayor Phillips rigged the vote are false.", MOD_PUBLISH, NULL},
        {"Filthy pears, all of them, near the memorial.", MOD_PUBLISH, NULL},   /* not targeted: counter as before */
        {"Filthy pears, all of them.", MOD_REJECT, "racism"},
        /* refers_back: the next sentence opened by "That" rebuts this one */
        {"Filthy pears, all of them. That's a myth.", MOD_PUBLISH, NULL},
        {"Filthy pears, all of them. It is an old myth.", MOD_PUBLISH, NULL},
        {"Filthy pears, all of them. That is not a myth.", MOD_REJECT, "racism"},
        {"Filthy pears, all of them. Look at that myth.", MOD_REJECT, "racism"},   /* not its first word */
        {"Filthy pears, all of them. Great. That's a myth.", MOD_REJECT, "racism"},   /* not the next sentence */
        /* hedges_before: a court's noun hedges only before the accusation */
        {"At the trial, Mayor Phillips rigged the vote.", MOD_PUBLISH, NULL},
        {"Mayor Phillips rigged the vote before the trial.", MOD_HOLD, "defamation"},
    };
    run_cases(e, k, sizeof k / sizeof *k);
    mod_engine_free(e);
    snprintf(pol, sizeof pol,
             "{\"version\":1,\"default_lang\":\"en\",\"context\":{\"counter\":[\"memorial\",\"defamation\"]},%s",
             cats);
    e = engine_with(pol);
    static const kase old[] = {
        {"Mayor Phillips rigged the memorial contract.", MOD_PUBLISH, NULL},   /* no list: every counter word */
        {"Mayor Phillips rigged the vote.", MOD_HOLD, "defamation"},
    };
    run_cases(e, old, sizeof old / sizeof *old);
    mod_engine_free(e);
    expect_error("{\"version\":1,\"context\":{\"targeted_counter\":\"x\"},\"categories\":{}}",
                 "context.targeted_counter");
    /* the other lists of session 22 are refused the same way when malformed */
    expect_error("{\"version\":1,\"context\":{\"refers_back\":[7]},\"categories\":{}}", "context.refers_back");
    expect_error("{\"version\":1,\"context\":{\"hedges_before\":{\"a\":1}},\"categories\":{}}",
                 "context.hedges_before");
    expect_error("{\"version\":1,\"context\":{\"hedges_before\":[\"\"]},\"categories\":{}}",
                 "context.hedges_before");
    expect_error("{\"version\":1,\"context\":{\"refer_back\":[\"that\"]},\"categories\":{}}",
                 "context.refer_back: unknown key");
}

/* Hebrew and Arabic write the conjunction, the preposition and the article
 * as part of the word, and a plural ending on it: a lexicon word matches
 * with them ("לזונה", "שהמניאק", "מניאקים", "וזונות", "والكلب", "للكلب"),
 * a word that merely begins with a prefix letter does not ("בכלבו", a
 * department store; "כלבו" is not "כלב"), nor one the grammar does not
 * split ("להחזיר", to give back, is not "ל" + "ה" + "חזיר", a pig;
 * "كانت", was, is not "ك" + "انت", you; "عربات", carts, is not "عرب" +
 * "ات", the ending leaving three letters).  A word that lost "and" opens
 * a match but does not continue one ("العرب والحيوانات": Arabs and
 * animals). */
static void test_hebrew_arabic_clitics(void **state)
{
    (void)state;
    static const char pol[] =
        "{\"version\":1,\"sets\":{\"dehum\":[\"زبالة\",\"حيوانات\"]},"
        "\"context\":{\"meta\":[\"קריאה\"]},"
        "\"categories\":{\"insult\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"he\":{\"terms\":[\"זונה\",\"מניאק\",\"כלב\",\"חזיר\",\"אתה מטומטם\"]},"
        "\"ar\":{\"terms\":[\"كلب\",\"انت تافه\",\"عرب @dehum\"]}}}}}";
    mod_engine *e = engine_with(pol);
    static const kase k[] = {
        {"לזונה הזאת אין שום בושה.", MOD_REJECT, "insult"},
        {"שהמניאק הזה ילך הביתה כבר.", MOD_REJECT, "insult"},
        {"מהמניאק הזה לא שמעתי מילה טובה.", MOD_REJECT, "insult"},
        {"מניאקים כולכם.", MOD_REJECT, "insult"},
        {"וזונות כמוך הורסות את האתר.", MOD_REJECT, "insult"},
        {"וכשאתה מטומטם כזה, עדיף לשתוק.", MOD_REJECT, "insult"},
        {"והכלללללב הזה שוב כתב.", MOD_REJECT, "insult"},   /* stretched letters too */
        {"קניתי מעיל בכלבו שליד התחנה.", MOD_PUBLISH, NULL},
        {"צריך להחזיר את כולם הביתה.", MOD_PUBLISH, NULL},
        {"والكلب اللي كتب المقال ما يعرف شيء.", MOD_REJECT, "insult"},
        {"للكلب اللي فوق: اقرأ المقال.", MOD_REJECT, "insult"},
        {"وبالكلب نبدأ.", MOD_REJECT, "insult"},
        {"وانت تافه مثله.", MOD_REJECT, "insult"},
        {"والعرب زبالة.", MOD_REJECT, "insult"},
        {"العرب حيوانات.", MOD_REJECT, "insult"},
        /* "and" opens a match, never continues one: "X and Y" is not "X is Y" */
        {"حقوق العرب والحيوانات في المدينة.", MOD_PUBLISH, NULL},
        {"لا يوجد بلد كلبنان في جماله.", MOD_PUBLISH, NULL},
        {"المباراة كانت تافه جدا.", MOD_PUBLISH, NULL},
        {"عربات زبالة البلدية لم تأت.", MOD_PUBLISH, NULL},
        /* a stem is a context word too: "הקריאות" (the chants) is "קריאה" */
        {"הקריאות \"זונה\" נשמעו ביציע.", MOD_PUBLISH, NULL},
        {"\"זונה\" נשמע ביציע.", MOD_REJECT, "insult"},
    };
    run_cases(e, k, sizeof k / sizeof *k);
    mod_engine_free(e);
}

/* Session 14: a ";" joins its two clauses for the counter words (a claim
 * refuted in the next clause, or after it, as after a question), and for
 * the "..." gaps of a category marked gaps_cross_semicolons only (the
 * default policy's threats: an address, then the visit); a full stop still
 * parts them, a counter word negated does not excuse, and the gaps of the
 * other categories stop at a ";" as before.  The flag is a boolean. */
static void test_semicolon_clauses(void **state)
{
    (void)state;
    static const char pol[] =
        "{\"version\":1,\"context\":{\"counter\":[\"mythe\",\"conspiracy\"],\"negators\":[\"pas\",\"not\"]},"
        "\"categories\":{"
        "\"antisemitism\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"fr\":{\"contextual\":[\"juifs controlent ...3 medias\",\"six millions ...12 chiffre\"]},"
        "\"en\":{\"contextual\":[\"jews control ...3 banks\"]}}},"
        "\"threat\":{\"action\":\"reject\",\"gaps_cross_semicolons\":true,\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"en\":{\"terms\":[\"road ...12 pay her a visit\"]}}}}}";
    mod_engine *e = engine_with(pol);
    static const kase k[] = {
        {"She lives at 14 Elm Road, we'll pay her a visit tonight.", MOD_REJECT, "threat"},
        {"She lives at 14 Elm Road; we'll pay her a visit tonight.", MOD_REJECT, "threat"},
        {"She lives at 14 Elm Road. We'll pay her a visit tonight.", MOD_PUBLISH, NULL},
        {"I'm not saying Jews control the banks; that conspiracy theory is poison.", MOD_PUBLISH, NULL},
        {"That conspiracy theory is poison; no, Jews control no banks.", MOD_PUBLISH, NULL},
        {"Jews control the banks. That conspiracy theory is poison, they say.", MOD_REJECT, "antisemitism"},
        {"Les juifs contrôlent les médias ; c'est un mythe.", MOD_PUBLISH, NULL},
        {"Les juifs contrôlent les médias ; ce n'est pas un mythe.", MOD_REJECT, "antisemitism"},
        /* antisemitism's gaps stop at a ";" */
        {"Six millions de voyageurs, le chiffre est rond.", MOD_REJECT, "antisemitism"},
        {"Six millions de voyageurs ; le chiffre est rond.", MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
    mod_engine_free(e);
    expect_error("{\"categories\":{\"x\":{\"action\":\"hold\",\"gaps_cross_semicolons\":1}}}",
                 "categories.x.gaps_cross_semicolons: must be true or false");
}

/* Decides text as a post in lang. */
static mod_action decide_lang(mod_engine *e, const char *text, const char *lang, const char **category)
{
    util_arena *a = util_arena_new();
    mod_input in = {.text = text, .lang = lang, .ms_since_load = 30000};
    mod_decision d;
    mod_decide(e, &in, a, &d);
    static __thread char cat[64];
    snprintf(cat, sizeof cat, "%s", d.category ? d.category : "");
    *category = cat;
    util_arena_free(a);
    return d.action;
}

/* Session 14: a masked word two categories read as two words ("c*n": the
 * French insult "con" and the English slur "coon") takes the reading of
 * the comment's language; a masked word one language reads stays its,
 * and two readings of one language are left to the categories' order. */
static void test_masked_readings(void **state)
{
    (void)state;
    static const char pol[] =
        "{\"version\":1,\"sets\":{\"cue\":[\"vieux\",\"quel\"]},\"categories\":{"
        "\"racism\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"en\":{\"terms\":[\"coon\"]}}},"
        "\"insult\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"fr\":{\"terms\":[\"@cue con\"]},\"en\":{\"terms\":[\"you clown\"]}}}}}";
    mod_engine *e = engine_with(pol);
    static const struct {
        const char *text, *lang;
        mod_action action;
        const char *category;
    } k[] = {
        {"Vieux c*n, dégage.", "fr", MOD_REJECT, "insult"},
        {"Quel c*n ce mec.", "fr", MOD_REJECT, "insult"},
        /* one letter a star reads "con", a word of the policy: the star
         * stands for no more letters, in any language (session 22) */
        {"Vieux c*n, dégage.", "en", MOD_REJECT, "insult"},
        {"Regarde ce c*n.", "fr", MOD_PUBLISH, ""},   /* not "coon"; no pattern for "ce con" here */
        {"Vieux c*n, dégage.", NULL, MOD_REJECT, "insult"},   /* the engine's language: fr */
        {"Look at that c**n.", "en", MOD_REJECT, "racism"},
        {"Regarde ce c**n.", "fr", MOD_REJECT, "racism"},     /* no French reading */
        {"you c**n", "en", MOD_REJECT, "racism"},             /* "clown" and "coon", both English */
        {"Vieux con, dégage.", "en", MOD_REJECT, "insult"},   /* no mask, no question */
        {"Vieux coon", "fr", MOD_REJECT, "racism"},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        const char *cat;
        mod_action a = decide_lang(e, k[i].text, k[i].lang, &cat);
        if (a != k[i].action || strcmp(cat, k[i].category) != 0)
            fail_msg("\"%s\" (%s) -> %s/%s, want %s/%s", k[i].text, k[i].lang ? k[i].lang : "-",
                     mod_action_name(a), cat, mod_action_name(k[i].action), k[i].category);
    }
    mod_engine_free(e);
}

/* The matcher's per-comment block (policy.c, match_doc: the tokens' keys
 * and memos) sits on the stack up to 8 KB and on the heap beyond: a
 * short comment's worth of tokens with the shipped policy (17 in session
 * 15 before the needed sets changed the block), more with a small one or
 * a masked word (no variants' memo).  A long phrase is found, and a comment one
 * word short of it is not, at every length from a few tokens to a
 * thousand, with and without a masked word; the sanitizer build checks
 * the heap block is freed whether or not a pattern is a candidate. */
static void test_long_comments(void **state)
{
    static const char pol[] =
        "{\"version\":1,\"sets\":{\"kill\":[\"tuer\",\"pendre\"]},"
        "\"categories\":{\"threat\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"fr\":{\"terms\":[\"il faut @kill ces gens la tout de suite sans attendre "
        "et sans proces\"]}}}}}";
    mod_engine *e = engine_with(pol);
    static const char phrase[] = "Il faut pendre ces gens là tout de suite sans attendre et sans procès. ";
    static const char short_of[] = "Il faut pendre ces gens là tout de suite sans attendre et procès. ";
    static const char *const fillers[] = {"Le conseil a voté le budget du port. ",
                                          "Quel c*n ce budget du port. "};   /* a masked word */
    for (size_t f = 0; f < 2; f++) {
        for (int k = 0; k <= 140; k += k < 12 ? 1 : 16) {
            for (int miss = 0; miss < 2; miss++) {
                util_buf b = {0};
                for (int i = 0; i < k; i++) util_buf_puts(&b, fillers[f]);
                util_buf_puts(&b, miss ? short_of : phrase);
                for (int i = 0; i < k / 2; i++) util_buf_puts(&b, fillers[f]);
                const char *cat;
                mod_action a = mt_decide(e, b.data, &cat);
                if (a != (miss ? MOD_PUBLISH : MOD_REJECT))
                    fail_msg("%d fillers %s, %s: %s", k, f ? "masked" : "plain", miss ? "short" : "phrase",
                             mod_action_name(a));
                util_buf_free(&b);
            }
        }
    }
    mod_engine_free(e);
    /* the shipped policy: a long legitimate comment is published, the
     * same with an insult at its end rejected */
    mod_engine *shipped = *state;
    util_buf b = {0};
    for (int i = 0; i < 60; i++) util_buf_puts(&b, "Le conseil municipal a enfin voté le budget du port. ");
    const char *cat;
    assert_int_equal(mt_decide(shipped, b.data, &cat), MOD_PUBLISH);
    util_buf_puts(&b, "Espèce de connard.");
    assert_int_equal(mt_decide(shipped, b.data, &cat), MOD_REJECT);
    assert_string_equal(cat, "insult");
    util_buf_free(&b);
}

/* Session 15: a pattern's later set words rule it out in a comment none
 * of whose words is a member (need_set), and a set with a wildcard member
 * is never so ruled out; each way a word is a member still matches: its
 * key squeezed ("tuuuer"), its leetspeak form ("p3ndre"), a Hebrew or
 * Arabic stem ("والكلب"), a word read twice in one comment, a masked
 * comment (no pruning at all), and a set word first in one pattern and
 * later in another. */
static void test_needed_sets(void **state)
{
    (void)state;
    static const char pol[] =
        "{\"version\":1,\"sets\":{\"kill\":[\"tuer\",\"pendre\"],\"obj\":[\"le\",\"les\"],"
        "\"fruit\":[\"pomm*\",\"*ette\",\"poire\"],\"dog\":[\"كلب\",\"כלב\"]},"
        "\"categories\":{\"threat\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"fr\":{\"terms\":[\"faut @obj @kill\",\"@kill @obj ...2 @obj\"]},"
        "\"ar\":{\"terms\":[\"انت @dog\"]},\"he\":{\"terms\":[\"אתה @dog\"]}}},"
        "\"insult\":{\"action\":\"hold\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"fr\":{\"terms\":[\"mange @obj? @fruit\"]}}}}}";
    mod_engine *e = engine_with(pol);
    static const kase k[] = {
        {"Il faut les pendre.", MOD_REJECT, "threat"},
        {"Il faut le tuuuer.", MOD_REJECT, "threat"},
        {"Il faut les p3ndre.", MOD_REJECT, "threat"},
        {"Il faut les laisser partir.", MOD_PUBLISH, NULL},
        {"Le faut, le match, le stade.", MOD_PUBLISH, NULL},
        {"Tuer le temps, puis le reste.", MOD_REJECT, "threat"},
        {"Il faut l*s tuer.", MOD_REJECT, "threat"},
        {"Il mange les pommes.", MOD_HOLD, "insult"},
        {"Il mange une galette.", MOD_PUBLISH, NULL},   /* "une" is no @obj */
        {"Il mange la galette.", MOD_PUBLISH, NULL},
        {"Il mange galette.", MOD_HOLD, "insult"},
        {"Il mange les poires.", MOD_PUBLISH, NULL},
        {"Il mange poire.", MOD_HOLD, "insult"},
        {"وانت والكلب اللي كتب.", MOD_PUBLISH, NULL},   /* "and" never continues a match */
        {"انت الكلب.", MOD_REJECT, "threat"},
        {"אתה הכלב.", MOD_REJECT, "threat"},
        {"אתה חתול.", MOD_PUBLISH, NULL},
    };
    run_cases(e, k, sizeof k / sizeof *k);
    mod_engine_free(e);
}

/* An exception strictly inside a gapless "terms" match leaves it standing
 * (the match says more: "t'es une truie" is no farm's sow); one inside a
 * contextual match or a match with a gap still cancels it (the negations
 * written as exceptions); one of the same span, or overlapping an end,
 * cancels as before. */
static void test_exception_inside_match(void **state)
{
    (void)state;
    static const char pol[] =
        "{\"version\":1,\"sets\":{\"pig\":[\"truie\",\"porc\"],\"grp\":[\"roms\",\"gitans\"]},"
        "\"categories\":{\"insult\":{\"action\":\"reject\",\"message\":{\"en\":\"no\"},"
        "\"lexicon\":{\"fr\":{\"terms\":[\"t es une @pig\",\"une @pig\",\"@grp ... sont voleurs\"],"
        "\"contextual\":[\"ces @grp sont pas voleurs\"],"
        "\"exceptions\":[\"une truie\",\"pas voleurs\",\"une truie de\"]}}}}}";
    mod_engine *e = engine_with(pol);
    static const kase k[] = {
        {"T'es une truie.", MOD_REJECT, "insult"},
        {"Une truie a mis bas douze porcelets.", MOD_PUBLISH, NULL},          /* the same span */
        {"T'es une truie de concours, ma belle Rosalie.", MOD_PUBLISH, NULL}, /* past the match's end */
        {"Une porc ?", MOD_REJECT, "insult"},
        {"Les Roms ne sont pas voleurs.", MOD_PUBLISH, NULL},                 /* a gap: cancelled */
        {"Ces Roms sont pas voleurs.", MOD_PUBLISH, NULL},                    /* contextual: cancelled */
    };
    run_cases(e, k, sizeof k / sizeof *k);
    mod_engine_free(e);
}

static int setup(void **state)
{
    *state = mt_engine(true);
    return *state ? 0 : -1;
}

static int teardown(void **state)
{
    mod_engine_free(*state);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hard_cases_published),
        cmocka_unit_test(test_abuse_rejected),
        cmocka_unit_test(test_plain_cases),
        cmocka_unit_test(test_split_letters_read_again),
        cmocka_unit_test(test_character_tricks),
        cmocka_unit_test(test_defamation_held_never_rejected),
        cmocka_unit_test(test_decision_explained),
        cmocka_unit_test(test_json_round_trip),
        cmocka_unit_test(test_validation_errors),
        cmocka_unit_test(test_parse_json_tree),
        cmocka_unit_test(test_put_policy),
        cmocka_unit_test(test_matcher_features),
        cmocka_unit_test(test_name_element),
        cmocka_unit_test(test_hedges_and_quoted_contextual),
        cmocka_unit_test(test_targeted_counter),
        cmocka_unit_test(test_hebrew_arabic_clitics),
        cmocka_unit_test(test_semicolon_clauses),
        cmocka_unit_test(test_masked_readings),
        cmocka_unit_test(test_long_comments),
        cmocka_unit_test(test_needed_sets),
        cmocka_unit_test(test_exception_inside_match),
    };
    return cmocka_run_group_tests_name("moderation/policy", tests, setup, teardown);
}
