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
        r"ibuprofen|aspirin|xanax|benzos|oxy|oxys|opioids|insulin)"
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
        r"the planet|my mom|my mum|my dad|my children|society|this world|they|my whole family)"
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

_DIE = r"(?:die|diie|diee|diiee)"

RULES: tuple[Rule, ...] = (
    # ---- crisis: explicit, coded, passive, disclosures, methods, farewell messages
    _c("suicide", r"(?<!social)(?<!career)(?<!political) (?:suicide|suicde|"
       r"sucide|suiside|suicied|suicid|sewerslide|sewer slide|sewer side|sooicide|"
       r"suwuicide|selfdelete|self delete|self deleting|self deleted)(?! squad)(?= )"),
    _c("suicidal", r" (?:suicidal|suicidally|suicidial)(?= )", negatable=True),
    _c("coded", r" (?:kms|unalive|unalived|unaliving|unalives|ctb|catch the bus tonight)(?= )"),
    _c("kill-self", r" (?:kill|killing|killed|kil|kiling|murder|end|ending|off|offing|hang|"
       r"hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|starve|"
       r"starving|suffocate|suffocating|overdose|overdosing|unalive|unaliving|delete|deleting|"
       r"yeet|gas|electrocute) myself(?= )"),
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
    _c("cutting-again", r" (?:cut|cutting|cuts|self harmed|selfharmed) again(?= )"),
    _c("wrists", r" (?:cut|cutting|slit|slitting|slice|slicing) (?:my |open my )?(?:wrists|wrist|"
       r"arms|arm|thighs|thigh|legs|skin|veins|throat)(?= )"),
    _c("want-die", r" (?:want|wants|wanted|wanting|wanna|ready|deserve|deserved|plan|planning|"
       r"wish|like|need|trying|tried|choose|decided|going|prefer) to (?:just )?(?:" + _DIE +
       r"|be dead|not exist|stop existing|not be alive|cease to exist|end it all|end it tonight|"
       r"end it forever|end my life|end everything|end my own life|sleep forever|"
       r"never wake up|not wake up|disappear forever|be gone forever|kill myself|"
       r"not be here|not be around)(?! (?:of|laughing|from|for|alone|in your|in his|in her|old|"
       r"happy|with you|doing|on stage|inside|when|if|before|at))(?= )", negatable=True),
    _c("wish-dead", r" (?:wish|wishing|hope|hoping|pray|praying) (?:that )?i (?:was dead|"
       r"were dead|was not alive|were not alive|was not here|were not here|was never born|"
       r"had never been born|never was born|was not born|had not been born|did not exist|"
       r"could just disappear|could disappear forever|could die|would die|will die|" + _DIE +
       r"|died|could just die|would just die|do not wake up|never wake up|will not wake up|"
       r"would not wake up|get hit by|got hit by|was gone|were gone|never existed|"
       r"could stop existing|could stop breathing|could just not exist|could not exist|"
       r"did not wake up|was dead already|could sleep forever|just die|would just disappear|"
       r"could go to sleep and never wake up|never woke up|could just stop existing)(?= )"),
    _c("die-plain", r" " + _DIE + r"(?! (?:of|laughing|from|for|alone|in|old|happy|"
       r"doing|on|trying|before|if|when|without|a little|inside|already))(?= )",
       negatable=True,
       before=r" (?:i should|i should just|i deserve to|i might as well|let me|"
       r"i am going to|i will|ill|i want to|i just want to|i need to|i wanna|i just wanna|"
       r"i am ready to|i am about to|i could just|i want to just|i just need to)"),
    _c("better-off", r" better off (?:dead|if i (?:was|were|am|was just|were just) (?:gone|dead|"
       r"not here|not around|not alive|never born)|if i (?:died|disappeared|did not exist|"
       r"never existed|was never born|had never been born|killed myself|ended it|was not here|"
       r"were not here|was not around|were not around|did not wake up))(?= )"),
    _c("better-off-without-me", r" without me(?= )",
       before=r" <BROAD>(?: [^ ]++){0,4} (?:better|happier|easier|lighter|better place|"
       r"happier place|better off|be better|be happier)(?: off)?"),
    _c("nobody-miss", r" (?:miss me|notice (?:if|when) i|care (?:if|when) i|notice i am gone|"
       r"notice i was gone|care that i am gone|mourn me|come to my funeral|notice i am missing|"
       r"notice if i was gone)(?= )",
       before=r" (?:no one|nobody|noone|not a single person|none of them|not one person) "
       r"(?:would|will|is going to|going to|would even|will even|would ever|is even going to|"
       r"would really|will really)(?: even)?"),
    _c("no-reason", r" (?:reason|point|purpose|desire|reasons) (?:in |to |for )?(?:live|living|"
       r"live for|to live|being alive|be alive|go on|going on|keep going|carry on|carrying on|"
       r"exist|existing|stay alive|staying alive|wake up|waking up|be here|being here|"
       r"keep living|continue living)(?= )",
       before=r" (?:no|no real|nothing|not any|no good|not a single|not one|do not have a|"
       r"do not have any|cannot find a|can not find a|can not find any|there is no)"),
    _c("nothing-to-live", r" live for(?= )",
       before=r" (?:nothing|no one|nobody|nothing left|no reason left|nobody left|no one left|"
       r"nothing else|not much)(?: left)? to"),
    _c("point-of-living", r" point (?:of|in) (?:living|life|being alive|going on|existing|"
       r"it all|waking up|staying alive|carrying on|continuing|anything anymore|me being here|"
       r"me|trying anymore|being here)(?= )",
       before=r" (?:what is(?: even)?(?: the)?|whats(?: the)?|there is no|is there any|i see no|"
       r"see no|(?:do not|can not|cannot) see the|no|no real|what even is the)"),
    _c("not-worth-living", r" worth (?:living|it anymore|it any more|it without (?:her|him|them|"
       r"you)|going on|continuing|anything|anything anymore|the pain|it at all)(?= )",
       before=r" (?:life|my life|living|it|this life|existing|being alive) (?:is not|"
       r"is no longer|does not feel|does not seem|isnt|aint|is not really|just is not|"
       r"really is not|feels not)"),
    _c("not-worth-living-any", r" worth living(?= )",
       before=r" (?:not|no longer|never|isnt|aint|not really|nothing)"),
    _c("life-pointless", r" (?:pointless|meaningless|unlivable|unbearable and i want out)(?= )",
       before=r" (?:life|my life|living|existing|being alive) (?:is|feels|seems)"
       r"(?: so| completely| totally| just)?"),
    _c("not-want-live", r" (?:want|wanna|wish|feel like|care) (?:to )?(?:live|living|be alive|"
       r"exist|existing|be here anymore|be here any more|be here any longer|be around anymore|"
       r"be around any more|be around any longer|keep living|stay alive|be on this earth|"
       r"be in this world|live anymore|exist anymore|go on living|go on anymore|"
       r"carry on anymore|keep going anymore|be anymore|wake up(?! (?:early|at|before|so|"
       r"too|late|for|in)))(?= )",
       before=r" (?:do not|does not|not|no longer|never|did not|do not even|really do not|"
       r"just do not)"),
    _c("unsure-want-live", r" (?:want|wanna) to (?:be alive|live|exist|be here|keep living|"
       r"go on|stay alive|keep going)(?: anymore| any more| any longer)?(?= )",
       before=r" (?:do not know if i|not sure i|not sure if i|do not think i|"
       r"question whether i|wonder if i|unsure if i|do not know whether i|"
       r"not sure i even|do not even know if i)"),
    _c("cant-go-on", r" (?:go on|keep going|carry on|keep living|go on living|live anymore|"
       r"exist anymore|keep existing)(?! (?:like|with|a|an|the|dates|date|without|holiday|and|"
       r"to|about|vacation|trips|trip|at|in|this|that|pretending|for|as|if))(?= )",
       before=r" (?:can not|can no longer|will not be able to|do not think i can|could not|"
       r"just can not|really can not|honestly can not)"),
    _c("want-it-over", r" (?:want|need|wish|wanting) (?:(?:it all|everything|"
       r"all of it|all of this|all this|my life|life) to (?:stop|end|be over)|(?:it|this) to "
       r"(?:stop|end|be over)(?= (?:$|forever|for good|permanently|now)))(?! (?:hurting|being|"
       r"so|like|between|with|well|soon|okay|ok))(?= )"),
    _c("pain-forever", r" (?:want|need|wish) (?:the|this|my) (?:pain|hurt|suffering) to "
       r"(?:stop|end|go away) (?:forever|for good|permanently|for ever)(?= )"),
    _c("end-it", r" (?:end|ending) it(?! (?:with|between|off|all|for us|for her|for him))(?= )",
       before=r" (?:feel like|thinking about|thinking of|want to|going to|planning to|plan to|"
       r"ready to|about to|just want to|might|i will|i am going to|i could|i should|"
       r"i want to|tempted to|i am done i am|the night i|the day i|tonight i|today i|"
       r"time to|soon i will|finally)"),
    _c("not-survive-night", r" (?:make it|survive|last|get) (?:through|past|until|till|to) "
       r"(?:the night|tonight|tomorrow|the weekend|morning|the morning|the end of the week)"
       r"(?= )",
       before=r" (?:not|do not think i will|will not|might not|may not|can not|wont|"
       r"do not think i can|do not know if i will|doubt i will|i am not going to)"),
    _c("easier-if-gone", r" (?:easier|better|simpler|happier|lighter) (?:for everyone |for them |"
       r"for her |for him |for everybody |for my family |for all of them )?if i (?:just )?"
       r"(?:was not here|were not here|was gone|were gone|was not around|were not around|"
       r"did not exist|was dead|were dead|disappeared|died|was not alive|never existed|"
       r"was never born|ended it|killed myself)(?= )"),
    _c("why-i-did-it", r" (?:explain|explaining|explains|tell (?:them|everyone|her|him)|"
       r"understand|know) why i (?:did it|did this|had to go|had to do it|killed myself|"
       r"could not stay|could not go on|ended it|had to leave this world|am gone)(?= )"),
    _c("goodbye-forever", r" (?:goodbye|bye|farewell) (?:forever|for good)(?! (?:to (?:him|her|"
       r"them|my ex|this relationship|us|our|you|the relationship)))(?= )"),
    _c("thinking-of-dying", r" (?:thinking|think|thought|dream|dreaming|fantasize|fantasise|"
       r"fantasizing|fantasising|obsessing|obsess) (?:about|of) (?:dying|death|suicide|ending it|"
       r"ending my life|not existing|killing myself|jumping|my death|my funeral|"
       r"not being here|being dead|disappearing forever|overdosing|hanging myself|"
       r"taking my life|ending things)(?= )"),
    _c("research-method", r" (?:(?:painless|easy|easiest|quick|quickest|fast|fastest|best|"
       r"surest) (?:way|ways|method|methods) to (?:die|go|end it|kill myself|end my life|"
       r"do it)|(?:how many|which) (?:pills|tablets|sleeping pills|painkillers) (?:it takes|"
       r"would it take|does it take|to take|would kill|can kill|to die|are lethal)|"
       r"lethal dose|how to (?:kill myself|end my life|overdose|hang myself))(?= )"),
    _c("means-ready", r" (?:pills|rope|gun|knife|blade|razor|noose|tablets)(?: [^ ]++){0,1} "
       r"(?:right here|ready|next to me|in my hand|with me now|lined up|counted out)(?= )",
       before=r" (?:have|got|bought|holding|counted|i have|i got|i have got|i bought)"
       r"(?: the| my| all the| all my| enough| a bottle of| a)?"),
    _c("hate-alive", r" (?:hate|hating|sick of|tired of|exhausted by) (?:being alive|existing|"
       r"living|waking up every day|waking up)(?= )"),
    _c("burden", r" burden(?= )", before=r" (?:i am|i feel like|i feel like i am|i have become|"
       r"i am just|i am always|i am only|i am nothing but) (?:a|such a|just a|nothing but a|"
       r"the|a huge|a big|only a)"),
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
       r"(?:everyone|everybody|all the people|the people|each person) i (?:love|care about|"
       r"know)(?= )"),
    _c("keep-living", r" keep living(?= )",
       before=r" (?:can not|can no longer|do not want to|do not know how to|"
       r"do not think i can|will not)"),
    _c("not-wake", r" wake up(?= )",
       before=r" (?:easier to|better to|rather|would like to|want to|wish i could|hope i|"
       r"prefer to|easier if i|better if i|i hope to|i pray to|i pray i|i wish to|"
       r"i just want to|i would love to)(?: just)? (?:not|never)"),
    _c("goodbye-notes", r" (?:goodbye|farewell|suicide|last) (?:notes|letters|messages|videos|"
       r"note|letter)(?= )",
       before=r" (?:wrote|written|writing|write|left|leave|leaving|drafted|recorded|made|"
       r"prepared|finished|started)(?: (?:my|some|a|the|all|all my|all the))?"),
    _c("bottle-of-pills", r" bottle of <PILLS>(?= )",
       before=r" (?:have|got|bought|holding|i have|i got|i bought|i am holding|there is|"
       r"filled|collected)(?: a| the| an entire| a whole| my)?"),
    _c("staring-at-means", r" (?:looking|staring|starring|looked|stared) at (?:the|my|these|"
       r"those|a) (?:pills|rope|gun|knife|blade|bottle of pills|razor|noose|bridge)(?= )"),
    _c("medicine-cabinet", r" (?:take|taking|took|swallow|swallowing|swallowed|down|eat|empty) "
       r"(?:everything|all the pills|all the meds|all of it|it all|whatever is) (?:in|from) "
       r"(?:the|my|our) (?:medicine cabinet|cabinet|bathroom cabinet|drawer|first aid kit|"
       r"bottle|pill box|pillbox)(?= )"),
    _c("end-suffering", r" (?:end|ending|stop|stopping) (?:my|this|the) (?:suffering|pain|"
       r"misery|existence) (?:for good|forever|permanently|tonight|once and for all|"
       r"for ever|for real)(?= )"),
    _c("tired-of-living", r" (?:tired|sick|exhausted|done|finished) (?:of|with) (?:living|"
       r"being alive|existing|life|this life|my life|being here|breathing|it all|"
       r"everything and everyone|this world|waking up)(?= )"),
    _c("never-wake", r" (?:(?:sleep|asleep) (?:and|then) (?:never|not|do not) wake up|"
       r"sleep forever|never wake up again|never have to wake up|never waking up|"
       r"close my eyes forever|never open my eyes|never wake up(?= (?:$|tomorrow|again)))"
       r"(?= )"),
    _c("disappear-forever", r" (?:disappear|vanish|cease to exist) (?:forever|for good|"
       r"permanently|for ever|off the face of the earth|and never come back|from this world|"
       r"from the world|from existence|from everyones life|from everyones lives)(?= )"),
    _c("when-gone", r" (?:when|after|once) i am (?:gone|dead|no longer here|no longer around|"
       r"not here anymore|not around anymore|no longer alive|no more|six feet under|"
       r"in the ground)(?! (?:on|for|to|from|at|in|with|travelling|traveling|abroad|away))"
       r"(?= )"),
    _c("after-die", r" (?:when|after|once|before) i (?:die|kill myself|end it|end my life|"
       r"take my life|go for good|leave for good|unalive myself)(?= )"),
    _c("not-around", r" (?:here|around|alive) (?:anymore|any more|much longer|for much longer|"
       r"for long|tomorrow|by tomorrow|to see|after tonight|by morning|by the morning|"
       r"after today|for you anymore|to read this|when you read this|this time tomorrow)"
       r"(?= )",
       before=r" (?:will not|not going to|might not|may not|probably will not|will no longer|"
       r"am not going to|probably will not|wont) be"),
    _c("take-life", r" (?:take|taking|took|end|ending) (?:my|my own) life(?= )"),
    _c("end-it-all", r" (?:end|ending|ended) (?:it all|everything|my existence|it tonight|"
       r"it forever|it for good|it once and for all|things for good|things tonight)"
       r"(?! (?:with|between|for (?:us|good between)))(?= )"),
    _c("pills", r" (?:took|taken|swallowed|downed|popped|ate|chugged|necked) (?:like )?"
       r"(?:<QTY> )?<PILLS>(?= )"),
    _c("pills-plan", r" <PILLS>(?= )",
       before=r" (?:take|taking|swallow|swallowing|down|pop|popping|stockpiling|stockpile|"
       r"saving up|saved up|hoarding|counting out)(?: like)? <QTY>"),
    _c("whole-bottle", r" (?:swallow|swallowing|swallowed|down|downing|downed|take|taking|took|"
       r"empty|emptying|neck|necking) (?:the|a|my|that) whole (?:bottle|packet|pack|box|strip|"
       r"container)(?= )"),
    _c("pills-hoard", r" (?:saving up|saved up|stockpiling|stockpiled|stockpile|hoarding|"
       r"hoarded|counting out|counted out|collecting) (?:all )?(?:of )?(?:my |the |her |his )?"
       r"<PILLS>(?= )"),
    _c("overdose", r" (?:overdose|overdosed|overdosing|overdoses|od|oded|odd on|od on|ods|"
       r"drank bleach|drink bleach|drinking bleach|swallowed bleach|drink poison|"
       r"drank poison|drink antifreeze)(?= )"),
    _c("method", r" (?:(?:jump|jumping|jumped|throw myself|throwing myself|leap|leaping|"
       r"fling myself) (?:off|from|in front of|under) (?:a|the|that|this|my|our) (?:bridge|"
       r"building|roof|rooftop|cliff|balcony|train|bus|car|truck|window|tower|overpass|ledge|"
       r"car park|parking garage|lorry|subway|tube|metro)|(?:step|stepping|walk|walking|run|"
       r"running|lie|lying|lay) (?:in front of|into|under|down on) (?:a|the|oncoming|some) "
       r"(?:train|bus|car|truck|traffic|tracks|railway|lorry)|walk into (?:the )?(?:sea|ocean|"
       r"river|lake|traffic)|drive (?:my car |the car )?(?:off|into) (?:a|the) (?:cliff|bridge|"
       r"wall|tree|river|lake|sea|ocean|truck|oncoming)|(?:driving|drove|drive|crash|crashing|"
       r"steer|steering) (?:my car |the car |myself )?(?:off|into) (?:a|the) (?:wall|cliff|"
       r"bridge|tree|river|lake|sea|ocean|truck|oncoming|barrier|pole|lorry)|noose|"
       r"hang myself|slit my wrists|"
       r"slit my wrist|slit my throat|tie a rope|(?:bought|buy|got|buying|getting) (?:a|the) "
       r"(?:rope|noose) (?:to|for|and|so)|gun to my head|put a bullet|bullet in my|"
       r"blow my brains|carbon monoxide)(?= )"),
    _c("hope-killed", r" (?:hope|wish|pray|praying|hoping|want) (?:a|the|some|someone|somebody|"
       r"something)(?: [^ ]++){0,2} (?:hits|kills|runs over|runs me over|shoots|would kill|"
       r"will kill|to kill|would shoot|hit) me(?= )"),
    _c("farewell-to", r" (?:goodbye|good bye|farewell|final|last|parting|suicide) (?:letter|"
       r"letters|note|notes|message|messages|words|text|texts|post|video|email|emails|goodbye|"
       r"goodbyes|posts)(?: [^ ]++){0,2} (?:to|for) (?:everyone|everybody|the world|"
       r"all of you|you all|all my friends|my whole family|my family|my friends|my loved ones|"
       r"my parents|my kids|my children|the people i love|people i love|my mom|my mum|"
       r"my mother|my dad|my father|my sister|my brother|my son|my daughter|my best friend|"
       r"everyone i love|everybody i love|all of them|the people who|the ones i love|"
       r"everyone i know|my followers|this world)(?= )"),
    _c("farewell-before-go", r" (?:last|final|goodbye|farewell|parting) (?:message|messages|"
       r"letter|letters|note|notes|words|goodbye|text|texts|post|email|video)(?: [^ ]++){0,4} "
       r"before i (?:go|leave|die|do it|end it|am gone|kill myself|disappear|check out|"
       r"sleep forever|leave this world|leave for good|go for good)(?! (?:to|out|back|home|"
       r"away|on|for|and|in|through|over|into|off|ahead|down|up|there|abroad|travelling|"
       r"traveling|shopping|outside|inside|with|tonight to|tomorrow))(?= )"),
    _c("farewell-say", r" (?:say|saying|said) (?:goodbye|goodbyes|my goodbyes|bye|a final goodbye|"
       r"farewell|my last goodbye|a last goodbye|my final goodbye|my last goodbyes|"
       r"my final goodbyes) to (?:everyone|everybody|the world|my family|all my friends|"
       r"all of you|you all|my loved ones|my kids|my parents|this world|life|my friends|"
       r"everyone i love|the people i love|my mom|my mum|my dad|my children)(?= )"),
    _c("farewell-write", r" (?:write|writing|wrote|draft|drafting|compose|composing|help|need|"
       r"leave|leaving|left) (?:me with |me write )?(?:a|my|the|some) (?:last|final|suicide|"
       r"farewell) (?:words|note|letter|goodbye|goodbyes)(?= )"),
    _c("farewell-note", r" (?:leave|leaving|left|write|writing|wrote) (?:a|my) note (?:for|to) "
       r"(?:everyone|my family|my parents|my kids|my mom|my mum|my dad|my friends|"
       r"the people i love|whoever finds me)(?= )"),
    _c("goodbye-world", r" (?:goodbye|bye|farewell) (?:world|cruel world|everyone forever|"
       r"everybody forever|forever everyone|life|(?:everyone|everybody|all|you all|y all)"
       r"(?= (?:$|forever|for good|i love you|i am sorry|sorry|thank you for everything)))"
       r"(?= )"),
    _c("give-away", r" (?:give|giving|gave|given) away (?:all |most )?(?:of )?my (?:stuff|things|"
       r"belongings|possessions|clothes|pets|cat|dog|guitar|games|cats|dogs|books)(?! (?:before "
       r"i move|because i am moving|since i am moving|as i am moving|to charity|before moving))"
       r"(?= )"),
    _c("want-to-be-dead", r" (?:want|wanna|wanted|wish) (?:to )?(?:be )?(?:dead|gone forever|"
       r"in the ground|six feet under)(?= )", negatable=True),
    # ---- harm to others: threats, violence, revenge, exposing, intimate images
    _h("kill", r" (?:kill|killing|murder|murdering|strangle|strangling|stab|stabbing|poison|"
       r"poisoning|slit|drown|drowning|behead|torture|torturing|choke|choking|execute|"
       r"run over|strangled|stabbed|murdered) <OBJ>(?! (?:to|for a|for an|with kindness|softly|"
       r"with love|off|in a game))(?= )", negatable=True),
    _h("shoot", r" (?:shoot|shooting) <OBJ>(?! (?:a|an|some|me|back|down|the|up|my|another|"
       r"over|quick|message|text|msg|line|email|dm|note|question|smile|look|glance|photo|"
       r"picture|pic)(?: |$))(?= )", negatable=True),
    _h("intent-hurt", r" (?:hurt|harm|hit|punch|slap|kick|beat|beat up|attack|destroy|"
       r"ruin|wreck|smash|end|scare|frighten|threaten|terrify|intimidate|humiliate|expose|"
       r"break|assault|bash|batter|cut|burn|shove|push|spit on|run over|"
       r"get revenge on|take revenge on|punish|torment|traumatize|traumatise) <OBJ>"
       r"(?! (?:up|back up|feelings|more than|by texting|by reaching|by messaging|by contacting|"
       r"by getting|if i text|if i reach|if i message|with my text|with a text|again by|"
       r"with this|with that|by saying|in the feelings|by mistake))(?= )",
       negatable=True, before=r" <ISUBJ>"),
    _h("want-dead", r" (?:want|wish|need|like|hope) <OBJ> (?:dead|to die|to suffer|to hurt|"
       r"to pay|to feel what i feel|to feel my pain|to feel the pain|to rot|to burn|gone forever|"
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
       r"our friends|mutual friends|the internet|our mutuals) (?:that )?(?:she|he|they) "
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
    _h("expose", r" (?:expose|exposing|humiliate|humiliating|dox|doxx|doxing|doxxing|slander|"
       r"defame|defaming|publicly shame|publicly humiliate|shame|embarrass|embarrassing) "
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
    _h("tell-boss", r" (?:tell|telling|text|texting|message|messaging|email|emailing|call|"
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
    # ---- harassment: getting round a block or a no-contact request, tracking, repetition
    _cond("blocked", r" (?:blocked (?:me|on|my|everywhere|from)|blocks me|block me|"
          r"has me blocked|got blocked|been blocked|(?:asked|told|begged|wants|want|wanted) me "
          r"(?:not to|to stop|to leave (?:her|him|them) alone|to give (?:her|him|them) space|"
          r"to back off|to go away|to lose)|asked for (?:no contact|space)|"
          r"wants no contact|want no contact|restraining order|protective order|"
          r"changed (?:her|his|their) number)(?= )"),
    _s("sneak-account", r" <SNEAKACC>(?= )",
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
    _s("new-account-blocked", r" (?:new|another|different|second) (?:number|phone number|phone|"
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
       before=r" (?:sitting|parked|waiting|standing|sat|parking|hiding|watching|lurking)"
       r"(?: (?:in my car|in the car|here|right now|again|for hours|all night))?"),
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
    _s("go-to-place", r" (?:go|going|went|drive|driving|drove|walk|walking|walked|wait|waiting|"
       r"waited|sit|sitting|sat|stand|standing|stood|hang around|hanging around|hang out|"
       r"hanging out|camp|camping|camped|park|parking|parked|loiter|loitering|linger|"
       r"lingering|stop by|stopping by|swing by|drop by|dropping by|head|heading|come|coming|"
       r"knock|knocking|lurk|lurking) (?:to|outside|at|by|near|around|in front of|over to|"
       r"round to|past|down to|up to|over|round|into|on) (?:her|his|their|my exs) <PLACE>"
       r"(?! (?:to (?:get|pick up|collect|grab|return|drop off|give back)|when (?:she|he|they) "
       r"(?:invited|asked)|with (?:her|him|them)|together))(?= )", negatable=True),
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
    _s("call-workplace", r" (?:call|calling|ring|ringing|phone|phoning|email|emailing|visit|"
       r"visiting) (?:her|his|their) (?:work|office|workplace|job|school|college|parents|mom|mum|"
       r"dad|family|house|home|landlord|gym)(?= )", negatable=True),
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
       r"new house|new apartment|dorm|parents house|workplace)(?= )", negatable=True),
    _s("stalk", r" (?:stalk|stalking|stalked|stalker|cyberstalk|cyberstalking)(?! (?:his |her |"
       r"their |your |my )?(?:instagram|insta|ig|facebook|fb|socials|social media|social|"
       r"stories|story|profile|page|tiktok|twitter|x|posts|spotify|snap|snapchat|linkedin|"
       r"online|account|accounts|pics|photos|followers|following|likes|pictures|playlist|"
       r"tagged|new (?:boyfriend|girlfriend|partner|bf|gf)s? (?:instagram|insta|page|profile))"
       r"(?: |$))(?= )", negatable=True),
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
       r"(?:his|her|their) (?:new )?(?:home )?(?:address|location|workplace|new place|"
       r"new apartment|new house|new flat|new number|new phone number|new account|"
       r"new insta|new instagram|schedule|routine|whereabouts|new job|new work|new snap|"
       r"new email|work address|shift pattern|shifts)(?= )", negatable=True),
    _s("hack", r" (?:(?:log|logging|logged|get|getting|got|break|breaking|broke|hack|hacking|"
       r"hacked|sign|signing|signed|sneak|sneaking) (?:into|in to|in on) (?:his|her|their) "
       r"(?:account|accounts|instagram|insta|ig|email|emails|phone|facebook|fb|snapchat|snap|"
       r"icloud|messages|whatsapp|tiktok|twitter|gmail|dms|laptop|computer)|(?:hack|hacking|"
       r"hacked) (?:into )?(?:him|her|them|his|her|their))(?= )", negatable=True),
    _s("snoop", r" (?:read|reading|check|checking|go through|going through|went through|"
       r"look through|looking through|snoop|snooping|snoop through|snooping through|"
       r"scroll through) (?:his|her|their) (?:phone|emails|email|inbox|diary|journal|laptop|"
       r"computer|icloud|camera roll|private messages)(?= )", negatable=True),
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
    _s("keep-contacting", r" (?:keep|kept|keeps|keeping|continue|continued|continuing|carry on|"
       r"carried on) (?:on )?(?:calling|texting|messaging|ringing|dming|emailing|showing up|"
       r"turning up|contacting|writing to|spamming|trying to (?:call|text|reach|contact|"
       r"message)|blowing up|sending (?:him|her|them) (?:messages|texts))(?: (?:him|her|them|"
       r"my ex))?(?! (?:in my head|in my mind))(?= )", negatable=True),
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
    _s("never-stop-contact", r" (?:stop|going to stop|gonna stop) (?:texting|calling|messaging|"
       r"trying|contacting|writing|emailing) (?:him|her|them)(?= )",
       before=r" (?:never|not going to|will not|wont|am not going to|am never going to)"),
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
)
