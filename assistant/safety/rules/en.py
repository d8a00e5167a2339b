"""English screen rules: crisis, harm to others, harassment (and the conditions they need)."""

from __future__ import annotations

from assistant.safety.rulebase import Rule, rule_maker, vocab_compiler

_VOCAB = {
    "OBJ": (
        r"(?:him|her|them|you|my ex|your ex|both of them|them both|"
        r"(?:his|her|their|your|the|that|this|my exs) (?:new )?"
        r"(?:girlfriend|boyfriend|partner|wife|husband|gf|bf|fiance|fiancee|man|woman|girl|guy|"
        r"lover|family|mom|mum|mother|dad|father|parents|sister|brother|friend|friends|kids|"
        r"children|dog|cat|bitch|bastard|slut|whore|asshole|homewrecker))"
    ),
    "ISUBJ": (
        r"(?:i (?:will|would|could|should|might|may|must|want to|wanted to|need to|have to|"
        r"plan to|am planning to|am going to|am about to|am ready to|would like to|"
        r"would love to|swear i will|just want to|really want to|kind of want to|"
        r"honestly want to|feel like i could|am tempted to|am thinking of|am thinking about|"
        r"am gonna|can|am trying to|will just|am so going to|wanna|just wanna|will go|"
        r"am gonna go|will make sure to|will find a way to)|ill|should i|could i|can i|"
        r"how (?:do|can|could|would|should) i|how to|help me|ways to|best way to|"
        r"is it ok to|is it okay to|time to|going to|want to)"
    ),
    "PLACE": (
        r"(?:place|house|home|apartment|flat|door|doorstep|front door|porch|work|workplace|job|"
        r"office|school|college|uni|university|class|classes|lecture|gym|parents|"
        r"parents house|parents place|moms|mums|dads|building|dorm|street|new place|"
        r"new apartment|new house|new flat|new job|new work|car|window|church|shift|practice|"
        r"cafe|coffee shop|bar|salon|studio|yoga class|station|workout class)"
    ),
    "CONTACT": (
        r"(?:text|texting|call|calling|ring|ringing|message|messaging|msg|dm|dming|email|"
        r"emailing|contact|contacting|reach|reaching|reach out to|write to|talk to|facetime|"
        r"snap|snapping|follow|following|see|seeing|watch|watching|view|viewing|check|checking|"
        r"look at|looking at|get through to|get hold of|get in touch with|send|stalk|reach out|"
        r"get to|speak to|tell|let (?:her|him|them) know|find (?:her|him|them))"
    ),
    "SNEAKACC": (
        r"(?:(?:different|another|other|second|spare|backup|secret|private|hidden|blocked|"
        r"unknown|anonymous|random|fake|burner|alt|alternate|throwaway|friends|sisters|"
        r"brothers|moms|mums|cousins|roommates|coworkers|mates|withheld|work|dummy|new) "
        r"(?:phone number|number|numbers|phone|phones|sim|sim card|account|accounts|profile|"
        r"profiles|insta|instagram|ig|snap|snapchat|facebook|fb|twitter|tiktok|email|"
        r"email address|whatsapp|handle|page|line))"
    ),
    "IMG": (
        r"(?:(?:nude|naked|intimate|explicit|sexual|sex|private|spicy|dirty|topless|revealing|"
        r"bedroom|lewd|sexy|racy) (?:pics|pic|pictures|picture|photos|photo|images|image|"
        r"videos|video|vids|vid|tape|tapes|selfies|snaps|content|shots|footage|clips)|nudes|"
        r"sex tape|sextape|revenge porn)"
    ),
    "PILLS": (
        r"(?:pills|pill|tablets|tablet|painkillers|sleeping pills|sleeping tablets|sleeping meds|"
        r"meds|medication|medications|medicine|antidepressants|paracetamol|tylenol|advil|"
        r"ibuprofen|aspirin|xanax|benzos|oxy|oxys|opioids|insulin|sertraline|fluoxetine|prozac|"
        r"zoloft|citalopram|escitalopram|lexapro|quetiapine|seroquel|codeine|co codamol|"
        r"cocodamol|tramadol|diazepam|valium|lorazepam|ativan|clonazepam|klonopin|ambien|"
        r"zolpidem|zopiclone|amitriptyline|lithium|acetaminophen|benadryl|gabapentin|pregabalin|"
        r"morphine|percocet|vicodin|oxycodone|nurofen|panadol|naproxen|painkiller)"
    ),
    "QTY": (
        r"(?:a lot of|alot of|lots of|loads of|heaps of|a bunch of|a handful of|"
        r"a whole bottle of|the whole bottle of|a bottle of|the whole pack of|a whole pack of|"
        r"a pack of|all of my|all my|all the|all of the|all those|all these|all of her|"
        r"all her|too many|way too many|so many|extra|double|triple|some|a few|a dozen|"
        r"[0-9]+|twenty|thirty|forty|fifty|sixty|a hundred|hundred|all|a box of|a packet of|"
        r"a strip of|every)"
    ),
    "BROAD": (
        r"(?:everyone|everybody|the world|world|my family|my friends|my parents|my kids|people|"
        r"they all|you all|all of them|all of you|the people around me|anyone|everyone else|"
        r"the planet|my mom|my mum|my dad|my children|society|this world|they|my whole family|"
        r"theyd|everyoned|evry1|every1|ppl)"
    ),
    "INTENTS": (
        r"(?:i (?:will|want to|am going to|need to|have to|should|could|still want to|might|"
        r"plan to|am planning to|am thinking of|am thinking about|would like to|really want to|"
        r"just want to|am gonna|must|wanna)|ill|how (?:do|can|could|should|would) i|"
        r"is there a way to|is there any way to|any way to|can i still|can i|should i|ways to|"
        r"way to|help me|how to|let me|going to)"
    ),
}

_p = vocab_compiler(_VOCAB)
_c = rule_maker("crisis", "crisis.", _p)
_h = rule_maker("harm_to_others", "harm.", _p)
_s = rule_maker("harassment", "harassment.", _p)
_cond = rule_maker(None, "", _p)
_a = rule_maker("ask", "ask.", _p)

_DIE = r"(?:die|diie|diee|diiee)"

RULES: tuple[Rule, ...] = (
    # ---- crisis: explicit, coded, passive, disclosures, methods, farewell messages
    _c("suicide", r"(?<!social)(?<!career)(?<!political) (?:suicide|suicde|"
       r"sucide|suiside|suicied|suicid|sewerslide|sewer slide|sewer side|sooicide|"
       r"suwuicide|selfdelete|self delete|self deleting|self deleted|su cide|sui cide|suic de|"
       r"s cide|suicid3)(?! squad)(?= )"),
    _c("suicidal", r" (?:suicidal|suicidally|suicidial|suicdal|sucidal|suisidal|suicidle|"
       r"suicidel|suicidaly|sucicidal|suicidla)(?= )", negatable=True),
    _c("coded", r" (?:kms|unalive|unalived|unaliving|unalives|ctb|catch the bus tonight|"
       r"toaster bath|toasterbath|toaster in the bath|toaster in the tub|forever nap|"
       r"permanent nap|dirt nap|final exit|self unalive|unalive me)(?= )"),
    _c("kill-self", r" (?:kill|killing|killed|kil|kiling|murder|end|ending|off|offing|hang|"
       r"hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|starve|"
       r"starving|suffocate|suffocating|overdose|overdosing|unalive|unaliving|delete|deleting|"
       r"yeet|yeeting|yeeted|gas|electrocute|killin|kilin|kll|k ll) myself(?! laughing(?= ))(?= )"),
    _c("self-harm", r" (?:cut|cutting|cuts|burn|burning|burnt|burned|hurt|hurting|harm|harming|"
       r"scratch|scratching|injure|injuring|bruise|hit|hitting|punch|punching|bleed|bleeding) "
       r"myself(?! (?:shaving|cooking|while|by|more|even more|emotionally|accidentally|on the|"
       r"on a|at the gym|at work|at the|playing|in the kitchen|chopping|with the knife while|"
       r"over|thinking|overthinking|with (?:her|his|their) (?:instagram|insta|pictures|photos|"
       r"texts|posts|stories))(?= ))(?= )"),
    _c("self-harm-word", r" (?:self harm|selfharm|self harming|self harmed|self harmer|"
       r"self injury|self injuring|self injure|self mutilation|self hurt|self hurting)(?= )"),
    _c("cutting", r" cutting(?! (?:back|down|out|off|ties|contact|carbs|sugar|corners|class|"
       r"classes|school|my hair|hair|her|him|them|things|people|the cord|it|loose|in|through|"
       r"up|onions|vegetables|wood|costs|my losses|everyone|everything|all|alcohol|caffeine|"
       r"coffee|meat|my|out of|a|the|and|of|for|to))(?= )",
       before=r" (?:i have|i|i am|i started|started|been|keep|kept|back to|went back to|"
       r"relapsed|relapse|still|i began|began|i have been|i been|i keep|i am still)"),
    _c("cutting-again", r" (?:cut|cutting|cuts|self harmed|selfharmed|cuttin|cuttin g) again(?= )"),
    _c("wrists", r" (?:cut|cutting|slit|slitting|slice|slicing) (?:my |open my )?(?:wrists|wrist|"
       r"arms|arm|thighs|thigh|legs|skin|veins|throat)(?= )"),
    _c("want-die", r" (?:want|wants|wanted|wanting|wanna|wnat|wnt|wamt|ready|deserve|deserved|"
       r"plan|planning|wish|like|need|trying|tried|choose|decided|prefer|wait) (?:to|2) "
       r"(?:just )?(?:(?:" + _DIE +
       r"|be dead|not be alive|cease to exist|end it all|end it tonight|"
       r"end it forever|end my life|end everything|end my own life|sleep forever|"
       r"never wake up|not wake up|disappear forever|be gone forever|kill myself|"
       r"not be here|not be around)(?! (?:of|laughing|from|for|alone|in your|in his|in her|old|"
       r"happy|with you|doing|on stage|inside|when|if|before|at))|not exist|stop existing|"
       r"not be(?= (?:$|anymore|any more|at all)))(?= )",
       negatable=True),
    _c("wish-dead", r" (?:(?:wish|wishing) (?:that )?id (?:never been born|not been born|"
       r"never existed|died|just died|never woken up|been dead)|"
       r"(?:wish|wishing|hope|hoping|pray|praying) (?:that )?i (?:just )?(?:get (?:cancer|sick|"
       r"hit|killed)(?: [^ ]++){0,4} (?:and die|and do not make it)|die in my sleep|drop dead|"
       r"die soon|die young|was dead|"
       r"were dead|was not alive|were not alive|was not here|were not here|was never born|"
       r"had never been born|never was born|was not born|had not been born|did not exist|"
       r"could just disappear|could disappear forever|could die|would die|will die|" + _DIE +
       r"|died|could just die|would just die|do not wake up|never wake up|will not wake up|"
       r"do not make it home|never make it home|do not make it back|do not make it through|"
       r"would not wake up|get hit by|got hit by|was gone|were gone|never existed|"
       r"could stop existing|could stop breathing|could just not exist|could not exist|"
       r"could (?:just )?not be(?= (?:$|anymore|any more|alive|at all))|"
       r"(?:would|had) (?:never|not) (?:woken up|been born|existed|woke up)|"
       r"could just (?:stop breathing|stop existing|not wake up|vanish|be dead|be gone|"
       r"fall asleep forever|cease to exist|stop being(?= $))|"
       r"did not wake up|was dead already|could sleep forever|just die|would just disappear|"
       r"could go to sleep and never wake up|never woke up|could just stop existing))(?= )"),
    _c("die-plain", r" " + _DIE + r"(?! (?:of|laughing|from|for|alone|in|old|happy|"
       r"doing|on|trying|before|if|when|without|a little|inside|already))(?= )",
       negatable=True,
       before=r" (?:i should|i should just|i deserve to|i might as well|let me|"
       r"i want to|i just want to|i need to|i wanna|i just wanna|"
       r"i am ready to|i am about to|i want to just|i just need to)"),
    _c("die-soon", r" (?:die|diie|diee) (?:tonight|today|this week|this weekend|by my own hand|"
       r"on purpose|soon|before (?:morning|tomorrow|the weekend))(?= )",
       before=r" (?:i am going to|i will|ill|i am gonna|i am about to|i plan to|"
       r"i (?:really |just )?(?:want|need) to)"),
    _c("better-off", r" better off (?:dead|if i (?:just )?(?:was|were|am|was just|"
       r"were just) (?:gone|dead|"
       r"not here|not around|not alive|never born)|if i (?:died|disappeared|did not exist|"
       r"never existed|was never born|had never been born|killed myself|ended it|was not here|"
       r"were not here|was not around|were not around|did not wake up))(?= )"),
    _c("better-off-without-me", r" without me(?! (?:for|at|tonight|this (?:week|weekend|time)|"
       r"on (?:the|a|my|this)|there|if|when|while|today|tomorrow)(?= ))(?= )",
       before=r" <BROAD>(?: [^ ]++){0,4} (?:better|happier|easier|lighter|better place|"
       r"happier place|better off|be better|be happier|free|freer|relieved|at peace|fine|"
       r"just fine|okay|ok)(?: off)?"),
    _c("nobody-miss", r" (?:miss me|notice (?:if|when) i|care (?:if|when) i|notice i am gone|"
       r"notice i was gone|care that i am gone|mourn me|come to my funeral|notice i am missing|"
       r"notice if i was gone)(?! (?:skipped|missed|left (?:the|early)|did not (?:come|go|show)|"
       r"was not there|was late|changed|wore|stopped texting|stopped posting)(?= ))(?= )",
       before=r" (?:no one|nobody|noone|not a single person|none of them|not one person) "
       r"(?:would|will|is going to|going to|would even|will even|would ever|is even going to|"
       r"would really|will really)(?: even)?"),
    _c("no-reason", r" (?:reason|point|purpose|desire|reasons) (?:in |to |for )?(?:live|living|"
       r"live for|to live|being alive|be alive|go on|going on|keep going|carry on|carrying on|"
       r"exist|existing|stay alive|staying alive|wake up|waking up|be here|being here|"
       r"keep living|continue living|stick around|be around|hang on|hold on)"
       r"(?! in (?:the past|a fantasy|denial|a lie|regret|fear)(?= ))(?= )",
       before=r" (?:no|no real|nothing|not any|no good|not a single|not one|do not have a|"
       r"do not have any|cannot find a|can not find a|can not find any|there is no|"
       r"run out of|ran out of|running out of|lost all|lost my|lost every|no more|"
       r"have no more|out of|not see any|not see a|not find any|not find a|not have any|"
       r"see no|not have a)"),
    _c("nothing-to-live", r" live for(?= )",
       before=r" (?:nothing|no one|nobody|nothing left|no reason left|nobody left|no one left|"
       r"nothing else|not much)(?: left)? to"),
    _c("point-of-living", r" point (?:of|in) (?:living|life|being alive|going on|existing|"
       r"it all|waking up|staying alive|carrying on|continuing|anything anymore|me being here|"
       r"anything|any of it|trying|going on anymore|getting up|even trying|"
       r"me|trying anymore|being here|keeping going(?! (?:to|with|at|on|for))|"
       r"keep going(?! (?:to|with|at|on|for))|keeping me around|tomorrow)"
       r"(?! in (?:the past|a fantasy|denial|a lie|regret|fear)"
       r"(?= ))(?= )",
       before=r" (?:what is(?: even)?(?: the| teh)?|whats(?: the)?|there is no|is there any|"
       r"i see no|see no|(?:do not|can not|cannot) see the|no|no real|what even is the)"),
    _c("not-worth-living", r" worth (?:living|it anymore|it any more|it without (?:her|him|them|"
       r"you)|going on|continuing|anything|anything anymore|the pain|it at all)(?= )",
       before=r" (?:life|my life|living|it|this life|existing|being alive) (?:is not|"
       r"is no longer|does not feel|does not seem|isnt|aint|is not really|just is not|"
       r"really is not|feels not)"),
    _c("not-worth-living-any", r" worth living(?= )",
       before=r" (?:not|no longer|never|isnt|aint|not really|nothing)"),
    _c("life-meaning", r" (?:no meaning|no point|no purpose|no value|nothing to offer me)"
       r"(?: anymore| any more| left)?(?= )",
       before=r" (?:life|my life|living|existing|being alive|my existence) (?:has|holds|"
       r"has got|just has)"),
    _c("burden-existence", r" (?:existence|being alive|existing|being here|being around)"
       r"(?: just| only| really)? (?:makes|is making|made|ruins|is ruining|burdens|hurts|"
       r"makes things harder for|is a burden) (?:everyone|everybody|everything|their lives|"
       r"my familys|everyones|my parents|things worse|life harder)(?= )",
       before=r" (?:my|me)"),
    _c("covered-cuts", r" (?:(?:covered in|full of|covered with) (?:cuts|scars|burns|"
       r"cut marks|self harm scars)|all cut up)(?= )",
       before=r" (?:my )?(?:arms|thighs|wrists|legs|stomach|skin|body|hips|thigh|arm|wrist) "
       r"(?:are|is|were|was)(?: all| literally)?"),
    _c("did-something-to", r" (?:did|done|doing) something (?:bad |stupid |awful |terrible |dumb )?"
       r"to my (?:arm|arms|wrists|wrist|legs|leg|thighs|thigh|skin|body|stomach)"
       r"(?= (?:$|again|last night|tonight|today|and i|on purpose))"),
    _c("life-pointless", r" (?:pointless|meaningless|unlivable|unbearable and i want out)(?= )",
       before=r" (?:life|my life|living|existing|being alive) (?:is|feels|seems)"
       r"(?: so| completely| totally| just)?"),
    _c("not-want-live", r" (?:want|wanna|wish|feel like|care|deserve) (?:to |2 )?(?:live|living|"
       r"be alive|"
       r"exist|existing|be here anymore|b here anymore|b here any more|b alive|be here any more|"
       r"be here any longer|be around anymore|"
       r"be around any more|be around any longer|keep living|stay alive|be on this earth|"
       r"be in this world|live anymore|exist anymore|go on living|go on anymore|"
       r"carry on anymore|keep going anymore|be anymore|survive anymore|survive any more|"
       r"be here no more|be alive no more|wake up(?! (?:early|at|before|so|"
       r"too|late|for|in)))(?= )",
       before=r" (?:do not|does not|not|no longer|never|did not|do not even|really do not|"
       r"just do not|do not really)"),
    _c("unsure-want-live", r" (?:want|wanna) to (?:be alive|live|exist|be here|keep living|"
       r"go on|stay alive|keep going)(?: anymore| any more| any longer)?(?= )",
       before=r" (?:do not know if i|not sure i|not sure if i|do not think i|"
       r"question whether i|wonder if i|unsure if i|do not know whether i|"
       r"not sure i even|do not even know if i)"),
    _c("cant-go-on", r" (?:go on|keep going|carry on|keep living|go on living|live anymore|"
       r"exist anymore|keep existing)(?! (?:like|with|a|an|the|dates|date|without|holiday|and|"
       r"to|about|vacation|trips|trip|at|in|this|that|pretending|for|as|if|back|forth|round|"
       r"around|out|over))(?= )",
       before=r" (?:can not|can no longer|will not be able to|do not think i can|could not|"
       r"just can not|really can not|honestly can not)"),
    # "my phone autocorrects it and i need it to stop": that "it" is the thing just named.
    _c("want-it-over", r" (?:want|need|wish|wanting) (?:(?:it all|everything|"
       r"all of it|all of this|all this|my life|life) to (?:stop|end|be over)|(?:it|this) to "
       r"(?:stop|end|be over)(?= (?:forever|for good|permanently|now))|"
       r"(?:(?<!and i need )(?<!and i really need )|(?<=hurts and i need )|(?<=pain and i need )|"
       r"(?<=hurting and i need )|(?<=much and i need ))(?:it|this) to (?:stop|end|be over)"
       r"(?= $))"
       r"(?! (?:hurting|being|"
       r"so|like|between|with|well|soon|okay|ok))(?= )"),
    _c("pain-forever", r" (?:want|need|wish) (?:the|this|my) (?:pain|hurt|suffering) to "
       r"(?:stop|end|go away) (?:forever|for good|permanently|for ever)(?= )"),
    _c("end-it", r" (?:end|ending) it(?! (?:with|between|off|all|for us|for her|for him))"
       r"(?!(?: [^ ]++){0,2} (?:the relationship|our relationship|us i mean|with (?:him|her|them)"
       r"))(?= )",
       before=r" (?:feel like|thinking about|thinking of|want to|going to|planning to|plan to|"
       r"ready to|about to|just want to|might|i will|i am going to|i could|i should|"
       r"i want to|tempted to|i am done i am|the night i|the day i|tonight i|today i|"
       r"time to|soon i will|finally|and then|then|unless i|until i)"),
    _c("not-survive-night", r" (?:make it|survive|last|get) (?:through|past|until|till|to) "
       r"(?:the night|tonight|tomorrow|the weekend|morning|the morning|the end of the week|"
       r"the month|this month|the week|this week|christmas|the holidays|the new year|"
       r"new year|next month|next week|my birthday|the year|this year|the winter|winter|spring|"
       r"summer|next year)"
       r"(?= )",
       before=r" (?:not|do not think i will|will not|might not|may not|can not|wont|"
       r"do not think i can|do not know if i will|doubt i will|i am not going to|"
       r"do not think ill|doubt ill|do not think i am going to)"),
    _c("easier-if-gone", r" (?:easier|better|simpler|happier|lighter|relieved|relief|kinder|"
       r"fairer|nicer|quieter|calmer|safer|cheaper|best|"
       r"free|freer|fine|at peace|glad|better off|blessing|favour|favor)"
       r"(?: (?:for everyone|for them|for her|for him|for everybody|for my family|"
       r"for all of them|it would be|it would all be|things would be|everything would be|"
       r"for everyone else|for the people i love|all round|all around|place|off)){0,2} if i "
       r"(?:just )?"
       r"(?:was not here|were not here|was gone|were gone|was not around|were not around|"
       r"did not exist|was dead|were dead|disappeared|died|was not alive|never existed|"
       r"was never born|ended it|killed myself|did not wake up|never woke up|do not wake up|"
       r"stopped being around|stopped existing|was not here anymore|were not here anymore|"
       r"vanished|got hit by|disappeared for good|was not in the picture|was not in it|"
       r"were not in it|was not in their lives|was out of the picture|was not in their life|"
       r"stopped breathing|was not alive anymore)(?! (?:for (?:the|a|a few|the whole|this|that)|"
       r"when|while|so much|around|near|at|in|with|him|her|them|on)(?= ))(?= )"),
    _c("why-i-did-it", r" (?:explain|explaining|explains|tell (?:them|everyone|her|him)|"
       r"understand|know) why i (?:did it|did this|had to go|had to do it|killed myself|"
       r"could not stay|could not go on|ended it|had to leave this world|am gone)(?= )"),
    _c("sorry-goodbye-forever", r" sorry(?: [^ ]++){0,3} (?:and |so )?(?:goodbye|bye|farewell) "
       r"(?:forever|for good)(?= )"),
    _a("goodbye-forever", r" (?:goodbye|bye|farewell) (?:forever|for good)(?! to (?!(?:this world|"
       r"the world|everyone|everybody|life|this life|you all|all of you|my (?:family|friends|"
       r"loved ones|kids|children))(?= )))(?= )"),
    _c("thinking-of-dying", r" (?:thinking|think|thought|dream|dreaming|fantasize|fantasise|"
       r"fantasizing|fantasising|obsessing|obsess) (?:about|of|abt|bout|bout) (?:dying|death|"
       r"suicide|ending it|"
       r"ending my life|not existing|killing myself|jumping|my death|my funeral|"
       r"not being here|being dead|disappearing forever|overdosing|hanging myself|"
       r"taking my life|ending things)(?= )"),
    _c("research-method", r" (?:(?:painless|easy|easiest|quick|quickest|fast|fastest|best|"
       r"surest) (?:way|ways|method|methods) to (?:die|go|end it|kill myself|end my life|"
       r"do it)|(?:how many|which|how much)(?: of)?(?: my| the| these| her| his)? <PILLS> "
       r"(?:it takes|it would take|it will take|would it take|does it take|to take|would kill|"
       r"can kill|to die|are lethal|is lethal|is fatal|are fatal|it takes to die|until)|"
       r"how high (?:you need to be|do you need to be|for a fall|a fall|would i need|to jump from|"
       r"does a bridge|is fatal)|(?:fall|jump|drop) (?:to be|would be|is) (?:fatal|lethal|"
       r"deadly|enough)|"
       r"lethal dose|how to (?:kill myself|end my life|overdose|hang myself))(?= )"),
    _c("means-ready", r" (?:pills|rope|gun|knife|blade|razor|noose|tablets)(?: [^ ]++){0,1} "
       r"(?:right here|ready|next to me|in my hand|with me now|lined up|counted out)(?= )",
       before=r" (?:have|got|bought|holding|counted|i have|i got|i have got|i bought)"
       r"(?: the| my| all the| all my| enough| a bottle of| a)?"),
    _c("hate-alive", r" (?:hate|hating|sick of|tired of|exhausted by) (?:being alive|existing|"
       r"living|waking up every day|waking up)"
       r"(?! (?:with|in|at|under|near|on|together|next|there|here with|abroad|alone with|off)"
       r"(?= ))(?= )"),
    _c("burden", r" burden(?= )", before=r" (?:i am|i feel like|i feel like i am|i have become|"
       r"i am just|i am always|i am only|i am nothing but) (?:a|such a|just a|nothing but a|"
       r"the|a huge|a big|only a)"),
    _c("burden-drain", r" (?:drain on|weight on|waste of space|waste of oxygen|waste of air|"
       r"dead weight(?! in (?:this|the|our|his|her|my) )|burden on|burden to)(?= )",
       before=r" (?:i am|i feel like|i feel like i am|"
       r"i have become|i am just|i am always|i am only|i am nothing but)(?: (?:a|such a|just a|"
       r"nothing but a|the|a huge|a big|only a|a total|a complete))?"),
    _c("fear-self", r" (?:what i might do to myself|what i will do to myself|"
       r"something to myself|something stupid to myself|something drastic to myself|"
       r"scared of myself tonight)(?= )"),
    _c("not-safe", r" safe (?:with myself|alone tonight|by myself tonight|on my own tonight|"
       r"around myself)(?= )", before=r" (?:not|do not feel|never feel|no longer feel|"
       r"not feeling)"),
    _c("nothing-matters-soon", r" (?:none of (?:this|it)|nothing) (?:will|is going to|would) "
       r"(?:matter|matters) (?:soon|anymore|after tonight|when i am gone|because i|"
       r"once i am gone|by tomorrow)(?= )"),
    _c("my-death", r" (?:death|funeral|suicide|last day alive|last night alive|"
       r"final night alive|final day alive|last breath)(?= )", before=r" my(?: own)?"),
    _c("farewell-loved", r" (?:letters|notes|goodbyes|messages|cards|videos) (?:to|for) "
       r"(?:everyone|everybody|all the people|the people|each person|people|everyone that|"
       r"the ones|those) i (?:love|care about|"
       r"know)(?= )"),
    _c("keep-living", r" keep living(?= )",
       before=r" (?:can not|can no longer|do not want to|do not know how to|"
       r"do not think i can|will not)"),
    _c("not-wake", r" wake up(?= )",
       before=r" (?:easier to|better to|rather|would like to|want to|wish i could|hope i|"
       r"prefer to|easier if i|better if i|i hope to|i pray to|i pray i|i wish to|"
       r"i just want to|i would love to)(?: just)? (?:not|never)"),
    _c("goodbye-notes", r" (?:goodbye|farewell|suicide|last) (?:notes|letters|messages|videos|"
       r"note|letter)(?! to (?:the|our|this|that|my) (?:relationship|marriage|breakup|ex|past|"
       r"old|job|team|city|flat|house)(?= ))(?= )",
       before=r" (?:wrote|written|writing|write|left|leave|leaving|drafted|recorded|made|"
       r"prepared|finished|started)(?: (?:my|some|a|the|all|all my|all the))?"),
    _c("bottle-of-pills", r" bottle of <PILLS>(?= )",
       before=r" (?:have|got|bought|holding|i have|i got|i bought|i am holding|there is|"
       r"filled|collected)(?: a| the| an entire| a whole| my)?"),
    _c("staring-at-means", r" (?:looking|staring|starring|looked|stared) at (?:the|my|these|"
       r"those|a) (?:pills|rope|gun|knife|blade|bottle of pills|razor|noose|bridge)"
       r"(?! (?:photo|photos|pictures|picture|pics|pic|video|videos|painting|drawing|map|swing|"
       r"ladder|course)"
       r"(?= ))(?= )"),
    _c("medicine-cabinet", r" (?:take|taking|took|swallow|swallowing|swallowed|down|eat|empty) "
       r"(?:everything|all the pills|all the meds|all of it|it all|whatever is) (?:in|from) "
       r"(?:the|my|our) (?:medicine cabinet|cabinet|bathroom cabinet|drawer|first aid kit|"
       r"bottle|pill box|pillbox)(?= )"),
    _c("end-suffering", r" (?:end|ending|stop|stopping) (?:my|this|the) (?:suffering|pain|"
       r"misery|existence) (?:for good|forever|permanently|tonight|once and for all|"
       r"for ever|for real)(?= )"),
    _c("tired-of-living", r" (?:(?:done|finished|through) (?:living|existing|being alive|"
       r"trying to live(?! (?:like|up|with|in|for|by|on|without))|trying to stay alive|"
       r"trying to survive|trying to keep going)|"
       r"(?:tired|sick|exhausted|done|finished) (?:of|with) (?:living|"
       r"being alive|existing|life|this life|my life|being here|breathing|it all|"
       r"everything and everyone|this world|waking up))"
       r"(?! (?:with|in|at|under|near|on|together|next|there|here with|abroad|alone with|off)"
       r"(?= ))(?= )"),
    _c("never-wake", r" (?:(?:sleep|asleep) (?:and|then) (?:never|not|do not) wake up|"
       r"sleep forever|never wake up again|never have to wake up|never waking up|"
       r"(?:fall|stay|falling|staying) asleep (?:forever|for ever|for good|permanently)|"
       r"asleep (?:forever|for good|permanently)|"
       r"(?:fall|falling) asleep and (?:stay asleep|never wake|not wake)|"
       r"close my eyes forever|never open my eyes|never wake up(?= (?:$|tomorrow|again)))"
       r"(?! (?:till|until|before|for|early|late|at|this weekend|on (?:saturday|sunday))(?= ))"
       r"(?= )"),
    _c("disappear-forever", r" (?:disappear|vanish|cease to exist|dissapear|disapear|fade away|"
       r"dissappear|dispear) (?:forever|for good|"
       r"permanently|for ever|off the face of the earth|and never come back|from this world|"
       r"from the world|from existence|from everyones life|from everyones lives|"
       r"and never be found|where no one will find me|where nobody will find me|"
       r"without a trace)(?= )"),
    _c("when-gone", r" (?:when|after|once|before|by the time) i am (?:gone|dead|no longer here|"
       r"no longer around|"
       r"not here anymore|not around anymore|no longer alive|no more|six feet under|"
       r"in the ground)(?! (?:on|for|to|from|at|in|with|travelling|traveling|abroad|away))"
       r"(?= )"),
    _c("after-die", r" (?:when|after|once|before) i (?:die|kill myself|end it|end my life|"
       r"take my life|go for good|leave for good|unalive myself)(?= )"),
    _c("not-around", r" (?:here|around|alive) (?:anymore|any more|much longer|for much longer|"
       r"for long|tomorrow|by tomorrow|to see|after tonight|by morning|by the morning|"
       r"after today|for you anymore|to read this|when you read this|this time tomorrow|"
       r"after this weekend|after this week|after (?:friday|saturday|sunday|monday|tuesday|"
       r"wednesday|thursday)(?= (?:$|so|anyway|just|please|goodbye|bye|take care)))"
       r"(?= )",
       before=r" (?:will not|not going to|might not|may not|probably will not|will no longer|"
       r"am not going to|probably will not|wont) be"),
    _c("take-life", r" (?:take|taking|took|end|ending) (?:my|my own) life(?= )"),
    # "one stupid fight and it ended everything": the fight ended the relationship.
    _c("end-it-all", r"(?<! it)(?<! that)(?<! which)(?<! fight)(?<! argument)(?<! this)"
       r" (?:end|ending|ended) (?:it all|everything|my existence|it tonight|"
       r"it forever|it for good|it once and for all|things for good|things tonight)"
       r"(?! (?:with|between|for (?:us|good between)))"
       r"(?!(?: [^ ]++){0,2} (?:the relationship|our relationship|us i mean|with (?:him|her|them)"
       r"))(?= )"),
    _c("pills", r" (?:took|taken|swallowed|downed|popped|ate|chugged|necked) (?:like )?"
       r"(?!(?:[1-4]|one|two|three|four|a couple of) )"
       r"(?:<QTY> )?(?:of (?:my|the|her|his|those|these|mums|moms|dads) )?<PILLS>"
       r"(?! (?:for (?:my|the|a|this|her|his|that) (?:headache|head|pain|cold|flu|period|cramps|"
       r"back|tooth|toothache|migraine|fever|hangover|allergies|allergy|breakup headache|"
       r"sore throat)|as prescribed|like (?:the|my) doctor said|with (?:food|breakfast|dinner|"
       r"lunch)|this morning|every (?:day|morning|night)|daily)(?= ))(?= )"),
    _c("pills-plan", r" <PILLS>(?= )",
       before=r" (?:take|taking|swallow|swallowing|down|pop|popping|stockpiling|stockpile|"
       r"saving up|saved up|hoarding|counting out)(?: like)? <QTY>"),
    _c("whole-bottle", r" (?:swallow|swallowing|swallowed|down|downing|downed|take|taking|took|"
       r"empty|emptying|neck|necking) (?:the|a|my|that) whole (?:bottle|packet|pack|box|strip|"
       r"container)(?= )"),
    _c("pills-hoard", r" (?:saving up|saved up|stockpiling|stockpiled|stockpile|hoarding|"
       r"hoarded|counting out|counted out|collecting|stocking up on|stocked up on|"
       r"buying up|stashing|stashed|(?:saving|saved|keeping|kept)(?= (?:all )?(?:of )?my )) "
       r"(?:all )?(?:of )?(?:my |the |her |his )?"
       r"<PILLS>(?= )"),
    _c("overdose", r" (?:overdose|overdosed|overdosing|overdoses|od|oded|odd on|od on|ods|"
       r"drank bleach|drink bleach|drinking bleach|swallowed bleach|drink poison|"
       r"drank poison|drink antifreeze)(?= )"),
    _c("method", r"(?<!cat)(?<!cats)(?<!dog)(?<!dogs)(?<!kitten)(?<!puppy)(?<!used to)"
       r"(?<!we would) "
       r"(?:(?:jump|jumping|jumped|throw myself|throwing myself|leap|leaping|"
       r"fling myself) (?:off|from|in front of|under) (?:a|the|that|this|my|our) "
       r"(?:(?:top|roof) of (?:a |the |that |this |my |our )?)?(?:bridge|"
       r"building|roof|rooftop|cliff|balcony|train|bus|car|truck|window|tower|overpass|ledge|"
       r"car park|parking garage|lorry|subway|tube|metro)|(?:step|stepping|walk|walking|run|"
       r"running|lie|lying|lay) (?:in front of|into|under|down on) (?:a|the|oncoming|some) "
       r"(?:train|bus|car|truck|traffic|tracks|railway|lorry)|(?:walk|walking|wander|wandering|"
       r"step|stepping|run|running) out into (?:the |oncoming )?"
       r"(?:traffic|road|highway|motorway|sea|ocean|river|lake|tracks)|walk into (?:the )?(?:sea|"
       r"ocean|"
       r"river|lake|traffic)|drive (?:my car |the car )?(?:off|into) (?:a|the) (?:cliff|bridge|"
       r"wall|tree|river|lake|sea|ocean|truck|oncoming)|(?:driving|drove|drive|crash|crashing|"
       r"steer|steering|swerve|swerving|swerved|veer|veering) (?:my car |the car |myself )?"
       r"(?:off|into) (?:a|the) (?:wall|cliff|"
       r"bridge|tree|river|lake|sea|ocean|truck|oncoming|barrier|pole|lorry)|noose|"
       r"hang myself|slit my wrists|"
       r"slit my wrist|slit my throat|tie a rope|(?:bought|buy|got|buying|getting) (?:a|the) "
       r"(?:rope|noose) (?:to|for(?! (?:the|a|my|our) (?:hammock|tent|boat|climbing|camping|"
       r"swing|dog|garden|washing|gym|clothesline|van|car))|and|so)|gun to my head|put a bullet|"
       r"bullet in my|"
       r"blow my brains|carbon monoxide|(?:pockets|pocket|backpack) with (?:rocks|stones|bricks)|"
       r"(?:knife|blade|razor|gun|pistol) (?:on|to|against|at) my (?:wrist|wrists|throat|"
       r"temple|head|neck|chest|veins)|(?:sat|sitting|sit|lay|lying|laid|lie|lay down|stood|"
       r"standing|waited|waiting) (?:on|in the middle of|across|between) (?:the )?(?:train )?"
       r"(?:tracks|railway|rails|railway line))(?!(?: [^ ]++){0,3} if (?:he|she|they|you|my|"
       r"i see|i hear|one more)(?= ))(?= )"),
    _c("hope-killed", r" (?:hope|wish|pray|praying|hoping|want) (?:a|the|some|someone|somebody|"
       r"something)(?: [^ ]++){0,3} (?:hits|kills|runs over|runs me over|shoots|would kill|"
       r"will kill|to kill|would shoot|hit) me(?= )"),
    _c("farewell-to", r" (?:goodbye|good bye|farewell|final|last|parting|suicide) (?:letter|"
       r"letters|note|notes|message|messages|words|text|texts|post|video|email|emails|goodbye|"
       r"goodbyes|posts)(?: [^ ]++){0,2} (?:to|for) (?:everyone|everybody|the world|"
       r"all of you|you all|all my friends|my whole family|my family|my friends|my loved ones|"
       r"my parents|my kids|my children|the people i love|people i love|my mom|my mum|"
       r"my mother|my dad|my father|my sister|my brother|my son|my daughter|my best friend|"
       r"everyone i love|everybody i love|all of them|the people who|the ones i love|"
       r"everyone i know|my followers|this world|anyone|anybody|anyone ever)(?= )"),
    _c("farewell-before-go", r" (?:last|final|goodbye|farewell|parting) (?:message|messages|"
       r"letter|letters|note|notes|words|goodbye|text|texts|post|email|video)(?: [^ ]++){0,4} "
       r"before i (?:go|leave|die|do it|end it|am gone|kill myself|disappear|check out|"
       r"sleep forever|leave this world|leave for good|go for good)(?! (?:to|out|back|home|"
       r"away|on|for|and|in|through|over|into|off|ahead|down|up|there|abroad|travelling|"
       r"traveling|shopping|outside|inside|with|tonight to|tomorrow))(?= )"),
    _c("farewell-say", r" (?:say|saying|said) (?:goodbye|goodbyes|my goodbyes|a final goodbye|"
       r"farewell|my last goodbye|a last goodbye|my final goodbye|my last goodbyes|"
       r"my final goodbyes) to (?:everyone|everybody|the world|my family|all my friends|"
       r"all of you|you all|my loved ones|my kids|my parents|this world|life|my friends|"
       r"everyone i love|the people i love|my mom|my mum|my dad|my children)(?= )"),
    _c("farewell-write", r" (?:write|writing|wrote|draft|drafting|compose|composing|help|need|"
       r"leave|leaving|left) (?:me with |me write )?(?:a|my|the|some) (?:(?:last|final) words|"
       r"suicide (?:note|letter|words))(?= )"),
    # A "final goodbye" or "last letter" is as often to a relationship as to life: it asks.
    _a("farewell-write-ask", r" (?:write|writing|wrote|draft|drafting|compose|composing|help|"
       r"need|leave|leaving|left) (?:me with |me write )?(?:a|my|the|some) (?:last|final|"
       r"farewell) (?:note|letter|goodbye|goodbyes)(?= )"),
    _c("farewell-note", r" (?:leave|leaving|left|write|writing|wrote) (?:a|my) note (?:for|to) "
       r"(?:everyone|my family|my parents|my kids|my mom|my mum|my dad|my friends|"
       r"the people i love|whoever finds me)(?= )"),
    _c("goodbye-world", r" (?:goodbye|bye|farewell) (?:world|cruel world|everyone forever|"
       r"everybody forever|forever everyone|life|(?:everyone|everybody|all|you all|y all)"
       r"(?= (?:$|forever|for good|i love you|i am sorry|sorry|thank you for everything)))"
       r"(?= )"),
    _c("give-away", r" (?:give|giving|gave|given) away (?:(?:everything|all|most of what) i "
       r"(?:own|have|had|owned)|(?:all |most )?(?:of )?my (?:stuff|things|"
       r"belongings|possessions|clothes|pets|cat|dog|guitar|games|cats|dogs|books))(?! (?:before "
       r"i move|because i am moving|since i am moving|as i am moving|to charity|before moving))"
       r"(?= )"),
    _c("want-to-be-dead", r" (?:want|wanna|wanted|wish) (?:to |2 )?(?:be |b )?(?:dead|gone forever|"
       r"in the ground|six feet under|gone(?= (?:$|for good|now|already|honestly|tbh|period|"
       r"not like|gone|for real|permanently|like dead)))"
       r"(?= )", negatable=True),
    # -- passive wishes, burden, hopelessness (more phrasings, from the blind batches)
    _c("wouldnt-mind", r" (?:mind|care|sad|upset|object|complain)(?: at all| much| too much)?"
       r" if (?:i (?:just )?(?:died|got sick and died|got hit|was hit|never woke up|"
       r"did not wake up|do not wake up|got killed|was killed|dropped dead|stopped breathing|"
       r"were gone|was gone|was dead|were dead|did not make it)|(?:a|the|some)(?: [^ ]++){0,2} "
       r"(?:hit|hits|killed|kills|ran me over|runs me over|crashed|crashes|shot|shoots) me)"
       r"(?= )",
       before=r" (?:would not|will not|do not|would not even|really would not|honestly would not|"
       r"really do not|would not really|do not even|would not honestly)(?: be)?"),
    _c("be-relieved-if", r" (?:fine|okay|ok|relieved|glad|happy|at peace|grateful|thankful|"
       r"content|alright|good|happier)(?: (?:honestly|tbh|with it|with that|really))? if i "
       r"(?:just )?(?:died|did not wake up|never woke up|do not wake up|never wake up|"
       r"was gone|were gone|was dead|were dead|stopped existing|got hit by|did not exist|"
       r"disappeared forever|was not here|were not here)(?= )",
       before=r" (?:i would|id|i will|i think i would|i think id|i would honestly|i would actually|"
       r"honestly i would|i would really|i would probably|i would be totally) (?:be|feel)"
       r"(?: (?:totally|completely|honestly|actually|so|really))?"),
    _c("if-i-died", r" if i (?:just )?(?:died|die|was gone|were gone|disappeared|killed myself|"
       r"was dead|were dead|did not wake up|never woke up|stopped existing)(?: [^ ]++){0,8} "
       r"(?:be fine|be ok|be okay|be relieved|feel relieved|be glad|be happier|be better|"
       r"be free|get over it|move on|even notice|even care|miss me|relieved|nobody would care|"
       r"no one would care|nobody would notice|no one would notice|nobody would even|"
       r"no one would even)(?= )"),
    _c("get-over-if", r" if i (?:died|was gone|were gone|killed myself|disappeared|was dead|"
       r"did not exist|did not wake up)(?= )",
       before=r" (?:get over it|move on|be fine|forget about me|forget me|not even notice|"
       r"not notice|not care|be okay|be ok|be relieved|be happier|be better off|be better)"
       r"(?: [^ ]++){0,4}"),
    _c("last-time-bed", r" (?:hoping|praying|wishing|hope|pray|wish) (?:that )?(?:its|it is|"
       r"it will be|this is|tonight is|it would be|this will be|today is) (?:the|my) (?:last|final)"
       r"(?: (?:time|night|sleep|one|day))?(?! (?:i (?:see|text|talk|hear)|he|she|they|we|"
       r"you))(?= )",
       before=r" (?:bed|sleep|asleep|close my eyes|lie down|lay down|go to sleep)"
       r"(?: [^ ]++){0,3}"),
    _c("hope-crash", r" (?:hope|hoping|wish|pray|praying) (?:that )?(?:the|my) (?:plane|flight|"
       r"car|bus|train|taxi|uber) (?:goes down|crashes|crash|go down|falls|blows up|"
       r"falls out of the sky|derails|hits something)(?= )"),
    _c("rather-dead", r" rather (?:just )?(?:be dead|not exist|not be alive|not be here|"
       r"not be here anymore|not wake up|die|be gone|stop existing|not be around|be in the ground)"
       r"(?= (?:$|than (?:feel|feeling|live|living|go on|going on|keep|exist|existing|wake up|"
       r"spend|be alive|suffer|suffering|carry on|continue|face|hurt|hurting|be in this|"
       r"go through|be without|live without|go another|another|do this|deal with)|anymore|"
       r"forever|for good|honestly|tbh|at this point|right now))"),
    _c("no-have-to-go-on", r" (?:keep going|go on|wake up|live|exist|keep living|"
       r"face tomorrow|wake up again|feel this anymore|feel anything)"
       r"(?! (?:to|back|there|at|in|with|out|on|for|like|through|and))(?= )",
       before=r" so (?:that )?i (?:do not|would not|will not|never|no longer|will never) have to"),
    _c("relief-permanent", r" (?:break|rest|relief|freedom|vacation|holiday) from me"
       r"(?: (?:a|one|that is|and|for))? (?:permanent|permanently|forever|for good|for ever|"
       r"once and for all|permanent one)(?= )"),
    _c("stopped-being", r" (?:stopped being|stop being|quit being) (?:one|around|here|alive|"
       r"a burden|a problem|a drain|a weight)(?= )",
       before=r" (?:time i|time for me to|i should|maybe i should|better if i|easier if i|"
       r"better for everyone if i|i need to|i will)"),
    _c("better-off-wo-me", r" (?:w o|wo|w out|witout|wihtout|withut) me(?= )",
       before=r" <BROAD>(?: [^ ]++){0,4} (?:better|happier|easier|lighter|better place|"
       r"happier place|better off|be better|be happier|free|freer|relieved|at peace|fine|"
       r"just fine|okay|ok)(?: off)?"),
    _c("jump-now", r" jump(?= (?:$|off|from|now|tonight|today|right now|soon|when|in a minute|"
       r"i am|here|this time))(?!(?: [^ ]++){0,3} if (?:he|she|they|you|my|i see|i hear|"
       r"one more)(?= ))",
       before=r" (?:going to|gonna|i will|ill|i am about to|about to|i want to|i am ready to|"
       r"ready to|i am gonna|i am going to)(?: just)?", also="high-place"),
    _c("in-heaven", r"(?:(?<= in) heaven|(?<= on the other) side| up there with)(?= )",
       before=r" (?:want to|wanna|wish i could|ready to|going to|i will soon|just want to|need to|"
       r"can not wait to) (?:be with|join|see|go to|go see|go be with) (?:my )?(?:[^ ]++ )?"
       r"[^ ]++(?: again)?"),
    _c("letter-to-find", r" (?:letter|note|letters|notes|message|video)(?:(?: [^ ]++){0,4} to "
       r"(?:find|read|open|watch) (?:after(?= $)|when i am gone|once i am gone|after i am gone|"
       r"after i die|after i go)| (?:to|for) (?:my|everyone|each|all)(?: [^ ]++){0,2} for "
       r"(?:after(?= $)|when i am gone|after i am gone))(?= )",
       before=r" (?:wrote|written|writing|left|leaving|leave|recorded|recording|made|making)"
       r"(?: (?:a|my|the|some))?"),
    _c("leave-world", r" (?:leaving|leave|left|depart|departing|exit|exiting) this (?:world|earth|"
       r"life|planet)(?! (?:a better|better))(?= )"),
    _c("nobody-deal-after", r" (?:deal with|sort|clean up|go through|sort out|take care of)"
       r"(?: [^ ]++){0,2} (?:after(?= $)|when i am gone|once i am gone|after i am gone|after i die)"
       r"(?= )",
       before=r" (?:so|so that) (?:no one|nobody|noone|you|they|my family|my parents|my mum|"
       r"my mom) (?:has|have|will have|would have|does not have|do not have|will not have) to"),
    _c("burn-with", r" (?:burn|burning|burned|burnt) (?:my|myself) (?:skin |arm |arms |wrist |"
       r"wrists |leg |legs |thigh |thighs |hand |hands |stomach )?with (?:a |the |my )?"
       r"(?:cigarette|cigarettes|lighter|lighters|hot|iron|match|matches|candle|curling iron|"
       r"straightener|straighteners)(?= )"),
    _c("body-found", r" (?:body (?:would|will|might|is going to) be found|find my body|"
       r"finds my body|"
       r"found my body|identify my body|find me dead|finds me dead|"
       r"found me dead)(?= )"),
    _c("not-problem-long", r" (?:problem|burden|bother|trouble|nuisance|worry)(?: (?:for|to) "
       r"(?:anyone|anybody|everyone|you|them|you all|my family|any of you))?(?: anymore| any more)?"
       r"(?= (?:$|much longer|for much longer|for long|soon|after (?:tonight|today|this)))"
       r"(?! (?:anymore|any more) $)",
       before=r" (?:will not|wont|will not be|am not going to be|will no longer|will no longer be|"
       r"soon i will not be|i will not be)(?: a| anyones| your)?"),
    _c("make-sure-not-wake", r" (?:make sure|ensure|making sure) (?:that )?i (?:do not|never|"
       r"will not|wont|dont) wake up(?! (?:late|early|at|in time|before|on time|too|after))(?= )",
       before=r" (?:i will|ill|i am going to|going to|i want to|i need to|i am gonna|gonna|"
       r"i just want to|i will just|tonight i will|i am)"),
    _c("better-off-without-me-all", r" better off without me (?:all of them|everyone|"
       r"all of you|everybody|you all|all|always|they all|the whole world|they would be)(?= )"),
    _c("anyone-care", r" (?:care|notice|miss me|mind|cry|sad)(?: at all)? (?:if|when|that) i "
       r"(?:was gone|were gone|am gone|died|disappeared|was dead|were dead|did not wake up|"
       r"stopped existing|killed myself|was not here|were not here|was not around|"
       r"were not around|vanished|was not alive)(?= )",
       before=r" (?:anyone|anybody|people|my family|everyone|somebody|someone|they|you|he|she|"
       r"my friends|my parents)(?: (?:would|will|even|really|actually|ever|at all|be|barely|hardly|"
       r"probably|not|honestly|just)){0,3}"),
    _c("picture-alive", r" (?:picture|see|imagine|envision|see myself|picture myself|"
       r"imagine myself) (?:myself )?(?:(?:being alive|alive|still alive|still here|being here|"
       r"living|existing|around|still being here|still being alive|still being around|"
       r"still around|still living) (?:next|in|by|past|to|at|until|till|through|for|much|another)|"
       r"(?:making it|surviving|getting|lasting|living) (?:to|past|through|until|till) (?:next|"
       r"christmas|new year|new years|my birthday|the end of|another|the weekend|tomorrow|"
       r"the summer|summer|winter|spring|the month|the week|the year|this year|the holidays))"
       r"(?= )",
       before=r" (?:can not|cannot|do not|could not|can no longer|really can not|just can not|"
       r"honestly can not|literally can not|will never)"),
    _c("future-still-here", r" future (?:where|in which|that has) (?:i am|i|me) (?:still )?"
       r"(?:here|alive|around|in it|living|existing|still here|still alive)(?= )"),
    _c("one-way-out", r" (?:only one (?:way out|way to end this|way to make it stop|way this ends|"
       r"way it ends|exit|escape|way to stop the pain|solution left|option left)|"
       r"(?:end|way out|way|solution|exit) to it except one|except one(?= $))(?= )"),
    _c("unless-end", r" (?:unless|until|till|if) i (?:end it|end things|end my life|take my life|"
       r"kill myself|make it end|end it myself|end this myself|stop it myself|stop breathing)"
       r"(?= )"),
    _c("be-around-doubt", r" (?:around|here|alive)(?! (?:this|that|after|before|by|from|while|"
       r"on|for the|at|in the|next|tomorrow|today|tonight|until|till|when (?:you|he|she|they) "
       r"(?:get|come|are)|during|over|after (?:work|class|lunch|dinner)|to (?:help|pick|meet|"
       r"see him|see her|talk|answer|watch)|much this|to celebrate|for christmas|for her|for him|"
       r"for the holidays))(?= )",
       before=r" (?:do not think i will|do not think ill|doubt i will|doubt ill|not sure i will|"
       r"not sure ill|do not know if i will|do not know if ill|do not know how much longer i will|"
       r"do not think i am going to|not sure i am going to|i am not going to|"
       r"do not expect to|i will not|i wont|i will no longer|probably will not|probably wont|"
       r"i might not|i may not)(?: (?:even|really|still))? be"),
    _c("done-this-time", r" (?:serious|real|joking|mean it) this time(?= )",
       before=r" (?:done living|done with life|end it|kill myself|die|going to do it|"
       r"doing it|end my life|killing myself)(?: [^ ]++){0,4}"),
    # -- issue 10: families from the later training batches (self-harm acts and tools,
    #    methods and their logistics, wishes for an illness or accident to end it)
    _c("sh-word", r" (?:sh|shd|shing)(?= (?:again|urges|urge|wagon|rn|tonight|instead|"
       r"relapse|scars|clean|free|cuts|today|last night))"),
    _c("sh-to", r" (?:sh|self harm|selfharm)(?= (?:$|rn|tonight|right now|today|again))",
       before=r" (?:not to|urge to|urges to|want to|wanna|need to|trying not to|tried not to|"
       r"how to stop|going to)"),
    _c("cut-deep", r" (?:cut|cuts|cutting)(?= (?:too deep|deeper|deep enough|vertical|"
       r"vertically|instead of (?:texting|calling|messaging|sending)|than (?:text|call|send)|"
       r"so i do not (?:text|call|message)|and it was not enough|for the first time since|"
       r"are deeper|are getting deeper|were deeper|would just take me|are for (?:him|her|them)))",
       before=r"(?:^| i| i have| i had| i just| i always| to| not to| if i| when i| rather| the|"
       r" my| new| and i)"),
    _c("urge-cut", r" (?:urge|urges|urging|itch) to (?:cut|self harm|hurt myself|bleed|"
       r"burn myself|reopen)(?! (?:him|her|them|ties|contact|off|out|back|down|my losses|it|"
       r"my hair|things|loose|corners))(?= )"),
    _c("cuts-hide", r" (?:hide|hiding|hid|cover|covering|covered up) (?:my |the |these |new )?"
       r"(?:cuts|self harm|sh scars|fresh cuts)(?= )"),
    _c("cut-habit", r" (?:cutting|cut)(?= (?:$|again|tonight|and i lied|and it|i keep looking|"
       r"is back|since (?:he|she|they)|i hope|i know i should not|in high school|in school))",
       before=r" (?:stop|stopped|quit|promised (?:my [^ ]++ )?i would stop|thinking about|"
       r"used to|started|the urge to|when i|every cut|i would rather|rather|about|"
       r"i should not|should not|not to|trying not to|going to|gonna)"),
    _c("reopen-cuts", r" (?:reopen|reopened|reopening|re open|re opened) (?:them|the (?:old )?"
       r"(?:cuts|scars|wounds on my)|my (?:old )?(?:cuts|scars))(?= )",
       before=r" (?:i|just want to|want to|wanna|and|i just want to|clean(?: [^ ]++){0,4})"),
    _c("deserve-cut", r" (?:deserve|deserved) (?:every cut|to bleed|the cuts|every scar|"
       r"to be cut|to hurt myself)(?= )"),
    _c("sh-slang", r" (?:barcode (?:arm|arms|wrist|wrists|thigh|thighs|legs)|ladders on my "
       r"(?:thighs|thigh|arms|arm|legs|wrists)|(?:red lines|new stripes|more stripes|stripes) "
       r"(?:again|on my|to my collection)|(?:scratches|scratched me)(?: [^ ]++){0,3} not "
       r"(?:from )?the cat)(?= )"),
    _c("bigger-blades", r" (?:bigger|sharper|deeper cutting) (?:blades|razors|razor blades)(?= )",
       before=r" (?:need|want|bought|buy|get|got|ordered)"),
    _c("starve-until", r" (?:starve|starving)(?: myself)? (?:(?:until|till|til) i (?:disappear|"
       r"die|am gone|vanish|waste away))(?= )"),
    _c("bleed-for", r" (?:bleed|bled)(?= (?:$|for it|out and|out))",
       before=r" (?:i should|i want to|i need to|i deserve to|want to|only feel real when i|"
       r"feel real when i|should)"),
    _c("blade-tools", r" (?:(?:took apart|taken apart|take apart|taking apart|broke open|"
       r"broke apart|snapped) (?:a|my|the|another) (?:razor|pencil sharpener|sharpener|"
       r"disposable razor|razor blade)|blade out of (?:my|a|the) (?:pencil )?sharpener|"
       r"sharpener blade|(?:best|sharpest) (?:blade|thing to cut with)|"
       r"blades ready|(?:hid|hide|cleaned|clean) the (?:blades|razor blades)|"
       r"(?:keep|kept) (?:a|the) (?:razor|blade|razor blade) in my)(?= )"),
    _c("bath-razor", r" (?:bath|bathtub|tub|bathroom) with (?:a|the|my) (?:razor|blade|"
       r"blades|knife|razor blade|razor blades)(?= )", before=r" in the"),
    _c("knife-wrist", r" (?:razor|knife|knives|blade|blades) (?:and|with) my (?:wrist|wrists|"
       r"arm|arms|throat|thigh|thighs|veins)(?= )"),
    _c("new-lines", r" (?:new|fresh) (?:lines|cuts|stripes) on my (?:arm|arms|wrist|"
       r"wrists|thigh|thighs|legs|leg|skin|stomach|hips)(?= )"),
    _c("knuckles", r" (?:knuckles (?:split|bled|bleed|were bleeding|were purple|were raw|broke)|"
       r"(?:fists|hands|hand) (?:bled|were bleeding|were purple))(?= )",
       before=r" (?:until|till|til) (?:my|they|both my)"),
    _c("head-wall", r" (?:head|fists|fist) (?:against|on|into) (?:the|a) (?:wall|floor|door)"
       r"(?= (?:until|till|til|over and over|when (?:the|it|i)|so hard))",
       before=r" (?:hit|hitting|hits|bang|banging|banged|bangs|slam|slamming|slammed|bash|"
       r"bashing|bashed) my"),
    _c("cig-on-skin", r" (?:cigarette|cig|ciggie|lighter|lit match) (?:out )?on my (?:arm|arms|"
       r"skin|wrist|hand|leg|thigh|stomach)(?= )"),
    _c("skin-till", r" (?:until|till|til) (?:it|they|my skin) (?:bled|bleeds|bleed|breaks|broke|"
       r"was raw|were raw|burns|burned)(?= )",
       before=r" (?:scratch|scratched|scratching|scrape|scraped|scraping|drag|dragged|dragging|"
       r"rub|rubbed|rubbing|picked at|picking at|scrub|scrubbed|scrubbing|carve|carved|"
       r"carving) (?:myself|my skin|my arm|my arms|my wrist|my wrists|my thigh|my thighs|"
       r"my leg|my legs|my stomach)(?: [^ ]++){0,5}"),
    _c("carved-skin", r" (?:carved|carve|carving|etched|scratched|scratching) "
       r"(?:(?:his|her|their|a|the|my exs) )?(?:name|initials|word|words|letters|[^ ]++) "
       r"(?:in|into) my (?:arm|arms|wrist|thigh|thighs|skin|leg|legs|stomach)(?= )"),
    # methods: pills saved up, heights, water, traffic, car fumes, a gun within reach
    _c("pills-stockpile", r" (?:stockpiled|stockpiling|stockpile|hoarding|hoarded|stashing|"
       r"stashed|saving up|saved up|been saving|lined up|lining up) "
       r"(?:(?:my|her|his|a months worth of|all my|all of my|the|them|up) )?(?:<PILLS>|"
       r"prescriptions|prescription|them on the bed|pills for)(?= )"),
    _c("pills-saved", r" (?:<PILLS>|prescriptions) (?:saved|stashed|stockpiled|in one jar|"
       r"lined up|hidden away)(?= )",
       before=r" (?:enough|all my|all of my|all the|a stash of|my|got)"),
    _c("pills-do-it", r" (?:would|will)(?: actually| definitely| really)? (?:do it|kill "
       r"(?:me|someone|you|a person)|stop (?:your|my|a|someones) heart|be fatal|be lethal|"
       r"be enough to (?:die|kill|not wake up))(?= )",
       before=r" (?:<PILLS>|alcohol|of them|pills|them all)(?: [^ ]++){0,4}"),
    _c("lethal-dose", r" (?:lethal|fatal|deadly|overdose) (?:dose|doses|amount|amounts)(?= )",
       before=r" (?:looked up|looking up|look up|googled|googling|google|searched|searching|"
       r"read up on|reading up on|keep googling|know the|worked out|calculated|checking)"
       r"(?: the)?"),
    _c("take-all-at-once", r" all (?:of )?(?:them|my|their|her|his|the) (?:<PILLS> )?at once(?= )",
       before=r" (?:take|took|taking|swallow|swallowed|swallowing|to take|someone took)"),
    _c("how-high", r" (?:high|tall) (?:(?:does|do|would|should|must) )?(?:a|the) (?:bridge|"
       r"building|fall|drop|roof|balcony|car park|cliff|window|tower|multi storey) "
       r"(?:has|have|needs|need|would have|would need|must) to be(?! (?:to count|a |an |"
       r"considered|called|classed|classified|listed|safe|legal|built))(?= )"),
    _c("floors-enough", r" (?:floors|floor|storeys|storey|stories) (?:(?:is |be |are )?"
       r"(?:high enough|always fatal)|is enough(?= (?:$|right|is not it|isnt it)))(?= )"),
    _c("fall-enough", r" (?:enough|always fatal|fatal|lethal)(?! to (?:break|hurt|injure|"
       r"bruise|crack|damage|sprain|scare))(?= )",
       before=r" (?:fall|falling|jump|jumping|drop) from (?:a|the|my)(?: [^ ]++){1,4}"
       r"(?: is| be| would be| will be)?"),
    _c("roof-access", r" (?:tallest|highest) (?:building|bridge|car park|multi storey|cliff|tower)"
       r"(?: [^ ]++){0,6} (?:get onto the roof|get on the roof|roof of|get up)(?= )"),
    _c("into-water", r" (?:walk|walking|walked|wade|wading|waded|swim|swimming|swam) "
       r"(?:in|into|out into|out to) (?:the )?(?:sea|ocean|lake|river|water|waves)"
       r"(?= (?:until|till|and not (?:stop|stopping|come|coming)|and never|and keep going|"
       r"with weights|with stones))"),
    _c("weights-pockets", r" (?:weights|stones|rocks) in my pockets(?= )"),
    _c("into-traffic", r" (?:walking|walk|walked|step|stepping|stepped|run|running|jump|"
       r"jumping) (?:out )?(?:into traffic|in front of (?:a|the) (?:train|bus|lorry|truck|car|"
       r"express)|off the platform)(?= )",
       before=r" (?:thinking (?:about|of)|think about|thought about|want to|wanna|could just|"
       r"might just|i could|tempted to|urge to|going to|keep thinking about|keep wanting to)"
       r"(?: just)?"),
    _c("car-fumes", r" (?:(?:run|ran|running|leave|left|leaving) (?:the|a|my) (?:car|engine)"
       r"(?: running)? (?:in|inside) (?:the|a|my) (?:closed|shut|locked) garage|"
       r"garage (?:for a bit |for a while )?with the (?:door|doors|garage door) (?:shut|closed|"
       r"down)|"
       r"engine running with the windows (?:up|shut|closed)|car and (?:the )?(?:hose|hosepipe)"
       r"(?: thing)?|hose (?:thing|method|to the exhaust|from the exhaust)|charcoal "
       r"(?:bbq|barbecue|grill|briquettes) for the car)(?= )"),
    _c("gun-key", r" (?:know where (?:the|he keeps the|she keeps the|they keep the) "
       r"(?:key|keys|code) is|know the (?:code|combination) to it)(?= )", also="gun-word"),
    _c("buy-gun", r" (?:buy|get|got) (?:a|hold of a) (?:gun|pistol|firearm)(?= (?:quickly|fast|"
       r"with no questions|no questions|without))",
       before=r" (?:where can (?:i|you)|where could (?:i|you)|how (?:can|do) i|need to)"),
    _c("rope-bought", r" rope(?= (?:$|today|tonight|yesterday|already|earlier|i do not|"
       r"and told|i told))(?!(?: [^ ]++)? for )",
       before=r" (?:bought|got|have|have got|ordered|buying|purchased)(?: a| some| the)?",
       negatable=True),
    # a wish for an illness, an accident or god to end it
    _c("god-take-me", r" (?:god|lord|jesus) (?:takes|take|took|would take|will take|"
       r"to take) me(?= (?:$|in my sleep|tonight|home|now|soon|early|i would))",
       before=r" (?:pray|praying|prayed|wish|hope|hoping|if|that|every night)(?: that)?"
       r"(?: the)?"),
    _c("illness-take-me", r" (?:illness|flu|cancer|lump|virus|disease|infection|sickness) "
       r"(?:just )?(?:takes me|take me|finishes me off|finish me off|kills me|is cancer)(?= )",
       before=r" (?:hope|hoping|wish|pray|praying|let|that)(?: (?:this|the|that))?"),
    _c("get-ill-not-better", r" (?:get|got|getting) (?:ill|sick|cancer)(?: and died)?"
       r"(?: [^ ]++){0,5} (?:not get better|do not get better|never get better|not fight it|"
       r"relieved|let it take me)(?= )",
       before=r" (?:hope|hoping|wish|if|pray) (?:that )?i(?: just)?"),
    _c("heart-stop", r" heart (?:would |will |to )?(?:just )?(?:stop|stops|stopped|gave out|"
       r"give out)(?= (?:$|tonight|while|in my sleep|beating|forever|and|i))",
       before=r" (?:wish|wishing|hope|hoping|pray|praying|relief if|want) (?:that )?my"),
    _c("wish-hit", r" (?:car|bus|truck|lorry|train) (?:would )?(?:just )?(?:hit me|hits me|"
       r"runs me over|ran me over|took me out)(?= )",
       before=r" (?:wish|wishes|hope|hoping|pray|praying|wish that|hope that) (?:a|the|some)"),
    _c("wish-get-hit", r" get hit by (?:a|the) (?:car|bus|truck|lorry|train)(?= )",
       before=r" (?:wish|hope|hoping|pray) i (?:would|could|will|might)(?: just)?"),
    _c("crash-taken-me", r" (?:taken|took) me instead(?= )",
       before=r" (?:crash|accident|cancer|it|illness) (?:had|would have|should have)"),
    # not being there: plans that assume it, a future without it
    _c("not-plan-around", r" (?:around|here|alive)(?= (?:$|much longer|for much longer|"
       r"after this(?= $| i | and | so )|after (?:tonight|today)(?= $)))",
       before=r" (?:do not|not|never) (?:plan|planning|intend|intending|expect|expecting) "
       r"(?:on being|to be)"),
    _c("future-me-in-it", r" (?:future|version of (?:the future|next [^ ]++)) with me in it(?= )",
       before=r" (?:i (?:do not|can not|cannot) see (?:a|any)|there is no|no)"),
    _c("picture-self-age", r" (?:picture|see|imagine|envision) myself (?:at [0-9]+|getting old|"
       r"growing old|in the future|old)(?! (?:with|without|doing|working|living in|married|"
       r"having|in (?:this|that)))(?= )",
       before=r" (?:can not|cannot|could not|can no longer|literally can not|just can not)"
       r"(?: even)?"),
    _c("want-out-of-life", r" out of (?:everything of )?(?:being alive|life(?! (?:insurance|"
       r"of|in|with|together|as))|existence|living|"
       r"existing)(?= )",
       before=r" (?:want|wanna|need|i want|i just want)"),
    _c("done-being-here", r" (?:being here|being alive|existing|life included)"
       r"(?! (?:in|at|with|on|for|like|as|under|around|together))(?= )",
       before=r" done with (?:everything|it all|all of it)?(?: with)?"),
    _c("daydream-not-exist", r" (?:existing|being alive|being here|exist)"
       r"(?! (?:on|in|online|at|as|for|with))(?= )",
       before=r" (?:daydream|daydreaming|daydreams|fantasize|fantasise|fantasizing|"
       r"fantasising|dreaming|thinking|thoughts) (?:about|of) not"),
    _c("jealous-dead", r" (?:dead people|dead|people who died|people who have died)"
       r"(?= (?:$|people|honestly|sometimes|tbh|lol))",
       before=r" (?:jealous of|envy|envious of)(?: the)?"),
    _c("favour-not-around", r" favour by (?:not being around|not being here|dying|"
       r"disappearing|not existing|being gone|killing myself|going)(?= )",
       before=r" (?:everyone|everybody|the world|them|you all) a"),
    _c("end-it-life", r" (?:end|ending) it (?:my life|not the relationship|not our relationship|"
       r"not us)(?= )"),
    _c("sleep-permanent", r" (?:go to sleep|sleep|fall asleep) (?:permanently|for ever and ever|"
       r"forever and ever|and not wake up|and not waking up|and not bother waking|"
       r"and stay asleep)(?! (?:until|till|til|for|before|in|at|early|late))(?= )",
       before=r" (?:want to|wanna|wish i could|just want to|might just|going to|could just)"
       r"(?: just)?"),
    _c("bother-much-longer", r" (?:bother|bothering|burden|burdening|trouble|troubling|"
       r"too much|problem) (?:(?:you or )?(?:anyone|anybody|everyone|any of you|"
       r"you all)(?: else)? )?(?:for )?much longer(?= )"),
    _c("fault-whatever", r" (?:whatever happens(?: to me)?|what i am (?:going|about) to do|"
       r"what happens next|what happens to me|what i do tonight|what happens|what i do)"
       r"(?! (?:with|between|at|in|on|about|to (?:us|the|my|him|her|them)|next (?:week|month|"
       r"time)|tomorrow|for (?:work|a living)))(?= )",
       before=r" (?:not (?:your|his|her|their|anyones) fault|none of this is (?:your|his|her|"
       r"their) fault|blame yourself for|blame (?:him|her|them|yourself))"),
    _c("not-mind-dying", r" (?:dying|being dead|death)"
       r"(?! (?:my|your|her|his|it|them|the|a|their|of|in|threats|metal|stare))(?= )",
       before=r" (?:would not mind|would not care about|would welcome|am okay with|am ok with|"
       r"would be okay with|would be ok with|would honestly not mind)"),
    _c("worst-thing-died", r" worst thing if i (?:died|was dead|were dead|did not wake up|"
       r"never woke up|was gone|were gone)(?= )",
       before=r" (?:not be the|not be the actual|not really be the)"),
    _c("happen-to-me-mind", r" happened to me(?: [^ ]++){0,2} (?:i|id) (?:would not|would honestly "
       r"not|honestly would not) (?:mind|care|fight it)(?= )"),
    _c("wish-happen-to-me", r" (?:something|an accident|something bad|something fatal) "
       r"(?:would|will|to|could)(?: just)? happen to me(?= )",
       before=r" (?:wish|wishing|hope|hoping|pray|praying)(?: that)?"),
    _c("if-gone-back", r" if i (?:was|were) (?:gone|not here|not around|dead)"
       r"(?= (?:$|for good|forever|permanently|honestly|tbh))",
       before=r" (?:lives back|weekends back|life back|heal faster|cry less|worry less|be free|"
       r"stop worrying about me|over me quicker|over me faster|better|easier|happier|lighter)"),
    _c("bruises-myself", r" (?:bruises|cuts|burns|marks|scars|scratches) i (?:gave|give|made|did "
       r"to|do to|have given) myself(?= )"),
    _c("cutting-only", r" cutting is the only (?:thing|way|time|reason)(?= )"),
    _c("close-accounts", r" (?:passwords|password|passcode|pin)(?: [^ ]++){0,6} (?:close|delete|"
       r"shut down|deal with) my (?:accounts|socials|profiles|account|stuff)"
       r"(?! (?:on|at|for|with|while|during))(?= )"),
    _c("if-not-alive", r" (?:if|better|better that|better if) i (?:am|was|were) (?:not alive|"
       r"no longer alive)(?= )"),
    _c("pray-not-wake", r" wake up(?! (?:early|late|before|at|in time|on time|too|with|for|"
       r"until|till|the|my|your|her|his|him|them|everyone|anyone|anybody|hungover|sad|"
       r"tomorrow and|and (?:regret|feel|find|realise|realize|see|miss)))(?= )",
       before=r" (?:pray|praying|prayed|hope|hoping|wish|wishing)(?: every night| each night|"
       r" every day| at night)?(?: that)? (?:i|you|they)(?: just)? (?:do not|never|will not|"
       r"would not|wont|dont)"),
    _c("button-not-exist", r" button and (?:not exist|stop existing|disappear|be gone|die|"
       r"never wake up|not be here|not be alive|cease to exist)(?= )"),
    _c("took-me-out", r" (?:something|car|bus|truck|lorry|accident|train|cancer|"
       r"god) (?:just )?(?:took|takes|would take|would just take) me out(?= )",
       before=r" (?:if|wish|hope|hoping|pray|welcome it if|mind if|care if)(?: a| an)?"),
    _c("painless-ways", r" (?:painless|quickest|easiest|quick|fastest|peaceful) (?:ways|way|"
       r"method|methods) (?:out|to (?:die|go|do it|end it|end things|kill myself))"
       r"(?= (?:$|at|and|i|tonight|online|then))"),
    _c("pills-more-to-see", r" more (?:of (?:my|the) )?(?:<PILLS>|pills) than i (?:should|"
       r"should have|am supposed to|was supposed to|was meant to|am meant to) just to "
       r"(?:see|hurt|feel|test)(?= )"),
    _c("pills-holding", r" (?:packet|box|bottle|handful|jar|bag|strip) of (?:my )?(?:<PILLS>|pills)"
       r"(?: in my hand| next to me| on the bed| on my desk)(?= )",
       before=r" (?:holding|been holding|sitting with|staring at)"
       r"(?: a| the)?"),
    _c("pills-and-drink", r" (?:(?:bottle|bottles) of (?:vodka|whisky|whiskey|gin|rum|"
       r"tequila) and (?:a |two |some |my |all my )?(?:box|boxes|packet|packets|bag|bottle|jar|"
       r"strip|handful) of (?:<PILLS>|pills)|(?:box|boxes|packet|packets|bag|bottle) of "
       r"(?:<PILLS>|pills) and a bottle of (?:vodka|whisky|whiskey|gin|rum|tequila))(?= )"),
    _c("pills-many-shops", r" (?:<PILLS>|pills) from (?:two|three|four|five|several|different|"
       r"[0-9]+) (?:different )?(?:shops|stores|pharmacies|chemists|places|supermarkets)(?= )"),
    _c("pills-lined-up", r" (?:lined|lining|line|laid|lay|laying) them (?:all )?(?:out|up)"
       r"(?= (?:$|on|in|next|and))", also="pills-word"),
    _c("strong-enough", r" strong enough(?= (?:$|i checked|i have checked|to hold me|for me))",
       before=r" (?:beam|hook|branch|tree|banister|rail|pipe|belt|rope)(?: [^ ]++){0,5}"
       r"(?: that)? is"),
    _c("pills-know-what", r" know (?:exactly )?what i am (?:going to|gonna) do with (?:it|them)"
       r"(?= )", also="pills-word"),
    _c("pills-kept", r" (?:kept|keeping|saving|stashing|hoarding|hiding|collecting) them"
       r"(?: all)?(?= (?:$|in a|in case|instead|for|in my|under))",
       before=r" (?:taking|take|took) (?:my )?<PILLS>(?: [^ ]++){0,3}"),
    _c("belt-door", r" (?:belt|cord|cable|scarf|rope) and (?:a|the) (?:door|doorknob|"
       r"door handle|beam|hook|banister)(?= )"),
    _c("walk-in-not-stop", r" (?:walking|walk|wading|swimming) (?:in|out|into it) and (?:not|"
       r"never) (?:stopping|stop|coming back|come back)(?= )",
       before=r" (?:lake|sea|ocean|river|water|waves|reservoir|canal)(?: [^ ]++){0,10}"),
    _c("turn-wheel", r" (?:turning|turn|jerking|jerk|swerving|swerve|yanking|yank) the wheel"
       r"(?= (?:$|into|in front|anyway|and|off))",
       before=r" (?:think about|thinking about|thought about|want to|tempted to|could just|"
       r"might just|urge to)(?: just)?"),
    _c("edge-of", r" (?:edge|ledge) of (?:the|a) (?:platform|bridge|roof|rooftop|cliff|balcony|"
       r"car park|multi storey|building)(?= )",
       before=r" (?:keep|kept|been|i keep) (?:standing|stood|going|sitting|sat|leaning|looking)"
       r"(?: [^ ]++){0,3}"),
    _c("how-easy", r" how (?:easy|quick|simple) it would (?:all )?be(?= )",
       before=r" (?:balcony|bridge|roof|edge|ledge|platform|window|building|cliff|gas hob|"
       r"tracks)(?: [^ ]++){0,6} thinking(?: about)?"),
    _c("how-deep-cut", r" how deep (?:to cut|should i cut|do i (?:need|have) to cut|"
       r"would i have to cut|is too deep (?:asking about cuts|for cuts|to cut|for a cut))(?= )"),
    _c("tell-loved", r" (?:loved|always loved|really loved) (?:her|him|them|you all|you)"
       r"(?= (?:$|and|so much|please|ok|always|for real|more than))",
       before=r" (?:tell|let) (?:my (?:little |big |baby )?(?:mum|mom|mother|dad|father|sister|"
       r"brother|gran|nan|grandma|grandad|family|parents|kids|son|daughter|dog|cat|best friend)|"
       r"them|everyone|evry1|every1)(?: that)? i"),
    # -- plans: a time, a method or a note set out
    _c("how-and-when", r" (?:decided|know|picked|planned|worked out|figured out|chosen|chose|"
       r"settled on)(?: exactly| already| precisely)? (?:how|when|where)"
       r"(?: i am going to do it| i will do it| to do it|"
       r" i would do it|"
       r" it will happen| it happens)? (?:and|i decided|i have decided|i know|i also decided|"
       r"i have picked|i picked) (?:when|how|where)(?= (?:$|i just|just|it is|it will|now|"
       r"already|everything|so|i am going to do it|i will do it|i am gonna do it|to do it|"
       r"i do it))"),
    _c("plan-do-it", r" (?:doing it|end it|go through with it|going through with it|use it|"
       r"use them|"
       r"take them|swallow them)(?= )", also="plan-cue",
       before=r" (?:going to|i am|i will|ill|gonna|i plan to|i am planning to|i want to|"
       r"and|then|i can|i am finally|finally|i will finally|i am going to finally|i am gonna)"),
    _c("plan-do-it-time", r" (?:tonight|tomorrow|weekend|saturday|sunday|monday|tuesday|"
       r"wednesday|thursday|friday|"
       r"christmas|anniversary|birthday|midnight)(?= )",
       also="plan-cue",
       before=r" (?:i am|going to|gonna|i am going to|i am finally|i plan to|i am planning to|"
       r"i will|ill|and|then) (?:do|doing) it(?: on| this| at| at the| on the| on our| on my|"
       r" on her|"
       r" on his| after| before| at| by)?"),
    _c("nobody-finds", r" (?:nobody|no one|noone|none of them) (?:finds|will find|would find|"
       r"can find|could find|find) me(?! (?:attractive|interesting|funny|cute|hot|boring|"
       r"annoying|on|at(?! home)|online|here|there|in))(?= )",
       before=r" (?:so|so that|and|where|before|somewhere|place)"),
    _c("nobody-knows-where", r" (?:nobody|no one) (?:knows|will know) where i am(?= )",
       also="means-word"),
    _c("means-with-plan", r" (?:pills|rope|noose|gun|pistol|rifle|bridge|razor|blades|motel|"
       r"tracks|cliff|cliffs|roof|overdose)(?= )", also="plan-made"),
    _c("not-come-back", r" (?:cliff|cliffs|bridge|lake|sea|ocean|river|woods|forest|mountains|"
       r"mountain|roof|rooftop|tracks|beach|water|quarry|edge|ledge|coast)(?: [^ ]++){0,5} "
       r"(?:and|then|to) (?:not|never) (?:come back|return|coming back|be coming back)(?= )"),
    _c("no-come-back-from", r" (?:come back from|return from|wake up from|comes back from)(?= )",
       before=r" (?:you|that you|people|nobody|no one|you never|that nobody|one)"
       r"(?: (?:do not|never|can not|will not|ever))?"),
    _c("by-the-time", r" (?:by the time|when|once|after|if) (?:you|anyone|someone|they|he|she|"
       r"people|"
       r"my family) (?:read|reads|see|sees|get|gets|find|finds|hear|hears|open|opens) "
       r"(?:this|it|my message)(?: [^ ]++){0,3} (?:(?:it will|itll|i will|ill|i would|it would)"
       r"(?: already| probably| long)? be|i am|it is|i will)(?: already| long| probably)? "
       r"(?:over|gone|"
       r"dead|too late|done|"
       r"finished|long gone|no more)(?= )"),
    _c("if-car-hit", r" if (?:a|the|some) (?:car|bus|truck|train|lorry|plane|van)(?: [^ ]++){0,1} "
       r"(?:hit|hits|killed|kills|ran over|runs over|took me out|ran me over|runs me over)"
       r"(?: me)?(?: [^ ]++){0,4} (?:i|id|i would) (?:would not|will not|do not|would honestly not|"
       r"honestly would not|would) (?:even )?(?:be mad|mind|care|be upset|be sad|complain|"
       r"be relieved|be fine|be glad|be happy)(?= )"),
    _c("take-them-tonight", r" (?:taking|take|swallow|swallowing|"
       r"taking all|take all|swallow all) (?:them|it|of them|those|these|all of them)"
       r"(?: all)? (?:tonight|today|now|soon|after|when|once|before|at)(?= )",
       also="pills-word"),
    _c("tie-it", r" (?:where i would|where to|where i will|where i could|where i can|where i am "
       r"going to) (?:tie|hang|attach|fix) (?:it|the rope|a rope|myself|the noose)(?= )"),
    _c("enough-to", r" enough (?:<PILLS>|rope|of them|tablets|of my pills)(?: [^ ]++){0,3} to "
       r"(?:make it (?:all )?stop|make everything stop|make the pain stop|do it|die|kill me|"
       r"kill myself|end it|not wake up|never wake up|make sure|be sure|"
       r"finish it|go through with it)(?= )"),
    _c("survive-another", r" (?:survive|last|make it through|get through|face|live) another "
       r"(?:day|night|week|month|year|christmas|birthday)(?! (?:without (?:coffee|caffeine|"
       r"sleep|wifi|internet|my phone|a holiday|a vacation|a break|tea|chocolate|him|her|them)|"
       r"at (?:this|that|my) job|of (?:this|that) (?:job|class|course|semester|heat|weather|"
       r"commute)|of (?:work|school|classes)|in this (?:job|city|heat|office)))(?= )",
       before=r" (?:can not|do not think i can|could not|will not|do not want to|refuse to|"
       r"do not know if i can|can no longer|do not think i will|i will not|not going to)"),
    _c("will-not-exist", r" exist(?= (?:$|anymore|any more|by|after|tomorrow|next|soon))",
       before=r" (?:i will not|i wont|i will no longer|i am not going to|i might not|i may not|"
       r"i probably will not)"),
    # -- means with intent or rumination
    _c("keep-looking-means", r" (?:looking|staring|stared|looked|gazing) (?:at|down at|over at) "
       r"(?:the|a|that) (?:train tracks|tracks|railway|railway line|rails|river|edge|drop|ledge|"
       r"bridge|cliff|traffic|pills|rope|gun|knife|blade|blades|razor|water below|oncoming)"
       r"(?! (?:photo|photos|pictures|picture|pics|pic|video|videos|painting|drawing|map|swing|"
       r"ladder|course)"
       r"(?= ))(?= )",
       before=r" (?:keep|kept|keeps|been|always|cannot stop|can not stop|i|sat|stood|sit|stand|"
       r"sitting|standing)(?: (?:just|here|there))?"),
    _c("keeps-means", r" (?:found|know|found out|figured out|see|saw|learned|worked out) "
       r"where (?:my |his |her |he |she |they |the )?(?:[^ ]++ )?(?:keeps|keep|hides|stores|"
       r"puts|locks) (?:(?:his|her|the|their|my)(?: [^ ]++)? (?:gun|guns|rifle|pistol|shotgun|"
       r"firearm|pills|meds|ammo|bullets|medication|sleeping pills|painkillers)|the (?:key|keys)"
       r"(?! to (?:the|his|her|my) (?:car|house|flat|place|apartment|door|front door)))"
       r"(?! safe)(?= )",
       also="means-word"),
    _c("means-handling", r" (?:keep|kept|been|always|cannot stop|can not stop) (?:taking it out|"
       r"holding it|picking it up|looking at it|staring at it|touching it|loading it|"
       r"cleaning it|taking them out|counting them|looking at them|staring at them|"
       r"holding them|thinking about it|thinking about them|thinking about using it|"
       r"going back to it)(?= )", also="means-word"),
    _c("saving-them", r" (?:saving|saved|stockpiling|hoarding|collecting|stashing|keeping) "
       r"(?:them|these|those|it) (?:up|all|instead|for later|in a drawer|for when)(?= )",
       also="pills-word"),
    _c("how-easy", r" (?:how easy|how quick|how simple|how quickly|how fast|how easily) it "
       r"(?:would|could|will|might) be to (?:just )?(?:go over|jump|fall|let go|step off|"
       r"step out|end it|do it|swerve|drive off|drive into|walk into|lean over|slip|"
       r"take them all|take all|die|disappear|not wake up|step in front|pull the trigger|"
       r"go in|walk in|roll off|tip over|climb over)(?= )"),
    _c("if-i-went-in", r" if i (?:just )?(?:went in|jumped|jumped in|let go|stepped off|"
       r"stepped out|walked in|went over|fell|leaned over|drove off|stopped swimming|swerved|"
       r"jumped off|stepped in front|went under|slipped)(?= )",
       before=r" (?:would be|would feel|would it be|it would be|would it feel|would it hurt|"
       r"would hurt|would take|would it take|would happen|it be|it feel)(?: like)?"),
    _c("car-running", r" (?:garage with the (?:car|engine) (?:running|on)|"
       r"car with the engine running|hose (?:from|to|into) the exhaust|"
       r"exhaust pipe)(?! to (?:warm|heat|defrost|charge|cool))(?= )"),
    _c("swim-out", r" (?:swim out (?:as far as|until|till|and not|and never|too far|into the|"
       r"to sea)|stop swimming(?= (?:$|and let|and sink|and drown|and go under))|"
       r"swim back(?= (?:$|to shore)))(?= )"),
    _c("almost-did", r" (?:almost|nearly) (?:stepped off|stepped out|stepped in front|"
       r"jumped (?:off|in front|from)|went over the edge|pulled the trigger|swerved into|"
       r"drove off|took them all|took the pills|ended it|"
       r"let myself fall|let go of the railing)(?= )"),
    _c("blade-out", r" (?:blade|blades|razor|razors|razor blades|pills|rope|noose|lighter) out"
       r"(?! (?:of|to shave|for shaving|to shave my))(?= )",
       before=r" (?:have|got|had|took|take|taking|get|getting|pulled|pulling|i have|i got|"
       r"i took|laid|laying|lay)(?: (?:the|my|a|all the|all my))?"),
    _c("deeper", r" (?:go|going|cut|cutting|press|pressing|went) deeper(?= )",
       also="cut-word"),
    # -- self-harm said in other words
    _c("sh-intent", r"(?: (?:deliberately|intentionally|(?:until|till|til) (?:it|they|i|my [^ ]++) "
       r"(?:bled|bleeds|bleed|bruises|bruised|bruise|blistered|blisters|could not anymore|"
       r"feel something|felt something|feel anything|felt anything|feel real|felt real|"
       r"could not take it|could not feel|went numb|broke|saw stars|blacked out|passed out))"
       r"|(?<= on) purpose|(?<= to) (?:feel "
       r"something|feel anything|punish myself|feel the pain|feel real|numb|cope)|(?<= so it) "
       r"(?:hurts|would hurt))(?= )",
       also="body-harm"),
    _c("held-hand-hot", r" (?:held|hold|holding|put|pressed|press|pressing|kept) my (?:hand|arm|"
       r"finger|fingers|palm|wrist|skin) (?:on|over|in|against) (?:the|a) (?:hot )?(?:stove|hob|"
       r"iron|flame|fire|lighter|candle|pan|kettle|oven|burner|radiator)(?= )",
       also="sh-cue"),
    _c("scratch-wrists", r" (?:scratch|scratching|scratched|carve|carving|carved|burn|burning|"
       r"burned|burnt|pick|picking|dig|digging) (?:at )?(?:my )?(?:wrists|wrist|veins)(?= )"),
    _c("carve-into", r" (?:carve|carving|carved|etch|etching|etched|scratch|scratching|scratched|"
       r"cut|cutting|burn|burning|burned|burnt)(?: [^ ]++){0,3} into my (?:arm|arms|skin|wrist|"
       r"wrists|leg|legs|thigh|thighs|stomach|chest|hand|body|hip|hips)(?= )"),
    _c("hide-cuts", r" (?:cuts|burns|wounds|(?:scars|marks|bruises)(?= on my (?:arms|arm|wrists|"
       r"wrist|thighs|thigh|legs|leg|stomach|hips|hip)))(?! from)(?= )",
       before=r" (?:hiding|hide|hid|cover|covering|covered|covering up|cover up|hiding all|"
       r"hide all|hiding my|covering my)(?: (?:the|my|all the|all my|new|fresh|all))?"),
    _c("cuts-on-me", r"(?:(?<= my)|(?<= the)| (?:fresh|new|deep)) (?:cuts|scars|burns|wounds) "
       r"on my "
       r"(?:thighs|thigh|arms|arm|wrists|wrist|legs|leg|stomach|hips|hip|skin)(?= )"),
    _c("what-i-did-arms", r" what i (?:did|have done|do|have been doing|been doing) to my "
       r"(?:arms|arm|wrists|wrist|legs|thighs|thigh|skin|body|stomach)(?= )"),
    _c("starve-on-purpose", r" purpose(?= )",
       before=r" (?:not eaten|not eating|not eat|stopped eating|skipping meals|skipped meals|"
       r"starving|starved|not drunk|not drinking|not ate|not had anything|starving myself)"
       r"(?: (?:in|for|since) [^ ]++(?: [^ ]++)?)?(?: again)? on"),
    _c("sh-coded", r" (?:sh|s h|shd|sh d|shed)(?= (?:$|again|last|tonight|today|yesterday|"
       r"urges|urge|thoughts|relapse|scars|cuts|because|cause|and (?:su|suicide|suicidal)))",
       before=r" (?:i|i have|i have been|been|relapsed and|thinking about|thinking abt|"
       r"thinking of|urge to|urges to|want to|wanna|wanted to|going to|about|to|i just)"),
    # -- farewells with a finality, and giving things away for good
    _c("farewell-pair", r"(?: (?:hear from me again|time you read this|"
       r"last message(?! (?:to you |for you )?about)|"
       r"last time you will|last time you will ever|last words|love you all|left a note|"
       r"before i go(?! (?:to|back|home|out|on|away|abroad|for|there|in|into|shopping|"
       r"travelling|traveling))|last person i)|(?<= when i am not) around|(?<= will not be) around|"
       r"(?:(?<=when they)|(?<=when you)|(?<=when someone)|(?<=when somebody)|(?<=when people)) "
       r"(?:find|finds|read|reads) this|(?:(?<=could not do it)|(?<=can not do it)|"
       r"(?<=could not do this)|(?<=can not do this)|(?<=could not take it)) anymore|"
       r"(?<= this is the) end(?= $)|(?<= i) (?:really tried|"
       r"tried my best))(?= )", also="farewell-cue"),
    _c("give-final", r"(?:(?<= but its) forever|(?<= but it is) forever| (?:"
       r"will not be needing (?:it|them|any of it|anything)(?= (?:$|anymore|after|soon|where))|"
       r"(?:will not|wont|am not going to) need (?:it|them|any of it|any of this|anything)"
       r"(?= (?:$|anymore|any more|where|after|soon|now))|"
       r"when i am not (?:here|around)(?= $)|(?:after|once|when|before) i go(?= $)|"
       r"whatever happens to me|if something happens to me|"
       r"if anything happens to me|after i am gone|when i am gone|remember me by|loose ends|"
       r"without me|while i still can|more than i will|no point (?:in )?keeping|"
       r"(?:water|waters|feed|feeds|walk|walks|look after|looks after|takes care of|"
       r"take care of) (?:them|him|her|it) after|looked after|taken care of|no use for|"
       r"need any of it anymore|need any of this anymore|passwords to everything|"
       r"all my passwords|cleaner this way|easier this way|everything is sorted|last thing|"
       r"after this week))(?= )",
       also="give-cue"),
    _c("wont-need-where", r" need (?:it|them|anything|any of it|any of this|my [^ ]++|money|"
       r"stuff|things|a coat|clothes)(?: anymore| any more)? (?:where i am going|soon|"
       r"after (?:this|tonight|today|"
       r"this week|this weekend|next week|friday|saturday|sunday)|much longer|for long|"
       r"when i am gone|after i am gone|anymore soon)(?= )",
       before=r" (?:will not|wont|am not going to|i will not|i wont|i am not going to|"
       r"i will no longer|not going to)(?: (?:be|even|really))?"),
    _c("last-ever", r" (?:last|final)(?: [^ ]++){0,2} (?:i will|ill|i am going to|i would) ever "
       r"(?:send anyone|write anyone|send anybody|text anyone|say to anyone|post|celebrate|"
       r"see|write|spend)(?= )"),
    # -- more families, from the second blind batch: attempts, wishes to stop existing, means at
    # hand, coded exits, burden and hopelessness in other words
    _c("attempted-before", r" attempted(?= (?:before|once|twice|suicide|again|last (?:year|month|"
       r"time|week|summer|winter|spring|autumn)|when i was|as a teen|in (?:school|college))(?= ))",
       before=r" (?:i|i have|i had|i already|i have already|i once)"),
    _c("out-of-existence", r" (?:fade|fading|blink|blinking|slip|slipping|vanish|vanishing|"
       r"disappear|disappearing|drift|drifting|wink|winking|erase|erasing|delete|deleting|"
       r"unexist|poof) (?:myself )?(?:out of|from) (?:existence|the world|this world|"
       r"everyones lives|the earth)(?= )"),
    _c("death-appeals", r"(?<!her)(?<!his)(?<!their)(?<!the) (?:being dead|death|dying|"
       r"never waking up|eternal sleep|nonexistence|non existence|oblivion)(?: just| honestly|"
       r" really)? (?:sounds|seems|feels|looks|would be|would feel|must be|is)(?: so| really|"
       r" kind of| kinda| pretty| quite| more| almost| actually| like| such)? (?:peaceful|nice|"
       r"appealing|tempting|comforting|restful|like a relief|like relief|a relief|"
       r"like freedom|like peace|easier|calm|calming|welcoming|inviting|attractive|lovely|"
       r"beautiful|like the answer|like an answer|like a good option|like an option|"
       r"better than this|better than living|like rest|like a rest|like home)(?= )"),
    _c("cant-wait-die", r" wait to (?:just )?(?:die|be dead|not exist|stop existing|not be here|"
       r"not be alive|be gone forever|disappear forever|never wake up|end it all|end my life|"
       r"not be anymore|be in the ground|sleep forever)(?! (?:of|laughing|from|for|with|at)(?= ))"
       r"(?= )", before=r" (?:can not|could not|can hardly|can barely|i just can not)"),
    _c("if-not-wake-fine", r" wake up(?! (?:early|on time|in time|at|before|by|late|till|until|"
       r"for|to|and go|and get|and have|with)(?= ))(?: [^ ]++){0,3} (?:good|fine|okay|ok|so be it|"
       r"whatever|great|a relief|relief|i would not mind|would not mind|that is fine|"
       r"that is ok|that is okay|would be nice|would be good|would be okay|would be fine|"
       r"honestly good|good riddance|i am fine with that|i am ok with that|"
       r"i am okay with that)(?= )",
       before=r" if i (?:just )?(?:did not|do not|never|would not)"),
    _c("attempt-means-gas", r" (?:(?:turn|turning|turned|leave|leaving|left|put|putting) (?:on )?"
       r"the gas(?: on)? (?:and|then) (?:go|going|went|fall|falling|lie|lying|lay) (?:to sleep|"
       r"asleep|down)|head in the (?:gas )?oven)(?= )"),
    _c("car-fumes", r" (?:car|engine) (?:running|on|idling) in the (?:(?:closed|shut|locked) "
       r"garage|garage(?= (?:$|with the (?:door|doors) (?:shut|closed|down)|door shut|"
       r"door closed)))(?! to )(?= )"),
    _c("car-hose", r" (?:hose|hosepipe|pipe|tube)(?= (?:$|from the exhaust|to the exhaust|"
       r"in the window|through the window|running))",
       before=r" (?:in|sitting in|sat in|sit in|inside) (?:the|my) car with (?:a|the|my)"),
    _c("holding-means", r" (?:knife|blade|razor|gun|pistol|rope|noose|pills|bottle of pills|"
       r"scissors)(?: [^ ]++){0,2} (?:and|while|just) (?:thinking|staring|wondering|shaking|"
       r"crying|thinking about it|looking at it|looking at my)(?= )",
       before=r" (?:holding|held|hold|gripping|sitting with|sat with)(?: (?:the|a|my|this|that))?"),
    _c("means-access", r" (?:code|combination|key|keys|pin)(?= (?:$|to it|for it|to the (?:safe|"
       r"cabinet|cupboard|locker|case|box)|to (?:his|her) (?:safe|cabinet|cupboard|locker|case|"
       r"box)))", before=r" (?:know|found|have|got|found out|worked out|figured out|guessed) "
       r"(?:the|his|her|its)", also="firearm-word"),
    _c("pill-stash", r" (?:stash|stockpile|hoard)(?= )",
       before=r" (?:so (?:that )?i (?:have|can have|can build|can make|build|get|can keep)|"
       r"to (?:build|make|have|keep|get|save)|building|build|built|saving up|saving|started|"
       r"secret|hidden)(?: up)? (?:a|my|a secret|a little|a big|a growing|enough of a)",
       also="pills-word"),
    _c("enough-of-both", r" enough of (?:both|each|everything|them all)(?= )", also="pills-word"),
    _c("use-means", r" use (?:it|them)(?= (?:$|tonight|today|on myself|soon|now|this time|again|"
       r"when))",
       before=r" (?:i am going to|going to|gonna|i am gonna|i will|ill|i want to|i am about to|"
       r"i might|i might actually|i am really going to|i am finally going to)", also="sh-means"),
    _c("urge-cut", r" (?:cut(?= (?:$|so bad|so badly|really bad|really badly|right now|tonight|"
       r"deeper|myself))|(?:bleed|feel the blade|feel the razor|see blood|see myself bleed)"
       r"(?= (?:$|again|so bad|so badly|tonight|right now|now)))",
       before=r" (?:want to|wanna|need to|urge to|urges to|going to|gonna|about to|i will|"
       r"tempted to|craving to|dying to|itching to|so close to|trying not to|"
       r"resisting the urge to)(?: really| just| so)?"),
    _c("jump-high", r" (?:jump|jumping|jumped|throw myself|throwing myself|leap|leaping|"
       r"fling myself|yeet myself|yeeting myself) (?:off|from) (?:something|somewhere|anything) "
       r"(?:high|tall|really high|high enough)(?= )"),
    # "mentally checked out of everything" is the idiom for switching off, not dying.
    _c("sign-off-life", r"(?!(?:(?<= mentally)|(?<= emotionally))(?: [^ ]++){2} (?:of|from) "
       r"everything(?: |$)) (?:sign|signing|signed|log|logging|logged|clock|clocking|clocked|"
       r"check|checking|checked|tap|tapping|tapped|bow|bowing|bowed|cash|cashing|cashed|peace|"
       r"peacing) (?:off|out) (?:(?:of|from) (?:life|this life|existence|this world|the world|"
       r"earth|this planet|everything)|(?:for good|forever|permanently|for ever)"
       r"(?! (?:from|of|on|at|with) ))(?= )"),
    _c("permanently-out", r" permanently (?:log|logging|sign|signing|check|checking|clock|"
       r"clocking|tap|tapping|leave|leaving|exit|exiting|delete|deleting) (?:out|off)"
       r"(?! (?:of|from|on) )(?= )"),
    _c("life-subscription", r" (?:whether i live or die|care if i live or die|welcome death|"
       r"waiting to die(?! of)|"
       r"waiting for death|ready for death|(?:favour|favor) by (?:dying|disappearing|"
       r"not being here|killing myself|being gone|not existing)|subscription to life|"
       r"unsubscribe from life|"
       r"unsubscribing from life|uninstall life|uninstalling life|life subscription|"
       r"respawn button|opt out of life|opting out of life|resign from life)(?= )"),
    _c("permanent-sleep", r" (?:permanent kind|permanent one|permanent sort|permanent type|"
       r"make it permanent|long kind|forever kind|eternal kind|eternal one|"
       r"no alarm needed|without an alarm ever)(?= )", also="sleep-word"),
    _c("kys-self", r" (?:kys|kill yourself|kill urself)(?= (?:[^ ]++ ){0,4}(?:myself|"
       r"my reflection|the mirror|in my head))"),
    _c("rope-verb", r" rope(?= (?:$|tbh|fr|ngl|lol|soon|tonight|today|myself|honestly|"
       r"for real))",
       before=r" (?:going to|gonna|i will|ill|want to|wanna|about to|finna|might|should|"
       r"might just|should just|time to|ready to)"),
    _c("give-stuff-away", r" (?:give|giving|gave|given) (?:all |most )?(?:of )?my (?:stuff|things|"
       r"belongings|possessions|clothes|pets|books|games|records|jewellery|jewelry|plants|"
       r"furniture|savings|money|guitar|laptop|art|everything) away(?! (?:before (?:i move|"
       r"moving)|because i am moving|since i am moving|as i am moving|when i moved|"
       r"when i move|for the move))(?= )"),
    _c("better-off-end", r" better off(?= (?:$|honestly|tbh|really|anyway|without me|if i|"
       r"dead|that way|trust me|i know it))",
       before=r" (?:<BROAD> (?:would|will)(?: all| honestly| really| just| truly| definitely|"
       r" probably)?|theyd|everyoned) be(?: so much| much| way| a lot| all)?"),
    _c("spare-everyone", r" (?:save|saves|spare|spares|saving|sparing) <BROAD>(?: [^ ]++){0,5} "
       r"(?:if i|by) (?:just )?(?:was not around|were not around|was gone|were gone|"
       r"was not here|were not here|died|disappeared|did not exist|was dead|were dead|"
       r"not being here|not being around|disappearing|dying|being gone|killing myself|"
       r"ending it|left for good)(?! (?:when|while|at|for|on|during|tonight|this|today|"
       r"tomorrow|next))(?= )"),
    _c("taking-up-space", r" (?:taking up space|wasting space|wasting oxygen|wasting air|"
       r"using up oxygen|using up air)(?! in (?:his|her|their|my) (?:head|mind|life|flat|"
       r"house|car|closet|wardrobe|phone))(?= )",
       before=r" (?:i am|i feel like i am|i feel like|i am just|i am only|i am literally|just|"
       r"only)(?: just| only| literally| really)?"),
    _c("get-out-alive", r" (?:get|make it|come|getting|making it|coming) (?:out of|through) "
       r"(?:this|here|it|all this|all of this) alive(?= )",
       before=r" (?:do not see how|can not see how|do not know how|do not think|doubt|"
       r"not sure|no way|not going to|will not|there is no way) i(?: (?:will|can|could|am going "
       r"to|would|ever|even|really))?"),
    _c("survive-dont-want", r" survive (?:this|it|another day|the night|much longer|any of this)"
       r"(?: [^ ]++){0,2} (?:and|but) (?:i|honestly i) (?:do not|don t) (?:want to|even want to|"
       r"care to|wish to)(?= )"),
    _c("only-way-out-is", r" only (?:way out|escape|exit|solution|option|answer|way to (?:stop|"
       r"end) (?:this|it|the pain)|thing left|thing left to do|choice)(?: (?:left|i see|"
       r"i can see|i have))? (?:is|would be|will be)(?: to| for me to| just)? (?:not be here|"
       r"not exist|not be alive|not be around|die|death|dying|suicide|kill myself|"
       r"killing myself|end it|ending it|end it all|end my life|disappear|be gone|"
       r"not being here|sleep forever|leave this world|end everything)"
       r"(?! (?:with|between|for us|for good between)(?= ))(?= )"),
    _c("give-up-life", r" (?:give|giving|gave|given) up on (?:life|living|being alive|"
       r"staying alive|existing|this life|the world|everything and everyone)(?= )",
       negatable=True),
    _c("nothing-left-world", r" nothing left for me(?= (?:in this world|in life|to live for|"
       r"on this earth|on earth|anywhere|in this life))"),
    # -- third blind batch: general families (research, plans, farewells, burden, coded exits,
    # self-harm in other words); ambiguous ones only ask
    _c("research-lethal", r" (?:(?:googling|googled|google|searching|searched|researching|"
       r"researched|looking up|looked up|look up|reading about|read about|read up on|"
       r"checking|checked|asking about) (?:ways|methods|how|the best way|the easiest way) to "
       r"(?:die|kill myself|end my life|end it all|overdose|drown|hang myself|not wake up)|"
       r"how long (?:it takes|does it take|would it take|it would take|will it take|until|till) "
       r"(?:to |for )?(?:you to |someone to |a person to |me to )?(?:drown|die|bleed out|"
       r"suffocate|overdose|freeze to death|lose consciousness)|"
       r"how (?:much|many) <PILLS> (?:is|are|would be|it takes to be) (?:too much|too many|"
       r"lethal|fatal|deadly|enough to|an overdose|a lethal)|"
       r"which <PILLS> (?:are|is|would be) (?:painless|lethal|fatal|deadly|the strongest|"
       r"enough)|"
       r"(?:height|high|far) (?:do you need|you need|would you need|would i need|do i need|"
       r"you have) to (?:fall|jump|drop)(?: from| off)?(?: [^ ]++){0,1} to (?:actually )?"
       r"(?:die|be fatal|not survive|kill you|kill me)|"
       r"(?:jump|fall|drop) (?:from|off) (?:high enough|something high enough|far enough|"
       r"a high enough)|how long would it take if i (?:left|leave|turn|turned|put) the gas on)"
       r"(?= )"),
    _c("research-height", r" how (?:high|tall|far up) (?:my|the|this|that|our|his|her) "
       r"(?:building|bridge|balcony|roof|flat|block|tower|cliff|apartment|car park|"
       r"parking garage)(?: [^ ]++){0,1} (?:is|was|goes)(?= )",
       before=r" (?:looking up|looked up|look up|googling|googled|google|searching|searched|"
       r"checking|checked|check|measuring|measured|working out|worked out|figured out|"
       r"calculating|calculated|keep looking up)"),
    _c("tried-end-before", r" (?:tried|attempted) to (?:end it(?= (?:$|(?:last|before|once|twice|"
       r"in|when i was|as a teen|years ago|a year ago|and (?:i can|it is|the thoughts|"
       r"i am still|i still))(?= )))|end my life|kill myself|take my life|take my own life|"
       r"overdose|hang myself)(?= )"),
    _c("suicidal-lied", r" (?:lied|lying)(?= )", before=r" suicidal (?:but|and) i(?: was| am)?"),
    _c("alive-doubt", r" alive(?= (?:$|by|next|in (?:a|two|three|six|[0-9]+)|for (?:much|long|"
       r"another)|to see|much longer|at (?:christmas|the end)|until|till|after|tomorrow|this "
       r"time|and honestly))",
       before=r" (?:do not think i will|do not think ill|doubt i will|doubt ill|not sure i will|"
       r"not sure ill|do not know if i will|do not know if ill|do not think i am going to|"
       r"not sure i am going to|i am not going to|do not expect to|i will not|i might not|"
       r"i may not|probably will not)(?: (?:even|really|still))? be(?: still)?"),
    _c("vehicle-take-me", r" (?:bus|car|truck|train|lorry|van|plane|drunk driver|taxi|tram)"
       r"(?: would| will| could)?(?: just)? (?:took me out|takes me out|take me out|hit me|hits me|"
       r"ran me over|runs me over|run me over|killed me|kills me|kill me|wiped me out|"
       r"took me)(?! (?:to|for|on|at|in|lol|shopping|dancing)(?= ))(?= )",
       before=r" (?:if|hope|wish|pray|hoping|wishing|praying|want|wanted|nice if|good if|"
       r"fine if|ok if|okay if)(?: that)? (?:a|the|some)"),
    _c("god-take-me", r" (?:god|universe|jesus|death|lord)(?: would| will| could)?"
       r"(?: just)? (?:takes|take|took|would take) me(?= (?:$|in my sleep|tonight|soon|away|"
       r"home|now|already|out|instead))",
       before=r" (?:pray|praying|prayed|hope|hoping|wish|wishing|want|begging|beg|asking|asked|"
       r"wait for|waiting for)(?: that)?(?: the)?"),
    _c("easier-not-exist", r" (?:(?:okay|ok|fine|content|alright|at peace) with (?:not waking up|"
       r"never waking up|not being here|not existing|not being alive|not being around)"
       r"(?! (?:for|at|on|when|this|tonight|today|with|in)(?= ))|(?:easier|better|simpler|nicer|"
       r"kinder|best|calmer) (?:to|if i could)(?: just)? (?:not exist|stop existing|not be here|"
       r"not be alive|not wake up|be dead|die|not be around|cease to exist|stop breathing|"
       r"never wake up|be gone for good|disappear forever|not be here anymore)"
       r"(?! (?:of|laughing|from|for|with|at|in|on|tonight|tomorrow|this|when|while)(?= )))"
       r"(?= )"),
    _c("plane-down", r" (?:plane|flight|car|bus|train|taxi|uber|ferry|boat)(?: would| will| could)?"
       r"(?: just)? (?:goes down|go down|went down|crashes|crash|crashed|falls out of the sky|"
       r"fall out of the sky|derails|derail|blows up|blow up|sinks|sink)(?= )",
       before=r" (?:wish|wishes|wishing|hope|hopes|hoping|pray|praying|want) (?:that )?"
       r"(?:the|my)"),
    _c("not-bad-if", r" (?:bad|terrible|awful|tragic|sad)"
       r"(?: [^ ]++){0,1} if i (?:just )?(?:crashed|died|did not wake up|never woke up|got hit|"
       r"was gone|were gone|disappeared|was dead|were dead|did not make it|drowned|fell|"
       r"swerved|jumped|stopped existing|was not here|were not here|was not around|"
       r"were not around)(?= )",
       before=r" (?:would not be|would not be that|would not be so|would not be the|"
       r"would not really be|would not even be|is not that|not be so|not be that|"
       r"would not honestly be|would not actually be)"),
    _c("sleep-not-back", r" (?:sleep|asleep|go to sleep)(?: [^ ]++){0,5} (?:and|then) "
       r"(?:not|never) (?:come back|wake up|return|wake(?! up)|coming back)"
       r"(?! (?:till|until|before|for|early|late|at)(?= ))(?= )"),
    _c("if-x-dont-mind", r" if i (?:just )?(?:got sick and did not make it|did not make it|died|"
       r"got hit|did not wake up|never woke up|got killed|dropped dead|stopped breathing|"
       r"was gone|were gone|disappeared|crashed|stopped existing|got cancer and died|"
       r"got hit by a (?:car|bus|truck|train)) (?:i|id|honestly i|tbh i) (?:would not|"
       r"would honestly not|really would not|do not|honestly do not|would not really|would) "
       r"(?:mind|care|be sad|be upset|complain|be relieved|be fine|be okay|be ok|object)(?= )"),
    _c("erased", r" (?:wish i could|wish i would|wish to|want to|wanna|could just|would just|"
       r"if i could|need to|ready to|would like to|want to just|really want to)(?: just)? "
       r"(?:be erased|be deleted|erase myself|be wiped out|be wiped from existence|"
       r"cease to exist|not exist|stop existing|be nothing|sleep forever|stop breathing|"
       r"stop waking up|stop being alive|not be alive|be unborn|unexist|undo my existence|"
       r"rest in peace)(?= (?:$|forever|for good|completely|from existence|permanently|entirely|"
       r"already|now|tbh|honestly|and never|anymore|any more|soon|tonight))"),
    _c("life-optional", r" (?:optional|pointless|unbearable|(?<=not )worth (?:it|living)|"
       r"(?<=a )(?:burden|mistake|waiting room)|meaningless|like a punishment|like a sentence|"
       r"like a prison|like a waiting room)(?= )",
       before=r" (?:being alive|living|existing|staying alive|my existence|my life|life|"
       r"being here|waking up)(?: just| really| honestly)? (?:feels|seems|is|has become|"
       r"became|has felt|is starting to feel|started to feel|feels so|is just|feels like|"
       r"is like)(?: so| kind of| kinda| really| just| totally| completely)?(?: a| not)?"),
    _c("hope-something-happens", r" (?:something|anything) (?:bad )?(?:happens|would happen|"
       r"will happen|happened) to me(?= )",
       before=r" (?:hope|hoping|wish|wishing|pray|praying|want)(?: that)?"),
    _c("wake-or-not", r" (?:wake up|live|die|make it|survive|see tomorrow|am alive|live or die|"
       r"wake up tomorrow|am here|exist)(?: [^ ]++){0,1} or not(?= )",
       before=r" (?:idc|idgaf|i do not care|do not care|dont care|not sure i care|"
       r"do not even care|could not care less|care less|do not mind) (?:if|whether)(?: i)?"),
    _c("want-out-life", r" out of (?:my (?:own )?life|this life|life|existence|this world|"
       r"being alive|living|here for good)(?= )",
       before=r" (?:want|wanna|need|wish i could get|ready to get|want to get|wanna get|"
       r"want to check|moving|checking|opting|bowing|logging|signing)(?: myself)?"),
    _c("wish-never-here", r" (?:never here|never born|never existed|never been here|"
       r"never been born|dead|never around|never alive)(?= )",
       before=r" (?:wish|wishing|wished) (?:that )?(?:i|id) (?:was|were|had been|had|been|"
       r"could be|would be)(?: just)?"),
    _c("hope-last-sleep", r" (?:hope|hoping|pray|praying|wish|wishing) (?:that is|this is|"
       r"it is|its|tonight is|that it is|that this is) (?:it|the end|my last)(?: for me)?"
       r"(?= (?:$|and|tonight|forever))",
       before=r" (?:bed|sleep|asleep|close my eyes|lie down|lay down)(?: [^ ]++){0,3}"),
    _c("not-breakup-kind", r" (?:breakup (?:goodbye|kind)|relationship(?= me))(?= )",
       before=r" (?:not a|not the|not|me not the)"),
    _c("not-like-moving", r" (?:moving|moving away|travelling|traveling|leaving town|"
       r"leaving the city)(?= (?:$|i|away))",
       before=r" (?:not go like|not like|not gone like|not going like|not leaving like)"),
    _c("look-accident", r" (?:look|looks|looked|seem|seems) like an accident"
       r"(?= )"),
    _c("plan-and-date", r" (?:plan|method|date|time|place|means|spot) and (?:a|the|my) "
       r"(?:date|time|place|method|means|plan|spot|way)(?= )",
       before=r" (?:have|got|made|picked|chosen|i have|i have got)(?: a| the| my)"),
    _c("do-it-before-wakes", r" before (?:anyone|everyone|anybody|they|my (?:[^ ]++ )?[^ ]++|"
       r"the house|he|she|you) (?:wakes|wake|gets|get|comes|come|is|are) (?:up|home|back)"
       r"(?= )",
       before=r" (?:do it|doing it|end it|ending it|go through with it)"
       r"(?: [^ ]++){0,3}"),
    _c("train-times-crossing", r" (?:train|trains|freight train|express|last train|"
       r"first train)(?: [^ ]++){0,2} (?:passes|pass|goes through|comes through|goes past|"
       r"comes past|runs through|comes|goes) (?:the )?(?:crossing|level crossing|tracks|"
       r"railway bridge)(?= )"),
    _c("no-fence", r" (?:no fence|no railing|no railings|no barrier|no barriers|no security|"
       r"no guards|no cameras|unfenced|no one around at night|nobody around at night)"
       r"(?= )", also="danger-place"),
    _c("too-close-edge", r" (?:close|near) to the (?:edge|tracks|drop|ledge|railing|platform edge)"
       r"(?= )", also="sh-cue"),
    _c("pills-wine-enough", r" enough(?= (?:$|right|to|do you think|yeah|i think))",
       before=r" (?:take|taking|swallow|swallowing|down|downing|took) (?:all of (?:these|them|"
       r"those|it|my)|all (?:these|those|of them|my|the)|them all|these all)"
       r"(?: [^ ]++){0,6}"),
    _c("pills-with-drink", r" all of (?:these|them|those|my pills|the pills) (?:with|and) "
       r"(?:the |some |a bottle of )?(?:wine|vodka|alcohol|booze|whiskey|whisky|gin|rum|"
       r"tequila|beer)(?= )"),
    _c("staring-wrist", r" (?:staring|stare|stared|looking|looked|gazing) at my (?:wrist|wrists|"
       r"veins|throat)(?! (?:watch|to check|for the time)(?= ))(?= )", also="cut-word"),
    _c("stood-edge-long", r" (?:edge|ledge|railing|railings|bridge|tracks|platform edge|roof)"
       r"(?: [^ ]++){0,4} for (?:ages|hours|an hour|a long time|so long|too long|"
       r"half an hour|[0-9]+ minutes|ever)(?! (?:with|watching|talking|together|kissing)(?= ))"
       r"(?= )",
       before=r" (?:i|and|then|i just|and just|then just|just) (?:stood|sat|waited|lingered|stayed|"
       r"stand|sit) (?:on|at|by|near|over)"
       r" (?:the|a)"),
    _c("blades-no-shave", r" shave(?= )", before=r" (?:do not|never|dont)(?: even)?",
       also="sh-means"),
    _c("walked-onto-tracks", r" (?:walked|stepped|went|stood|lay|lying|walking|standing|"
       r"laid) (?:onto|on|into|in) the (?:tracks|railway|rails|railway line|train tracks)"
       r"(?= )"),
    _c("wouldnt-take-long", r" (?:would not|will not|does not|should not|would not even) "
       r"take long(?! (?:to|for|if (?:he|she|they|you))(?= ))(?= )", also="danger-place"),
    _c("counted-pills", r" (?:counted|counting|count|recounted) (?:them|out|my pills|the pills|"
       r"my tablets|the tablets|my meds|how many)(?= )", also="pills-word",
       before=r" (?:i|and|then|i have|i just|i already|i keep|been|i have been|and just)"),
    _c("swim-until", r" (?:swim|swimming|swam|walk|walking) (?:out )?(?:until|till|til) i "
       r"(?:can not|could not|cant|drown|sink|go under|stop|can not anymore)(?= )"),
    _c("tied-to-door", r" (?:tied|tie|tying|hung|hang|hanging) (?:a|the|my) (?:belt|rope|cord|"
       r"scarf|cable|sheet|tie|noose|dressing gown cord)(?: [^ ]++){0,2} (?:to|around|on|from|"
       r"over) (?:the|a|my) (?:door|door handle|doorknob|door knob|banister|beam|ceiling|rail|"
       r"pipe|bar|hook|neck|tree|branch|wardrobe|loft hatch)(?= )"),
    _c("find-this-gone", r" (?:find|finds|found|read|reads|see|sees|get|gets) (?:this|it|"
       r"my message)(?: [^ ]++){0,2} (?:i will|ill|i am|i would|it will|i will already)"
       r"(?: already| probably)?(?: be)? (?:not in pain anymore|no longer in pain|"
       r"not hurting anymore|"
       r"somewhere better|in a better place|at peace|out of pain|not suffering anymore|"
       r"free now|gone|dead|with (?:grandma|grandpa|nan|mum|mom|dad))(?= )"),
    _c("none-their-fault", r" tell (?:(?:my|our) (?:[^ ]++ )?(?:that )?(?:none of (?:it|this) "
       r"(?:was|is)|(?:it|this) (?:was|is) not)|(?:him|her|them) (?:that )?none of (?:it|this) "
       r"(?:was|is)) (?:her|his|their|your) fault(?! (?:we|that we|because|but|it|things|the|"
       r"for the)(?= ))(?= )"),
    _a("goodbye-real", r" goodbye (?:for real|for good)(?! (?:to|from) (?:the|that|this|our|my "
       r"old)(?= ))(?= )", before=r" (?:this is|this is my|it is)"),
    _a("goodbye-forever-end", r" goodbye(?: [^ ]++){0,3} forever(?= $)"),
    _c("deal-after-tonight", r" (?:deal with|worry about|put up with|see|hear from|bother with) "
       r"me(?= (?:after (?:tonight|today|this week|this weekend|tomorrow)|ever again after|"
       r"much longer|for much longer|for long))",
       before=r" (?:will not|wont|will never|never|not going to|no longer)"
       r"(?: ever| even)? (?:have to|need to)"),
    _c("sorry-couldnt-stay", r" sorry i (?:could not|can not|couldnt|cant|was not able to) "
       r"(?:stay|stick around|hold on|keep going|be stronger)(?= (?:$|any longer|anymore|"
       r"any more))"),
    _c("goodbye-to-all-i-love", r" (?:everyone|everybody|each person)"
       r" i (?:care about|love|have ever loved|know) to say (?:goodbye|bye|my goodbyes)(?= )"),
    _c("sad-when-hear", r" (?:sad|upset|angry|cry|mad) (?:when|once) you (?:hear|find out|"
       r"get the news|are told)(?= (?:$|it|about me|what))",
       before=r" (?:do not be|dont be|try not to be|please do not be|please dont be)"),
    _c("forgive-about-to", r" (?:forgive me|sorry|forgive) for what i am "
       r"(?:about to|going to|gonna) do(?= )"),
    _c("blame-yourselves", r" blame (?:yourselves|yourself (?:for (?:this|what i did|"
       r"what happened to me|my death|me|what i am about to do)))(?= )",
       before=r" (?:do not|dont|never|please do not|please dont|try not to|you must not)"),
    _c("was-here-before-go", r" know i (?:was here|existed|was alive|lived)(?: [^ ]++){0,1} "
       r"before i (?:go|die|am gone|leave)(?= $)"),
    _c("tried-save-me", r" (?:trying|tried) to save me(?= (?:$|you could not|you can not|"
       r"but|it is not|its not|nobody|no one))",
       before=r" (?:thank you for|thanks for|thank you all for|you all for)"),
    _c("writing-goodbyes", r" (?:writing|wrote|write|recording|recorded|sending|sent|drafting|"
       r"drafted) my (?:last |final )?goodbyes(?! to (?:the|my old|our|work|this|that|"
       r"everyone at)(?= ))(?= )"),
    _c("went-peacefully", r" went (?:peacefully|quietly|without pain|in peace|painlessly|"
       r"happy|at peace)(?= )",
       before=r" tell (?:them|everyone|her|him|my [^ ]++) (?:that )?i"),
    _c("pet-permanent", r" (?:dog|cat|rabbit|bunny|bird|fish|hamster|pets|pet|kitten|puppy|dogs|"
       r"cats|parrot|guinea pig)(?: [^ ]++){0,6} (?:it is permanent|its permanent|"
       r"it is for good|its for good|keep (?:him|her|them|it) forever|keep (?:him|her|them|it) "
       r"for good|take better care of (?:him|her|them|it))(?= )",
       before=r" (?:took|gave|given|left|dropped|rehomed|sent|handed|take|give|giving|taking|"
       r"leaving|leave) (?:my|our)"),
    _c("give-think-of-me", r" (?:think of me|remember me) when (?:he|she|you|they) "
       r"(?:plays|play|wears|wear|uses|use|reads|read|listens|listen|looks at|look at|sees|see)"
       r"(?= )", also="give-cue"),
    _c("give-keep-forever", r" keep (?:it|them) (?:forever|for good|for ever)(?= )",
       also="give-cue"),
    _c("give-done-here", r" (?:basically |pretty much |all )?done here(?= $)", also="give-cue"),
    _c("give-nothing-keeping", r" (?:keeping|holding) me(?= (?:$|here|alive|in this world|"
       r"on this earth|anymore))",
       before=r" (?:nothing|no one|nobody|there is nothing|nothing is|nothing left)",
       also="give-cue"),
    _c("funeral-plan", r" (?:funeral plan|funeral arrangements|planned my funeral|"
       r"plan my funeral|planning my funeral|pay for my funeral|paid for my funeral|"
       r"songs for my funeral|what i want at my funeral)(?= )"),
    _c("that-is-the-point", r" point(?= $)", before=r" (?:that is|thats|which is) the",
       also="give-cue"),
    _c("parents-peace-if", r" if i (?:just )?(?:was not around|were not around|was not here|"
       r"were not here|was gone|were gone|did not exist|stopped existing|disappeared|vanished|"
       r"died|was dead|were dead|was not alive|never existed|stopped being around|"
       r"was out of the picture|was out of the way|stopped breathing|was no longer here)"
       r"(?! (?:when|while|for|at|on|this|today|tomorrow|tonight|during|to|from|and|him|her|"
       r"them|you|people|my|with|in)(?= ))(?= )",
       before=r" (?:peace|some peace|peace and quiet|better|happier|easier|relieved|glad|free|"
       r"freer|fine|lighter|calmer|richer|relief|a relief|blessing|a blessing|favour|favor|"
       r"happy|kinder|simpler|notice|notice for days|notice for weeks|"
       r"care|miss me|nicer|better place|happier place|(?:no one|nobody|noone) (?:[^ ]++ ){0,3}"
       r"worse off|for everyone|for them|"
       r"for everybody|to everyone|to them|for my family|for all of them)"
       r"(?: (?:for|to) (?:everyone|everybody|them|all of them|my family|the people i love|"
       r"the world))?"),
    _c("if-gone-carry-on", r" if i (?:just )?(?:vanished|disappeared|died|was gone|were gone|"
       r"stopped existing|was not here|were not here|was not around|were not around|"
       r"killed myself|did not exist|did not wake up)(?: [^ ]++){0,6} (?:carry on|go on|"
       r"move on|get over it|not even notice|not notice|be relieved|celebrate|forget me|"
       r"forget about me|be fine|be better|be happier|be better off|notice for days|"
       r"be over it|barely notice|hardly notice|not miss me|like nothing happened)(?= )"),
    _c("take-up-space", r" (?:take|taking|took|use|using) up (?:space|oxygen|air|room|resources)"
       r"(?: and (?:oxygen|air|space|resources|money|time))?(?= (?:$|and|that|other|someone|"
       r"people|on this|in this world|i do not deserve))",
       before=r" (?:i|i just|i only|i am just|i am only|all i do is|i am|i am literally|"
       r"i literally)"),
    _c("problem-to-fix", r" (?:problem|burden|project|charity case|weight|mess) (?:they|everyone|"
       r"people|you|he|she|my family|my parents|everybody) (?:have|has|keep having|keeps having) "
       r"to (?:fix|deal with|carry|handle|look after|worry about|clean up)(?= )",
       before=r" (?:being|i am|am|i am just|i am always|being the|i am the|am the)"
       r"(?: the| a| one| another)?"),
    _c("cry-then-relieved", r" (?:cry|mourn|grieve)(?: for| about it for)? (?:a|like a|one|"
       r"two|a couple of|a few) (?:week|day|month|days|weeks)(?: [^ ]++){0,4} (?:relieved|"
       r"fine|move on|over it|forget me|forget about me|better off|happier)(?= )"),
    _c("removing-me-fixes", r" (?:removing me|getting rid of me) (?:fixes|"
       r"would fix|solves|would solve|will fix|will solve|helps|would help|fix|solve) "
       r"(?:it|everything|that|things|the problem|all of it|this)(?= )"),
    _c("with-me-gone", r" (?:gone|dead|out of the picture|out of the way|six feet under)(?= )",
       before=r" (?:easier|better|happier|lighter|fine|okay|ok|free|freer|relieved|peace|"
       r"calmer|simpler|nicer|kinder|better off)(?: [^ ]++){0,5} with me"),
    _c("cost-people", r" (?:cost (?:people|everyone|them|my family|my parents|everybody|"
       r"the people around me)|(?:make|making|makes) (?:everyone is|everyones|everybodys|their|"
       r"my familys|my parents|everyone) (?:lives|life) (?:worse|harder|miserable|hell))(?= )",
       before=r" (?:all i do is|i only|i just|all i ever do is|i always|i am only|i am just|"
       r"i am)"),
    _c("spare-them", r" spare (?:them|everyone|everybody|my family|him|her|you all|the world|"
       r"all of them|all of you)(?= (?:$|from me|the trouble of me|the burden|any more pain|"
       r"anymore|the pain of me|of me|forever|for good))",
       before=r" (?:better to|best to|kinder to|time to|i should|i will|i want to|going to|"
       r"i need to|i am going to|i could)(?: just)?"),
    _c("one-more-thing-carry", r" (?:one more thing|another thing|another burden|one more burden|"
       r"another weight|one more weight|another problem|one more problem|another mouth)"
       r"(?: (?:she|he|they|you|everyone|people|my [^ ]++))? (?:has|have|needs|need|needs to|"
       r"does not need|do not need)(?: to)? (?:carry|worry about|deal with|look after|fix|"
       r"handle|feed|to worry about)(?= )"),
    _c("waste-of-love", r" waste of (?:everyone is|everyones|everybodys|your|their|peoples|"
       r"my parents|"
       r"my familys) (?:love|time|effort|money|care|energy|oxygen)(?= )",
       before=r" (?:i am|i am just|i am such|i am only|i am nothing but|i feel like)"
       r"(?: a| such a| a complete| a total)?"),
    _c("favour-by-going", r" (?:favour|favor) by (?:going away|going|leaving|disappearing|"
       r"vanishing|removing myself|not being around|not existing|not being here)"
       r"(?: (?:for good|forever|permanently|for ever))(?= )"),
    _c("feel-the-gap", r" (?:feel|notice) the (?:gap|difference|loss|hole|absence)"
       r"(?= (?:$|if i|when i))",
       before=r" (?:no one|nobody|noone|not a single person|not one person) (?:would|will)"
       r"(?: even| really| ever)?"),
    _c("disappointed-still-here", r" (?:disappointed|sad|upset|angry|annoyed|gutted|devastated|"
       r"pissed|mad)(?: that| to find| to see| to be| when)? (?:i am|i was|i have|i) (?:still )?"
       r"(?:here|alive|breathing|woke up|woken up|wake up)(?! (?:at|in|with|on)(?= ))(?= )"),
    _c("cant-do-life", r" life(?= (?:$|anymore|any more|any longer|not))",
       before=r" (?:can not|can no longer|cant|do not want to) do"),
    _c("pointless-living", r" pointless(?: [^ ]++){0,1} (?:living|existing|being alive|"
       r"to live|to keep living|to go on living|staying alive|to stay alive)(?= )"),
    _c("fighting-stay-alive", r" (?:fighting|trying|struggling|working) (?:so hard )?to "
       r"(?:stay alive|keep living|keep myself alive|not die|not kill myself|"
       r"stay alive every day)(?= )"),
    _c("version-of-me", r" (?:version of me|version of myself|future me|future where i|"
       r"world where i) (?:that|who|which) (?:gets through|survives|makes it|lives|is alive|"
       r"comes out|is still here|gets past)(?= )",
       before=r" (?:can not see a|do not see a|can not imagine a|can not picture a|"
       r"there is no|can not see any|do not see any|no)"),
    _c("imagine-age", r" (?:being|turning|reaching|seeing|making it to) (?:[0-9]+|twenty|thirty|"
       r"forty|fifty|next year|old|older|my next birthday|my birthday)(?= (?:$|i can not|"
       r"i cant|i can not even|or|even))",
       before=r" (?:can not|cannot|can no longer|do not|could never|will never) "
       r"(?:imagine|picture|see myself|envision)"),
    _c("dont-want-keep-going", r" keep going(?= (?:$|anymore|any more|any longer))",
       before=r" (?:do not want to|do not wanna|no longer want to|do not even want to|"
       r"not want to|do not really want to)"),
    _c("too-broken-live", r" too (?:broken|tired|damaged|sad|weak|exhausted|far gone|"
       r"worthless|messed up|fucked up)(?: [^ ]++){0,1} to (?:keep living|live|stay alive|"
       r"be alive|exist|keep existing|go on living)(?! (?:like|with|in|here|there|through|"
       r"without|for)(?= ))(?= )"),
    _c("future-stops", r" future (?:just )?(?:stops|ends)(?= (?:$|at (?:this|the end|tonight|"
       r"today)|here|now|tonight|this week|after (?:tonight|today|this)))", before=r" my"),
    _c("one-way-pain-ends", r" only (?:one )?way (?:this|it|the pain|this pain|my pain|this all|"
       r"all this|this feeling|everything|the hurt|this hurt) (?:ends|can end|will end|stops|"
       r"is going to end|is ending|will stop|can stop|goes away|will go away)(?= )"),
    _c("nothing-to-live-have", r" live for(?= )",
       before=r" (?:do not have anything|have nothing|not have anything|have not got anything|"
       r"got nothing|have got nothing|is nothing|there is nothing|nobody|nothing)"
       r"(?: left| else| at all)? to"),
    _c("sh-clean-from", r" (?:clean|free|sober) (?:from|of) (?:cutting|self harm|selfharm|sh|"
       r"hurting myself|harming myself|burning myself|self harming)(?= )"),
    _c("sh-relapse", r" (?:relapsed|relapse|relapsing)(?: again| last night| today| tonight)? "
       r"(?:sh|on sh|with sh|self harm|cutting|with cutting|on cutting|and cut|and cutted)"
       r"(?= )"),
    _c("sh-used-on", r" (?:used|use|using|took|take|taking|dragged|drag|ran|run) (?:a|my|the) "
       r"(?:compass|blade|razor|knife|scissors|sharpener|pencil sharpener|lighter|safety pin|"
       r"pin|glass|shard|needle|razor blade|box cutter|stanley knife) (?:on|to|against|across|"
       r"over|into) (?:my )?(?:thigh|thighs|arm|arms|wrist|wrists|leg|legs|skin|stomach|hip|"
       r"hips|hand|ankle|ankles)(?= )"),
    _c("sh-hot-object", r" (?:pressed|press|pressing|held|hold|holding|put|putting) (?:a|the) "
       r"(?:hot|heated|burning|red hot) (?:spoon|knife|iron|pan|metal|coin|lighter|key|fork|"
       r"poker|straightener|curling iron|lid)(?: [^ ]++){0,1} (?:on|to|against|into) my (?:leg|"
       r"legs|arm|arms|wrist|wrists|skin|thigh|thighs|hand|hands|stomach|hip|hips)(?= )"),
    _c("sh-blades-again", r" (?:box|tin|bag|kit|pouch|case|stash|pack|packet) (?:with|of) "
       r"(?:the |my )?(?:blades|razors|razor blades|blade)(?! for(?= ))(?= )",
       before=r" (?:took out|got out|opened|opening|open|hid|hide|hiding|keep|kept|pulled out|"
       r"found|take out|get out|i have|i keep)"
       r"(?: (?:the|my|a|another))?"),
    _c("sh-hair-chunks", r" (?:pulled|pulling|pull|ripped|ripping|tore|tearing) (?:my )?hair out"
       r"(?= (?:in chunks|in clumps|until it bled|until i bled|again last night))"),
    _c("sh-fresh-cuts", r" (?:fresh|new|deep|open|bleeding) (?:cuts|wounds|burns|scars|slashes)"
       r"(?= )",
       before=r" (?:have|got|i have|i got|has|there are|more|some|covered in|covered with)"
       r"(?: (?:some|a few|two|three|more|so many))?"),
    _c("sh-picking-scars", r" (?:picking|pick|picked|scratching|scratch|scratched|tearing|tear|"
       r"tore|ripping|rip|reopening|reopen|reopened) (?:at )?(?:the|my) (?:scars|cuts|wounds|"
       r"stitches)(?= )"),
    _c("sh-only-blade", r" only (?:thing|way|relief|release)(?: [^ ]++){0,5} (?:is|was) "
       r"(?:the )?(?:blade|blades|razor|razors|cutting|hurting myself|self harm|burning myself)"
       r"(?= )"),
    _c("sh-physical-pain", r" (?:feel|cause myself|give myself|inflict) (?:physical|real) pain"
       r"(?= (?:$|instead|so|to|because|again))",
       before=r" (?:want to|need to|wanna|just want to|i want to|i need to|have to)"),
    _c("sh-deserve-pain", r" deserve (?:the )?pain(?: [^ ]++){0,3} (?:make sure i get it|"
       r"give it to myself|hurt myself|do it myself|cut|burn)(?= )"),
    _c("sh-did-it", r" did it(?= (?:$|eventually|anyway|again|in the end|finally))",
       also="sh-means"),
    _c("sh-cut-time", r" cut (?:last night|yesterday|this morning|again|earlier|tonight|"
       r"today and)(?= )",
       before=r" (?:and i|but i|so i|also i|then i|i|i just|i also|i finally)"),
    _c("coded-permanent-one", r"(?:(?<= the)|(?<= a)) (?:permanent|eternal|forever|one way|final|"
       r"last) (?:one|kind|type|sort|version|trip)(?= (?:$|if you know|lol|tbh))",
       also="coded-ctx"),
    _c("coded-long-nap", r"(?:(?<= the)|(?<= a)) (?:long|big|eternal|endless|forever|final|"
       r"permanent) (?:nap|sleep|rest|dirt nap)(?= (?:$|tbh|honestly|fr|lol|now|already|soon|"
       r"tonight))"),
    _c("coded-41", r" (?:41|4 1|forty one) myself(?= )"),
    _c("coded-game-over", r" game over for me(?= (?:soon|tonight|i think|this week|this time|"
       r"for real|fr))"),
    _c("coded-rope-option", r" (?:rope|noose|pills|overdose|gun|bullet|jump|bridge|tracks) "
       r"(?:option|route|way out|method)(?! for(?= ))(?= )"),
    _c("coded-see-dead", r" (?:grandma|grandpa|granny|grandad|granddad|nan|nana|nanna|gran|"
       r"grandmother|grandfather|mum|mom|dad|brother|sister|best friend)(?: again)?"
       r"(?= (?:she is dead|he is dead|she passed|he passed|who passed|who died|she died|"
       r"he died))",
       before=r" (?:go see|go and see|see|join|be with|meet)(?: my)?"),
    _c("coded-27-club", r" (?:join|joining|joined|become|becoming) (?:the 27 club|"
       r"a statistic|another statistic)(?= )"),
    _c("coded-off-switch", r" (?:(?:press|pressing|pressed|flip|flipping|flick|flicking|hit|"
       r"hitting|pull|pulling) the (?:off switch|off button|kill switch|plug) on myself|"
       r"(?:switch|switching|turn|turning|shut|shutting|power|powering) myself (?:off|down)|"
       r"(?:uninstall|uninstalling|erase|erasing|unplug|unplugging|cancel|cancelling|"
       r"canceling) myself)(?! (?:from|out of|off|on)(?= ))(?= )"),
    _c("coded-permanent-act", r" permanent (?:vanishing act|disappearing act|vacation|holiday|"
       r"exit|solution|nap|sleep|goodbye|escape|leave|way out|break from everything)(?= )"),
    _c("coded-easy-way", r" (?:take|taking|took|considering|consider) the (?:easy|cowards|"
       r"coward s|quick|fast) way out(?= )", negatable=True),
    _c("coded-other-side", r" see the other side(?= (?:$|soon|tonight|already|now))",
       before=r" (?:going to|gonna|i will|ill|ready to|want to|wanna|about to|i am going to)"),
    _c("coded-get-off-ride", r" (?:get off|jump off|step off|exit|leave|getting off|stepping off)"
       r" (?:this|the) (?:ride|rollercoaster|roller coaster|merry go round|planet|earth|"
       r"carousel)(?= (?:$|for good|forever|permanently|already|now|tonight))"),
    _c("coded-one-way-ticket", r" one way ticket (?:out|off|to the other side|outta here|"
       r"out of here|out of life|out of this life|to heaven|to nowhere)"
       r"(?! of (?:this|that) (?:town|city|country|place|job)(?= ))(?= )"),
    _c("kys-self-far", r" (?:kys|kill yourself|kill urself)(?= (?:[^ ]++ ){0,7}(?:myself|"
       r"my reflection|the mirror|in my head))"),
    _c("not-turned-engine", r" (?:turned|switched) (?:the )?(?:engine|car|ignition) off(?= )",
       before=r" (?:not|never)", also="garage-word"),
    _c("stop-waking", r" stop (?:waking up|existing|breathing|living|being alive)"
       r"(?! (?:in|for|to|on|at|with|around|like|through|off|as)(?= ))(?= )",
       before=r" (?:want to|wanna|need to|wish i could|would like to|just want to|ready to|"
       r"i could just|i want to|i just want to)(?: just)?"),
    _c("pills-by-bed", r" (?:pills|tablets|rope|gun|knife|blade|blades|razor|meds)"
       r" (?:next to|beside|by|under|near) (?:my|the) (?:bed|pillow|bedside)(?: [^ ]++){0,3} "
       r"(?:just )?in case(?= )"),
    _c("picture-after-tonight", r" (?:picture|imagine|see) anything (?:after|past|beyond) "
       r"(?:tonight|today|this week|this weekend|tomorrow|friday|saturday|sunday)(?= )"),
    _c("when-not-here-sort", r" when i am (?:not here|not around|gone|no longer here)"
       r"(?= (?:$|help|anymore|any more|so|and))",
       before=r" (?:sort|sorted|deal with|handle|take care of|look after)(?: [^ ]++){0,3}"),
    _c("done-everything-forever", r" done (?:with )?(?:everything|it all|life|all of it)"
       r"(?: [^ ]++){0,1} (?:forever|for good|permanently)(?= )"),
    _c("quiet-for-good", r" (?:go|stay|get|goes) quiet (?:for good|forever|permanently)"
       r"(?= )"),
    _c("cant-look-after-after", r" (?:look after|take care of|care for|feed|walk) (?:him|her|"
       r"them|it)(?: [^ ]++){0,1} (?:after (?:tonight|today|this week|this weekend|next week|"
       r"friday|saturday|sunday)|anymore soon|much longer)(?= )",
       before=r" (?:will not be able to|wont be able to|will not be here to|"
       r"will not be around to|not be able to)"),
    _c("look-at-means", r" (?:look|looking|stare|staring|stood|standing|keep looking) at "
       r"(?:the|my) (?:knife drawer|knives|razor blades|blades|medicine cabinet|pill bottle|"
       r"pill bottles)(?= )"),
    _c("stuff-after-gone", r" (?:things|stuff|belongings|dog|cat|plants|books) "
       r"after i am (?:gone|dead)(?= )"),
    _c("finds-me-first", r" (?:one|person|first one|first person) (?:who|that|to) "
       r"(?:finds|find|found|will find) me(?= )", before=r" the"),
    _c("how-i-ended", r" how i ended(?= (?:$|it|things|my life|up dead))",
       before=r" (?:not as|as|remember|not)"),
    _c("not-coming-down", r" coming back (?:down|up|alive|home alive)(?= )",
       before=r" (?:i am not|i am never|not|never|i will not be|am not)", also="danger-place"),
    _a("wrote-the-note", r" (?:wrote|written|finished|left) the note(?= (?:$|and|already|for))"),
    _a("pick-the-night", r" pick (?:the|a) (?:night|day|date|time)(?= $)",
       before=r" (?:just need to|need to|have to|only need to|just have to)"),
    _c("least-painful-way", r" (?:least painful|most painless|least messy|most peaceful|"
       r"most reliable|surest|least scary|gentlest) (?:way|ways|method|methods) to (?:go|die|"
       r"do it|end it|kill myself|end my life|overdose|not wake up)(?= )"),
    _a("decided-how-do-it", r" (?:decided|figured out|worked out|planned|know|chosen|chose)"
       r"(?: exactly| already)? (?:how|when|where) (?:i am going to|i will|to|i am gonna) do it"
       r"(?= (?:$|and|when|now|already))"),
    # asks: worrying but ambiguous in a breakup (plans, places, giving away, coded, hopeless)
    _a("disappear-wish", r" (?:disappear|vanish|fade away|evaporate|dissolve|become a ghost)"
       r"(?= (?:$|(?:fr|for real|forever|completely|tbh|honestly|and never|now)(?= )))",
       before=r" (?:wish i could|want to|wanna|i could just|i would just|if i could|need to|"
       r"ready to|just want to|about to|going to)(?: just)?"),
    _a("do-it-when", r" (?:planning to|plan to|decided to|then|wait until|waiting until|"
       r"going to wait)(?: just| finally)? do it(?= (?:$|on (?:the|our|my|her|his)|"
       r"this (?:weekend|week|friday|"
       r"saturday|sunday)|next week|tonight|tomorrow|after (?:my|the|christmas|her|his)|"
       r"before (?:anyone|everyone|the|my)|when (?:he|she|they|my)|once (?:he|she|the|my)))"),
    _a("my-signal", r" (?:signal|cue|sign|deadline|last day|exit|moment|window)(?= (?:$|i set|"
       r"i gave myself|to go|to do it))",
       before=r" (?:that is|thats|this is|that will be|it will be|that is the) (?:my|the)"),
    _a("not-ruin-for", r" ruin (?:it|christmas|the holidays|their christmas|everything|the day|"
       r"her birthday|his birthday|the wedding|new year) for (?:my family|everyone|them|my kids|"
       r"my parents|my mum|my mom|the family)(?= )",
       before=r" (?:so i do not|so it does not|so i will not|so that i do not|not to|"
       r"do not want to|so i dont)"),
    _a("go-up-roof", r" (?:roof|rooftop|top floor|edge|ledge)(?: of (?:the|my|our|this|that) "
       r"[^ ]++(?: park| garage| building| block)?)?(?! (?:terrace|garden|bar|party|"
       r"to (?:watch|see|meet|eat))(?= ))(?= )",
       before=r" (?:go|going|head|heading|walk|walking|climb|climbing|went|ill go|i will go) "
       r"up to the"),
    _a("planned-detail", r" planned (?:down )?to the (?:minute|detail|last detail|second|hour)"
       r"(?= )"),
    _a("bought-all-need", r" (?:bought|got|gathered|collected) (?:everything|all|what) i "
       r"(?:need|needed)(?= (?:$|its|it is|for it|to do it|now))"),
    _a("be-gone-before", r" gone(?= (?:before|by) (?:midnight|morning|new year|christmas|"
       r"the fireworks|then|tomorrow))",
       before=r" (?:i will|ill|i am going to|i will already|i would|i will probably|i am gonna)"
       r" be(?: long| already)?"),
    _a("giving-myself-until", r" (?:giving myself|give myself|gave myself) (?:till|until|untill|"
       r"til|to|one more|another|a) (?:the end of|friday|monday|tuesday|wednesday|thursday|"
       r"saturday|sunday|christmas|new year|my birthday|tonight|tomorrow|week|month|day|"
       r"[0-9]+)(?= )"),
    _a("keep-going-to-place", r" (?:keep|kept|been) (?:walking|going|driving|cycling)"
       r"(?: over| back| up| down)? to (?:it|the (?:bridge|edge|tracks|cliff|roof|river|ledge))"
       r"(?= (?:$|at night|every|alone|again|late))", also="danger-place"),
    _a("keep-leaning", r" (?:keep|kept|been|caught myself) (?:leaning|hanging|climbing)"
       r"(?: over| out| on)?(?= (?:$|it|the (?:railing|edge|balcony|ledge|side|rail)|over))",
       also="danger-place"),
    _a("hands-off-wheel", r" (?:take|taking|took|let go of|letting go of) (?:my )?hands off "
       r"the (?:wheel|steering wheel)(?= )"),
    _a("on-roof-now", r" (?:roof|rooftop|ledge|bridge|edge|top floor)(?: of (?:my|the|our|this|"
       r"that) [^ ]++)? (?:rn|right now|now|alone|again)(?: just)?(?= (?:$|thinking|staring|"
       r"looking down))",
       before=r" (?:i am|sitting|standing|sat|stood) (?:on|at) (?:the|my|a)"),
    _a("left-gas", r" (?:left|leave|turn|turned|leaving|turning) the gas on"
       r"(?! (?:by accident|accidentally|again|and (?:burned|cooked))(?= ))(?= )",
       before=r" (?:if i|what if i|i could|i might|thinking of|thinking about|i want to)"),
    _a("long-sleeves", r" long sleeves (?:in|during) (?:july|august|june|summer|the summer|"
       r"the heat|this heat|a heatwave)(?= )"),
    _a("covered-nobody-sees", r" covered(?= (?:$|nobody|no one|so nobody|so no one|up so|"
       r"and nobody|and no one))",
       before=r" my (?:thighs|arms|wrists|legs|stomach|hips) are(?: all)?"),
    _a("deserve-hurt", r" deserve (?:to hurt|to suffer|to bleed|to be hurt|to be in pain|"
       r"the pain|pain)(?! (?:of|from|for|after|he|she|like)(?= ))(?= )",
       before=r" i(?: really| just| honestly)?"),
    _a("something-permanent", r" something permanent(?= (?:$|about|to|tonight|soon))"),
    _a("get-off-ride-ask", r" (?:get off|jump off|step off) (?:this|the) (?:ride|rollercoaster|"
       r"roller coaster|merry go round)(?= )"),
    _a("game-over-ask", r" game over for me(?= (?:$|(?:soon|tonight|i think|now|honestly)(?= )))"),
    _a("survive-this", r" (?:survive|make it through|get through|live through) this(?: one)?"
       r"(?= (?:$|time|one|i))",
       before=r" (?:do not think i can|do not think i will|can not|not going to|will not|"
       r"do not know if i can|i am not going to|do not see how i can)"),
    _a("no-light", r" no light at the end of (?:the|this|my) tunnel(?= )"),
    _a("ahead-of-me", r" (?:anything|any future|anything good) ahead of me(?= )",
       before=r" (?:can not see|can not picture|do not see|can no longer see|can not imagine)"),
    _a("out-of-fight", r" (?:out of fight|no fight left|nothing left to fight with|"
       r"fight left in me|time left in me|strength left in me|life left in me)(?= )"),
    _a("end-of-road", r" end of the (?:road|line)(?= (?:$|for me))",
       before=r" (?:i am at the|this is the|i have reached the|reached the|i am at)"),
    _a("feels-final", r" (?:final|over for me)(?= (?:$|like))",
       before=r" (?:everything feels|it all feels|everything seems|it feels)"),
    _a("grip-gone", r" grip (?:is gone|is slipping|has gone|slipped)(?= )"),
    _a("last-thing-ever", r" last thing i (?:ever |will ever )?(?:say|said|write|tell|send)"
       r"(?= )"),
    _a("never-do-anything", r" anything ever again(?= )",
       before=r" (?:will not|wont|never|i will not) do"),
    _a("make-it-easy-all", r" make it easy for (?:all of )?(?:them|everyone|everybody|you all|"
       r"my family|all of you)(?= (?:$|anyway|and))"),
    _a("leave-stuff-to", r" leave (?:all )?my (?:stuff|things|belongings|possessions|money|"
       r"savings|books|records|jewellery|jewelry) to(?= )"),
    _a("stuff-to-go-to", r" (?:vinyls|records|books|stuff|things|clothes|guitar|plants|"
       r"jewellery|jewelry|savings) to go to(?= )",
       before=r" (?:want|need|would like) my"),
    _a("login-for", r" (?:login|logins|password|passwords|passcode|pin|pin number) (?:for|to) "
       r"(?:my|all my)(?= )",
       before=r" (?:emailed|sent|gave|giving|give|texted|told|left|writing down|wrote down|"
       r"written down)(?: [^ ]++){0,3}(?: the| my)?"),
    _a("give-passcode", r" (?:phone passcode|passcode|password|passwords|pin|login)(?= )",
       before=r" (?:giving|gave|give|sending|sent|emailing|emailed) (?:my|his|her) [^ ]++ my"),
    _a("roommate-covered", r" (?:roommate|flatmate|family|mum|mom|parents|kids|sister|brother|"
       r"partner) (?:is|are|will be) covered(?= )"),
    _a("asked-why-give", r" asked why(?= (?:$|and i said|i said|i am|i did|i gave))",
       before=r" (?:he|she|they|mum|mom|dad|brother|sister|friend)", also="give-cue"),
    _a("adopt-my-pet", r" (?:adopt|rehome|take) my (?:pet|dog|cat|bunny|rabbit|hamster|bird|fish|"
       r"kitten|puppy|guinea pig)(?= )", before=r" (?:asked|ask|asking|begged|told) [^ ]++"
       r"(?: [^ ]++)? to"),
    _a("transferred-savings", r" (?:transferred|moved|sent|gave|wired) (?:all|most|the rest) "
       r"(?:of )?my (?:savings|money)(?= )"),
    _a("feed-instructions", r" instructions (?:on|for|about) (?:how to )?(?:feed|feeding|"
       r"look after|looking after|care for|caring for|water|watering|walk|walking)(?= )"),
    _a("signed-over", r" (?:signed|signing|sign) (?:my|the) (?:[^ ]++ ){0,1}over to(?= )"),
    _a("affairs-sorting", r" (?:sort|sorting|sorted|settle|settling|settled) (?:out )?(?:all )?"
       r"my affairs(?= )"),
    _a("will-done", r" (?:will|last will) is (?:done|signed|written|finished|sorted)(?= )",
       before=r" (?:the|my)"),
    _a("beneficiary", r" (?:beneficiary|beneficiaries)(?= )",
       before=r" (?:life insurance|insurance|pension|policy)"),
    _a("love-until-end", r" until the (?:very )?end(?= )",
       before=r" (?:loved|love) (?:him|her|you|them)"),
    _a("delete-my-number", r" delete my number(?= (?:$|after|when|once))"),
    _a("know-why-love", r" know why(?= $)",
       before=r" i love (?:him|her|you|them)(?: [^ ]++){0,3} (?:does not|did not|do not)"),
    _a("bother-again-ever", r" bother (?:you|anyone|anybody|them) again(?: [^ ]++){0,1} ever"
       r"(?= )"),
    _a("world-doesnt-need", r" (?:need|miss) (?:me|another broken person|another (?:[^ ]++ )?"
       r"person like me)(?= )", before=r" world (?:does not|would not|will not)"),
    _a("another-thing-worry", r" another thing to worry about(?= )"),
    _a("cant-do-this-another", r" another (?:day|night|week)(?= )",
       before=r" like this (?:not|not even) for"),
    _a("nothing-left-here-at-all", r" nothing left for me here(?= )"),
    _a("survive-wont-make", r" make it(?= (?:$|through this|this time))",
       before=r" (?:i am not going to|not going to|i will not|do not think i will|"
       r"i do not think i am going to)"),
    _a("linger-window", r" window(?: [^ ]++){0,4} longer than i should(?= )"),
    _a("car-park-roof", r" (?:roof|top floor|top) of the (?:car park|parking garage|"
       r"multi storey|multistorey)(?= )",
       before=r" (?:go|going|head|heading|drive|driving|ill go|i will go|i am going) up to the"),
    _a("so-nobody-has-to", r" (?:nobody|no one|noone) has to(?= $)", before=r" so"),
    _a("last-text-from-me-delete", r" (?:will not|wont) need it(?= )",
       before=r" (?:after|delete my number after)(?: [^ ]++){0,1}"),
    _cond("coded-ctx", r" (?:bus|nap|sleep|trip|exit|ride|vacation|holiday|journey|door|"
          r"rest|exit door)(?= )"),
    _cond("garage-word", r" (?:garage|garages)(?= )"),
    # -- conditions the crisis rules above need (kind None: they report nothing themselves)
    _cond("plan-cue", r"(?: (?:suicide note|picked a date|chosen a date|planned out|"
          r"all planned|figured out how to do it|worked out how to do it|"
          r"how i am going to do it|all figured out|bought what i need|got what i need|"
          r"got everything i need|nobody finds me|no one finds me|nobody knows where i am|"
          r"no one knows where i am|said my goodbyes|wrote my goodbyes)|(?<= my) note|"
          r"(?<= have) (?:what|everything) i need|(?<= not) come back)(?= )"),
    _cond("plan-made", r"(?: (?:plan is|planned it|planned everything|all planned|made my plan|"
          r"picked a date|set a date|chosen a date|all figured out|planned out)|"
          r"(?<= a) plan|(?<= a) note|(?<= my) note)(?= )"),
    _cond("means-word", r" (?:gun|guns|rifle|pistol|shotgun|firearm|handgun|ammo|bullets|pills|"
          r"meds|rope|noose|razor|blade|blades|knife|overdose|sleeping pills|painkillers)(?= )"),
    _cond("pills-word", r" <PILLS>(?= )"),
    _cond("cut-word", r" (?:cut|cuts|cutting|blade|blades|razor|razors|knife|wrist|wrists)(?= )"),
    _cond("body-harm", r" (?:(?:burned|burnt|burn|burning|cut|cutting|scratched|scratching|"
          r"scratch|hit|hitting|punched|punching|punch|bit|biting|bite|hurt|hurting|carved|carve|"
          r"pinched|pinching|stabbed|bang|bangs|banged|banging|slammed|slamming|bashed|bashing) "
          r"(?:my|the|"
          r"a) (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|hand|hands|stomach|hip|hips|"
          r"knuckles|face|fingers|head|fist|wall|walls|door|mirror)|(?:punched|punching|punch|"
          r"hit|hitting|banging|banged) (?:walls|wall|doors|mirrors)|(?:hit|hitting|burn|"
          r"burning|burned|scratch|scratching|bite|biting|starve|starving|punish|punishing) "
          r"myself)(?= )"),
    _cond("sh-cue", r"(?: (?:(?:until|till|til) i (?:could not|can not|could not anymore)|"
          r"punish|deserve|as long as i could)|(?<= on) purpose|(?<= to) (?:feel|hurt))(?= )"),
    _cond("farewell-cue", r"(?: (?:goodbye|good bye|sorry for everything|"
          r"thank you for everything|thanks for everything|take care of yourself|"
          r"tell (?:everyone|everybody|them|my (?:[^ ]++ )?[^ ]++) i (?:loved|love|am sorry|"
          r"tried|really tried)|bye(?= $))|(?<= i) (?:loved you|forgive you)|(?<= not) your "
          r"fault)(?= )"),
    _cond("give-cue", r" (?:(?:gave|give|giving|given) (?:away|my|all my|all of my|most of my|"
          r"the rest|everything|it all)|rehomed|rehome|rehoming|found a new home for|"
          r"find a new home for|found a (?:new )?home for|up for free|signed my|transferred all my|"
          r"find a new home for|took my (?:dog|cat|rabbit|bird|fish|hamster|pets|pet)|"
          r"(?:sold|selling|donated|donating) (?:my|all my|most of my|everything|the rest)|"
          r"who gets what|wrote a will|made a will|writing my will|write a will|"
          r"updated my will|moved all my savings|cancelled all my|canceled all my|"
          r"(?:take|takes|taking) my (?:plants|cat|dog|rabbit|fish|bird|pets|stuff|things|car|"
          r"bike|hamster)|(?:sorted|sorting) (?:out )?(?:all )?my (?:stuff|things|affairs|"
          r"belongings)|has (?:the|my) (?:dog|cat|rabbit|bird|fish|hamster|pets|pet) now|"
          r"can have (?:them|it|my)|whoever wants|feeds my|feed my|looks after my|"
          r"look after my|take care of my)(?= )"),
    # ---- soft signals (ask): worrying, not explicit; the app asks directly first
    _a("means-thinking", r" (?:think|thinking|thought) (?:about|of) (?:the|that|my dads|his|her|"
       r"my) (?:bridge|tracks|train tracks|edge|roof|rooftop|cliff|cliffs|river|balcony|gun|"
       r"rope|pills|overpass|ledge|drop|blade|razor|knife|railway)(?= )"),
    _a("keep-going-means", r" (?:keep|kept|been|keeps) (?:driving|walking|going|going back|"
       r"going up|coming back|cycling|standing|sitting|ending up|climbing) (?:past|to|up to|"
       r"over|by|onto|on|at|near|up on) (?:the|that) (?:bridge|tracks|train tracks|cliff|cliffs|"
       r"roof|rooftop|edge|river|railway|overpass|ledge|platform edge|top floor)"
       r"(?! (?:where|that we|we|on the way|to get))(?= )"),
    _a("sat-edge", r" (?:sat|sitting|sit|stood|standing|stand|dangling|leaning|lean|climbed|"
       r"climbing) (?:on|at|over|onto|near|up on) (?:the )?(?:edge|ledge|railing|parapet|"
       r"railings|platform edge|train platform edge|edge of the platform)(?! of (?:the|my|her|"
       r"his) (?:bed|couch|sofa|seat|chair|bath|tub|pool|stage|"
       r"table|desk))(?! of (?:a |my )?(?:breakdown|nervous breakdown|tears|sanity|"
       r"my seat))(?= )"),
    _a("bought-means", r" (?:bought|buy|buying|got|ordered|picked up|purchased|found) (?:a|some|"
       r"the|my|myself a) (?:rope|gun|pistol|handgun|razor blades|blades|noose|rifle|shotgun|"
       r"charcoal|helium|ammo|bullets)(?! (?:for (?:the|a|my|our) |license|licence|range|safe|"
       r"for camping|for climbing|for hunting|for work))(?= )"),
    _a("get-gun", r" (?:get|buy|find|borrow) (?:a|me a) (?:gun|pistol|handgun|firearm)(?= )"),
    _a("stopped-meds", r"(?: (?:stopped|stop|quit|quitting|stopping)|(?<= not) been) taking my "
       r"(?:meds|medication|medications|pills|antidepressants|lithium|insulin)(?= )"),
    _a("no-way-out", r"(?: (?:no way out|see no way out|no way forward|no escape)|(?<= not) "
       r"(?:see|find) (?:any|a) way (?:out|forward))(?= (?:$|for me|"
       r"anymore|any more|except|but|now|left|"
       r"of (?:this|it)(?= (?:$|anymore|any more|for me|i|and|except|but))|of (?:this|my) "
       r"(?:pain|hell|life|feeling|darkness|head)))"),
    _a("hopeless", r"(?<!relationship had)(?<!we had)(?<!it had)(?<!they had)(?<!this had)"
       r"(?: (?:never going to get better|never get better|will never be okay again|"
       r"will never be ok again|nothing will ever be ok|nothing will ever be okay|"
       r"nothing will ever get better|nothing to look forward to(?! (?:this|tonight|today|"
       r"tomorrow|at work|at the|on the|in the|next))|no future for me|"
       r"ever going to get better|never gonna get better|never going to change|"
       r"no future(?! (?:plans|plan|with|together|in this|for us|for this|for the)(?= ))|"
       r"no version of my life|nothing left in me|nothing left to try(?= $)|"
       r"nothing will ever change(?= (?:$|and i|for me|i am))|"
       r"nothing left to give|can not keep living like this|can not (?:see|picture|imagine|"
       r"envision) (?:a|any) future(?! without)|see no future|no point anymore)|(?<= not) "
       r"(?:see|picture|imagine|envision) (?:a|any) future(?! without))(?! (?:with|together|"
       r"for us|in this|for this|for the|for (?:him|her|them))(?= ))(?= )"),
    _a("something-happens", r" (?:something|anything) (?:bad )?(?:happens|happened|would happen|"
       r"will happen) to me(?! (?:on|at|while|during|in|abroad|when|travelling|traveling))(?= )"),
    _a("farewell", r"(?: (?:hear from me again|by the time you read this|last person i (?:talk|"
       r"talked|speak|spoke|see|saw|will talk|will speak)|left a note(?! (?:for my (?:roommate|"
       r"flatmate|housemate|boss|landlord)|on (?:his|her|their|the) (?:car|door|fridge|desk)|"
       r"about|saying sorry))|when (?:they|someone|somebody|people) (?:find|finds) this|"
       r"last message to you|last message for you|final message to you|final message for you|"
       r"last text to you|last time you will ever)|(?<= this is) goodbye(?! (?:for us|for now|"
       r"to (?:us|this|our|the|him|her|you and me)|then)))(?! (?:about|regarding|re|on|"
       r"concerning|for now|until|till|for a while|for a bit))(?= )"),
    _a("tell-loved", r" tell (?:everyone|everybody|them all|them|my (?:mum|mom|mother|dad|father|"
       r"family|parents|cat|dog|sister|brother|kids|friends|son|daughter|little brother|"
       r"little sister|nan|grandma)) (?:that )?i (?:loved|was sorry|am sorry|tried|really tried|"
       r"love (?:them|you|her|him|everyone|you all)(?= (?:$|ok|okay|please|so much|always|"
       r"and (?:that|i am sorry))))(?= )"),
    _a("letters-for", r" (?:wrote|written|writing|write|left|leaving) (?:letters|notes) "
       r"for (?:my|everyone|each|all)(?! (?:[^ ]++ )?(?:birthday|christmas|wedding|class|"
       r"classmates|students|team|coworkers))(?= )"),
    _a("pets-for-good", r" (?:dog|cat|rabbit|bird|fish|hamster|pets|pet|kitten|puppy|dogs|cats|"
       r"bunny|parrot|guinea pig)(?: [^ ]++){0,4} (?:for good(?! (?:measure|reason|luck))|forever|"
       r"permanently|for ever)(?= )",
       before=r" (?:took|gave|given|left|dropped|rehomed|sent|handed|take|give|giving|taking|"
       r"look after|looks after|take care of|keep|mind|feed) (?:my|our)"),
    _a("who-gets-what", r" who gets what(?! (?:from|of|in|at) (?:the|our))(?= )",
       before=r" (?:list of|note of|note about|decided|deciding|wrote down|sorted out|sorting)"),
    _a("wont-be-needing", r" (?:needing|need) (?:it|them|any of it|anything|my [^ ]++|"
       r"any of this|it anymore)(?= )",
       before=r" (?:will not|wont|am not going to) be"),
    _a("ready-to-go", r" ready to (?:go|die|leave this world|be gone|let go of life|leave for good)"
       r"(?= (?:$|now|for good|i have made|i made|made my peace))",
       before=r" (?:i am|i feel|i think i am|i am finally|i am just|i am so)"),
    _a("looked-down", r" (?:looked|looking|look|staring|stared|stare) down(?= (?:$|at the "
       r"(?:drop|ground|street|water|tracks|river|road|cars)|for|over|from|and))",
       also="high-place"),
    _a("research-high", r" (?:tall buildings|high buildings|high bridges|bridges near me|"
       r"tallest buildings|tall bridges|high places|cliffs near me|nearest bridge|"
       r"tallest bridge|highest bridge|highest building|tallest building)(?! (?:for (?:my|a|the|"
       r"our) |in (?:the world|europe|america|the us|asia)))(?= )"),
    _a("care-if-happens", r" (?:anything|something) happens(?= (?:$|to me))",
       before=r" (?:look after|take care of|feed|walk|water|keep) my(?: [^ ]++){1,3} (?:if|when|"
       r"in case)"),
    _cond("high-place", r" (?:roof|rooftop|top floor|balcony|bridge|edge|ledge|cliff|"
          r"parking garage|car park|tower|overpass|platform|window)(?= )"),
    _a("tonight-the-night", r" (?:night|day)(?= (?:$|i end|i do it|i go|i am going|just|and|so))",
       before=r" (?:tonight is the|today is the|tonight is gonna be the|tomorrow is the)"),
    _a("ending-things", r" (?:ending|end) things(?= (?:$|tonight|this weekend|soon|for good|"
       r"once and for all|tomorrow))",
       before=r" (?:i am planning on|i plan to|i am going to|i am gonna|i will|i am ready to|"
       r"i am about to|i am thinking about|i am thinking of|i keep thinking about|"
       r"planning on|thinking about|alone and|and then)"),
    _a("on-the-edge-now", r" (?:bridge|roof|rooftop|ledge|edge|cliff|overpass|tracks|"
       r"railway bridge)(?= (?:$|right now $|now $|again $|alone|tonight $|and (?:i|thinking|"
       r"looking|it)))",
       before=r" (?:i am|standing|sitting|i am standing|i am sitting|just|i am just) (?:on|at) "
       r"(?:the|a|this|my)"),
    _a("nothing-keeping", r" (?:keeping|holding) me (?:here|alive|going|in this world|"
       r"on this earth)(?= (?:$|anymore|any more|now))",
       before=r" (?:nothing|no one|nobody|nothing is|there is nothing|nothing really)"),
    _a("last-goodbye", r" (?:last|final) goodbye(?! (?:to (?:the|our|this|my old)|party))(?= )",
       before=r" (?:this is|here is|consider this|this is my|my)(?: my)?"),
    _a("after-over", r" (?:over|done|finished)(?= $)",
       before=r" (?:after that|after this|after tonight|after tomorrow|then) (?:it is|its|"
       r"it will be|"
       r"everything is|everything will be|i am|it all is|it is all)"),
    _a("exactly-how", r" (?:exactly|precisely) (?:how|when) (?:i am going to|i will|to|i would|"
       r"i want to|i am gonna) (?:do it|end it|go)(?= (?:$|and|when|i|now))"),
    _a("giving-lots-away", r" away (?:a lot of|lots of|loads of|most of|all of|some of|many of|"
       r"half of) my (?:stuff|things|belongings|possessions|clothes|books|games|savings|"
       r"money)(?! (?:before|because|since|as i|for the move|to charity|on))(?= )",
       before=r" (?:giving|gave|give|given)"),
    _a("picked-means", r" (?:picked|chosen|chose|decided on|found) (?:the|a) (?:bridge|cliff|"
       r"tracks|building|method|rope|spot to do it|place to do it|way to do it)"
       r"(?! (?:for (?:the|our|a)|where we|we|to (?:meet|propose|celebrate)))(?= )"),
    _a("picked-date", r" (?:picked|chosen|chose|set) (?:a|the) date(?! (?:for|with|to|night|"
       r"and time for))(?= )",
       before=r" (?:i have|i|already|i have already|finally|i finally)"),
    _a("planned-out", r" (?:planned|figured|worked|thought) (?:it (?:all )?)?out(?! (?:the text|"
       r"what|for|with|my text|my message|the message|how to (?:tell|text|say|ask)))(?= )",
       before=r" (?:have it|got it|have got it|have it all|got it all|it is all|its all|it all|"
       r"everything is|i have everything|have everything|i have|i|i have already|already)"),
    _a("one-more-before", r" (?:one more time|one last time|once more|one last text|"
       r"one last message) before (?:that|then|i go|i do it|the end|it happens|i am gone)(?= )"),
    _a("do-it-time", r" (?:tonight|tomorrow|weekend|saturday|sunday|monday|tuesday|wednesday|"
       r"thursday|friday|"
       r"christmas|anniversary|birthday|midnight)(?= )",
       before=r" (?:i am|going to|gonna|i am going to|i am finally|i plan to|i am planning to) "
       r"(?:do|doing) it(?: on| this| at| at the| on the| on our| on my| on her| on his| after|"
       r" before| at| by)?"),
    _a("that-is-it", r" (?:tonight|tomorrow|weekend|soon)(?= (?:[^ ]++ ){0,5}"
       r"(?:that|this) is it for me $)"),
    _a("doing-it-end", r" doing it(?= $)", before=r" (?:i am|i am finally|i am just|i am really)"),
    _a("heading-to-means", r" (?:bridge|tracks|train tracks|cliff|cliffs|roof|rooftop|railway|"
       r"overpass|ledge|quarry|edge|(?:parking garage|car park|multi storey|multistorey) "
       r"(?:roof|rooftop|top floor))(?! (?:to meet|for (?:a|the|our|my)|with|to run|to walk|"
       r"to take|to see the|to watch|party|bar|terrace|garden))(?= )",
       before=r" (?:(?:heading|going|walking|driving|headed|drove|drove out)|"
       r"(?<= on my) way) (?:to|up to|out to|down to) (?:the|that)"),
    _a("punish-myself", r" (?:punish|hurt|starve) myself(?= )",
       before=r" (?:want to|need to|deserve to|going to|should|i will|wanna)"),
    _a("done-am-i", r"(?<= i am) (?:done|finished)(?= (?:$|i have got|i have it|"
       r"for good|with everything|with it all|after (?:this|tonight|today)))"),
    # -- more soft signals, from the second blind batch (plans, places, farewells, giving away)
    _a("what-i-might-do", r" what i (?:might|will|could|am going to) do(?= (?:$|tonight|today|"
       r"to myself|now))", before=r" (?:scared|afraid|terrified|worried|frightened) of"),
    _a("want-out", r" want out(?= (?:$|of (?:life|this life|everything|existence|this world)))",
       before=r" i(?: just| really| just really)?"),
    _a("going-to-jump", r" jump(?= $)", before=r" (?:i am going to|i am gonna|i will|ill|"
       r"i want to|i am about to|i am ready to)(?: just)?"),
    _a("have-the-means", r" (?:pills|rope|gun|noose|blade|razor|tablets)(?= (?:$|tonight|ready|"
       r"now|here|right here|already|in my hand))",
       before=r" (?:i have|i have got|i got|got|have) (?:the|enough|all the)"),
    _a("counting-pills", r" counting (?:them|the pills|my pills|the tablets|out (?:the|my) "
       r"(?:pills|tablets))(?= )", also="pills-word"),
    _a("pet-to-someone", r" (?:giving|gave|give|given) (?:away )?my (?:dog|cat|rabbit|hamster|pets|"
       r"pet|bird|fish|guinea pig|kitten|puppy|dogs|cats) (?:to|away)(?! (?:my ex|him|her|them|"
       r"for the (?:weekend|"
       r"week|day|night|holiday|holidays)|while|until|till)(?= ))(?= )"),
    _a("ending-it-now", r" ending it(?= (?:$|tonight $|for good|once and for all|now $))",
       before=r" (?:i am|i am finally|i am just|i am really|i am definitely)"),
    _a("thats-when", r" (?:when|where|day|night|place|spot)(?= $)",
       before=r" [^ ]++ that is(?: the)?"),
    _a("time-do-it", r" (?:tonight|tomorrow|anniversary|birthday|weekend|midnight|saturday|"
       r"sunday|monday|tuesday|wednesday|thursday|friday|christmas)(?: [^ ]++){0,2} (?:i will|"
       r"ill|i am going to|i am gonna|i am|gonna|i plan to) (?:do|doing) it(?= (?:$|so (?:he|"
       r"she|they|everyone|you) (?:remembers|will remember|never forgets|will never forget|"
       r"finds|find|sees|see|feels|feel|regrets|regret|knows what)))"),
    _a("set-the-time", r" (?:picked|chosen|chose|set|wrote down|written down|decided on|"
       r"settled on) (?:a|the) (?:date|time|day)(?! (?:for|with|to|night|and time for|of|he|she|"
       r"they|we|when|i|off|on|in|at|and place for|we)(?= ))(?= )",
       before=r" (?:i have|i|already|i have already|finally|i finally)"),
    _a("going-through", r" (?:going|go) through with it(?= (?:$|this|tonight|tomorrow|soon|now|"
       r"for real|on|when|after|before))",
       before=r" (?:i am|i am finally|i will|ill|i am really|i am actually|i am definitely|"
       r"i will finally|i plan on|i want to|i am going to)"),
    _a("not-coming-back", r" coming back(?= (?:$|ever|from (?:this|it|there)|this time|alive|"
       r"home|again))",
       before=r" (?:i am (?:not|never)|i am probably not|i will not be|i am definitely not)"),
    _a("chosen-spot", r" (?:picked|chosen|chose|decided on|settled on) (?:the|a|my) (?:spot|"
       r"place|location)(?= (?:$|by|on|at|near|under|where (?:i|no one|nobody)|already)(?= ))"),
    _a("all-planned", r" (?:all|everything) planned(?= (?:$|for when|out$|now|already|"
       r"and ready))",
       before=r" (?:have it|got it|have|it is|its|i have|i have got|i have it|i have got it)"),
    _a("my-last-night", r" last (?:night|day)(?= (?:$|anyway|on earth|alive|ever|"
       r"i have got everything|i have everything|i am ready|everything is ready))",
       before=r" (?:this is|today is|tonight is|it is|tomorrow is) my"),
    _a("linger-means", r" (?:level crossing|railway crossing|train tracks|tracks|platform edge|"
       r"edge of the platform|railway|bridge|ledge|overpass|cliff edge|motorway|highway|"
       r"edge)(?= (?:[^ ]++ ){0,2}(?:longer than|too long|thinking(?! (?:about|of) (?:him|her|"
       r"them|us|my ex|our))|staring))",
       before=r" (?:wait|waiting|waited|stand|standing|stood|linger|lingering|lingered|sit|"
       r"sitting|sat|stay|staying|stayed|hang around|hanging around) (?:at|by|near|on|over) "
       r"(?:the|a)"),
    _a("thinking-step", r" (?:stepping|walking|running|jumping|leaning|falling|letting go|"
       r"going over|climbing over|swerving|driving off|stepping off|stepping out|stepping in|"
       r"going in|walking in|rolling off|tipping over|leaning over)(?= (?:$|in front|"
       r"into (?:it|the traffic|traffic|the road|the sea|the water|the river|the lake)|"
       r"off (?:it|the edge)|over the edge|over (?:it|the railing|the rail|the side)))",
       before=r" (?:thinking|think|thought|dream|dreaming|fantasize|fantasizing|obsessing) "
       r"(?:about|of|abt|bout)(?: just)?", also="danger-place"),
    _a("up-there-again", r" (?:roof|rooftop|top floor|ledge|bridge|cliff|edge|tracks|overpass)"
       r"(?: of (?:my|the|our|this|that) [^ ]++)? again(?! (?:to|for|with)(?= ))(?= )",
       before=r" (?:went|go|going|been going|keep going|walked|climbed|came|come|was|been|am|"
       r"stood|sat|sitting|standing|ended up|found myself)(?: up)? (?:to|on|onto|at|up on|"
       r"back to|back on) (?:the|my|that)"),
    _a("roof-thinking", r" (?:roof|rooftop|ledge|bridge|edge|top floor)(?: of (?:my|the|our|this|"
       r"that) [^ ]++)?(?= (?:thinking(?! (?:about|of) (?:him|her|them|us|my ex|our))|"
       r"looking down|staring down|alone thinking|and thinking))",
       before=r" (?:sitting|standing|sat|stood|i am|i am sitting|i am standing) (?:on|at) "
       r"(?:the|my|a)"),
    _a("how-quick-end", r" how (?:easy|quick|simple|quickly|fast|easily|painless|peaceful) it "
       r"(?:would|could|will|might) be(?= $)", also="danger-place"),
    _a("stepping-out-high", r" stepping (?:out|off)(?= $)", also="danger-place"),
    _a("pills-alcohol", r" <PILLS> (?:and|with|plus|washed down with|on top of) (?:wine|vodka|"
       r"alcohol|booze|whiskey|whisky|gin|rum|tequila|beer|drink|drinks)(?= (?:$|tonight|today|"
       r"now|then|all|enough|together|the whole))"),
    _a("skipping-meds", r" (?:skipping|skipped|skip|hiding|pocketing|spitting out) "
       r"my (?:meds|medication|medications|pills|antidepressants|lithium|insulin|tablets)"
       r"(?= )"),
    _a("last-ever-msg", r" (?:last|final) (?:text|message|post|words|call|email|letter|note|"
       r"snap|tweet) (?:ever|from me ever)(?= )"),
    _a("tell-him-loved", r" tell (?:him|her) (?:that )?i (?:loved|always loved|really loved|"
       r"was sorry|tried|really tried)(?: (?:him|her))?(?= (?:$|even|until|till|to the end|"
       r"at the end|always|so much|and that|please|ok))"),
    _a("last-time-hear", r" (?:last time|final time)(?: (?:you|anyone|anybody|they|people|he|"
       r"she))?(?: (?:will|would|are going to|is going to|ever))?(?: ever)? (?:hear from me|"
       r"hears from me|see me|sees me|hear me|get a message from me|get a text from me)"
       r"(?! (?:about|regarding|on this|on that|i am blocking|i am moving)(?= ))(?= )"),
    _a("deal-with-me", r" (?:deal with|worry about|put up with|look at|hear from|"
       r"think about|bother with|carry) me(?= (?:$|after|again|anymore|any more|ever again|"
       r"much longer|for much longer|soon|bye|goodbye))",
       before=r" (?:will not|wont|will never|never|not going to|no longer|would not)"
       r"(?: ever| even)? (?:have to|need to|got to)"),
    _a("gone-by-morning", r" gone(?= (?:$|by then|already|for good|forever))",
       before=r" (?:by the time|before|when|once) (?:you|anyone|he|she|they|everyone|"
       r"my family|my parents|my mum|my mom) (?:wake up|wakes up|wake|wakes|get up|gets up|"
       r"get home|gets home|come home|comes home|get back|gets back|are back|is back|"
       r"see this|sees this|notice|notices)(?: [^ ]++){0,2} (?:i will|ill|i am going to|"
       r"i would)(?: already| probably| long)? be"),
    _a("saying-goodbyes", r" (?:saying|said|say|making|made) my (?:last |final )?goodbyes"
       r"(?= (?:$|tonight|now|today|already|then|before|to everyone|to everybody|to you all|"
       r"one by one|quietly))"),
    _a("remember-me", r" remember me(?= (?:kindly|as (?:i was|someone|the|a|happy|good)|"
       r"when i am gone|ok $|okay $|for who i was|the way i was))"),
    _a("other-side", r" (?:see (?:you|yall|you all|everyone|ya) on the other side(?! of)|"
       r"look like an accident|(?:wrote|written|finished) my note(?= (?:$|already|today|"
       r"last night|for (?:everyone|my family|my parents|my mum|my mom|my kids)))|"
       r"(?:wine|vodka|alcohol|booze|whiskey|whisky|gin|rum|tequila) and (?:my |the |some |"
       r"all my )?<PILLS>|(?:left|leaving) (?:all )?my (?:things|stuff|belongings|possessions|"
       r"books|savings|money|jewellery|jewelry|clothes) to (?:my|her|his)|(?:can not|"
       r"can no longer) do this (?:much|any|for much) longer)(?= )"),
    _a("best-part-goodbye", r" best (?:part|thing) (?:of|in|that ever happened to|"
       r"that happened to) (?:my life|me)(?= )", also="farewell-cue"),
    _a("goodbye-final", r" goodbye (?:that|which) (?:sounds|feels|is|reads) (?:final|"
       r"permanent|forever|like forever|like the end)(?= )"),
    _a("not-around-for", r" (?:around|here|alive) (?:for|to see) (?:the next|next|another|"
       r"the end of|the rest of|the new|any more|anymore)(?= )",
       before=r" (?:will not|not going to|am not going to|wont|i will not) be"),
    _a("see-them-again", r" (?:see|join|meet) (?:my )?(?:grandma|grandpa|granny|grandad|"
       r"granddad|nan|nana|nanna|gran|grandmother|grandfather|late [^ ]++|angel|baby)"
       r"(?: again)?(?= (?:if you know|in heaven|up there|on the other side|wink))",
       before=r" (?:ready to|want to|wanna|can not wait to|time to|going to|gonna|"
       r"i will soon|soon i will)(?: go| finally| just)?"),
    _a("wrote-will", r" (?:wrote|written|made|finished|drafted|signed|updated|did|done|"
       r"sorted|redid|changed) (?:a|my) (?:will|last will)(?= (?:$|today|yesterday|last|this|"
       r"just|already|and|so|in case|finally|at|i am|for))"),
    _a("care-after", r" after(?= $)",
       before=r" (?:(?:who|someone|somebody|anyone|whoever|my [^ ]++ (?:will|can|could)) "
       r"(?:feeds|feed|will feed|takes care of|take care of|will take care of|looks after|"
       r"look after|will look after|walks|walk|waters|water|will water|will walk|has|gets|keeps|"
       r"can have|will have|"
       r"cares for)(?: (?:my|the|her|him|them|it|his))?(?: [^ ]++){0,2}|my [^ ]++ (?:go|goes|"
       r"will go) to (?:my|a|the|her|his) [^ ]++)"),
    _a("gets-my-things", r" (?:gets|get|inherits|inherit|getting|will get|can have|"
       r"should get|should have|will have) my (?:jewellery|jewelry|stuff|things|car|books|"
       r"clothes|guitar|records|vinyls|vinyl|collection|savings|money|ring|rings|watch|laptop|"
       r"games|plants|cat|dog|pets|belongings|possessions|bike|camera|art|paintings|"
       r"everything)(?! (?:back|every|on|when|for|and i get|while|half)(?= ))(?= )",
       before=r" (?:best friend|friend|sister|brother|mum|mom|dad|mother|father|cousin|niece|"
       r"nephew|neighbour|neighbor|roommate|flatmate|son|daughter|kids|parents|family|who|nan|"
       r"grandma|bestie|mate|everyone)"),
    _a("passwords-for", r" (?:passwords|password|bank details|bank stuff|banking details|"
       r"account details|pin numbers|pins)(?: [^ ]++){0,6} (?:in an envelope|in a folder|"
       r"written down|for my (?:mum|mom|dad|sister|brother|family|parents|kids|wife|husband|"
       r"partner|son|daughter)|for whoever)(?= )",
       before=r" (?:all my|all of my|my|left|leaving|put|putting|wrote down|written down|"
       r"writing down)"),
    _a("affairs-settled", r" (?:(?:put|putting|got|getting|get|sorted|sorting) my affairs "
       r"in order|(?:tying|tied|tie) up (?:all )?(?:the |my )?loose ends|(?:given|gave|paid|"
       r"paying|giving) (?:back )?everything (?:back )?i (?:owe|owed)|(?:paid|paying) off "
       r"(?:all )?my debts|(?:cancelled|canceled|cancelling|closed|closing|deleted) all my "
       r"(?:subscriptions|accounts|direct debits)|(?:paid|paying|pay) "
       r"(?:back )?everyone (?:back )?i owe)(?= )"),
    _a("life-insurance", r" (?:life insurance|insurance policy|life policy)(?= (?:$|so|to|goes|"
       r"will|pays|covers|cover|payout|and))",
       before=r" (?:changed|updated|sorted|sorted out|checked|checking|looked into|"
       r"looking into|reread|read|reading|redid|fixed)(?: (?:my|the|if my|whether my))?"),
    _a("dont-need-give", r" need (?:them|any of (?:it|them|this)|anything|any of my [^ ]++)"
       r"(?: anymore| any more)(?= )",
       before=r" (?:do not|will not|wont|no longer|not going to)", also="give-cue"),
    _a("give-farewell", r" (?:take care of yourself|goodbye|good bye|sorry for everything|"
       r"thank you for everything|thanks for everything|thanks for the good times|"
       r"after i go)(?= )", also="give-cue"),
    _a("give-pair-away", r" (?:give|giving|gave|given) my [^ ]++ and [^ ]++ away"
       r"(?! (?:before|because|since|as i|for the move|when i move))(?= )"),
    _a("nobody-needs-me", r" (?:needs|would miss|will miss|would notice|will notice) me"
       r"(?= (?:$|anymore $|any more $|anymore not even|not even|at all $))",
       before=r" (?:no one|nobody|noone|not a single person|not one person|no one really|"
       r"nobody really|no one even|nobody even)"),
    _a("go-on-like-this", r" (?:go on|keep going|carry on|keep living|live|continue|keep on) "
       r"like this(?= (?:$|anymore|any more|much longer|for much longer|forever|every day))",
       before=r" (?:can not|can no longer|just can not|really can not|do not think i can|"
       r"can not keep|will not)"),
    _a("tired-of-fighting", r" (?:tired|exhausted|sick|worn out) (?:of|from) (?:trying|fighting|"
       r"fighting it|holding on|hanging on|being strong|surviving|struggling|"
       r"pretending to be okay|pretending i am okay|pretending i am fine|keeping going|"
       r"pushing through)(?= (?:$|anymore|any more|every day|so hard|to stay alive|to survive|"
       r"to live(?= (?:$|anymore))))"),
    _a("no-hope-left", r" hope(?= (?:$|completely|left|anymore|any more|at all|in anything|"
       r"for anything|for the future|for me|there is nothing|nothing))",
       before=r" (?:run out of|ran out of|running out of|lost all|lost every|no|not any|out of|"
       r"have no|there is no|no more|zero|without)(?: (?:my|any|all))?"),
    _a("keep-waking-up", r" (?:keep waking up|wake up again|keep getting up|face another day|"
       r"face tomorrow)(?= (?:$|to this|like this|every day|anymore|any more))",
       before=r" (?:can not|can no longer|just can not|really can not|do not want to|"
       r"do not think i can|will not)"),
    _a("nothing-left-here", r" nothing left for me(?= (?:$|here|anymore|any more|now))"),
    _a("by-not-being", r" by (?:not being (?:here|around|alive|in (?:the|their|his|her) "
       r"(?:picture|way|life|lives))|not existing|disappearing(?: forever| for good)?|"
       r"being gone|removing myself(?: permanently| for good| from the equation|"
       r"from the picture)?|taking myself out of the (?:picture|equation))"
       r"(?= (?:$|anymore|any more|at all|forever|for good|ever again))"),
    _a("not-their-fault", r" fault(?! (?:we|that we|for (?:the|us)|the relationship|it ended|"
       r"things ended|it did not work)(?= ))(?= )",
       before=r" (?:none of (?:this|it) (?:is|was)|(?:knows|know|understand|understands) "
       r"(?:that )?(?:it|this) (?:is|was) not) (?:her|his|their|anyones|anybodys|"
       r"my [^ ]++s|my [^ ]++)"),
    _a("peace-with-choice", r" (?:at peace|made my peace|okay|ok|fine|calm|ready)"
       r"(?: with (?:it|this|that|my decision|my choice|the decision))?(?= $)",
       before=r" (?:my|own) (?:choice|decision)(?: [^ ]++){0,3} i am"),
    _cond("danger-place", r" (?:motorway|highway|road|traffic|tracks|train tracks|"
          r"level crossing|railway|platform|bridge|ledge|edge|roof|rooftop|balcony|cliff|cliffs|"
          r"overpass|river|sea|ocean|lake|top floor|window|train|trains|lorry|lorries|truck|"
          r"trucks|parking garage|car park)(?= )"),
    _cond("firearm-word", r" (?:gun|guns|pistol|rifle|shotgun|firearm|handgun|revolver|ammo|"
          r"bullets)(?= )"),
    _cond("sh-means", r" (?:razor|razors|blade|blades|razor blade|razor blades|gun|pistol|"
          r"rifle|shotgun|rope|noose|pills|sleeping pills|painkillers)(?= )"),
    _cond("sleep-word", r" (?:sleep|nap|asleep|rest|bed|snooze)(?= )"),
    # ---- harm to others: threats, violence, revenge, exposing, intimate images
    _h("kill", r" (?:kill|killing|murder|murdering|strangle|strangling|stab|stabbing|poison|"
       r"poisoning|slit|drown|drowning|behead|torture|torturing|choke|choking|execute|"
       r"run over|strangled|stabbed|murdered) <OBJ>(?! (?:to|for a|for an|with kindness|softly|"
       r"with love|off|in a game|for (?:telling|saying|posting|showing|giving|bringing|that|"
       r"this|being)))(?= )", negatable=True),
    _h("shoot", r" (?:shoot|shooting) <OBJ>(?! (?:a|an|some|me|back|down|the|up|my|another|"
       r"over|quick|message|text|msg|line|email|dm|note|question|smile|look|glance|photo|"
       r"picture|pic)(?: |$))(?= )", negatable=True),
    _h("intent-hurt", r" (?:hurt|harm|hit|punch|slap|kick|beat|beat up|attack|destroy|"
       r"ruin|wreck|smash|end|scare|frighten|threaten|terrify|intimidate|humiliate|expose|"
       r"break|assault|bash|batter|cut|burn|shove|push|spit on|run over|"
       r"get revenge on|take revenge on|punish|torment|traumatize|traumatise) <OBJ>"
       r"(?! (?:up|back up|feelings|more than|by texting|by reaching|by messaging|by contacting|"
       r"by getting|if i text|if i reach|if i message|with my text|with a text|again by|"
       r"with this|with that|by saying|in the feelings|by mistake|off|out of my life)(?= ))(?= )",
       negatable=True, before=r" <ISUBJ>"),
    _h("want-dead", r" (?:want|wish|need|like|hope) <OBJ> (?:dead|to die|to suffer|to hurt|"
       r"to pay(?! (?:for (?:half|the|my|his|her|their|dinner|rent|it all|bills|tickets|repairs|"
       r"damage|a|an)|me back|back|half|rent|up|attention))|to feel what i feel|to feel my pain|"
       r"to feel the pain|to rot|to burn|gone forever|"
       r"hurt|in pain|to be in pain|to get hurt|to be hurt|to cry|to be miserable)(?= )",
       negatable=True),
    _h("beat-up", r" (?:beat <OBJ> up|beat the (?:shit|crap|hell|life|living daylights) out of|"
       r"(?:punch|slap|kick|hit|smack|headbutt) <OBJ> (?:in the|across the|so hard)|"
       r"break (?:his|her|their) (?:legs|leg|neck|nose|face|jaw|arm|arms|knees|teeth|fingers)|"
       r"throw acid|acid in (?:his|her|their) face)(?= )"),
    _h("property", r" (?:slash|slashing|slashed|key|keying|keyed|smash|smashing|smashed|egg|"
       r"egging|trash|trashing|vandalize|vandalise|vandalizing|vandalising|torch|torching|"
       r"wreck|wrecking|destroy|destroying|break|breaking|scratch|scratching|spray paint|"
       r"spraypaint|burn down|set fire to|firebomb|burn|burning|cut up|shred|rip up) "
       r"(?:all )?(?:of )?(?:his|her|their|the|my exs) (?:new )?"
       r"(?:tires|tyres|car|windows|window|house|place|home|apartment|flat|door|bike|motorbike|"
       r"phone|stuff|things|clothes|guitar|laptop|property|front door|windshield|windscreen|"
       r"mailbox|garden|shop|business|office)(?= )", negatable=True),
    _h("face-in", r" (?:smash|smashing|bash|bashing|punch|punching|kick|kicking|break|breaking|"
       r"rearrange|cave|caving|slam|slamming) (?:his|her|their) (?:face|head|teeth|skull)"
       r"(?: in)?(?= )", negatable=True),
    _h("mess-up", r" (?:mess|messing|beat|beating|rough|roughing|fuck|fucking|cut|cutting) "
       r"<OBJ> up(?= )", negatable=True),
    _h("sabotage", r" (?:(?:sugar|bleach|sand|salt) in (?:his|her|their) (?:gas tank|tank|car|"
       r"engine|drink|coffee|food)|(?:spike|spiking|poison|poisoning) (?:his|her|their) "
       r"(?:drink|food|coffee|tea))(?= )"),
    _h("send-to-family", r" (?:send|sending|show|showing|forward|forwarding|post|posting|mail|"
       r"mailing|give|giving) (?:the|those|these|his|her|their|our|all the|all our|all his|"
       r"all her|all their) (?:pictures|pics|photos|videos|texts|messages|screenshots|"
       r"recordings|emails|letters|voice notes) to (?:his|her|their) (?:mom|mum|mother|dad|"
       r"father|parents|family|boss|wife|husband|new girlfriend|new boyfriend|new partner|"
       r"new gf|new bf|girlfriend|boyfriend|partner|friends|coworkers|employer|kids|church|"
       r"school|work|landlord)(?= )", negatable=True),
    _h("write-threat", r" (?:write|writing|draft|drafting|send|sending|make|making|compose|"
       r"composing|leave|leaving) (?:a|an|some|the|him a|her a|them a) (?:threat|threats|"
       r"threatening message|threatening text|threatening letter|threatening note|"
       r"death threat|death threats|scary message)(?= )"),
    _h("burn-down", r" burn (?:his|her|their|the) (?:house|place|home|apartment|flat|building|"
       r"shop|office|car) down(?= )"),
    _h("revenge", r"(?<!best)(?<!the best) (?:revenge|vengeance|payback|retaliate|retaliation|"
       r"get even|getting even|get back at|getting back at|got back at|teach <OBJ> a lesson|"
       r"pay (?:him|her|them) back(?! (?:the|money|for the loan|what i owe|[0-9]+|for dinner|"
       r"for the|tomorrow|next)))(?! (?:body|glow|glowup|glow up|era|haircut|workout|outfit|"
       r"dress|is living well|is to|is being happy|is success|is moving on|is a life))(?= )",
       negatable=True),
    _h("see-suffer", r" (?:see|watch|seeing|watching) <OBJ> (?:suffer|hurt|cry|bleed|beg|in pain|"
       r"pay|miserable|fail|lose everything|die|burn|rot|grovel|break down)(?= )",
       negatable=True),
    _h("hope-suffers", r" (?:suffers|suffer|gets hurt|dies|rots)(?= )",
       before=r" (?:hope|hoping|wish|pray|praying)(?: that)?(?: [^ ]++){0,8} (?:he|she|they|"
       r"you|him|her|them)"),
    _h("make-sure-knows", r" (?:make sure|make certain|ensure|ensuring) (?:his|her|their|everyone|"
       r"everybody|the whole world|people|all our friends|his new|her new|their new) "
       r"(?:new )?(?:girlfriend |boyfriend |partner |wife |husband |boss |family |friends |"
       r"parents |gf |bf |fiance |fiancee )?(?:finds out|find out|knows|know|sees|see|hears|"
       r"hear|learns|learn|reads|read)(?= )"),
    _h("words-that-hurt", r" (?:hurt|destroy|crush|break|wreck|humiliate|devastate|ruin|gut|"
       r"shatter|wound|embarrass|scar) (?:him|her|them)(?! feelings)(?= )",
       before=r" (?:something|a message|a text|words|a letter|a note|the words|a way|a thing)"
       r"(?: that| which| to| i can say to| i could say to)?(?: (?:will|would|could|really|"
       r"actually|properly|truly|deeply|completely|just)){0,3}"),
    _h("tell-everyone-that", r" (?:tell|telling|let|show|post|posting) (?:everyone|everybody|"
       r"the world|all our friends|all his friends|all her friends|people|the group|"
       r"our friends|mutual friends|the internet|our mutuals|the whole (?:school|office|town|"
       r"church|team|class|group|family|gym|street|building|world)|everyone at (?:his|her|their|"
       r"the|church|school|work)(?: [^ ]++)?) (?:that )?(?:she|he|they) "
       r"(?:cheated|lied|is a|was a|slept|stole|is crazy|is psycho|has an std|has herpes|"
       r"is fake|used me|abused me|faked|is a liar|is a cheater|is gay|is trans|is pregnant|"
       r"had an abortion|had an affair)(?= )", negatable=True),
    _h("make-pay", r" make <OBJ> (?:pay|suffer|regret|sorry|hurt|cry|miserable|feel what i felt|"
       r"feel what i feel|feel the pain|feel my pain|feel as bad|pay for|bleed|afraid|scared|"
       r"terrified|beg|grovel|feel small|feel worthless)(?= )", negatable=True),
    _h("life-hell", r" make (?:his|her|their) (?:life|lives) (?:hell|a living hell|miserable|"
       r"a nightmare|difficult|unbearable|hard)(?= )", negatable=True),
    _h("wish-harm", r" (?:hope|hoping|wish|pray|praying) (?:that )?(?:he|she|they|you|her new|"
       r"his new|their new)(?: [^ ]++){0,2} (?:dies|die|dead|suffers|suffer|gets hurt|"
       r"get hurt|rots|rot|burns in hell|burn in hell|gets cancer|get cancer|gets hit|"
       r"get hit|crashes|crash|drops dead|drop dead|gets killed|get killed|chokes|choke)(?= )"),
    _h("deserve-harm", r" (?:deserves|deserve|deserved|should) (?:to )?(?:die|suffer|hurt|"
       r"be hurt|rot|burn|be punished|get hurt|be in pain|a beating|be beaten|be dead|"
       r"burn in hell|rot in hell)(?= )",
       before=r" (?:he|she|they|you|her new [^ ]++|his new [^ ]++|their new [^ ]++|it|"
       r"that bitch|that bastard|my ex|both of them|the new [^ ]++)"
       r"(?: really| honestly| totally)?"),
    _h("tell-die", r" (?:kys|kill yourself|kill urself|go die|go kill yourself|"
       r"(?<!i will )(?<!ill )(?<!i would )(?<!i could )(?<!i am gonna )(?<!i am going to )"
       r"drop dead(?! gorgeous)|should just kill (?:himself|herself|themselves|yourself)|"
       r"should kill (?:himself|herself|themselves|yourself)|neck yourself|hang yourself|"
       r"end yourself|unalive yourself|die in a fire|die in a ditch|rot in hell)(?= )"),
    _h("threat-phrase", r" (?:regret (?:this|it|that|leaving|what|doing|the day|ever|crossing|"
       r"messing|hurting)|pay for (?:this|it|that|what|leaving|everything|hurting)|sorry|"
       r"get what (?:you|he|she|they|is|s) (?:deserve|deserves|coming)|"
       r"wish (?:you|he|she|they) (?:had|never|did not|were)|see what happens)(?= )",
       before=r" (?:you|he|she|they) (?:will|are going to|is going to|are gonna|is gonna|"
       r"are so going to|will definitely|will really)(?: be)?"),
    _h("watch-back", r" watch (?:your|his|her|their) back(?= )"),
    _h("know-where", r" know where you (?:live|work|sleep|are|go|park)(?= )"),
    _h("better-watch", r" better (?:watch out|watch it|be careful|sleep with one eye open|"
       r"hide)(?= )", before=r" (?:you|he|she|they)(?: had| d)?"),
    _h("warned", r" been warned(?= )", before=r" (?:you have|you ve|youve|you)"),
    _h("warning", r" (?:(?:last|final) warning|consider this (?:a|your|my) (?:last )?warning)"
       r"(?= )"),
    _h("coming", r" see it coming(?= )", before=r" (?:will not|wont|never|are not going to)"),
    _h("blackmail", r" (?:blackmail|blackmailing|blackmailed|extort|extorting|sextort|sextortion|"
       r"use (?:it|this|that|them|those|the pics|the photos|the videos|her secret|his secret|"
       r"their secret|the texts|the messages) (?:to |as )?(?:blackmail|leverage|against "
       r"(?:him|her|them))|hold (?:it|this|that|them) over (?:him|her|them))(?= )"),
    _h("threaten-to", r" (?:threaten|threatening|threatened|threat) (?:to|that i will|that i ll|"
       r"him that i|her that i|them that i|him with|her with|them with) (?:post|share|leak|send|"
       r"show|expose|tell|release|publish|out|hurt|kill|ruin|spread|the pics|the photos|"
       r"the videos|the texts|the nudes|exposing|posting|sharing|leaking|telling)(?= )"),
    # "it's a shame you taught me right before you left" is regret, not a threat to shame them.
    _h("expose", r" (?:expose|exposing|humiliate|humiliating|dox|doxx|doxing|doxxing|slander|"
       r"defame|defaming|publicly shame|publicly humiliate|(?<! a )shame|embarrass|embarrassing) "
       r"<OBJ>(?! (?:by accident|accidentally|if i|by texting|by reaching))(?= )",
       negatable=True),
    _h("out", r" out (?:him|her|them) (?:to|as|online)(?= )", negatable=True),
    _h("post-private", r" (?:post|posting|share|sharing|leak|leaking|publish|publishing|spread|"
       r"spreading|upload|uploading|send|sending|forward|forwarding|show|showing|screenshot|"
       r"screenshotting|put|putting|air|airing|release|releasing|read out|broadcast) "
       r"(?:all |some |every one )?(?:of )?(?:his|her|their|our|the|those) (?:private |"
       r"personal |intimate |old |dirty |secret |embarrassing |deepest |darkest |sexting |"
       r"sexy |drunk )?(?:texts|messages|dms|chats|conversations|convos|secrets|secret|diary|"
       r"journal|address|home address|phone number|number|emails|letters|medical records|"
       r"medical history|therapy|history|passwords|location|dirty laundry|screenshots|"
       r"voice notes|voicemails|business|confession|confessions|affair|dirty secrets)"
       r"(?: [^ ]++){0,3} (?:online|everywhere|publicly|in public|so everyone|so people|"
       r"for everyone to see|so the world|on (?:instagram|insta|ig|"
       r"facebook|fb|twitter|x|tiktok|reddit|social media|the internet|snapchat|snap|"
       r"his story|her story|my story|linkedin|youtube|my page|my profile|twitch)|to "
       r"(?:everyone|everybody|the world|all|his|her|their|the group|our friends|"
       r"mutual friends|the group chat|my followers|the internet|our mutuals)|for everyone)"
       r"(?= )", negatable=True),
    _h("post-screenshots", r" (?:post|posting|share|sharing|leak|leaking|publish|publishing|"
       r"spread|spreading|upload|uploading|send around|sending around|put up|putting up) "
       r"(?:all |some |the )?(?:screenshots|screenshot|screen shots|copies|recordings|"
       r"recording) of (?:his|her|their|our|the|those) (?:private |personal |old )?(?:texts|"
       r"messages|chats|dms|conversations|convos|emails|letters|voice notes|secrets|calls|"
       r"sexts|nudes|photos|pics)(?= )", negatable=True),
    _h("post-address", r" (?:post|posting|share|sharing|leak|leaking|publish|publishing|put up|"
       r"putting up|spread|spreading|give out|giving out) (?:his|her|their) (?:home |new |"
       r"work )?(?:address|phone number|location|workplace|schedule|home)(?= )",
       negatable=True),
    _h("throw-at", r" (?:throw|throwing|threw|chuck|chucking|hurl|hurling|lob) (?:a|some|the) "
       r"(?:brick|rock|stone|bottle|bin|firework|egg|eggs|paint|drink) (?:through|at|into|"
       r"over) (?:his|her|their) (?:window|windows|car|house|door|head|face|place)(?= )",
       negatable=True),
    _h("share-video-of", r" (?:video|videos|photo|photos|pics|pictures|clip|clips|recording|"
       r"recordings) of (?:him|her|them)(?: [^ ]++){0,4} (?:with|to) (?:everyone|everybody|all|"
       r"the whole|her work|his work|her boss|his boss|her family|his family|her friends|"
       r"his friends|the group|the internet|the world|her parents|his parents)(?= )",
       before=r" (?:post|posting|share|sharing|send|sending|show|showing|leak|leaking|spread|"
       r"spreading|forward|forwarding|upload|uploading)(?: (?:the|that|this|a|those|these|"
       r"my|our))?"),
    _h("air-laundry", r" (?:air|airing) (?:his|her|their|our) dirty laundry(?= )",
       negatable=True),
    # Others doing it ("the kids call her boyfriend steve": a name) is not the writer's threat.
    _h("tell-boss", r"(?<! kids)(?<! children)(?<! two)(?<! three)(?<! boys)(?<! girls)"
       r"(?<! they)(?<! everyone)(?<! son)(?<! daughter)(?<! sons)(?<! daughters)"
       r" (?:tell|telling|text|texting|message|messaging|email|emailing|call|"
       r"calling|dm|dming|contact|contacting|inform|informing|warn|warning|show|showing|"
       r"report (?:him|her|them) to) (?:his|her|their) (?:new )?(?:boss|employer|manager|"
       r"coworkers|colleagues|hr|wife|husband|fiance|fiancee|new partner|new girlfriend|"
       r"new boyfriend|new gf|new bf|girlfriend|boyfriend|partner|gf|bf|landlord|church|"
       r"professor|teacher)(?= )", negatable=True),
    _h("rumours", r" (?:spread|spreading|start|starting|post|posting) (?:rumors|rumours|lies|"
       r"stories|gossip|a rumor|a rumour) (?:about|that)(?= )", negatable=True),
    _h("ruin", r" (?:ruin|ruining|destroy|destroying|wreck|wrecking|sabotage|sabotaging|"
       r"tank|tanking) (?:his|her|their) (?:life|lives|reputation|name|career|relationship|"
       r"new relationship|marriage|wedding|image|birthday|job|chances|business|happiness|"
       r"future|credit)(?= )", negatable=True),
    _h("ruin-them", r" (?:ruin|destroy) (?:him|her|them)(?= )", negatable=True),
    _h("images-share", r" <IMG>(?= )", negatable=True,
       before=r" (?:post|posting|share|sharing|leak|leaking|send|sending|forward|"
       r"forwarding|show|showing|upload|uploading|spread|spreading|publish|publishing|sell|"
       r"selling|release|releasing|expose|exposing|blackmail|threaten|threatening|distribute|"
       r"distributing|airdrop|airdropping|put|putting|leaked|posted|shared|sent around)"
       r"(?: (?!me )[^ ]++){0,5}"),
    _h("images-where", r" <IMG>(?: [^ ]++){0,8} (?:online|everywhere|to everyone|to everybody|"
       r"on the internet|publicly|on (?:reddit|twitter|x|instagram|insta|ig|facebook|fb|"
       r"tiktok|snapchat|onlyfans|porn sites|a porn site|porn|social media|my story|"
       r"the group chat)|to (?:his|her|their) (?:new )?(?:boyfriend|girlfriend|partner|family|"
       r"friends|parents|boss|mom|mum|dad|coworkers|wife|husband|followers)|(?:his|her|their) "
       r"(?:new )?(?:boyfriend|girlfriend|partner|family|friends|parents|boss|coworkers) "
       r"(?:should|will|would|needs to|is going to|could|deserves to) (?:see|know))(?= )"),
    _h("revenge-porn", r" (?:revenge porn|revengeporn|image based abuse)(?= )"),
    # -- more threats, revenge and violence (phrasings from the blind batches)
    _h("windows-every", r" (?:break|breaking|smash|smashing|kick in|kicking in|brick|bricking) "
       r"(?:every|all the|all of the|each|every single) (?:window|windows|door|mirror|plate|"
       r"light)(?: [^ ]++){0,1} (?:in|of|at|on) (?:his|her|their)(?= )", negatable=True),
    _h("know-where-tell", r" know where (?:he|she|they) (?:lives|live|works|sleeps|parks|is|"
       r"goes|stays)(?= )",
       before=r" (?:tell|text|let|remind|warn|message|show) (?:him|her|them)(?: know)?"
       r"(?: that)? i(?: already)?"),
    _h("not-see-next", r" (?:see|live to see|make it to|survive|live through|last) (?:the )?"
       r"(?:next|another) (?:week|day|month|year|birthday|christmas|weekend)(?= )",
       before=r" (?:he|she|they|you|that guy|that bitch|that bastard) (?:will not|is not going to|"
       r"are not going to|aint going to|will never|is never going to|are never going to)"),
    _h("people-handle", r"(?: (?:people|guys|friends|someone|somebody|mates|boys)|(?<= a) guy)"
       r"(?= (?:who|that) "
       r"(?:can|could|will|would) (?:take care of|deal with|handle|hurt|sort out|sort|rough up|"
       r"fuck up|mess up|make (?:him|her|them) disappear) (?:him|her|them|that guy|it)(?= ))",
       before=r" (?:i know|know|i have|got|i got|i can get|i could get|i will send|i will get)"
       r"(?: some)?"),
    _h("leak", r" (?:leak|leaking|leaked|leaks) (?:our|his|her|their|the|those|all (?:our|his|her|"
       r"their)|all the) (?:[^ ]++ )?(?:sexts|nudes|texts|messages|pics|photos|pictures|videos|"
       r"chats|dms|tape|conversations|secrets|emails|voice notes|selfies|address|number|"
       r"screenshots)(?= )", negatable=True),
    _h("break-in", r" (?:break|breaking|broke|sneak|sneaking|let myself) into (?:his|her|their) "
       r"(?:apartment|house|flat|place|home|car|room|office|new place|garage)(?= )",
       negatable=True),
    _h("make-want-die", r" (?:want to|wants to|wanna) (?:kill|hurt|end) (?:himself|herself|"
       r"themselves|his life|her life)(?= )",
       before=r" (?:make|makes|making|made) (?:him|her|them|my ex)"),
    _h("off-road", r" (?:run|running|drive|driving|force|forcing) (?:him|her|them|his car|her car|"
       r"their car) off the road(?= )", negatable=True),
    _h("spit-in", r" (?:spit|spitting|piss|pissing|pee|peeing|put something|putting something) "
       r"(?:in|on|into) (?:his|her|their) (?:food|drink|coffee|meal|car|face|bed|pillow)(?= )",
       negatable=True),
    _h("send-partner", r" (?:send|sending|show|showing|forward|forwarding|give|giving) (?:his|her|"
       r"their) (?:wife|husband|new girlfriend|new boyfriend|girlfriend|boyfriend|partner|fiance|"
       r"fiancee|boss|mom|mum|parents|family|new gf|new bf|gf|bf) (?:the |our |all (?:the |our )?|"
       r"those |these |some )?(?:screenshots|texts|messages|pics|photos|videos|nudes|recordings|"
       r"receipts|proof|evidence|emails|chats|sexts)(?= )", negatable=True),
    _h("consequences", r" (?:consequences|hell to pay)(?! (?:for (?:me|my|myself|us)))(?= )",
       before=r" (?:there (?:are|is|will be|are going to be|is going to be|are gonna be|will)|"
       r"or (?:else )?(?:face|suffer) the|(?:she|he|they|you) (?:will|is going to|are going to) "
       r"(?:face|suffer)(?: the)?|or there will be|or there are going to be)"),
    _h("make-afraid", r" (?:make|makes|making|made) (?:him|her|them|my ex|that guy) (?:feel )?"
       r"(?:as |so |really |too |very )?(?:scared|afraid|terrified|frightened|unsafe|"
       r"fear for|paranoid|scared for|nervous to leave|scared to)(?! (?:of losing|to lose|"
       r"that i will leave|i will leave))(?= )", negatable=True),
    _h("dead-man", r" dead (?:man|woman|meat|men)(?! walking)(?= )",
       before=r" (?:hes|he is|you are|youre|she is|shes|they are|theyre|your|you re|he s|"
       r"you will be|he will be|she will be|he is going to be|you are going to be)(?: a)?"),
    _h("should-be-afraid", r" (?:should|better|needs to|ought to|had better) be (?:very |really )?"
       r"(?:afraid|scared|terrified|frightened)(?! (?:of losing|to lose|that i will leave))(?= )",
       before=r" (?:she|he|they|you|that bitch|that bastard|that guy|my ex)(?: would| had)?"),
    _h("make-sure-pay", r" (?:make sure|see to it|ensure|making sure) (?:that )?(?:you|he|she|they|"
       r"him|her|them) (?:pay|pays|suffer|suffers|regret|regrets|hurt|hurts|get what|gets what)"
       r"(?! (?:for (?:the|her|his|their|my|half|dinner|tickets|rent|bill|bills|it all|"
       r"repairs|damage|share|a|an|your|our)|back|me back|half|rent|the|his|her|their|my))(?= )"),
    _h("crew", r" (?:brothers|boys|crew|homies|gang|lads|cousins|mates|guys|bros|uncles)(?= )",
       before=r" (?:show|showing|showed|turn|turning|roll|rolling|pull|pulling|go|going|come|"
       r"coming|head|heading) (?:up |over |round |around )?(?:there |to (?:his|her|their) "
       r"(?:place|house|work|flat|apartment|door) )?with (?:my|some|a few|all my)"),
    _h("armed", r" (?:bat|baseball bat|knife|gun|crowbar|hammer|machete|pipe|tire iron|"
       r"brass knuckles|knuckle duster|golf club|axe|pistol)(?= )",
       before=r" (?:go|going|went|show|showing|turn|turning|head|heading|drive|driving|wait|"
       r"waiting|come|coming|pay|paying|visit|visiting|over|up|round|there|him|her|them)"
       r"(?: [^ ]++){0,5} with (?:a|my|the|his|some|a baseball|a big|my dads)"),
    _h("jump-him", r" (?:jump|jumping|jumped|ambush|ambushing|rush|rushing) (?:him|that guy|"
       r"the guy|her new [^ ]++|his new [^ ]++|that dude|them)(?! (?:to|into|in|at|through|"
       r"for|over|with (?:a|the) question))(?= )",
       before=r" (?:and|going to|want to|will|gonna|i will|ill|to|i am going to|then|thinking "
       r"about|about|like to|should)"),
    _h("coming-to", r" (?:get|gets|getting|got) (?:what is|whats|what s) coming(?: to (?:him|"
       r"her|them|you))?(?= )"),
    _h("or-else", r" or else(?= (?:$|you will regret|watch))"),
    _h("send-them-to", r" (?:send|sending|show|showing|post|posting|share|sharing|leak|leaking|"
       r"forward|forwarding|upload|uploading) (?:them|it|those|these|the pics|the photos) "
       r"(?:to|with) (?:her|his|their|everyone|everybody|all)(?= )", also="img-word"),
    _h("make-stuff-up", r" (?:make (?:stuff|shit|lies|things) up|making (?:stuff|shit|lies|"
       r"things) up|(?:make|making|made) up (?:lies|a story|stories|rumors|rumours|stuff|shit|"
       r"things|something|a lie|crap) about (?:him|her|them|my ex))(?= )"),
    _h("send-screens", r" (?:send|sending|sent|show|showing|forward|forwarding|post|posting|"
       r"share|sharing|leak|leaking|spread|spreading) (?:the |some |all the |all |all of )?"
       r"(?:screenshots|screenshot|screen shots|copies|recordings|pics|photos) of (?:his|her|"
       r"their|our) (?:[^ ]++ )?(?:texts|messages|chats|dms|conversations|convos|emails|"
       r"letters|voice notes|secrets|calls|diary|journal|sexts|nudes|search history|"
       r"medical records|therapy) (?:to|with) (?:her|his|their|everyone|everybody|all|the)"
       r"(?= )", negatable=True),
    _h("get-fired", r" (?:get|getting|got|make sure) (?:him|her|them|my ex|that guy) "
       r"(?:fired|sacked|deported|evicted|expelled|kicked out|blacklisted|cancelled|canceled|"
       r"banned|struck off)(?! up)(?= )", negatable=True),
    _h("lose-everything", r" (?:want|wish|need|hope) (?:him|her|them|my ex) to (?:lose everything|"
       r"lose it all|lose (?:his|her|their) (?:job|house|home|kids|friends|family|career|"
       r"everything|business)|have nothing|be ruined|be homeless|be broke)(?= )",
       negatable=True),
    _h("false-report", r" (?:report (?:him|her|them|my ex) to (?:immigration|ice|border force|"
       r"the home office|cps|social services|child services|the irs|hmrc)|false (?:report|"
       r"reports|accusation|accusations|allegation|allegations|police report)|falsely "
       r"(?:report|accuse|reporting|accusing)|mess (?:his|her|their) (?:life|lives) up|"
       r"mess up (?:his|her|their) (?:life|lives)|screw (?:his|her|their) life up|"
       r"screw up (?:his|her|their) life)(?= )", negatable=True),
    _h("post-calling", r" (?:post|posting|tweet|tweeting|story|video|status|message the group|"
       r"comment|comments|commenting) (?:calling|saying|that says|that calls) (?:her|him|them|"
       r"my ex) (?:is )?(?:a |an )?(?:whore|slut|cheater|liar|abuser|rapist|pedo|pedophile|"
       r"psycho|bitch|bastard|cunt|homewrecker|stalker|thief|predator|creep|skank)(?= )"),
    _h("porn-site", r" (?:onlyfans|only fans|porn site|porn sites|pornhub|porn)(?: [^ ]++){0,3} "
       r"(?:with|of|using|from) (?:her|his|their) (?:[^ ]++ )?(?:pics|photos|pictures|videos|"
       r"nudes|images|vids|selfies)(?= )"),
    _h("fake-reviews", r" (?:reviews|review) (?:saying|claiming|that say|that says|accusing) "
       r"(?:his|her|their|that (?:his|her|their)|(?:he|she|they) (?:is|are|gave|give|has|have|"
       r"sold|sells))(?= )"),
    _h("review-bomb", r" (?:fake reviews|review bomb|review bombing|bad reviews on (?:his|her|"
       r"their)|one star reviews on (?:his|her|their)|1 star reviews on (?:his|her|their)|"
       r"reviews (?:saying|claiming) (?:his|her|their))(?= )"),
    _h("hospital", r" put (?:him|her|them|that guy|my ex|that bitch|that bastard|her new [^ ]++|"
       r"his new [^ ]++) in (?:the |a )?(?:hospital|hospital bed|coma|ground|grave|wheelchair|"
       r"er|icu|morgue|ambulance)(?= )", negatable=True),
    _h("hands-on", r" (?:put|lay|get|laying|putting|getting) my hands on (?:him|her|them|that guy|"
       r"that girl|the guy|that dude|that bitch|that bastard|her new [^ ]++|his new [^ ]++)"
       r"(?= )", negatable=True),
    _h("when-alone", r" when (?:he is|hes|she is|shes|they are) (?:alone|by himself|by herself|"
       r"on (?:his|her|their) own)(?= )",
       before=r" (?:figure out|find out|know|work out|learn|tell me|catch (?:him|her|them)|"
       r"get (?:him|her|them)|find (?:him|her|them)|see)"),
    _h("gun-business", r" (?:business|score to settle|scores to settle|beef) "
       r"(?:with|for) (?:him|her|them|that guy)(?= )", also="gun-word"),
    _h("hit-with-car", r" (?:hit|run|mow|ram|ramming|running|hitting) (?:him|her|them|that guy|"
       r"his car|her car) (?:down |over )?with (?:my|the|a) (?:car|truck|van|suv|bat|bottle|"
       r"hammer|brick|bike)(?= )", negatable=True),
    _h("brakes", r" (?:cut|cutting|mess with|messing with|tamper with|tampering with|loosen|"
       r"loosening|drain|draining|disable|disabling) (?:the |his |her |their )?(?:brake|brakes|"
       r"brake lines|brake line|breaks|break lines|break line|fuel line|wheel nuts|lug nuts|"
       r"steering)(?= )", negatable=True),
    _h("tires", r" (?:slash|slashing|slashed|puncture|puncturing|flatten|flattening|let down|"
       r"letting down|deflate|deflating|knife) (?:the |his |her |their |all his |all her |"
       r"all the |all (?:4|four) |some )?(?:tires|tyres|tire|tyre)(?= )", negatable=True),
    _h("graffiti", r" (?:spray paint|spray painting|spraypaint|spraypainting|graffiti|"
       r"graffitiing|paint|painting|key|keying|scratch|scratching|carve|carving|egg|egging)"
       r"(?: [^ ]++){0,3} (?:on|across|over|into|onto|all over) (?:his|her|their) (?:garage|"
       r"garage door|door|front door|car|house|wall|walls|window|windows|fence|driveway|"
       r"truck|bike|hood|bonnet|van|shop|store)(?= )", negatable=True),
    _h("on-fire", r" (?:(?:set|setting|light|lighting|put|putting) (?:his|her|their|the|that) "
       r"(?:[^ ]++ )?(?:car|house|place|flat|apartment|stuff|things|clothes|bike|truck|garage|"
       r"door|belongings|shop|van|bed) (?:on fire|alight|ablaze|aflame)|(?:burn|burning|torch|"
       r"torching) (?:down )?(?:his|her|their) (?:car|house|place|flat|apartment|stuff|things|"
       r"clothes|belongings|bike|truck|garage))(?= )", negatable=True),
    _h("flood", r" (?:(?:leave|leaving|turn on|turning on|run|running) (?:all )?(?:the )?"
       r"(?:taps|tap|water|faucets|faucet|gas|bath|shower) (?:running|on)(?: [^ ]++){0,2} "
       r"(?:in|at) (?:his|her|their)|flood (?:his|her|their) (?:flat|house|apartment|place|"
       r"bathroom|kitchen|basement))(?= )", negatable=True),
    _h("smash-his", r" (?:smash|smashing|smashed|break|breaking|destroy|destroying|wreck|"
       r"wrecking|trash|trashing|ruin|ruining|bin|binning|pour water on|throw out) (?:all )?"
       r"(?:of )?(?:his|her|their) (?:ps5|ps4|playstation|xbox|switch|tv|telly|computer|pc|"
       r"console|gaming|laptop|guitar|records|vinyls|camera|bike|motorbike|car|phone|ipad|"
       r"stuff|things|clothes|watch|collection|plants|belongings|furniture)(?= )",
       negatable=True,
       before=r" (?:going to|want to|will|gonna|i will|ill|i am going to|i could|should i|"
       r"to|i am gonna|thinking about|about|and|then)"),
    _cond("img-word", r"(?: (?:<IMG>|pics of her|pics of him|photos of her|photos of him|"
          r"nudes)|(?<= her) (?:pics|photos|pictures)|(?<= his) (?:pics|photos|pictures))(?= )"),
    _cond("gun-word", r" (?:gun|guns|pistol|handgun|firearm|rifle|shotgun|knife|bat|weapon)(?= )"),
    # ---- harassment: getting round a block or a no-contact request, tracking, repetition
    _cond("blocked", r" (?:blocked (?:me|on|my|everywhere|from)|blocks me|block me|"
          r"has me blocked|got blocked|been blocked|(?:asked|told|begged|wants|want|wanted) me "
          r"(?:not to|to stop|to leave (?:her|him|them) alone|to give (?:her|him|them) space|"
          r"to back off|to go away|to lose)|asked for (?:no contact|space)|"
          r"wants no contact|want no contact|restraining order|protective order|"
          r"changed (?:her|his|their) number|(?:said|told me|asked me|says|wrote) (?:to )?"
          r"(?:do not|not to|never|to never|to not|not) (?:contact|text|call|message|reach out|"
          r"talk to|email|dm) (?:me|her|him|them)|(?:said|says|made it clear|told me) "
          r"(?:he is|hes|she is|shes|they are|that he is|that she is) done with me)(?= )"),
    # "from his second account": the ex's own account; "from her sister's account" still counts.
    _s("sneak-account", r" (?:(?<! his )(?<! her )(?<! their )|(?=(?:friends|sisters|brothers|"
       r"moms|mums|cousins|roommates|coworkers|mates|work) ))<SNEAKACC>(?= )",
       before=r" <CONTACT>(?: (?:him|her|them|my ex))?(?: [^ ]++){0,3} (?:from|with|using|on|"
       r"through|via|off|by)(?: (?:a|an|another|some|the|one of my|his|her|their|using a|"
       r"a friends|my friends|my))?"),
    _s("make-account", r" (?:make|made|making|create|created|creating|set up|setting up|open|"
       r"opened|buy|bought|buying|use|used|using|borrow|borrowed|borrowing|start|started|try|"
       r"tried) (?:a |an |another |my |some |one of my |my friends |a friends |her |his )?"
       r"<SNEAKACC>(?: [^ ]++){0,6} (?:to|and|so|then) (?:i can |i could |i will |ill |i )?"
       r"<CONTACT>(?= )", negatable=True),
    _s("fake-account", r" (?:fake|burner|anonymous|anon|throwaway|finsta|alt|sock puppet|"
       r"sockpuppet|spam|decoy) (?:account|accounts|profile|profiles|number|numbers|phone|"
       r"insta|instagram|ig|snap|snapchat|email|page|tiktok|twitter|facebook|fb|sim)(?= )",
       negatable=True),
    _s("anonymous", r" (?:text|message|call|email|dm|contact|send) (?:him|her|them) "
       r"(?:anonymously|something anonymously|an anonymous)(?= )"),
    _s("hide-number", r" (?:hide|hiding|block|blocking|withhold|withholding|mask|masking|"
       r"private|spoof|spoofing) my (?:number|caller id|identity|id)(?= )"),
    _s("caller-id", r" caller id(?= )",
       before=r" (?:no|private|hidden|blocked|withheld|unknown|without)"),
    _s("not-recognise", r" (?:recognise|recognize|know|see|realize|realise) (?:it is |its |"
       r"that it is |that its )?(?:me|the number|my number)(?= )",
       before=r" so (?:he|she|they) (?:does not|do not|will not|would not|can not|cannot|wont)"),
    # "from his second account": the ex's, used on the writer ("texted her new number" counts).
    _s("new-account-blocked", r"(?<!from his)(?<!from her)(?<!from their)(?<!via his)"
       r"(?<!via her)(?<!via their) (?:new|another|different|second) (?:number|phone number|phone|"
       r"account|insta|instagram|profile|sim|email|snap|snapchat)(?= )", also="blocked"),
    _s("around-block", r" (?:get|getting|got|go|going|work|working|sneak|sneaking|find a way|"
       r"finding a way|ways|way|anyway|somehow get) (?:around|round|past|through) "
       r"(?:the |her |his |their |a |this |that |being |my |an )?(?:block|blocks|blocking|"
       r"blocked|restraining order|no contact order)(?= )"),
    _s("bypass", r" (?:bypass|bypassing|circumvent|circumventing|evade|evading|dodge|dodging|"
       r"ignore|ignoring|break|breaking|violate|violating|get around|getting around|"
       r"work around|disregard|disregarding|defy|defying) (?:the |her |his |their |a |being |"
       r"my |this )?(?:block|blocks|blocking|(?:her|his|their) no contact|(?:her|his|their) "
       r"request|restraining order|protective order|protection order|court order|injunction|"
       r"no contact order|(?:her|his|their) boundaries|(?:her|his|their) boundary)(?= )"),
    _s("blocked-reach", r" (?:<CONTACT>|get through|reach out)(?= )", also="blocked",
       before=r" <INTENTS>(?: (?:still|just|somehow|finally|quickly|secretly|maybe|try to|"
       r"please|at least|even))?"),
    _s("use-other-phone", r" (?:use|using|borrow|borrowing|borrowed|used|grab|grabbing) "
       r"(?:my |a |an |some |the )?<SNEAKACC>(?= )", also="blocked"),
    _s("blocked-family", r" (?:<CONTACT>|ask|asking) (?:his|her|their) (?:sister|brother|mom|mum|"
       r"dad|parents|friend|friends|best friend|roommate|family|cousin|coworker|boss|"
       r"new partner|new boyfriend|new girlfriend)(?= )", also="blocked"),
    _s("which-place", r" (?:find out|figure out|work out|know|learn|discover|ask) (?:which|what) "
       r"(?:gym|cafe|coffee shop|bar|club|office|building|street|school|church|class|area|"
       r"neighbourhood|neighborhood|town|city|job|company|route|hotel|flat|apartment)"
       r"(?: [^ ]++){0,1} (?:she|he|they) (?:goes|go|works|work|lives|live|moved|uses|takes|is|"
       r"stays|goes to|works at|moved to)(?= )", negatable=True),
    _s("haunt-place", r" (?:goes to|go to|works at|work at|visits|frequents|hangs out at|"
       r"always goes to|usually goes to|runs|walks|goes)(?= )",
       before=r" (?:wait|waiting|go|going|hang out|hanging out|stand|sit|show up|turn up|be|"
       r"camp|park|sit outside|hang around) (?:at|in|to|outside|by|near|around) (?:the|that) "
       r"(?:coffee shop|cafe|gym|bar|place|club|church|class|park|store|shop|restaurant|library|"
       r"spot|bus stop|station|office|pub|yoga studio|studio|route|trail) (?:she|he|they)"
       r"(?: always| usually)?"),
    _s("lure", r" (?:invite|bring|get|lure|trick) (?:her|him|them) (?:to|over|into)"
       r"(?: [^ ]++){0,5} so (?:i can|i could|that i can|that i could) (?:see|talk to|speak to|"
       r"be with|run into|bump into|corner|confront|get) (?:her|him|them)(?= )"),
    _s("get-unblocked", r" (?:get|make|convince|persuade|force|trick|pressure|guilt) "
       r"(?:her|him|them) (?:to |into )?(?:unblock|unblocking) me(?= )"),
    _s("parked-outside", r" (?:outside|across from|opposite|near|by|"
       r"down the street from|around the corner from) (?:his|her|their) <PLACE>(?= )",
       before=r" (?:sitting|parked|waiting|standing|sat|parking|hiding|watching|lurking|sit|wait|"
       r"stand|park(?<! the park)(?<! a park)|hang out|hanging out|camp|camping|camped|stake out|"
       r"staking out)"
       r"(?: (?:in my car|in the car|here|right now|again|for hours|all night|"
       r"(?:in|at) (?:the|a|my) (?:cafe|car|coffee shop|bar|park|restaurant|shop|store|van|"
       r"bench|library|pub|diner|starbucks|lobby|parking lot|car park)))?"),
    _s("party-crash", r" (?:show|turn|pop|rock) up (?:at|to) (?:her|his|their) (?:birthday|party|"
       r"birthday party|wedding|event|leaving do|graduation|gig|show|game|match|family|"
       r"family dinner|christmas party)(?= )", negatable=True),
    _s("uninvited", r" (?:uninvited|unannounced|unexpected)(?= )",
       before=r" (?:show|turn|pop|rock|showing|turning) up(?: [^ ]++){0,5}"),
    _s("order", r" (?:despite|even though|although|regardless of|ignore|ignoring|around|break|"
       r"breaking|violate|violating|get around|past|spite of) (?:the |a |her |his |their |"
       r"my |this |there is a |she has a |he has a |they have a )?(?:restraining|protective|"
       r"protection|no contact|non contact|non molestation|stay away) order(?= )"),
    _s("asked-stop-but", r" (?:asked|told|begged|wants|want|wanted|said|made it clear|requested) "
       r"(?:me )?(?:not to|to stop|to leave (?:her|him|them) alone|for no contact|no contact|"
       r"for space|to give (?:her|him|them) space|to never|to not|to back off|to go away|"
       r"to lose (?:her|his|their) number|to delete (?:her|his|their) number|"
       r"to stop contacting|to stop texting|to stop calling)(?: [^ ]++){0,8} but (?:i|ill|"
       r"i am|i will|i would|i want|i need|i have|i still|should i|can i|how|maybe|what if|"
       r"surely|i feel|i think|i know|i just|i really|im)(?= )"),
    _s("show-up", r" (?:show|showing|showed|shown|turn|turning|turned|pop|popping|popped|rock|"
       r"rocking|rocked) up (?:at|outside|to|in front of|near|on|by|unannounced at|"
       r"unannounced to|uninvited at)? ?(?:her|his|their|my exs) <PLACE>(?! (?:to (?:get|"
       r"pick up|collect|grab|return|drop off|give back)|when (?:she|he|they) (?:invited|"
       r"asked)))(?= )", negatable=True),
    _s("show-up-unannounced", r" (?:show|turn|pop|rock) up (?:unannounced|uninvited|"
       r"unexpectedly|without telling|without warning|as a surprise|out of nowhere|"
       r"on (?:her|his|their) doorstep)(?= )", negatable=True),
    # Not someone refusing to go, passing it on the way somewhere, the kids' weekends at his
    # dad's, nor "his mum's 60th/farm" (an event or another place of theirs, not her house).
    _s("go-to-place", r"(?<!finds out i)(?<!find out i)(?<!found out i)(?<!refuses to)"
       r"(?<!refused to)(?<!refuse to)(?<!refusing to) (?:go|going|went|drive|"
       r"driving|drove|walk|walking|walked|wait|waiting|"
       r"waited|sit|sitting|sat|stand|standing|stood|hang around|hanging around|hang out|"
       r"hanging out|camp|camping|camped|park(?<! the park)(?<! a park)|parking|parked|loiter|"
       r"loitering|linger|"
       r"lingering|stop by|stopping by|swing by|drop by|dropping by|head|heading|come|coming|"
       r"knock|knocking|lurk|lurking) (?:to|outside|at|by|near|around|in front of|over to|"
       r"round to|past|down to|up to|over|round|into|on) (?:her|his|their|my exs) <PLACE>"
       r"(?! (?:to (?:get|pick up|collect|grab|return|drop off|give back)|when (?:she|he|they) "
       r"(?:invited|asked)|with (?:her|him|them)|together|on (?:the|my) way|"
       r"(?:on|at|for) (?:the )?weekends|every (?:other )?weekend|[0-9]+(?:st|nd|rd|th)|"
       r"birthday|bday|party|wedding|funeral|farm|bbq|barbecue|anniversary|retirement|"
       r"christening|baby shower|memorial|cabin|cottage|caravan|allotment)(?: |$))(?= )",
       negatable=True),
    _s("wait-for", r" (?:wait|waiting|waited|lurk|lurking|hide|hiding) (?:for )?(?:him|her|them) "
       r"(?:outside|after|at|by|near|in front of|round|around|behind)(?= )", negatable=True),
    _s("surprise", r" (?:surprise|surprising|ambush|ambushing|corner|cornering|confront|"
       r"confronting|intercept|intercepting) (?:him|her|them) (?:at|outside|after|on (?:her|"
       r"his|their) way|in person at|when (?:she|he|they) (?:leaves|gets|finishes))(?= )",
       negatable=True),
    _s("engineer-meeting", r" (?:run into|bump into|see|catch|find|accidentally run into|"
       r"accidentally bump into) (?:him|her|them) (?:at|outside|after|near) (?:her|his|their) "
       r"<PLACE>(?= )", negatable=True),
    _s("outside-now", r" (?:outside|at|near|by|around|parked outside|waiting outside|waiting at|"
       r"sitting outside|standing outside) (?:her|his|their) <PLACE>(?= )",
       before=r" (?:i am|i will be|ill be|i am going to be|i am already|i am just|i am right)"),
    _s("send-to-place", r" (?:send|sending|deliver|delivering|leave|leaving|drop|dropping) "
       r"(?:him|her|them) (?:flowers|gifts|a gift|letters|a letter|notes|a note|a present|"
       r"presents|chocolates|a card|cards|stuff)(?: [^ ]++){0,2} (?:at|to) (?:her|his|their) "
       r"<PLACE>(?= )", also="blocked"),
    _s("follow-home", r" (?:follow|following|followed|tail|tailing|tailed) (?:her|him|them|my ex) "
       r"(?:home|to (?:work|her|his|their|the)|around|everywhere|after (?:work|school|class|"
       r"the gym)|from (?:work|school|the gym))(?= )", negatable=True),
    # Missing calling her mom is nostalgia, not reaching her through her family.
    _s("call-workplace", r"(?<! miss)(?<! missed)(?<! missing) (?:call|calling|ring|ringing|"
       r"phone|phoning|email|emailing|visit|"
       r"visiting) (?:her|his|their) (?:work|office|workplace|job|school|college|parents|mom|mum|"
       r"dad|family|house|home|landlord|gym|grandma|grandmother|grandpa|grandparents|nan|"
       r"nana|granny|aunt|uncle|grandad|granddad)(?= )", negatable=True),
    _s("tell-me-where", r" where (?:she|he|they) (?:is|are|lives|live|works|is staying|moved to|"
       r"is now|lives now|is living|will be|hangs out)(?= )",
       before=r" (?:tells me|tell me|told me|to tell me|will tell me|until|so i know|"
       r"so i can find out|ask (?:them|him|her|everyone|around|people)|asking (?:them|around|"
       r"people|everyone))"),
    _s("whos-texting", r" (?:see|find out|check|track|monitor|read|look at|know) (?:who|what) "
       r"(?:she|he|they) (?:is |are |s )?(?:texting|messaging|talking to|calling|sending|"
       r"snapchatting|dming)(?= )",
       before=r" (?:how (?:can|do|could|would) i|is there a way to|any way to|i want to|"
       r"i need to|help me|i will|i am going to|can i|i could|way to|ways to)"),
    _s("read-messages-device", r" (?:read|reading|check|checking|go through|going through|"
       r"went through|look through|looking through|scroll through|scrolling through) (?:his|her|"
       r"their) (?:messages|texts|dms|chats|whatsapp|emails|conversations) (?:on|in|from|through|"
       r"via) (?:the|her|his|their|an|a|my) (?:ipad|phone|laptop|computer|tablet|account|"
       r"icloud|cloud|app|old phone|mac|macbook|watch)(?= )", negatable=True),
    _s("track", r" (?:track|tracking|tracked|trace|tracing|traced|locate|locating|monitor|"
       r"monitoring|spy on|spying on|spied on|keep tabs on|keeping tabs on|surveil|"
       r"surveilling) (?:him|her|them|my ex|his|her|their)(?: (?:location|phone|car|"
       r"whereabouts|movements|every move|gps|house|home|place|apartment|comings and goings|"
       r"schedule|routine|down))?(?! (?:on|instagram|insta|ig|facebook|fb|socials|social|"
       r"stories|story|profile|page|tiktok|twitter|posts|spotify|snap|snapchat|linkedin|"
       r"online|playlist|likes|followers|following|account|accounts)(?: |$))(?= )",
       negatable=True),
    _s("watch-house", r" (?:watch|watching|watched|stake out|staking out|staked out|drive by|"
       r"driving by|drove by|drive past|driving past|drove past|walk past|walking past|"
       r"walked past|walk by|walking by|walked by|sit outside|sitting outside|sat outside|"
       r"go past|going past|went past|check on) (?:his|her|their) (?:house|place|home|apartment|"
       r"flat|window|windows|building|work|office|car|door|street|new place|driveway|"
       r"new house|new apartment|dorm|parents house|workplace)(?! (?:to get to|to get home|"
       r"on my way|on the way|to work|for work|every day to|to go to|to reach))(?= )",
       negatable=True),
    # Colloquial "stalked his new girl's linkedin" / "stalking at 2am" is browsing; people who
    # stalk (others), and doing something "instead of stalking", are not the writer doing it.
    _s("stalk", r"(?<!people who)(?<!those who)(?<!anyone who)(?<!someone who)(?<!instead of)"
       r" (?:stalk|stalking|stalked|stalker|cyberstalk|cyberstalking)(?! (?:his |her |"
       r"their |your |my |the )?(?:new |exs |ex )?(?:(?:boyfriend|girlfriend|partner|bf|gf|"
       r"girl|guy|man|woman|wife|husband|fiance|fiancee|ex)s? )?(?:instagram|insta|ig|"
       r"facebook|fb|socials|social media|social|stories|story|profile|page|tiktok|twitter|x|"
       r"posts|spotify|snap|snapchat|linkedin|online|account|accounts|pics|photos|followers|"
       r"following|likes|pictures|playlist|tagged)(?: |$))"
       r"(?! at (?:[0-9]+ ?(?:am|pm)?|midnight)(?: |$))(?= )", negatable=True),
    _s("tracker", r" (?:airtag|airtags|air tag|air tags|gps tracker|tracking device|"
       r"tracking app|tracker on|tracker in|spyware|stalkerware|mspy|flexispy|life360|"
       r"lifeeio|find my friends on (?:her|his|their)|keylogger|hidden camera)(?= )",
       negatable=True),
    _s("location", r" (?:check|checking|checked|look at|looking at|see|seeing|know|knowing|"
       r"watch|watching|follow|following|get|getting|access|accessing|find|finding|turn on|"
       r"track|tracking|monitor|keep checking|stalk|stalking) (?:his|her|their) "
       r"(?:live |real time |current |exact )?(?:location|locations|gps|whereabouts|"
       r"location sharing|snap map|snapmap|find my|dot on the map)(?= )", negatable=True),
    _s("where-lives", r" (?:figure out|work out|find out|know|learn|discover|get|look up|"
       r"search|see|check) where (?:he|she|they) (?:lives|live|living|is living|are living|"
       r"works|work|working|is working|is|are|moved|has moved|went|goes|go|stays|is staying|"
       r"hangs out|will be|is going to be|sleeps|is now|are now|lives now)(?= )",
       negatable=True),
    _s("find-address", r" (?:find|get|got|found|look up|looked up|looking up|search for|"
       r"searching for|track down|tracked down|figure out|dig up|finding|getting|found out|"
       r"work out|learn|memorise|memorize|know) "
       r"(?:his|her|their|the new) (?:new )?(?:home )?(?:address|location|workplace|new place|"
       r"new apartment|new house|new flat|new number|new phone number|new account|"
       r"new insta|new instagram|schedule|routine|whereabouts|new job|new work|new snap|"
       r"new email|work address|shift pattern|shifts)(?= )", negatable=True),
    _s("hack", r" (?:(?:log|logging|logged|get|getting|got|break|breaking|broke|hack|hacking|"
       r"hacked|sign|signing|signed|sneak|sneaking) (?:into|in to|in on) (?:his|her|their) "
       r"(?:account|accounts|instagram|insta|ig|email|emails|phone|facebook|fb|snapchat|snap|"
       r"icloud|messages|whatsapp|tiktok|twitter|gmail|dms|laptop|computer)|(?:hack|hacking|"
       r"hacked) (?:into )?(?:him|her|them|his|her|their))(?= )", negatable=True),
    # Owning up to it ("i want to apologise for reading her phone") is not snooping.
    _s("snoop", r"(?<!sorry for)(?<!apologise for)(?<!apologize for)(?<!apologising for)"
       r"(?<!apologizing for)(?<!apologies for)(?<!apology for)(?<!ashamed of)(?<!regret)"
       r" (?:read|reading|check|checking|go through|going through|went through|"
       r"look through|looking through|snoop|snooping|snoop through|snooping through|"
       r"scroll through) (?:his|her|their) (?:phone|emails|email|inbox|diary|journal|laptop|"
       r"computer|icloud|camera roll|private messages|messages|texts|dms|whatsapp|chats|"
       r"search history|snapchat|photos)(?! (?:to me|from me|with me))(?= )", negatable=True),
    _s("password", r" (?:know|guess|guessed|guessing|use|using|used|still have|try|tried|"
       r"trying|crack|cracking|reset|resetting|change|changing) (?:his|her|their) (?:password|"
       r"passwords|passcode|pin|login|log in|security questions|2fa codes)(?= )",
       negatable=True),
    _s("proxy", r" (?:ask|asking|asked|get|getting|make|use|using|send|sending|beg|begging|"
       r"convince|convincing|pay|paying|persuade|persuading) (?:my|our|a|her|his|their|mutual|"
       r"some|one of (?:my|our|her|his|their)) (?:friend|friends|mutual friend|mutual friends|"
       r"mutuals|sister|brother|mom|mum|dad|cousin|roommate|coworker|colleague|mate|mates|"
       r"best friend|family|parents|people|bestie|kids|children|son|daughter) "
       r"(?:to |into )?(?:text|message|call|contact|dm|reach out to|talk to|check on|spy on|"
       r"watch|keep an eye on|tell|give|pass|send|find out|see|ask|follow|report back|"
       r"update me|screenshot|get|bring|invite|deliver|look at|show)(?! (?:me|myself|us)(?: |$))"
       r"(?= )", negatable=True),
    _s("ask-where", r" (?:ask|asking|asked|text|texting|message|messaging|call|calling) "
       r"(?:his|her|their) (?:friends|friend|family|mom|mum|dad|sister|brother|parents|"
       r"coworkers|roommate|best friend|colleagues|neighbours|neighbors) (?:where|about where|"
       r"what|who) (?:he|she|they) (?:is|are|lives|live|works|work|moved|is doing|is up to|"
       r"is seeing|is dating|is with)(?= )", negatable=True),
    _s("until-answer", r" (?:until|till|til|untill|till the day) (?:he|she|they) (?:answers|"
       r"answer|picks up|pick up|replies|reply|responds|respond|talks|talk|unblocks|unblock|"
       r"gives in|give in|agrees|agree|listens|listen|comes back|come back|forgives|forgive|"
       r"texts back|text back|calls back|call back|gets back|get back|takes me back|"
       r"take me back|opens|open|sees me|see me|has to|have to|meets|meet|caves|cave)(?= )",
       negatable=True,
       before=r" (?:call|calling|text|texting|message|messaging|ring|ringing|dm|dming|email|"
       r"emailing|spam|spamming|try|trying|write|writing|knock|knocking|show up|showing up|"
       r"contact|contacting|bother|bothering|annoy|annoying|ask|asking|beg|begging|harass|"
       r"harassing|pester|pestering|go|going|wait|waiting|keep at it|keep going|stay|staying|"
       r"bug|bugging)(?: (?:him|her|them|my ex))?(?: [^ ]++){0,4}"),
    # Someone else who keeps calling ("my mom keeps calling") is not the writer harassing anyone.
    _s("keep-contacting", r"(?<! he)(?<! she)(?<! they)(?<! ex)(?<! mom)(?<! mum)(?<! dad)"
       r"(?<! mother)(?<! father)(?<! sister)(?<! brother)(?<! boss)(?<! friend)(?<! friends)"
       r"(?<! family)(?<! parents) (?:keep|kept|keeps|keeping|"
       r"continue|continued|continuing|carry on|"
       r"carried on) (?:on )?(?:calling|texting|messaging|ringing|dming|emailing|showing up|"
       r"turning up|contacting|writing to|spamming|trying to (?:call|text|reach|contact|"
       r"message)|blowing up|sending (?:him|her|them) (?:messages|texts))(?: (?:him|her|them|"
       r"my ex))?+(?! (?:in my head|in my mind|by))(?= )", negatable=True),
    _s("blow-up", r" (?:blow|blowing|blew|blown) up (?:his|her|their) (?:phone|dms|inbox|"
       r"notifications|insta|messages|voicemail|snap|email|whatsapp)(?= )", negatable=True),
    _s("times", r" (?:call|called|calling|text|texted|texting|message|messaged|messaging|ring|"
       r"rang|ringing|dm|dmd|dmed|email|emailed) (?:him|her|them|my ex) (?:like |about |"
       r"over |more than |at least |literally )?(?:[0-9]+|ten|twenty|thirty|forty|fifty|"
       r"a hundred|hundreds of|dozens of|so many|a million|a thousand|too many|a lot of|"
       r"countless|fifteen|a dozen|a bunch of|loads of) times(?= )", negatable=True),
    _s("every-hour", r" (?:call|calling|text|texting|message|messaging|ring|ringing|dm|dming|"
       r"email|emailing) (?:him|her|them|my ex) (?:every|each) (?:single )?(?:day|night|hour|"
       r"morning|evening|minute|five minutes|ten minutes|few minutes|few hours|[0-9]+ minutes|"
       r"[0-9]+ hours|half hour|chance i get)(?= )", negatable=True),
    _s("harass", r" (?:spam|spamming|spammed|flood|flooding|bombard|bombarding|harass|harassing|"
       r"pester|pestering|hound|hounding|badger|badgering|bug|bugging) (?:<OBJ>|his|her|their)"
       r"(?= )", negatable=True),
    _s("never-stop", r" (?:until|till|til) (?:he|she|they)(?= )",
       before=r" (?:will not|never|not going to|wont|am not going to|am never going to) "
       r"(?:stop|give up|quit|leave (?:her|him|them) alone|back off)(?: [^ ]++){0,4}"),
    # Someone else who won't stop ("dad wont stop calling him that clown") is not the writer.
    _s("never-stop-contact", r" (?:stop|going to stop|gonna stop) (?:texting|calling|messaging|"
       r"trying|contacting|writing|emailing) (?:him|her|them)(?= )",
       before=r"(?<! he)(?<! she)(?<! they)(?<! ex)(?<! mom)(?<! mum)(?<! dad)(?<! mother)"
       r"(?<! father)(?<! sister)(?<! brother)(?<! boss)(?<! friend)(?<! friends)(?<! family)"
       r"(?<! parents) (?:never|not going to|will not|wont|am not going to|am never going to)"),
    _s("every-app", r" (?:message|text|contact|dm|reach|try|find) (?:him|her|them) (?:on|through|"
       r"via) (?:every|all|each|another|other|a different) (?:app|apps|platform|platforms|"
       r"account|accounts|social|site|sites|channel|channels)(?= )"),
    _s("coerce", r" (?:force|forcing|pressure|pressuring|guilt|guilting|guilt trip|"
       r"guilt tripping|trick|tricking|manipulate|manipulating|coerce|coercing|bully|bullying|"
       r"corner|cornering|gaslight|gaslighting|love bomb|lovebomb|love bombing) "
       r"<OBJ>(?= )", negatable=True),
    _s("make-them", r" make (?:him|her|them) (?:talk to me|answer me|answer|reply|reply to me|"
       r"respond to me|respond|unblock me|see me|meet me|text me back|call me back|"
       r"come back to me|take me back|love me again|want me again|jealous|pick up|"
       r"listen to me|forgive me|miss me|feel guilty|regret leaving|break up with)(?= )",
       negatable=True),
    # -- more ways round a block, relays, turning up and tracking (from the blind batches)
    _s("eye-on-her", r" (?:an eye on (?:her|him|them)(?: [^ ]++){0,1} for me|"
       r"tells? me (?:who|where) (?:she|he|they) (?:is|are|was|goes|went)"
       r"(?: with| seeing| at| now)?)(?= )"),
    _s("follow-report", r" (?:follow|watch|track|tail|spy on) (?:her|him|them)(?: [^ ]++){0,2} "
       r"(?:and|to) (?:tell|report|update|text) me(?= )"),
    _s("got-new-number", r" (?:got|get|getting|found|find|found out) (?:the|her|his|their) new "
       r"(?:one|number|address|phone number|account|insta|snap)(?= )", also="blocked"),
    _s("even-though-stop", r" even though (?:she|he|they) (?:said|asked me to|told me to|"
       r"asked me not to|told me not to|begged me to|wants me to|said to|keeps telling me to) "
       r"(?:stop|no|not to|to stop|leave (?:her|him|them) alone|back off|go away|stay away)(?= )"),
    _s("join-to-see", r" (?:see|watch|run into|bump into|talk to) (?:her|him|them)"
       r"(?= (?:$|every|all|at|there|more|again|outside))",
       before=r" (?:signed up for|joined|join|sign up for|go to|going to|moved to|started going to|"
       r"switched to|transferred to|enrolled in|enroll in) (?:her|his|their) (?:gym|class|church|"
       r"school|yoga|work|office|building|team|club|course|college|uni|job)(?: [^ ]++){0,2} so "
       r"(?:i can|i could|that i can|that i could)"),
    _s("texting-app", r" (?:texting app|texting apps|text app|text apps|free texting|textnow|"
       r"text now app|textfree|google voice|burner app|spoof app|spoofing app|second line app|"
       r"textplus|hushed|text free|free text app|free text apps|vpn number)(?= )",
       also="blocked"),
    _s("new-number-so", r" new (?:number|phone number|sim|phone|account|insta|snap|profile|email|"
       r"line)(?: [^ ]++){0,2} (?:just )?so (?:that )?(?:i|i can|i could) (?:can |could )?"
       r"(?:text|call|message|dm|contact|reach|ring|email|snap|see|follow|watch) (?:him|her|them|"
       r"my ex)(?= )"),
    _s("try-from", r" (?:try|trying|reach|call|text|message|contact|ring|dm) (?:him|her|them) "
       r"(?:from|on|with|using|through|via) (?:my|a|an|another|her|his|some|the) (?:[^ ]++ ){0,2}"
       r"(?:phone|number|account|sim|line|landline|email|profile|insta|snap)(?= )",
       also="blocked"),
    _s("payphone", r" (?:payphone|pay phone|phone box|phone booth|payphones|phone boxes)(?= )",
       before=r" (?:<CONTACT>|calling|called)(?: (?:him|her|them|my ex))?(?: [^ ]++){0,2} "
       r"(?:from|on|using|at|in)(?: a| the)?"),
    _s("so-picks-up", r" (?:picks up|pick up|answers|answer|recognise|recognize|ignore)(?= )",
       before=r" (?:(?:from|on|using|with) (?:a|an|another|some|my|the|her|his)(?: [^ ]++){0,3}|"
       r"(?:number|phone|account|line|payphone|sim|app)) so (?:he|she|they)(?: (?:actually|will|"
       r"would|might|finally|will actually|has to|have to|does not|will not|can not|cannot|"
       r"would not|wont))?"),
    _s("make-account-to", r" (?:make|made|making|create|created|creating|set up|setting up|open|"
       r"opened|start|started) (?:a |an |another |new |a new |some |a second )?(?:finsta|"
       r"fake tinder|fake profile|fake account|alt|alt account|burner|account|profile|tinder|"
       r"insta|snap|snapchat|instagram|page|facebook|tiktok|twitter|hinge|bumble|dating profile)"
       r"(?: [^ ]++){0,6} (?:to|so i can|so i could|and|then) (?:follow|watch|see|check|stalk|"
       r"spy on|view|message|text|dm|add|added|contact|talk to|find out|get to|match with|"
       r"friend|request) (?:her|him|them|if (?:she|he|they|hes|shes)|what (?:she|he|they)|"
       r"who (?:she|he|they)|whether (?:she|he|they)|my ex)(?= )", negatable=True),
    _s("not-mine", r" (?:account|number|phone|profile|email|snap|insta) (?:that is not|"
       r"that isnt|which is not|not|that is|which is) (?:mine|someone elses|somebody elses|"
       r"my friends|my sisters|my brothers)(?= )",
       before=r" (?:from|on|using|with|through|via) (?:an|a|another|some)"),
    _s("pass-on", r" (?:pass on(?! $)|pass it on|pass along|pass it along|pass this on|"
       r"pass this along|"
       r"pass the message on|pass a message on|pass on a message|pass a message|pass my message|"
       r"relay a message|relay the message|relay my message|give (?:him|her|them) (?:the|a|my) "
       r"(?:message|letter|note))(?= )",
       before=r" (?:(?:his|her|their|my|a|our|mutual) (?:best friend|friend|friends|sister|"
       r"brother|mom|mum|dad|mother|father|parents|cousin|roommate|coworker|family|bestie|mate|"
       r"mates|grandma|aunt|uncle)|ask (?:her|him|them)|asked (?:her|him|them)|get (?:her|him|"
       r"them)|have (?:her|him|them)|someone|somebody|one of them|one of (?:her|his|their) "
       r"friends) to"),
    _s("friends-convince", r" (?:get|getting|ask|asking|asked|beg|begging|make|making|use|"
       r"using|convince|convincing) (?:his|her|their) (?:friends|friend|family|sister|brother|"
       r"mom|mum|dad|parents|best friend|mates|cousin|roommate|coworkers) (?:to )?(?:convince|"
       r"persuade|make|get|talk|pressure|guilt|force|talk some sense into|change) (?:him|her|"
       r"them)(?= )", negatable=True),
    _s("message-all-friends", r" (?:message|messaging|text|texting|call|calling|dm|dming|"
       r"contact|contacting|email|emailing|add|adding) (?:all|every one|each|every single one) "
       r"(?:of )?(?:her|his|their) (?:friends|family|coworkers|followers|mutuals|relatives|"
       r"contacts|colleagues)(?= )", negatable=True),
    _s("slip-it", r" (?:slip|slipping|slipped|sneak|sneaking|put|putting|leave|leaving|drop|"
       r"dropping|stick|sticking|hide|hiding) (?:it|a note|a letter|the letter|the note|this|"
       r"notes|letters|a card|my letter) (?:into|in|under|on) (?:her|his|their) (?:bag|pocket|"
       r"locker|car|desk|windshield|windscreen|backpack|purse|coat|handbag|lunchbox|pigeonhole)"
       r"(?= )", negatable=True),
    _s("screenshot-stories", r" (?:screenshot|screenshotting|screenshots of|screen shot|"
       r"screen record|send me|sending me|show me|showing me|forward me|check|checking|watch|"
       r"watching) (?:her|his|their) (?:stories|story|posts|instagram|insta|snaps|page|profile|"
       r"status|statuses|tiktoks|feed)(?= )", also="blocked"),
    _s("stories-for-me", r" (?:stories|story|posts|snaps|status|statuses|page|profile|messages|"
       r"location) for me(?= )",
       before=r" (?:screenshot|screenshotting|screen record|recording|check|checking|watch|"
       r"watching|send|sending|look at|looking at|forward|forwarding) (?:her|his|their)"),
    _s("go-through", r" (?:go|going|went|get|getting|reach|reaching|contact|contacting) "
       r"(?:through|via) (?:his|her|their) (?:[^ ]++ )?(?:friend|friends|bandmate|bandmates|"
       r"sister|brother|mom|mum|dad|parents|family|cousin|roommate|coworker|coworkers|colleague|"
       r"colleagues|teammate|teammates|boss|mate|mates|bestie|best friend|neighbour|neighbor)"
       r"(?= )", also="blocked"),
    _s("kids-event", r" at (?:his|her|their) (?:kids|kid s|childs|sons|daughters|son s|"
       r"daughter s|nieces|nephews) (?:[^ ]++ )?(?:game|match|school|practice|recital|party|"
       r"play|concert|graduation|tournament|meet|show)(?= )",
       before=r" (?:be|go|going|show up|turn up|come|coming|showing up|turning up|head|drop by|"
       r"stop by|i will be|ill be|surprise (?:him|her|them))"),
    _s("cant-escape", r" (?:make a scene|avoid me|ignore me|walk away from me|run away from me|"
       r"escape me|get away from me|block me there|leave)(?= (?:$|there|then|if|forever|"
       r"in public|in front of))",
       before=r" (?:he|she|they) (?:can not|could not|will not be able to|can no longer|"
       r"would not be able to|won t be able to)"),
    _s("every-day-until", r" (?:until|till|til) (?:she|he|they) (?:talks|talk|agrees|agree|"
       r"answers|answer|notices|notice|sees|see|speaks|speak|gives in|give in|comes|come|"
       r"takes|take|forgives|forgive|replies|reply|responds|respond|unblocks|unblock|meets|"
       r"meet|listens|listen|calls|call|texts|text)(?= )",
       before=r" (?:every day|every night|every morning|everyday|all day|day after day|"
       r"each day|every week|every single day|constantly|again and again|every weekend|"
       r"every evening|every lunch|every break)"),
    _s("installed-app", r" (?:(?:installed|install|installing|put|putting|hid|hide|hiding|"
       r"loaded|set up|setting up|downloaded|download) (?:an app|a app|something|software|"
       r"a program|an extension|a tracker|a tracking app|an application|a spy app|spy app|"
       r"a keylogger|a logger|an airtag|a tracking device|a gps|a camera|a mic|a microphone|"
       r"location sharing) (?:on|onto|in|into|under) (?:her|his|their) (?:laptop|phone|"
       r"computer|tablet|ipad|car|pc|mac|macbook|iphone|android|bag|account|room|flat|"
       r"apartment)|shows me (?:her|his|their) (?:messages|texts|location|chats|dms|emails|"
       r"screen|whereabouts|searches))(?= )", negatable=True),
    _s("location-left-on", r" (?:forgot|forgotten|has not turned|never turned|did not turn|"
       r"does not know|doesnt know|has not noticed|hasnt noticed|did not notice) (?:to turn |"
       r"to switch )?(?:it |her location |his location |location sharing |sharing |that i can "
       r"see |i can still see |i still )?(?:off|it|her|him|them|see)(?= )", also="loc-word"),
    _s("check-it-often", r" (?:check|checking|checked|refresh|refreshing|look at|looking at|"
       r"watch|watching|stalk|stalking|open|opening) it (?:every|all the time|constantly|hourly|"
       r"all day|nonstop|non stop|each|obsessively|like [0-9]+ times|[0-9]+ times)(?= )",
       also="loc-word"),
    _s("text-relative-to", r" (?:text|call|message|dm|email|ask|contact|write to|ring|snap) "
       r"(?:his|her|their) (?:sister|brother|mom|mum|dad|mother|father|parents|family|cousin|"
       r"grandma|grandmother|grandpa|aunt|uncle|best friend|friend|friends|roommate|coworker|"
       r"boss|nan|bestie) (?:to|and) (?:tell|ask|let|get|make|convince|remind|say to|beg) "
       r"(?:him|her|them)(?= )", negatable=True),
    _s("send-to-family", r" (?:send|sending|sent|mail|mailing|post|posting|deliver|delivering|"
       r"drop|dropping|leave|leaving) (?:a|the|some|my) (?:card|letter|letters|flowers|gift|"
       r"gifts|note|package|present|parcel|cards)(?: [^ ]++){0,2} (?:to|at) (?:her|his|their) "
       r"(?:familys|family|parents|moms|mums|dads|grandmas|sisters|brothers|work|office|"
       r"workplace|new place|new address)(?= )", also="ignored"),
    _cond("gun-word", r" (?:gun|guns|shotgun|pistol|rifle|revolver|firearm)(?= )"),
    _cond("loc-word", r" (?:find my|location|locations|snap map|snapmap|life360|gps|"
          r"location sharing|find my friends|find my iphone|airtag|tracker)(?= )"),
    _cond("ignored", r"(?: (?:blocked (?:me|on|my|everywhere|from)|ignoring me|ignores me|"
          r"left me on read|no contact|refuses to (?:answer|reply|respond|talk))|(?<= not) "
          r"(?:answer|reply|respond|pick up|text back|call back|talk to me|speak to me))(?= )"),
)
