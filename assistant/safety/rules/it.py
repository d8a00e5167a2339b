"""Italian screen rules: crisis, harm to others, harassment (canonical form: accents off).

In the canonical form apostrophes join words ("c'è" -> "ce", "d'uscita" -> "duscita",
"dall'ufficio" -> "dallufficio", "un'altra" -> "unaltra"), so elided forms are spelt out.
"""

from __future__ import annotations

from assistant.safety.rulebase import Rule, rule_maker, vocab_compiler

_VOCAB = {
    "PILLS": (
        r"(?:pastiglie|pastiglia|pillole|pillola|pasticche|pasticca|compresse|compressa|"
        r"medicine|medicinali|farmaci|farmaco|sonniferi|sonnifero|gocce|tachipirina|"
        r"tachipirine|paracetamolo|oki|aspirina|moment|xanax|lexotan|en|tavor|minias|"
        r"valium|antidepressivi|ansiolitici|benzodiazepine|psicofarmaci|insulina|"
        r"calmanti|tranquillanti|scatola|scatole|blister|boccetta|flacone|confezione|"
        r"confezioni)"
    ),
    "FAM": (
        r"(?:madre|mamma|padre|papa|genitori|sorella|fratello|famiglia|amica|amiche|amico|"
        r"amici|migliore amica|migliore amico|cugina|cugino|coinquilina|coinquilino|collega|"
        r"colleghi|capo|zia|zio|nonna|nonno|ragazza|ragazzo|compagna|compagno|gente)"
    ),
    "THEM": r"(?:lo|la|li|le|ti|vi|gli|l)",
    "JOKE": (
        r"(?:ahah|ahahah|ahahahah|haha|hahaha|ahaha|ahahaha|lol|xd|xdd|scherzo|scherzando|"
        r"chiavi|chiave|rido|ridere|spoiler|spoilera|serie|patatine|pizza|caricabatterie|"
        r"telecomando|netflix|non faccio niente|non lo faccio|non faro niente|ovviamente no|"
        r"ovviamente non)"
    ),
    "HIGH": (
        r"(?:ponte|tetto|balcone|finestra|terrazzo|terrazza|scogliera|dirupo|precipizio|"
        r"palazzo|cavalcavia|viadotto|burrone|parapetto|cornicione|binari|torre|piano)"
    ),
}

_p = vocab_compiler(_VOCAB)
_c = rule_maker("crisis", "crisis.it.", _p)
_a = rule_maker("ask", "ask.it.", _p)
_h = rule_maker("harm_to_others", "harm.it.", _p)
_s = rule_maker("harassment", "harassment.it.", _p)
_cond = rule_maker(None, "cond.it.", _p)

_NOTIDIOM = (
    r"(?! (?:dal|dalla|dalle|dai|di (?:fame|sonno|caldo|freddo|noia|vergogna|paura|gelosia|"
    r"risate|ridere|invidia|stanchezza|curiosita|lavoro|fatica)|per (?:lui|lei|te|voi)|dentro|"
    r"vecchio|vecchia|vecchi|felice|felici|insieme|con te|tra le tue|tra le sue))"
)

RULES: tuple[Rule, ...] = (
    # ---- crisis: explicit
    _c("suicide", r" (?:suicidio|suicidarmi|suicidare|suicida|suicidi|suicidarsi|suicidero|"
       r"suicidera|pensieri suicidi|pensieri suicidari|tendenze suicide|tentato suicidio|"
       r"suicidale|suicidali)(?= )", negatable=True),
    _c("kill-self", r" (?:ammazzarmi|uccidermi|togliermi la vita|impiccarmi|spararmi|"
       r"avvelenarmi|annegarmi|buttarmi sotto|buttarmi dal|buttarmi dalla|buttarmi dallo|"
       r"buttarmi da|buttarmi giu dal|buttarmi giu dalla|buttarmi nel vuoto|buttarmi di sotto|"
       r"lanciarmi dal|lanciarmi dalla|lanciarmi sotto|gettarmi dal|gettarmi dalla|"
       r"gettarmi sotto|tagliarmi le vene|tagliarmi i polsi|farmi fuori|farla finita|"
       r"finirla|farmi investire|ammazzermi|levarmi la vita|togliermela|uccidermi)"
       r"(?! (?:di|dalle|dal|a) (?:lavoro|studio|fatica|risate|ridere|palestra|"
       r"allenamento|corsa))(?! con (?:questa|quella|lui|lei|te|voi|loro|la nostra|il nostro|"
       r"sta|sto|questo|quel|la relazione|la storia|mio|mia|tua|tuo|sua|suo|le|gli|i|il|"
       r"lo|gli))(?= )"),
    _c("kill-self-now", r" (?:ammazzo|uccido|impicco|sparo|suicido|tolgo la vita|avveleno|"
       r"butto sotto|butto dal|butto dalla|butto dallo|butto giu dal|butto giu dalla|"
       r"butto nel vuoto|butto di sotto|lancio dal|lancio dalla|lancio sotto|getto dal|"
       r"getto dalla|getto sotto|taglio le vene|taglio i polsi|ammazzero|uccidero|"
       r"impicchero|ammazzerei|ucciderei|levo la vita|annego|affogo|annegero)"
       r"(?! (?:di|dalle|dal|a) (?:lavoro|studio|fatica|risate|ridere|palestra|"
       r"allenamento|corsa|fare))(?! (?:tutta|tutto|tutte|tutti|una|un|uno) )"
       r"(?:(?=(?: [^ ]++){0,10} (?:ma non e|non scherzo|nn scherzo|sul serio|seriamente|davvero) )"
       r"|(?!(?: [^ ]++){0,8} (?:ahah|ahahah|haha|lol|xd|"
       r"figurati|scherzo)))(?= )",
       before=r" (?:mi|io mi|che mi|ora mi|stanotte mi|stasera mi|domani mi|oggi mi|giuro mi|"
       r"poi mi|allora mi|quasi quasi mi)"),
    _c("kill-self-climb", r" (?:ammazzare|uccidere|suicidare|impiccare|togliere la vita|"
       r"buttare giu dal|buttare giu dalla|buttare sotto|buttare dal|buttare dalla|"
       r"buttare nel vuoto|sparare|avvelenare|tagliare le vene|tagliare i polsi|lanciare dal|"
       r"lanciare sotto|annegare|fare fuori)(?! (?:di|dalle|dal|a) (?:lavoro|studio|fatica|"
       r"risate|ridere|palestra|allenamento))(?= )",
       before=r" mi (?:voglio|vorrei|devo|sto per|vado a|posso|potrei|dovrei|volevo|"
       r"sto pensando di|vado ad|verrebbe da|viene voglia di)"),
    _c("cut-self", r" (?:tagliarmi|tagliuzzarmi|bruciarmi|ferirmi|graffiarmi|colpirmi|"
       r"picchiarmi|farmi i tagli|farmi dei tagli)(?! (?:i capelli|la frangia|le unghie|"
       r"la barba|fuori|le punte|un po i capelli))(?= )",
       before=r" (?:ricominciato a|ricominciata a|voglia di|bisogno di|continuo a|tornato a|"
       r"tornata a|sto per|voglio|vorrei|riesco a smettere di|smettere di|ripreso a|"
       r"ricomincio a|ricominciare a)"),
    _c("la-faccio-finita", r" (?:faccio finita|faro finita|farei finita|facciamo finita)"
       r"(?! con (?:questa|quella|lui|lei|te|voi|loro|la nostra|il nostro|sta|sto|questo|quel|"
       r"la relazione|la storia|mio|mia|tua|tuo|sua|suo|le|gli|i|il|lo|gli|tutti (?:voi|loro)|"
       r"sti|ste|queste|questi|quelle|quelli))(?= )", before=r" la"),
    _c("close-all", r" (?:chiudo|chiudere|chiudero|chiuderla|chiuso|finisco|finire|finiro|"
       r"faccio finita|farla finita|la faccio finita) con (?:tutto|la vita|questa vita|"
       r"il mondo|tutti|tutto e tutti|questa esistenza|la mia vita)(?= (?:$|per sempre|"
       r"definitivamente|stanotte|stasera|oggi|domani|davvero|giuro|una volta per tutte|"
       r"basta|ormai))"),
    _c("want-die", r" (?:morire|crepare|essere morto|essere morta|essere morti|sparire per sempre|"
       r"scomparire per sempre|sparire per sempre|non esistere piu|non esistere|"
       r"non esserci piu|non svegliarmi piu|addormentarmi per sempre|dormire per sempre|"
       r"togliermi di mezzo per sempre|andarmene per sempre|farla finita|finirla|"
       r"smettere di vivere|smettere di esistere|non essere mai nato|non essere mai nata|"
       r"non vivere piu)" + _NOTIDIOM + r"(?! con (?:questa|quella|sta|lui|lei|la relazione))"
       r"(?= )",
       negatable=True,
       before=r" (?:voglio|vorrei|voglia di|desidero|preferirei|mi va di|sto per|devo|"
       r"meglio|pronto a|pronta a|penso di|sto pensando di|ho pensato di|pensando di|"
       r"ho deciso di|decido di|sogno di|spero di|bisogno di|vorrei tanto|ho intenzione di|"
       r"mi piacerebbe|voglio solo|vorrei solo|vorrei soltanto|voglio soltanto|"
       r"voglio davvero|vorrei davvero|voglio proprio|vorrei proprio|preferisco|"
       r"meglio se)(?: solo| soltanto| davvero| proprio| tanto| semplicemente)?"),
    _c("want-dead", r" (?:morta|morto|morti|morte|(?:sparita|sparito|scomparsa|scomparso) "
       r"per sempre)(?= )",
       before=r" (?:vorrei essere|voglio essere|preferirei essere|meglio essere|fossi|"
       r"se solo fossi|vorrei tanto essere|vorrei solo essere|sarebbe meglio se fossi|"
       r"magari fossi|vorrei gia essere|voglio solo essere)(?: gia)?"),
    _c("no-live", r" (?:vivere|esserci|esistere|stare al mondo|svegliarmi|andare avanti|"
       r"restare in vita|essere vivo|essere viva|continuare a vivere|respirare|alzarmi|"
       r"stare su questa terra|sopravvivere|vivere cosi)"
       r"(?! (?:con (?:lui|lei|te|voi|loro)|insieme|a (?:milano|roma)|qui|in questa citta|"
       r"da solo|da sola|lontano|senza di (?:lui|lei)|presto))(?= )",
       before=r" (?:non|nn) (?:voglio|vorrei|riesco a|riesco piu a|riesco|posso|ce la faccio a|"
       r"ce la faccio piu a|me la sento di|me la sento piu di|ho voglia di|ho piu voglia di|"
       r"ho la forza di|ho piu la forza di|so come|so piu come|sopporto piu di|"
       r"sopporto di|ne posso piu di|vedo come|vedo perche|capisco perche)(?: piu)?"
       r"(?: a| ad| di)?"),
    _c("no-live-2", r" (?:vivere|esserci|esistere|stare al mondo|andare avanti|restare in vita|"
       r"continuare a vivere|svegliarmi)(?= )",
       before=r" (?:stanco di|stanca di|stufo di|stufa di|stanchi di|sfinito di|sfinita di|"
       r"non ne posso piu di|che senso ha|che senso ce a|a che serve|a cosa serve|perche dovrei|"
       r"senza motivo per|nessuna voglia di|zero voglia di|paura di continuare a)"),
    _c("no-reason", r" (?:motivo|motivi|ragione|ragioni|senso|scopo|voglia) (?:per|di|a) "
       r"(?:vivere|restare in vita|continuare|andare avanti|esistere|restare|svegliarmi|"
       r"alzarmi|continuare a vivere|stare al mondo|essere qui)(?= )",
       before=r" (?:nessun|nessuna|non ho|non ho piu|non ce|non ce piu|non vedo|non vedo piu|"
       r"non trovo|non trovo piu|piu|non ha|che|alcun|alcuna|un|una|piu nessun|piu nessuna|"
       r"zero)(?: piu)?(?: nessun| nessuna| un| una| alcun| alcuna)?"),
    _c("never-wake", r" (?:non svegliarmi|non risvegliarmi|mai piu svegliarmi|"
       r"non svegliarmi mai piu)(?! (?:presto|tardi|alle|prima|cosi presto|in tempo|"
       r"con (?:lui|lei)))(?= )"),
    _c("never-wake-2", r" (?:sveglio|svegliassi|sveglierei|svegliero|risveglio|svegliassi)"
       r"(?= (?:$|piu|e amen|e basta|domani|domattina|mai piu|mai|e finisce|cosi|meglio|"
       r"sarebbe meglio|pazienza|amen|va bene|tanto meglio|fa niente|non importa))",
       before=r" (?:domani|domattina|magari|spero|se|magari domani|spero che domani|"
       r"vorrei che domani|e se domani|magari stanotte|speriamo che domani) non mi"),
    _c("disappear", r" (?:sparire|scomparire|sparisco|sparissi|andare via|andarmene|"
       r"andarmene via|svanire|dissolvermi|scomparissi)(?: [^ ]++){0,1} (?:per sempre|"
       r"definitivamente|da questo mondo|dalla faccia della terra|per non tornare)"
       r"(?! (?:a|in|da|per|verso|al|all|nel|negli|con|dopo|dalla|dalle|dai|dal|lontano)(?= ))"
       r"(?= )",
       before=r" (?:voglio|vorrei|voglia di|desidero|preferirei|devo|meglio|spero di|"
       r"prima di|salutarti prima di|salutare prima di|salutarvi prima di|pronto a|pronta a|"
       r"sto per|solo|soltanto|vorrei solo|voglio solo)"),
    _c("join-dead", r" (?:lassu|cielo|paradiso|dallaltra parte|dall altra parte|"
       r"tra gli angeli|nellaldila|nell aldila|al cimitero)(?= )",
       before=r" (?:raggiungere|raggiungero|raggiungo|raggiungerlo|raggiungerla|andare da|"
       r"vado da|tornare da|tornero da|ritrovare|ritrovero|stare con|staro con)(?: [^ ]++){0,4}"),
    _c("out-of-way", r" (?:tolgo di mezzo|togliermi di mezzo|levo di mezzo|levarmi di mezzo|"
       r"tolgo dai piedi|togliermi dai piedi|levo dalle palle|levarmi dalle palle|"
       r"tolgo dal mondo|togliermi dal mondo)(?= (?:$|per sempre|ma per davvero|per davvero|"
       r"davvero|definitivamente|stavolta|questa volta|sul serio|per bene|una volta per tutte))"),
    _c("hope-killed", r" (?:prenda in pieno|investa|travolga|uccida|ammazzi|metta sotto|"
       r"tiri sotto|schiacci|porti via|prendesse in pieno|investisse|travolgesse|uccidesse|"
       r"ammazzasse|mettesse sotto|tirasse sotto|colpisca|centri)(?= )",
       before=r" (?:spero|speravo|vorrei|prego|magari|sogno|desidero|speriamo)(?: che| quasi che)?"
       r"(?: [^ ]++){0,3} mi"),
    _c("better-off", r" senza di me(?= )",
       before=r" (?:tutti|starete tutti|tutti staranno|starebbero tutti|state tutti|il mondo|"
       r"la mia famiglia|i miei|voi|voi tutti|la gente|tutto il mondo|ognuno|starete|"
       r"starebbero|staranno|stareste|sareste tutti|sarebbero tutti|vivreste|vivrebbero)"
       r"(?: [^ ]++){0,2} (?:meglio|piu felici|piu sereni|piu leggeri|sollevati|in pace|"
       r"piu tranquilli)"),
    _c("better-off-world", r" senza di me (?:al mondo|su questa terra|in questo mondo|in vita|"
       r"su questo pianeta|per sempre)(?= )"),
    _c("if-gone", r" se (?:io )?(?:non ci fossi piu|non ci fossi|sparissi|morissi|fossi morto|"
       r"fossi morta|non esistessi|non esistessi piu|me ne andassi per sempre|"
       r"non fossi mai nato|non fossi mai nata|mi uccidessi|la facessi finita|"
       r"mi ammazzassi|scomparissi|non mi svegliassi piu)(?= )",
       before=r" (?:felice|felici|meglio|sollevata|sollevato|sollevati|sollevate|sollievo|"
       r"facile|tranquilla|tranquillo|tranquilli|in pace|piu leggeri|piu leggera|"
       r"piu sereni|piu serena|piu sereno|migliore|semplice)(?: [^ ]++){0,2}"),
    _c("nobody-miss", r" (?:sentira la mia mancanza|sentirebbe la mia mancanza|mi rimpiangera|"
       r"mi rimpiangerebbe|mi piangera|mi piangerebbe|se ne accorgera|se ne accorgerebbe|"
       r"verra al mio funerale|verrebbe al mio funerale|mi mancherebbe|notera la differenza|"
       r"noterebbe la differenza)(?= )", before=r" nessuno(?: mai| davvero| proprio)?"),
    _c("letters-all-ready", r" (?:lettera|lettere|messaggi|biglietti) (?:per|a) (?:tutti|"
       r"la mia famiglia|i miei|mamma|papa|mia madre|mio padre|ognuno|tutte le persone)(?= )",
       also="cond.it.decided"),
    _a("letters-all", r" (?:lettera|lettere|biglietti) (?:per|a) (?:tutti|la mia famiglia|i miei|"
       r"ognuno|tutte le persone che amo)(?= )",
       before=r" (?:scritto|scritta|preparato|preparata|lasciato|lasciata|scrivo|lascio|"
       r"preparo)(?: le| la| delle| una| dei| i)?"),
    _c("life-no-sense", r" non ha (?:piu |nessun |piu nessun |alcun |piu alcun )?senso"
       r"(?! (?:senza (?:di )?(?:te|lui|lei|voi)|con (?:lui|lei)|per (?:noi|la nostra)))(?= )",
       before=r" (?:la mia vita|la vita|vita|vivere|la mia esistenza|esistere|questa vita)"),
    _c("extreme-act", r" (?:gesto estremo|gesto disperato|gesto folle)(?= )", negatable=True),
    _a("stupid-thing", r" (?:cazzata|cazzate|sciocchezza|sciocchezze|stupidaggine|follia|"
       r"pazzia)(?= (?:$|stasera|stanotte|adesso|ora|grave|seria))",
       before=r" (?:paura di fare|rischio di fare|sto per fare|potrei fare|faro|faccio|"
       r"capace di fare)(?: una| qualche| un| delle)?"),
    _c("burden", r" (?:peso|zavorra|problema|fardello|palla al piede) per (?:tutti|voi|te|"
       r"la mia famiglia|i miei|chiunque|gli altri|tutti quanti|mia madre|mio padre|"
       r"i miei genitori|tutti voi)(?= )",
       before=r" (?:sono|sono solo|sono soltanto|sono diventato|sono diventata|sono sempre stato|"
       r"sono sempre stata|sono solamente|sono nientaltro che|sono niente altro che|resto)"
       r"(?: un| una| solo un| solo una)?"),
    _c("no-problem-soon", r" (?:piu un (?:problema|peso|fardello|disturbo) per (?:nessuno|voi|te|"
       r"la mia famiglia|tutti|chiunque)|non (?:dovrete|dovrai|dovranno|dovra) piu "
       r"(?:preoccuparvi|preoccuparti|preoccuparsi|occuparvi|occuparti) (?:per|di) me)(?= )"),
    _c("think-of", r" (?:penso|pensavo|pensando|pensare|penso spesso|pensieri) (?:al suicidio|"
       r"alla morte|a morire|a uccidermi|ad ammazzarmi|a farla finita|a togliermi la vita|"
       r"al mio funerale|di farla finita|di uccidermi|di ammazzarmi|di togliermi la vita|"
       r"di buttarmi|a buttarmi|seriamente di togliermi|seriamente di farla|"
       r"seriamente di uccidermi|seriamente al suicidio)(?= )", negatable=True),
    _c("farewell-letter", r" (?:lettera daddio|lettere daddio|biglietto daddio|messaggio daddio|"
       r"lettera di addio|biglietto di addio|ultime volonta)(?= )",
       negatable=True),
    _a("addio-end", r" addio(?= (?:$|grazie|vi voglio bene|ti voglio bene|a tutti|per sempre|"
       r"mondo|perdonatemi|perdonami|scusate|scusami|mi dispiace|vi amo|ti amo|e grazie))"
       r"(?! per sempre (?:alle|ai|al|alla|a|agli))"),
    _c("goodbye-before", r" per sempre(?= )",
       before=r" (?:prima di|salutarti prima di|salutarvi prima di|salutare prima di|"
       r"ciao prima di)(?: [^ ]++){0,1} (?:andarmene|andare via|andarmene via|partire|"
       r"sparire|andare|lasciarvi|lasciarti|chiudere gli occhi)"),
    _c("how-when", r" (?:(?:come e quando|quando e come|dove e quando|quando e dove|come e dove)"
       r"(?: [^ ]++){0,1} (?:lo faro|farlo|lo faccio|farla finita|lo fare|lo farei|lo)|"
       r"(?:esattamente|gia) come (?:lo faro|farlo|lo faccio|farla finita)"
       r"(?! (?:con|per|a|al|alla|in)(?= )))(?= )"),
    _c("plan-date", r" (?:scelto|deciso|fissato|stabilito) (?:il giorno|la data|lora|il momento|"
       r"la notte|la sera|il posto|come|quando)(?= )", also="cond.it.plan"),
    _cond("plan", r" (?:la lettera|una lettera|le lettere|lettera daddio|la corda|le pastiglie|"
          r"le pillole|il ponte|deciso tutto|organizzato tutto|preparato tutto|"
          r"ho deciso|ultima notte|ultimo giorno|ultima sera)(?= )"),
    _c("plan-all", r" (?:(?:deciso|organizzato|pianificato|preparato|sistemato) tutto|"
       r"tutto pronto|e tutto pronto)"
       r"(?! (?:per (?:il|la|lo|i|le|gli)(?: (?:suo|sua|mio|mia|tuo|tua|nostro|nostra))? "
       r"(?:trasloco|viaggio|vacanze|vacanza|festa|"
       r"compleanno|matrimonio|cena)))(?= )", also="cond.it.planctx"),
    _cond("planctx", r" (?:quando (?:i miei|mia|mio|lei|lui|loro|nessuno|tutti)|da sola|da solo|"
          r"stanotte|stasera|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|"
          r"non ci sara nessuno|saro sola|saro solo|vanno al mare|partono|sono via|weekend|"
          r"fine settimana|e finita)(?= )"),
    _c("decided-gone", r" (?:piu un problema mio|piu un mio problema|piu affar mio|"
       r"piu problema mio|presto finira|presto sara finita|presto sara tutto finito|"
       r"tutto finito presto|fra poco sara finita|tra poco sara finita|tra poco finisce|"
       r"fra poco finisce)(?= )", also="cond.it.decided"),
    _cond("decided", r" (?:ho deciso|ho preso la mia decisione|e deciso|ho scelto|sono pronto|"
          r"sono pronta|ormai e deciso|la decisione e presa)(?= )"),
    _c("give-away-ready", r" (?:regalato|dato via|dati via|date via|regalati|regalate|lasciato|"
       r"ceduto|donato|distribuito) (?:tutto|tutte le mie cose|tutta la mia roba|le mie cose|"
       r"la mia roba)(?= )", also="cond.it.decided"),
    _c("farewell-absolve", r" (?:non e colpa (?:sua|tua|vostra|loro|di nessuno)|"
       r"nessuno ha colpa|non e colpa di nessuno)(?= )", also="cond.it.tell"),
    _cond("tell", r" che (?:le|gli|vi|li|ti) (?:voglio bene|ho voluto bene|amo|ho amato|"
          r"voglio tanto bene|ho sempre voluto bene)(?= )",
          before=r" (?:di|dite|dille|digli|dica|dite a tutti|di a tutti) (?:a )?(?:mia|mio|miei|"
          r"mie|tutti|mamma|papa)(?: [^ ]++){0,2}"),
    # ---- crisis: self-harm
    _c("self-harm-word", r" (?:autolesionismo|autolesionista|autolesionisti|autolesione|"
       r"autolesionarmi|tagli sulle braccia|tagli sulle gambe|tagli sui polsi|farmi i tagli|"
       r"farmi dei tagli|mi taglio|tagliuzzarmi|tagliuzzo)(?= )", negatable=True),
    _c("cut-again", r" (?:tagliata|tagliato|tagliare|tagliarmi|taglio|bruciata|bruciato|"
       r"bruciarmi|graffiata|graffiato|ferita|ferito|ferirmi|fatta del male|fatto del male|"
       r"farmi del male|fatta male|fatto male) (?:di nuovo|ancora|ancora una volta|un altra volta|"
       r"unaltra volta|apposta|di proposito|volontariamente|le braccia|le vene|i polsi|il polso|"
       r"le gambe|le cosce|la pelle|con la lametta|con il rasoio|col rasoio|con una lametta)"
       r"(?= )", before=r" (?:mi|mi sono|ricominciato a|ricominciata a|voglia di|bisogno di|"
       r"tornato a|tornata a)"),
    _c("hurt-self", r" (?:faccio del male|faccio male|fare del male|farmi del male|farmi male)"
       r"(?! (?:a (?:guardare|pensare|leggere|stalkerare|rileggere|vedere|ricordare)|"
       r"pensando|guardando|leggendo|rileggendo|con (?:i|le|questi|queste) (?:ricordi|foto|"
       r"messaggi)|in palestra|allallenamento|giocando|cadendo))(?= )",
       before=r" (?:mi|voglio|voglia di|bisogno di|continuo a|ricominciato a|ricominciata a|"
       r"tornato a|tornata a|paura di)"),
    _c("burn-on-purpose", r" (?:bruciato|bruciata|tagliato|tagliata|graffiato|graffiata|"
       r"ferito|ferita|colpito|colpita|morso|morsa)(?: [^ ]++){0,4} (?:apposta|di proposito|"
       r"volontariamente|per sentire|per non sentire|mi calma|mi aiuta|mi fa stare meglio|"
       r"mi sfoga)(?= )", before=r" (?:mi sono|mi)"),
    # ---- crisis: methods and means
    _c("jump", r" (?:buttarmi|lanciarmi|gettarmi|buttero|lancero|gettero|butto|lancio|getto)"
       r"(?= (?:$|e|giu|dal|dalla|dallo|da|sotto|nel vuoto|di sotto|ora|adesso|stanotte))",
       also="cond.it.high",
       before=r" (?:voglia di|voglio|vorrei|sto per|pronto a|pronta a|penso di|pensando di|"
       r"mi viene voglia di|tentazione di|mi|quasi quasi mi|mi sa che mi)"),
    _c("jump-place", r" (?:dal|dalla|dallo|da un|da una|giu dal|giu dalla|sotto (?:un|il|al|"
       r"alla|a un|a una|ad un|ad una)) (?:ponte|tetto|balcone|finestra|terrazzo|terrazza|"
       r"scogliera|dirupo|palazzo|cavalcavia|viadotto|treno|metro|tram|camion|macchina|auto|"
       r"pullman|bus|settimo piano|sesto piano|quinto piano|ultimo piano|torre|binari)"
       r"(?:(?=(?: [^ ]++){0,10} (?:ma non e|non scherzo|nn scherzo|sul serio|seriamente|davvero) )"
       r"|(?!(?: [^ ]++){0,6} (?:ahah|ahahah|haha|lol|xd|"
       r"figurati|scherzo)))(?= )",
       before=r" (?:buttarmi|lanciarmi|gettarmi|buttero|lancero|gettero|butto|lancio|getto|"
       r"buttarmi giu|butto giu|mi butto|mi lancio|mi getto|saltare|salto|saltero|"
       r"sdraiarmi|sdraio|mettermi|metto)"),
    _cond("high", r" (?:sul|sulla|sullo|sui|al|cima al|cima alla|cima a|sul bordo del|"
          r"sul bordo della|sul cornicione|sul parapetto|affacciato|affacciata) (?:ponte|tetto|"
          r"balcone|terrazzo|terrazza|scogliera|dirupo|precipizio|cornicione|parapetto|binari|"
          r"finestra|[0-9]+ piano|sesto piano|settimo piano|ottavo piano|quinto piano|"
          r"ultimo piano|decimo piano|viadotto|cavalcavia|palazzo|grattacielo|campanile|torre)"
          r"(?= )"),
    _c("look-down", r" (?:guardo|fisso|sto guardando|sto fissando|guardavo) (?:giu|di sotto|"
       r"il vuoto|lacqua|l acqua|i binari|il fiume|il mare|la strada|in basso)(?= )",
       also="cond.it.high"),
    _c("let-go-water", r" (?:lascio andare|lasciarmi andare|lascero andare|lasciassi andare)"
       r"(?= (?:giu|nel fiume|nel lago|nel mare|in acqua|nel vuoto|sotto|e affogare|fino))"),
    _c("until-ends", r" (?:finche finisce|finche non finisce|finche non finisce tutto|"
       r"finche e finita|fino alla fine|finche non e finita)(?= )",
       before=r" (?:acqua|fiume|lago|mare|giu|vuoto|andare|entro|cammino|nuoto)(?: [^ ]++){0,2}"),
    _c("pills-took", r" (?:preso|presa|ingoiato|ingoiata|mandato giu|mandata giu|buttato giu|"
       r"buttata giu|prendere|prendo|ingoio|ingoiare|calato|calata|inghiottito|inghiottita|"
       r"preso tutte|presa tutte|bevuto|bevuta|svuotato|svuotata) (?:tutta la|tutte le|tutto il|"
       r"tutti i|una scatola|due scatole|tre scatole|unintera scatola|lintera scatola|"
       r"unintera confezione|tutta una|[0-9]+|venti|trenta|quaranta|cinquanta|cento|troppe|"
       r"troppi|un sacco di|un blister|due blister|un flacone|una boccetta|un mucchio di|"
       r"una manciata di|mezza scatola|unaltra scatola)(?: [^ ]++){0,2} <PILLS>(?= )"),
    _c("pills-hoard", r" (?:messo da parte|messe da parte|mettendo da parte|metto da parte|"
       r"accumulato|accumulate|accumulando|accumulo|conservato|conservate|conservando|"
       r"nascosto|nascoste|raccolto|raccolte|contato|contate|conto|tengo da parte|tenuto da parte|"
       r"risparmiato|risparmiate|collezionato|collezionate)(?: [^ ]++){0,3} <PILLS>(?= )"),
    _c("pills-hoard-2", r" <PILLS>(?: [^ ]++){0,6} (?:messe da parte|messi da parte|"
       r"da parte da|accumulate|accumulati|nascoste|nascosti|conservate|conservati|contate|"
       r"contati|ormai bastano|bastano|sono abbastanza|basteranno|rubate|rubati|presi di "
       r"nascosto|prese di nascosto)(?= )"),
    _c("sleep-end", r" (?:addormentarmi|dormire|addormentarsi) e (?:che )?(?:finisse tutto|"
       r"tutto finisse|finisca tutto|tutto finisca|non sentire piu niente|non sentire piu nulla|"
       r"basta per sempre|sparire)(?= )"),
    _c("end-means", r" (?:e la fine|sara la fine|la faccio finita|e finita)(?= )",
       also="cond.it.means", before=r" (?:stanotte|stasera|oggi|domani|adesso|ormai|e)"),
    _cond("means", r" (?:<PILLS>|corda|pistola|ponte|lametta|rasoio|binari)(?= )"),
    _a("end-soft", r" (?:e la fine|sara la fine)(?= (?:$|per me|ormai|davvero))",
       before=r" (?:stanotte|stasera|oggi|domani|adesso|ormai|per me)"),
    _a("water-jump", r" (?:nel fiume|nel lago|nel mare|nel canale|nel tevere|nellarno|"
       r"nel po)(?! (?:a fare il bagno|per fare il bagno|a nuotare|per nuotare|con gli amici|"
       r"con le amiche|dal molo))(?= (?:$|stanotte|stasera|adesso|ora|e basta|e finisce|"
       r"e amen|per sempre))",
       before=r" (?:mi butto|buttarmi|mi lancio|lanciarmi|mi getto|gettarmi|mi lascio andare|"
       r"entro|entrare)"),
    _c("pills-enough", r" (?:abbastanza|sufficienti) <PILLS>(?= )"),
    _c("overdose", r" (?:overdose|sovradosaggio|avvelenamento|avvelenarmi|intossicarmi)(?= )",
       negatable=True),
    _c("hang", r" (?:cappio|nodo scorsoio|impiccagione|impiccarmi|impicco|corda al collo|"
       r"corda intorno al collo|pistola alla tempia|colpo in testa|proiettile in testa|"
       r"monossido|gas di scarico|tagliarmi le vene|tagliato le vene|tagliata le vene)(?= )"),
    _c("train", r" (?:sotto (?:un|il|al|alla|a un|a una|ad un|la|le) (?:treno|treni|metro|"
       r"tram|camion|macchina|auto|pullman|bus|tir|regionale|frecciarossa|binari))(?= )",
       before=r" (?:butto|buttarmi|lancio|lanciarmi|getto|gettarmi|mettermi|metto|sdraiarmi|"
       r"sdraio|finire|finiro|mi butto|mi lancio|mi getto|mi metto|buttero|lancero)"),
    # ---- ask: soft signals
    _a("means-near", r" (?:<PILLS>|corda|lametta|rasoio|pistola)(?: [^ ]++){0,6} (?:nel cassetto|"
       r"nellarmadietto|nell armadietto|in cantina|in garage|in soffitta|nellarmadio|"
       r"sul comodino|accanto a me|davanti a me|in mano|sul tavolo|pronte|pronti|"
       r"a portata di mano|qui con me|sono li|sono qui)(?= )"),
    _a("rope", r" (?:comprato|comprata|preso|presa|trovato|trovata|preparato|preparata|"
       r"comprare|procurato|procurata) (?:una|la|della|un pezzo di) corda(?= )"),
    _a("gun", r" (?:pistola|fucile|arma|rivoltella|revolver|fucile da caccia)(?= )",
       before=r" (?:trovato|trovata|so dove|tiene|comprato|comprata|preso|presa|ho|ho in mano|"
       r"tengo|caricato|caricata|prendere)(?: [^ ]++){0,3} (?:la|una|sua|mia|di mio|del|"
       r"di suo|la sua)"),
    _a("high-place", r" (?:sul ponte|sul tetto|sul cornicione|sul parapetto|sul bordo|sui binari|"
       r"cima al palazzo|sulla scogliera|sul viadotto|sul cavalcavia)(?= (?:$|e (?:guardo|fisso|"
       r"penso|non so|piango|tremo|non ce la faccio)|da solo|da sola|di notte|adesso|ora|"
       r"da ore|da unora|in questo momento))",
       before=r" (?:sono|sto|mi trovo|seduto|seduta|in piedi|adesso sono|ora sono|sono qui)"),
    _a("look-down-soft", r" (?:guardo|fisso|sto guardando|sto fissando) (?:il vuoto|i binari|"
       r"giu dal|giu dalla|lacqua dal)(?= )"),
    _a("no-way-out", r" (?:via duscita|vie duscita|uscita|speranza|speranze|soluzione|"
       r"soluzioni|futuro|luce in fondo|senso)(?! (?:da|dal|dalla|dallo|dai|dalle|dall|con|nel|"
       r"nella|sul|sulla|al|alla|in) (?!niente |nulla |tutto |questa vita |questo dolore ))"
       r"(?! per (?!me ))(?! (?:senza (?:di )?(?:te|lui|lei|voi)|con "
       r"(?:lui|lei)|per (?:noi|la nostra))(?= ))(?= )",
       before=r" (?:nessuna|non ce|non ce piu|non vedo|non vedo piu|non ho|non ho piu|senza|"
       r"non vedo nessuna|non ce nessuna|non ce una|zero|nessun|piu nessuna|non esiste|"
       r"non esiste una|non ce alcuna|non vedo alcuna|non vedo un|non ha)(?: piu)?"
       r"(?: nessuna| una| alcuna| un| nessun)?"),
    _a("never-change", r" (?:non cambiera mai|non cambiera mai niente|non cambiera mai nulla|"
       r"non andra mai meglio|non migliorera mai|non ne usciro mai|non ne esco|"
       r"non ne usciro|non passera mai)(?= )"),
    _a("end-reached", r" (?:arrivata alla fine|arrivato alla fine|arrivata al capolinea|"
       r"arrivato al capolinea|al limite|alla fine della corsa|arrivata al limite|"
       r"arrivato al limite)(?= (?:$|ormai|davvero|di tutto|con tutto|non ce la faccio))"),
    _a("last-message", r" (?:ultimo messaggio|lultimo messaggio|ultima volta che (?:mi senti|"
       r"ti scrivo|mi leggi|"
       r"mi vedi|sentirai|mi sentirai|vi scrivo)|lultima volta che (?:mi senti|ti scrivo|mi leggi|"
       r"mi vedi|sentirai|mi sentirai|vi scrivo)|non mi sentirai piu|"
       r"non sentirai piu parlare di me|"
       r"ultime parole|mie ultime parole|non mi vedrai piu|non mi vedrete piu)"
       r"(?! (?:per (?:chiudere|salutar|dire|chiarire|lui|lei)|a (?:lui|lei|mio ex|mia ex))(?= ))"
       r"(?!(?: [^ ]++){0,4} (?:rispetto|la tua decisione|promesso|ti auguro|buona fortuna))"
       r"(?! (?:su|sul|"
       r"sulla|sullargomento|riguardo|a riguardo|in merito|per oggi|di oggi|della serata))(?= )"),
    _a("farewell-tell", r" che (?:le|gli|vi|li|ti) (?:voglio bene|ho voluto bene|amo|ho amato|"
       r"voglio tanto bene|ho sempre voluto bene)(?= )",
       before=r" (?:di|dite|dille|digli|dica|dite a tutti|di a tutti) (?:a )?(?:mia|mio|miei|"
       r"mie|tutti|mamma|papa)(?: [^ ]++){0,2}"),
    _a("take-care", r" (?:abbi cura di te|abbiate cura di voi|prenditi cura di|"
       r"prendetevi cura di)(?= )", also="cond.it.farewellctx"),
    _cond("farewellctx", r" (?:ultimo messaggio|lultimo messaggio|addio|per sempre|ultima volta|"
          r"lultima volta|grazie di tutto|"
          r"grazie per tutto|non mi sentirai|perdonami|perdonatemi)(?= )"),
    _a("goodbye-soft", r" per sempre(?! (?:a|in|da|per|verso|al|all|nel|negli|con|dopo|dalla|"
       r"dalle|dai|dal|lontano|e (?:ho|mi|vado|inizio|cambio))(?= ))(?= )",
       before=r" (?:vado|vado via|andarmene|andarmene via|andare via|andro|andro via|partire|"
       r"parto|sparire|sparisco|sparire|me ne vado|salutarti|salutarvi|chiudo gli occhi|"
       r"dormire|addormentarmi)"),
    _a("give-away", r" (?:regalato|regalata|regalati|regalate|dato via|dati via|date via|"
       r"regalando|sto regalando|donando|dando via|"
       r"donato|donata|ceduto|lasciato|lascio|regalo) (?:tutto|tutte le mie cose|"
       r"tutta la mia roba|le mie cose|la mia roba|il mio gatto|il mio cane|i miei gatti|"
       r"la mia chitarra|i miei vestiti|i miei dischi|i miei libri|la mia collezione|"
       r"i miei risparmi|le password|le mie password|la password|le mie piante)"
       r"(?! (?:quello che|quel che|cio che|di (?:lui|lei)|che mi ricorda|che mi ricordava))"
       r"(?!(?: [^ ]++){0,2} (?:alla caritas|in beneficenza|alla biblioteca|a una associazione|"
       r"allassociazione|"
       r"al mercatino|su vinted|al canile|perche (?:trasloco|mi trasferisco|cambio casa)))(?= )"),
    _a("give-need", r" (?:non mi serve piu|non mi servira piu|non ne avro piu bisogno|"
       r"non ne ho piu bisogno|non mi serviranno piu|non mi servono piu|"
       r"non servira piu|non serve piu)(?= )", also="cond.it.gave"),
    _cond("gave", r" (?:dato|data|regalato|regalata|tieniti|tienili|tienila|tienilo|tieni|"
          r"lascio|lasciato|prenditi|puoi tenere|puoi prendere|occupati|prenditi cura)(?= )"),
    _a("passwords", r" (?:password|credenziali|codici|pin|prenditi cura|prendetevi cura|occupati)"
       r"(?: [^ ]++){0,5} (?:saprai cosa fare|sapete cosa fare|per dopo|dopo saprai|in caso|"
       r"quando non ci saro|quando saro|dopo(?= $))(?= )"),
    _a("tonight-do", r" (?:faccio|lo faccio|faro|lo faro) (?:quello che|cio che) (?:dico|penso|"
       r"ripeto|progetto|ho in mente) da(?= )"),
    _a("stop-delay", r" (?:basta rimandare|non rimando piu|e ora di farlo|e il momento di farlo|"
       r"stavolta lo faccio|stavolta lo faccio davvero|questa volta lo faccio)(?= )"),
    _a("not-here", r" (?:non ci saro piu|non saro piu qui|non saro piu qua|non ci saro|"
       r"non saro qui)(?! (?:per (?:te|lui|lei|voi)|a|alla|al|in|domani sera|stasera|"
       r"questo weekend|questa estate))(?= )"),
    _a("burden-soft", r" (?:peso|zavorra|fardello|palla al piede)(?= )",
       before=r" (?:sono|sono solo|sono soltanto|sono diventato|sono diventata|mi sento)"
       r"(?: un| una| solo un| solo una| come un| come una)"),
    _a("better-without", r"(?<!saresti)(?<!sarai)(?<!stai)(?<!staresti)(?<!lui sta)(?<!lei sta)"
       r"(?<!lui starebbe)(?<!lei starebbe)(?<!lui sarebbe)(?<!lei sarebbe)"
       r" (?:meglio|piu felice|piu felici|piu sereno|piu serena) senza di me"
       r"(?= )"),
    _a("if-gone-soft", r" se (?:io )?(?:non ci fossi piu|sparissi|morissi|non esistessi)(?= )"),
    _a("disappear-soft", r" (?:sparire|scomparire|svanire)(?= (?:$|e basta|e non tornare|"
       r"da tutto|da tutti|dal mondo|e amen))",
       before=r" (?:voglio|vorrei|voglia di|desidero|vorrei solo|voglio solo)"),
    _a("close-all-soft", r" (?:chiudo|chiudere|chiudero|faccio finita|farla finita|finirla) "
       r"con tutto(?= )"),
    _a("out-of-way-soft", r" (?:tolgo di mezzo|togliermi di mezzo|levo di mezzo|"
       r"levarmi di mezzo)(?= )"),
    _a("tired-life", r" (?:stanco|stanca|stufo|stufa|stanchi) (?:della vita|di questa vita|"
       r"di tutto|della mia vita)(?= )"),
    # ---- harm to others
    _h("kill", r" (?:ammazzo|ammazzero|ammazzerei|uccido|uccidero|ucciderei|ammazzare|uccidere|"
       r"accoltello|accoltellare|accoltellero|sgozzo|sgozzare|strangolo|strangolare|pesto|"
       r"pestare|pestero|picchio|picchiare|picchiero|massacro|massacrare|massacrero|meno|menare|"
       r"menero|sparo|sparare|sparero|faccio fuori|fare fuori|faro fuori|investo|investire|"
       r"gonfio|gonfiare|gonfiero|distruggo|distruggere|spacco|spaccare|ammazzo di botte|"
       r"riempio di botte|riempire di botte|faccio male|fare male|faccio del male|fare del male|"
       r"faro del male|faro male|faccio pentire|faro pentire|faccio soffrire|far soffrire|"
       r"faro soffrire)(?! (?:di lavoro|dal ridere|dalle risate|a (?:fifa|calcetto|playstation)))"
       r"(?!(?: [^ ]++){0,10} <JOKE>(?= ))(?= )",
       negatable=True, before=r" <THEM>"),
    _h("kill-inf", r" (?:ammazzarlo|ammazzarla|ammazzarli|ammazzarti|ammazzarvi|ucciderlo|"
       r"ucciderla|ucciderli|ucciderti|uccidervi|picchiarlo|picchiarla|picchiarti|picchiarli|"
       r"pestarlo|pestarla|pestarti|menarlo|menarla|menarti|massacrarlo|massacrarla|massacrarti|"
       r"accoltellarlo|accoltellarla|accoltellarti|sparargli|spararle|spararti|strangolarlo|"
       r"strangolarla|strangolarti|fargli del male|farle del male|farti del male|fargli male|"
       r"farle male|farti male|fargliela pagare|fargliela pagare cara|fartela pagare|"
       r"fargli pagare|farle pagare|spaccargli la faccia|spaccarle la faccia|spaccarti la faccia|"
       r"rovinargli la vita|rovinarle la vita|rovinarti la vita|distruggerlo|distruggerla|"
       r"distruggerti|fargli soffrire|farlo soffrire|farla soffrire|farti soffrire|"
       r"investirlo|investirla|gonfiarlo|gonfiarla|gonfiarti|fargli la pelle|farle la pelle)"
       r"(?!(?: [^ ]++){0,10} <JOKE>(?= ))(?= )", negatable=True),
    _h("face", r" (?:spacco|spaccare|spacchero|rompo|rompere|rompero|sfondo|sfondare|gonfio|"
       r"gonfiare|riempio|pesto|pestare|massacro|massacrare|apro|aprire|faccio) (?:la faccia|"
       r"il muso|la testa|il culo|le ossa|le gambe|i denti|il naso|la schiena|di botte|"
       r"di mazzate|di pugni|di calci|la faccia di botte|il cranio|il grugno|la mascella)(?= )",
       negatable=True, before=r" (?:ti|gli|le|vi|lo|la|li|io ti|io gli|giuro ti|giuro gli)"),
    _h("punch", r" (?:gli|le|ti|vi) (?:do|daro|dare|tiro|tirero|tirare|mollo|mollare|mollero|"
       r"rifilo|rifilare|"
       r"stampo|stampare|assesto) (?:un|dei|due|qualche|uno|una|tanti|un paio di) (?:pugno|pugni|"
       r"schiaffo|schiaffi|calcio|calci|ceffone|ceffoni|cazzotto|cazzotti|testata|testate|"
       r"coltellata|coltellate|sberla|sberle|sganassone|manrovescio|cazzottone|mazzata|"
       r"mazzate|botte)(?= )",
       negatable=True),
    _h("threat-pay-me", r" (?:paghi|pagherai|pagherete|paghera|pagate|pagano|pagherà)(?= )",
       before=r" me la"),
    _h("threat-pay", r" (?:te ne pentirai|ve ne pentirete|se ne pentira|se ne pentiranno|"
       r"la pagherai|la paghera|pagherai cara|pagherai caro|la paghi cara|la pagherete|"
       r"te la faccio pagare|gliela faccio pagare|te la faro pagare|gliela faro pagare|"
       r"vedrai cosa ti succede|vedrai che ti succede|non sai cosa ti aspetta|"
       r"ultimo avvertimento|stai attento a te|stai attenta a te|guardati le spalle|"
       r"guardatevi le spalle)(?= )"),
    _h("know-where-you", r" (?:dove|dov) (?:abiti|lavori|vivi|stai|dormi|parcheggi|vai|"
       r"abitate|lavorate|vivete)(?= )", before=r" (?:so|so bene|so benissimo|io so)"),
    _h("watch-out", r" (?:stare attento|stare attenta|stia attento|stia attenta|"
       r"guardarsi le spalle|"
       r"si guardi le spalle|stare in guardia|stia in guardia)(?= )", also="cond.it.knowwhere"),
    _cond("knowwhere", r" (?:dove|dov) (?:lavora|abita|vive|sta|dorme|abiti|lavori|vivi|va|"
          r"parcheggia|esce)(?= )", before=r" (?:so|so bene|so benissimo|io so)"),
    _h("property", r" (?:rigo|rigare|righero|buco|bucare|buchero|squarcio|squarciare|taglio|"
       r"tagliare|spacco|spaccare|spacchero|rompo|rompere|rompero|brucio|bruciare|brucero|"
       r"distruggo|distruggere|distruggero|sfascio|sfasciare|sfascero|incendio|incendiare|"
       r"imbratto|imbrattare|graffio|graffiare|sfregio|sfregiare|danneggio|danneggiare|"
       r"ammacco|ammaccare|sgonfio|sgonfiare|butto|buttare|strappo|strappare|faccio a pezzi|"
       r"fare a pezzi|dare fuoco a|daro fuoco a) (?:tutta |tutte |tutti |tutto )?"
       r"(?:la|le|il|i|gli|lo|sua|sue|suo|suoi|tua|tue|tuo|tuoi|alla|al|ai|alle)"
       r"(?: (?:sua|suo|tua|tuo|sue|suoi|tue|tuoi|nuova|nuovo|bella|bel))? (?:macchina|auto|"
       r"gomme|ruote|pneumatici|vetri|finestre|porta|casa|roba|cose|vestiti|moto|motorino|"
       r"bici|telefono|cellulare|portatile|chitarra|specchietti|fiancata|carrozzeria|"
       r"appartamento|negozio|ufficio|macchinina|cofano|parabrezza|vetrina|cassetta della "
       r"posta|giardino)(?= )",
       negatable=True, before=r" (?:gli|le|ti|vi|io|e|giuro|poi|stanotte|stasera|domani|"
       r"vado a|voglio|vorrei|devo|ora)"),
    _h("property-poss", r" (?:brucio|bruciare|brucero|distruggo|distruggere|distruggero|"
       r"sfascio|sfasciare|rigo|rigare|buco|bucare|rompo|rompere|spacco|spaccare|taglio|"
       r"tagliare|dare fuoco a) (?:tutta |tutte |tutti |tutto )?(?:la |le |il |i |"
       r"gli |lo |alla |al )?(?:sua|sue|suo|suoi|tua|tue|tuo|tuoi) (?:macchina|auto|gomme|"
       r"ruote|vetri|finestre|porta|casa|roba|cose|vestiti|moto|motorino|bici|telefono|"
       r"cellulare|portatile|chitarra|appartamento|negozio|ufficio)(?= )", negatable=True),
    _h("nudes", r" (?:foto|video|immagini|filmati|filmini|nudes|selfie) (?:nude|nudo|nuda|nudi|"
       r"intime|intimi|hot|ose|private|privati|porno|sexy|a luci rosse|di sesso|spinte|spinti|"
       r"osee|di nudo|senza vestiti|mentre facciamo sesso)(?= )",
       negatable=True,
       before=r" (?:mando|mandare|mandero|pubblico|pubblicare|pubblichero|posto|postare|"
       r"postero|condivido|condividere|condividero|diffondo|diffondere|diffondero|giro|girare|"
       r"girero|faccio girare|far girare|faro girare|mostro|mostrare|mostrero|metto|mettere|"
       r"mettero|metto online|"
       r"mettere online|mettero online|carico|caricare|carichero|vendo|vendere|minaccio di|"
       r"faccio vedere|far vedere|faro vedere|sputtanare)(?: [^ ]++){0,3}"),
    _h("nudes-word", r" (?:nudes|sextape|sex tape|revenge porn|porno vendetta)(?= )",
       negatable=True,
       before=r" (?:mando|mandare|mandero|pubblico|pubblicare|posto|postare|condivido|"
       r"condividere|diffondo|diffondere|giro|girare|faccio girare|far girare|mostro|mostrare|"
       r"metto online|mettere online|carico|caricare|vendo|vendere|minaccio di)"
       r"(?: [^ ]++){0,3}"),
    _h("send-chats", r" (?:mando|mandare|mandero|giro|girare|girero|inoltro|inoltrare|"
       r"inoltrero|pubblico|pubblicare|pubblichero|posto|postare|mostro|mostrare|mostrero|"
       r"faccio vedere|far vedere|faro vedere|diffondo|diffondere|condivido|condividere) "
       r"(?:le|i|gli|tutte le|tutti i|tutto) (?:nostre |nostri |tue |tuoi |sue |suoi |vostre |"
       r"vostri )?(?:chat|messaggi|conversazioni|screenshot|screen|foto|video|audio|vocali|"
       r"lettere|mail|email|segreti|sms|direct|dm)(?: [^ ]++){0,3} (?:a|al|alla|ai|alle|agli|"
       r"allo|su|sui|in|sul) (?:tuo|tua|suo|sua|tuoi|tue|suoi|sue|tutti|capo|famiglia|"
       r"genitori|madre|padre|ragazzo|ragazza|moglie|marito|colleghi|internet|instagram|"
       r"facebook|tiktok|social|gruppo|rete|mondo|lavoro|ufficio)(?= )", negatable=True),
    _h("fired", r" (?:ti licenziano|lo licenziano|la licenziano|farti licenziare|"
       r"farlo licenziare|farla licenziare|ti cacciano|lo cacciano|la cacciano|"
       r"perdi il lavoro|perda il lavoro|perdere il lavoro)(?= )",
       before=r" (?:cosi|per|in modo che|affinche|e|che|cosi che|finche)"),
    _h("ruin-life", r" (?:rovino|rovinare|rovinero|distruggo|distruggere|distruggero|rendo|"
       r"rendere|rendero) (?:la vita|la sua vita|la tua vita|la carriera|la sua carriera|"
       r"la tua carriera|la reputazione|lesistenza|la vita un inferno|la vita impossibile|"
       r"la relazione|il matrimonio)(?= )",
       negatable=True, before=r" (?:le|gli|ti|vi|io le|io gli|io ti)"),
    _h("kill-np", r" (?:ammazzo|ammazzero|uccido|uccidero|accoltello|accoltellero|pesto|"
       r"pestero|picchio|picchiero|massacro|massacrero|meno|menero|sparo a|sparero a|"
       r"faccio fuori|faro fuori|investo|gonfio|gonfiero|sfregio|ammazzare|uccidere|"
       r"picchiare|pestare|massacrare|menare|accoltellare|far fuori|fare fuori) (?:il|la|lo|"
       r"quel|quella|quello|sto|sta|quel bastardo di|quella stronza di)(?: suo| sua| tuo| tua)?"
       r"(?: nuovo| nuova)? (?:ragazzo|ragazza|fidanzato|fidanzata|compagno|compagna|amante|"
       r"tipo|tipa|marito|moglie|ex|stronzo|stronza|bastardo|troia|puttana|coglione|fratello|"
       r"sorella|padre|madre|amico|amica)(?!(?: [^ ]++){0,10} <JOKE>(?= ))(?= )",
       negatable=True),
    _h("secrets", r" (?:racconto|raccontare|raccontero|rivelo|rivelare|rivelero|spiffero|"
       r"spifferare|spiffero|dico|dire|diro|pubblico|pubblicare|sputtano|sputtanare) "
       r"(?:a tutti )?(?:i suoi|i tuoi|tutti i suoi|tutti i tuoi|le sue|le tue) (?:segreti|"
       r"cose intime|malattie|fatti privati|fatti suoi)(?= )", negatable=True),
    _h("expose", r" (?:sputtanare|sputtano|sputtanero|sputtanarla|sputtanarlo|sputtanarti)"
       r"(?= )", negatable=True),
    _h("fired-2", r" (?:faccio licenziare|faro licenziare|far licenziare|fare licenziare|"
       r"faccio cacciare|faro cacciare|far cacciare)(?= )", negatable=True,
       before=r" (?:lo|la|ti|li|le)"),
    _h("revenge", r" (?:vendetta|vendicarmi|vendichero|vendico|mi vendico|ritorsione|"
       r"ritorsioni)(?! (?:migliore|piu bella|e essere felice|e stare bene|e il successo))"
       r"(?= )", negatable=True),
    _h("tell-die", r" (?:devi morire|deve morire|dovete morire|spero che muoia|spero che muori|"
       r"spero che crepi|spero che crepa|crepa|ammazzati|vai a morire|muori male|"
       r"merita di morire|meriti di morire|meritano di morire|spero che soffra|"
       r"spero che soffri|che ti venga un|che gli venga un|che le venga un)(?= )"),
    # ---- harassment
    _cond("blocked", r" (?:bloccato|bloccata|bloccati|bloccate|blocca|bloccare|bannato|bannata|"
          r"non vuole piu sentirmi|non vuole sentirmi|vuoi piu sentirmi|non mi risponde|"
          r"non risponde piu|ordine restrittivo|divieto di avvicinamento|nessun contatto|"
          r"lasciarla in pace|lasciarlo in pace|lasciala in pace|lascialo in pace|"
          r"non contattarlo|non contattarla|non scrivergli|non scriverle|"
          r"non cercarlo|non cercarla|non chiamarlo|non chiamarla|non farmi piu sentire|"
          r"cambiato numero|mi ignora|mi ha tolto|ha smesso di seguirmi)(?= )"),
    _s("fake-account", r" (?:profilo fake|profilo falso|account falso|account fake|"
       r"profilo finto|account finto|numero finto|falso profilo|falso account|finto profilo|"
       r"finto account|account anonimo|profilo anonimo|profili fake|account fasulli|"
       r"profilo fasullo|account fasullo|fake insta|instagram fake|email falsa|mail falsa|"
       r"nome falso)(?= )", negatable=True),
    _s("second-account", r" (?:altro account|nuovo account|secondo account|nuovo profilo|"
       r"altro profilo|altro numero|nuovo numero|sim nuova|nuova sim|unaltra sim|numero nuovo|"
       r"numero diverso|account diverso|altra sim|unaltra scheda|nuova scheda|altro telefono|"
       r"telefono nuovo|unaltra mail|nuova mail|altra email|nuova email)(?= )",
       also="cond.it.blocked"),
    _s("hidden-number", r" (?:numero privato|numero anonimo|numero nascosto|nascondo il numero|"
       r"nascondere il numero|anonimo|sconosciuto|con lanonimo|con lo sconosciuto|"
       r"chiamata anonima|chiamate anonime|non sa che sono io|non sappia che sono io|"
       r"non capisca che sono io|non capira che sono io|non sapra che sono io|"
       r"non riconosca il numero|non capisce che sono io)(?= )",
       negatable=True,
       before=r" (?:chiamo|chiamare|chiamero|chiamarla|chiamarlo|la chiamo|lo chiamo|scrivo|"
       r"scrivere|scrivergli|scriverle|cosi|con il|col|con|in modo che|da un|da|cosi che|"
       r"e|tanto)(?: [^ ]++){0,1}"),
    _s("family-sothat", r" (?:chiamo|chiamare|chiamero|scrivo a|scrivere a|scrivero a|contatto|"
       r"contattare|contattero|cerco|cercare|vado da|andare da|andro da|chiedo a|chiedere a|"
       r"chiedero a) (?:sua|suo|sue|suoi|la sua|il suo|i suoi|le sue) <FAM>(?: [^ ]++){0,2} "
       r"(?:(?:cosi|perche|affinche|in modo che|cosi che) (?:le|gli|mi) (?:dice|dica|parla|"
       r"parli|chiede|chieda|convince|convinca|risponda|risponde|scriva|scrive|richiami|"
       r"richiama|faccia|fa)|per (?:farle|fargli|dirle|dirgli|chiederle|chiedergli|"
       r"convincerla|convincerlo|sapere dove|sapere se|sapere con chi|farmi richiamare|"
       r"farmi rispondere|parlarle di me|parlargli di me))(?= )", negatable=True),
    _s("family-blocked", r" (?:scrivo|chiamo|contatto|cerco|scrivere|chiamare|contattare|"
       r"cercare|vado|andare|scrivero|chiamero|contattero|cerchero|chiedo|chiedere) "
       r"(?:a |da )?(?:sua|suo|sue|suoi|la sua|il suo|i suoi|le sue) <FAM>(?= )",
       also="cond.it.blocked"),
    _s("relay", r" (?:girarle|girargli|passarle|passargli|darle|dargli|inoltrarle|inoltrargli|"
       r"portarle|portargli|consegnarle|consegnargli|mostrarle|mostrargli|riferirle|"
       r"riferirgli|dirle|dirgli|mandarle|mandargli|farle avere|fargli avere|recapitarle|"
       r"recapitargli) (?:il mio|i miei|la mia|le mie|un mio|una mia|questo|questa|un|una)"
       r" (?:messaggio|messaggi|lettera|lettere|biglietto|regalo|regali|pensiero|messaggino|"
       r"vocale|bigliettino)(?= )",
       before=r" (?:chiesto|chiedo|chiedero|chiedere|pregato|prego|convinto|convinco|"
       r"convincero|supplicato|pagato|pago)(?: [^ ]++){0,4} di"),
    _s("proxy-write", r" (?:faccio|faro|fare|far|farei) (?:scrivere|chiamare|contattare|"
       r"mandare un messaggio|mandare|cercare|spiare|seguire|controllare) (?:dal|da|alla|"
       r"dalla|da un|da una|a un|a una|al|ai|dai|dalle|a|allo|dallo)(?: (?:mio|mia|suo|sua|"
       r"un|una|miei|mie|nostro|nostra))? <FAM>(?= )", negatable=True),
    _s("proxy-phone", r" (?:dal|col|con il|con) (?:suo|loro) (?:telefono|cellulare|numero|"
       r"profilo|account|instagram|whatsapp|insta)(?= )",
       before=r" (?:scrivere|scrivergli|scriverle|chiamare|chiamarla|chiamarlo|scriva|chiami|"
       r"scrive|chiama|contattarla|contattarlo)(?: [^ ]++){0,4}"),
    _s("turn-up", r" (?:fuori|sotto|davanti|vicino|dietro|alluscita|all uscita)"
       r"(?: (?:al|alla|allo|a|dal|dalla|dallo|da|di|del|della))? (?:casa sua|casa|suo|sua|"
       r"lufficio|dallufficio|allufficio|ufficio|lavoro|palestra|scuola|universita|portone|"
       r"negozio|dalla palestra|dal lavoro|dal suo|dalla sua|al suo|alla sua|il suo|la sua|"
       r"dalla scuola|alla palestra|allufficio|casa dei suoi|casa di lei|casa di lui|"
       r"dalluniversita|luniversita|allaltra)(?! (?:vecchio|vecchia|ex))"
       r"(?!(?: [^ ]++){0,4} (?:per andare|andando|sulla strada|tornando|per lavoro|ogni giorno "
       r"per))(?= )",
       negatable=True,
       before=r" (?:aspetto|aspettero|aspettarla|aspettarlo|aspettare|apposto|appostarmi|"
       r"appostato|appostata|piazzo|piazzarmi|presento|presentarmi|presentero|attendo|"
       r"attenderla|attenderlo|passo|passare|ripasso|faccio trovare|farmi trovare|"
       r"vado ad aspettarla|vado ad aspettarlo|aspettandola|aspettandolo|parcheggio|"
       r"parcheggiato|parcheggiata|resto|restare|sto|aspetto lei|aspetto lui|sorprenderla|"
       r"sorprenderlo|beccarla|beccarlo|becco)(?: [^ ]++){0,3}"),
    _s("other-phone", r" (?:dal|col|con il|con|dallo) (?:telefono|cellulare|numero|profilo|"
       r"account|instagram|whatsapp|insta) (?:di|della|del|dello) (?:mia|mio|sua|suo|una|un|"
       r"uno|qualche)? ?<FAM>(?= )",
       before=r" (?:scrivo|scrivere|scrivergli|scriverle|chiamo|chiamare|chiamarla|chiamarlo|"
       r"contatto|contattarla|contattarlo|le scrivo|gli scrivo|la chiamo|lo chiamo|mando|"
       r"mandare|scrivero|chiamero)(?: [^ ]++){0,3}"),
    _s("other-number", r" (?:con|da) (?:un|una) (?:altro|altra|nuovo|nuova|secondo|diverso) "
       r"(?:numero|telefono|sim|cellulare|account|profilo)(?= )",
       before=r" (?:scrivo|scrivere|scrivergli|scriverle|chiamo|chiamare|chiamarla|chiamarlo|"
       r"contatto|contattarla|contattarlo|la chiamo|lo chiamo|le scrivo|gli scrivo|chiamero|"
       r"scrivero)(?: [^ ]++){0,2}"),
    _s("to-meet", r" per (?:incontrarla|incontrarlo|vederla|vederlo|beccarla|beccarlo|"
       r"sorprenderla|sorprenderlo|trovarla|trovarlo|incrociarla|incrociarlo)(?= )",
       before=r" (?:vado|andro|andare|passo|passare|mi iscrivo|iscrivermi) (?:nella|nel|alla|"
       r"al|sotto|davanti|dalla|dal|in) (?:sua|suo|stessa|stesso)(?: [^ ]++){0,2}"),
    _s("ask-where", r" (?:dove|con chi|se) (?:abita|vive|lavora|sta|esce|dorme|si e trasferita|"
       r"si e trasferito|abita adesso|vive adesso)(?= )",
       before=r" (?:chiedo|chiedere|chiedero|domando|domandare) (?:ai suoi|alle sue|a sua|a suo|"
       r"alla sua|al suo|ai|alle) <FAM>"),
    _s("read-device", r" (?:leggo|leggere|controllo|controllare|spio|spiare|guardo|guardare) "
       r"(?:i suoi|le sue|tutti i suoi|tutte le sue) (?:messaggi|chat|mail|email|conversazioni|"
       r"direct|dm|whatsapp)(?: [^ ]++){0,1} (?:sul|sulla|dal|dalla|nel|nella) (?:suo|sua) "
       r"(?:pc|telefono|cellulare|computer|portatile|tablet|ipad|account|icloud)(?= )",
       negatable=True),
    _s("cant-ignore", r" (?:non puo ignorarmi|non potra ignorarmi|non potra evitarmi|"
       r"non puo evitarmi|non puo scappare|non potra scappare|non potra piu ignorarmi|"
       r"dovra parlarmi|dovra ascoltarmi|dovra vedermi|sara costretta a parlarmi|"
       r"sara costretto a parlarmi|non puo piu ignorarmi)(?= )"),
    _s("surprise", r" (?:senza avvisare|sorpresa|senza preavviso|allimprovviso|"
       r"di nascosto)(?= )",
       before=r" (?:presento|presentarmi|presentero|passo|passare|vado|andare|arrivo|arrivare|"
       r"piombo|piombare|suono|suonare)(?: [^ ]++){0,4}"),
    _s("see-where", r" (?:dove|dov) (?:sta|e|va|abita|lavora|si trova|dorme|esce|vive|"
       r"si trovano|stanno|vanno)(?= )",
       before=r" (?:vedo|vedo ancora|vedo sempre|controllo|controllo ancora|controllo sempre|"
       r"so sempre|seguo|traccio|localizzo|scopro|scoprire|sapere sempre|vedere|controllare|"
       r"scoperto|trovato|trovare|tracciare|localizzare)(?: [^ ]++){0,2}"),
    _s("location", r" (?:posizione condivisa|condivisione della posizione|condivisione posizione|"
       r"sua posizione|la sua posizione|localizzazione|geolocalizzazione|trova il mio|"
       r"trova iphone|find my|gps tracker|localizzatore|tracker gps|app spia|applicazione spia|"
       r"unapp spia|unapplicazione spia|lapp spia|"
       r"spyware|software spia|microspia|telecamera nascosta|keylogger|life360)(?= )",
       negatable=True),
    _s("track", r" (?:pedino|pedinare|pedinero|pedinarla|pedinarlo|seguo|seguirla|seguirlo|"
       r"spio|spiare|spiarla|spiarlo|tracciare|tracciarla|tracciarlo|localizzarla|"
       r"localizzarlo|controllarla|controllarlo|stalkerarla|stalkerarlo|stalkero|stalkerare|"
       r"tampinarla|tampinarlo|perseguitarla|perseguitarlo|molestarla|molestarlo)"
       r"(?! (?:su|sui|sulle|sugli|online|sui social|su instagram|su insta|su tiktok|"
       r"su facebook|le storie|le sue storie|i suoi post))(?= )",
       negatable=True,
       before=r" (?:la|lo|li|le|io|voglio|vorrei|vado a|continuo a|inizio a|di nuovo|ancora|"
       r"devo|posso|e|poi|ora|adesso|domani)"),
    _s("follow-home", r" (?:seguita|seguito|segue|seguo|seguiro|seguirla|seguirlo|pedinata|"
       r"pedinato) (?:fino a casa|fino al lavoro|fino allufficio|fino a dove|ovunque|dappertutto)"
       r"(?= )", negatable=True),
    _s("keep-calling", r" (?:chiamo|chiamarla|chiamarlo|scrivo|scriverle|scrivergli|"
       r"chiamare|scrivere|tempesto|tempestare|bombardo|bombardare)(?: [^ ]++){0,2} "
       r"(?:finche non (?:risponde|mi risponde|mi sblocca|cede|mi ascolta)|tutta la notte|"
       r"ogni ora|ogni cinque minuti|ogni [0-9]+ minuti|cento volte|mille volte|"
       r"[0-9]+ volte al giorno)(?= )", negatable=True),
)

# ---- second pass (issue 10): phrasing families from the second training batch
RULES += (
    # passive wishes
    _c("no-more-waking", r" (?:svegliarmi|risvegliarmi|alzarmi)(?= )",
       before=r" non (?:devo|dovrei|debba|dovro|dovessi) piu"),
    _a("something-happens", r" (?:succeda|capiti|succedesse|capitasse) (?:qualcosa|un incidente|"
       r"una disgrazia|qualcosa di brutto)(?= )",
       before=r" (?:spero|speravo|vorrei|magari|prego)(?: che)? mi"),
    # plans
    _cond("alone", r" quando(?: [^ ]++){0,4} (?:dormono|dorme|parte|partono|esce|escono|e via|via|"
          r"sono via|a letto|al lavoro|in vacanza|fuori casa|non ce nessuno|se ne va|"
          r"se ne vanno|non ci sono)(?= )"),
    _c("alone-do-it", r" (?:lo faccio|lo faro|la faccio finita|e finita|finisce tutto|"
       r"(?:deciso|pensato|intenzione) di farlo)(?= )",
       also="cond.it.alone"),
    _a("chose-day", r" (?:scelto|deciso|fissato|stabilito) (?:il giorno|la data|lora|la notte|"
       r"la sera|il momento)(?= (?:$|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|"
       r"sara|e))"),
    _cond("gohigh", r" (?:vado|andro|salgo|salire|andare|torno) (?:al|sul|sulla|sui|ai|"
          r"in cima al|in cima alla|alla) (?:ponte|binari|tetto|scogliera|viadotto|cavalcavia|"
          r"terrazzo|dirupo)(?= )"),
    _c("gohigh-end", r" (?:finisce tutto|e finita|e tutto finito|la faccio finita|salto|"
       r"mi butto)(?= (?:$|per sempre|stanotte|stasera|addio|davvero))", also="cond.it.gohigh"),
    _cond("theday", r" (?:oggi e il giorno|e arrivato il giorno|stanotte e la notte|e il momento|"
          r"stasera e la sera|domani e il giorno)(?= )"),
    _a("theday-ready", r" (?:tutto pronto|tutto organizzato|tutto preparato|tutto deciso|"
       r"tutto sistemato)(?= )", also="cond.it.theday"),
    _a("not-found", r" (?:trovano|trova|troveranno|trovino|scoprono|trovi)"
       r"(?= (?:$|a casa|in tempo|prima|subito|piu))",
       before=r" (?:cosi|cosi che|perche|in modo che|affinche)(?: nessuno)?(?: non)? mi"),
    # means
    _cond("pillsword", r" (?:<PILLS>|smesso di prendere)(?= )"),
    _c("hoard-them", r" (?:li|le) (?:sto accumulando|accumulo|metto da parte|sto mettendo da parte|"
       r"conservo|tengo da parte|nascondo|sto conservando)(?= )", also="cond.it.pillsword"),
    _a("on-tracks", r" (?:ai binari|sui binari|vicino ai binari|lungo i binari|tra i binari)(?= )"),
    _a("edge-of", r" (?:sul bordo|sullorlo|sul ciglio|sul parapetto|sul cornicione) (?:del|della|"
       r"dello|di un|di una) (?:ponte|tetto|palazzo|scogliera|precipizio|burrone|dirupo|"
       r"terrazzo|binario|balcone)(?= )"),
    _a("look-down-high", r" (?:guardare|guardo|guardavo|fissare) (?:giu|di sotto|il vuoto|in basso)"
       r"(?= )", also="cond.it.high"),
    _c("walk-sea", r" (?:mare|acqua|lago|fiume)(?: [^ ]++){0,3} (?:continuare a camminare|"
       r"continuare a nuotare|non tornare piu|non tornare indietro|senza tornare|"
       r"finche non tocco piu|andare a fondo|affondare)(?= )",
       before=r" (?:in|nel|nell|dentro il|dentro al)"),
    _cond("musing", r" (?:ci sto pensando|ci penso|sto pensando|non so se|esito|ci rifletto)(?= )"),
    _c("means-in-hand", r" (?:coltello|lametta|rasoio|corda|pistola|arma|taglierino|<PILLS>) "
       r"in mano(?= )", also="cond.it.musing"),
    _a("pills-alcohol", r" <PILLS>(?: [^ ]++){0,6} (?:vodka|whisky|alcol|alcool|grappa|rum|gin|"
       r"bottiglia di vino)(?= )"),
    _a("how-many-pills", r" quante <PILLS>(?: [^ ]++){0,2} (?:servono|ci vogliono|bastano|"
       r"per morire|sono letali|sono mortali)(?= )"),
    _c("crash", r" (?:schiantarmi|sfracellarmi|andare a sbattere|lanciarmi|buttarmi)"
       r"(?: [^ ]++){0,4} contro (?:un|il|una|la) (?:muro|albero|pilone|camion|guardrail|parete|"
       r"ponte)(?= )"),
    _cond("blade", r" (?:lametta|rasoio|corda|pistola|<PILLS>)(?= )"),
    _a("use-it", r" (?:la|lo|le|li) (?:usero|uso|prendo|prendero)(?= (?:$|stanotte|stasera|oggi|"
       r"domani|presto))", also="cond.it.blade"),
    # farewells
    _a("tell-loved", r" che (?:le|gli|vi|li|ti) (?:volevo bene|volevo tanto bene|ho sempre amato|"
       r"amavo|ho sempre voluto bene)(?= )",
       before=r" (?:di|dite|dille|digli|dica|dite a tutti|di a tutti) (?:a )?(?:mia|mio|miei|"
       r"mie|tutti|mamma|papa)(?: [^ ]++){0,2}"),
    _a("tell-not-fault", r" che non e colpa (?:sua|tua|vostra|loro)(?= )",
       before=r" (?:di|dite|dille|digli) (?:a )?(?:mia|mio|miei|mie|tutti|mamma|papa)"
       r"(?: [^ ]++){0,2}"),
    _a("real-goodbye", r" (?:un addio vero|addio vero|un vero addio|addio definitivo|"
       r"un addio definitivo)(?= )"),
    _cond("vanish", r" (?:non sentirai (?:mai )?piu parlare di me|mi cancello|cancellarmi|"
          r"sparisco|sparire)(?= )"),
    _c("not-just-block", r" (?:non solo (?:da|dai|su|sui|dagli|dalle) (?:insta|instagram|social|"
       r"whatsapp|tiktok|snapchat|facebook|gruppo)|non perche ti ho (?:bloccato|bloccata))(?= )",
       also="cond.it.vanish"),
    _a("last-greeting", r" (?:saluto|salutare|salutero|salutarvi|salutarti) (?:tutti |tutte |voi |"
       r"te )?per lultima volta(?= )"),
    _cond("settled", r" (?:sistemato tutto|tutto sistemato|messo in ordine|sistemato le mie cose|"
          r"tutto in ordine)(?= )"),
    _a("settled-bye", r" (?:abbi cura di te|abbiate cura di voi|addio|vi voglio bene|"
       r"ti voglio bene|perdonami)(?= )", also="cond.it.settled"),
    _cond("choice", r" (?:una mia scelta|mia scelta|sono in pace|lo perdono|la perdono|ti perdono|"
          r"vi perdono|mia decisione)(?= )"),
    _a("not-fault-2", r" (?:(?:niente|nulla|non) e colpa (?:sua|tua|vostra|loro)|"
       r"non e colpa di nessuno)(?= )", also="cond.it.choice"),
    _c("not-around-long", r" non ci saro (?:ancora per molto|a lungo|per molto|ancora a lungo)"
       r"(?= )"),
    _c("will-not-alive", r" non saro piu (?:viva|vivo|in vita|al mondo)(?= )"),
    # giving away
    _a("will-made", r" (?:fatto|scritto|redatto|preparato|finito|aggiornato) (?:il |un |il mio )?"
       r"testamento(?= )"),
    _a("who-gets", r" chi (?:si prende|prende|avra|riceve|eredita|tiene|si tiene)(?: [^ ]++){0,2} "
       r"(?:ogni mia cosa|le mie cose|mie cose|cosa|quale|la mia roba|cosa mia)(?= )",
       before=r" (?:deciso|scelto|scritto|stabilito)"),
    _a("passwords-left", r" (?:password|credenziali|codici|pin)(?: [^ ]++){0,6} (?:busta|per mia|"
       r"per mio|per i miei|a mia|a mio|in caso)(?= )"),
    _cond("gave2", r" (?:diviso|distribuito|spartito|regalato|dato via)(?= )"),
    _a("give-need-2", r" (?:non mi servono piu|non mi serve piu|non mi serviranno piu)(?= )",
       also="cond.it.gave2"),
    _a("life-insurance", r" (?:assicurazione sulla vita|lassicurazione sulla vita|"
       r"assicurazione vita|lassicurazione vita|beneficiari|beneficiario)(?= )",
       before=r" (?:cambiato|modificato|aggiornato|sistemato|fatto|stipulato)(?: [^ ]++){0,1}"),
    # burden
    _c("without-such", r" senza (?:una|un) (?:madre|padre|figlia|figlio|sorella|fratello|moglie|"
       r"marito|persona|amica|amico|mamma|papa) come me(?= )"),
    _c("ruin-all", r" (?:rovino|rovinerei|distruggo|incasino|complico|avveleno) la vita "
       r"(?:a tutti|di tutti|ai miei|alla mia famiglia|a chi mi|a chiunque|delle persone|"
       r"a tutte)(?= )"),
    _a("if-i-vanish", r" se (?:sparisco|muoio|me ne vado per sempre|mi ammazzo|mi uccido|"
       r"non ci sono piu|scompaio)(?! (?:da|di|per|con|dalla|dal))(?= )"),
    _c("nobody-notice", r" (?:si accorgerebbe|si accorgera|noterebbe|notera|si renderebbe conto)"
       r"(?: [^ ]++){0,1} (?:che manco|che non ci sono|della mia assenza|se sparissi|se morissi|"
       r"se non ci fossi|che sono sparit)(?= )", before=r" nessuno"),
    # hopeless
    _c("not-see-alive", r" (?:vivo|viva|vita|ancora vivo|ancora viva|vivere ancora)(?= )",
       before=r" non mi vedo(?: piu)?(?: in)?"),
    _c("no-sense-live", r" (?:il senso|un senso|il motivo|un motivo|una ragione|la ragione) "
       r"(?:di|per) (?:vivere|andare avanti|continuare|esistere|restare in vita)(?= )",
       before=r" non (?:vedo|trovo|ce|ha)(?: piu)?"),
    _c("done-with-life", r" (?:con la vita (?:ho chiuso|ho finito|e finita|basta)|"
       r"(?:chiuso|finito) con la vita)(?= )"),
    _a("wont-make-it", r" (?:(?:questa settimana|stanotte|questa notte|il weekend|questo mese|"
       r"domani) (?:non la supero|non la passo|non ci arrivo|non arrivo a|non arrivero a)|"
       r"non (?:arrivo|arrivero|ci arrivo) a (?:domani|domattina|lunedi|fine settimana|stasera))"
       r"(?= )"),
    # self-harm
    _c("burn-with", r" (?:brucio|bruciata|bruciato|bruciarmi|taglio|tagliata|tagliato|tagliarmi|"
       r"graffio|ferisco) con (?:laccendino|la sigaretta|le sigarette|una sigaretta|un accendino|"
       r"la lametta|una lametta|il rasoio|un rasoio|il cutter|un cutter|il taglierino|"
       r"un taglierino|il ferro|i fiammiferi)(?= )", before=r" (?:mi|mi sono)"),
    _c("self-harm-word-2", r" (?:lautolesionismo|lautolesione|dellautolesionismo|"
       r"allautolesionismo)(?= )", negatable=True),
    _c("craving-cut", r" (?:tagliarmi|bruciarmi|ferirmi|graffiarmi)(?! (?:i capelli|la frangia|"
       r"le unghie|la barba))(?= )", before=r" voglia(?: [^ ]++){0,2} di"),
    _c("full-of-cuts", r" (?:piene|pieni|piena|pieno|coperte|coperti|ricoperte|ricoperti) di "
       r"(?:tagli|ferite|bruciature|graffi|cicatrici)(?= )",
       before=r" (?:braccia|gambe|polsi|cosce|pancia|pelle|polso|braccio)"),
    _c("bang-until", r" (?:sbatto|picchio|batto|colpisco|sbattere|sbattevo|graffio|gratto|taglio|"
       r"mordo|pizzico|ferisco)(?: [^ ]++){0,5} (?:finche non sento|finche sento|"
       r"per sentire qualcosa|fino a sanguinare|finche non sanguino|finche sanguino|"
       r"fino a farmi male|a sangue|fino al sangue)(?= )"),
    _c("only-way-hurt", r" (?:farmi male|farmi del male|tagliarmi|bruciarmi|ferirmi)(?= )",
       before=r" (?:unico modo|lunico modo|sola cosa|lunica cosa|unica cosa)(?: [^ ]++){0,3} "
       r"(?:e|sia)"),
    # coded
    _c("coded-unalive", r" (?:disvivermi|disvivere|svivermi|unalive|desistermi)(?= )"),
    _c("log-off-life", r" (?:stacco|staccarmi|stacchero|disconnetto|disconnettermi|scollego|"
       r"scollegarmi|cancello|cancellarmi|disiscrivo|disiscrivermi) (?:dalla vita|dal mondo|"
       r"da questo mondo|dallesistenza)(?= )"),
    _a("stupid-tonight", r" (?:cazzata|sciocchezza|stupidaggine|follia)(?= )",
       before=r" (?:stanotte|stasera|oggi|domani) (?:faccio|faro|commetto) (?:una|qualche)"),
    _cond("wink", r" (?:se capisci cosa intendo|se capisci cosa voglio dire|"
       r"hai capito cosa intendo|"
          r"capisci cosa intendo|non sto scherzando|non scherzo)(?= )"),
    _c("join-loved-wink", r" (?:raggiungere|raggiungo|raggiungero) (?:la nonna|il nonno|mia nonna|"
       r"mio nonno|la mamma|il papa|mia madre|mio padre|mio fratello|mia sorella|nonna|nonno)"
       r"(?= )", also="cond.it.wink"),
    _a("unplug-forever", r" (?:staccare la spina|stacco la spina|spegnermi|spengo tutto|"
       r"spegnere tutto)(?: [^ ]++){0,1} (?:per sempre|definitivamente|una volta per tutte)(?= )"),
    # harassment: turning up until they answer
    _s("until-answer", r" finche (?:non )?(?:mi )?(?:risponde|rispondera|parla|richiama|sblocca|"
       r"cede|apre|esce)(?= )",
       before=r" (?:vado|andro|aspetto|resto|sto|scrivo|chiamo|torno|passo)(?: [^ ]++){0,6}"),
)

# ---- third pass (issue 10): families missed by the third batch (less obvious wording)
RULES += (
    _c("tried-again", r" (?:gia provato|provato una volta|provato gia|tentativo)(?: [^ ]++){0,6}"
       r" (?:ci sto ripensando|ci ripenso|ci penso di nuovo|riprovarci|riprovare)(?= )"),
    _c("step-away", r" passo dal (?:farlo|farla finita|buttarmi|uccidermi|suicidarmi)(?= )"),
    _c("jump-close", r" chiudo qui(?= )", before=r" butto e"),
    _c("close-accounts", r" chiudo i conti con (?:tutto|la vita|tutti)(?= )"),
    _c("vanish-unnoticed", r" sparire(?: e basta)?(?: [^ ]++){0,3} (?:senza che nessuno|"
       r"per sempre|definitivamente)(?= )"),
    _c("why-still-here", r" ancora (?:qui|viva|vivo|in vita|al mondo)(?= )",
       before=r" perche (?:sono|sto)"),
    _c("sorry-alive", r" essere ancora (?:viva|vivo|qui|in vita)(?= )",
       before=r" (?:delusa|deluso|stufa|stufo|stanca|stanco|schifata|schifato) di"),
    _c("not-born", r" (?:non nascere|non essere mai nata|non essere mai nato|mai nascere)(?= )",
       before=r" (?:preferito|preferirei|voluto|vorrei)(?: [^ ]++){0,1}"),
    _cond("if-gone", r" (?:non mi svegliassi|non mi risvegliassi|mi venisse|morissi|sparissi|"
          r"non ci fossi piu|non ci fossi|crepassi)(?= )"),
    _c("if-gone-fine", r" (?:non sarebbe una tragedia|sollevata|sollevato|sollevati|"
       r"mi farebbero un favore|mi farebbe un favore|tanto meglio|non sarebbe male|"
       r"sarei contenta|sarei contento|noterebbe|se ne accorgerebbe|piangerebbe)(?= )",
       also="cond.it.if-gone"),
    _c("wish-end", r" (?:spero|sperando|prego|speravo)(?: [^ ]++){0,4} (?:(?:laereo|aereo) "
       r"(?:cada|precipiti)|perdere il controllo|mi prenda nel sonno|dio mi prenda|"
       r"non svegliarmi|di non svegliarmi|non risvegliarmi|mi investa|"
       r"mi metta sotto)(?= )"),
    _c("last-night-hope", r" sperando che sia lultima volta(?= (?:$|che mi sveglio))",
       before=r" (?:letto|dormo|addormento|dormire)(?: [^ ]++){0,1}"),
    _c("erase-me", r" (?:cancellarmi|dissolvermi)(?= )", before=r" (?:vorrei|voglio|desidero)"),
    _c("uninstall", r" (?:disinstallarmi|disconnettermi|sloggarmi)(?: [^ ]++){0,1} "
       r"(?:dalla vita|dal mondo)(?= )"),
    _c("envy-dead", r" invidio (?:i morti|chi e morto|quelli che sono morti|chi non ce piu)"
       r"(?= )"),
    # plans
    _cond("alone3", r" (?:quando (?:dormono tutti|tutti dormono|i miei sono|mia madre|mio padre|"
          r"non ce nessuno|sono sola|sono solo)|sono al mare|parta|partono|fuori casa|"
          r"vacanza|per il weekend|finisse la scuola)(?= )"),
    _c("do-it-alone", r" (?:e deciso per|poi lo faccio|vado al ponte|"
       r"e tutto pronto|farlo con calma)(?= )", also="cond.it.alone3"),
    _c("last-day", r" ultimo giorno(?! (?:di|al|in|a|del|della|dello|con))(?= )",
       before=r" (?:il mio|sara il mio|e il mio)"),
    _cond("plan-3", r" (?:mi manca solo|manca solo|scelto|gia come)(?= )"),
    _c("chose-when", r" (?:scelto|trovato|deciso) (?:il posto|il giorno|la data|il modo)"
       r"(?! (?:del|della|per (?:il|la|le|i)|di))(?= )", also="cond.it.plan-3"),
    _c("found-by", r" (?:trovarmi|trovi|trovera|ritrovi)(?= )",
       before=r" (?:non e|non sia) (?:mia madre|mia sorella|mio padre|mio fratello|mia figlia|"
       r"mio figlio|mamma|papa|la mia coinquilina) (?:a|mi)"),
    _c("no-return", r" (?:non torno giu|non torno indietro|non torno piu|senza tornare|"
       r"e non torno)(?= )", before=r" (?:monte|montagna|ponte|lago|mare|fiume|scogliera|"
       r"vado)(?: [^ ]++){0,4}"),
    _c("know-how-when", r" gia come e quando(?= )"),
    _c("letters-end", r" (?:lettere|lettera)(?: [^ ]++){0,6} (?:e poi e finita|poi e finita|"
       r"e poi basta)(?= )"),
    _c("unnoticed-till", r" nessuno se ne (?:accorge|accorgera|accorgerebbe)(?: fino a| prima di)"
       r"(?: [^ ]++){0,1} (?:mattina|domattina|lunedi|domani)(?= )"),
    _c("todo-before", r" cose da fare prima(?! di)(?= )"),
    _c("time-calm", r" farlo con calma(?= )", before=r" tempo di"),
    _c("drop-spot", r" (?:guardrail|parapetto|ringhiera)(?: [^ ]++){0,2} (?:basso|bassa)"
       r"(?: [^ ]++){0,3} (?:strapiombo|dirupo|vuoto)(?= )"),
    _c("place-calls", r" (?:balcone|tetto|finestra|binari|viadotto|vuoto|ponte|fiume|"
       r"cornicione|terrazzo)(?: [^ ]++){0,6} (?:mi chiama|mi attira|"
       r"mi tenta|mi chiamano)(?= )"),
    _c("open-window", r" sempre aperta(?: [^ ]++){0,3} ci penso(?= )"),
    _c("pass-on-purpose", r" ci passo apposta(?= )", before=r" (?:viadotto|ponte|binari)"
       r"(?: [^ ]++){0,10}"),
    # means and method research
    _c("lethal-how", r" (?:per non svegliarsi|per non svegliarmi|per non risvegliarsi|"
       r"per morire|non si sopravvive|per non sopravvivere|ad annegare|annegare|letale|letali|"
       r"mortale|mortali)(?= )", before=r" (?:quante|quanto|quanti|che altezza|quale dose|"
       r"dose|da che altezza|quanto ci si mette|quanto ci mette)(?: [^ ]++){0,6}"),
    _c("liver", r" <PILLS> e fegato(?= )"),
    _c("gun-think", r" (?:fucile|pistola|arma|doppietta|carabina)(?: [^ ]++){0,8} "
       r"(?:smettere di pensarci|ci penso sempre|mi chiama|so dove)(?= )"),
    _c("closer-edge", r" (?:piu vicina|piu vicino)(?: [^ ]++){0,2} (?:alla ringhiera|al bordo|"
       r"al parapetto|ai binari)(?= )"),
    _c("platform-closer", r" (?:linea gialla|banchina|binari)(?: [^ ]++){0,4} (?:mi avvicino|"
       r"piu vicina|piu vicino)(?= )"),
    _c("bridge-watch", r" guardare (?:il fiume|lacqua|giu|il vuoto|il mare)(?= )",
       before=r" (?:rimasta|rimasto|sono stata|sono stato)(?: [^ ]++){0,2} sul (?:ponte|"
       r"viadotto) a"),
    _c("looked-down", r" guardato giu(?: [^ ]++){0,4} (?:per tanto tempo|a lungo|"
       r"per un sacco di tempo|non avevo paura|senza paura)(?= )"),
    _c("exhaust", r" (?:tubo attaccato alla marmitta|tubo alla marmitta|monossido)(?= )"),
    _c("gas-next", r" non lo richiudo(?= )", before=r" gas(?: [^ ]++){0,8}"),
    _c("water-walk", r" (?:lago|fiume|mare|acqua)(?: [^ ]++){0,6} (?:entrarci camminando|"
       r"entrarci e basta|lasciarmi andare a fondo|camminarci dentro)(?= )"),
    _c("blade-in-case", r" (?:lamette|lametta|taglierino|rasoio|coltello)(?: [^ ]++){0,6} "
       r"(?:nel caso|caso mai|per quando)(?= )"),
    _c("pills-alcohol", r" <PILLS>(?: [^ ]++){0,1} (?:con il|con l|col|e il|e l|con la|con|e) "
       r"(?:vino|alcol|alcool|vodka|whisky|bottiglia|superalcolici|birra)(?= )",
       before=r" (?:mischio|mischiare|mescolo|mescolare|prendo tutte|prendere tutte|ingoio|"
       r"ingoiare)(?: [^ ]++){0,2}"),
    # farewells
    _cond("bye", r" (?:addio|grazie di tutto|grazie per tutto|scusate per tutto|scusa per tutto|"
          r"abbi cura di te|abbiate cura|vi voglio bene|ti voglio bene|vi amo|salutatemi|"
          r"mi dispiace per tutto|perdonatemi)(?= )"),
    # a farewell to everyone (plural, or "my choice") is certain; to one person it may be
    # the goodbye to an ex: then ask
    _c("bye-final", r" (?:stavolta per sempre|questa volta per sempre|dopo starete|"
       r"starete piu tranquilli|ultima cosa che vi dico|ho fatto la mia scelta|non cercatemi|"
       r"non torno)(?= )", also="cond.it.bye"),
    _a("bye-final-one", r" (?:non ci rivedremo|ultimo messaggio|ultima cosa che ti dico)(?= )",
       also="cond.it.bye"),
    _c("when-you-read", r" (?:non ci saro piu|saro gia morta|saro gia morto|non ci saro|"
       r"saro morta|saro morto)(?= )", before=r" quando (?:leggerai|leggerete|leggi|leggete) "
       r"(?:questo|questa|queste)(?: [^ ]++){0,2}"),
    _c("loved-past", r" (?:li amava|vi amava|ti amava|lo amava|la amava|le amava)(?= )",
       before=r" (?:di|dite|dille|digli) che(?: [^ ]++){0,2}"),
    _c("not-a-trip", r" (?:non parlo di un viaggio|non intendo un viaggio|"
       r"non parlo di traslocare|andarmene andarmene)(?= )"),
    _c("before-end", r" prima della fine(?= )", before=r" (?:scusa|scuse|addio|salutare|"
       r"salutarvi|salutarti)(?: [^ ]++){0,3}"),
    _a("last-hear", r" (?:senti|sentirai|sentite|sentirete) parlare di me(?= )",
       before=r" lultima volta che"),
    _a("write-last", r" (?:unultima volta|per lultima volta)(?= )", before=r" (?:ti|vi) scrivo"),
    # giving away
    _c("better-care", r" (?:occupera|occuperai|occuperanno) meglio di me(?= )"),
    _c("codes", r" (?:password|codici|pin|codice del telefono|codice del cellulare)"
       r"(?: [^ ]++){0,3} (?:tienile tu|tienili tu|nel caso)(?= )"),
    _c("codes-if", r" (?:codice|password|pin)(?= )", before=r" se mi succede qualcosa"
       r"(?: [^ ]++){0,2}"),
    _c("testament", r" (?:fatto testamento|scritto il testamento|fatto il testamento|"
       r"scritto testamento|chi riceve cosa|le mie ultime volonta)(?! biologico)(?= )"),
    _c("affairs", r" (?:non lascio niente in sospeso|non lasciare casini|niente in sospeso|"
       r"ordine le mie cose|tutto sistemato per dopo|sistemato per dopo)(?= )"),
    _cond("gave-3", r" (?:tenerti|tieniti|regalato|dato|lascio|puoi tenere|prenditi|donato|"
          r"girato)(?= )"),
    _a("no-need", r" non (?:mi )?(?:servono|serve|servira|serviranno) piu(?= )",
       before=r" (?:a me)", also="cond.it.gave-3"),
    _c("need-more", r" (?:servono|serve|servira) piu (?:a lei|a lui|a loro|a te)? ?che a me"
       r"(?= )"),
    _a("gave-two", r" (?:regalato|donato|distribuito) (?:i|le|il|la|tutti i|tutte le|mio|mia|"
       r"miei|mie) [^ ]++(?: [^ ]++){0,4} e (?:i|le|il|la|mio|mia|miei|mie) [^ ]++(?= )"),
    _c("promise-take", r" promettimi(?: [^ ]++){0,3} (?:prenderai|terrai|ti occuperai) "
       r"(?:tu )?(?:il cane|il gatto|di mamma|dei bambini|di mia madre)(?= )"),
    _c("gave-ready", r" (?:regalato|cancellato|dato via|distribuito)(?: [^ ]++){0,5} "
       r"(?:sono pronta|sono pronto)(?= )"),
    _c("sorted-things", r" sistemato le mie cose(?= )", also="cond.it.gave-3"),
    _c("keep-forever", r" (?:tenersi|tenerti|tenere) (?:il mio|la mia|i miei|le mie) [^ ]++"
       r"(?: [^ ]++){0,2} per sempre(?= )"),
    _c("papers-after", r" documenti(?: [^ ]++){0,4} (?:cercare dopo|per dopo)(?= )"),
    # burden and hopelessness
    _c("my-funeral", r" (?:al mio funerale|meglio un funerale)(?= )"),
    _c("useless-why", r" non servo a (?:niente|nulla)(?: [^ ]++){0,2} a che pro(?= )"),
    _c("who-would-cry", r" chi piangerebbe(?= (?:$|sul serio|davvero|per me|se))"),
    _c("better-without", r" (?:starebbero|stareste|vivrebbero) meglio senza(?= (?:$|di me|me))"),
    _c("one-way-out", r" (?:duscita|uscita|soluzione|via) a parte una(?= )"),
    _c("no-future-see", r" (?:immaginarmi|vedermi)(?: [^ ]++){0,1} (?:tra un mese|tra un anno|"
       r"tra qualche mese|vivo|viva|in vita|vecchio|vecchia)(?= )",
       before=r" (?:non riesco a|non riesco piu a|non so)"),
    _c("not-old", r" vedo (?:ad avere|arrivare a|a) (?:trentanni|trenta anni|venticinque|"
       r"[0-9]+ anni|quarantanni|vecchio|vecchia)(?= )", before=r" non mi"),
    _c("nothing-holds", r" (?:tiene|trattiene|lega) (?:qui|in vita|al mondo|a questa vita)"
       r"(?= )", before=r" (?:niente|nulla|nessuno) che mi"),
    _c("why-live", r" (?:continuare a respirare|continuare a vivere|vivere|respirare|"
       r"restare in vita|restare vivo|restare viva|andare avanti a vivere)(?= )",
       before=r" (?:a che serve|che senso ha|a che pro|non ha senso|non ha piu senso|senso)"
       r"(?: [^ ]++){0,2}"),
    _c("life-worthless", r" (?:vivere|vita)(?! (?:di coppia|sociale|amorosa|sentimentale|"
       r"insieme))(?: [^ ]++){0,3} (?:non mi serve piu a niente|non serve piu a niente|"
       r"non vale niente|non vale piu niente|non vale nulla|non ha piu valore)(?= )"),
    _c("not-even-live", r" (?:nemmeno|neanche|neppure|manco) di vivere(?= )"),
    _c("nothing-after", r" niente per me dopo (?:questo|di questo|di lei|di lui)(?= )"),
    _c("problem-solve", r" problema da risolvere(?= )", before=r" (?:sono solo un|sono un|"
       r"sono soltanto un)"),
    _c("no-more-problem", r" (?:non saro piu un problema|non saro piu un peso)(?= )"),
    _c("out-of-way-3", r" tolgo di mezzo(?: [^ ]++){0,2} (?:siete tutti contenti|tutti contenti|"
       r"per sempre|definitivamente)(?= )"),
    # self-harm
    _c("hurt-until", r" finche (?:non fa male|non sanguina|sanguina|sanguinavano|sanguinava|"
       r"le nocche sanguinavano|la pelle si apre|non sentivo piu niente|non sento piu niente|"
       r"esce il sangue|restano i segni)(?= )", before=r" (?:sbatto|sbattuto|pugni|gratto|"
       r"grattata|grattato|schiaffi|mordo|colpisco|colpita|colpito|testa|muro|da sola|"
       r"da solo)(?: [^ ]++){0,6}"),
    _c("blades-out", r" (?:tirato fuori|tirare fuori|ripreso|riprendere) (?:le|la|il) "
       r"(?:lamette|lametta|taglierino|rasoio|lame)(?= )"),
    _c("cut-deeper", r" (?:tagliato|tagliata) piu a fondo(?= )"),
    _c("cut-small", r" (?:tagliuzzata|tagliuzzato)(?= )"),
    _c("bite-marks", r" (?:restano i segni|lasciano i segni)(?= )", before=r" (?:mordo|morsa|"
       r"morso|gratto|stringo|forte)(?: [^ ]++){0,4}"),
    _c("relapse", r" ricaduta(?: [^ ]++){0,3} (?:polsi|lamette|braccia|cosce|taglio|tagli)(?= )"),
    _c("hide-arms", r" (?:nascondere|coprire) (?:le braccia|i polsi|i tagli|le cicatrici|"
       r"i segni|le cosce)(?= )", before=r" (?:maniche lunghe|pantaloni lunghi|braccialetti|"
       r"felpa)(?: [^ ]++){0,4}"),
    _c("punish-self", r" (?:punisco|punire|punirmi)(?: [^ ]++){0,3} (?:laccendino|accendino|"
       r"lametta|sigaretta|coltello|unghie)(?= )"),
    # euphemisms
    _c("no-return-act", r" (?:senza ritorno|irreparabile|irreversibile|definitiva)(?= )",
       before=r" (?:cazzata|sciocchezza|stupidaggine|qualcosa|gesto|follia)(?: [^ ]++){0,3}"),
    _c("plug-forever", r" spina(?: [^ ]++){0,2} per sempre(?= )", before=r" staccare la"),
    _c("sleep-long", r" (?:dormire|dormo) (?:a lungo molto a lungo|e non svegliarmi|"
       r"senza svegliarmi)(?= )"),
    _c("game-over", r" (?:game over per me|esco dalla partita|uscire dalla partita)(?= )"),
    _c("big-jump", r" grande salto(?: [^ ]++){0,3} (?:non col paracadute|"
       r"non con il paracadute|senza paracadute)(?= )"),
    _c("swim-away", r" (?:nuotata lontano|nuotare lontano|al largo)(?: [^ ]++){0,2} "
       r"(?:senza tornare|e non tornare|senza ritorno)(?= )"),
    _c("off-button", r" tasto off(?= )", before=r" (?:premo il|premere il|schiaccio il)"),
    _c("cemetery-stay", r" cimitero(?: [^ ]++){0,3} per restarci(?= )"),
    _a("not-be-there", r" (?:conto di esserci|penso di esserci|credo di esserci)(?= )",
       before=r" non"),
)
# a threat against oneself said with a laugh: not certain, but worth asking
RULES += (
    _a("joking-self", r" (?:butto|ammazzo|uccido|sparo|impicco)(?! (?:tutta|tutto|tutte|tutti|"
       r"una|un|uno) )(?=(?: [^ ]++){0,8} (?:ahah|ahahah|haha|lol|xd))(?= )", before=r" mi"),
)
# third pass, families carried over from the other languages' batches
RULES += (
    _c("tired-living", r" (?:vivere|esistere|respirare)(?! (?:con|a|in|qui|cosi|da|sotto|"
       r"senza))(?= )",
       before=r" (?:stanca|stanco|stufa|stufo|esausta|esausto|sfinita|sfinito) di"),
    _c("no-more-here", r" (?:essere|stare|restare) (?:qui|su questa terra|al mondo|in vita)"
       r"(?= )", before=r" (?:non voglio piu|voglio piu|non vorrei piu|non ce la faccio piu a)"),
    _c("wish-hit", r" (?:spero|sperando|prego|vorrei)(?: [^ ]++){0,4} (?:un camion|una macchina|"
       r"un treno|un autobus|un tir)(?: [^ ]++){0,1} (?:mi investa|mi prenda in pieno|"
       r"mi venga addosso|mi travolga)(?= )"),
    _c("hoard-pills", r" (?:metto da parte|conservo|accumulo|tengo da parte|nascondo) "
       r"(?:le |i |tutte le |tutti i )?<PILLS>(?= )"),
    _c("hoard-pills2", r" <PILLS>(?: [^ ]++){0,4} (?:da parte|accumulate|conservate|nascoste)"
       r"(?= )"),
)
