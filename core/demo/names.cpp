#include "names.h"

#include "random.h"

#include <QList>
#include <QStringList>

#include <array>

namespace herald::demo {
namespace {

// Comma-separated, most common first. "Latin:Native" where a name has a native-script form.
struct NameLists
{
    const char *first;
    const char *last;
};

// clang-format off
constexpr std::array<NameLists, cultureCount> nameData = {{
    // English
    {"James,Mary,John,Patricia,Michael,Jennifer,Robert,Linda,David,Elizabeth,William,Sarah,Richard,Jessica,Joseph,"
     "Karen,Thomas,Emily,Christopher,Hannah,Daniel,Megan,Matthew,Ashley,Andrew,Rachel,Joshua,Lauren,Ryan,Olivia,"
     "Tyler,Amelia,Brandon,Charlotte,Nathan,Grace,Ethan,Chloe,Oliver,Sophie,Harry,Lily,George,Ella,Jack,Isla,Noah,"
     "Madison,Dylan,Abigail,Liam,Zoe,Owen,Harper,Caleb,Brooke,Wyatt,Paige,Logan,Holly",
     "Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Jackson,White,Harris,"
     "Martin,Thompson,Clark,Lewis,Walker,Hall,Allen,Young,King,Wright,Scott,Green,Baker,Adams,Nelson,Carter,"
     "Mitchell,Roberts,Turner,Phillips,Campbell,Parker,Evans,Edwards,Collins,Stewart,Morris,Cook,Rogers,Reed,"
     "Bailey,Bell,Cooper,Richardson,Cox,Howard,Ward,Brooks,Bennett,Wood,Hughes,Price,Foster,Hayes,Fletcher"},
    // Irish
    {"Jack,Emily,Seán,Aoife,Conor,Siobhán,Cian,Niamh,Darragh,Saoirse,Oisín,Ciara,Tadhg,Róisín,Fionn,Caoimhe,Liam,"
     "Orla,Pádraig,Clodagh,Eoin,Sinéad,Cathal,Aisling,Ronan,Méabh,Declan,Eimear,Killian,Gráinne,Colm,Deirdre",
     "Murphy,Kelly,O'Sullivan,Walsh,Smith,O'Brien,Byrne,Ryan,O'Connor,O'Neill,Reilly,Doyle,McCarthy,Gallagher,"
     "Doherty,Kennedy,Lynch,Murray,Quinn,Moore,McLoughlin,O'Carroll,Connolly,Daly,O'Connell,Brennan,Fitzgerald,"
     "Nolan,Whelan,Power,Kavanagh,Ní Bhriain,Mac Giolla"},
    // Australian
    {"Jack,Charlotte,Oliver,Olivia,William,Mia,Lachlan,Ava,Thomas,Amelia,Cooper,Isla,Jackson,Chloe,Riley,Matilda,"
     "Mitchell,Sienna,Hayden,Zara,Bailey,Jasmine,Kai,Tahlia,Flynn,Bronwyn,Angus,Kirra,Darcy,Shannon,Brodie,Kylie,"
     "Callum,Leah,Harrison,Ruby,Lincoln,Evie,Hamish,Georgia",
     "Smith,Jones,Williams,Brown,Wilson,Taylor,Nguyen,Johnson,Martin,White,Anderson,Walker,Thompson,Thomas,Lee,"
     "Ryan,Robinson,Kelly,King,Campbell,Clarke,Mitchell,Harris,Young,Baker,O'Brien,Murray,Stewart,Hughes,McDonald,"
     "Fraser,Reid,Sullivan,Cameron,Gibson"},
    // Spanish
    {"María,José,Carmen,Antonio,Lucía,Manuel,Sofía,Francisco,Laura,David,Ana,Javier,Isabel,Alejandro,Paula,Daniel,"
     "Marta,Carlos,Elena,Pablo,Cristina,Miguel,Andrea,Sergio,Valentina,Luis,Camila,Jorge,Ximena,Diego,Mariana,"
     "Santiago,Guadalupe,Mateo,Daniela,Juan Carlos,Verónica,Alberto,Rocío,Fernando,Gabriela,Raúl,Natalia,Álvaro,"
     "Florencia,Joaquín,Agustina,Iñigo,Nerea,Emilio",
     "García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,Hernández,Díaz,"
     "Moreno,Muñoz,Álvarez,Romero,Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Ramírez,Serrano,"
     "Blanco,Molina,Morales,Suárez,Ortega,Delgado,Castro,Ortiz,Rubio,Marín,Sanz,Núñez,Iglesias,Medina,Garrido,"
     "Cortés,Castillo,Santos,Lozano,Guerrero,Cano,Prieto,Méndez,Cruz,Flores,Herrera,Peña,Aguilar,Vargas,Ibáñez"},
    // Portuguese
    {"Maria,João,Ana,Pedro,Beatriz,Lucas,Mariana,Gabriel,Júlia,Rafael,Larissa,Matheus,Camila,Gustavo,Letícia,"
     "Felipe,Fernanda,Bruno,Amanda,Tiago,Inês,Guilherme,Carolina,Rodrigo,Leonor,Diogo,Luíza,Vinícius,Bianca,André,"
     "Francisca,Thiago,Gabriela,Leonardo,Raquel,Caio,Sofia,Henrique,Isabela,Rui,Conceição,Joaquim",
     "Silva,Santos,Oliveira,Souza,Rodrigues,Ferreira,Alves,Pereira,Lima,Gomes,Costa,Ribeiro,Martins,Carvalho,"
     "Almeida,Lopes,Sousa,Fernandes,Vieira,Barbosa,Rocha,Dias,Nascimento,Andrade,Moreira,Nunes,Marques,Machado,"
     "Mendes,Freitas,Cardoso,Ramos,Gonçalves,Teixeira,Araújo,Correia,Pinto,Monteiro,Cavalcanti,Magalhães"},
    // French
    {"Marie,Jean,Camille,Pierre,Léa,Louis,Chloé,Lucas,Manon,Hugo,Inès,Thomas,Julie,Nicolas,Sarah,Antoine,Emma,"
     "Julien,Clara,Maxime,Zoé,Mathieu,Élodie,Théo,Margaux,Guillaume,Océane,François,Amélie,Baptiste,Céline,Arthur,"
     "Aurélie,Raphaël,Justine,Étienne,Mathilde,Benoît,Noémie,Gaël,Héloïse,Loïc",
     "Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefèbvre,Michel,Garcia,"
     "David,Bertrand,Roux,Vincent,Fournier,Morel,Girard,André,Lefèvre,Mercier,Dupont,Lambert,Bonnet,François,"
     "Martinez,Legrand,Garnier,Faure,Rousseau,Blanc,Guérin,Muller,Henry,Roussel,Nicolas,Perrin,Morin,Mathieu,"
     "Clément,Gauthier,Dumont,Lopez,Fontaine,Chevalier,Robin"},
    // German
    {"Maximilian,Anna,Alexander,Marie,Paul,Sophie,Leon,Laura,Lukas,Lena,Felix,Hannah,Jonas,Lea,Tim,Julia,Jan,Katharina,"
     "Niklas,Johanna,Moritz,Leonie,Florian,Clara,Tobias,Miriam,Sebastian,Franziska,Jürgen,Ursula,Matthias,Sabine,"
     "Stefan,Birgit,Uwe,Jörg,Anja,Björn,Dörte,Günther,Lotte,Henrik,Greta,Klaus",
     "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,"
     "Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,Schmitt,Werner,Schmitz,Krause,"
     "Meier,Lehmann,Schmid,Schulze,Maier,Köhler,Herrmann,König,Walter,Mayer,Huber,Kaiser,Fuchs,Peters,Lang,Scholz,"
     "Möller,Weiß,Jung,Hahn,Vogel,Friedrich,Keller,Günther,Frank,Berger,Winkler,Roth,Beck,Lorenz,Baumann,Groß"},
    // Italian
    {"Giulia,Francesco,Sofia,Alessandro,Aurora,Lorenzo,Alice,Matteo,Ginevra,Leonardo,Emma,Andrea,Giorgia,Gabriele,"
     "Chiara,Riccardo,Martina,Tommaso,Francesca,Davide,Sara,Marco,Elena,Luca,Valentina,Giuseppe,Federica,Antonio,"
     "Beatrice,Niccolò,Ilaria,Pietro,Silvia,Salvatore,Rosa,Giovanni,Caterina,Stefano,Bianca,Nicolò",
     "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,Mancini,"
     "Costa,Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi,Caruso,Ferrara,Galli,Martini,"
     "Leone,Longo,Gentile,Martinelli,Vitale,Lombardo,Serra,Coppola,De Santis,D'Angelo,Marchetti,Parisi,Villa,"
     "Conte,Ferraro,Ferri,Fabbri,Bianco,Marini,Grasso,Valentini,Messina,Sala,De Angelis,Gatti,Pellegrini,Palumbo"},
    // Dutch
    {"Daan,Emma,Sem,Julia,Lucas,Mila,Levi,Tess,Finn,Sophie,Milan,Zoë,Jesse,Sara,Thijs,Anna,Lars,Eva,Bram,Noor,Ruben,"
     "Fleur,Jeroen,Lotte,Sander,Femke,Bas,Anouk,Joost,Marloes,Wouter,Ilse,Koen,Sanne,Pieter,Maartje,Gijs,Esmée,Stijn,"
     "Liesbeth",
     "de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,"
     "Vos,Peters,Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer,van der Linden,"
     "Kok,Jacobs,de Haan,Vermeulen,van den Heuvel,van der Veen,van den Broek,de Bruijn,de Bruin,van der Heijden,"
     "Schouten,van Beek,Willems,van Vliet,Hoekstra,Maas,Verhoeven,Koster,Prins,Huisman,Kuipers,Timmermans"},
    // Nordic
    {"Lars,Anna,Erik,Emma,Anders,Maja,Johan,Ingrid,Nils,Astrid,Magnus,Sofia,Oskar,Elin,Henrik,Freja,Mikkel,Ida,"
     "Mads,Sigrid,Emil,Linnea,Björn,Saga,Søren,Karin,Jens,Kirsten,Ole,Liv,Gustav,Frida,Axel,Solveig,Tuomas,Aino,"
     "Mikko,Kaisa,Jonas,Ebba,Åsa,Ragnar",
     "Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Pettersson,"
     "Jonsson,Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nielsen,Kristiansen,Jensen,Christensen,Sørensen,"
     "Rasmussen,Jørgensen,Madsen,Berg,Lindqvist,Lindström,Bergström,Holm,Dahl,Haugen,Lund,Virtanen,Korhonen,"
     "Mäkinen,Nieminen,Lindberg,Sjöberg,Åberg,Ødegaard,Strand"},
    // Polish
    {"Anna,Piotr,Maria,Krzysztof,Katarzyna,Andrzej,Małgorzata,Tomasz,Agnieszka,Paweł,Barbara,Michał,Ewa,Marcin,"
     "Magdalena,Łukasz,Joanna,Jakub,Aleksandra,Kamil,Zofia,Mateusz,Natalia,Bartosz,Monika,Wojciech,Dorota,Grzegorz,"
     "Karolina,Szymon,Weronika,Maciej,Justyna,Adam,Beata,Jędrzej,Małgosia,Przemysław",
     "Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,"
     "Kozłowski,Jankowski,Mazur,Kwiatkowski,Krawczyk,Piotrowski,Grabowski,Nowakowski,Pawłowski,Michalski,"
     "Nowicki,Adamczyk,Dudek,Zając,Wieczorek,Jabłoński,Król,Majewski,Olszewski,Jaworski,Wróbel,Malinowski,"
     "Pawlak,Witkowski,Walczak,Stępień,Górski,Rutkowski,Michalak,Sikora,Ostrowski,Baran,Duda,Szewczyk"},
    // Japanese
    {"Haruto:陽翔,Yui:結衣,Sota:蒼太,Aoi:葵,Yuto:悠斗,Hina:陽菜,Ren:蓮,Sakura:さくら,Takumi:拓海,Yuna:優奈,"
     "Hiroshi:博,Yoko:洋子,Kenji:健二,Keiko:恵子,Takeshi:武,Naoko:直子,Daiki:大輝,Misaki:美咲,Kaito:海斗,Rin:凛,"
     "Shota:翔太,Ayaka:彩花,Yusuke:祐介,Mai:舞,Kazuki:和樹,Emi:恵美,Ryota:亮太,Akiko:明子,Satoshi:聡,Mio:美桜",
     "Sato:佐藤,Suzuki:鈴木,Takahashi:高橋,Tanaka:田中,Watanabe:渡辺,Ito:伊藤,Yamamoto:山本,Nakamura:中村,"
     "Kobayashi:小林,Kato:加藤,Yoshida:吉田,Yamada:山田,Sasaki:佐々木,Yamaguchi:山口,Matsumoto:松本,Inoue:井上,"
     "Kimura:木村,Hayashi:林,Shimizu:清水,Yamazaki:山崎,Mori:森,Abe:阿部,Ikeda:池田,Hashimoto:橋本,"
     "Ishikawa:石川,Ogawa:小川,Fujita:藤田,Okada:岡田,Goto:後藤,Hasegawa:長谷川"},
    // Chinese
    {"Wei:伟,Fang:芳,Min:敏,Jing:静,Lei:磊,Yan:燕,Jun:军,Li:丽,Qiang:强,Xiu Ying:秀英,Hao:浩,Mei:梅,Yong:勇,"
     "Ting:婷,Jie:杰,Xin:欣,Tao:涛,Na:娜,Chen:晨,Yue:悦,Bo:博,Lan:兰,Kai:凯,Hui:慧,Zhi Hao:志豪,Xiao Ling:晓玲,"
     "Yi Ming:一鸣,Shu Fen:淑芬,Jia Hui:佳慧,Ming:明",
     "Wang:王,Li:李,Zhang:张,Liu:刘,Chen:陈,Yang:杨,Huang:黄,Zhao:赵,Wu:吴,Zhou:周,Xu:徐,Sun:孙,Ma:马,Zhu:朱,"
     "Hu:胡,Guo:郭,He:何,Lin:林,Gao:高,Luo:罗,Zheng:郑,Liang:梁,Xie:谢,Song:宋,Tang:唐,Han:韩,Feng:冯,Deng:邓,"
     "Cao:曹,Peng:彭,Tan:谭,Lau:刘,Wong:黄,Chan:陈,Leung:梁,Ng:吴"},
    // Korean
    {"Min-jun:민준,Seo-yeon:서연,Ji-ho:지호,Ha-eun:하은,Do-yun:도윤,Ji-woo:지우,Ye-jun:예준,Seo-yun:서윤,"
     "Joon-young:준영,Min-seo:민서,Hyun-woo:현우,Soo-ah:수아,Jae-won:재원,Ji-min:지민,Sung-min:성민,Eun-ji:은지,"
     "Dong-hyun:동현,Hye-jin:혜진,Tae-yang:태양,Yu-na:유나,Sang-woo:상우,Da-eun:다은,Young-ho:영호,Mi-young:미영",
     "Kim:김,Lee:이,Park:박,Choi:최,Jung:정,Kang:강,Cho:조,Yoon:윤,Jang:장,Lim:임,Han:한,Oh:오,Seo:서,Shin:신,"
     "Kwon:권,Hwang:황,Ahn:안,Song:송,Yoo:유,Hong:홍,Jeon:전,Ko:고,Moon:문,Yang:양,Son:손,Bae:배,Baek:백,Heo:허"},
    // Indian
    {"Aarav,Aadhya,Vihaan,Ananya,Arjun,Diya,Sai,Saanvi,Reyansh,Pari,Aditya,Priya,Rahul,Pooja,Rohan,Neha,Vikram,Kavya,"
     "Amit,Sneha,Karthik,Divya,Siddharth,Meera,Rajesh,Lakshmi,Suresh,Anjali,Nikhil,Shreya,Harpreet,Gurpreet,Arnav,"
     "Ishita,Manish,Deepika,Venkat,Swati,Kiran,Tanvi,Farhan,Zoya,Aniket,Ritika",
     "Sharma,Patel,Singh,Kumar,Gupta,Reddy,Iyer,Nair,Rao,Mehta,Shah,Joshi,Desai,Agarwal,Bhat,Menon,Pillai,Chopra,"
     "Malhotra,Kapoor,Verma,Mishra,Banerjee,Chatterjee,Mukherjee,Das,Bose,Sinha,Pandey,Yadav,Kulkarni,Deshpande,"
     "Naidu,Krishnan,Subramanian,Gill,Sandhu,Khan,Qureshi,Fernandes"},
    // Vietnamese
    {"Anh,Minh,Linh,Huy,Trang,Duc,Thao,Khoa,Ngoc,Tuan,Mai,Long,Hoa,Nam,Lan,Quang,Thu,Phuong,Bao,Vy,Hieu,Hanh,Dung,"
     "Tam",
     "Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Trương,Đinh"},
    // Filipino
    {"Maria,Jose,Angel,Mark,Kristine,John Paul,Jasmine,Christian,Maricel,Jerome,Rowena,Ramon,Bea,Paolo,Divina,Rodel,"
     "Marites,Jun,Princess,Nino,Cherry,Carlo,Joy,Arnel",
     "Santos,Reyes,Cruz,Bautista,Ocampo,Garcia,Mendoza,Torres,Tomas,Andrada,Castillo,Flores,Villanueva,Ramos,"
     "Castro,Rivera,Aquino,Navarro,Salazar,Mercado,Dela Cruz,De Leon,Manalo,Soriano,Macaraeg"},
    // Arabic
    {"Mohammed,Fatima,Ahmed,Aisha,Omar,Mariam,Ali,Layla,Youssef,Nour,Hassan,Salma,Khalid,Yasmin,Ibrahim,Zainab,Karim,"
     "Hana,Tariq,Rania,Samir,Leila,Amir,Dina,Bilal,Amira",
     "Haddad,Khoury,Nasser,Saleh,Hassan,Ali,Ahmed,Mansour,Ibrahim,Aziz,Hamdan,Rahman,Farouk,Yousef,Karam,Sabbagh,"
     "El-Amin,Abboud,Darwish,Issa,Qasim,Bakr"},
}};
// clang-format on

struct ParsedName
{
    QString latin;
    QString native;
};

QList<ParsedName> parseList(const char *data)
{
    QList<ParsedName> names;
    const QStringList entries = QString::fromUtf8(data).split(QLatin1Char(','), Qt::SkipEmptyParts);
    names.reserve(entries.size());
    for (const QString &entry : entries) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon < 0)
            names.append({entry, entry});
        else
            names.append({entry.left(colon), entry.mid(colon + 1)});
    }
    return names;
}

struct CultureNames
{
    QList<ParsedName> first;
    QList<ParsedName> last;
};

const std::array<CultureNames, cultureCount> &allNames()
{
    static const std::array<CultureNames, cultureCount> names = [] {
        std::array<CultureNames, cultureCount> parsed;
        for (int i = 0; i < cultureCount; ++i)
            parsed[static_cast<size_t>(i)] = {parseList(nameData[static_cast<size_t>(i)].first),
                                              parseList(nameData[static_cast<size_t>(i)].last)};
        return parsed;
    }();
    return names;
}

} // namespace

bool hasNativeScript(Culture culture)
{
    return culture == Culture::Japanese || culture == Culture::Chinese || culture == Culture::Korean;
}

PersonName drawName(Culture culture, Random &random, bool nativeScript)
{
    const CultureNames &names = allNames()[static_cast<size_t>(culture)];
    const ParsedName &first = names.first[static_cast<qsizetype>(random.skewed(names.first.size()))];
    const ParsedName &last = names.last[static_cast<qsizetype>(random.skewed(names.last.size()))];
    const bool native = nativeScript && hasNativeScript(culture);
    PersonName name;
    name.first = native ? first.native : first.latin;
    name.last = native ? last.native : last.latin;
    name.asciiFirst = asciiFold(first.latin);
    name.asciiLast = asciiFold(last.latin);
    return name;
}

QString asciiFold(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case u'ł':
            folded += QLatin1Char('l');
            break;
        case u'Ł':
            folded += QLatin1Char('L');
            break;
        case u'ø':
            folded += QLatin1Char('o');
            break;
        case u'Ø':
            folded += QLatin1Char('O');
            break;
        case u'æ':
            folded += QLatin1StringView("ae");
            break;
        case u'Æ':
            folded += QLatin1StringView("AE");
            break;
        case u'ß':
            folded += QLatin1StringView("ss");
            break;
        case u'đ':
            folded += QLatin1Char('d');
            break;
        case u'Đ':
            folded += QLatin1Char('D');
            break;
        default:
            if (c.unicode() < 128)
                folded += c;
        }
    }
    return folded;
}

QString emailLocalPart(const PersonName &name, Random &random)
{
    auto clean = [](const QString &part) {
        QString out;
        for (const QChar c : part.toLower()) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                out += c;
        }
        return out;
    };
    const QString first = clean(name.asciiFirst);
    const QString last = clean(name.asciiLast);
    const QString initial = first.left(1);
    const QString year = QString::number(random.between(55, 105) % 100).rightJustified(2, QLatin1Char('0'));
    switch (random.below(9)) {
    case 0:
    case 1:
    case 2:
        return first + QLatin1Char('.') + last;
    case 3:
        return first + last;
    case 4:
        return initial + last;
    case 5:
        return first + QLatin1Char('_') + last;
    case 6:
        return first + last.left(1) + year;
    case 7:
        return last + QLatin1Char('.') + initial;
    default:
        return first + year;
    }
}

} // namespace herald::demo
