"""French screen rules: crisis, harm to others, harassment (canonical form: accents off).

In the canonical form apostrophes join words ("j'ai" -> "jai", "m'a" -> "ma", "l'attendre"
-> "lattendre", "qu'un" -> "quun"), so elided forms are spelt out in the patterns.
"""

from __future__ import annotations

from assistant.safety.rulebase import Rule, rule_maker, vocab_compiler

_VOCAB = {
    # someone else, as the object of a threat ("je vais le tuer", "jvais te defoncer")
    "THEM": r"(?:le|la|les|te|t|l|lui|leur|vous|jle|jla|jte|jles)",
    "PILLS": (
        r"(?:cachets|cachet|medocs|medoc|medicaments|medicament|pilules|pilule|comprimes|"
        r"comprime|somniferes|somnifere|anxiolytiques|antidepresseurs|doliprane|dolipranes|"
        r"paracetamol|efferalgan|dafalgan|xanax|lexomil|temesta|stilnox|tramadol|codeine|"
        r"lamaline|ibuprofene|advil|neurofen|insuline|gelules|gelule|benzos|plaquette|plaquettes)"
    ),
    "HIGH": (
        r"(?:pont|toit|balcon|fenetre|falaise|viaduc|immeuble|tour|rebord|parapet|parking|"
        r"vide|haut du pont|haut de limmeuble|haut du toit)"
    ),
    "VEHICLE": r"(?:train|trains|metro|rer|tram|tgv|voiture|voitures|camion|camions|bus|bagnole)",
    "FAMILY": (
        r"(?:mere|pere|soeur|frere|parents|famille|pote|potes|meilleure amie|meilleur ami|"
        r"meilleure pote|meilleur pote|amie|ami|amis|amies|copine|copines|copain|copains|"
        r"cousin|cousine|coloc|colocs|colocataire|collegue|collegues|patron|boss|daronne|"
        r"daron|maman|papa|tante|oncle|nouveau mec|nouvelle copine|nouveau copain|mec|meuf)"
    ),
    "PLACE": (
        r"(?:boulot|taf|travail|bureau|appart|appartement|maison|immeuble|ecole|fac|lycee|"
        r"salle|salle de sport|boite|porte|domicile|parents|nouvelle adresse|residence|"
        r"magasin|entreprise|cours|club|immeuble|logement|studio|rue|quartier|taff|job)"
    ),
    # jokes, trivial grievances and a threat taken back ("mais je ferai rien")
    "JOKE": (
        r"(?:mdr|mdrr|ptdr|lol|xd|haha|hahaha|ahah|ahahah|ahahahah|jrigole|je rigole|cles|cle|"
        r"clefs|spoile|spoiler|spoil|serie|frites|pizza|chips|chargeur|telecommande|netflix|"
        r"je ferai rien|jferai rien|je vais rien faire|jvais rien faire|je le ferai pas|"
        r"je le ferai jamais|evidemment pas|bien sur que non|facon de parler|au figure)"
    ),
}

_p = vocab_compiler(_VOCAB)
_c = rule_maker("crisis", "crisis.fr.", _p)
_a = rule_maker("ask", "ask.fr.", _p)
_h = rule_maker("harm_to_others", "harm.fr.", _p)
_s = rule_maker("harassment", "harassment.fr.", _p)
_cond = rule_maker(None, "cond.fr.", _p)

# "I will / I want to ..." in front of an act against oneself ("je vais", "jveux", "envie de")
_INTENT = (
    r" (?:vais|jvais|veux|jveux|voudrais|jvoudrais|aimerais|jaimerais|envie de|hate de|"
    r"pret a|prete a|pense a|penser a|pense serieusement a|compte|decide de|dois|devrais|"
    r"pourrais|peux|finir par|aller|besoin de|souhaite|prefere|prefererais|essayer de|"
    r"essaye de|tente de|tenter de|ai envie de|jai envie de)(?: juste| vraiment| bien| aller"
    r"| simplement| me| enfin| encore| tellement)?"
)

RULES: tuple[Rule, ...] = (
    # ---- crisis: explicit
    _c("suicide", r" (?:suicider|suicidais|suicidait|suicidaire|suicidaires|"
       r"suicidee|jme suicide|autolyse|tentative de suicide|idees suicidaires)(?! (?:social|"
       r"professionnel|commercial|politique))(?= )", negatable=True),
    _c("kill-self", r" (?:tuer|tuerai|tuerais|pendre|pendrai|flinguer|buter|supprimer|"
       r"foutre en lair|faire sauter le caisson|faire sauter la cervelle|tirer une balle|"
       r"mettre une balle|ouvrir les veines|taillader les veines|trancher les veines|"
       r"tailler les veines|couper les veines|entailler les veines|"
       r"empoisonner|defenestrer|achever|laisser mourir|laisser crever|noyer|pendu|pendue)"
       r"(?! (?:au|a la|a) (?:travail|boulot|taf|tache|sport|salle))(?! dans (?:le|la|les|mon|"
       r"ma|mes) (?:travail|boulot|taf|alcool|sport|series|etudes|jeux|bouffe))(?= )",
       before=r"(?<! va)(?<! vas)(?<! vont)(?<! ca)(?<! cela)(?<! elle)(?<! il)(?<! tu)"
       r"(?<! ils)(?<! boulot)(?<! travail) (?:me|jme|m)"),
    _c("kill-self-now", r" (?:tue|pends|flingue|suicide|noie|jette|supprime|bute)(?! (?:au|a la)"
       r" (?:travail|boulot|taf|tache|sport|salle))(?! a leau)(?! dans (?:le|la|les|mon|ma|mes)"
       r" (?:travail|boulot|taf|alcool|sport|series|etudes|jeux|bouffe|bras|projets?))"
       r"(?:(?=(?: [^ ]++){0,10} (?:mais non|mais pas|pour de vrai|serieux|serieusement|"
       r"je rigole pas|jrigole pas) )"
       r"|(?!(?: [^ ]++){0,8} (?:lol|mdr|ptdr|xd|jrigole)))"
       r"(?= )",
       before=r" (?:je me|jme|je vais me|alors je me|demain je me|ce soir je me|"
       r"cette nuit je me)"),
    _c("sauter-caisson", r" (?:faire sauter le caisson|sauter le caisson|"
       r"mettre fin a (?:mes jours|ma vie|mon existence|mes souffrances|tout ca|tout|"
       r"ma souffrance)|mettrai fin a (?:mes jours|ma vie|tout)|mets fin a (?:mes jours|ma vie)|"
       r"fin a mes jours)(?= )"),
    _c("life-no-sense", r" (?:plus|pas|aucun|plus aucun|plus de|pas de|vraiment plus de)"
       r"(?: aucun)? (?:sens|interet)(?! (?:sans (?:toi|lui|elle|vous)|avec "
       r"(?:lui|elle)|pour (?:nous|notre couple)))(?= )",
       before=r" (?:ma vie|la vie|vie|mon existence|lexistence|vivre)(?: ne)? (?:na|a)"),
    _a("stupid-thing", r" (?:connerie|conneries|betise|betises|grosse connerie|truc grave|"
       r"truc stupide|geste desespere)(?= (?:$|ce soir|cette nuit|maintenant|grave|"
       r"irreparable|je le sens|je crois))",
       before=r" (?:peur de faire|risque de faire|vais faire|vais finir par faire|suis capable "
       r"de faire|envie de faire|a deux doigts de faire)(?: une| des| un)?"),
    _c("sleep-end", r" (?:mendormir|dormir|endormir|dormir et) (?:et )?(?:que )?(?:tout sarrete|"
       r"ne plus rien sentir|plus rien sentir|ne plus souffrir|plus souffrir|disparaitre)"
       r"(?! (?:demain|avec|ce|cette|pour|quelques|un|une|le|la))(?= )"),
    _c("end-means", r" (?:cest la fin|ce sera la fin|tout sera fini|jy vais|je le fais)(?= )",
       also="cond.fr.means",
       before=r" (?:ce soir|cette nuit|aujourdhui|demain|maintenant|bon|voila)"),
    _cond("means", r" (?:<PILLS>|corde|flingue|pistolet|arme|pont|lame|lames|rasoir|rails)"
          r"(?= )"),
    _a("end-soft", r" (?:cest la fin|ce sera la fin)(?= (?:$|pour moi|de tout|cette fois))",
       before=r" (?:ce soir|cette nuit|aujourdhui|demain|maintenant|bon|voila|pour moi)"),
    _c("cut-recent", r" (?:coupe|coupee|scarifie|scarifiee|entaille|entaillee|taillade|"
       r"tailladee|mutile|mutilee|brule|brulee)(?: (?:hier|soir|matin|cette|nuit|ce|"
       r"volontairement|expres|aujourdhui|tout|a|lheure)){0,3} (?:encore|a nouveau|de nouveau)"
       r"(?= )", before=r" (?:me suis|je me suis|jme suis|me|mes)"),
    _c("cuts-on", r" (?:entailles|coupures|scarifications|griffures|brulures|marques|cicatrices)"
       r" (?:sur|aux|dans) (?:les |mes |le |la )?(?:bras|cuisses|poignets|poignet|jambes|ventre|"
       r"hanches|cuisse|avant bras)(?= )",
       before=r" (?:me fais|me fait|me suis fait|me suis faite|je me fais|jme fais|faire|"
       r"recommence a me faire|continue a me faire)(?: des| de| encore des)?"),
    _c("en-finir", r" (?:en|den) finir(?! avec (?:lui|elle|toi|eux|nous|notre|nos|"
       r"cette (?:histoire|"
       r"relation|situation|dispute|discussion|conversation)|mon ex|son|sa|ses|ce mec|"
       r"cette fille|les|ces|ce|la relation|le doute|les doutes|lattente|le silence))(?= )"),
    _c("vais-en-finir", r" (?:finir|terminer|arreter|stopper) avec (?:la vie|ma vie|tout ca|"
       r"tout|cette vie|lexistence|mon existence)(?= )",
       before=r" (?:en|veux en|vais en|jvais en|dois en|faut en|envie den|envie de|veux|vais|"
       r"jvais|pense a|pret a|prete a)"),
    _c("want-die", r" (?:mourir|crever|plus vivre|ne plus vivre|plus exister|ne plus exister|"
       r"disparaitre pour (?:de bon|toujours)|disparaitre a jamais|disparaitre definitivement|"
       r"etre mort|etre morte|plus etre la|ne plus etre la|plus me reveiller|"
       r"partir pour toujours|dormir pour toujours|dormir pour de bon)"
       r"(?! (?:les|ses|tes|sa|son|ta|ton|leur|leurs|des|de rire|de honte|de faim|de chaud|"
       r"de froid|denvie|de peur|dennui|de fatigue|"
       r"de sommeil|de jalousie|damour|de soif|de plaisir|pour (?:lui|elle|toi|vous)|"
       r"de vieillesse|vieux|vieille|riche|heureux|heureuse|avec toi|sans toi|ensemble|si|"
       r"pour (?:une|un|du|des|ce|cette)))(?= )",
       negatable=True, before=_INTENT),
    _c("want-die-plain", r" (?:veux|jveux|voudrais|jvoudrais|aimerais|jaimerais|envie de|"
       r"hate de|souhaite|desire) (?:juste |vraiment |seulement |tellement )?(?:mourir|crever|"
       r"etre morte?|disparaitre pour (?:de bon|toujours)|disparaitre a jamais|plus exister|"
       r"ne plus exister|plus etre la|ne plus etre la|partir pour toujours)"
       r"(?! (?:de rire|de honte|de faim|de chaud|de froid|denvie|de peur|dennui|de fatigue|"
       r"de sommeil|de jalousie|damour|de soif|de plaisir|de vieillesse|vieux|vieille|riche|"
       r"heureux|heureuse|dans tes bras|dans ses bras|avec toi|ensemble))(?= )",
       negatable=True),
    _c("not-exist", r" (?:plus exister|ne plus exister|nexiste plus|existerais plus|"
       r"nexisterais plus|existerai plus|plus etre la|ne plus etre la|netre plus la|"
       r"plus etre en vie|ne plus etre en vie|plus etre de ce monde|plus de ce monde|"
       r"netais plus de ce monde|etais plus de ce monde|plus etre sur terre|"
       r"jamais etre ne|jamais ete ne|jamais ete nee|jamais etre nee|pas etre ne|pas etre nee)"
       r"(?= )", negatable=True),
    _c("wish-dead", r" (?:morte?|mort et enterre|crevee?|plus en vie|plus vivant|plus vivante)"
       r"(?= )",
       before=r" (?:jaimerais etre|je voudrais etre|jvoudrais etre|voudrais etre|"
       r"aimerais etre|prefererais etre|si seulement jetais|souhaite etre|veux etre|jveux etre|"
       r"envie detre|mieux que je sois|jaurais prefere etre|ce serait mieux si jetais|"
       r"si jetais)"),
    _c("no-live", r" (?:vivre|exister|continuer a vivre|continuer de vivre|rester en vie|"
       r"etre en vie|respirer|vivre comme ca|vivre ainsi|"
       r"survivre)(?! (?:ensemble|avec (?:lui|elle|toi|eux)|chez|a (?:paris|lyon|deux)|"
       r"en (?:couple|"
       r"colocation)|sans toi|loin|ici))(?= )",
       before=r" (?:veux|peux|jveux|jpeux|voudrais|sais|supporte|arrive|arrive a|vois pas "
       r"comment|sais pas comment|ai|nai|jai) (?:plus|pu)(?: (?:la force de|envie de|"
       r"le courage de|continuer a|continuer de|de|a|comment))?"),
    _c("no-live-2", r" (?:vivre|exister|rester en vie|etre en vie|continuer a vivre)(?= )",
       before=r" (?:en peux plus de|jen peux plus de|jpp de|marre de|ras le bol de|"
       r"fatigue de|fatiguee de|epuise de|epuisee de|a quoi bon|quoi bon|plus envie de|"
       r"pas envie de|aucune envie de|nai plus envie de|plus la force de|"
       r"supporte plus de|peur de continuer a)"),
    _c("no-reason", r" (?:raison|raisons|sens|interet|linteret|le sens|motivation) (?:de|a|pour|"
       r"d) ?(?:vivre|"
       r"rester en vie|continuer|exister|etre en vie|etre la|me lever|me reveiller|"
       r"continuer a vivre|rester)(?= )",
       before=r" (?:aucune|aucun|plus|pas|plus de|pas de|plus aucune|plus aucun|"
       r"ny a plus de|ya plus de|trouve plus de|vois plus de|vois pas de|quelle|quel|vois pas|"
       r"vois plus|comprends pas|comprends plus|trouve plus|trouve pas|cherche encore|"
       r"vois plus aucune|vois plus aucun|nai plus de|nai aucune|nai aucun|ai plus de)"),
    _c("never-wake", r" (?:reveiller|reveille|reveillerai|reveillerais|reveillais|reveillait)"
       r"(?= )",
       before=r" (?:ne jamais|jamais|ne plus|ne pas|plus jamais|veux plus|voudrais plus|"
       r"jveux plus|jvoudrais plus|envie de plus|envie de ne plus|prefererais ne plus|"
       r"aimerais ne plus|jaimerais ne plus) me"),
    _c("never-wake-2", r" (?:reveillais|reveillerais|reveillerai|reveille|reveiller) (?:pas|"
       r"plus|jamais)(?! (?:a lheure|avant|tot|le matin|les matins|avec|sans|en forme|trop))"
       r"(?= )",
       before=r" (?:si je me|si jme|que je me|quand je me|je me|jme|de me|ne me|je ne me)"
       r"(?: ne)?"),
    _c("sleep-forever", r" (?:mendormir|dormir|endormir|menndormir) (?:pour toujours|"
       r"pour de bon|a jamais|et ne (?:jamais|plus|pas) me reveiller|et plus me reveiller|"
       r"et jamais me reveiller|sans me reveiller|definitivement|eternellement)(?= )"),
    _c("disappear", r" (?:disparaitre|disparaisse|disparaitrai|disparaitrais|partir|men aller|"
       r"maller|quitter ce monde|quitter cette terre|quitter la vie) (?:pour de bon|"
       r"pour toujours|a jamais|definitivement|de ce monde|de la surface de la terre|"
       r"de cette terre|une bonne fois pour toutes|et ne jamais revenir|sans revenir)"
       r"(?! (?:en|a|au|aux|vers|chez|dans|pour|loin|de|sur|avec|et|apres|quand|des|mais|"
       r"cest|demain|lannee|le mois|la semaine|dici)(?= ))(?= )",
       before=r" (?:veux|jveux|voudrais|jvoudrais|aimerais|jaimerais|envie de|vais|jvais|"
       r"avant de|pret a|prete a|prefere|pourrais|souhaite|decide de|dois|besoin de|"
       r"simplement|juste|bientot|vais bientot|si je pouvais|doit|de)"),
    _c("quit-world", r" (?:quitter ce monde|quitter cette terre|quitter la vie|partir de ce monde|"
       r"rejoindre les anges|tirer ma reverence|passer de lautre cote|dire adieu a la vie|"
       r"dire adieu au monde|plus de ce monde)(?= )", negatable=True),
    _c("join-dead", r" rejoindre(?: [^ ]++){0,4} (?:la haut|au ciel|au paradis|de lautre cote|"
       r"parmi les anges|dans la tombe|au cimetiere|six pieds sous terre)(?= )"),
    _c("hope-killed", r" (?:renverse|renverser|ecrase|ecraser|percute|percuter|tue|tuer|emporte|"
       r"emporter|fauche|faucher|ecrabouille|termine|achever|acheve)(?= )",
       before=r" (?:jespere|espere|jaimerais|aimerais|souhaite|prie pour|voudrais|jvoudrais|"
       r"si seulement|prie|reve)(?: que| quun| quune| qu)?(?: [^ ]++){0,3} me"),
    _c("better-off", r" sans moi(?! (?:a la|au|a cette|ce soir|demain|pour|en vacances|a cette "
       r"soiree|a la soiree|au resto|au restaurant|au concert|ce weekend|ce week end))(?= )",
       before=r" (?:tous|tout le monde|toute ma famille|ma famille|mes parents|le monde|"
       r"vous|vous tous|vous serez tous|les gens|mes proches|mes enfants|mes amis|mes potes|"
       r"ma mere|mon pere|ils|ils seront tous)(?: [^ ]++){0,3} (?:mieux|plus heureux|"
       r"plus heureuses|plus tranquilles|soulages|mieux lotis|plus legers|en paix|"
       r"debarrasses)"),
    _c("better-off-world", r" sans moi (?:dans ce monde|sur terre|sur cette terre|en vie|"
       r"dans cette vie|ici bas|pour toujours)(?= )"),
    _c("better-if-gone", r" si je (?:disparaissais|mourais|netais plus la|etais plus la|"
       r"etais morte?|existais plus|nexistais plus|partais pour de bon|partais pour toujours|"
       r"me tuais|me suicidais|etais plus en vie|netais plus en vie|avais jamais existe|"
       r"navais jamais existe|etais jamais nee?|netais jamais nee?|crevais)(?= )",
       before=r" (?:soulage|soulagee|soulages|soulagees|mieux|plus heureux|plus heureuse|"
       r"plus heureuses|plus simple|plus facile|tranquille|tranquilles|mieux pour tout le monde|"
       r"mieux pour tous|mieux pour eux|mieux pour toi|plus leger|plus legers|"
       r"un soulagement|en paix|serait mieux|serait plus simple|ce serait mieux|"
       r"ce serait plus simple)"),
    _c("burden", r" (?:poids|fardeau|boulet|charge|poids mort|probleme)(?: pour (?:tout le monde|"
       r"tous|vous|toi|ma famille|mes parents|mes proches|les autres|mes amis|"
       r"tout mon entourage))(?= )",
       before=r" (?:suis|jsuis|sens|devenu|devenue|suis devenu|suis devenue|suis quun|"
       r"suis quune|suis juste un|suis juste une|suis plus quun|suis rien quun|"
       r"suis qu|ne suis quun|nest quun|suis vraiment un|suis seulement un)(?: un| une)?"),
    _c("no-problem-soon", r" (?:(?:plus|pu) (?:un probleme|un poids|un fardeau|une charge|une gene|"
       r"un souci|un boulet) pour (?:personne|vous|toi|qui que ce soit|ma famille|"
       r"tout le monde|les autres)(?= )|(?:aurez|auras|aura|auront) plus (?:a|besoin de) "
       r"(?:vous|te|se) (?:soucier|inquieter|occuper|embeter) (?:de|pour) moi(?= ))"),
    _c("think-of", r" (?:pense|pensee|pensees|pensais|penser|songe|songer|songeais|reve|"
       r"fantasme|idees|idee|envies) (?:a la mort|a ma mort|au suicide|a mourir|a en finir|"
       r"a me tuer|a me suicider|a mes funerailles|a mon enterrement|a disparaitre pour de bon|"
       r"a me jeter|a me pendre|a sauter|noires de mort|de mort|de suicide|suicidaires)(?= )",
       negatable=True),
    _c("passer-acte", r" (?:passer a lacte|passe a lacte|passerai a lacte|passerais a lacte|"
       r"passage a lacte)(?= )", negatable=True),
    _a("letter-goodbye", r" (?:lettre|lettres|mot|mots|message|messages|video) (?:dadieu|dadieux|"
       r"de suicide)(?= )"),
    _a("goodbye-forever", r"(?<! lui dis)(?<! lui dire)(?<! leur dis)"
       r" (?:adieu|au revoir) (?:pour toujours|a jamais|pour de bon|"
       r"a tous|a tout le monde|le monde|la vie|cruel monde|monde cruel)(?! (?:les|la|le|"
       r"aux|a notre|a nos))(?= )"),
    _a("adieu-end", r" adieu(?= (?:$|merci|je (?:vous|t|te) aime|jvous aime|jtaime|je taime|"
       r"pardon|desole|desolee|prenez soin|prends soin|a tous|tout le monde|mes amis|maman|papa"
       r"|pour (?:toujours|de bon)))"),
    _c("goodbye-before-go", r" (?:partir|men aller|maller|mirai|partirai|disparaitre) pour "
       r"(?:de bon|toujours)(?= )",
       before=r" (?:au revoir|adieu|dire au revoir|dire adieu|te dire au revoir|"
       r"vous dire au revoir|faire mes adieux|mes adieux|dernier message|derniere fois)"
       r"(?: [^ ]++){0,4}"),
    _c("end-suffering", r" (?:mettre fin|mette fin|arreter|stopper|terminer|finir) (?:a )?"
       r"(?:la|ma|cette|mes) (?:souffrance|souffrances|douleur|douleurs|vie|existence)"
       r" (?:pour de bon|pour toujours|a jamais|definitivement|une bonne fois pour toutes|"
       r"ce soir|cette nuit)(?= )"),
    # ---- crisis: self-harm
    _c("self-harm-word", r" (?:scarifie|scarifiee|scarifier|scarifies|scarifiais|scarifiait|"
       r"scarification|scarifications|scarifs|scarif|scarifiant|automutilation|"
       r"auto mutilation|automutile|automutilee|mutiler|mutile|mutilee|mutilais|"
       r"taillade|tailladee)(?= )"),
    _c("cut-self", r" (?:couper|coupe|coupee|coupes|coupais|taillader|entailler|ouvrir|griffer|"
       r"entaille|entaillee|taillade|tailladee|lacere|laceree|ouvert|ouverte|scarifie|scarifiee|"
       r"bruler|brule|brulee|brulais|marquer|lacerer) (?:les |mes |le |la |a nouveau les )?"
       r"(?:bras|poignets|poignet|veines|cuisses|cuisse|jambes|jambe|peau|ventre|hanches)"
       r"(?= )", before=r" (?:me|jme|je me|me suis|men)(?: encore| de nouveau| a nouveau)?"),
    _c("cut-again", r" (?:couper|coupe|coupee|scarifier|scarifie|bruler|faire du mal|"
       r"faire mal|blesser|frapper|taper|griffer)(?= )",
       before=r" (?:recommence a me|recommencer a me|rechute et me|remis a me|remise a me|"
       r"continue a me|continue de me|envie de me|envies de me|besoin de me|"
       r"arrive pas a arreter de me|"
       r"arrete pas de me|peux pas marreter de me)"),
    _c("hurt-self", r" (?:fais du mal|fait du mal|faire du mal|fais mal|faire mal|blesse|"
       r"blesser|frappe|frapper|brule|bruler|brulee|coupe|couper|coupee|griffe|griffer|"
       r"tape|taper|punis|punir)(?: [^ ]++){0,5} (?:expres|volontairement|pour (?:plus rien|"
       r"ne plus rien|rien) (?:sentir|ressentir)|pour (?:sentir|ressentir) (?:quelque chose|"
       r"autre chose)|pour me punir|pour (?:oublier|me calmer|me soulager|soulager)|"
       r"ca soulage|ca me soulage|ca me calme|ca fait du bien|ca maide)(?= )",
       before=r" (?:me|jme|je me|me suis|men)(?: encore| de nouveau| a nouveau| suis)?"),
    _c("hurt-self-2", r" (?:fais du mal|faire du mal|blesser|blesse|mutiler)(?! (?:en pensant|"
       r"a penser|en regardant|en lisant|a regarder|a lire|a relire|avec (?:ses|tes|nos)|"
       r"pour rien|pour lui|pour elle|tout seul|toute seule))(?= )",
       before=r" (?:je me|jme|envie de me|besoin de me|vais me|veux me|peur de me)"),
    # ---- crisis: methods and means
    _c("jump", r" (?:jeter|jette|lancer|lance|balancer|balance|laisser tomber|sauter|saute|"
       r"sauterai|jetterai|precipiter|precipite|allonger|allonge|coucher|couche|foutre|"
       r"mettre) (?:sous|du haut du|du haut de la|du haut dun|du haut dune|du|dun|dune|"
       r"de la|de mon|depuis|par la|par|dans le|dans la|devant|contre|sur les|sur la)"
       r"(?: [^ ]++){0,2} (?:<VEHICLE>|<HIGH>|seine|fleuve|riviere|canal|lac|mer|mur|arbre|"
       r"voies|voie|rails|etage|fenetre|falaise|pont|ravin|precipice|autoroute|periph)"
       r"(?:(?=(?: [^ ]++){0,10} (?:mais non|mais pas|pour de vrai|serieux|serieusement|"
       r"je rigole pas|jrigole pas) )"
       r"|(?!(?: [^ ]++){0,6} (?:lol|mdr|ptdr|xd|jrigole)))"
       r"(?= )",
       before=r" (?:me|jme|m|men)"),
    _c("jump-want", r" sauter(?= (?:$|du|dun|de la|par|dans le vide|sous|devant|et en finir|"
       r"pour en finir|pour de bon|une bonne fois|dans la seine|dans le fleuve|dans le vide))",
       before=r" (?:envie de|veux|jveux|vais|jvais|pense a|voudrais|jvoudrais|pret a|prete a|"
       r"hesite a|besoin de|me retiens de|aimerais)"),
    _c("jump-high", r" sauter(?= )", also="cond.fr.high",
       before=r" (?:envie de|veux|jveux|vais|jvais|pense a|voudrais|jvoudrais|pret a|prete a|"
       r"hesite a|me retiens de|aimerais)"),
    _cond("high", r" (?:sur|au bord|au bord du|au bord de|au bord de la|en haut|en haut du|"
          r"en haut de) (?:le |la |du |de la |mon |un )?(?:pont|toit|balcon|falaise|viaduc|"
          r"rebord|parapet|fenetre|quai|voies|rails|[0-9]+e|[0-9]+eme|dernier etage|ravin)"
          r"(?= )"),
    _c("on-high-look", r" (?:regarde|regarder|fixe|fixer|contemple|contempler) (?:leau|en bas|"
       r"le vide|le fleuve|la riviere|la seine|le sol|les rails|les voies|la mer|le precipice|"
       r"les voitures passer|les trains passer|le train arriver)(?= )", also="cond.fr.high"),
    _c("drown", r" noyer(?! (?:dans|sous) (?:le|la|les|mon|ma|mes) (?:travail|boulot|taf|alcool|"
       r"sport|series|etudes|jeux|bouffe|chagrin|larmes))(?= )",
       before=r" (?:me|jme|men)"),
    _c("walk-into", r" (?:marcher|avancer|entrer|rentrer|aller) (?:dans|jusquau milieu du|"
       r"jusquau milieu de la) (?:leau|la mer|le lac|la riviere|le fleuve|la seine|locean)"
       r"(?: [^ ]++){0,4} (?:jusqua ce que|et ne plus|et plus|sans revenir|pour ne plus|"
       r"pour de bon|pour en finir|et en finir|et disparaitre)(?= )"),
    _c("pills-took", r" (?:avale|avaler|avalee|avales|avalais|pris|prendre|prends|prise|gobe|"
       r"gober|gobes|ingurgite|bouffe|descendu|siffle|vide|vider|bu|boire) (?:toute? (?:la|le|"
       r"les|ma|mon|mes|une)|toutes? (?:les|mes|ses)|tous (?:les|mes|ses)|une boite|deux boites|"
       r"trois boites|des boites|plusieurs boites|la boite|une plaquette|la plaquette|"
       r"les plaquettes|plusieurs plaquettes|un flacon|le flacon|trop de|plein de|un tas de|"
       r"une poignee de|une dizaine de|une vingtaine de|une trentaine de|[0-9]+|vingt|trente|"
       r"quarante|cinquante|cent|une tonne de|une grosse dose de|une overdose de|une surdose de)"
       r"(?: [^ ]++){0,2} (?:plaquette|plaquettes|boite|boites|flacon|flacons|tube|tubes|"
       r"<PILLS>)(?! (?:pour (?:mon|ma|le|la|mes|les) (?:mal|maux|migraine|douleur|fievre|rhume|"
       r"dos|dents|regles|tete)))(?= )"),
    _c("pills-hoard", r" (?:garde|gardees|gardes|garder|stocke|stocker|stockes|stockees|"
       r"accumule|accumuler|accumulees|mis de cote|mets de cote|mettre de cote|amasse|amasser|"
       r"rassemble|collecte|collectionne|economise|planque|cache|compte|recompte|reserve)"
       r"(?: [^ ]++){0,4} <PILLS>(?= )"),
    _c("pills-enough", r" (?:assez|suffisamment|ce quil faut) (?:de |d )?<PILLS>(?= )"),
    _c("overdose", r" (?:overdose|surdose|od|intoxication volontaire|avaler des cachets|"
       r"avale des cachets|avaler mes cachets|avaler tous mes|avaler toute la)(?= )",
       negatable=True),
    _c("hang", r" (?:noeud coulant|pendaison|corde au cou|la corde au plafond|"
       r"corde autour du cou|balle dans la tete|canon dans la bouche|"
       r"mouvrir les veines|ouvrir les veines|les veines ouvertes|ouvert les veines|"
       r"ouvre les veines|ouverte les veines|monoxyde de carbone)(?= )"),
    _c("rails", r" (?:sous|devant) (?:le|un|les) (?:train|trains|metro|rer|tram|tgv)(?= )",
       before=r" (?:jeter|jette|me jeter|me jette|me mettre|me mets|me coucher|me couche|"
       r"me balancer|me lancer|mallonger|me precipiter|passer|sauter|finir|marcher|aller|"
       r"me laisser tomber)"),
    # ---- crisis: plans and farewells that say so
    _c("plan-date", r" (?:choisi|fixe|decide|arrete|prevu) (?:la date|le jour|lheure|le moment|"
       r"la nuit|le soir|le lieu|lendroit|comment|quand)(?= )", also="cond.fr.plan"),
    _cond("plan", r" (?:ma lettre|une lettre|la lettre|mes lettres|lettre dadieu|mes adieux|"
          r"tout prevu|tout planifie|tout organise|tout prepare|comment je vais faire|"
          r"exactement comment|la corde|les cachets|mes cachets|le pont|les medocs|"
          r"derniere nuit|dernier jour|dernier soir|jai decide|cest decide|ma decision est prise)"
          r"(?= )"),
    _c("plan-how-when", r" (?:comment et quand|quand et comment|ou et quand|comment je vais "
       r"(?:faire|men aller|partir|le faire|proceder) et quand|quand je vais le faire et comment|"
       r"comment je vais le faire|comment je vais my prendre(?! (?:pour|avec)(?= )))(?= )",
       before=r" (?:sais|jsais|sais exactement|sais deja|ai decide|jai decide|ai prevu|jai prevu|"
       r"ai choisi|jai choisi|ai tout prevu)"),
    _c("plan-all", r" tout (?:prevu|planifie|organise|prepare|regle)(?= (?:$|ce sera|cest pour|"
       r"pour (?:ce soir|demain|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|cette nuit|"
       r"la fin)|ce soir|demain|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|je suis pret|"
       r"je suis prete|jsuis pret|jsuis prete))",
       also="cond.fr.planctx", before=r" (?:jai|ai|cest|est)"),
    _cond("planctx", r" (?:ce sera|cest pour|je suis pret|je suis prete|jsuis pret|jsuis prete|"
          r"quand (?:mes|mon|ma|les|il|elle|ils|elles)|personne ne sera la|seule?|tout seul|"
          r"toute seule|partis|partie|absents?|personne|derniere|dernier|pour de bon|"
          r"pour toujours|adieu)(?= )"),
    _c("decided-gone", r" (?:plus mon probleme|plus un probleme|plus mon souci|plus rien a faire|"
       r"bientot fini|bientot termine|bientot plus la|bientot la fin|bientot fini pour moi)"
       r"(?= )", also="cond.fr.decided"),
    _cond("decided", r" (?:jai decide|ai decide|cest decide|ma decision est prise|jai choisi|"
          r"jsuis decide|je suis decide|je suis decidee|jai pris ma decision|je suis pret|"
          r"je suis prete|jsuis pret|jsuis prete|cest la bonne)(?= )"),
    _c("give-away-need", r" (?:aurai|aurais|auras|aura) (?:plus|pu|jamais plus) besoin"
       r"(?! ensemble)(?= )",
       also="cond.fr.gave", before=r" (?:en|nen|jen|je nen|jvais|je vais|vais)?"),
    _cond("gave", r" (?:donne|donnee|donnes|donner|laisse|laisser|offert|offrir|legue|leguer|"
          r"distribue|distribuer|garder|garde|prends|prendre|recupere|recuperer|confie|confier|"
          r"rendu|rendre) (?:mon|ma|mes|tout|toutes|tous|a|le|la|les)(?= )"),
    # ---- ask: soft signals (means with distress, farewells, giving away, hopelessness)
    _a("means-near", r" (?:<PILLS>|corde|lame|lames|rasoir)(?: [^ ]++){0,4} (?:dans le tiroir|"
       r"dans larmoire|dans le placard|"
       r"a cote de moi|devant moi|dans ma main|"
       r"dans mes mains|sur la table|sur mon bureau|sur ma table de nuit|sur le lit|"
       r"a portee de main|pretes?|prets|alignes|alignees|comptes|comptees)(?= )"),
    _a("means-bought", r" (?:achete|acheter|commande|commander|trouve|trouver|pris|prepare|"
       r"preparer|recupere|sorti|noue|nouer|accroche|accrocher) (?:une|la|de la|un bout de|"
       r"une bonne|ma) corde(?! a linge)(?= )"),
    _a("rope", r" corde(?: [^ ]++){0,5} (?:jy pense|pour me|pour moi|au plafond|a la poutre|"
       r"tabouret|autour du cou|noeud)(?= )"),
    _a("gun", r" (?:flingue|pistolet|revolver|fusil|arme a feu|arme|carabine|fusil de chasse)"
       r"(?= )", before=r" (?:trouve|ou est|garde|acheter|achete|pris|prendre|jai|ai|tenir|"
       r"tiens|regarde|charge|charger|sortir|sorti)(?: [^ ]++){0,2} (?:le|un|une|son|sa|mon|"
       r"ma|du|de mon|de ma|larme|l)"),
    _a("high-place", r" (?:au bord du|au bord de la|au bord de|sur le rebord|sur le parapet|"
       r"en haut du|en haut de la|en haut dun|en haut de) (?:pont|toit|falaise|vide|viaduc|"
       r"fenetre|balcon|immeuble|precipice|quai)(?= )"),
    _a("look-down", r" (?:regarde|regarder|fixe|fixer) (?:leau|en bas|le vide|les rails|"
       r"les voies|le train arriver|les trains passer|la seine|le fleuve)(?= )"),
    _a("not-here", r" (?:serai|serais|sera) (?:bientot |peut etre |surement |probablement )?"
       r"(?:plus la|plus ici|plus de ce monde|plus en vie|plus parmi vous|parti pour de bon|"
       r"partie pour de bon)(?= (?:$|pour (?:vous embeter|te deranger|vous deranger|personne|"
       r"longtemps|vous gener|te gener|tembeter)|bientot|de toute facon|dans pas longtemps|et|"
       r"alors|donc|vous serez|tu seras|ca sera|ce sera|quand (?:tu|vous) (?:lirez|liras|verrez|"
       r"verras|rentrerez|rentreras|te reveilleras|vous reveillerez|liras ca|lirez ca)))"),
    _c("nobody-miss", r" (?:regrettera|regretterait|manquera|pleurera)(?= )",
       before=r" (?:personne|nul|aucun de vous|aucun deux|pas grand monde)(?: ne)? me"),
    _c("nobody-miss-2", r" (?:va me regretter|remarquera (?:mon absence|que je suis parti|"
       r"que je suis partie|rien)|viendra a mon enterrement|pleurera ma mort|"
       r"verra la difference|sapercevra de mon absence|remarquera si je disparais)(?= )",
       before=r" (?:personne|nul|aucun de vous|aucun deux|pas grand monde)(?: ne)?"),
    _a("what-for", r" quoi bon(?= (?:$|de toute facon|franchement|tout ca|continuer|se battre|"
       r"essayer|me battre|lutter|tenir|rester))"),
    _a("no-way-out-d", r" (?:dissue|despoir|davenir|dautre issue|dautre solution|dautre choix)"
       r"(?! (?:pour (?:nous|notre|cette|la|le|les|ce|ces|mon|ma|mes|son|sa|ses|ton|ta|tes|leur)|"
       r"avec (?:lui|elle|toi|eux|quelquun|quelqun|un|une|ce|cette)|ensemble|"
       r"a (?:deux|notre|cette)|dans (?:cette|notre|"
       r"ce)))(?= )", before=r" (?:pas|plus|vois pas|vois plus|ny a pas|ny a plus|ya pas|ya plus|"
       r"y a pas|y a plus|aucun|sans|jai plus|jai pas|nai plus|nai pas)"),
    _a("no-way-out", r" (?:issue|dissue|sortie|solution|espoir|despoir|avenir|davenir|lumiere)"
       r"(?! (?:pour (?:nous|notre|cette|la|le|les|ce|ces|mon|ma|mes|son|sa|ses|ton|ta|tes|leur)|"
       r"avec (?:lui|elle|toi|eux|quelquun|quelqun|un|une|ce|cette)|ensemble|"
       r"a (?:deux|notre|cette)|dans (?:cette|notre|"
       r"ce)))(?= )", before=r" (?:aucune|aucun|pas d|pas de|plus d|plus de|plus aucune|plus aucun|"
       r"sans|ny a pas d|ny a plus d|ya pas d|ya plus d|ny a aucune|ny a aucun|vois aucune|"
       r"vois plus aucune|vois pas d|vois pas la|vois plus la|vois pas de|vois plus de|"
       r"y a aucune|y a pas d|y a plus d|y a aucun)"),
    _a("never-change", r" (?:changera jamais|ira jamais mieux|irai jamais mieux|sera jamais mieux|"
       r"ira plus jamais|ira jamais bien|plus jamais heureux|plus jamais heureuse|"
       r"sortirai jamais|men sortirai jamais|men sortirai pas|sarrangera jamais|"
       r"va jamais sarranger|que (?:ca|tout) sarrete(?= (?:$|pour toujours|enfin|pour de bon)))"
       r"(?= )"),
    _a("end-road-2", r" (?:arrive|arrivee|arrivais|parvenu|parvenue) (?:a la fin|au bout)"
       r"(?= (?:$|de moi|de ma vie|du chemin|de tout|de mes forces))"),
    _a("end-road", r" (?:au bout|bout)(?= (?:$|de moi|de ma vie|"
       r"du chemin|de tout|de mes forces))",
       before=r" (?:suis|jsuis|allee|alle|arrive|arrivee|suis allee|suis alle|suis arrive|"
       r"suis arrivee|arrive tout|vraiment)"),
    _a("farewell-tell", r" (?:que je (?:laime|laimais|les aime|les aimais|vous aime|taime|"
       r"taimais|laime fort|les aime fort|suis desolee?|lai toujours aime|les ai toujours aimes))"
       r"(?= )",
       before=r" (?:dis|dites|dire|diras|direz|tu diras) (?:a|au|aux) (?:ma|mon|mes|tout le monde|"
       r"tous|maman|papa)(?: [^ ]++){0,2}"),
    _a("not-fault", r" (?:pas (?:sa|ta|leur|votre|ta) faute|la faute de personne|"
       r"personne nest responsable)(?= )", also="cond.fr.farewellctx"),
    _c("farewell-absolve", r" (?:pas (?:sa|ta|leur|votre) faute|la faute de personne|"
       r"personne nest responsable)(?= )", also="cond.fr.tell"),
    _cond("tell", r" (?:que je (?:laime|laimais|les aime|les aimais|vous aime|taime|"
          r"taimais|laime fort|les aime fort|lai toujours aime|les ai toujours aimes))(?= )",
          before=r" (?:dis|dites|dire|diras|direz|tu diras) (?:a|au|aux) (?:ma|mon|mes|"
          r"tout le monde|tous|maman|papa)(?: [^ ]++){0,2}"),
    _cond("farewellctx", r" (?:dis a|dites a|dire a|adieu|au revoir|prends soin|prenez soin|"
          r"derniere fois|dernier message|que je laime|que je les aime|que je vous aime)(?= )"),
    _a("last-news", r" (?:derniere fois que (?:tu|vous) (?:auras|aurez|as|avez|entends|entendras|"
       r"entendrez|me (?:lis|liras|verras|vois|lirez|verrez))|dernier message que (?:tu|vous|je)|"
       r"mes derniers mots|derniere fois que je (?:tecris|"
       r"vous ecris|ecris))(?!(?: [^ ]++){0,4} (?:respecte|ta decision|ton choix|promis|"
       r"bonne continuation|je te souhaite|je te laisse))(?= )"),
    _a("goodbye-plain", r" (?:dire au revoir|dire adieu|faire mes adieux|te dire au revoir)"
       r"(?= (?:avant|une derniere|pour toujours|a tout le monde|a tous))"),
    _a("partir-bon", r" (?:(?:partir|pars|partirai|men aller|men vais|mirai) pour (?:de bon|"
       r"toujours)|(?:partir|men aller|disparaitre)(?: [^ ]++){0,2} (?:et ne jamais revenir|"
       r"et ne plus jamais revenir|sans jamais revenir|et plus jamais revenir))(?! (?:en|a|au|"
       r"aux|vers|chez|dans|pour|loin|de|sur|avec|et|apres|quand|des|"
       r"mais|cest|demain|lannee|le mois|la semaine|dici|a|au)(?= ))(?= )"),
    _a("give-away", r" (?:donne|donner|donnerai|offert|offrir|legue|leguer|distribue|"
       r"distribuer|laisse|laisser|confie|confier) (?:tout|toutes mes affaires|mes affaires|"
       r"mon chat|mon chien|mes chats|mes chiens|mes plantes|ma guitare|mes vinyles|mes fringues|"
       r"mes vetements|mes bijoux|mes livres|mon ordi|mes jeux|mes disques|mes economies|"
       r"mon argent|mes mots de passe|mon mot de passe|mes codes|mes comptes)(?! (?:a emmaus|"
       r"a la bibliotheque|a une bibliotheque|a la ressourcerie|a une friperie|au refuge|"
       r"a la spa|sur vinted|sur leboncoin|a lecole|a leglise|aux voisins|a des voisins|"
       r"a la croix rouge|aux restos|a une association|a une asso|au secours populaire|"
       r"parce que je demenage|avant (?:mon|de) demenag))(?= )"),
    _a("keep-my", r" (?:peux garder|gardes|peux prendre|peux recuperer|prends soin de|occupe toi de"
       r"|occupe toi bien de) (?:ma|mon|mes)(?: [^ ]++){0,4} (?:jen aurai|je nen aurai|"
       r"je les laisse|jai plus besoin|en aurai plus besoin|apres|quand je serai)(?= )"),
    _a("passwords", r" (?:mot de passe|mots de passe|codes|mes codes)(?: [^ ]++){0,4} "
       r"(?:tu sauras|vous saurez|quoi faire apres|pour apres|au cas ou|quand je serai)(?= )"),
    _a("ready-gone", r" (?:je suis pret|je suis prete|jsuis pret|jsuis prete)(?= (?:$|a partir|"
       r"a y aller|pour le grand saut|maintenant))", also="cond.fr.gave"),
    _a("tonight-do", r" (?:ce soir|cette nuit|demain) je (?:fais|ferai|vais faire) ce que je "
       r"(?:dis|repete|pense|prevois|annonce)(?= )"),
    _a("no-more-life", r" (?:fatigue|fatiguee|epuise|epuisee|marre|ras le bol|lasse|las) (?:de|d)"
       r" (?:la vie|ma vie|tout|cette vie|vivre|exister|me reveiller|respirer)(?= )"),
    _a("lost-all", r" (?:plus envie de rien|envie de rien)(?= (?:$|du tout|jamais|ni de vivre))"),
    _a("burden-soft", r" (?:poids|fardeau|boulet)(?= )",
       before=r" (?:suis|jsuis|suis quun|suis juste un|ne suis quun|suis devenu un|"
       r"suis devenue un|sens comme un|suis rien quun)"),
    _a("if-gone", r" si je (?:disparaissais|mourais|netais plus la|etais plus la|existais plus|"
       r"nexistais plus|partais pour de bon)(?= )"),
    _a("better-without-me", r"(?<!tu seras)(?<!tu serais)(?<!il sera)(?<!il serait)"
       r"(?<!elle sera)(?<!elle serait) (?:mieux|plus heureux|plus heureuse|"
       r"plus tranquille) sans moi"
       r"(?= )"),
    # ---- harm to others: threats, violence, revenge, property
    _h("kill", r" (?:tuer|tue|tuerai|tuerais|buter|bute|buterai|massacrer|massacre|egorger|"
       r"legorger|etrangler|etrangle|letrangler|planter|plante|crever|creve|bousiller|"
       r"fumer|descendre|flinguer|flingue|allumer|latter|defoncer|defonce|tabasser|tabasse|"
       r"frapper|frappe|cogner|cogne|niquer|eclater|eclate|teclater|leclater|lexploser|"
       r"texploser|exploser|demolir|demonter|fracasser|defigurer|faire la peau|faire du mal|"
       r"faire mal|faire souffrir|faire payer|tuer de mes mains|etriper|saigner|casser la gueule|"
       r"peter la gueule|casser les dents|peter les dents|casser les jambes|peter les genoux|"
       r"ecraser|lecraser|tecraser|attaquer|lattaquer|tattaquer|agresser|lagresser|tagresser)"
       r"(?! (?:de rire|de honte|de bonheur|de bisous|au (?:boulot|travail|taf)|a un jeu|"
       r"a la console|au jeu|avec (?:mon|ma) (?:message|lettre|texte)))"
       r"(?!(?: [^ ]++){0,14} <JOKE>(?= ))(?= )",
       negatable=True,
       before=r" (?:je|jvais|vais|veux|jveux|envie de|pourrais|vais aller|rever de|reve de|"
       r"compte|promets de|jure que je|jure de|jure jvais|vais te|vais le|vais la|vais les|"
       r"voudrais|aimerais|besoin de|pret a|prete a|faudrait|va falloir que je|dois|"
       r"jai envie de|cest decide je|pour) <THEM>"),
    _h("face", r" (?:defoncer|defonce|peter|pete|casser|casse|eclater|eclate|exploser|explose|"
       r"niquer|nique|refaire|arranger|fracasser|demolir|demonter|fracasse|cramer|briser|"
       r"brise) (?:ta|sa|la|leur|votre) (?:gueule|tete|face|figure|tronche|bouche|machoire|"
       r"nez|dents|sale gueule|geule|gueul)(?!(?: [^ ]++){0,10} <JOKE>(?= ))(?= )",
       negatable=True),
    _h("punch", r" (?:mettre|met|mets|mettrai|coller|colle|foutre|fous|donner|donne|envoyer|"
       r"envoie|en mettre|en coller|filer|file|en foutre) (?:une|des|un|deux|quelques) "
       r"(?:droite|droites|gauche|baffe|baffes|claque|claques|beigne|beignes|patate|patates|"
       r"tarte|tartes|mandale|mandales|raclee|rouste|torgnole|coup de poing|coups de poing|"
       r"coup de boule|coups|coup de couteau|pains|pain|gifle|gifles|coup de pied|"
       r"coups de pied|bourre pif)(?! (?:aux|a la|au) )(?!(?: [^ ]++){0,10} <JOKE>(?= ))(?= )",
       negatable=True,
       before=r" (?:lui|leur|te|t|vous|jlui|jte|en|men)"),
    _h("threat-pay", r" (?:vas|va|allez|vont|aller) (?:le regretter|me le payer|payer|"
       r"le payer|regretter|souffrir|le sentir passer|voir ce qui va|comprendre ta douleur|"
       r"morfler|deguster|prendre cher|en baver|en chier|crever)(?! (?:le loyer|la|le|les|ta|"
       r"ton|sa|son|ses|tes|pour (?:le|la|les)|combien|en|un|une|des|par|cash|cb|de rire))"
       r"(?= )", before=r" (?:tu|il|elle|vous|ils|elles|toi|lui|je te jure que tu|"
       r"je vous jure que vous|crois moi tu|promis tu)"),
    _h("will-pay", r" (?:paiera|paieras|paierez|payer|payera|payeras|paieront|payeront)(?= )",
       before=r" me (?:le|la|les)"),
    _h("will-regret", r"(?<! me)(?<! personne) (?:payeras|paieras|paiera cher|paieras cher|"
       r"regretteras|regretterez|"
       r"regretteront|regrettera)(?! (?:pas|rien|jamais|peut etre|surement|un jour de mavoir "
       r"quitte|de mavoir quittee?))(?= )"),
    _h("know-where", r" (?:sais|connais|jsais|trouverai|trouverais) (?:ou|lendroit ou|"
       r"ladresse ou) (?:tu|il|elle|ils|vous) (?:habite|habites|habitez|bosse|bosses|bossez|"
       r"travaille|travailles|travaillez|dors|dort|vis|vit|te gares|se gare|gare|sors|sort|"
       r"vas|va|traine|traines|habitent|vivent)(?= )",
       before=r" (?:je|jsais|et je|mais je|moi je|je te rappelle que je|"
       r"noublie pas que je|oublie pas que je|je te signale que je)"),
    _h("watch-out", r" (?:interet a (?:faire gaffe|faire attention|se cacher|te cacher|courir|"
       r"surveiller ses arrieres|surveiller tes arrieres|bien dormir|se tenir a carreau|"
       r"te tenir a carreau|pas croiser|ne pas croiser)|surveille tes arrieres|"
       r"surveille ses arrieres|fais gaffe a toi|fais gaffe a ta|gare a toi|gare a lui|"
       r"tu vas voir ce qui va tarriver|ce qui va tarriver|ce qui va lui arriver)(?= )"),
    _h("if-see-kill", r" (?:tue|bute|defonce|massacre|creve|eclate|plante|frappe|cogne|"
       r"etrangle|tuerai|buterai|defoncerai|eclaterai)(?= )",
       before=r" (?:si je (?:le|la|les|te|vous) (?:vois|croise|chope|trouve|attrape|recroise)"
       r"(?: [^ ]++){0,5} (?:je|jle|jla|jte) (?:le|la|les|te|t|l|lui)?)"),
    _h("hurt-want", r" (?:faire du mal|faire mal|faire souffrir|faire payer|faire regretter|"
       r"pourrir la vie|gacher la vie|detruire la vie|rendre la vie impossible|"
       r"faire vivre un enfer|faire la misere)(?! (?:au coeur|aux oreilles|au dos))(?= )",
       negatable=True,
       before=r" (?:lui|leur|te|vous|jlui|jte)(?: ai| vais| veux| voudrais)?"),
    _h("hurt-want-2", r" (?:lui|leur|te|vous) (?:faire du mal|faire mal|faire souffrir|"
       r"pourrir la vie|gacher la vie|rendre la vie impossible|faire vivre un enfer|"
       r"faire payer|faire regretter)(?! (?:au coeur|aux oreilles))(?= )", negatable=True),
    _h("ruin-life", r" (?:pourrir|pourris|pourrirai|gacher|gache|detruire|detruis|ruiner|ruine|"
       r"bousiller|briser|brise|foutre en lair|saboter|sabote) (?:sa|ta|leur|votre) "
       r"(?:vie|carriere|reputation|couple|relation|mariage|boulot|taf|job|nouvelle vie|"
       r"nouvelle relation|avenir)(?= )", negatable=True),
    _h("property", r" (?:rayer|raye|rayerai|crever|creve|creverai|degonfler|degonfle|lacerer|"
       r"casser|casse|casserai|peter|pete|fracasser|defoncer|defonce|bruler|brule|brulerai|"
       r"cramer|crame|cramerai|incendier|foutre le feu a|mettre le feu a|taguer|tague|saccager|"
       r"saccage|detruire|detruis|detruirai|vandaliser|exploser|explose|rayures sur|"
       r"demolir|niquer|nique|bousiller|bousille|arracher|jeter par la fenetre|"
       r"balancer par la fenetre|lacerer|decouper|decoupe|dechirer|dechire) (?:toute? |tous |"
       r"toutes )?(?:sa|ses|son|ta|tes|ton|leur|leurs|votre|vos)(?: nouvelle| nouveau| belle|"
       r"beau| precieuse| precieux)? (?:caisse|voiture|bagnole|pneus|pneu|vitres|vitre|fenetres|"
       r"fenetre|porte|affaires|fringues|vetements|moto|scooter|velo|telephone|tel|portable|"
       r"maison|appart|appartement|boite aux lettres|trucs|ordi|ordinateur|guitare|"
       r"carrosserie|retro|retros|retroviseur|retroviseurs|jardin|boutique|magasin|bureau|"
       r"console|bijoux|tableaux|meubles|canape|tv|tele|television|plantes|sac|sacs)(?= )",
       negatable=True),
    _h("property-of", r" (?:rayer|crever|creve|degonfler|lacerer|casser|casse|peter|fracasser|"
       r"defoncer|bruler|brule|cramer|taguer|saccager|detruire|vandaliser|exploser|niquer|"
       r"bousiller|arracher|dechirer|bruler) (?:les|la|le|toutes les|tous les|l) (?:pneus|pneu|"
       r"vitres|vitre|carrosserie|retros|retroviseurs|portieres|affaires|fringues|vetements|"
       r"fenetres|porte|voiture|caisse|bagnole|moto|scooter)(?: [^ ]++){0,1} (?:de|du|d|a) "
       r"(?:sa|son|ta|ton|leur|votre|sa nouvelle|son nouveau|mon ex|lui|elle|ce connard|"
       r"cette conne|cette pouffe|cette salope|cette petasse)(?= )", negatable=True),
    _h("images", r" (?:photos|photo|videos|video|nudes|nude|images|sextape|sex tape|vids|vid|"
       r"selfies|snaps|captures) (?:nues|nue|intimes|intime|cochonnes|coquines|de cul|sexy|"
       r"osees|privees|hot|sexuelles|porno|de nous au lit|denue|ou (?:tu es|elle est|il est) nue?)"
       r"(?= )", negatable=True,
       before=r" (?:balancer|balance|envoyer|envoie|poster|poste|publier|publie|partager|partage|"
       r"diffuser|diffuse|leak|leaker|montrer|montre|faire tourner|fais tourner|afficher|"
       r"mettre en ligne|vendre|balancerai|enverrai|posterai|publierai|montrerai|mettre|"
       r"mets|mettrai|foutre|fous|foutrai|"
       r"faire circuler|exposer|menacer de|menace de)(?: [^ ]++){0,3}"),
    _h("nudes", r" (?:nudes|sextape|sex tape|revenge porn|porno de (?:toi|elle|lui))(?= )",
       negatable=True,
       before=r" (?:balancer|balance|envoyer|envoie|poster|poste|publier|publie|partager|partage|"
       r"diffuser|diffuse|leak|leaker|montrer|montre|faire tourner|afficher|mettre en ligne|"
       r"vendre|faire circuler|exposer|menacer de|menace de)(?: [^ ]++){0,3}"),
    _h("send-chats", r" (?:envoyer|envoie|enverrai|balancer|balance|balancerai|transferer|"
       r"transfere|montrer|montre|montrerai|forward|poster|poste|publier|publie|faire lire|"
       r"screen|screener|diffuser|diffuse|faire tourner|partager|partage) (?:nos|tes|ses|leurs|"
       r"les|toutes nos|tous nos|toutes tes|tous tes|toutes ses|tous ses|vos) (?:conversations|"
       r"convs|conv|messages|sms|textos|mails|captures|screens|photos|secrets|dms|vocaux|"
       r"echanges|lettres|videos|discussions|conversations privees|messages prives|sextos|"
       r"sexto|nudes|enregistrements)"
       r"(?: [^ ]++){0,3} (?:a|au|aux|sur|en|devant|pour) (?:ton|sa|son|ta|tes|ses|leur|"
       r"tout le monde|tous|patron|boss|chef|famille|parents|mere|pere|copine|copain|mec|meuf|"
       r"femme|mari|collegues|boite|taf|travail|internet|insta|instagram|facebook|fb|twitter|"
       r"tiktok|snap|reseaux|ligne|public|la terre entiere|ses amis|tes amis|nos amis|"
       r"sa nouvelle|son nouveau|ta nouvelle|ton nouveau|rh|drh)(?= )", negatable=True),
    _h("fired", r" (?:faire virer|te faire virer|le faire virer|la faire virer|les faire virer|"
       r"faire licencier|faire renvoyer|tfaire virer|jle fais virer)(?= )", negatable=True),
    _h("expose", r" (?:exposer|humilier|afficher|balancer|denoncer|salir) (?:devant|a|sur) "
       r"(?:tout le monde|internet|les reseaux|ses amis|sa famille|son boulot|ses collegues|"
       r"toute la ville|tous)(?= )", negatable=True,
       before=r" (?:vais|jvais|veux|vais la|vais le|vais te|vais les|la|le|te|les|l)"),
    _h("revenge", r" (?:vengeance|venger|vengerai|vengerais|represailles|venge)"
       r"(?! (?:est de|cest de|sera detre|sera de|sera mon bonheur|ultime sera))(?= )",
       negatable=True),
    _h("kill-np", r" (?:tuer|buter|massacrer|egorger|etrangler|planter|crever|bousiller|fumer|"
       r"descendre|flinguer|defoncer|tabasser|frapper|cogner|eclater|demolir|fracasser|"
       r"casser la gueule a|peter la gueule a|casser la gueule de|agresser|lyncher|"
       r"poignarder|tirer sur|etriper|saigner) (?:son|sa|ton|ta|ce|cette|leur|mon ex|ses)"
       r"(?: nouveau| nouvelle| petit| putain de| sale)? (?:mec|copain|copine|meuf|ex|"
       r"femme|mari|gars|type|keum|nana|pote|potes|amant|amante|remplacant|remplacante|"
       r"connard|conne|salope|pute|petasse|batard|fils de pute|famille|frere|soeur|pere|mere)"
       r"(?!(?: [^ ]++){0,10} <JOKE>(?= ))(?= )", negatable=True),
    _h("wreck-home", r" (?:tout casser|tout peter|tout defoncer|tout saccager|tout detruire|"
       r"tout bruler|tout cramer|foutre le feu|mettre le feu) (?:chez (?:lui|elle|eux|son ex)|"
       r"dans son appart|dans sa maison|a son appart|a sa maison|chez sa mere|chez ses parents)"
       r"(?= )", negatable=True),
    _h("nudes-where", r" (?:nudes|sextape|photos nues|photos intimes|videos intimes|"
       r"photos de cul)(?: [^ ]++){0,4} (?:sur (?:insta|instagram|internet|les reseaux|snap|"
       r"twitter|facebook|tiktok|des sites|un site|pornhub)|a tout le monde|a toute la fac|"
       r"a ses parents|a sa famille|a son patron|a ses collegues|en ligne|partout)(?= )",
       negatable=True),
    _h("address", r" (?:publier|poster|balancer|donner|diffuser|partager|leak) (?:son|sa|ton|ta|"
       r"leur) (?:adresse|numero|localisation|lieu de travail)(?= )", negatable=True),
    _h("kys", r" (?:va te tuer|va crever|vas crever|tu devrais crever|creve sale|va te pendre|"
       r"jespere que tu crevera|jespere que tu creves|jespere quil creve|jespere quelle creve|"
       r"jespere quils crevent|tu merites de crever|merite de crever|merite de mourir|"
       r"meritent de crever|meritent de mourir)(?= )"),
    # ---- harassment: around a block, via others, turning up, tracking
    _cond("blocked", r" (?:ma|mas|ta|mont|mavait|mavez|il ma|elle ma|jai ete|jsuis|"
       r"suis) (?:bloque|bloquee|"
          r"bloquer|bloques|blocke|blockee|ban|bannie|banni|ghoste|ghostee|supprime|supprimee|"
          r"unfollow)(?= )"),
    _cond("blocked2", r" (?:bloque partout|bloquee partout|bloque sur|bloquee sur|"
          r"demande de (?:ne )?(?:plus|pas) (?:la |le |les |lui |leur )?(?:contacter|ecrire|"
          r"appeler|parler|revenir|deranger)|demande de la laisser|demande de le laisser|"
          r"demande de les laisser|(?:veut|veulent|voulait) (?:plus|pas|aucun|plus aucun) "
          r"(?:me parler|de contact|contact|entendre parler|me voir|de nouvelles)|"
          r"(?:ordonnance|mesure) (?:de protection|dinterdiction|deloignement)|"
          r"interdiction de (?:lapprocher|la contacter|le contacter)|repond plus|repond pas|"
          r"ignore mes messages|mignore|change de numero|"
          r"plus de contact|aucun contact|no contact)(?= )"),
    _s("fake-account", r" (?:faux compte|faux comptes|faux profil|faux profils|compte fake|"
       r"profil fake|fake compte|fake account|compte anonyme|profil anonyme|compte bidon|"
       r"profil bidon|compte poubelle|faux numero|fausse adresse mail|faux mail|faux insta|"
       r"faux snap|fake insta|compte secret|(?:un|mon) finsta)(?= )", negatable=True),
    _s("new-account", r" (?:autre compte|nouveau compte|deuxieme compte|second compte|compte "
       r"secondaire|nouveau numero|autre numero|nouvelle puce|nouvelle sim|autre puce|autre sim|"
       r"carte sim|nouveau profil|autre profil|nouvelle adresse mail|autre adresse mail|"
       r"nouveau tel|autre tel|numero de (?:mon|ma|un|une) (?:pote|amie?|soeur|frere|mere|"
       r"coloc|collegue|cousine?))(?= )", also="cond.fr.blocked"),
    _s("new-account-2", r" (?:autre compte|nouveau compte|deuxieme compte|second compte|"
       r"nouveau numero|autre numero|nouvelle puce|nouvelle sim|autre puce|autre sim|"
       r"nouveau profil|autre profil|nouvelle adresse mail|autre adresse mail)(?= )",
       also="cond.fr.blocked2"),
    _s("hidden-number", r" (?:numero masque|numero cache|numero prive|numero inconnu|en masque|"
       r"appel masque|masquer mon numero|masque mon numero|cacher mon numero|cache mon numero|"
       r"sache pas que cest moi|sait pas que cest moi|saura pas que cest moi|sachent pas que cest"
       r" moi|reconnaisse pas mon numero|reconnaitra pas mon numero|reconnaisse pas|"
       r"devine pas que cest moi|se doute pas que cest moi)(?= )", negatable=True),
    _s("family-via", r" (?:appeler|appelle|appellerai|ecrire a|ecris a|ecrirai a|contacter|"
       r"contacte|contacterai|demander a|demande a|passer par|texter|envoyer un message a|"
       r"envoie un message a|harceler|aller voir|vais voir|parler a|debarquer chez) (?:sa|son|ses|"
       r"leur|la|le|les) <FAMILY>(?: [^ ]++){0,3} (?:pour (?:quil|quelle|quils|quelles|quon) "
       r"(?:lui |la |le |me |m |leur )?(?:dise|dit|parle|ecrive|demande|reponde|rappelle|contacte|"
       r"appelle|convainque|passe|transmette|repondre|donne|fasse|oblige|force)|pour lui (?:dire|"
       r"parler|demander|faire passer|transmettre|faire dire)|pour savoir (?:ou|si|avec qui|"
       r"ce que|comment)|(?:pour )?(?:la|le) convaincre|de lui (?:dire|parler|demander|"
       r"transmettre|faire passer)|quelle lui (?:dise|parle)|quil lui (?:dise|parle))(?= )",
       negatable=True),
    _s("family-blocked", r" (?:appeler|appelle|ecrire a|ecrire|ecris a|ecris|contacter|contacte|"
       r"demander a|demande a|passer par|texter|envoyer un message a|parler a|aller voir|"
       r"debarquer chez) (?:a )?(?:sa|son|ses|leur) <FAMILY>(?= )", also="cond.fr.blocked2"),
    _s("family-blocked-1", r" (?:appeler|appelle|ecrire a|ecrire|ecris a|ecris|contacter|contacte|"
       r"demander a|demande a|passer par|texter|envoyer un message a|parler a|aller voir|"
       r"debarquer chez) (?:a )?(?:sa|son|ses|leur) <FAMILY>(?= )", also="cond.fr.blocked"),
    _s("proxy", r" (?:demander|demande|demandé|faire|fais|dire|dis|supplier|supplie|convaincre|"
       r"convaincu|payer|paye|envoyer|envoie|charger|charge|utiliser|utilise) (?:a )?(?:mon|ma|"
       r"mes|son|sa|ses|un|une|nos|des|notre|leur|sa propre)(?: meilleure| meilleur| propre)? "
       r"<FAMILY> (?:de |d |dy )?(?:lui |la |le |l |les |leur )?(?:ecrire|appeler|envoyer|"
       r"contacter|texter|parler|transmettre|dire|passer|demander|espionner|surveiller|suivre|"
       r"donner|remettre|faire passer|faire suivre|transferer|glisser|envoyer un message|"
       r"laisser un message|ecrire depuis|appeler depuis|lappeler|lecrire|la contacter|"
       r"le contacter|lespionner|la surveiller|le surveiller|la suivre|le suivre)(?= )",
       negatable=True),
    _s("transmit", r" (?:transmettre|transmet|transmets|faire passer|faire suivre|transferer|"
       r"transfere|remettre|donner|passer|glisser|montrer) (?:mon|mes|un|une|ce|cette|ma) "
       r"(?:message|messages|lettre|lettres|mot|cadeau|cadeaux|texto|sms|vocal|note)(?= )",
       before=r" (?:demande a|demande|demander a|demander|supplie|dit a|dis a|dire a)"
       r"(?: [^ ]++){0,4} (?:de|d) (?:lui|leur)"),
    _s("from-phone", r" (?:depuis|avec|sur|du|de|via|par) (?:son|sa|le|un|mon|ma) (?:tel|"
       r"telephone|portable|phone|compte|numero|insta|snap|whatsapp|profil)(?= )",
       before=r" (?:pote|ami|amie|copine|copain|soeur|frere|mere|pere|cousin|cousine|coloc|"
       r"collegue|potes|amis|amies)(?: [^ ]++){0,5} (?:lui|la|le|l|leur)? ?(?:ecrire|ecrive|"
       r"ecrit|appeler|appelle|envoyer|envoie|contacter|contacte|texter|parler)"),
    _s("turn-up", r" (?:lattendre|lattends|lattendrai|attendre|attends|guetter|guette|"
       r"lguetter|debarquer|debarque|squatter|squatte|camper|campe|pointer|poster|"
       r"planter|planquer|garer|cacher|trainer|rester|faire le pied "
       r"de grue|poireauter|surprendre|la surprendre|le surprendre|lintercepter|intercepter|"
       r"la coincer|le coincer|coincer) (?:devant|a la sortie de|a la sortie du|en bas de|"
       r"en bas du|sous|pres de|a cote de|en face de|au pied de|dans|chez|a) (?:son|sa|ses|leur|"
       r"chez (?:elle|lui|eux)|limmeuble de|le bureau de|la maison de|lappart de)(?: [^ ]++){0,1}"
       r"(?= )", negatable=True),
    _s("other-phone", r" (?:avec|depuis|sur|du|via|par) (?:le|son|un|le portable|le compte) "
       r"(?:tel|telephone|portable|compte|numero|insta|snap|whatsapp)? ?(?:de|d) (?:ma|mon|mes|"
       r"sa|son|une|un|la) <FAMILY>(?= )",
       before=r" (?:ecrire|ecris|ecrirai|appeler|appelle|appellerai|envoyer|envoie|texter|"
       r"contacter|contacte|lappeler|lecrire|lui ecrire|lui envoyer|lui parler|la contacter|"
       r"le contacter|message|messages|la joindre|le joindre)(?: [^ ]++){0,4}"),
    _s("other-number", r" (?:avec|depuis|dun|d un|par) (?:un|une) (?:autre|nouveau|nouvelle|"
       r"deuxieme) (?:numero|tel|telephone|puce|sim|compte|profil)(?= )",
       before=r" (?:ecrire|ecris|ecrirai|appeler|appelle|appellerai|envoyer|envoie|texter|"
       r"contacter|contacte|lappeler|lappelle|lecrire|lui ecrire|lui envoyer|la contacter|"
       r"le contacter|la joindre|le joindre|lappellerai)(?: [^ ]++){0,3}"),
    _s("to-cross", r" pour (?:la|le|les) (?:croiser|recroiser|voir|surprendre|coincer|"
       r"intercepter|tomber dessus)(?= )",
       before=r" (?:aller|vais|vais aller|passer|passe|trainer|traine|minscrire|inscrire) "
       r"(?:a|au|dans|devant|pres de|a cote de) (?:sa|son|ses|la meme|le meme)(?: [^ ]++){0,3}"),
    _s("ask-where", r" (?:ou|avec qui|si) (?:elle|il) (?:habite|vit|bosse|travaille|est|sort|"
       r"sest installe|sest installee|dort|traine|demenage|a demenage)(?= )",
       before=r" (?:demander|demande|demanderai|demandé|questionner) (?:a )?(?:ses|sa|son|leurs|"
       r"leur) <FAMILY>"),
    _s("read-device", r" (?:lis|lire|fouille|fouiller|regarde|check|checker|consulte|consulter|"
       r"epluche|verifie|verifier) (?:ses|son|sa|tous ses|toutes ses) (?:messages|mails|sms|"
       r"conversations|convs|dms|whatsapp|textos|mails)(?: [^ ]++){0,1} (?:sur|dans|depuis|via) "
       r"(?:son|sa|le|la) (?:ordi|ordinateur|tel|telephone|portable|ipad|tablette|compte|icloud|"
       r"mac|pc)(?= )", negatable=True),
    _s("hack", r" (?:pirater|pirate|hacker|hacke|cracker|deviner|devine|utiliser|utilise|"
       r"encore|toujours) (?:son|sa|ses) (?:mot de passe|mots de passe|mdp|code pin|identifiants|"
       r"compte insta|compte instagram|compte snap|boite mail|icloud)(?= )",
       negatable=True, also="cond.fr.snoop"),
    _cond("snoop", r" (?:lis|lire|fouille|fouiller|regarde|check|checker|consulte|lit|lu|voir|"
          r"vois|espionner|connecter|connecte|acceder|accede|entrer|rentrer)(?= )"),
    _s("turn-up-home", r" (?:debarquer|debarque|debarquerai|pointe|pointer|"
       r"presenter|presente|frapper|sonner|squatter|camper|rappliquer|ramener) (?:chez "
       r"(?:elle|lui|eux|son ex|sa mere|ses parents|son pere|sa nouvelle|son nouveau)|a sa porte|"
       r"a son boulot|a son travail|a son taf|a son bureau|devant chez (?:elle|lui|eux)|"
       r"sous ses fenetres|sur son lieu de travail|a son ecole|a sa fac)(?= )", negatable=True),
    _s("wait-outside", r" (?:devant|en bas de|sous|pres de|en face de) (?:chez (?:elle|lui|eux)|"
       r"son (?:boulot|taf|travail|bureau|immeuble|appart|appartement|ecole|domicile|lycee)|"
       r"sa (?:maison|porte|fac|salle|boite|residence|fenetre))(?= )",
       before=r" (?:attendre|attends|lattendre|lattends|guetter|me garer|garer|gare|suis gare|"
       r"suis garee|planque|planquer|me planquer|attendrai|lattendrai|poster|me poster|"
       r"reste|rester|trainer|traine|passer|passe|passerai|aller|vais|vais aller)"
       r"(?: [^ ]++){0,4}"),
    _s("cant-ignore", r" (?:pourra pas|pourra plus|pourras pas|pourras plus|pourront pas|"
       r"pourrez pas|aura pas le choix de|auras pas le choix de) (?:mignorer|me fuir|"
       r"mechapper|me parler|me voir|me repondre|mefuir|me bloquer)(?= )"),
    _s("surprise", r" (?:sans prevenir|limproviste|par surprise)(?= )",
       before=r" (?:debarquer|debarque|passer|passe|pointer|aller|vais|presenter|presente|"
       r"arriver|arrive|venir|viens|sonner|frapper)(?: [^ ]++){0,4}"),
    _s("track", r" (?:traquer|traque|pister|piste|localiser|localise|suivre a la trace|"
       r"espionner|espionne|surveiller|surveille|geolocaliser|geolocalise|tracker|tracke)"
       r" (?:sa|son|ses|leur|la|le|les|l|ou)(?! (?:story|stories|compte insta|insta|"
       r"instagram|profil|page|tiktok|snap|posts|publications)(?= ))(?= )", negatable=True),
    _s("track-her", r" (?:la|le|les|l) (?:traquer|pister|localiser|espionner|surveiller|"
       r"geolocaliser|tracker|suivre partout|suivre jusqua|suivre jusque)(?= )", negatable=True),
    _s("location", r" (?:partage de (?:position|localisation)|position partagee|localisation "
       r"partagee|sa position|sa localisation|sa geolocalisation|sa loc|son gps|localiser son|"
       r"find my|localiser mon iphone|snap map|snapmap|life360|traceur gps|balise gps|traceur|"
       r"mouchard|logiciel espion|appli espion|application espion|stalkerware|spyware|"
       r"mspy|keylogger)(?= )", negatable=True),
    _s("see-where", r" ou (?:elle|il|ils|elles) (?:est|sont|se trouve|se trouvent|va|vont|"
       r"habite|vit|bosse|travaille|dort|traine|sort|passe ses soirees)(?= )",
       before=r" (?:vois|voir|vois encore|vois toujours|savoir|suivre|traquer|pister|surveiller|"
       r"checker|regarder|regarde|trouver|decouvrir|decouvert|trouve|sais encore|sais toujours"
       r"|sais exactement|verifier|verifie|suivre en direct|voir en direct|vois en direct)"
       r"(?: encore| toujours| tout le temps| en temps reel| en direct| exactement)?"),
    _s("stalk-word", r" (?:harceler|harcele|harcelerai|harcelement|stalker|stalke|stalkerai)"
       r"(?! (?:son|sa|ses) (?:insta|instagram|compte|profil|stories|story|page|tiktok|snap|"
       r"posts))(?= )", negatable=True,
       before=r" (?:vais|jvais|veux|vais la|vais le|la|le|les|l|vais continuer a|continuer a|"
       r"continue a|je)"),
    _s("keep-calling", r" (?:appeler|ecrire|texter|harceler|spammer|relancer|lappeler|"
       r"lecrire) (?:jusqua ce quelle|jusqua ce quil|jusqua ce quils|tant quelle|tant quil|"
       r"en boucle|toute la nuit|toutes les heures|toutes les cinq minutes|[0-9]+ fois par)"
       r"(?= )", negatable=True),
)

# ---- second pass (issue 10): phrasing families from the second training batch
_ALONE = (  # "quand tout le monde dort", "quand ma coloc part", "quand mes parents seront couches"
    r" quand (?:tout le monde|personne|ma|mon|mes|les autres|ils|elles|elle|il)(?: [^ ]++){0,3} "
    r"(?:dort|dorment|part|partent|sort|sortent|sera couchee?|seront couchee?s|couchee?s?|"
    r"absente?s?|partie?s?|sera partie?|seront partie?s|sera sortie?|en vacances|endormie?s?|"
    r"au travail|au boulot)"
)
RULES += (
    _cond("alone", _ALONE + r"(?= )"),
    _c("alone-do-it", r" (?:je le fais|jle fais|je vais le faire|je passe a lacte|jen finis|"
       r"je men vais|je pars|ce sera fini|cest fini|tout sera fini|(?:prevu|decide|compte) de "
       r"le faire)(?= )", also="cond.fr.alone"),
    _c("jen-finis", r" (?:jen|en) (?:finis|finirai|finirais|finit)(?! (?:pas|jamais|plus|"
       r"avec (?:lui|"
       r"elle|toi|eux|ce|cette|ces|mon|ma|mes|son|sa|ses|le|la|les)|de))(?= )"),
    _c("decided-do", r" (?:je le fais|jle fais|je vais le faire)(?= (?:$|cest|ce soir|cette nuit|"
       r"demain|aujourdhui|maintenant|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))",
       also="cond.fr.decided"),
    _a("chose-day", r" (?:choisi|fixe|decide) (?:le jour|la date|lheure|la nuit|le soir|le moment)"
       r"(?= (?:$|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce sera|cest))"),
    _a("all-set-day", r" tout (?:prevu|planifie|organise|prepare|regle|est pret|est prevu|"
       r"est regle)"
       r"(?= (?:$|pour (?:ce soir|demain|cette nuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
       r"dimanche)(?= (?:$|cest|ce sera|je))))"),
    _a("today-ready", r" tout est (?:pret|prevu|regle|organise)(?= )",
       before=r" (?:cest aujourdhui|cest ce soir|cest cette nuit|cest le jour|cest demain|cest pour"
       r" ce soir|cest pour aujourdhui)"),
    _cond("gohigh", r" (?:vais|jvais|irai|aller|monte|monter|monterai) (?:au|sur le|sur la|a la|"
          r"en haut du|en haut de la|jusquau) (?:pont|falaise|toit|voies|viaduc|rails|balcon|"
          r"quai|gare|dernier etage)(?= )"),
    _c("gohigh-end", r" (?:cest fini|tout sera fini|ce sera fini|cest termine|cen est fini|"
       r"jen finis|cest la fin|je saute)(?= (?:$|pour (?:moi|toujours|de bon)|je|cette fois|"
       r"ce soir|adieu))", also="cond.fr.gohigh"),
    _c("waits-for-me", r" mattend(?= )",
       before=r" (?:le pont|la corde|les rails|la falaise|le vide|la mort|la seine|les voies|"
       r"le fleuve|la riviere|la lame|le flingue)"),
    _a("not-found", r" (?:pour quon|pour que personne|pour quaucun|pour quils|quon ne|"
       r"que personne ne)(?: ne)? me (?:trouve|trouvent|retrouve|retrouvent|decouvre|decouvrent)"
       r"(?= (?:pas|plus|$|avant|trop tard|a la maison|chez moi))"),
    # means
    _a("gun-where", r" (?:fusil|pistolet|arme|armes|flingue|revolver|carabine|fusil de chasse)"
       r"(?= )", before=r" (?:sais|jsais|trouve|decouvert|vu|sais exactement) ou(?: [^ ]++){1,4} "
       r"(?:son|sa|ses|le|la|les|mon|ma)"),
    _c("walk-sea", r" (?:marcher|avancer|entrer|rentrer|nager|aller) (?:dans|vers) (?:la mer|leau|"
       r"le lac|locean|la riviere|le fleuve|la seine|le large)(?: [^ ]++){0,2} (?:et continuer|"
       r"sans marreter|sans revenir|sans me retourner|et ne (?:pas|plus|jamais) revenir|"
       r"et (?:pas|plus|jamais) revenir|et me laisser couler|et couler|jusqua ne plus avoir pied|"
       r"jusqua plus avoir pied|et disparaitre)(?= )"),
    _cond("musing", r" (?:jy pense|j y pense|je pense a|jhesite|je reflechis|je me demande|"
          r"envie de|je sais pas si|jy songe)(?= )"),
    _c("means-in-hand", r" (?:couteau|lame|lames|rasoir|corde|flingue|pistolet|arme|cutter|"
       r"<PILLS>) (?:dans la main|dans ma main|dans les mains|dans mes mains|en main|a la main|"
       r"sur le poignet|sur mon poignet|contre mon poignet|sous la gorge|sur la gorge)(?= )",
       also="cond.fr.musing"),
    _cond("blade", r" (?:lame|lames|rasoir|corde|flingue|pistolet|fusil|arme|cutter|<PILLS>)(?= )"),
    _a("use-it", r" (?:men servir|men servirai|lutiliser|vais lutiliser|la prendre|les prendre)"
       r"(?= (?:$|ce soir|cette nuit|bientot|demain|aujourdhui|je le sais|cette fois))",
       also="cond.fr.blade"),
    _a("pills-stock", r" (?:boite entiere|boites entieres|plaquette entiere|plaquettes entieres|"
       r"tout un flacon|un flacon entier|toute une boite|plusieurs boites|des boites entieres)"
       r"(?: de| d)? <PILLS>(?= )"),
    _a("pills-alcohol", r" <PILLS>(?: [^ ]++){0,6} (?:vodka|whisky|alcool|rhum|gin|tequila|"
       r"bouteille de vin)(?= )"),
    _a("how-many-pills", r" (?:combien de|dose mortelle de|dose letale de) <PILLS>"
       r"(?: [^ ]++){0,2} (?:il faut|faut|pour mourir|"
       r"pour en finir|pour crever|pour ne plus|sont mortels|cest mortel|pour que)"
       r"(?! (?:pour dormir|par jour|pour la douleur|pour un adulte))(?= )"),
    _c("crash", r" (?:foncer|rouler|planter|lancer ma voiture|jeter ma voiture|precipiter|"
       r"crasher)(?: [^ ]++){0,3} (?:dans|contre) (?:un|le|une|la) (?:mur|arbre|"
       r"pilier|platane|poteau|camion|pile de pont|rambarde|glissiere|ravin|falaise)(?= )",
       before=r" (?:pense a|envie de|veux|vais|jvais|voudrais|tente de|pourrais|me retiens de|"
       r"hesite a|jai envie de|aimerais)(?: me)?"),
    # farewell
    _a("last-message-end", r" (?:cest mon dernier message|ceci est mon dernier message|"
       r"voici mon dernier message|mon tout dernier message)(?= (?:$|pour toujours|avant|a tous|"
       r"adieu|je vous|je t|merci))"),
    _a("letters-left", r" (?:lettre|lettres|mot|mots) (?:pour|a) (?:ma famille|mes parents|"
       r"ma mere|mon pere|mes enfants|tout le monde|chacun|mes proches|mes amis|maman|papa|"
       r"ma soeur|mon frere|mes soeurs|mes freres)(?= )",
       before=r" (?:laisse|laissee|depose|pose|ecrit|prepare|range)(?: des| une| les| un| mes| ma"
       r"| quelques)"),
    _cond("vanish", r" (?:entendras|entendrez|entendra) (?:plus|pas) (?:jamais )?parler de moi|"
          r" (?:meffacer|mefface|effacer|disparaitre|disparais|supprimer|deconnecter)(?= )"),
    _c("not-just-block", r" (?:pas parce que je (?:tai|tais|lai|vous ai|les ai|tavais) (?:bloque|"
       r"bloquee|supprime|ghoste)|pas (?:juste|seulement|que|uniquement) (?:dinsta|de insta|"
       r"dinstagram|des reseaux|de snap|de facebook|de tiktok|de whatsapp|du groupe|de ta vie))"
       r"(?= )", also="cond.fr.vanish"),
    _c("not-here-long", r" (?:plus la|plus ici|plus de ce monde|plus en vie)(?= (?:tres longtemps|"
       r"longtemps|pour longtemps|pour (?:te|vous|lui|leur) (?:le |la |les )?(?:dire|voir|"
       r"aider|repondre|ecrire)|apres))", before=r" (?:serai|serais|sera)(?: bientot| surement)?"),
    _c("will-be-dead", r" (?:plus en vie|plus vivante?|six pieds sous terre)(?= )",
       before=r" (?:serai|serais|sera)(?: bientot| surement| probablement| deja)?"),
    _cond("settled", r" (?:tout regle|tout range|tout organise|mis de lordre|affaires en ordre|"
          r"tout est regle|tout est en ordre|tout mis en ordre|regle mes affaires)(?= )"),
    _a("settled-bye", r" (?:prends soin de toi|prenez soin de vous|prends soin de vous|adieu|"
       r"je vous aime|je taime|pardonne moi|pardonnez moi)(?= )", also="cond.fr.settled"),
    # giving away
    _a("will-made", r" (?:fait|ecrit|redige|termine|fini|prepare|mis a jour) (?:mon|un) "
       r"testament(?= )"),
    _a("who-gets", r" qui (?:garde|gardera|recupere|recuperera|aura|prendra|prend|herite|heritera|"
       r"recoit) (?:quoi|chacune de mes|chacun de mes|mes|ma|mon)(?= )",
       before=r" (?:decide|choisi|ecrit|note|liste|reparti|prevu|sais)"),
    _a("passwords-left", r" (?:mots de passe|mot de passe|codes|identifiants|codes pin)"
       r"(?: [^ ]++){0,6} (?:enveloppe|pour (?:ma|mon|mes) <FAMILY>|a (?:ma|mon|mes) <FAMILY>|"
       r"au cas ou|sur la table|dans le tiroir)(?= )",
       before=r" (?:mis|laisse|donne|ecrit|note|range|prepare|transmis|envoye)(?: [^ ]++){0,2}"),
    _cond("gave2", r" (?:partage|reparti|distribue|donne|laisse) (?:mes|toutes mes|tous mes)(?= )"),
    _a("give-away-need-2", r" (?:aurai|aurais) (?:plus|pu|jamais plus) besoin(?= )",
       also="cond.fr.gave2"),
    _a("life-insurance", r" (?:assurance vie|lassurance vie|assurance deces|beneficiaire|"
       r"beneficiaires)(?= )",
       before=r" (?:change|modifie|mis a jour|souscrit|verifie|changer|modifier)(?: [^ ]++){0,1}"),
    # burden
    _c("without-such", r" sans (?:une|un) (?:mere|pere|fille|fils|soeur|frere|femme|mari|"
       r"copine|copain|personne|amie?|maman|papa) comme moi(?= )",
       before=r" (?:mieux|plus heureux|plus heureuses|plus heureuse|plus tranquilles|plus libres)"),
    _c("better-off-3", r" sans moi(?= )",
       before=r"(?<! il)(?<! elle)(?<! tu)(?<! on) (?:seraient|serait|seront|serez|seriez|sera|"
       r"iraient|irait|vivraient|vivrait|"
       r"vivront|vivrez)(?: tous| toutes| vraiment| clairement| tellement| bien| beaucoup)? "
       r"(?:mieux|plus heureux|plus heureuses|plus heureuse|plus tranquilles|soulages|soulagees|"
       r"en paix|plus legers|plus libres)"),
    _c("if-not-exist-then", r" si (?:je|jexistais|jetais) (?:pas|plus|nexistais pas|existais pas|"
       r"netais pas la|etais pas la|etais pas nee?|netais pas nee?|etais plus la)?"
       r"(?: [^ ]++){0,3} (?:serait|seraient|irait|iraient) (?:plus simple|plus facile|mieux|"
       r"plus heureux|plus leger|plus legere)(?= )"),
    _a("ruin-all", r" (?:gache|pourris|detruis|ruine|bousille|empoisonne|complique) la vie "
       r"(?:de tout le monde|de tous|de mes proches|de ma famille|des autres|de ceux que jaime|"
       r"de mes parents|de mes enfants|a tout le monde|a tous)(?= )"),
    _a("if-i-vanish", r" si je (?:disparais|meurs|creve|me tue|me suicide|nexiste plus|existe plus|"
       r"suis plus la|ne suis plus la|pars pour de bon)(?! (?:de|dans|avec))(?= )"),
    _c("burden-those", r" (?:poids|fardeau|boulet|charge) pour (?:ceux que jaime|les gens que jaime"
       r"|mon entourage|mes proches|ceux qui maiment|tous ceux|ceux qui|tous mes proches)(?= )"),
    _a("burden-soft-2", r" (?:poids|fardeau|boulet)(?! (?:en|au|a la|aux)(?= ))"
       r"(?!(?: [^ ]++){0,4} <JOKE>(?= ))(?= )",
       before=r" (?:suis un|suis une|jsuis un|suis vraiment un|suis devenu|suis devenue)"),
    _c("nobody-notice", r" (?:remarquerait|remarquera|verrait|sapercevrait|saurait|pleurerait|"
       r"viendrait|regretterait)(?: [^ ]++){0,1} (?:mon absence|que je (?:suis|serais) partie?|"
       r"si je (?:disparaissais|mourais|partais)|mon enterrement|ma mort)(?= )",
       before=r" (?:personne|nul|pas grand monde)(?: ne)?"),
    # hopeless
    _a("cant-go-on", r" continuer(?= (?:$|comme ca|comme cela|ainsi|a vivre))"
       r"(?!(?: [^ ]++){0,3} (?:avec (?:lui|elle|toi|eux)|notre|nous|ce boulot|ce travail|"
       r"cette relation|cette histoire))",
       before=r" (?:peux plus|jpeux plus|peux pas|arrive plus a|sais pas comment|vois pas comment|"
       r"ne peux plus|veux plus)"),
    _c("not-see-alive", r" (?:vivant|vivante|en vie|encore en vie|vivre encore|encore vivant|"
       r"encore vivante|vieillir)(?= )", before=r" me vois (?:pas|plus|mal)"),
    _a("life-over", r" (?:cest fini|est finie|est fini|cest termine|est terminee)"
       r"(?= (?:$|pour moi))",
       before=r" (?:la vie|ma vie|vivre)"),
    _a("wont-last", r" (?:(?:tiendrai|tiendrais|tiens) (?:pas|plus)|(?:vais pas|pourrai pas|"
       r"peux plus|vais plus) tenir) (?:longtemps|encore longtemps|jusqua demain|cette semaine|"
       r"jusqua|la nuit|ce soir|un jour de plus|encore longtemps|le coup|cette nuit|demain)"
       r"(?! (?:sans (?:lui|lecrire|lappeler|craquer|ecrire|te)))(?= )"),
    # self-harm
    _c("cut-again-before", r" (?:coupe|coupee|scarifie|scarifiee|entaille|entaillee|taillade|"
       r"tailladee|mutile|mutilee|griffe|griffee)(?= (?:$|hier|ce soir|cette nuit|ce matin|"
       r"aujourdhui|les bras|le bras|les poignets|le poignet|les cuisses|la cuisse|au bras|"
       r"aux bras|aux poignets|au poignet|aux cuisses|volontairement|expres))",
       before=r" (?:me suis|je me suis|jme suis) (?:encore|de nouveau|a nouveau|re)"),
    _c("burn-with", r" (?:brule|brulee|bruler|brulais|coupe|coupee|couper|coupais|entaille|griffe|"
       r"taillade|scarifie|marque) avec (?:le|la|un|une|mon|ma|des|mes) (?:briquet|cigarette|"
       r"clope|clopes|cigarettes|allumette|allumettes|fer a repasser|lame|lames|rasoir|cutter|"
       r"compas|lame de rasoir|bout de verre)(?= )", before=r" (?:me|jme|je me|me suis)"),
    _c("arms-full", r" (?:pleins|couverts|plein|couvert|remplis|recouverts|pleines|couvertes) de "
       r"(?:coupures|entailles|griffures|brulures|scarifs|scarifications|cicatrices)(?= )",
       before=r" (?:bras|poignets|cuisses|jambes|avant bras|ventre|hanches|poignet|cuisse)"
       r"(?: sont| est)?"),
    _c("hurt-self-3", r" (?:fais du mal|fait du mal|faire du mal|fais mal|faire mal|blesse|"
       r"blesser|frappe|frapper|brule|bruler|coupe|couper|griffe|griffer|tape|taper|cogne|"
       r"cogner)(?: [^ ]++){0,5} (?:jusqua (?:sentir|ressentir) (?:quelque chose|qqch|la douleur|"
       r"rien)|jusquau sang|jusqua saigner|jusqua avoir des bleus|jusquaux bleus|"
       r"jusqua me faire mal|jusqua ce que (?:ca|je) saigne|jusqua avoir mal)(?= )",
       before=r" (?:me|jme|je me|me suis|men)"),
    _c("only-way-hurt", r" (?:faire du mal|faire mal|couper|bruler|blesser|scarifier|taillader|"
       r"frapper|griffer)(?= )",
       before=r" (?:cest de me|est de me|seul moyen de me|seule facon de me|seule maniere de me|"
       r"pulsion de me|arrive pas a arreter de me|cest me)"),
    # passive wishes
    _c("never-born", r" (?:naitre|etre nee?|ete nee?|avoir existe|exister)(?= )",
       before=r"(?: (?:jaurais|aurais|aurait) (?:jamais|pas) du| (?:prefere|prefererais|"
       r"aurais prefere|voudrais|aimerais|aurais du|aurais aime|mieux|souhaite|souhaiterais|"
       r"regrette d|regrette de|aurait mieux valu) (?:ne )?(?:jamais|pas))"),
    _c("stop-existing", r" (?:dexister|de vivre|de respirer|detre en vie|detre la)(?! (?:dans|avec|"
       r"pour|comme|en|a|chez|sous|ensemble|au|aux|sans|ma vie|ici))(?= )",
       before=r" (?:arreter|cesser|stopper|arrete|cesse|arreterai|cesserai)"),
    _a("something-happens", r" (?:marrive|m arrive|arrive) (?:un truc|quelque chose|un accident|"
       r"malheur|un malheur)(?= )",
       before=r" (?:espere|jespere|aimerais|jaimerais|voudrais|prie pour|souhaite|reve|"
       r"jaimerais bien) (?:qu|quil|que|quil me|que ca)"),
    _c("never-wake-3", r" (?:reveiller|reveille)(?= )",
       before=r" (?:plus|pas|jamais|ne plus|ne pas) (?:avoir a|devoir) me"),
    # coded
    _c("coded-unalive", r" (?:desvivre|devivre|desexister|unalive|unaliver|desinstaller de la vie)"
       r"(?= )"),
    _c("log-off-life", r" (?:deconnecter|deconnecte|debrancher|debranche|effacer|efface|supprimer|"
       r"supprime|desinscrire|desinscris|retirer|retire|eteindre|eteins|desabonner|desabonne|"
       r"delete) (?:de la vie|du monde|de ce monde|de lexistence|de la surface de la terre)(?= )"),
    _a("unplug-forever", r" (?:debrancher|debranche|eteindre|eteins|tout arreter|tout couper|"
       r"tirer la prise|debrancher la prise)(?: [^ ]++){0,1} (?:pour toujours|pour de bon|"
       r"definitivement|a jamais)(?= )"),
    _cond("wink", r" (?:si tu vois ce que je veux dire|tu vois ce que je veux dire|"
          r"vous voyez ce que je veux dire|si vous voyez ce que je veux dire|comprenne qui pourra|"
          r"cest pas mdr|je rigole pas|je plaisante pas|cest pas une blague)(?= )"),
    _c("join-loved-wink", r" rejoindre (?:mamie|mami|papy|papi|grand mere|grand pere|"
       r"ma grand mere|mon grand pere|maman|papa|mes grands parents|ma mere|mon pere|mon frere|"
       r"ma soeur|mon chien|mon chat)(?= )", also="cond.fr.wink"),
    # mixed: a calm farewell that absolves
    _cond("choice", r" (?:cest mon choix|cest ma decision|je suis en paix|je lui pardonne|"
          r"je te pardonne|je vous pardonne|je leur pardonne)(?= )"),
    _a("not-fault-2", r" (?:rien (?:nest|est) de (?:sa|ta|leur|votre) faute|pas de (?:sa|ta|leur|"
       r"votre) faute|(?:pas|nest pas|est pas) (?:sa|ta|leur|votre) faute)(?= )",
       also="cond.fr.choice"),
    # harassment: turning up until they answer
    _s("until-answer", r" jusqua ce (?:quelle|quil|quils|quelles)(?: me| maccepte)? (?:reponde|"
       r"repondent|parle|parlent|rappelle|debloque|cede|accepte|ouvre|sorte|revienne)(?= )",
       before=r" (?:aller|vais|irai|passer|passe|attendre|attends|rester|resterai|ecrire|ecris|"
       r"appeler|appelle|sonner|debarquer)(?: [^ ]++){0,6}"),
)

RULES += (
    _c("when-you-read", r" (?:plus la|plus ici|partie?|morte?|plus en vie|parti pour toujours|"
       r"partie pour toujours)(?= )",
       before=r" quand (?:tu|vous) (?:liras|lirez|verras|verrez)(?: [^ ]++){0,3} (?:je serai|"
       r"jserai|je serais)(?: deja)?"),
    _c("stop-life", r" arreter(?: tout)? la vie(?! (?:a|en|de|dans|ici|parisienne|de couple)"
       r"(?= ))(?= )"),
)
# ---- third pass (issue 10): families missed by the third batch (less obvious wording)
_GONE_IF = (  # "si je disparaissais", "si j'étais plus là", "si je crevais"
    r" si (?:je crevais|je mourais|je disparaissais|jy restais|je clamsais|jetais plus la|"
    r"jetais pu la|jetais morte?|je partais pour de bon|je men allais pour de bon|"
    r"jexistais plus|jetais plus de ce monde|je mettais fin a mes jours)(?= )"
)
RULES += (
    _c("take-life", r" (?:menlever|menleverai|moter|soter|senlever|mote|menleve|enlever|oter)"
       r" la vie(?= )", negatable=True),
    _c("give-death", r" (?:donner|donnerai|donne) la mort(?= )", before=r" (?:me|se|jme)"),
    _c("attempt-past", r" tentative(?! (?:de (?!suicide)|dapproche|dappel|pour|ratee de (?!"
       r"suicide)))(?= )", before=r" (?:fait une|fais une|deja fait une|ma premiere|ma derniere|"
       r"ma|une autre|refaire une|ratee? une)"),
    _c("wish-end", r" (?:espere|esperant|prie|souhaite|souhaiterais|reve)(?: [^ ]++){0,4} "
       r"(?:ne pas me reveiller|pas me reveiller|ne plus me reveiller|plus me reveiller|"
       r"perdre le controle|me rentre dedans|me renverse|me percute|mecrase|secrase|"
       r"que je meure|que je creve|me reveiller plus|"
       r"ne jamais me reveiller|jamais me reveiller)(?= )"),
    _c("last-night-hope", r" esperant que ce soit la derniere fois(?= (?:$|que je))",
       before=r" (?:couche|mendors|endors|dors|vais au lit)(?: [^ ]++){0,1}"),
    _c("no-wake", r" reveiller(?= (?:$|demain|le matin|du tout|un matin|ce matin|jamais))",
       before=r" (?:de pas|de plus|de ne pas|de ne plus|jamais|ne pas|ne plus) me"),
    _c("woke-sorry", r" (?:metre reveillee?|etre encore en vie)(?= )",
       before=r" (?:decue?|degoutee?|deteste|triste|enervee?|deprimee?) (?:de|d)"),
    _c("why-still-here", r" encore (?:la|en vie|vivante?|ici|sur terre)(?= )",
       before=r" pourquoi (?:je suis|jsuis|suis je|chuis|suis-je)"),
    _c("no-more-here", r" (?:etre|detre|rester) (?:ici|sur cette terre|sur terre|de ce monde|"
       r"dans ce monde|en vie|vivante?)(?! (?:dans|a|avec|en|chez|pour))(?= )",
       before=r" (?:veux plus|jveux plus|voudrais plus|veux pu|ai plus envie|jai plus envie|"
       r"pu capable|plus capable|tanne|tannee|fatigue|fatiguee|marre|en peux plus|"
       r"envie de plus|envie de ne plus|souhaite ne plus|souhaite plus)"),
    _c("tired-living", r" (?:vivre|exister|respirer|continuer a vivre|continuer a respirer)"
       r"(?! (?:avec|dans|chez|ici|a|en|sous|loin|seule?|son|sa|ses|le|la|les|ce|cette|l))"
       r"(?= )", before=r" (?:tanne|tannee|marre|fatigue|fatiguee|epuise|epuisee|lasse|las|"
       r"en peux plus|plus envie|pu envie|meme plus|plus la force|pu la force|degoute|degoutee)"
       r" (?:de|d)"),
    _c("tired-exist", r" (?:dexister|detre en vie|detre vivante?|detre encore la|"
       r"detre encore en vie)(?= )", before=r" (?:tanne|tannee|marre|fatiguee?|epuisee?|"
       r"lasse?|las|en peux plus|pu capable|plus capable|pas capable|plus la force|"
       r"pu la force|plus envie|pu envie)"),
    _c("why-live", r" (?:continuer a vivre|continuer a respirer|continuer a exister|"
       r"rester en vie|vivre|respirer)(?= (?:$|si|encore|franchement|comme ca))| rester(?= $)",
       before=r" (?:quoi bon|pourquoi)"),
    _c("life-worthless", r" (?:vie|vivre|existence)(?! (?:de|amoureuse|sociale|sentimentale|"
       r"pro|professionnelle|a deux|ensemble))(?: [^ ]++){0,3} (?:vaut plus rien|vaut pu rien|"
       r"vaut rien|sert plus a rien|sert pu a rien|na plus de valeur|a plus de valeur|"
       r"a aucune valeur|na aucune valeur)(?= )"),
    _c("no-use-fight", r" sert (?:plus|pu) a rien de (?:me battre|se battre|lutter|continuer|"
       r"vivre|tenir|respirer)(?= )"),
    _c("nothing-holds", r" (?:retient|retiens|rattache|retenir)(?= )",
       before=r" (?:plus rien|pu rien|rien|personne|plus personne)(?: qui)?(?: ne)? (?:me|m)"),
    _c("no-future-see", r" (?:mimaginer|voir|projeter|mimagine)(?: [^ ]++){0,2} "
       r"(?:dans (?:un|une|deux|trois|six|quelques) (?:mois|semaines?|ans?)|avoir [0-9]+ ans|"
       r"a [0-9]+ ans|encore en vie|etre encore en vie|vivante?|en vie|vieillir|vieux|vieille|"
       r"au printemps|lannee prochaine|a noel|dans un an|lete prochain)(?! avec)(?= )",
       before=r" (?:arrive pas a|arrive plus a|arrive pu a|narrive pas a|narrive plus a|"
       r"peux pas|peux plus|peux pu|reussis pas a|sais pas)(?: me)?"),
    _c("no-future-see2", r" (?:vois|voit) (?:pas|plus|pu)(?: [^ ]++){0,2} "
       r"(?:avoir [0-9]+ ans|a [0-9]+ ans|encore en vie|etre encore en vie|vivante?|en vie|"
       r"vieillir|vieux|vieille|au printemps|lannee prochaine|a noel|dans un an|lete prochain|"
       r"dans (?:un|une|deux|trois|six|quelques) (?:mois|semaines?|ans?))(?= )",
       before=r" (?:me|jme|je me)"),
    _a("not-there-next", r" (?:etre la|etre encore la|etre vivante?|etre en vie)(?= (?:$|pour|a|"
       r"au|dans|demain|lannee|le mois))",
       before=r" (?:compte pas|compte plus|serai pas|pense pas|crois pas)"),
    _c("last-days", r" (?:dernier jour|derniers jours|derniere nuit|dernier soir|"
       r"dernieres heures|derniere semaine)(?! (?:au|a la|de|dans|chez|ici|en|avant les|ont|"
       r"etaient|sont|furent|"
       r"du|des|avec (?:lui|elle)|ensemble))(?= )", before=r" (?:mon|mes|ma|pour mes)"),
    _c("chose-when", r" (?:choisi|choisir|trouve|fixe) (?:lendroit|la date|le jour|la methode|"
       r"le moyen)(?! (?:du|de|des|pour (?:le|la|notre|nos)|dun|dune))(?= )",
       also="cond.fr.plan-3"),
    _cond("plan-3", r" (?:reste juste|reste plus qua|reste qua|choisi|choisir|trouve|fixe|"
          r"tout prepare|tout prevu|cest prevu|prevu pour|tout est pret|tout est prevu|"
          r"tout organise|tout planifie|planning pour|calcule)(?= )"),
    _c("plan-alone", r" (?:cest prevu|prevu pour|jai tout prevu|tout prevu|tout prepare|"
       r"tout est pret|tout est prevu|pour le faire|pour passer a lacte)"
       r"(?! pour (?:la|le|les|l|une|un|ce|cette) (?:soiree|fete|diner|repas|anniversaire|"
       r"vacances|weekend|week|apero|soir))(?= )",
       also="cond.fr.alone"),
    _c("plan-letter", r" (?:lettre|lettres)(?: [^ ]++){0,6} (?:sur le bureau|sur la table|"
       r"apres cest termine|apres cest fini|et apres plus rien|cest la fin|je les poste)(?= )",
       also="cond.fr.plan2"),
    _cond("plan2", r" (?:tout prepare|tout prevu|pour ce soir|ecrit mes lettres|apres cest "
          r"termine|apres cest fini|prevu pour|cest prevu)(?= )"),
    _c("found-by", r" (?:trouve|trouvera|retrouve|retrouvera|decouvre|decouvrira)(?= (?:$|en "
       r"premier|comme ca|dans|la|pas))", before=r" (?:ma mere|mon pere|mes parents|ma soeur|"
       r"mon frere|ma coloc|mes colocs|mon fils|ma fille|les enfants|mes enfants|maman|papa|"
       r"les petits) qui me"),
    _c("wait-away", r" pour le faire(?= (?:$|tranquille|seule?|en paix))",
       before=r" (?:partent|partira|parte|sortent|sorte|dorment|dorme|soient partis|"
       r"soit partie?|soit absente?|en vacances)(?: [^ ]++){0,3}"),
    _c("nobody-notice-3", r" personne (?:remarquera|ne remarquera|remarquerait|ne remarquerait|"
       r"verra|ne verra|sen rendra compte|ne sen rendra|sen rendrait compte|ne sen rendrait)"
       r"(?= )", also="cond.fr.if-gone"),
    _cond("if-gone", _GONE_IF),
    _c("if-gone-better", r" (?:marrangerait|marrangerais|mirait|tant mieux|remarquerait|"
       r"sen rendrait compte|soulages|soulagees|soulagee|soulage|plus tranquilles?|"
       r"moublieraient|moublierait|pleurerait|manquerait a personne|plus facile|mieux)(?= )",
       also="cond.fr.if-gone"),
    _c("notice-gone", r" (?:remarquerait|remarquera|sen rendrait compte|pleurerait)(?= )",
       before=r" (?:quelquun|quelqun|qqn|qui)(?: ne)?", also="cond.fr.if-gone"),
    _c("who-would-cry", r" qui pleurerait(?= (?:$|franchement|vraiment|pour moi|si))"),
    _c("burden-without", r" sans (?:moi|une fille comme moi|un fils comme moi|un gars comme moi|"
       r"un mec comme moi|quelquun comme moi)(?= )",
       before=r" (?:parents|famille|gens|monde|tout le monde|potes|amis|enfants|mere|pere|"
       r"maman|papa)(?: [^ ]++){0,4} (?:plus facile|plus simple|mieux|plus heureux|"
       r"plus heureuses?|plus tranquilles?|plus legere?)(?: [^ ]++){0,1}"),
    _c("burden-service", r" service (?:de partir|a rendre a tout le monde|si je partais|"
       r"que je parte|de disparaitre|en partant|de men aller|si je disparaissais)(?= )"),
    _c("relieved-gone", r" (?:soulages|soulagees|soulagee|soulage|debarrasses|debarrassees)"
       r"(?= )", before=r" (?:seraient|serait|seront|sera|serais|serez|seriez)"),
    _cond("relieved-if", r" (?:men allais|men vais|partais|disparaissais) pour (?:de bon|"
          r"toujours)(?= )"),
    _c("relieved-if-gone", r" (?:soulages|soulagees|soulagee|soulage|mieux|plus heureux|"
       r"plus heureuse|plus tranquilles?)(?= )", also="cond.fr.relieved-if"),
    # farewells
    _cond("bye", r" (?:adieu|merci pour tout|pardon pour tout|prends soin de toi|"
          r"prenez soin de vous|je vous aime|jvous aime|je vous aime tous|embrasse|dis leur|"
          r"dites leur|je taime|jtaime)(?= )"),
    # a farewell to everyone (plural, or "my choice") is certain; to one person, it may be
    # the goodbye to an ex: then ask
    _c("bye-final", r" (?:cette fois cest pour toujours|plus tranquilles apres|"
       r"tranquilles apres|avant la fin|fait mon choix|cherchez pas)(?= )", also="cond.fr.bye"),
    _a("bye-final-one", r" (?:reverra pas|reverra plus|reverra jamais|reverrons plus|"
       r"reverrons pas|cest pour toujours|une derniere fois|mieux sans moi|"
       r"pour la derniere fois)(?= )", also="cond.fr.bye"),
    _a("last-message", r" (?:dernier message|derniers mots|derniere lettre|derniers messages)"
       r"(?! (?:a|pour) (?:lui|elle|mon ex|toi)|que je (?:lui|t|te|vous|leur) (?:envoie|ecris))"
       r"(?! a ce sujet)(?!(?: [^ ]++){0,5} tranquille)"
       r"(?= )", before=r" (?:cest mon|voici mon|ceci est mon|mes|ma|cest ma)"),
    _a("last-time-bye", r" (?:une derniere fois|avant la fin|avant de partir|avant de men aller)"
       r"(?= )", before=r" (?:mexcuser|excuser|au revoir|adieu|merci|tecris|vous ecris|"
       r"tecrire|vous ecrire)(?: [^ ]++){0,5}"),
    _c("loved-past", r" (?:les aimait|vous aimait|taimait|laimait|les aimais|vous aimais)(?= )",
       before=r" (?:dis leur|dites leur|dis lui|dites lui)(?: que)?(?: [^ ]++){0,2}"),
    _c("close-eyes", r" (?:fermer|ferme|fermerai) les yeux (?:pour de bon|pour toujours|"
       r"a jamais|definitivement)(?= )"),
    _c("not-travel", r" (?:pas (?:en voyage|demenager|en vacances)|pas partir en voyage|"
       r"pas pour demenager|pas de lappart|partir partir)(?= )",
       before=r" (?:partir|pars|men aller|la malle|parte)(?: [^ ]++){0,3}"),
    _c("partir-partir", r" partir partir(?= )"),
    # giving away, putting affairs in order
    _c("affairs-order", r" (?:mes affaires en ordre|mettre de lordre dans mes affaires|"
       r"range mes affaires pour|mes dernieres volontes|"
       r"qui recoit quoi)(?= )"),
    _c("will-written", r" testament(?= )", before=r" (?:redige|ecrit|fait|termine|prepare) "
       r"(?:un|mon)"),
    _c("settled-after", r" pour apres(?= (?:$|moi))", before=r" (?:regle|prevu|organise|"
       r"en ordre|pret|prete|pretes|prets)"),
    _c("tidied-all", r" (?:resilie|paye|rembourse|regle|donne|distribue|range|supprime) "
       r"(?:mes|mon|ma|tout)(?: [^ ]++){0,5} (?:plus rien ne traine|je suis prete?|"
       r"cest mieux comme ca|tout est regle|plus rien a regler)(?= )"),
    _cond("in-case", r" (?:au cas ou|si jamais il marrive|sil marrive quelque chose|"
          r"si il marrive|si jamais)(?= )"),
    _c("passwords", r" (?:mots de passe|mot de passe|code de mon|codes de mes|code pin|"
       r"mon code)(?= )", also="cond.fr.in-case"),
    _c("pet-better", r" (?:occupera|occuperas|occuperez|occuperont) mieux que moi(?= )"),
    _c("promise-take", r" promets moi(?: [^ ]++){0,3} (?:prendras|garderas|toccuperas|"
       r"occuperas|soccuperas) (?:le chien|le chat|mon chien|mon chat|de maman|de ma mere|"
       r"des enfants|des petits|de mes)(?= )"),
    _c("needs-more", r" (?:en a|en aura|en ont|en auront|en as) (?:plus|pu) besoin que moi(?= )"),
    _a("gave-two", r" (?:donne|distribue|offert|legue) (?:mes|mon|ma|tous mes|toutes mes) "
       r"[^ ]++(?: [^ ]++){0,4} et (?:mes|mon|ma) [^ ]++(?= )"),
    _c("leave-you-mine", r" (?:te laisse|vous laisse|lui laisse|te legue) (?:mon appart|"
       r"ma voiture|mes affaires|tout ce que jai|mon chat|mon chien|mes economies|mon argent|"
       r"ma guitare)(?: [^ ]++){0,4} (?:tu sauras quoi en faire|fais en ce que tu veux|"
       r"garde les|cest a toi|ils sont a toi)(?= )"),
    # means and method research
    _c("lethal-how", r" (?:fatal|fatale|mortel|mortelle|mortelles|letal|letale|pour mourir|"
       r"pour pas se rater|pour ne pas se rater|pour pas me rater|pour en finir|pour y rester|"
       r"se noyer|pour se tuer|pour me tuer)(?= )",
       before=r" (?:combien|quelle dose|quelle hauteur|dose|hauteur)(?: [^ ]++){0,8}"),
    _c("no-miss", r" (?:pas se rater|pas me rater|ne pas me rater|ne pas se rater)"
       r"(?! (?:au|a|le|la|les|ce|ma|mon))(?= )"),
    _c("hoard-pills", r" <PILLS>(?: [^ ]++){0,6} (?:de cote|en reserve|stocke|stockes|"
       r"je stocke|je les garde|je les accumule|accumule|jaccumule|je les compte|bonne boite)"
       r"(?= )"),
    _c("hoard-pills2", r" (?:stocke|jaccumule|accumule|garde de cote|mets de cote|economise)"
       r"(?: [^ ]++){0,3} <PILLS>(?= )"),
    _c("pills-alcohol", r" <PILLS>(?: [^ ]++){0,3} (?:avec|et) (?:la bouteille|lalcool|"
       r"le whisky|la vodka|une bouteille|de lalcool|du whisky|de la vodka)(?= )",
       before=r" (?:melange|melanger|avale|avaler|tout prendre|prendre tout|prends tout)"
       r"(?: [^ ]++){0,2}"),
    _c("gun-think", r" (?:fusil|flingue|pistolet|revolver|arme|carabine)(?: [^ ]++){0,8} "
       r"(?:jarrete pas dy penser|jy pense|y penser sans arret|me tente|mappelle|mattire)"
       r"(?= )"),
    _c("place-calls", r" (?:<HIGH>|fleuve|riviere|seine|meuse|rhone|loire|rails|voies)"
       r"(?: [^ ]++){0,4} (?:mappelle|mattire|me tente|mappellent|mattirent|me fascine)"
       r"(?= )"),
    _c("water-walk", r" (?:lac|fleuve|riviere|leau|mer|canal|seine|meuse|rhone|loire)"
       r"(?: [^ ]++){0,8} (?:marcher dedans|me laisser couler|y entrer sans|nager loin|"
       r"sans revenir|me laisser aller au fond)(?= )"),
    _c("swim-away", r" (?:nager|marcher|aller) (?:loin|au large)(?: [^ ]++){0,2} (?:sans revenir|"
       r"et pas revenir|sans jamais revenir|pour pas revenir|sans retour)(?= )"),
    _c("scouted", r" (?:repere|reperer|reperee)(?: [^ ]++){0,6} (?:marchandises|sans sarreter|"
       r"a toute vitesse|passage a niveau|rails|voies ferrees|falaise|hauteur|viaduc)(?= )"),
    _c("one-step", r" (?:seconde suffirait|suffirait dun pas|seul pas suffirait)(?= )"),
    _a("edge", r" (?:bord du vide|sur le rebord|rebord de la fenetre|bord du toit|"
       r"bord de la falaise|milieu du pont|bord du quai)(?!(?: [^ ]++){0,2} avec)(?= )"),
    _c("looked-down", r" (?:regarde|regarder|regardais) en bas(?: [^ ]++){0,8} (?:pas peur|"
       r"plus peur|aucune peur)(?= )"),
    _c("gas", r" (?:pot dechappement|gaz(?: [^ ]++){0,6} (?:referme pas|refermerai pas|"
       r"laisse ouvert|laisserai ouvert)|monoxyde)(?= )"),
    _c("assisted", r" (?:exit|dignitas|suicide assiste|aide a mourir|euthanasie)(?= )",
       before=r" (?:renseigne sur|renseignee sur|infos sur|renseigner sur|contacte|contacter|"
       r"inscrire a|inscrite a|inscrit a)"),
    _c("blade-in-case", r" (?:cutter|lame|lames|rasoir|ciseaux|couteau)(?: [^ ]++){0,6} "
       r"(?:au cas ou|pour quand ce sera trop|si ca devient trop)(?= )"),
    # self-harm
    _c("blades-again", r" (?:ressorti|ressortir|ressors|repris|reprendre) (?:les|mes|la|ma) "
       r"(?:lames|lame|rasoir|cutter)(?= )"),
    _c("cut-deeper", r" (?:plus profond|trop profond)(?= )", before=r" (?:taille|coupe|entaille|"
       r"taillade|scarifie|tranche)(?: [^ ]++){0,3}"),
    _c("hide-marks", r" (?:cacher|cache|planquer|camoufler) (?:mes|les) (?:bras|poignets|"
       r"cicatrices|marques|cuisses|coupures|jambes)(?= )",
       before=r" (?:manches longues|pantalons|bracelets|pull|pulls)(?: [^ ]++){0,6}"),
    _c("covered-marks", r" (?:bras|cuisses|poignets|jambes|ventre)(?: [^ ]++){0,3} (?:pleins?|"
       r"pleines?|couverts?|couvertes?) de (?:traits|marques|cicatrices|coupures|entailles|"
       r"griffures|brulures)(?= )"),
    _c("relapse", r" rechute(?: [^ ]++){0,3} (?:poignets|lame|lames|bras|cuisses|scarif|"
       r"scarification|cutter|rasoir)(?= )"),
    _c("punish-self", r" (?:punis|punir|punit)(?: [^ ]++){0,3} (?:briquet|"
       r"lame|cutter|cigarette|ongles|rasoir|couteau|coups)(?= )", before=r" (?:me|jme)"),
    _c("hurt-blood", r" (?:jusqua ce que ca saigne|jusquau sang|que ca laisse des marques|"
       r"ca laisse des marques|jusqua saigner)(?= )", before=r" (?:cogne|cognes|frappe|tape|"
       r"mords|mordre|gratte|griffe|pince|poings|tete|main|bras|fort|beton|mur)(?: [^ ]++){0,6}"),
    # euphemisms
    _c("definitive", r" (?:une definitive|definitive|irreversible)(?= )",
       before=r" (?:connerie|betise|grosse connerie)(?: [^ ]++){0,2}"),
    _c("stop-all-real", r" tout arreter(?= (?:pour de vrai|pour de bon|definitivement|"
       r"une bonne fois))"),
    _c("sleep-long", r" dormir (?:longtemps tres longtemps|tres tres longtemps|"
       r"sans me reveiller|et pas me reveiller|et ne plus me reveiller|a jamais)(?= )"),
    _c("game-over", r" (?:game over pour moi|quitter la partie|quitte la partie)(?= )"),
    _c("big-jump", r" grand saut(?= )", before=r" (?:vais|jvais|envie de|pret a|prete a|"
       r"pense a|veux) faire le"),
    _c("off-button", r" (?:bouton off|interrupteur)(?= )", before=r" appuyer sur le"),
    _c("unplug", r" debrancher(?= (?:$|pour de bon|une bonne fois|definitivement|tu vois))",
       before=r" (?:me|jme)"),
    _c("leave-life", r" (?:faire la malle|barrer|tirer|partir)(?: [^ ]++){0,4} "
       r"de la vie(?= )"),
    _c("cemetery-stay", r" cimetiere(?: [^ ]++){0,4} (?:pour y rester|y rester|pour de bon|"
       r"les rejoindre|la rejoindre|le rejoindre)(?= )"),
    _c("envy-dead", r" (?:envie|jenvie) (?:les gens qui sont au cimetiere|les morts|"
       r"ceux qui sont morts|les gens morts)(?= )"),
    _c("anesthesia", r" (?:anesthesie|lanesthesie)(?: [^ ]++){0,4} (?:pas sarreter|jamais sarreter|"
       r"ne pas sarreter|durer pour toujours|pas me reveiller|ne pas me reveiller)(?= )"),
    _c("one-way-out", r" (?:sortie|issue|solution) a part une(?= )"),
)
# a threat against oneself said with a laugh: not certain, but worth asking
RULES += (
    _a("joking-self", r" (?:jette|tue|pends|flingue|noie|suicide|bute)"
       r"(?=(?: [^ ]++){0,8} (?:lol|mdr|ptdr|xd|jrigole))(?= )", before=r" (?:je me|jme)"),
)
