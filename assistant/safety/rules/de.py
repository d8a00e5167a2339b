"""German screen rules: crisis, harm to others, harassment (canonical form: accents off).

Umlauts lose their dots ("würde" -> "wurde", "Brücke" -> "brucke") and "ß" becomes "ss";
people who type "ue" for "ü" are covered with `u(?:e)?` where it matters.
"""

from __future__ import annotations

from assistant.safety.rulebase import Rule, rule_maker, vocab_compiler

_VOCAB = {
    "PILLS": (
        r"(?:tabletten|tablette|pillen|pille|schlaftabletten|schlaftablette|medikamente|"
        r"medikament|medis|ibus|ibu|ibuprofen|paracetamol|aspirin|schmerztabletten|"
        r"schmerzmittel|tavor|diazepam|valium|antidepressiva|benzos|insulin|tropfen|"
        r"schlafmittel|beruhigungsmittel|opiate|tilidin|oxy|packungen|packung|blister)"
    ),
    "QTY": (
        r"(?:die ganze|die ganzen|ne ganze|eine ganze|die komplette|alle|alle meine|all meine|"
        r"alle die|zwei|drei|vier|funf|zehn|zwanzig|dreissig|vierzig|funfzig|hundert|"
        r"[0-9]+|viele|zu viele|viel zu viele|ne handvoll|eine handvoll|nen haufen|einen haufen|"
        r"massig|mehrere|ein paar packungen|ganze)"
    ),
    "THEM": (
        r"(?:ihn|sie|dich|euch|den|die|den typen|die schlampe|deinen neuen|ihren neuen|"
        r"seinen neuen|seine neue|ihre neue|die beiden|beide|den kerl|den wichser|die tussi|"
        r"das arschloch|deinen freund|ihren freund|deine freundin|seine freundin)"
    ),
    "FAM": (
        r"(?:mutter|mama|mum|vater|papa|eltern|schwester|bruder|familie|freundin|freundinnen|"
        r"freunde|freund|kumpel|kumpels|beste freundin|besten freund|bester freund|"
        r"mitbewohnerin|mitbewohner|chef|chefin|kollegin|kollegen|kollege|oma|opa|cousine|"
        r"cousin|tante|onkel|neuen|neue|leute|clique)"
    ),
    "PLACE": (
        r"(?:haus|wohnung|tur|tuer|haustur|haustuer|arbeit|buro|buero|firma|schule|uni|gym|"
        r"fitnessstudio|studio|laden|job|arbeitsplatz|wohnhaus|block|wg|elternhaus|"
        r"praxis|geschaft|geschaeft|kneipe|stammkneipe|verein|training)"
    ),
    "JOKE": (
        r"(?:haha|hahaha|hahah|ahah|ahahah|lol|xd|xdd|scherz|spass|jk|schlussel|"
        r"schluessel|witz|lach|lachend|grins|spoilert|spoiler|spoilern|serie|pommes|pizza|"
        r"chips|fernbedienung|ladekabel|netflix|mach ich nicht|mach ich natürlich nicht|"
        r"mach ich naturlich nicht|ich mach nix|ich mach nichts|mach ich eh nicht|"
        r"naturlich nicht|natuerlich nicht)"
    ),
}

_p = vocab_compiler(_VOCAB)
_c = rule_maker("crisis", "crisis.de.", _p)
_a = rule_maker("ask", "ask.de.", _p)
_h = rule_maker("harm_to_others", "harm.de.", _p)
_s = rule_maker("harassment", "harassment.de.", _p)
_cond = rule_maker(None, "cond.de.", _p)

# "ich will / möchte / würde am liebsten ..." in front of an act against oneself
_WANT = (
    r" (?:will|willst|mochte|moechte|mag|wurde gern|wurde gerne|wuerde gern|wuerde gerne|"
    r"wurde lieber|wuerde lieber|werd|werde|wurd|wurde|wuerde|am liebsten|lieber|einfach|"
    r"nur noch|bereit|plane|plan|kurz davor|wunsche mir|wuensche mir|wunschte|wuenschte|"
    r"sehne mich danach|hoffe|konnte|koennte|kann|sollte|muss|will einfach|will nur|"
    r"mochte einfach|mochte nur|will nur noch|jetzt|heute|heute nacht|bald|endlich)"
)

RULES: tuple[Rule, ...] = (
    # ---- crisis: explicit
    _c("suicide", r" (?:selbstmord|selbstmordgedanken|selbstmordversuch|selbstmordgefahrdet|"
       r"suizid|suizidal|suizidale|suizidalen|suizidaler|suizidgedanken|suizidversuch|"
       r"suizidgefahrdet|suizidgefaehrdet|freitod|selbsttotung|selbsttoetung|suizidieren|"
       r"selbstmord begehen|umbringen will)(?= )", negatable=True),
    _c("kill-self", r" mich (?:selbst )?(?:umbringen|umzubringen|umbring|umbringe|toten|toeten|"
       r"zu toten|zu toeten|erhangen|erhaengen|aufhangen|aufhaengen|aufzuhangen|aufzuhaengen|"
       r"erschiessen|zu erschiessen|vergiften|zu vergiften|ertranken|ertraenken|zu ertranken|"
       r"ertrinken lassen|umlegen|abknallen|erstechen|vor den zug werfen|vor einen zug werfen|"
       r"totfahren|zu tode hungern|totsaufen|tot saufen|ritzen|zu ritzen|verletzen|"
       r"zu verletzen|selbst verletzen)(?= )"),
    _c("harm-self-was", r" (?:antun|antue|anzutun|antut)(?= )",
       before=r" mir(?: (?:heute|jetzt|noch|gleich|selbst|bald|heut))? (?:was|etwas|wirklich was)"),
    _c("harm-self-was-2", r" (?:tu|tue) (?:ich )?mir(?: (?:heute|jetzt|noch|gleich|selbst|bald|"
       r"heut|heute nacht|morgen))? (?:was|etwas) an(?= )"),
    _c("life-no-sense", r" (?:hat|macht) (?:keinen|kein|null|gar keinen) (?:sinn|zweck)(?: mehr)?"
       r"(?! (?:ohne (?:dich|ihn|sie|euch)|mit (?:ihm|ihr)|fur (?:uns|die beziehung)))(?= )",
       before=r" (?:mein leben|das leben|leben|dieses leben|mein dasein|meine existenz)"),
    _a("stupid-thing", r" (?:dummheit|dummheiten|dummes|scheiss|mist)(?= )",
       before=r" (?:angst dass ich|angst ich|angst das ich|sonst mach ich|mach ich noch|"
       r"bevor ich|kurz davor)(?: [^ ]++){0,3}"),
    _c("kill-self-gap", r" mich(?: [^ ]++){1,3} (?:umzubringen|umbringen|umbringe|zu toten|"
       r"zu toeten|zu erhangen|zu erhaengen|aufzuhangen|aufzuhaengen|zu erschiessen)(?= )"),
    _c("sleep-end", r" (?:einschlafen|einzuschlafen|schlafen) und (?:dass )?(?:alles aufhort|"
       r"alles aufhoert|alles vorbei ist|alles endet|nichts mehr fuhlen|nichts mehr fuehlen|"
       r"nichts mehr spuren|(?:nie wieder|nicht mehr|nie mehr)(?= (?:$|aufwachen|aufwache|"
       r"aufwach|wach werden|aufzuwachen)))(?= )"),
    _c("end-means", r" (?:ist schluss|ist es vorbei|ist alles vorbei|ist das ende|mach ich schluss|"
       r"ist ende)(?= )", also="cond.de.means",
       before=r" (?:heute nacht|heute|heut nacht|morgen|jetzt|gleich|bald)"),
    _cond("means", r" (?:<PILLS>|seil|strick|waffe|pistole|brucke|bruecke|klinge|rasierklinge|"
          r"gleise|zug)(?= )"),
    _a("water-jump", r" (?:rhein|fluss|main|elbe|donau|spree|isar|neckar|"
       r"kanal|weser|mosel|wasser)(?= (?:$|heute|jetzt|gleich|und|bis))",
       before=r" (?:spring|springe|springen|werf mich|werfe mich|sturz mich|sturze mich|"
       r"lass mich fallen|geh|gehe|lauf|laufe)(?: (?:jetzt|heute|gleich|einfach|nachher))?"
       r" (?:in den|in die|ins)"),
    _c("bring-self-um", r" (?:bring|bringe|bringen|brings|"
       r"bringen werd) (?:ich )?mich(?: [^ ]++){0,3}"
       r" um(?:(?=(?: [^ ]++){0,14} (?:ernsthaft|im ernst|kein witz|kein scherz|wirklich) )"
       r"|(?!(?: [^ ]++){0,14} (?:haha|hahaha|lol|xd|"
       r"scherz|spass|jk)))(?= )"),
    _c("take-life", r" (?:mir|mein) (?:das|mein|selbst das)? ?leben (?:nehmen|zu nehmen|nehme|nehm|"
       r"beenden|zu beenden|beende|beend)(?= )"),
    _c("take-life-2", r" (?:nehm|nehme|nehmen|nimm|beend|beende|beenden) (?:ich )?(?:mir )?"
       r"(?:(?:heute|jetzt|morgen|bald|heute nacht|endlich|einfach|gleich) )?"
       r"(?:das|mein) leben(?= )"),
    _c("end-all", r" (?:schluss|schluss machen|ende machen)(?: [^ ]++){0,2} mit (?:allem|alles|"
       r"dem leben|meinem leben|dieser welt|der welt|allem hier|dem ganzen leben)(?= )"),
    _c("end-all-2", r" ein ende(?= )",
       before=r" (?:allem|dem allen|allen|meinem leben|dem leben|meinem dasein|meiner existenz|"
       r"dem ganzen leben|mir|alledem)(?: (?:jetzt|heute|endlich|bald|nun|einfach|heute nacht|"
       r"morgen|gleich))?"),
    _c("end-whole-forever", r" ein ende(?: [^ ]++){0,1} (?:fur immer|fuer immer|endgultig|"
       r"endgueltig)(?= )", before=r" (?:dem ganzen|dem|allem)(?: [^ ]++){0,2}"),
    _a("end-whole", r" ein ende(?= (?:$|setzen|machen|bereiten))",
       before=r" (?:dem ganzen|dem allem)(?: (?:jetzt|heute|endlich|bald|nun|einfach))?"),
    _c("nobody-miss", r" (?:vermissen|vermisst|um mich trauern|um mich weinen|"
       r"zu meiner beerdigung kommen|mich vermissen)(?= )",
       before=r" (?:keiner|niemand|kein mensch|keine sau|keiner von euch|keiner hier) (?:wurde|"
       r"wird|wurd|wuerde|werden|wurden)(?: mich)?(?: wirklich| uberhaupt| eh| sowieso|"
       r" ernsthaft)?"),
    _c("letter-ready", r" (?:brief|briefe|letzten zeilen|abschiedsworte) (?:ist|sind) "
       r"(?:geschrieben|fertig)(?= )", also="cond.de.decided"),
    _c("how-i-do-it-when", r" wie ich es (?:mache|tue|mach|tu|machen werde|tun werde)"
       r"(?= (?:heute|morgen|nacht|am|wann|und wann|diese nacht|heute nacht))",
       before=r" (?:weiss|weiss genau|weiss schon|weiss jetzt)"),
    _a("how-i-do-it", r" wie ich es (?:mache|tue|mach|tu|machen werde|tun werde)(?= (?:$|und|"
       r"wenn))", before=r" (?:weiss|weiss genau|weiss schon|weiss jetzt)"),
    _c("crash-into", r" (?:gegen|ins|gegens|inn) (?:einen|den|nen|die|eine|ne) (?:baum|wand|mauer|"
       r"bruckenpfeiler|brueckenpfeiler|pfeiler|laster|lkw|gegenverkehr|leitplanke|betonwand|"
       r"felswand)(?= )",
       before=r" (?:fahr|fahre|fahren|rase|rasen|ras|steuer|steuere|lenk|lenke|knall|knalle)"
       r"(?: [^ ]++){0,4}"),
    _a("rid-of-me", r" (?:habt ihr ruhe|hast du ruhe|habt ihr endlich ruhe|hast du endlich ruhe|"
       r"seid ihr mich los|bist du mich los|seid ihr mich endlich los|bist du mich endlich los|"
       r"habt ihr eure ruhe|hast du deine ruhe)(?= )"),
    _c("want-die", r" (?:sterben|verrecken|krepieren|tot sein|tot umfallen|nicht mehr leben|"
       r"nicht mehr existieren|nicht mehr da sein|nicht mehr hier sein|nicht mehr am leben sein|"
       r"nie wieder aufwachen|nicht mehr aufwachen|einschlafen und nie wieder aufwachen|"
       r"verschwinden fur immer|fur immer verschwinden|fuer immer verschwinden|"
       r"nicht mehr sein|weg sein fur immer|fur immer weg sein)"
       r"(?! (?:vor|an|von|fur|fuer|wegen|bei|mit|ohne dich|ohne ihn|ohne sie|wenn|lassen|"
       r"alt|im alter|in deinen|in seinen|in ihren))(?= )",
       negatable=True, before=_WANT + r"(?: einfach| nur| nur noch| endlich| lieber| jetzt| so)?"),
    _c("want-die-2", r" (?:sterben|tot sein|verrecken|krepieren)(?! (?:vor|an|von|fur|fuer|wegen|"
       r"bei|mit|lassen|alt|im alter|in deinen|in seinen|in ihren))(?= )",
       negatable=True,
       before=r" (?:ich will|ich mochte|ich moechte|ich mag|ich wurde gern|ich wurde lieber|"
       r"ich wuerde gern|ich wuerde lieber|will ich|mochte ich|mocht ich|ich wunschte ich konnte|"
       r"ich wunsche mir zu|ich will einfach|ich will nur|ich will nur noch|ich mochte einfach|"
       r"ich sollte|ich sollte einfach|ich werde|ich werd|ich wurde am liebsten|"
       r"ich bin bereit zu|am liebsten wurde ich|am liebsten wurd ich|will einfach nur|"
       r"lust zu|keine angst zu|bereit zu|ich muss|ich will jetzt|ich will endlich)"
       r"(?: [^ ]++){0,2}"),
    _c("wish-dead", r" tot(?! (?:als|vor|wie|lol|haha|xd|mude|muede|langweilig|ernst|schick|"
       r"peinlich))(?= )",
       before=r" (?:ich war|ich ware|ich waer|ich waere|ich wer|war ich|ware ich|waere ich|"
       r"ich bin lieber|ich ware lieber|ich war lieber|ich waere lieber|ware ich lieber|"
       r"war ich lieber|waer ich lieber|ich will|ich mochte|ich wurde gern|ich wunschte ich ware|"
       r"ich wunschte ich war|ich wuenschte ich waere|besser ich ware|besser ich war|"
       r"ich will lieber|ich sollte)(?: doch| einfach| endlich| schon| lieber| besser)?"),
    _c("no-more-live", r" nicht mehr (?:leben|weiterleben|weiter leben|existieren|da sein|"
       r"hier sein|aufwachen|aufwach|aufwache|aufzuwachen|am leben sein|auf dieser welt sein|"
       r"da zu sein|hier zu sein|zu leben|zu existieren|am leben zu sein|"
       r"sein|atmen|wach werden|aufstehen muss)(?! (?:fur|fuer|wo|bei|in|mit|wenn|ohne|wie|"
       r"neben|zusammen|zu zweit))(?= )",
       before=r" (?:will|mochte|moechte|mag|wurde|wuerde|wunsche|wunschte|wuensche|wuenschte|"
       r"kann|konnte|koennte|wollte|werd|werde|wurd|einfach|lieber|am liebsten|morgen|"
       r"dass ich|das ich|ich|ich einfach|so|hoffentlich|dann|ich morgen|ich dann)"
       r"(?: [^ ]++){0,2}"),
    _c("never-wake", r" (?:nie wieder|nie mehr|nimmer|niemals|nie|nicht mehr) (?:aufwachen|"
       r"aufwach|aufwache|aufzuwachen|wach werden|zu erwachen|erwachen)(?= )"),
    _c("sleep-forever", r" (?:einschlafen|schlafen|einzuschlafen) (?:fur immer|fuer immer|"
       r"fur ewig|(?:und nie|und nicht mehr|und nie wieder|und nie mehr)(?= (?:$|aufwachen|"
       r"aufwache|aufwach|wach werden|aufstehen|aufzuwachen)))(?= )"),
    _c("disappear", r" (?:verschwinden|verschwinde|verschwinden konnte|verschwinden koennte)"
       r"(?: [^ ]++){0,2} (?:fur immer|fuer immer|fur ewig|endgultig|endgueltig|"
       r"von dieser welt|von der bildflache|fur alle zeit)(?! (?:aus (?:seinem|ihrem|deinem|eurem|"
       r"dem|der|meinem|seiner|ihrer|deiner)|von hier|nach|in|aus der|aus berlin|von instagram|"
       r"von social media|von insta))(?= )"),
    _c("gone-forever", r" (?:fur|fuer) immer (?:geh|gehe|gehen|weg bin|weg|verschwinde|gegangen|"
       r"gehe und|geh und|die augen schliesse|schlafe)(?= (?:$|und|danke|pass|macht|lebt|leb|"
       r"tschuss|ciao|sorry|es tut))",
       before=r" (?:bevor ich|ehe ich|wenn ich|sobald ich|bis ich|verabschieden bevor ich|"
       r"dann bin ich|bin ich)"),
    _c("farewell-before", r" (?:bevor|ehe) ich (?:fur|fuer) immer(?= )",
       before=r" (?:verabschieden|tschuss sagen|lebewohl sagen|auf wiedersehen sagen|"
       r"noch sagen|sagen|danke sagen|melden|schreiben)(?: [^ ]++){0,2}"),
    _c("join-dead", r" (?:oben|himmel|jenseits|tod|engeln|andere seite|ewigkeit)(?= )",
       before=r" (?:geh|gehe|gehen|komm|komme|folge|folgen|will|mochte|zieh|ziehe)"
       r"(?: [^ ]++){0,4} (?:nach|in den|ins|in die|zu den|auf die)"),
    _c("leave-world", r" (?:diese welt verlassen|die welt verlassen|von dieser welt gehen|"
       r"aus dem leben scheiden|aus dem leben gehen|mich vom acker machen fur immer|"
       r"den abgang machen|abgang mach|abgang machen|mich verabschieden fur immer|"
       r"abschied fur immer|abschied fuer immer)(?= )", negatable=True),
    _c("off-for-good", r" (?:vom acker|abflug|ab)(?: [^ ]++){0,4} (?:fur immer|fuer immer|"
       r"fur ewig|endgultig|endgueltig|aber richtig)(?= )",
       before=r" (?:mach mich|mache mich|mach|mache|bin)"),
    _c("hope-killed", r" (?:erwischt|uberfahrt|ueberfahrt|umfahrt|totfahrt|uberrollt|"
       r"ueberrollt|anfahrt|mitnimmt|trifft|erschiesst|umbringt|totet|toetet|erfasst|"
       r"rammt|erwischen|uberfahren|ueberfahren|umbringen|toten)(?= )",
       before=r" (?:hoffe|hoffe ich|wunsche|wunschte|wuensche|wuenschte|bete|bete dass|"
       r"am liebsten|wunsch mir|wurde es begrussen|ware schon|war schon|ware gut|war gut)"
       r"(?: [^ ]++){0,2} (?:dass|das|wenn|ob) mich(?: [^ ]++){0,4}"),
    _c("better-off", r" ohne mich(?= )",
       before=r" (?:alle|ihr|ihr alle|jeder|alle waren|die welt|meine familie|meine eltern|"
       r"ihr seid|seid ihr|ihr waret|ihr waert|ihr waret alle|ihr seid alle|die welt ware|"
       r"die welt war|meine freunde|jeder ware|alle sind|jeder ist|meine kinder|die leute)"
       r"(?: [^ ]++){0,3} (?:besser dran|besser|glucklicher|gluecklicher|leichter|erleichtert|"
       r"froher|freier|entspannter)(?: dran)?"),
    _c("better-off-2", r" ohne mich (?:besser|glucklicher|gluecklicher|leichter|erleichtert|"
       r"froher|freier)(?= )",
       before=r" (?:alle|ihr|ihr alle|jeder|alle waren|die welt|meine familie|meine eltern|"
       r"ihr seid|seid ihr|ihr waret|ihr waert|ihr seid alle|alle sind|jeder ist|die welt ist|"
       r"die welt ware|die welt war|meine kinder|die leute|alle waren|euch)(?: [^ ]++){0,2}"),
    _c("without-me-world", r" ohne mich (?:auf dieser welt|auf der welt|auf erden|in dieser welt|"
       r"am leben|hier auf erden|fur immer)(?= )"),
    _c("if-gone", r" (?:wenn|falls|sobald) ich (?:weg|tot|nicht mehr da|nicht mehr hier|"
       r"nicht mehr am leben|gestorben|nicht mehr|fur immer weg|verschwunden|nie geboren) "
       r"(?:war|ware|waer|waere|wer|bin|sein werde|ist)(?= )",
       before=r" (?:erleichtert|besser|glucklicher|gluecklicher|einfacher|leichter|froh|ruhe|"
       r"erleichterung|ruhiger|besser dran|besser fur alle|besser fur euch|entspannter)"
       r"(?: [^ ]++){0,3}"),
    _c("burden", r" (?:last|belastung|burde|buerde|klotz am bein|problem|plage) (?:fur|fuer) "
       r"(?:alle|jeden|euch|dich|meine familie|meine eltern|alle anderen|die welt|jeden hier|"
       r"meine freunde|alle um mich)(?= )",
       before=r" (?:bin|bin nur|nur|bin doch nur|bin echt nur|bin einfach nur|nur noch|"
          r"bin nur noch|"
       r"war immer nur|bin immer nur)(?: eine| ein| ne| n)?"),
    _c("no-problem-soon", r" (?:fur|fuer) niemanden mehr (?:ein problem|eine last|eine belastung|"
       r"ein klotz am bein)(?= )"),
    _c("no-problem-soon-2", r" (?:niemandem|keinem) mehr (?:zur last|im weg|auf die nerven|"
       r"eine last)(?= )"),
    _c("no-reason", r" (?:grund|sinn|grunde|gruende|grunden|sinn mehr|grund mehr|lust mehr|"
       r"kraft mehr|bock mehr|bock) (?:mehr )?(?:am leben zu bleiben|zu leben|weiterzuleben|"
       r"weiter zu leben|"
       r"zum leben|im leben|am leben|weiterzumachen|zu existieren|aufzustehen|zu atmen|"
       r"fur das leben|zum weiterleben|noch zu leben|noch am leben zu bleiben)(?= )",
       before=r" (?:kein|keinen|keine|nicht|welchen|was fur einen|keinerlei|null|nicht einen|"
       r"nicht mal einen|noch einen|einen)"),
    _c("why-live", r" (?:wozu|wofur|wofuer|warum|wieso|weshalb) (?:noch |soll ich noch |"
       r"eigentlich noch |sollte ich noch |soll ich |noch weiter )?(?:leben|weiterleben|"
       r"weiter leben|am leben bleiben|existieren|weiter existieren|atmen)(?= )"),
    _c("cant-live", r" (?:leben|dasein|existenz|weiterleben|leben so)(?= )",
       before=r" (?:halt|halte|ertrag|ertrage|packe|pack|schaff|schaffe) (?:das|dieses|mein|"
       r"so ein)"),
    _c("cant-live-2", r" (?:weiterleben|weiter leben|leben|existieren|atmen)(?= )",
       before=r" (?:kann|konnte|koennte|will|mochte|moechte|schaff|schaffe|mag) (?:so |einfach |"
       r"echt |wirklich |ohne dich |ohne sie |ohne ihn )?(?:nicht|nich|net|kaum|nimmer) "
       r"(?:mehr|lange)(?: so)?"),
    _c("tired-life", r" (?:leben|dasein|existenz|weiterleben)(?= )",
       before=r" (?:keinen bock mehr|kein bock mehr|keine lust mehr|keine kraft mehr|mude|muede|"
       r"satt|genug|keinen bock|kein bock|die schnauze voll|schnauze voll|nix mehr|nichts mehr)"
       r" (?:auf|aufs|vom|von|mit)(?: das| dieses| mein| dem| meinem| diesem| diese)?"
       r"(?: scheiss| beschissene| beschissenes| kack| ganze| verdammte| verdammtes)?"),
    _c("lebensmude", r" (?:lebensmude|lebensmuede|lebensmuder|lebensmuede)(?= )",
       before=r" (?:bin|fuhl mich|fuehl mich|fuhle mich|bin so|bin einfach|bin echt|bin total)"),
    _c("think-of", r" (?:denk|denke|denken|dachte|gedanken|gedanke|phantasien|fantasien|"
       r"traume|traeume|denke oft|denk oft|denke standig|denk standig) (?:ans sterben|an den tod|"
       r"an meinen tod|an selbstmord|an suizid|ans aufhoren|daran mich umzubringen|"
       r"daran zu sterben|daran mir das leben|daran nicht mehr|an meine beerdigung|ans springen|"
       r"ans ende)(?= )", negatable=True),
    _c("farewell-letter", r" (?:abschiedsbrief|abschiedsbriefe|abschiedsbriefs|abschiedsnachricht|"
       r"abschiedsvideo|abschiedsnotiz|abschiedszeilen|letzten brief|letzten worte|"
       r"testament geschrieben|testament gemacht)(?= )"),
    _c("how-when", r" (?:wie und wann|wann und wie|wo und wann|wann und wo|wie und wo|"
       r"wo und wie)(?: [^ ]++){0,1} (?:ich es|ichs|es|ich das|ich mich)(?= )"),
    _c("decided-gone", r" (?:nicht mehr mein problem|bald vorbei|bald erledigt|bald zu ende|"
       r"alles vorbei|alles erledigt|bald alles vorbei|bald alles erledigt|bald ruhe|"
       r"bald nicht mehr da|nicht mehr lange da|nicht mehr lange hier|bald weg)(?= )",
       also="cond.de.decided"),
    _cond("decided", r" (?:entschieden|entschlossen|beschlossen|bereit|fertig mit allem|"
          r"hab mich entschieden|habe mich entschieden|ist entschieden|steht fest|"
          r"datum steht|plan steht|danke fur alles|danke fuer alles|danke fur die schone zeit|"
          r"danke fur die zeit|pass auf dich auf|macht es gut|machts gut|lebt wohl|leb wohl)"
          r"(?= )"),
    _c("plan-all", r" alles (?:geplant|vorbereitet|organisiert|durchdacht|geregelt|erledigt)"
       r"(?! (?:fur|fuer|furs|fuers|zum|zur|mit dem|mit der|fur den|fur die))(?= )",
       also="cond.de.planctx"),
    _cond("planctx", r" (?:wenn (?:meine|mein|die|der|keiner|niemand|sie|er)|allein|alleine|"
          r"niemand da|keiner da|weg ist|weg sind|bei ihren eltern|bei seinen eltern|"
          r"heute nacht|morgen nacht|freitag|samstag|sonntag|montag|dienstag|mittwoch|"
          r"donnerstag|datum|brief|abschied|seil|tabletten|brucke|bruecke|wochenende|"
          r"ist es vorbei|ist es soweit)(?= )"),
    _c("sh-words", r" (?:ritzen|ritze|ritz|ritzt|geritzt|ritzte|ritzerei|ritzt mich|"
       r"selbstverletzung|"
       r"selbstverletzendes|selbstverletzen|svv|selbst verletzt|selbst verletze|verletze mich|"
       r"verletz mich|schneide mich|schneid mich|schnitt mich|geschnitten mich|pulsadern|"
       r"pulsader|arme aufschneiden|arme aufzuschneiden|arm aufschneiden|arm aufzuschneiden|"
       r"handgelenke aufschneiden|handgelenk aufschneiden|pulsadern aufschneiden|"
       r"aufgeschnitten)(?! (?:beim|mit dem messer beim|in der kuche|beim kochen|beim gemuse))"
       r"(?= )", negatable=True),
    _c("cut-arms", r" (?:arme|arm|handgelenke|handgelenk|pulsadern|beine|oberschenkel|haut) "
       r"(?:aufzuschneiden|aufschneiden|aufgeschnitten|aufritzen|aufgeritzt|zerschnitten|"
       r"zerkratzt|zu ritzen|ritzen|geritzt|schneiden|zu schneiden|verbrannt|verbrennen)(?= )",
       before=r" (?:mir|mir die|mir den|mir meine|meine|die|den|mir wieder die|mir wieder)"),
    _c("hurt-self", r" (?:weh|wehtun|weh tun|weh zu tun|wehzutun|schmerzen zufugen|schaden)"
       r"(?! (?:beim|mit dem|wenn ich an|durch|weil|wenn ich|im herzen))(?= )",
       before=r" (?:tu mir|tue mir|tu mir selbst|tue mir selbst|mir selbst|will mir|werd mir|"
       r"muss mir|mochte mir|moechte mir|mir wieder|tu mir wieder|tue mir wieder)"),
    _c("sh-on-purpose", r" (?:verbrannt|verbrenne|verbrenn|geschnitten|geschnitten|verletzt|"
       r"verletze|geritzt|geschlagen|gekratzt|aufgekratzt|gebissen|verbruht|verbrueht)(?= )",
       before=r" (?:mich|mir)(?: [^ ]++){0,1} (?:absichtlich|mit absicht|extra|bewusst|"
       r"wieder|schon wieder|gestern wieder|heute wieder)(?: [^ ]++){0,4}"),
    _c("sh-helps", r" (?:verbrannt|geschnitten|geritzt|verletzt|geschlagen|"
       r"gekratzt)(?: [^ ]++){0,1}"
       r" (?:das hilft|hilft|tut gut|beruhigt|damit ich was fuhle|damit ich was fuehle|"
       r"damit ich nichts|um was zu fuhlen|um nichts zu fuhlen)(?= )",
       before=r" (?:mich|mir)(?: [^ ]++){0,6}"),
    _c("feel-nothing", r" (?:damit|um|bis) ich (?:nichts|nix|was|etwas) (?:mehr )?(?:fuhl|fuhle|"
       r"fuehle|fuehl|spure|spur|zu fuhlen|zu fuehlen)(?= )",
       before=r" (?:weh|wehtun|weh tun|ritz|ritze|schneid|schneide|verbrenn|verbrenne|verletz|"
       r"verletze|schlag|schlage|kratz|kratze)(?: mich)?"),
    # ---- crisis: methods and means
    _c("jump", r" (?:springen|zu springen|spring|springe|runterspringen|runterzuspringen|"
       r"runter springen|runterstürzen|sturzen|sturze|stuerzen|stuerze|werfen|werf|werfe|"
       r"fallen lassen|stellen|legen|leg|lege|schmeissen|schmeiss|schmeisse|laufen|lauf|laufe)"
       r"(?= )",
       before=r" (?:von der|von einer|von ner|vom|aus dem|aus nem|aus einem|vor den|vor einen|"
       r"vor nen|vor die|vor eine|von dem|auf die|unter den|unter einen|unter die|in den|"
       r"mich vor den|mich vor einen|mich von der|mich vom|mich aus dem|mich unter den) "
       r"(?:brucke|bruecke|dach|hochhaus|balkon|fenster|klippe|klippen|zug|zuge|u bahn|you bahn|"
       r"ubahn|"
       r"s bahn|sbahn|bahn|gleise|lkw|laster|auto|bus|strassenbahn|tram|turm|parkhaus|"
       r"autobahnbrucke|autobahnbruecke|felsen|abgrund|fluss|rhein|see|stock|[0-9]+ stock|"
       r"zwolften stock|obersten stock|hauserdach)(?: [^ ]++){0,2}"),
    _c("jump-from", r" (?:spring|springe|springen|werf mich|werfe mich|sturz mich|sturze mich|"
       r"stuerz mich|stuerze mich|schmeiss mich|schmeisse mich|lass mich fallen|"
       r"lasse mich fallen|leg mich|lege mich|stell mich|stelle mich) (?:(?:jetzt|heute|gleich|"
       r"einfach|morgen|nachher|bald|dann|heut|noch heute|heute nacht) )?(?:von der|von einer|"
       r"von ner|vom|aus dem|aus nem|aus einem|vor den|vor einen|vor nen|vor die|vor eine|"
       r"von dem|unter den|unter einen|unter die|auf die) (?:brucke|bruecke|dach|hochhaus|"
       r"balkon|fenster|klippe|klippen|zug|u bahn|you bahn|ubahn|s bahn|sbahn|bahn|gleise|lkw|"
       r"laster|"
       r"auto|bus|strassenbahn|tram|turm|parkhaus|autobahnbrucke|felsen|[0-9]+ stock)(?= )"),
    _c("in-front-train", r" vor (?:den|einen|die|nen|ne|eine|dem|das) (?:zug|u bahn|you bahn|"
       r"ubahn|s bahn|"
       r"sbahn|bahn|lkw|laster|auto|bus|strassenbahn|tram|ice|regionalbahn|gegenverkehr|"
       r"nachsten zug|naechsten zug|laster)(?= )",
       before=r" (?:leg|lege|legen|werf|werfe|werfen|schmeiss|schmeisse|schmeissen|spring|"
       r"springe|springen|stell|stelle|stellen|lauf|laufe|laufen|fahr|fahre|fahren|geh|gehe)"
       r" (?:mich|ich mich)(?: einfach| jetzt| heute| morgen| gleich| dann)?"),
    _c("jump-high", r" (?:springen|zu springen|spring|springe|runterspringen|runterzuspringen|"
       r"runter springen|runterzuspringen|mich fallen lassen|fallen zu lassen|loslassen)"
       r"(?! (?:ins kalte wasser|uber meinen schatten|ueber meinen schatten|uber den schatten|"
       r"vor freude|im dreieck))(?= )", also="cond.de.high",
       before=r" (?:uberleg|ueberleg|uberlege|ueberlege|will|werd|werde|mochte|moechte|denk|"
       r"denke|denke dran|denk dran|kurz davor|bereit|gedanken|lust|drang|versucht|am liebsten|"
       r"einfach|jetzt|gleich|ich|zum|um)(?: [^ ]++){0,2}"),
    _cond("high", r" (?:auf der|auf einer|auf dem|aufm|am|an der|an dem|uber dem|ueber dem|im) "
          r"(?:brucke|bruecke|dach|balkon|fenster|klippe|hochhaus|geländer|gelander|gelaender|"
          r"rand|abgrund|gleis|gleisen|bahnsteig|[0-9]+ stock|obersten stock|turm|parkhaus)"
          r"(?= )"),
    _c("look-down", r" (?:runter|hinunter|tiefe|wasser|gleise|unten|abgrund|strasse)(?= )",
       also="cond.de.high",
       before=r" (?:schau|schaue|schauen|guck|gucke|starr|starre|blick|blicke|seh|sehe)"
       r"(?: [^ ]++){0,2}(?: in die| ins| aufs| auf die| nach| in den)?"),
    _c("walk-into-water", r" (?:rein|hinein|ins wasser|see|fluss|"
       r"meer)(?: [^ ]++){0,3} bis (?:es|alles|ich) (?:vorbei ist|vorbei|untergehe|"
       r"nicht mehr|weg bin|aus ist)(?= )"),
    _c("pills-took", r" <PILLS>(?: [^ ]++){0,3} (?:geschluckt|genommen|"
       r"eingeworfen|eingenommen|gefressen|runtergeschluckt|runtergewurgt|reingehauen|"
       r"reingeworfen|geschmissen|schlucken|nehmen|einwerfen|zu schlucken|zu nehmen|"
       r"einnehmen|geschlickt)(?! gegen)(?= )", before=r" <QTY>(?: [^ ]++){0,2}"),
    _c("pills-hoard", r" <PILLS>(?: [^ ]++){0,3} (?:gesammelt|gehortet|gebunkert|zusammengespart|"
       r"angespart|aufgehoben|beiseite gelegt|beiseitegelegt|gezahlt|zusammengesammelt|"
       r"versteckt|aufgespart|gespart|eingesteckt|geklaut|gestohlen|abgezweigt)"
       r"(?= )"),
    _c("pills-hoard-2", r" (?:sammle|sammel|sammeln|horte|horten|bunker|bunkere|bunkern|spar|"
       r"spare|zahle|zahl)(?: [^ ]++){0,3} <PILLS>(?= )"),
    _c("pills-enough", r" (?:genug|genugend|ausreichend) <PILLS>(?= )"),
    _c("overdose", r" (?:uberdosis|ueberdosis|uberdosieren|ueberdosieren|vergiften|vergifte|"
       r"gift nehmen|gift schlucken|gift genommen)(?= )", negatable=True),
    _c("hang", r" (?:strick um den hals|schlinge|schlinge um den hals|erhangen|erhaengen|"
       r"aufhangen|aufhaengen|kugel in den kopf|kugel durch den kopf|pistole an den kopf|"
       r"waffe an den kopf|kopfschuss|abgase|auspuff|kohlenmonoxid|kohlenmonoxyd)(?= )",
       negatable=True),
    # ---- ask: soft signals
    _a("means-near", r" <PILLS>(?: [^ ]++){0,5} (?:in der schublade|im schrank|liegen bereit|"
       r"liegen hier|liegen neben mir|neben mir|vor mir|in meiner hand|auf dem tisch|"
       r"auf dem nachttisch|bereit|gezahlt|abgezahlt|im bad|im badezimmer)(?= )"),
    _a("rope", r" (?:seil|strick|strang|schlinge)(?: [^ ]++){0,1} (?:gekauft|besorgt|geholt|"
       r"bestellt|hier|bereit|im keller|in der garage|dachboden)(?= )"),
    _a("rope-2", r" (?:seil|strick|strang)(?= )",
       before=r" (?:kauf|kaufe|besorg|besorge|hol|hole|bestell|bestelle|hab|habe|hab mir|"
       r"habe mir|hab schon)(?: [^ ]++){0,1} (?:ein|einen|nen|n|das|den)"),
    _a("gun", r" (?:waffe|pistole|gewehr|revolver|knarre|schusswaffe|jagdgewehr|flinte)(?= )",
       before=r" (?:weiss wo|weiss wo die|gefunden|hab|habe|kaufen|gekauft|besorgen|besorgt|"
       r"halte|halt|lade|laden|geladen)(?: [^ ]++){0,3} (?:die|eine|ne|seine|meine|dessen|"
       r"meines vaters|von meinem vater|papas|vaters|seine)"),
    _a("high-place", r" (?:auf der|aufm|auf dem|am|an der) (?:brucke|bruecke|dach|klippe|rand|"
       r"abgrund|gleis|gleisen|geländer|gelander|gelaender)(?= (?:$|und (?:schau|guck|starr|"
       r"denk|uberleg|ueberleg|weiss nicht|wein|heul|zitter|kann nicht mehr)|allein|alleine|"
       r"nachts|mitten in der nacht|gerade|grad|jetzt|schon seit))",
       before=r" (?:steh|stehe|sitz|sitze|bin|lieg|liege|warte|wart|ich steh|ich sitz)"
       r"(?: gerade| grad| jetzt| hier| schon)?"),
    _a("look-tracks", r" (?:gleise|schienen|bahngleise|abgrund|tiefe)(?= )",
       before=r" (?:schau|schaue|guck|gucke|starr|starre|blick|blicke|seh|sehe) (?:auf die|"
       r"in die|die|auf den|in den|den)"),
    _a("no-way-out", r" (?:ausweg|hoffnung|zukunft|licht am ende|sinn|perspektive|losung|"
       r"loesung)(?! (?:wegen|bei|im|in der|in dem|aus dem|aus der|aus diesem|aus dieser|"
       r"aus unserem|aus unserer|fur den|fur das|fur die|"
       r"mit dem|mit der|beim|zum|zur)(?= ))(?! (?:fur (?:uns|die beziehung|unsere beziehung)|"
       r"mit (?:ihm|ihr)|ohne (?:dich|"
       r"ihn|sie|euch)))(?= )",
       before=r" (?:keinen|kein|keine|gibt keinen|gibt keine|seh keinen|sehe keinen|seh keine|"
       r"sehe keine|nicht mal einen|null|ohne|nirgends|nirgendwo|seh nirgends|sehe nirgends)"
       r"(?: [^ ]++){0,1}"),
    _a("never-better", r" (?:wird nie besser|wird nie wieder gut|wird niemals besser|"
       r"wird sich nie andern|wird sich nie aendern|wird nie wieder|andert sich nie|"
       r"aendert sich nie|komm da nie raus|komme da nie raus|komm hier nie raus)(?= )"),
    _a("want-stop", r" (?:aufhort|aufhoert|aufhoren|vorbei ist|endet|zu ende ist|ruhe ist)(?= )",
       before=r" (?:will|mochte|moechte|wunsch|wunsche|wunschte|will nur noch|will einfach|"
       r"will nur)(?: [^ ]++){0,1} (?:dass|das) (?:es|alles|das alles|der schmerz|das leben|"
       r"endlich alles|es endlich|alles endlich)"),
    _a("not-here", r" (?:nicht mehr da|nicht mehr hier|nicht mehr lange da|nicht mehr lange hier|"
       r"nicht mehr am leben|weg)(?= (?:$|sein|bin|sein werde|fur immer|mehr))",
       before=r" (?:bald|morgen|bin bald|bin morgen|werd bald|werde bald|bald bin ich|"
       r"dann bin ich|ich bin bald|vielleicht bald|vielleicht schon bald|schon bald|"
       r"(?:ich ware|ich war|ware ich|ich waere|waere ich)(?: einfach| doch| lieber)?)"),
    _a("will-not-more", r" (?:will|kann|mag) (?:einfach |echt |wirklich )?nicht mehr"
       r"(?= (?:$|ich will nicht mehr|leben|bitte|sorry|es tut mir leid|wirklich))"),
    _a("last-message", r" (?:letzte nachricht|letzten nachricht|letzte mal dass du|letztes mal "
       r"dass du|letzte mal das du|nie wieder von mir horen|nie wieder von mir hoeren|"
       r"nie mehr von mir horen|nichts mehr von mir horen|letzten worte|letzte worte)"
       r"(?! (?:zu|zum|uber|ueber|bezuglich|bezueglich|wegen|dazu|in dieser sache|zu dem|"
       r"zu diesem|zur|an die gruppe))(?!(?: [^ ]++){0,4} (?:alles gute|viel gluck|viel glueck|"
       r"ich wunsche dir|ich wuensche dir|werd glucklich))(?= )"),
    _a("farewell-tell", r" (?:dass|das) ich (?:sie|ihn|euch|dich|sie alle|alle) (?:lieb hab|"
       r"lieb habe|liebe|geliebt hab|geliebt habe|immer geliebt|liebhab|liebhabe)(?= )",
       before=r" (?:sag|sagt|sagen|sag bitte|richte|richtet|sag ihr|sag ihm) (?:meiner|meinem|"
       r"meinen|allen|jedem|mama|papa)(?: [^ ]++){0,2}"),
    _a("not-fault", r" (?:(?:nicht|nichts) (?:ihre|seine|deine|eure|ihre) schuld|niemandes schuld|"
       r"keiner schuld)(?= )", also="cond.de.farewellctx"),
    _cond("farewellctx", r" (?:sag meiner|sag meinem|sagt meiner|lieb hab|lieb habe|leb wohl|"
          r"lebt wohl|letzte nachricht|pass auf dich auf|passt auf euch auf)(?= )"),
    _a("farewell", r" (?:(?:leb|lebt|lebe) wohl|lebewohl)(?!(?: [^ ]++){0,3} (?:alles gute|"
       r"viel gluck|"
       r"viel glueck|werd glucklich|werd gluecklich|sei glucklich|sei gluecklich|schones leben|"
       r"schoenes leben))(?= )"),
    _c("farewell-thanks", r" (?:leb|lebt|lebe) wohl(?= (?:$|danke|fur immer|fuer immer|ihr alle|"
       r"alle|und danke|ich liebe|ich hab euch|es tut mir leid|verzeiht|verzeih))"),
    _c("farewell-absolve", r" (?:nicht (?:ihre|seine|deine|eure) schuld|niemandes schuld|"
       r"keiner schuld)(?= )", also="cond.de.tell"),
    _cond("tell", r" (?:dass|das) ich (?:sie|ihn|euch|dich|sie alle|alle) (?:lieb hab|lieb habe|"
          r"liebe|geliebt hab|geliebt habe|immer geliebt|liebhab|liebhabe)(?= )",
          before=r" (?:sag|sagt|sagen|sag bitte|richte|richtet|sag ihr|sag ihm) (?:meiner|meinem|"
          r"meinen|allen|jedem|mama|papa)(?: [^ ]++){0,2}"),
    _a("farewell-2", r" (?:verabschieden|abschied nehmen|tschuss sagen)(?= (?:bevor|fur immer|"
       r"von allen|von euch))"),
    _a("worry-not", r" (?:keine sorgen mehr|keine gedanken mehr)(?: [^ ]++){0,2} (?:um mich|"
       r"wegen mir)(?= )"),
    _a("soon-done", r" (?:bald|gleich|heute|morgen) (?:ist|sind) (?:das |es |alles |das alles )?"
       r"(?:alles )?(?:erledigt|vorbei|voruber|vorueber|zu ende|uberstanden|ueberstanden)"
       r"(?= )"),
    _c("give-away-ready", r" (?:verschenkt|verschenke|verschenken|weggegeben|vermacht|vererbt|"
       r"hergegeben)(?= )", also="cond.de.ready",
       before=r" (?:alles|all meine sachen|meine sachen|meine klamotten|mein zeug|meine katze|"
       r"meinen hund|meine katzen|meine gitarre|meine platten|meine bucher|meine buecher|"
       r"mein ganzes zeug|meine tiere|meine pflanzen|mein geld|meinen laptop|meine schuhe)"
       r"(?: [^ ]++){0,3}"),
    _cond("ready", r" (?:bin bereit|ich bin bereit|bin soweit|ich bin soweit|es ist zeit|"
          r"ist alles geregelt|alles ist geregelt|brauch das nicht mehr|brauche das nicht mehr|"
          r"brauch ich nicht mehr|brauche ich nicht mehr|brauch ich eh nicht mehr)(?= )"),
    _a("give-away", r" (?:verschenkt|verschenke|verschenken|weggegeben|abgegeben|vermacht|"
       r"vererbt|hergegeben)(?! (?:an die|an den|an eine|an einen|ans|zum|zur|bei ebay|was|von|"
       r"auf kleinanzeigen|bei kleinanzeigen|weil ich umziehe|vor dem umzug))(?= )",
       before=r" (?:alles|all meine sachen|meine sachen|meine klamotten|mein zeug|meine katze|"
       r"meinen hund|meine katzen|meine gitarre|meine platten|meine bucher|meine buecher|"
       r"mein ganzes zeug|meine tiere|meine pflanzen|mein geld|meinen laptop|meine schuhe)"
       r"(?: (?!was |von |vom )[^ ]++){0,3}"),
    _a("give-need", r" (?:brauch|brauche|braucht|werde|werd) (?:sie|ihn|es|das|das alles|die|den|"
       r"alles|das zeug|die sachen|die alle)(?: ja| eh| dann| bald| sowieso)? (?:nicht mehr|"
       r"eh nicht mehr|nie mehr|nicht mehr brauchen)(?= )", also="cond.de.gave"),
    _cond("gave", r" (?:gegeben|geschenkt|verschenkt|kannst|konnt|darfst|behalten|haben|nimm|"
          r"abgegeben|vermacht|ubernimmst|uebernimmst|kummer dich|kuemmer dich)(?= )"),
    _a("passwords", r" (?:passworter|passwoerter|passwort|zugangsdaten|pins|pin|kennworter|"
       r"kennwoerter|logins|kummer dich|kuemmer dich|kummert euch|kuemmert euch)(?: [^ ]++){0,6} "
       r"(?:was zu tun ist|weisst dann|weisst du dann|fur danach|fuer danach|fur spater|"
       r"falls was ist|wenn ich|fur den fall|danach|nach mir)(?= )"),
    _a("end-arrived", r" (?:am ende angekommen|am ende meiner kraft|am ende meiner krafte|"
       r"mit allem abgeschlossen|mit dem leben abgeschlossen|alles geregelt|alles erledigt)"
       r"(?= )"),
    _a("do-it-today", r" (?:ziehe|zieh|ziehen) (?:ich )?(?:es|das) (?:heute |jetzt |morgen |"
       r"endlich |wirklich )?durch(?= )"),
    _a("gone-forever-soft", r" (?:fur|fuer) immer (?:geh|gehe|gehen|weg|verschwinde|weggehen)"
       r"(?! (?:nach|in|zu|aus|ins|von|mit|weil|um|nach|ans|auf|fur|fuer|zum|zur|aus)(?= ))"
       r"(?! weg (?:nach|in|zu|aus|ins|von|mit|weil|um|ans|auf|fur|fuer|zum|zur)(?= ))(?= )"),
    _a("burden-soft", r" (?:last|belastung|burde|buerde)(?= )",
       before=r" (?:bin|bin nur|bin doch nur|bin einfach nur|bin nur noch|fuhl mich wie|"
       r"fuehl mich wie) (?:eine|ne|n)"),
    _a("better-without", r"(?<!du warst)(?<!du bist)(?<!er ist)(?<!sie ist)(?<!er ware)"
       r"(?<!sie ware)(?<!er war)(?<!sie war)(?<!du waerst)(?<!er waere)(?<!sie waere)"
       r" (?:besser dran ohne mich|ohne mich besser dran|ohne mich besser|"
       r"ohne mich glucklicher|ohne mich gluecklicher|glucklicher ohne mich|"
       r"gluecklicher ohne mich)(?= )"),
    _a("if-gone-soft", r" wenn ich (?:weg|tot|nicht mehr da|nicht mehr hier|nicht mehr am leben) "
       r"(?:war|ware|waer|waere|bin)(?= )"),
    # ---- harm to others
    _h("bring-um", r" (?:bring|bringe|bringen|bringst|bring ich|bringe ich|werd|werde|wurde)"
       r" (?:ich )?<THEM>(?: [^ ]++){0,3} (?:um|umbringen|um die ecke)"
       r"(?!(?: [^ ]++){0,12} <JOKE>(?= ))(?= )", negatable=True),
    _h("beat-up", r" (?:verprugel|verpruegel|verprugle|verpruegle|vermobel|vermoebel|verdresch|"
       r"verdresche|verhau|verhaue) (?:ihn|sie|den|die|dich|euch)"
       r"(?!(?: [^ ]++){0,12} <JOKE>(?= ))(?= )", negatable=True),
    _h("kill", r" (?:umbringen|umlegen|abstechen|abknallen|kaltmachen|kalt machen|toten|toeten|"
       r"erschlagen|erwurgen|erwuergen|erstechen|erschiessen|fertigmachen|fertig machen|"
       r"zusammenschlagen|zusammentreten|verprugeln|verpruegeln|vermobeln|vermoebeln|"
       r"plattmachen|platt machen|kaputtschlagen|kaputt schlagen|abmurksen|killen|aufschlitzen|"
       r"abfackeln|anzunden|anzuenden|vergiften|uberfahren|ueberfahren|totschlagen|"
       r"tot schlagen|kalt machen|massakrieren|weh tun|wehtun|schlagen|hauen|treten|"
       r"aufmischen|auf die fresse hauen)"
       r"(?!(?: [^ ]++){0,12} <JOKE>(?= ))(?= )",
       negatable=True,
       before=r" <THEM>(?: [^ ]++){0,3}"),
    _h("separable", r" (?:mach|mache|machen|stech|steche|knall|knalle|leg|lege|schlag|schlage|"
       r"tret|trete|hau|haue|prugel|pruegel|pruegle|prugle) (?:ich )?<THEM>(?: [^ ]++){0,2} "
       r"(?:ab|um|nieder|zusammen|tot|kalt|fertig|platt|krankenhausreif|alle|windelweich|"
       r"kaputt)(?!(?: [^ ]++){0,10} <JOKE>(?= ))(?= )", negatable=True),
    _h("show-chats", r" (?:zeig|zeige|schick|schicke|leite|leit|geb|gebe) (?:seiner|ihrer|deiner|"
       r"seinem|ihrem|deinem|seinen|ihren|deinen) (?:frau|mann|freundin|freund|mutter|vater|"
       r"eltern|chef|chefin|familie|neuen|neue|kollegen|kolleginnen|arbeitgeber|kindern)"
       r" (?:unsere|deine|seine|ihre|die|alle|all die) (?:chats|nachrichten|screenshots|sms|mails|"
       r"fotos|bilder|videos|nacktbilder|nudes|briefe|sprachnachrichten|whatsapps)(?= )",
       negatable=True),
    _h("secrets", r" (?:erzahl|erzaehl|erzahle|erzaehle|verrat|verrate|verbreite|verbreit|poste|"
       r"teile|teil|plauder|ausplaudern|ausplauder|erzahlen|verraten) (?:allen|jedem|der ganzen "
       r"welt|allen leuten|seiner|ihrer|seinen|ihren|deinem|deiner|deinen|der ganzen schule|"
       r"der ganzen firma)(?: [^ ]++){0,2} (?:geheimnisse|geheimnis|intimsten|sexleben|"
       r"krankheit|diagnose|intimes|intime details)(?= )", negatable=True),
    _h("fresse", r" (?:polier|poliere|polieren|hau|haue|hauen|schlag|schlage|schlagen|brech|"
       r"breche|brechen|tret|trete|treten|hau ich|polier ich|schlag ich|brech ich) (?:dir|ihm|"
       r"ihr|euch|deinem|seinem|ihrem|ihn|dich|den|dem)(?: [^ ]++){0,2} (?:die fresse|"
       r"die schnauze|das maul|aufs maul|in die fresse|eine rein|eins rein|ein paar rein|"
       r"ne rein|die nase|die zahne|die zaehne|die knochen|die beine|das genick|den schadel|"
       r"ins gesicht|eine runter|zusammen|kaputt|krankenhausreif|windelweich|tot|"
       r"grun und blau|die birne|den kopf ein|den schaedel ein|den schadel ein|eine in die fresse|"
       r"eine aufs maul|die fresse ein|alle knochen)(?= )", negatable=True),
    _h("hurt-want", r" (?:weh tun|wehtun|weh zu tun|wehzutun|schaden|leiden lassen|"
       r"leiden sehen|antun|zu leid tun|zuleide tun)(?= )",
       negatable=True,
       before=r" (?:will|mochte|moechte|werd|werde|wurde|wuerde|muss|konnte|koennte|"
       r"wurd|lust|bock) (?:ihm|ihr|dir|euch|ihnen|ihn|sie|dich|dem|der)"
       r"(?: (?:so|richtig|echt|wirklich|mal|einfach|was|etwas|ordentlich|endlich)){0,2}"),
    _h("regret-pay", r" (?:wirst|werdet|wird|werden) (?:das |es |dafur |dafuer |mir |noch |sie |"
       r"er |ihr |du )*?"
       r"(?:bereuen|bezahlen|bussen|buessen|buss|leiden|zahlen|buessen)(?= )"),
    _h("know-where-you", r" weiss (?:genau |ganz genau )?wo (?:du|ihr) (?:wohnst|wohnt|"
       r"arbeitest|arbeitet|schlafst|schlaefst|bist|parkst|wohnen|joggst|trainierst)(?= )"),
    _h("watch-out", r" (?:aufpassen|auf sich aufpassen|sich vorsehen|vorsehen|besser aufpassen|"
       r"gut aufpassen|lieber aufpassen|aufpassen was|aufpassen wo)(?= )",
       also="cond.de.knowwhere",
       before=r" (?:soll|sollte|solltest|sollst|muss|musst|soll er|soll sie|sollte er|"
       r"sollte sie|er soll|sie soll|er sollte|sie sollte|ihr sollt)(?: besser| lieber| gut|"
       r" mal)?"),
    _cond("knowwhere", r" weiss (?:genau |ganz genau )?wo (?:er|sie|du|ihr) (?:wohnt|wohnst|"
          r"arbeitet|arbeitest|ist|bist|schlaft|parkt|trainiert)(?= )"),
    _h("property", r" (?:zerkratz|zerkratze|zerkratzen|zerstech|zerstechen|zersteche|stech|"
       r"steche|stechen|schlitz|schlitze|schlitzen|aufschlitzen|demolier|demoliere|demolieren|"
       r"zertrummer|zertrummere|zertrummern|zertruemmern|zerschlag|zerschlage|zerschlagen|"
       r"verbrenn|verbrenne|verbrennen|anzunden|zund|zunde|zuend|abfackeln|fackel|fackle|"
       r"beschmier|beschmiere|beschmieren|kaputtmachen|mach kaputt|zerreiss|zerreisse|"
       r"zerreissen|zerstor|zerstore|zerstoren|zerstoer|zerstoere|zerstoeren|eintreten|"
       r"einschlagen|einwerfen|schmeiss|schmeisse|demoliere|ramme|rammen|klau|klaue|"
       r"lass die luft aus|lasse die luft aus) (?:all |alle |die ganzen |das ganze )?"
       r"(?:sein|seine|seinen|ihr|ihre|ihren|dein|deine|deinen|die|den|das|euer|eure|der)"
       r"(?: ganzen| neue| neues| neuen| schone| schones| teure| teures)? (?:auto|autos|karre|"
       r"wagen|reifen|scheiben|scheibe|fenster|sachen|klamotten|zeug|tur|tuer|haus|wohnung|"
       r"handy|laptop|fahrrad|rad|motorrad|roller|briefkasten|gitarre|moebel|mobel|bude|"
       r"windschutzscheibe|lack|kleider|kleidung|spiegel|auspuff|garten|laden|geschaft)(?= )",
       negatable=True),
    _h("tires", r" (?:reifen|die reifen|seine reifen|ihre reifen|deine reifen) (?:auf|platt|"
       r"kaputt)(?= )",
       before=r" (?:stech|steche|stechen|zerstech|schlitz|schlitze|mach|mache|mach ich)"
       r"(?: [^ ]++){0,3}"),
    _h("nudes", r" (?:nacktbilder|nacktbild|nacktfotos|nacktfoto|nacktvideos|nacktvideo|nudes|"
       r"intime bilder|intimen bilder|intime fotos|intimen fotos|intime videos|intimen videos|"
       r"sexvideo|sexvideos|sextape|pornos|privaten bilder|privaten fotos|private bilder|"
       r"private fotos|nacktselfies|sexbilder)(?= )", negatable=True,
       before=r" (?:schick|schicke|schicken|verschick|verschicke|verschicken|poste|posten|post|"
       r"teil|teile|teilen|veroffentlich|veroffentliche|veroffentlichen|veroeffentlichen|leak|"
       r"leake|leaken|zeig|zeige|zeigen|verbreite|verbreiten|verbreit|stell|stelle|hochladen|"
       r"lad|lade|schick ich|stell ich|verkaufen|verkauf|drohen|droh|drohe)(?: [^ ]++){0,3}"),
    _h("nudes-where", r" (?:nacktbilder|nacktfotos|nacktvideos|nudes|intimen bilder|"
       r"intime bilder|intime fotos|sexvideo|sextape)(?: [^ ]++){0,5} (?:an alle|ins netz|"
       r"online|ins internet|rum|herum|rumschicken|an deinen|an ihren|an seinen|an deine|"
       r"an ihre|an seine|auf instagram|auf insta|auf pornhub)(?= )", negatable=True),
    _h("send-chats", r" (?:schick|schicke|schicken|verschick|leite|leit|weiterleiten|leite weiter|"
       r"zeig|zeige|zeigen|poste|posten|veroffentlich|veroffentlichen|verbreite|verbreiten) "
       r"(?:unsere|deine|seine|ihre|eure|die|alle|all deine|all seine|all ihre) (?:chats|"
       r"nachrichten|screenshots|sms|mails|emails|fotos|bilder|videos|briefe|"
       r"sprachnachrichten|geheimnisse|whatsapps|dms|texte|chatverlaufe|chatverlauf|"
       r"sexting|nachrichtenverlauf)(?: [^ ]++){0,3} (?:an|ins|im|auf|bei|in) (?:deinen|deine|"
       r"seinen|seine|ihren|ihre|alle|allen|das|netz|internet|instagram|insta|facebook|tiktok|"
       r"chef|chefin|arbeitgeber|familie|eltern|freundin|freund|mann|frau|gruppe|whatsapp|"
       r"die gruppe|der gruppe|seiner|ihrer|deiner)(?= )", negatable=True),
    _h("fired", r" (?:gefeuert|gekundigt|gekuendigt|rausgeschmissen|entlassen|rausfliegt|"
       r"rausfliegst|rausgeworfen|den job verliert|den job verlierst|seinen job verliert|"
       r"ihren job verliert|deinen job verlierst)(?= )",
       before=r" (?:damit|dass|bis|so dass|sodass) (?:du|er|sie|ihr)"),
    _h("life-hell", r" (?:leben zur holle|leben zur hoelle|leben zur qual|leben schwer|"
       r"leben kaputt|leben zerstoren|leben zerstoeren|leben ruinieren|leben versauen|"
       r"leben zum albtraum|leben zum alptraum|leben zu hölle|ruf ruinieren|ruf zerstoren|"
       r"karriere zerstoren|karriere ruinieren|karriere zerstoeren)(?= )",
       negatable=True, before=r" (?:das|sein|ihr|dein|euer|deinen|seinen|ihren)"),
    _h("revenge", r" (?:rache|rachen|raechen|racheakt|rachen werde|rache nehmen|"
       r"heimzahlen|heimgezahlt|heimzuzahlen|zuruckzahlen|zurueckzahlen|vergeltung)"
       r"(?! (?:ist|war|ware|sind) (?:gluck|glueck|gut leben|gut zu leben|erfolg|das beste))(?= )",
       negatable=True),
    _h("threat-words", r" (?:du wirst schon sehen|wirst schon sehen|das wird ein nachspiel haben|"
       r"das hat konsequenzen|pass bloss auf|pass nur auf|pass lieber auf|warte nur ab|"
       r"wart nur ab|ihr werdet sehen|ich krieg dich|ich krieg euch|ich kriege dich|"
       r"du bist tot|ihr seid tot|er ist tot wenn|sie ist tot wenn|du bist dran|er ist dran|"
       r"sie ist dran|ihr seid dran|letzte warnung)(?= )"),
    _h("tell-die", r" (?:bring dich um|bring dich doch um|geh sterben|stirb doch|verreck doch|"
       r"verreck(?! vor)|krepier doch|sollst sterben|soll sterben|soll verrecken|sollst verrecken|"
       r"hoffe du stirbst|hoffe er stirbt|hoffe sie stirbt|hoffe du verreckst|"
       r"hoffe er verreckt|hoffe sie verreckt|wunsche dir den tod|wunsch dir den tod|"
       r"wuensche dir den tod|verdient zu sterben|verdienst zu sterben|verdienen zu sterben)"
       r"(?= )"),
    # ---- harassment
    _cond("blocked", r" (?:blockiert|geblockt|blockt|blockiert hat|gesperrt|entfreundet|"
          r"entfolgt|ghostet|geghostet|kontaktsperre|kontaktverbot|annaherungsverbot|"
          r"annaeherungsverbot|einstweilige verfugung|einstweilige verfuegung|kein kontakt|"
          r"keinen kontakt|will nichts mehr von mir|nicht mehr melden|nicht mehr schreiben|"
          r"ruhe lassen|nicht mehr kontaktieren|antwortet nicht|antwortet nicht mehr|"
          r"ignoriert mich|nummer geandert|nummer geaendert|neue nummer hat)(?= )"),
    _s("fake-account", r" (?:fake account|fakeaccount|fake accounts|fake profil|fakeprofil|"
       r"fake konto|fake insta|fake acc|fake nummer|fakenummer|anonymen account|"
       r"anonymes profil|anonymen profil|anonymes konto|falsches profil|falschen account|"
       r"falsches konto|falschen namen|falscher name|unter falschem namen|gefakten account|"
       r"gefaktes profil|(?:einen|ein|nen|mein|meinen|meinem) finsta)(?= )", negatable=True),
    _s("second-account", r" (?:zweitaccount|zweit account|zweitprofil|zweitkonto|zweitnummer|"
       r"zweithandy|neuen account|neues profil|neue nummer|neuen nummer|ne neue nummer|"
       r"neue sim|neue simkarte|neuen simkarte|andere nummer|anderen nummer|anderen account|"
       r"anderes profil|anderes handy|neues konto|neuen insta|neue email|neue mail|prepaid)"
       r"(?= )", also="cond.de.blocked"),
    _s("hidden-number", r" (?:unterdruckter nummer|unterdrueckter nummer|unterdruckte nummer|"
       r"unterdrueckte nummer|nummer unterdrucken|nummer unterdruecken|nummer unterdruckt|"
       r"anonymer nummer|anonym anrufen|anonym anruf|unbekannter nummer|unbekannten nummer|"
       r"privater nummer|rufnummer unterdruckt|ohne nummer anrufen|mit unterdruckter|"
       r"mit unterdrueckter|nummer verstecken|nummer verbergen)(?= )", negatable=True),
    _s("not-know-me", r" (?:dass|das) ich (?:es|das) bin(?= )",
       before=r" (?:nicht|nich|net|nicht mal|gar nicht|nie)"),
    _s("family-sothat", r" (?:ruf|rufe|rufen|anrufen|anzurufen|schreib|schreibe|schreiben|"
       r"kontaktier|kontaktiere|kontaktieren|frag|frage|fragen|geh zu|gehe zu|besuch|besuche) "
       r"(?:ihre|seine|ihren|seinen|ihrer|seiner|ihrem|seinem|deren|dessen) <FAM>"
       r"(?: [^ ]++){0,2} (?:damit|dass|das|um|ob) (?:sie|er|die|der)(?: [^ ]++){0,4} "
       r"(?:ihr|ihm|mir|sie|er)(?= )", negatable=True),
    _s("family-blocked", r" (?:ruf|rufe|rufen|anrufen|schreib|schreibe|schreiben|kontaktier|"
       r"kontaktiere|kontaktieren|frag|frage|fragen|meld|melde|besuch|besuche|wend|wende)"
       r"(?: mich)?(?: einfach| halt| dann| jetzt| eben| stattdessen| trotzdem)?"
       r"(?: an| bei)? (?:ihre|seine|ihren|seinen|ihrer|seiner|ihrem|seinem|deren|dessen) "
       r"<FAM>(?= )", also="cond.de.blocked"),
    _s("relay", r" (?:ihr|ihm) (?:meine|meinen|mein|eine|einen|ne|nen|die|den|das)? ?(?:nachricht|"
       r"nachrichten|brief|briefe|botschaft|zettel|geschenk|grusse|gruss|karte)"
       r" (?:weiterzuleiten|weiterleiten|weiterzugeben|weitergeben|auszurichten|ausrichten|"
       r"zu geben|zu bringen|zu uberbringen|zu zeigen|zu schicken|geben|bringen|schicken|"
       r"zeigen|zuzustecken|zustecken)(?= )",
       before=r" (?:gebeten|bitten|bitte|gefragt|fragen|frag|uberredet|uberrede|ueberredet|soll|"
       r"sollen|lass|lasse|angefleht|angebettelt|beauftragt|bezahlt)"),
    _s("proxy-phone", r" von (?:seinem|ihrem|deren|dessen|nem|einem) (?:handy|telefon|account|"
       r"konto|nummer|insta|profil|whatsapp|snapchat|snap|instagram)(?: aus)? (?:schreiben|"
       r"anrufen|texten|schreibt|ruft|kontaktieren|melden|schicken|schreibe|schreib|anruft)"
       r"(?= )"),
    _s("proxy", r" (?:kumpel|kumpels|freund|freundin|freunde|schwester|bruder|mutter|kollege|"
       r"kollegin|mitbewohner|mitbewohnerin|cousin|cousine|bekannter|bekannte) (?:soll|sollen|"
       r"muss|mussen|wird|kann|konnte|koennte) (?:ihr|ihm|sie|ihn)(?: [^ ]++){0,4} "
       r"(?:schreiben|anrufen|kontaktieren|sagen|ausrichten|fragen|texten|beobachten|"
       r"ausspionieren|ausspionieren|folgen|verfolgen|uberwachen|stalken|abfangen)(?= )",
       negatable=True),
    _s("other-phone", r" (?:vom|von dem|uber das|ueber das|mit dem|von) (?:handy|telefon|"
       r"account|konto|insta|profil|nummer|whatsapp) (?:meiner|meines|von meiner|von meinem|"
       r"seiner|ihrer|einer|eines|meinem) <FAM>(?= )",
       before=r" (?:schreib|schreibe|schreiben|ruf|rufe|anrufen|kontaktier|kontaktiere|meld|"
       r"melde|texte)(?: (?:sie|ihn|ihr|ihm))?(?: (?:einfach|dann|jetzt|heute|halt))?"),
    _s("other-number", r" mit (?:ner|einer|der|nem|einem|ne|n) (?:anderen|neuen|fremden|zweiten|"
       r"unbekannten|geheimen|geliehenen) (?:nummer|handy|sim|simkarte|account|profil)(?= )",
       before=r" (?:ruf|rufe|anrufen|schreib|schreibe|schreiben|kontaktier|kontaktiere|meld|"
       r"melde)(?: (?:sie|ihn|ihr|ihm|mich))?(?: (?:einfach|dann|jetzt|heute|halt|bei ihr|"
       r"bei ihm))?"),
    _s("to-meet", r" (?:damit|um|dass) ich (?:sie|ihn) (?:treffe|sehe|zu treffen|zu sehen|abpasse|"
       r"abzupassen|erwische|zu erwischen|zufallig treffe|zufaellig treffe|uber den weg laufe|"
       r"ueber den weg laufe)(?= )",
       before=r" (?:geh|gehe|fahr|fahre|meld mich|melde mich|anmelden|lauf|laufe) (?:in|zu|an|"
       r"ins|zum|zur|bei) (?:ihr|sein|ihre|seine|ihren|seinen|ihrem|seinem|das gleiche|"
       r"dieselbe|dasselbe|denselben)(?: [^ ]++){0,2}"),
    _s("follow", r" (?:folge|folg|verfolge|verfolg|folgen|verfolgen|hinterher) (?:ihm|ihr|ihn|sie)"
       r"(?: (?:heimlich|einfach|dann|immer|jeden tag|unauffallig))? (?:nach|bis|zu|von|"
       r"nachhause|nach hause|uberall|ueberall|heim|zur|zum)(?= )", negatable=True),
    _s("ask-where", r" (?:wo|mit wem|ob) (?:sie|er) (?:wohnt|lebt|arbeitet|ist|hinzieht|wohnen|"
       r"jetzt wohnt|jetzt lebt|jetzt ist|schlaft|hingezogen)(?= )",
       before=r" (?:frag|frage|fragen|ausfragen|ausquetschen) (?:ihre|seine|ihren|seinen|deren|"
       r"dessen) <FAM>"),
    _s("read-device", r" (?:les|lese|lesen|durchsuch|durchsuche|check|checke|kontrollier|"
       r"kontrolliere|schau|schaue|geh|gehe) (?:ihre|seine|alle ihre|alle seine) (?:nachrichten|"
       r"chats|mails|emails|whatsapps|dms|sms)(?: [^ ]++){0,1} (?:auf|in|uber|ueber|an) "
       r"(?:ihrem|seinem|ihrer|seiner|dem|der) (?:handy|laptop|computer|pc|ipad|tablet|account|"
       r"konto|icloud|cloud|rechner)(?= )", negatable=True),
    _s("drive-past", r" an (?:ihrem|seinem|ihrer|seiner|deren|dessen) <PLACE> vorbei"
       r"(?!(?: [^ ]++){0,3} (?:auf dem weg|weil ich|zur arbeit|zur uni|zur schule))(?= )",
       negatable=True,
       before=r" (?:jeden abend|jede nacht|jeden tag|standig|staendig|immer wieder|nachts|"
       r"dauernd|mehrmals|stundlich|taglich|taeglich|jeden morgen|extra|heimlich)"),
    _s("see-where", r" wo (?:sie|er) (?:ist|sind|wohnt|arbeitet|hingeht|sich aufhalt|"
       r"sich aufhaelt|gerade ist|steckt|grad ist|schlaft|schlaeft|war)(?= )",
       before=r" (?:seh|sehe|sehen|checke|check|tracke|tracken|verfolge|verfolgen|orte|orten|"
       r"uberwache|ueberwache|uberwachen|kontrolliere|sehe immer noch|seh immer noch|"
       r"seh noch|sehe noch|find my|standort|live)(?: [^ ]++){0,5}"),
    _s("location", r" (?:standort|live standort|livestandort|standortfreigabe|standortteilen|"
       r"aufenthaltsort|gps|ortung|handyortung|bewegungsprofil)(?= )",
       negatable=True,
       before=r" (?:ihren|seinen|ihre|seine|ihr|sein|deren|dessen|uber ihren|uber seinen|"
       r"ueber ihren|ueber seinen)"),
    _s("tracker", r" (?:gps tracker|gpstracker|peilsender|ortungs app|ortungsapp|tracking app|"
       r"spionage app|spionageapp|spy app|spyapp|spyware|stalkerware|wanze|keylogger|"
       r"versteckte kamera|(?:einen|ein|nen|den|dem|einem) tracker|tracker (?:am|ans|im|unter|"
       r"auf))(?= )", negatable=True),
    _s("track", r" (?:orten|verfolgen|uberwachen|ueberwachen|ausspionieren|ausspannen|stalken|"
       r"beschatten|auflauern|abpassen|tracken|ausspähen|ausspaehen)(?= )", negatable=True,
       before=r" (?:ihn|sie|ihr handy|sein handy|ihr auto|sein auto|den|die)(?: heimlich| weiter|"
       r" einfach| jeden tag| uberall| ueberall)?"),
    _s("wait-outside", r" (?:park|parke|parken|warte|wart|warten|steh|stehe|stehen|lauer|lauere|"
       r"lauern|pass|passe|abpassen|fang|sitz|sitze|sitzen|campier|campiere|campieren|"
       r"tauch|tauche|auftauchen|klingel|klingle|klingeln|hang|hange|rumhangen|bleib|bleibe|"
       r"bleiben)(?: [^ ]++){0,5}"
       r" vor (?:ihrem|seinem|ihrer|seiner|deren|dessen|ihr|sein|ihre|seine) <PLACE>(?= )",
       negatable=True),
    _s("wait-outside-2", r" vor (?:dem|der|seinem|ihrem) <PLACE>(?: [^ ]++){0,2} (?:und warte|"
       r"und wart|auf sie|auf ihn|bis sie|bis er|und lauer|und pass sie ab|und pass ihn ab)"
       r"(?= )", negatable=True),
    _s("wait-for", r" (?:auf sie|auf ihn)(?= )",
       before=r" (?:warte|wart|warten|lauer|lauere|lauern)(?: [^ ]++){0,8} vor (?:ihrem|seinem|"
       r"ihrer|seiner|ihr|sein)(?: [^ ]++){0,1}"),
    _s("cant-ignore", r" mich (?:nicht|nich|net) (?:mehr )?(?:ignorieren|ignoriern|abwimmeln|"
       r"blockieren|ubersehen|uebersehen|wegschicken|abweisen|aus dem weg gehen)(?= )",
       before=r" (?:kann sie|kann er|konnen sie|wird sie|wird er|kann die|kann der|"
       r"dann kann sie|dann kann er|soll sie|soll er)"),
    _s("unannounced", r" (?:unangemeldet|uberraschend|ueberraschend|ohne vorwarnung|"
       r"ohne bescheid|ohne dass sie es weiss|ohne dass er es weiss)(?= )",
       before=r" (?:fahr|fahre|geh|gehe|tauch|tauche|steh|stehe|komm|komme|klingel|klingle|"
       r"besuch|besuche|vorbei|auf)(?: [^ ]++){0,4}"),
    _s("visit-blocked", r" (?:zu ihr|zu ihm|bei ihr|bei ihm|zu ihrer wohnung|zu seiner wohnung|"
       r"zu ihrer arbeit|zu seiner arbeit)(?: vorbei| hin| rüber| rueber)?(?= )",
       also="cond.de.blocked",
       before=r" (?:fahr|fahre|geh|gehe|tauch|tauche|komm|komme|klingel|klingle|lauf|laufe|"
       r"schau|schaue)(?: [^ ]++){0,3}"),
    _s("stalk", r" (?:stalke|stalken|stalk|stalker|belastigen|belaestigen|belastige|"
       r"terrorisieren|terrorisiere|nachstellen|nachstelle)(?! (?:ihr|sein|ihre|seine) "
       r"(?:insta|instagram|profil|profile|stories|story|tiktok|facebook|account|posts))(?= )",
       negatable=True, before=r" (?:ich|werd|werde|will|sie|ihn|weiter|einfach)"),
    _s("keep-calling", r" (?:anrufen|schreiben|anrufe|schreibe|ruf|schreib|spammen|spamme|"
       r"bombardieren)(?: [^ ]++){0,4} (?:bis (?:sie|er) (?:antwortet|rangeht|abnimmt|"
       r"zuruckschreibt|zurueckschreibt|mich entsperrt|reagiert|nachgibt)|die ganze nacht|"
       r"jede stunde|alle paar minuten|jeden tag [0-9]+ mal|hundertmal|tausendmal|"
       r"[0-9]+ mal am tag)"
       r"(?= )", negatable=True),
)

# ---- second pass (issue 10): phrasing families from the second training batch
RULES += (
    # passive wishes
    _c("never-born", r" geboren(?= )",
       before=r" (?:ware ich|war ich|ich ware|ich war|ich waere|ich waer|waere ich|waer ich|besser|"
       r"lieber|ich wer|wer ich) (?:nie|niemals|nicht)"),
    _c("stop-existing", r" (?:aufhoren|aufhoeren|aufhore|aufhor|aufzuhoren|aufzuhoeren) zu "
       r"(?:existieren|leben|atmen|sein)(?= )"),
    _a("not-wake", r" wenn ich (?:morgen |morgen fruh |einfach |heute nacht )?(?:nicht|nie mehr|"
       r"nie wieder|nimmer) (?:aufwache|aufwach|aufwachen wurde|aufwachen)(?= )"),
    _c("rather-dead", r" (?:lieber|besser) tot als(?: [^ ]++){0,3} (?:fuhlen|fuehlen|leben|"
       r"ertragen|"
       r"spuren|spueren|weiterleben|aushalten|weiter so|so weiter|fuhl|fuehl)(?= )"),
    # plans
    _cond("alone", r" wenn (?:alle|keiner|niemand|meine|mein|die anderen|sie|er)(?: [^ ]++){0,4} "
          r"(?:schlafen|schlaft|schlaeft|weg ist|weg sind|(?:im|i am) bett sind|(?:im|"
       r"i am) bett ist|unterwegs ist|"
          r"unterwegs sind|aus dem haus|verreist|schlafen gegangen|ausser haus|arbeiten ist|"
          r"auf der arbeit ist|auf arbeit ist|bei der arbeit ist|nicht da ist|nicht da sind|"
          r"nicht zuhause ist|nicht zuhause sind)(?= )"),
    _c("alone-do-it", r" (?:mach ich es|mach ichs|mache ich es|mache ichs|mach ich das|tu ichs|"
       r"tu ich es|mach ich schluss|ist schluss|ziehe ich es durch|zieh ichs durch|"
       r"zieh ich es durch|(?:geplant|vor|beschlossen|entschieden) es(?: [^ ]++){0,2} zu "
       r"(?:machen|tun))(?= )", also="cond.de.alone"),
    _a("chose-day", r" (?:den tag|das datum|die nacht|den zeitpunkt|den abend) (?:ausgesucht|"
       r"ausgewahlt|ausgewaehlt|festgelegt|gewahlt|gewaehlt|bestimmt)(?= (?:$|freitag|samstag|"
       r"sonntag|montag|dienstag|mittwoch|donnerstag|es ist|heute|morgen))"),
    _cond("gohigh", r" (?:geh|gehe|fahr|fahre|lauf|laufe|steig|steige)(?: [^ ]++){0,3} (?:zur|"
       r"zu der|"
          r"auf die|aufs|auf das) (?:brucke|bruecke|gleisen|gleise|klippe|dach|hochhaus)(?= )"),
    _c("gohigh-end", r" (?:ist schluss|ist es vorbei|ist alles vorbei|ist ende|spring ich|"
       r"mach ich schluss)(?= (?:$|fur immer|fuer immer|endgultig|endgueltig|ich|heute|"
       r"tschuss|lebt wohl))", also="cond.de.gohigh"),
    _a("all-set-day", r" alles (?:(?:fur|fuer) (?:heute nacht|morgen|montag|dienstag|mittwoch|"
       r"donnerstag|freitag|samstag|sonntag) (?:geplant|vorbereitet|organisiert|geregelt)|"
       r"(?:ist )?(?:geplant|vorbereitet|organisiert|geregelt) (?:fur|fuer) (?:heute nacht|morgen|"
       r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))"
       r"(?= (?:$|es steht|steht|ich bin bereit))"),
    _cond("theday", r" (?:heute ist der tag|heute ist es soweit|es ist soweit|heut ist der tag|"
          r"heute nacht ist es soweit|morgen ist der tag)(?= )"),
    _a("theday-ready", r" alles (?:ist )?(?:vorbereitet|bereit|geregelt|geplant|erledigt)(?= )",
       also="cond.de.theday"),
    _a("not-found", r" damit (?:mich )?(?:keiner|niemand|mich keiner|mich niemand)(?: [^ ]++){0,2} "
       r"(?:findet|finden|entdeckt|rettet|aufhalt|aufhaelt)(?= )"),
    # means
    _cond("pillsword", r" (?:<PILLS>|abgesetzt)(?= )"),
    _c("hoard-them", r" (?:horte|horten|bunker|bunkere|sammle|sammel|spare|hebe) (?:sie|die|alle|"
       r"es)"
       r"(?= (?:$|auf|alle|fur|jetzt|seitdem|seither))", also="cond.de.pillsword"),
    _a("on-tracks", r" (?:an den|auf den|auf die|neben den|zwischen den) (?:gleisen|gleise|"
       r"schienen|"
       r"bahngleisen)(?= )"),
    _a("edge-of", r" am rand (?:der|des|vom|von der|von dem) (?:brucke|bruecke|daches|dachs|dach|"
       r"hochhauses|klippe|abgrunds|bahnsteigs|bahnsteig)(?= )"),
    _a("looked-down", r" (?:runtergeschaut|runtergeguckt|runtergestarrt|runterschauen|runtergucken|"
       r"nach unten geschaut|hinuntergeschaut|hinabgeschaut)(?= )",
       also="cond.de.high"),
    _c("walk-sea", r" (?:meer|wasser|see|fluss|rhein|elbe|"
       r"donau)(?: [^ ]++){0,4} (?:weiterzulaufen|weiterlaufen|weiterzugehen|"
       r"weitergehen|nicht mehr zuruck|nie mehr zuruck|nicht mehr zurueck|unterzugehen|untergehen|"
       r"weiterzuschwimmen|bis ich nicht mehr stehen kann)(?= )",
       before=r" (?:ins|in den|in die)"),
    _cond("musing", r" (?:denk druber nach|denke druber nach|denk daruber nach|denke daruber nach|"
          r"denk dran|denke dran|uberlege|ueberlege|uberleg|ueberleg|zogere|zoegere|"
          r"weiss nicht ob)(?= )"),
    _c("means-in-hand", r" (?:messer|klinge|rasierklinge|strick|seil|pistole|waffe|<PILLS>) "
       r"in der hand(?= )", also="cond.de.musing"),
    _c("throw-before", r" vor (?:ein|einen|den|die|das|eine|nen|ne) (?:auto|zug|lkw|laster|bus|"
       r"u bahn|s bahn|bahn|strassenbahn|tram)(?: zu)? (?:werfen|schmeissen|legen|stellen|springen|"
       r"laufen)(?= )", before=r" mich"),
    _a("pills-alcohol", r" <PILLS>(?: [^ ]++){0,6} (?:wodka|vodka|whisky|alkohol|schnaps|rum|gin|"
       r"flasche wein)(?= )"),
    _a("how-many-pills", r" wie viele <PILLS>(?: [^ ]++){0,2} (?:man braucht|braucht man|notig|"
       r"todlich|toedlich|reichen|zum sterben|brauche|brauch)(?= )"),
    _c("crash-into-2", r" gegen (?:einen|den|nen|die|eine|ne) (?:baum|wand|mauer|"
       r"bruckenpfeiler|brueckenpfeiler|pfeiler|laster|lkw|leitplanke|betonwand) zu (?:fahren|"
       r"rasen|steuern|knallen)(?= )"),
    _cond("blade", r" (?:klinge|rasierklinge|strick|seil|waffe|pistole|<PILLS>)(?= )"),
    _a("use-it", r" (?:sie|es|ihn|die|das|den) (?:benutzen|nehmen|verwenden|einsetzen)"
       r"(?= (?:$|heute|heute nacht|bald|morgen|jetzt))",
       before=r" (?:werd|werde|will|wurde)(?: ich)?", also="cond.de.blade"),
    # farewells
    _c("when-you-read", r" (?:nicht mehr da|nicht mehr hier|nicht mehr am leben|schon weg|"
       r"schon tot|"
       r"tot)(?= )", before=r" wenn (?:du|ihr) (?:das|dies|diese nachricht|den brief|diesen brief)"
       r" (?:liest|lest|lesen)(?: [^ ]++){0,2}"),
    _a("real-goodbye", r" (?:echter|richtiger|endgultiger|endgueltiger|letzter) abschied(?= )"),
    _a("letters-left", r" (?:brief|briefe|zettel|nachricht|nachrichten) (?:fur|fuer|an) "
       r"(?:meine familie|meine eltern|meine mutter|meinen vater|meine kinder|alle|jeden|"
       r"meine freunde|meine schwester|meinen bruder|mama|papa)(?: [^ ]++){0,4} (?:gelegt|"
       r"hingelegt|hinterlassen|geschrieben|vorbereitet|liegen)(?= )"),
    _cond("vanish", r" (?:nie wieder was von mir horen|nie wieder was von mir hoeren|"
          r"nie wieder von mir horen|nichts mehr von mir horen|losch mich|losche mich|"
          r"loesch mich|loesche mich|verschwinde|verschwinden)(?= )"),
    _c("not-just-block", r" (?:nicht weil ich (?:dich|euch|ihn|sie) (?:blockiert|geblockt)|"
       r"nicht nur (?:von|bei|auf|aus) (?:insta|instagram|social media|whatsapp|snapchat|snap|"
       r"tiktok|facebook|der gruppe))(?= )", also="cond.de.vanish"),
    _c("not-here-to", r" nicht mehr (?:lange )?(?:da|hier)(?= (?:um (?:es|dir|euch|dich|das)|"
       r"wenn (?:du|ihr)|fur dich|fur euch))"),
    _a("not-here-anyway", r" nicht mehr (?:lange )?(?:da|hier)(?= (?:$|danach|sowieso))",
       before=r" (?:bin eh|bin ja eh|bin sowieso|bin dann|ich bin dann|bin ja bald|bin eh bald)"),
    _a("bye-all", r" (?:verabschiede|verabschied) mich(?: [^ ]++){0,2} von (?:allen|euch allen|"
       r"euch|"
       r"jedem|der welt|allem)(?= (?:$|fur immer|und danke|danke))"),
    _cond("choice", r" (?:meine entscheidung|hab frieden|habe frieden|frieden damit|ich verzeihe|"
          r"ich vergebe|meinen frieden|im reinen)(?= )"),
    _a("not-fault-2", r" (?:(?:nicht|nichts) (?:ihre|seine|deine|eure) schuld|niemandes schuld)"
       r"(?= )", also="cond.de.choice"),
    # giving away
    _a("give-all", r" (?:verschenke|verschenk|verteile|verteil) (?:gerade |jetzt |grad |heute )?"
       r"(?:alle meine sachen|all meine sachen|meine ganzen sachen|mein ganzes zeug|alles was ich "
       r"habe|meine sachen)(?! (?:an die|bei|auf|weil ich umziehe|vor dem umzug))(?= )"),
    _a("no-more-care", r" (?:nicht mehr|nie mehr|bald nicht mehr) um (?:ihn|sie|es|die|den)"
       r"(?: [^ ]++){0,1} (?:kummern|kuemmern)(?= )", before=r" (?:muss|brauch|brauche) mich"),
    _a("who-gets", r" wer (?:welche|was|meine)(?: [^ ]++){0,3} (?:kriegt|bekommt|erbt|kriegen|"
       r"bekommen)(?= )", before=r" (?:entschieden|festgelegt|aufgeschrieben|geregelt|bestimmt|"
       r"uberlegt|ueberlegt)"),
    _a("passwords-left", r" (?:passworter|passwoerter|passwort|zugangsdaten|pins|logins)"
       r"(?: [^ ]++){0,6} (?:umschlag|fur meine|fuer meine|an meine|fur meinen|fur den fall|"
       r"falls was)(?= )"),
    _a("forever-home", r" (?:fur|fuer) immer (?:nimmt|nehmen|aufnimmt|ubernimmt|uebernimmt|behalt|"
       r"behaelt)(?= )"),
    _cond("gave2", r" (?:aufgeteilt|verteilt|verschenkt|weggegeben)(?= )"),
    _a("give-need-2", r" (?:brauch|brauche) (?:sie|ihn|es|das|die) (?:nicht mehr|eh nicht mehr|"
       r"nie mehr)(?= )", also="cond.de.gave2"),
    _a("life-insurance", r" (?:lebensversicherung|begunstigten|beguenstigten|begunstigte)"
       r"(?: [^ ]++){0,2} (?:geandert|geaendert|angepasst|umgeschrieben|geregelt|abgeschlossen|"
       r"andern|aendern)(?= )"),
    # burden
    _c("better-off-3", r" ohne mich(?= )",
       before=r" (?:allen|alle|jedem|jeder|euch|ihr|meiner familie|meinen eltern|meinen kindern|"
       r"der welt|die welt|allen anderen)(?: [^ ]++){0,3} (?:besser|glucklicher|gluecklicher|"
       r"leichter|einfacher)(?: dran)?"),
    _c("without-such", r" ohne (?:so eine|so einen|eine|einen|so ne|so nen) (?:mutter|vater|"
       r"tochter|sohn|schwester|bruder|freundin|freund|frau|mann|mensch|person) wie mich(?= )"),
    _c("in-the-way", r" (?:weg|zur last|eine last|ne last)(?= )",
       before=r" (?:bin|falle|fall)(?: [^ ]++){0,1} (?:allen|jedem|euch|allen anderen)"
       r"(?: nur| immer| doch| eh)?(?: im| i am)?"),
    _c("if-not-exist", r" (?:wenn|falls) es mich nicht (?:mehr )?(?:gabe|gaebe|gab|geben wurde|"
       r"geben wuerde)(?: [^ ]++){0,5} (?:leichter|besser|einfacher|glucklicher|gluecklicher)"
       r"(?= )"),
    _c("ruin-all", r" (?:leben kaputt|leben schwer|leben zur holle|leben zur hoelle|leben zur qual)"
       r"(?= )", before=r" (?:mach|mache) (?:allen|jedem|euch|meiner familie|meinen eltern|"
       r"allen anderen)(?: nur| immer| doch)? das"),
    _a("if-i-vanish", r" wenn ich (?:verschwinde|sterbe|weg bin|tot bin|nicht mehr da bin|"
       r"mich umbringe)(?! (?:aus|von|nach|in))(?= )"),
    _c("nobody-notice", r" (?:merken|bemerken|mitkriegen|mitbekommen|auffallen)(?: [^ ]++){0,1} "
       r"(?:dass ich fehle|dass ich weg bin|wenn ich fehle|wenn ich weg ware|"
       r"wenn ich nicht mehr da|wenn ich verschwinde|wenn ich sterbe|dass ich nicht mehr da)(?= )",
       before=r" (?:keiner|niemand|kein mensch|keine sau)(?: [^ ]++){0,1}"),
    # hopeless
    _c("not-see-alive", r" (?:leben|am leben|lebend|noch leben|noch am leben)(?= )",
       before=r" (?:seh|sehe) mich(?: [^ ]++){0,3} (?:nicht mehr|nicht)"),
    _c("done-with-life", r" (?:mit dem leben (?:bin ich fertig|bin ich durch|abgeschlossen|"
       r"hab ich abgeschlossen|habe ich abgeschlossen)|(?:fertig|durch) mit dem leben)(?= )"),
    _a("wont-survive", r" (?:(?:uberleb|ueberleb|uberlebe|ueberlebe) (?:diese woche|die nacht|"
       r"heute nacht|das wochenende|den monat|das jahr|diesen monat|morgen) (?:nicht|nicht mehr)|"
       r"(?:halte|halt) (?:ich )?(?:das|es|das alles) (?:nicht mehr lange|nicht mehr lang) aus)"
       r"(?= )"),
    # self-harm
    _c("burn-with", r" (?:verbrenn|verbrenne|verbrennen|verbrannt|ritz|ritze|schneid|schneide|"
       r"geschnitten) mich mit (?:(?:dem|der|einem|einer|nem|ner|meinem|meiner|den) )?"
       r"(?:feuerzeug|zigarette|zigaretten|kippe|kippen|klinge|klingen|rasierklinge|rasierklingen|"
       r"rasierer|cutter|zirkel|streichholz|streichholzern|bugeleisen)(?= )"),
    _c("hurt-on-purpose", r" (?:weh|wehtun|weh tun)(?= )",
       before=r" (?:tu|tue) mir(?: selbst)? (?:absichtlich|mit absicht|extra|bewusst|wieder|"
       r"immer wieder|oft|jeden tag|heimlich)"),
    _c("want-cut", r" (?:schneiden|ritzen|verbrennen|verletzen)(?= )",
       before=r" (?:will|mochte|moechte|muss|werd|werde|drang|lust) mich"
       r"(?: (?!nicht |nie |nimmer )[^ ]++){0,3}"),
    _c("full-of-cuts", r" (?:voller|voll mit|voll von|ubersat mit|uebersaet mit|bedeckt mit) "
       r"(?:schnitte|schnitten|wunden|kratzer|kratzern|brandwunden)(?= )",
       before=r" (?:arme|arm|beine|oberschenkel|handgelenke|handgelenk|bauch|haut)(?: sind| ist)?"
       r"(?: [^ ]++){0,1}"),
    _c("feel-something", r" (?:damit|um|bis) ich (?:nichts|nix|was|etwas) (?:mehr )?(?:fuhl|fuhle|"
       r"fuehle|fuehl|spure|spur|spuere|zu fuhlen|zu fuehlen)(?= )",
       before=r" (?:schlag|schlage|hau|haue|kratz|kratze|ritz|ritze|schneid|schneide)"
       r"(?: [^ ]++){1,5}"),
    _a("hurt-when", r" (?:weh tu|weh tue|wehtue|wehtu)(?= )",
       before=r" (?:wenn ich mir|wenn ich mir selbst|dass ich mir|indem ich mir|nur wenn ich mir)"),
    _c("till-blood", r" (?:kratz|kratze|kratzte|ritz|ritze|schneid|schneide|schlag|schlage|beiss|"
       r"beisse) (?:mir|mich)(?: [^ ]++){0,4} (?:bis es blutet|bis ich blute|bis aufs blut|"
       r"blutig)(?= )"),
    # coded
    _c("coded-unalive", r" (?:unaliven|unalive|entleben|entlebe)(?= )"),
    _c("sleep-forever-2", r" (?:fur|fuer) immer (?:schlafen|einschlafen|einschlafe|schlafe|"
       r"die augen zumachen|die augen schliessen)(?= )"),
    _c("log-off-life", r" (?:meld|melde|melden|abmelden) (?:mich )?(?:vom leben|von der welt|"
       r"aus dem leben|vom dasein)(?= )"),
    _a("stupid-thing-2", r" dummheit(?= )",
       before=r" (?:mach|mache|begehe)(?: [^ ]++){0,3} (?:ne|eine|n)"),
    _cond("wink", r" (?:wenn du verstehst was ich meine|wenn du verstehst was ich mein|"
          r"ihr wisst was ich mein|ihr wisst was ich meine|du weisst was ich meine|"
          r"du weisst was ich mein|kein witz|ist kein scherz|ich mein das ernst)(?= )"),
    _c("join-loved-wink", r" zu (?:oma|opa|meiner oma|meinem opa|mama|papa|meiner mutter|"
       r"meinem vater|meinem bruder|meiner schwester)(?= )", also="cond.de.wink",
       before=r" (?:will|mochte|moechte|geh|gehe|komm|komme)"),
    _a("unplug-forever", r" (?:stecker ziehen|stecker zu ziehen|stecker zieh|abschalten|"
       r"ausschalten)(?: [^ ]++){0,1} (?:fur immer|fuer immer|endgultig|endgueltig)(?= )"),
    # harassment: turning up until they answer
    _s("until-answer", r" bis (?:sie|er) (?:antwortet|mit mir redet|mit mir spricht|"
       r"zuruckschreibt|zurueckschreibt|mich entsperrt|rangeht|aufmacht|nachgibt|reagiert)(?= )",
       before=r" (?:geh|gehe|fahr|fahre|komm|komme|steh|stehe|wart|warte|bleib|bleibe|klingel|"
       r"klingle)(?: [^ ]++){0,6}"),
)

# ---- third pass (issue 10): families missed by the third batch (dialect, less obvious)
_NO_MORE = r"(?:nimma|nimmer|num|numme|nimmi|mehr|nie wieder|nicht mehr|ned mehr|net mehr)"
RULES += (
    _c("live-no-more", r" (?:leben|lebn|labe|lebe|laben|existieren|aufwachen|aufwacha|"
       r"weiterleben|da sei|da si|da sein|hier sein)(?! (?:fur|fuer|mit))"
       r"(?= )", before=r" (?:will|wu|wott|mocht|mochte|moechte|mag|mog|wurd gern|war gern|"
       r"wuerd gern|wurde gern|wuerde gern|ich)(?: [^ ]++){0,3} " + _NO_MORE),
    _c("live-no-more-do", r" (?:sei|sein|si)(?= )", before=r" (?:will|wu|wott|mocht|mochte|"
       r"moechte|mag|mog)(?: [^ ]++){0,3} " + _NO_MORE + r" do"),
    _c("go-on-why", r" (?:weitermachen|weiterleben|leben) (?:wozu|wofur|wofuer)(?= )"),
    _c("why-go-on", r" (?:wieso|warum|wozu|wofur|wofuer) (?:weitermachen|weiterleben|noch leben|"
       r"noch weitermachen)(?= )"),
    _c("killed-self", r" (?:umgebracht|umzubringen|aufgehangt|aufgehaengt|erhangt|erhaengt|"
       r"getotet|getoetet)(?= )", before=r" (?:mich|mi)(?: [^ ]++){0,2}"),
    _c("finish-self", r" erledigen(?= )", before=r" (?:mich|mi) (?:selbst|selber) zu"),
    _cond("if-die", r" (?:erwischt|uberfahrt|ueberfahrt|absturzt|abstuerzt|totfahrt|sterben|"
          r"sterb|sterbe|tot war|tot ware|umkomm|umkomme)(?= )"),
    _c("die-welcome", r" (?:war mir|ware mir|waer mir|wars mir|war mir das|ware mir das)"
       r"(?: ehrlich gesagt| auch| eigentlich| ganz)? (?:recht|lieb|egal)(?= )|"
       r" (?:hatt ich nix dagegen|hatte ich nichts dagegen|hatt ich nichts dagegen|"
       r"hatte ich nix dagegen)(?= )| war das (?:irgendwie |echt )?erleichternd(?= )",
       also="cond.de.if-die"),
    _c("not-myself", r" (?:nicht selber|nicht selbst|ned selber) machen muss(?= )"),
    _c("wake-no-more", r" (?:wach|wache)(?: morgen| einfach| heute)? " + _NO_MORE +
       r" auf(?= )"),
    _c("sleep-end-3", r" einschlafen(?: [^ ]++){0,2} (?:und das wars|und nicht mehr aufwachen|"
       r"und nie mehr aufwachen|und nimma aufwachen|und weg sein)(?= )"),
    _c("sleep-forever-3", r" (?:schlafen|einschlafen)(?: [^ ]++){0,1} diesmal(?: [^ ]++){0,3} "
       r"(?:fur immer|fuer immer)(?= )"),
    _c("dead-peaceful", r" tot sein(?: [^ ]++){0,5} (?:ruhig|schon|friedlich|erlosung|"
       r"erloesung|angenehm|schoen)(?= )"),
    _c("with-dead", r" (?:bei oma|bei opa|bei mama|bei papa|bei meiner oma|bei meinem opa)"
       r"(?: [^ ]++){0,1} (?:da oben|im himmel|oben)(?= )",
       before=r" (?:gern|gerne|lieber)(?: [^ ]++){0,1}"),
    _c("away-not-here", r" weg(?: [^ ]++){0,4} nicht mehr (?:hier|da)(?= )",
       before=r" (?:war gern|ware gern|will|mochte|waer gern|wer gern)(?: einfach| so)?"),
    # plans
    _cond("alone-3", r" (?:niemand zuhause|keiner zuhause|niemand da|keiner da|bin ich allein|"
          r"bin ich alleine|allein zuhause|alleine zuhause|"
          r"bei ihr sind|bei ihm sind|auf schicht|im urlaub sind|weg sind|abgegeben|"
          r"nicht antun)(?= )"),
    _c("do-it-alone", r" (?:mach ichs|mach ich es|zieh ichs durch|zieh ich es durch|"
       r"ziehs durch|tu ichs|tu ich es|dann ist es so weit|dann ists so weit|"
       r"(?:den|einen) (?:freitag|samstag|sonntag|montag|dienstag|mittwoch|donnerstag|tag|abend) "
       r"ausgesucht)(?! (?:mir|dir|uns|gemutlich|morgen|spater|fertig))(?= )",
       also="cond.de.alone-3"),
    _c("spare-him", r" (?:das nicht antun|es nicht antun)(?= )", before=r" vorher(?: [^ ]++){0,3}"),
    _cond("plan", r" (?:ausgesucht|angeschaut|der passt|festgelegt|jetzt|brauch nur noch ruhe|"
          r"entschieden)(?= )"),
    _c("date-place", r" (?:ein datum|den ort|das datum|den zeitpunkt|wann und wo)(?= )",
       also="cond.de.plan"),
    _c("my-last", r" wird mein (?:letztes|letzter|letzte)(?= (?:$|das|ich|und))"),
    _c("nobody-finds", r" damit mich (?:keiner|niemand|keine) (?:findet|vermisst|stort|stoert|"
       r"aufhalt|aufhaelt|rechtzeitig findet)(?= )"),
    _c("no-return", r" (?:komm|komme|kehr|kehre) (?:nicht|nie|nimma|nicht mehr) "
       r"(?:zuruck|zurueck|wieder)(?= )", before=r" (?:see|fluss|meer|brucke|bruecke|klippe|"
       r"wald|berg|berge|rhein|donau)(?: [^ ]++){0,3}"),
    _c("step-by-step", r" damit (?:nix|nichts) (?:schiefgeht|schief geht)(?= )",
       before=r" (?:aufgeschrieben|geplant|schritt fur schritt|schritt fuer schritt)"
       r"(?: [^ ]++){0,3}"),
    _c("prepared-night", r" alles vorbereitet(?= (?:fur|fuer) (?:heute nacht|heut nacht|"
       r"morgen|heute abend|freitag|samstag|sonntag))"),
    # means and method research
    _c("hoard-pills", r" (?:heb|hebe|sammel|sammle|horte|bunker|bunkere) (?:ich )?"
       r"(?:meine |die |alle )?<PILLS>(?= )"),
    _c("hoard-pills2", r" <PILLS>(?: [^ ]++){0,3} (?:auf statt|gesammelt|gebunkert|gehortet)"
       r"(?= )"),
    _c("lethal-how", r" (?:todlich|toedlich|letal|damit es reicht|nicht uberlebt|"
       r"nicht ueberlebt|sicher tot|fallen muss|tot ist|ertrinkt|zu ertrinken)(?= )",
       before=r" (?:wie viele|wieviele|wie viel|wieviel|welche menge|welche dosis|wie hoch|"
       r"wie tief|ab wann|ab wieviel|ab wie viel|wie lange|wie schnell)(?: [^ ]++){0,8}"),
    _c("train-time", r" (?:schnellzug|zug|ice|guterzug|gueterzug|intercity|regionalzug)"
       r"(?: [^ ]++){0,2} (?:kommt um|kommt in|fahrt durch|durchfahrt|faehrt durch|"
       r"durchfaehrt)(?= )", before=r" (?:perron|bahnsteig|gleis|gleisen|gleise)(?: [^ ]++){0,4}"),
    _c("watch-trains", r" (?:zuge|zuege|gleise|schienen) (?:anschau|anschaue|anstarr|anstarre)"
       r"(?: [^ ]++){0,3} (?:denk|denke)(?= )"),
    _c("gun-key", r" (?:gewehr|jagdgewehr|pistole|waffe|revolver|flinte)(?: [^ ]++){0,8} "
       r"(?:wo der schlussel|wo der schluessel|wo die munition|munition|denk dauernd)(?= )"),
    _c("on-railing", r" (?:balkongelander|balkongelaender|gelander|gelaender|fensterbrett|"
       r"dachrand|bruckengelander|brueckengelaender)(?= )", before=r" (?:sitz|sitze|steh|"
       r"stehe|sass|stand)(?: grad| gerade| jetzt)? (?:auf dem|aufm|am)"),
    _c("window-floor", r" (?:fenster|balkon|dach)(?: [^ ]++){0,2} (?:im|i am|in|vom) [0-9]+ stock"
       r"(?: [^ ]++){0,3} (?:und denk|denk nach|und uberleg|und ueberleg|und schau runter)"
       r"(?= )"),
    _a("look-down-3", r" (?:schau|schaue|guck|gucke|starr|starre)(?: [^ ]++){0,3} (?:runter|"
       r"hinunter|nach unten|in die tiefe)(?= )", before=r" (?:brucke|bruecke|dach|balkon|"
       r"gelander|rand|parkhaus)(?: [^ ]++){0,4}"),
    _a("at-edge", r" (?:sitz|sitze|steh|stehe) (?:jetzt |grad |gerade )?am rand"
       r"(?! (?:von|der|des|vom))(?= )"),
    _c("engine-garage", r" motor laufen (?:lassen|lass|gelassen)(?= )",
       before=r" garage(?: [^ ]++){0,6}"),
    _c("blade-near", r" (?:rasierklingen|rasierklinge|klinge|klingen|messer|kuchenmesser|"
       r"kuechenmesser|strick|seil)(?: [^ ]++){0,2} (?:liegen|liegt|lag) (?:neben mir|vor mir|"
       r"bereit|parat)(?= )"),
    _c("knife-bed", r" (?:messer|kuchenmesser|kuechenmesser|klinge|rasierklinge|schere) "
       r"mit ins bett(?= )"),
    _c("crash-into-3", r" gegen (?:einen|den|nen|ne|eine|die) (?:bruckenpfeiler|"
       r"brueckenpfeiler|baum|pfeiler|betonwand|lkw|laster|mauer)(?= )",
       before=r" (?:mit [0-9]+|fahr|fahre|fahren|rasen|rase)(?: [^ ]++){0,3}"),
    _c("place-obsess", r" (?:brucke|bruecke|autobahnbrucke|autobahnbruecke|gleise|dach|"
       r"hochhaus|klippe|see|fluss|rhein)(?: [^ ]++){0,10} (?:denk dauernd dran|"
       r"denk staendig dran|denk standig dran|geht mir nicht aus dem kopf|ruft mich|"
       r"zieht mich an)(?= )"),
    _c("not-camping", r" nicht (?:fur|fuer|furs|fuers) (?:camping|das camping|den umzug|umzug|"
       r"klettern|wandern)(?= )", before=r" (?:seil|strick|gekauft)(?: [^ ]++){0,3}"),
    _c("jump-wonder", r" ob ich (?:spring|springe|mich umbring|mich umbringe|runterspring)"
       r"(?= )", before=r" (?:uberleg|ueberleg|uberlege|ueberlege|denk|frag mich)"),
    # farewells
    _c("cant-say-myself", r" (?:kanns|kann es|kann das|schaff das|schaffe das|schaff es)"
       r"(?: [^ ]++){0,2} (?:nicht mehr|nimma|nie mehr) (?:selber|selbst)(?= )"),
    _cond("bye", r" (?:leb wohl|lebt wohl|machts gut|mach es gut|machs gut|adieu|tschau|tschuss|"
          r"pfiat|servus|danke fur alles|danke fuer alles|tut mir leid fur alles|"
          r"sorry fur alles|verzeiht mir|pass auf dich auf|passt auf euch auf|lebt euer leben|"
          r"leb dein leben)(?= )"),
    # a farewell to everyone (plural) is certain; to one person it may be the goodbye to an
    # ex: then ask
    _c("bye-final", r" (?:bin dann weg|ihr werdet mich nicht mehr sehen|vergesst mich nicht|"
       r"vergassed mi|vergessed mi|dass ihr da wart|mit euch)(?= )", also="cond.de.bye"),
    _a("bye-final-one", r" (?:fur immer|fuer immer|nicht mehr sehen|nie wieder sehen|"
       r"meine letzte nachricht|letzte nachricht|das letzte mal|ruhe vor mir|"
       r"beste in meinem leben)(?= )", also="cond.de.bye"),
    _c("when-you-read-3", r" (?:nicht mehr da|nicht mehr am leben|tot|nimma do)(?= )",
       before=r" (?:wenn|sobald) (?:du|ihr) (?:das|dies|den brief|die nachricht) "
       r"(?:liest|lest|lesen)(?: [^ ]++){0,3}"),
    _c("letters-all", r" (?:jedem|allen|euch allen) (?:einen |nen |ein )?(?:brief|briefe|"
       r"abschiedsbrief)(?= )"),
    _c("loved-whatever", r" egal was (?:jetzt|dann|heute nacht) passiert(?= )",
       before=r" (?:geliebt hab|geliebt habe|lieb hab|lieb habe)"),
    _c("not-your-fault", r" nicht (?:ihre|eure|deine|seine) schuld war(?= )"),
    _c("can-go-now", r" jetzt kann ich (?:gehen|in ruhe gehen|gehn)(?= )",
       before=r" (?:verzeihe|verzeih|verziehen|gesagt|lieb hab|lieb habe)(?: [^ ]++){0,2}"),
    _c("last-goodnight", r" (?:ein letztes mal|zum letzten mal) (?:gute nacht|tschuss|danke|"
       r"ich liebe dich)(?= )"),
    _c("off-forever", r" (?:aus|nicht mehr online)(?: [^ ]++){0,2} (?:fur|fuer) immer(?= )",
       before=r" (?:handy|telefon|account|accounts|bin bald|bin)(?: [^ ]++){0,3}"),
    _c("rest-from-me", r" ruhe vor mir(?: [^ ]++){0,1} (?:fur|fuer) immer(?= )"),
    _c("was-nice", r" (?:schon gsi|schoen gsi|schon gewesen|schoen gewesen) mit euch(?= )"),
    # giving away
    _cond("gave-3", r" (?:kannst|konnt|darfst|sollst|soll|verschenkt|verteilt|uberschrieben|"
          r"ueberschrieben|abgegeben|gekundigt|gekuendigt|gegeben|hinterlassen|vermacht)(?= )"),
    _a("need-no-more", r" (?:brauch|brauche|brauchs|brauch ich|brauche ich) (?:sie |ihn |es |"
       r"das |die )?(?:eh |ja |dann )?(?:nicht mehr|nimmer|nimma|num|nie mehr|nimmi)(?= )",
       also="cond.de.gave-3"),
    _c("need-nothing", r" brauch ich gar (?:nix|nichts) mehr(?= )"),
    _c("kept-forever", r" (?:besser aufgehoben|gut aufgehoben)(?: [^ ]++){0,1} (?:auf dauer|"
       r"fur immer|fuer immer)(?= )"),
    _c("someone-longer", r" (?:jemanden|jemand|jemandem) (?:der|die) (?:langer|laenger) "
       r"(?:da ist|lebt|da sein wird)(?= )"),
    _c("after-need", r" (?:braucht|brauchen) danach(?= )"),
    _c("codes-left", r" (?:pin|passwort|passworter|passwoerter|zugangsdaten|kennwort)"
       r"(?: [^ ]++){0,8} (?:danach|umschlag|schublade|weiss was|weis was)(?= )"),
    _c("bills-paid", r" (?:rechnungen|schulden) (?:bezahlt|beglichen)(?: [^ ]++){0,5} "
       r"(?:ordentlich hinterlassen|arger|aerger|hinterlassen|geregelt)(?= )"),
    _c("care-forever", r" (?:kummern|kuemmern)(?: [^ ]++){0,5} (?:fur immer|fuer immer|"
       r"auf dauer)(?= )"),
    _a("gave-mine", r" (?:verteilt|verschenkt|vermacht|uberschrieben|ueberschrieben)(?= )",
       before=r" (?:meine|mein|meinen)(?: [^ ]++){0,1} (?:lieblingssachen|sachen|sparbuch|"
       r"ersparnisse|geld|konto|zeug|schmuck|klamotten|bucher|buecher|spiele|pflanzen)"
       r"(?: [^ ]++){0,4}"),
    _c("who-gets", r" (?:wer mein zimmer|wer meine sachen|wer mein zeug)(?: [^ ]++){0,2} "
       r"(?:kriegt|bekommt)(?= )"),
    _c("written-who", r" (?:bekommen|kriegen|haben) hab ich (?:aufgeschrieben|notiert)(?= )"),
    _c("when-gone", r" wenn ich (?:nicht mehr bin|tot bin|nimmer bin)(?= )"),
    _c("gone-relief", r" wenn ich (?:nicht mehr da bin|weg bin|nimma do bin)(?: [^ ]++){0,4} "
       r"(?:keine sorgen|keiner mehr arger|keiner mehr aerger|ruhe|besser|leichter|"
       r"erleichterung)(?= )"),
    _c("notary", r" notar(?: [^ ]++){0,2} (?:alles geregelt|testament)(?= )"),
    # burden
    _c("better-without", r" (?:ohne mich|ohni mi|ohne mi)(?: [^ ]++){0,3} (?:besser dran|"
       r"besser aufgehoben|weniger stress|einfacher|eifacher|leichter|besser|weiterdrehen)"
       r"(?= )", before=r" (?:ihr|alle|alli|olle|welt|familie|kinder|eltern|hund|jeder|allen|"
       r"wir)(?: [^ ]++){0,4}"),
    _c("without-me-you", r" (?:ohne mich|ohni mi) (?:hattet ihr|hatten alle|war die welt|"
       r"ware die welt|waren alle|wart ihr)(?= )"),
    _cond("me-gone", r" (?:ohne mich|ohni mi|wenn ich weg|wenn ich nicht mehr|wenn ich fehl|"
          r"zu anstrengend|belastung)(?= )"),
    _c("easier-all", r" (?:fur|fuer) (?:alli|alle|euch alle|jeden|olle|euch) (?:eifacher|"
       r"einfacher|leichter|besser|eine erleichterung|erleichterung|ne erleichterung|"
       r"eine erl)", also="cond.de.me-gone"),
    _c("burden-3", r" (?:belastung|last|klotz am bein) (?:fur|fuer) (?:alle|olle|alli|jeden|euch|"
       r"meine familie|meine eltern)(?= )", before=r" (?:nur|bloss)(?: a| eine| ne)?"),
    _c("miss-me", r" (?:merken|merkt|vermissen|vermissn)(?: [^ ]++){0,4} (?:wenn ich (?:fehl|"
       r"fehle|weg war|weg ware|weg bin|nicht mehr da|tot)|oder waers eher erleichterung|"
       r"oder wars eher erleichterung)(?= )"),
    _c("funeral", r" (?:beerdigung|begrabnis|begraebnis|grabstein)(?= )",
       before=r" (?:zu meiner|zu meinem|auf meine|mir nen schonen|mir nen schoenen|"
       r"mir einen schonen)"),
    _c("mistake-fix", r" den man (?:korrigieren|beheben|loschen|loeschen|beseitigen) "
       r"(?:sollte|muss|musste)(?= )", before=r" (?:fehler|irrtum)"),
    _c("drag-down", r" (?:zieh|ziehe) (?:alle|jeden|euch alle|alle anderen) runter(?= )"),
    _c("cost-all", r" (?:koste|kost) (?:alle|euch|jeden|allen) nur (?:nerven|geld|kraft)(?= )"),
    # hopeless
    _c("no-tomorrow", r" kein morgen (?:fur|fuer) mich(?= )"),
    _c("cant-imagine", r" (?:noch da zu sein|noch am leben zu sein|noch zu leben|"
       r"am leben zu sein)(?= )", before=r" (?:nicht|kaum|nimma|ned) vorstellen"
       r"(?: [^ ]++){0,4}"),
    _c("make-it-until", r" (?:bis weihnachten|bis ostern|bis silvester|bis zum sommer|"
       r"bis nachstes jahr|bis naechstes jahr|bis zu meinem geburtstag) schaffe(?= )",
       before=r" ob ich es"),
    _c("not-old", r" (?:seh|sehe) mich (?:nicht|nie|ned|nimma) (?:alt werden|alter werden|"
       r"dreissig werden|30 werden|alt)(?= )"),
    _c("light-out", r" licht am ende des tunnels ist (?:aus|erloschen|weg)(?= )"),
    _a("no-fight", r" (?:will|mag|kann|mog) (?:nicht mehr|nimma|nimmer|num) (?:kampfen|kaempfen)"
       r"(?! (?:um|fur|fuer|gegen))(?= )"),
    _c("cant-wont", r" (?:kann|cha|kan) (?:nimma|num|nimmer|nicht mehr)(?: [^ ]++){0,2} "
       r"(?:mag|mog|will|wu) (?:nimma|num|nimmer|nicht mehr)(?= )"),
    _c("black-hole", r" (?:zukunft|leben) ist ein schwarzes loch(?= )"),
    _c("survive-hope", r" (?:uberlebe|ueberlebe)(?= )", before=r" (?:hoffen|glauben) dass ich "
       r"(?:das hier|das|es)"),
    _c("month-gone", r" (?:nicht mehr da|weg|tot)(?= )",
       before=r" noch (?:ein monat|eine woche|ein jahr|ein paar tage|paar tage)(?: [^ ]++){0,2}"
       r" (?:und|dann) (?:ich bin|bin ich)"),
    # self-harm
    _c("burn-skin", r" (?:zigarette|zigaretten|kippe|kippen|feuerzeug)(?: [^ ]++){0,2} (?:auf|an)"
       r" (?:meinem|meiner|meinen|dem|der) (?:arm|unterarm|hand|haut|bein|oberschenkel|"
       r"handgelenk)(?= )"),
    _c("hurt-until", r" bis (?:blaue flecken|es blutet|es geblutet|es weh tat|es weh tut|"
       r"abdrucke|abdruecke|es still war|blut kommt|ich blute)(?= )",
       before=r" (?:hau|haue|schlag|schlage|geschlagen|kratz|gekratzt|gestochen|stech|beiss|"
       r"kneif|zwick|oberschenkel|arm|wand|hand)(?: [^ ]++){0,6}"),
    _c("cutting-helps", r" (?:schneiden|ritzen) hilft(?= )"),
    _c("blade-out", r" (?:klinge|klingen|rasierklinge|rasierklingen|messer|cutter) "
       r"(?:wieder )?(?:rausgeholt|rausgekramt|ausgepackt|hervorgeholt)(?= )"),
    _c("pain-feel", r" (?:weh tu|weh tue|wehtu|wehtue|verletze|verletz)(?: [^ ]++){0,1} "
       r"(?:spur|spuer|spure) ich (?:wenigstens|zumindest|endlich)(?= )"),
    _c("sleeves", r" (?:armel|aermel|armeln|aermeln)(?: [^ ]++){0,3} (?:wegen der|wegen meiner|"
       r"um die|fur die) (?:schnitte|narben|wunden|kratzer)(?= )"),
    _c("cut-again", r" (?:geschnitten|geritzt|gschnitten|gritzt)(?= )",
       before=r" (?:wieder|erneut|tief|wieder so tief|so tief)"),
    _c("stabbed-self", r" gestochen(?= )", before=r" (?:in die hand|in den arm|in die haut|"
       r"ins bein)"),
    _c("skin-torn", r" (?:haut|arm)(?: [^ ]++){0,3} aufgerissen(?= )"),
    _c("punish-self", r" (?:bestraf|bestrafe) mich(?: [^ ]++){0,4} (?:nadeln|klinge|eiskaltem|"
       r"zigarette|messer|schlagen)(?= )"),
    # euphemisms
    _c("last-way", r" letzten weg(?= )", before=r" (?:geh|gehe|gehn|antreten)(?: [^ ]++){0,1}"
       r" den"),
    _c("free-world", r" (?:von mir befreien|von mir erlosen|von mir erloesen)(?= )"),
    _c("pull-plug", r" stecker(?: zu)? (?:ziehen|zieh|gezogen)(?= )",
       before=r" (?:mir selbst den|mir selber den|bei mir selbst den|bei mir den|mir den)"),
    _c("exit-life", r" (?:aus mir|aus dem leben|ausm leben)(?= )",
       before=r" (?:steig|steige|aussteigen|logg mich|logge mich|gratsche|graetsche)"
       r"(?: [^ ]++){0,4}"),
    _c("game-over", r" (?:game over (?:fur|fuer) mich|keinen continue mehr|kein continue mehr)"
       r"(?= )"),
    _c("spoon", r" freiwillig den (?:loffel|loeffel)(?= )"),
    _c("eternal-rest", r" (?:ruhe die ewige|die ewige ruhe|ewigen ruhe)(?= )"),
    _c("press-end", r" (?:druck|drueck|drucke) auf beenden(?= )"),
    _c("stop-all", r" (?:hor|hoer|hore|hoere) (?:bald )?ganz auf(?= (?:$|mit allem))"),
    _c("not-moving", r" nicht umziehen(?= (?:$|einfach weg))", before=r" weg(?: [^ ]++){0,1}"),
)
# a threat against oneself said with a laugh: not certain, but worth asking
RULES += (
    _a("joking-self", r" um(?=(?: [^ ]++){0,14} (?:haha|hahaha|lol|xd))(?= )",
       before=r" (?:bring|bringe) (?:ich )?mich(?: [^ ]++){0,3}"),
)
# third pass, families carried over from the other languages' batches
RULES += (
    _c("never-born-3", r" nie geboren(?= )", before=r" (?:ware|war|waer|wunschte|wuenschte)"
       r"(?: [^ ]++){0,2}"),
    _c("wish-end", r" (?:hoff|hoffe|bete|wunsch|wunsche|wuensch|wuensche)(?: [^ ]++){0,4} "
       r"(?:nicht mehr aufwache|nimma aufwach|nie mehr aufwache|das flugzeug absturzt|"
       r"die kontrolle verliere|mich (?:ein|der|ne) (?:bus|zug|lkw|auto|laster) "
       r"(?:erwischt|uberfahrt|ueberfahrt|mitnimmt))(?= )"),
)
