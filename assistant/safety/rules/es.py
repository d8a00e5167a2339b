"""Spanish screen rules: crisis, harm to others, harassment (canonical form: accents off).

Canonical Spanish: accents and tildes off ("mañana" -> "manana", "balcón" -> "balcon"),
punctuation gone; the English contraction map turns "ya" into "you", so contexts that
start with "ya" accept "you" as well. Hyperbole ("me muero de ganas", "me mata la
curiosidad", "me mato a estudiar", "mi jefe me va a matar") is excluded by look-aheads
or by requiring a first-person intent in front of the verb.
"""

from __future__ import annotations

import re

from assistant.safety.rulebase import Rule, rule_maker, vocab_compiler

_VOCAB = {
    # A first-person wish, intent or plan in front of a verb (the rule's ``before``).
    "WANT": (
        r"(?:quiero|quisiera|queria|deseo|desearia|necesito|solo quiero|ya quiero|"
        r"you quiero|me quiero|me queria|voy a|me voy a|vamos a|pienso|pensando en|pienso en|"
        r"estoy pensando en|he pensado en|planeo|planeando|estoy por|a punto de|prefiero|"
        r"preferiria|deberia|podria|tendria que|tengo que|decidi|he decidido|ganas de|"
        r"intente|intentar|trate de|intento|me gustaria|ojala pudiera|lo mejor es|"
        r"mejor|hoy|esta noche|manana|me dan ganas de|con ganas de|me entran ganas de|"
        r"tentado de|tentada de|tentado a|tentada a|la idea de|buscando como|como|"
        r"la forma de|la manera de|manera de|forma de|quiero ya|quisiera ya|ir a)"
    ),
    # Verbs of throwing oneself / jumping (first person).
    "JUMP": (
        r"(?:saltar|tirarme|lanzarme|arrojarme|aventarme|botarme|dejarme caer|"
        r"tirarme abajo)"
    ),
    "WANTDIE": (
        r"(?:quiero|kiero|qiero|quisiera|queria|deseo|desearia|necesito|solo quiero|ya quiero|"
        r"you quiero|me quiero|me kiero|me queria|pienso en|pensando en|estoy pensando en|"
       r"prefiero|preferiria|"
        r"deberia|ganas de|me gustaria|ojala pudiera|lo mejor es|mejor seria|me dan ganas de|"
        r"me entran ganas de|tentado de|tentada de|la idea de|como|quiero ya|quisiera ya|"
        r"solo pienso en|decidi|he decidido|planeo|solo deseo|me quiero ya|me quisiera|"
        r"unica salida es|unica solucion es|unica opcion es|unica forma es|unica manera es|"
        r"unico camino es)"
    ),
    "PROPERTY": (
        r"(?:coche|carro|auto|moto|casa|ruedas|llantas|neumaticos|cubiertas|ventanas|"
        r"cristales|vidrios|parabrisas|retrovisor|retrovisores|espejo del coche|"
        r"espejo del carro|espejo del auto|espejos del coche|puerta|cerradura|bici|bicicleta|"
        r"cosas|ropa|piso|depa|departamento|negocio|tienda|frenos|pintura del coche|buzon|"
        r"jardin|portatil|ordenador|computadora|guitarra|movil|celular|telefono)"
    ),
    "HIGH": (
        r"(?:puente|balcon|azotea|terraza|ventana|edificio|acantilado|tejado|techo|viaducto|"
        r"precipicio|barranco|rascacielos|torre|vias|via del tren|tren|metro|anden|"
        r"autopista|carretera|octavo|decimo|quinto piso|ultimo piso|piso [0-9]+|un puente|"
        r"paso elevado|camion|coche|carro|autobus|bus)"
    ),
    "PILLS": (
        r"(?:pastillas|pastilla|pildoras|pildora|antidepresivos|medicamentos|medicinas|"
        r"calmantes|somniferos|tranquilizantes|ansioliticos|clonazepam|rivotril|alprazolam|"
        r"paracetamol|ibuprofeno|diazepam|lorazepam|orfidal|trankimazin|valium|xanax|"
        r"insulina|pastis|pepas|remedios)"
    ),
    "QTY": (
        r"(?:todas|todas las|todas mis|un monton de|muchas|muchisimas|toda la caja de|"
        r"un bote entero de|el bote entero de|una caja entera de|la caja entera de|"
        r"un frasco entero de|el frasco entero de|un blister entero de|una tira entera de|"
        r"un blister de|una tira de|dos cajas de|tres cajas de|"
        r"una caja de|un bote de|un frasco de|el frasco de|el bote de|la caja de|"
        r"un punado de|un blister de|varias cajas de|un monton|[0-9]+|diez|veinte|treinta|"
        r"cuarenta|cincuenta|cien|todo el frasco de|todo el bote de|toda la caja|"
        r"demasiadas|tantas)"
    ),
    # The other person (a threat's or a harassment's object).
    "OBJ": (
        r"(?:lo|la|los|las|le|les|te|a ti|a el|a ella|a ellos|a tu novio|a tu novia|"
        r"a su novio|a su novia|a ese|a esa|a ese tipo|a esa tipa|a tu ex|a mi ex)"
    ),
    "FAM": (
        r"(?:madre|padre|mama|papa|hermana|hermano|prima|primo|tia|tio|abuela|abuelo|amiga|"
        r"amigo|amigas|amigos|mejor amiga|mejor amigo|familia|padres|papas|hija|hijo|"
        r"companera|companero|companeros|compi|roommate|vecina|vecino|cunada|cunado)"
    ),
    "PLACE": (
        r"(?:casa|trabajo|oficina|piso|depa|departamento|apartamento|facultad|universidad|"
        r"uni|escuela|colegio|instituto|gimnasio|gym|portal|puerta|edificio|calle|barrio|"
        r"curro|chamba|negocio|tienda|clase|clases)"
    ),
    "ACC": (
        r"(?:cuenta|cuentas|perfil|perfiles|numero|numeros|chip|telefono|celular|movil|"
        r"correo|mail|email|insta|instagram|ig|face|facebook|tiktok|twitter|whatsapp|wasap|"
        r"snap|snapchat|usuario|linea)"
    ),
    "BLOCKED": (
        r"(?:bloqueo|bloqueaste|bloquearon|ha bloqueado|has bloqueado|tiene bloqueado|"
        r"tiene bloqueada|tienes bloqueado|tienes bloqueada|bloquea|bloqueado|bloqueada|"
        r"pidio que no|dijo que no (?:la|lo|le) (?:buscara|buscase|contactara|contactase|"
        r"escribiera|llamara|molestara)|pidio que (?:la|lo|le) dejara|pidio espacio|"
        r"orden de alejamiento|quiere saber nada de mi|quiere que (?:la|lo|le) contacte|"
        r"contacto cero)"
    ),
}

# The screen's contraction map reads a lone "ya" as "you": every "ya" in a template also
# matches "you", so "ya no quiero" is written once.
_YA = re.compile(r"(?<![a-z])ya(?![a-z])")
_compile = vocab_compiler({k: _YA.sub("(?:ya|you)", v) for k, v in _VOCAB.items()})


def _p(template: str) -> re.Pattern[str]:
    return _compile(_word_ends(_YA.sub("(?:ya|you)", template)))


def _word_ends(template: str) -> str:
    """Make each follow-up list ``(?= (?:a|b))`` match whole words only ("si" not "sin")."""
    out, i = [], 0
    while (j := template.find("(?= (?:", i)) >= 0:
        k, depth = j + 4, 0
        while k < len(template):  # the end of the group that opens at j + 4
            ch = template[k]
            if ch == "\\":
                k += 2
                continue
            if ch == "[":
                k = template.index("]", k + 1)
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        out.append(template[i : k + 1] + "(?: |$)")
        i = k + 1
    return "".join(out) + template[i:]


_c = rule_maker("crisis", "crisis.es.", _p)
_a = rule_maker("ask", "ask.es.", _p)
_h = rule_maker("harm_to_others", "harm.es.", _p)
_s = rule_maker("harassment", "harassment.es.", _p)
_cond = rule_maker(None, "cond.es.", _p)

# Idiomatic "dying of" complements: never a crisis ("me muero de ganas / de risa").
_IDIOM = (
    r"(?: (?:de (?!verdad|veras|una vez|una buena vez)|del |por (?:ti|verte|el|ella|un|una|"
    r"vos)|en tus brazos|a tu lado|contigo|junto a ti|a besos|a cosquillas|con la mirada|"
    r"que (?:sencill[oa]|mal acompanad[oa]|aburrid[oa]|verguenza|oso|horror|asco)|"
    r"antes (?:que|de) (?!seguir|vivir|continuar|aguantar|soportar|pasar otr|sentir|"
    r"estar asi|despertar)|"
    r"(?:jaja|jajaja|jajajaja|jsjs|xd|lol)(?!(?: [^ ]++){0,4} (?:pero|en serio|"
    r"no es (?:broma|chiste)|de verdad|literal))))"
)
# Jokes after a threat ("lo mato jajaja es broma").
_JOKE = (
    r"(?: [^ ]++){0,7} (?:jaja|jajaja|jajajaja|jaj|jsjs|jsjsjs|xd|xdd|es broma|broma|"
    r"kkk|kkkk|haha|hahaha|brincadeira|"
    r"bromeo|mentira|lol|kk|es mi hermano|es mi hermana|es mi primo|es mi prima)"
)
# A gap of up to n words none of which is a negation.
_GAP3 = r"(?: (?!no |nunca |jamas )[^ ]++){0,3}"
_GAP4 = r"(?: (?!no |nunca |jamas )[^ ]++){0,4}"
_WEEKDAY = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"

RULES: tuple[Rule, ...] = (
    # ---- crisis: explicit words, self-killing verbs, wishes, plans, methods, farewells
    _c("suicide", r" (?:suicidio|suicidarme|suicidar|suicidare|suicidarse|suicido|"
       r"suicidandome|suicidaria|suisidio|suisidarme|suicdio|sucidio|suicida|suicidas|"
       r"s icidio|s icidarme|sui cidio|suic idio|autolesion|autolesiones|autolesionarme|"
       r"autolesionando|autolesione|autolesiono|autolesionaba|autolesionado|autolesionada|"
       r"autolesionar|autolesivo|autolesivas|autolesivos|automutilarme|automutilacion|"
       r"automutilo|automutilando)"
       r"(?! (?:social|laboral|politico|profesional|academico|economico|comercial|squad|"
       r"de (?:un|una|mi|su) (?:personaje|amigo|amiga|compa|vecino|vecina|famoso)))(?= )"),
    _c("kill-self", r"(?<! va a)(?<! van a)(?<! vas a)(?<! vais a) (?:matarme|quitarme la vida|"
       r"quitarme de en medio|quitarme del medio|"
       r"acabar con mi vida|acabar con mi propia vida|terminar con mi vida|poner fin a mi vida|"
       r"ponerle fin a mi vida|ahorcarme|colgarme del cuello|envenenarme|pegarme un tiro|"
       r"darme un tiro|volarme la cabeza|volarme los sesos|cortarme las venas|"
       r"tirarme a las vias|tirarme al tren|tirarme por la ventana|tirarme por el balcon|"
       r"tirarme de un puente|tirarme del puente|desvivirme|desvivir|quitarme la vida ya|"
       r"matarme ya)"
       r"(?! (?:a (?:estudiar|trabajar|entrenar|correr|comer)|de (?:risa|trabajo|hambre|"
       r"verguenza)|trabajando|estudiando|entrenando|en el (?:gym|gimnasio|trabajo)|"
       r"en (?:el|la|las|los) (?:examen|examenes|clase|curro)|de la risa|con (?:el|la|los|"
       r"las) (?:dieta|examen|examenes|gym|trabajo|deberes)|de estudiar|de trabajar|por (?:ti|"
       r"el|ella|vos|ustedes|los demas|mis hijos|mi familia|los otros|complacer)))(?= )",
       negatable=True),
    _c("kill-self-me", r" (?:quito la vida|quite la vida|ahorco|ahorcare|pego un tiro|"
       r"corto las venas|corte las venas|cortare las venas|envenene|envenenare|"
       r"voy a suicidar|voy a quitar la vida|quiero quitar la vida|voy a ahorcar|"
       r"voy a envenenar|voy a pegar un tiro|voy a tirar a las vias|voy a tirar al tren|"
       r"voy a tirar del puente|voy a tirar por la ventana|voy a tirar por el balcon)(?= )",
       before=r" me"),
    _c("kill-self-ctx", r" (?:mato|matare|mataria)(?! (?:a (?:estudiar|trabajar|entrenar|"
       r"correr|comer)|de (?:risa|trabajo|hambre|verguenza|sed|calor|frio|aburrimiento)|"
       r"trabajando|estudiando|entrenando|en el|haciendo|con|la(?! verdad)|el|por|a|jaja|"
       r"jajaja|xd))"
       r"(?= )", negatable=True,
       before=r" (?:si|y|hoy|manana|juro que|you|ya|mejor|yo|creo que|esta noche|"
       r"te juro que|voy a ver si|te lo juro|al final|a lo mejor|capaz que|un dia de estos) me"),
    _c("will-kill-self", r" (?:matar|suicidar|ahorcar|envenenar|desvivir|quitar la vida)"
       r"(?! (?:a (?:estudiar|trabajar|entrenar|correr)|de (?:risa|trabajo|hambre|verguenza|"
       r"sed|calor|frio)|trabajando|estudiando|entrenando|con (?:el|la|los|las) (?:dieta|"
       r"examen|examenes|gym|trabajo)|jaja|jajaja|xd|a (?:mi|el|ella|ese|esa|tu|su)|por))"
       r"(?= )",
       negatable=True,
       before=r" me (?:voy a|quiero|quisiera|queria|podria|deberia|pienso|tengo que|"
       r"dan ganas de|entran ganas de|quiero ya)"),
    _c("want-die", r" (?:morir|morirme|morirme ya|morir ya|estar muerto|estar muerta|"
       r"estar bajo tierra|dejar de existir|dejar de vivir|no vivir mas|no despertar|"
       r"no despertarme|no existir|no estar vivo|no estar viva)(?!" + _IDIOM + r")"
       r"(?! cuando (?:se me|me (?:cai|tropece|equivoque|vio|vieron|pillo|pillaron)|lo vi|"
       r"la vi|dije|entro|entre|vi que))(?= )",
       negatable=True, before=r" <WANTDIE>(?: (?:ya|you|solo|simplemente|de verdad|"
       r"realmente|en serio))?"),
    _c("wish-die-me", r" (?:muera|muriera|muriese|atropelle|atropellen|atropellara|arrolle|"
       r"arrollara|caiga un rayo|de un infarto|parta un rayo|lleve la muerte|muera ya|"
       r"muriera ya|lleve dios|lleve diosito)(?!" + _IDIOM + r")(?= )",
       before=r" (?:ojala|ojala que|desearia|quisiera|ojala pudiera|rezo para que|"
       r"pido que|pido a dios que|le pido a dios que|deseo que|espero que|a veces desearia|"
       r"solo pido que|quiero que)(?: ya)?(?: yo)?" + _GAP3 + r" me"),
    _c("wish-die-plain", r" (?:no despertara|no despierte|no despertase|no despertarme|"
       r"no hubiera nacido|no haber nacido|nunca haber nacido|nunca hubiera nacido|"
       r"estuviera muerto|estuviera muerta|estar muerto|estar muerta|"
       r"desapareciera para siempre|no existiera|no existir|dejar de existir|"
       r"no me despierte|no me despertara)(?= )",
       before=r" (?:ojala|ojala que|desearia|quisiera|ojala pudiera|a veces desearia|"
       r"desearia haber|rezo para|pido|deseo|ojala yo|ojala ya|ojala you)(?: yo)?"),
    _c("better-die", r" (?:muero|muera|muriera|morir|morirme|estar muerto|estar muerta)"
       r"(?!" + _IDIOM + r")(?= )",
       before=r" (?:(?:mejor|mejor ya|lo mejor es que|mejor seria|preferible|casi prefiero|"
       r"prefiero|mas facil|lo mas facil|un alivio)(?: me| yo me| ya me)?|"
       r"(?: mejor| preferiria))"),
    _c("want-it-over", r" (?:acabe|termine|se acabe|se termine|pare|se pare)"
       r" (?:para siempre|de una vez por todas|de una vez para siempre|ya para siempre)(?= )",
       before=r" (?:quiero|quisiera|necesito|solo quiero|ojala|deseo) que (?:esto|todo|todo esto|"
       r"mi vida|el dolor|este dolor|este sufrimiento)"),
    _c("superfluous", r" (?:sobro|estoy de mas|soy un estorbo|no pinto nada)"
       r"(?= (?:en este mundo|en esta vida|en el mundo|en todas partes|aqui en la tierra|"
       r"en la vida de todos))"),
    _c("not-be-here-tomorrow", r" (?:voy a estar|estare|voy a seguir)"
       r"(?: (?:aqui|vivo|viva|con vida))? (?:manana|mas tiempo|mucho mas|para verlo|"
       r"para verte|el ano que viene|en navidad)(?= )",
       before=r" (?:ya no|you no|hoy es el dia|pronto no|manana ya no|manana you no)"),
    _c("because-gone", r" (?:voy a estar|estare|voy a seguir aqui|voy a existir|voy a vivir)"
       r"(?= (?:$|mas|aqui|para (?:verlo|verla|usarlo|usarla|disfrutarlo)|y|you|ya|adios))",
       before=r" (?:porque|ya que|como) (?:ya |you )?no"),
    _c("take-all-pills", r" (?:tomarmelas|tragarmelas|tomarmelos|tragarmelos|"
       r"tomarlas todas|tomarlos todos|tomarme todas|tomar todas|tragarme todas|"
       r"tragar todas|tomarmelas todas|tomarmelos todos)(?= )",
       before=r" (?:pensando en|pienso en|ganas de|quiero|voy a|podria|deberia|tentad[oa] de|"
       r"tentad[oa] a|la idea de|me dan ganas de|estoy por)"),
    _c("never-born", r" (?:no haber nacido|nunca haber nacido|no hubiera nacido|"
       r"nunca hubiera nacido|no haber existido|nunca haber existido|no hubiese nacido)(?= )"),
    _c("sleep-forever", r" (?:dormir|dormirme|mimir|nanita|nanitas|descansar|irme a dormir|"
       r"quedarme dormido|quedarme dormida|cerrar los ojos)(?: y)?(?: no despertar| para siempre|"
       r" y no despertar| y no volver a despertar| sin despertar| eternamente|"
       r" y no despertarme| para no despertar| y nunca despertar| no despertar nunca)"
       r"(?!(?: [^ ]++){0,2} (?:jaja|jajaja|jajajaja|xd|lol|que sueno|de lo cansad[oa]|"
       r"kk|kkk)(?!(?: [^ ]++){0,3} (?:pero|en serio|no es broma)))(?= )"),
    _c("no-wake", r" (?:no volver a despertar|no despertarme nunca|nunca despertar|"
       r"no despertar nunca|no despertar manana|no volver a abrir los ojos|"
       r"no despertar nunca mas|para no despertar)(?= )"),
    _c("vanish-forever", r" (?:desaparecer|desaparecerme|esfumarme) (?:para siempre|"
       r"de este mundo|del mundo|de la faz de la tierra|de esta vida|"
       r"y que nadie me (?:busque|encuentre|extrane)|y no volver nunca|y no volver jamas)"
       r"(?! (?:de (?:tu|su|vuestra) vida|de las redes|de aqui|de esta ciudad|de este pais|"
       r"de este pueblo|de esta casa|de tu lado))(?= )"),
    _c("leave-world", r" (?:irme|ir|salir|marcharme|largarme|despedirme|voy|ire|largo|"
       r"quiero ir|quiero salir) (?:de este mundo|de esta vida|de este plano|del mundo|"
       r"de la vida|al otro lado|al mas alla|con mis abuelos al cielo|al cielo|"
       r"con diosito|con dios para siempre)(?! (?:de (?:las redes|instagram)|un rato|"
       r"por un rato|un tiempo))(?= )"),
    _c("not-live", r" (?:vivir|seguir viviendo|seguir vivo|seguir viva|seguir con vida|"
       r"estar vivo|estar viva|existir|seguir existiendo|seguir aqui|estar aqui|"
       r"seguir en este mundo|estar en este mundo|despertar|despertarme|seguir respirando|"
       r"respirar|continuar|seguir(?= (?:$|si|asi|you|ya|mas|adelante si|luchando si)))"
       r"(?! (?:sin (?:ti|el|ella|vos|usted)|en (?:esta|este|esa|ese|la|el|un|una|casa|"
       r"otra|otro)|con |cerca|sola|solo|juntos|junto|alli|alla|ahi|lejos|otra|otro|"
       r"aqui sin|aqui en|aqui con|trabajando|esperando|contigo|tan|de |asi contigo|"
       r"asi con|asi sin|para (?:ti|el|ella)|temprano|pronto|a las|antes|la|el|los|las|"
       r"mi|tu|nuestra|nuestro|lo|esta|este|mas tiempo aqui|aqui hoy|aqui esta|amargad[oa]|"
       r"llorando|sufriendo por|pendiente de|pensando en (?:el|ella)|por (?:el|ella)))(?= )",
       before=r" (?:no tengo ganas de|ya no tengo ganas de|you no tengo ganas de|"
       r"sin ganas de|no quiero|ya no quiero|you no quiero|no quiero ni|no me apetece|"
       r"no kiero|ya no kiero|you no kiero|no qiero|you no qiero|"
       r"no tengo fuerzas para|no tengo fuerzas de|ya no tengo fuerzas para|"
       r"you no tengo fuerzas para|no tengo motivos para|no hay motivos para|"
       r"no tengo razones para|no tengo ninguna razon para|no tengo ningun motivo para|"
       r"no encuentro razones para|no encuentro motivos para|sin razones para|"
       r"sin motivos para|no se si quiero|no se para que|para que|pa que|de que sirve|"
       r"de que me sirve|que sentido tiene|no tiene sentido|no le veo sentido a|"
       r"no veo sentido en|ya no le veo sentido a|you no le veo sentido a|"
       r"no le encuentro sentido a|no tiene ningun sentido|no se como|no vale la pena|"
       r"no merece la pena|ya no vale la pena|you no vale la pena)"
       r"(?: quiero| ganas de)?(?: mas| seguir)?"),
    _c("cant-live", r" (?:vivir|seguir viviendo|con la vida|esta vida|estar vivo|estar viva|"
       r"existir|seguir existiendo|seguir con vida|la vida)(?! (?:sin (?:ti|el|ella|vos|usted)|"
       r"en (?:esta|este|esa|ese)|con (?:el|ella|mis|mi|ellos|esa|ese)|cerca|sola|solo|"
       r"juntos|lejos|de (?:otra|otro)))(?= )",
       before=r" (?:no|ya no|you no) (?:aguanto|soporto|puedo|quiero|resisto|tolero)"
       r"(?: mas)?(?: con)?"),
    _c("no-point", r" (?:sentido|razon|motivo|motivos|razones|proposito) (?:a |de |en |para )?"
       r"(?:seguir|vivir|la vida|mi vida|seguir viviendo|estar vivo|estar viva|existir|"
       r"despertar|levantarme|seguir aqui|continuar|nada en la vida)(?= )",
       before=r" (?:no le|ya no le|you no le|ningun|ninguna|sin|no hay|no hay ningun|"
       r"no hay ninguna|no encuentro|no veo|no le veo|no tengo|ya no tengo|you no tengo|"
       r"perdi el|he perdido el|no le encuentro|no tiene|ya no tiene|you no tiene|"
       r"no tiene ningun|no tengo ningun|no tengo ninguna|ya no veo|you no veo)"
       r"(?: ningun| ninguna| el| la| mas)?"),
    _c("life-meaningless", r" (?:tiene sentido|vale la pena|vale nada|merece la pena|"
       r"tiene ningun sentido|es insoportable|carece de sentido)"
       r"(?! (?:sin (?:ti|el|ella)|si no estas|si no estas tu|desde|por (?:ti|el|ella)|"
       r"contigo|con (?:el|ella)))(?= )",
       before=r" (?:la vida|mi vida|vivir|seguir viviendo|existir|estar vivo|estar viva|"
       r"seguir con vida)(?:(?: ya| you)? no)?"),
    _c("imagine-alive", r" (?:imagino|veo|visualizo) (?:vivo|viva|con vida)(?= )",
       before=r" (?:no me|ya no me|you no me|no logro|ni me)"),
    _c("better-without", r" (?:mejor|mejores|mas felices|mas feliz|mas tranquilos|"
       r"mas tranquilas|mas tranquilo|mas tranquila|tranquilos|felices|en paz|bien|"
       r"mas contentos|mas a gusto|mas libres|libres) sin (?:mi|alguien como yo|"
       r"(?:una|un) (?:madre|padre|hija|hijo|hermana|hermano|persona|amiga|amigo) "
       r"como yo)(?! (?:drama|ayuda|dinero|coche|carro|permiso|opinion|ruido|musica|perro|"
       r"gato|novio|novia|ex|humor|mal humor|quejas|comida))(?= )",
       before=r" (?:todos|todo el mundo|mi familia|mis padres|mis papas|mis hijos|el mundo|"
       r"ellos|la gente|mis amigos|los demas|mis viejos|mi madre|mi mama|mi padre|mi papa|"
       r"cualquiera|todos ustedes|todo)(?: [^ ]++){0,3} (?:estarian|estaria|vivirian|viviria|"
       r"serian|seria|estaran|estara|iria|irian|van a estar|va a estar|quedarian|"
       r"estariais)(?: mucho| muchisimo| mil veces| bastante| todos)?"),
    _c("world-better", r" (?:es|esta|seria|sera) (?:mejor|mas feliz) sin mi(?= )",
       before=r" (?:el mundo|todo|la vida de todos|todo el mundo|mi familia)"),
    _c("easier-without", r" (?:mas facil|mas sencillo|mas simple|mas facil para todos|"
       r"mejor para todos) sin mi(?= )",
       before=r" (?:todo|todo seria|seria todo|todo sera|sera todo|la vida de todos seria|"
       r"seria|sera)"),
    _c("no-trouble-without", r" (?:tendrias|tendrian|tendriais|tendria nadie|tendran|tendras|"
       r"habria|habra) (?:mas )?(?:problemas|preocupaciones|cargas|que preocuparse|"
       r"que preocuparte)(?= )",
       before=r" sin mi(?: ya| you)? no"),
    _c("if-gone-better", r" (?:desapareciera|desapareciese|muriera|muriese|matara|suicidara|"
       r"fuera para siempre|dejara de existir|desapareciera para siempre)(?= )",
       before=r" (?:mejor|mejores|felices|feliz|tranquilos|tranquilas|tranquilo|tranquila|"
       r"favor|facil|faciles|contentos|aliviados|en paz|descansarian|nadie lo notaria|"
       r"nadie se daria cuenta|a nadie le importaria|nadie me extranaria|bien|libres)"
       r"(?: [^ ]++){0,3} si(?: yo)?(?: me)?"),
    _c("if-not-existed", r" (?:existiera|existiese|estuviera|estuviese|hubiera nacido|"
       r"hubiese nacido|estuviera aqui|despertara)(?= )",
       before=r" (?:mejor|mejores|felices|feliz|tranquilos|tranquilas|tranquilo|tranquila|"
       r"favor|facil|faciles|contentos|aliviados|en paz|descansarian|bien|libres)"
       r"(?: [^ ]++){0,3} si(?: yo)? (?:no|ya no|you no)"),
    _c("if-not-existed-plain", r" (?:existiera|existiese|hubiera nacido)(?= )",
       before=r" si yo no"),
    _c("burden", r" (?:carga|estorbo|lastre|peso muerto)(?! (?:de trabajo|"
       r"laboral|de la bateria|del movil|del telefono|academica|para ti|para vos|"
       r"para usted|pa ti|en tu vida|en (?:la|esta|nuestra) relacion))(?= )",
       before=r" (?:soy|solo soy|soy solo|me siento|me he vuelto|no soy mas que|siendo|"
       r"no soy nada mas que|soy como)(?: una| un| la| el)?"),
    _c("nobody-miss", r" (?:extranar|extranaria|extranarian|extranara|echaria de menos|"
       r"echarian de menos|echara de menos|echar de menos|lloraria|llorara|"
       r"vendria a mi (?:funeral|entierro)|ira a mi funeral|iria a mi funeral)(?= )",
       before=r" (?:nadie|nadie me|nadie me va a|nadie va a|nadie lo|nadie me iba a|"
       r"nadie nadie me)"),
    _c("nobody-notice", r" (?:notaria|notarian|notara|daria cuenta|darian cuenta|"
       r"dara cuenta|importaria|importara|va a importar|va a notar|va a dar cuenta) "
       r"(?:si|cuando) (?:me muero|me muriera|desapareciera|desaparezco|no estuviera|"
       r"no estoy|me fuera para siempre|me mato|me matara|ya no estoy|you no estoy|"
       r"ya no estuviera|you no estuviera|me voy para siempre|muero|muriera|falto)(?= )",
       before=r" (?:nadie|nadie lo|nadie se|a nadie le|nadie me)"),
    _c("nobody-notice-if", r" (?:daria cuenta|darian cuenta|va a dar cuenta|notaria|"
       r"va a notar|extranaria|va a extranar|echaria de menos|importaria|"
       r"va a importar|notarian|vendria|iria a mi funeral|lloraria)(?= )",
       before=r" si (?:me muero|me muriera|desaparezco|desapareciera|me mato|me matara|"
       r"no estoy|ya no estoy|you no estoy|muero|me voy para siempre|me suicido)"
       r"(?: [^ ]++){0,2} (?:nadie|a nadie|ni siquiera)(?: me| le| lo| se)?"),
    _c("plan-day", r" (?:el dia|la fecha|la hora|el momento|dia y hora|como y cuando|"
       r"el lugar y el dia)(?= )", also="cond.es.farewell-or-means",
       before=r" (?:elegi|escogi|decidi|tengo|ya tengo|you tengo|he elegido|he decidido|"
       r"fije|puse)"),
    _c("plan-everything", r" (?:todo pensado|todo planeado|todo planificado|todo preparado|"
       r"todo listo|el plan listo|todo organizado)(?= )",
       also="cond.es.farewell-or-means"),
    _cond("farewell-or-means", r" (?:cartas|carta de despedida|nota|notas|pastillas|cuerda|"
          r"soga|pistola|puente|balcon|azotea|vias|veneno|despedida|despedirme|adios|"
          r"para siempre|se duerman|se vayan|no este|no estare|se termina todo|"
          r"se acaba todo|termina todo|acaba todo|como lo voy a hacer|voy a hacerlo)(?= )"),
    _c("ends-day", r" (?:(?:se termina|se acaba|se acabara|se terminara|termina|acaba) todo|"
       r"(?:acabo|termino|acabare|terminare|lo termino|lo acabo) con (?:todo|esto|"
       r"esta mierda|mi vida)|(?:le )?pongo fin a (?:todo|mi vida))"
       r"(?! (?:entre|lo|lo de|lo nuestro|de la|del|con (?:el|ella|vos|ustedes|mi ex|nosotros|"
       r"tu)|el trabajo|la mudanza|lo que|los|las|el|la|mi trabajo|por fin|al fin|eso|esto|"
       r"mis|tus|sus|pendiente|lo pendiente|y me voy|y me largo|y empiezo|y descanso|"
       r"y a descansar|y me tomo|y manana|y luego|y despues))(?= )",
       before=r" (?:hoy|manana|esta noche|el " + _WEEKDAY + r"|este " + _WEEKDAY +
       r"|este finde|este fin de semana|pronto|ahora|ya|you|esta semana|a medianoche|"
       r"cuando se duerman|en unas horas|dentro de poco|hoy mismo|de una vez|ya mismo|y|"
       r"y ahi|y alli|ahi|alli|y entonces)"
       r"(?: (?:si|mismo|por fin|yo|ya|you))?"),
    _c("acabar-todo", r" (?:acabar con todo|terminar con todo|acabar con esto de una vez|"
       r"ponerle fin a todo|poner fin a todo|terminar con esta vida|acabar con esta vida|"
       r"terminar con mi existencia|acabar con mi existencia|acabar con esta mierda de vida|"
       r"acabar con mi sufrimiento|terminar con mi sufrimiento|terminar con este sufrimiento|"
       r"acabar con este sufrimiento|acabar con el dolor para siempre)"
       r"(?! (?:lo de|de la|del|de lo|entre|lo nuestro|lo que|con (?:el|ella)|eso|esto de|"
       r"los|las|el|la|mis|tus))(?= )", negatable=True,
       before=r" <WANT>(?: (?:ya|you|de una vez|de una vez por todas|por fin|simplemente))?"),
    _c("pills-research", r" (?:cuantas|cuantos|que cantidad de|cuanta cantidad de|"
       r"cuantos gramos de|cuantas cajas de) <PILLS>(?: [^ ]++){0,5} (?:hacen falta|necesito|"
       r"se necesitan|para morir|para no despertar|son mortales|son letales|matan|"
       r"para matarme|es mortal|es letal|dosis letal|para palmarla|para no volver)(?= )"),
    _c("lethal", r" (?:dosis letal|dosis mortal|sobredosis|sobredosificarme|"
       r"metodo mas rapido para morir|metodo indoloro|forma indolora de|manera indolora de|"
       r"muerte indolora|forma mas facil de morir|manera mas facil de morir|"
       r"forma rapida de morir|manera rapida de morir|formas de morir|maneras de morir|"
       r"como morir sin dolor|formas de suicidarse|metodos de suicidio|como ahorcarse|"
       r"como suicidarse)(?= )", negatable=True),
    _c("pills-qty", r" (?:tomarme|tragarme|tomar|tragar|tome|trague|tomare|trago|tomo|"
       r"voy a tomar|meterme|meti|zamparme|zampe|empastillarme|empastille|tomado|tragado|"
       r"acabo de tomar|acabo de tragar) "
       r"(?:de golpe |de una vez |de un trago )?<QTY> (?:las |mis |de |de las |de mis )?"
       r"(?:<PILLS>|las que (?:hay|tengo|quedan)|lo que hay en el botiquin)(?= )"),
    _c("pills-hoard", r" (?:guardando|juntando|acumulando|ahorrando|almacenando|coleccionando|"
       r"reuniendo|guarde|junte|acumule|guardo|junto|acumulo|escondiendo|escondi|escondo|"
       r"reuni|tengo guardadas|tengo guardados|tengo escondidas|tengo juntadas) "
       r"(?:todas |todos |muchas |un monton de |suficientes |bastantes |varias )?"
       r"(?:las |los |mis |sus |unas |unos |de )?"
       r"(?:pastillas|pildoras|antidepresivos|medicamentos|medicinas|calmantes|somniferos|"
       r"tranquilizantes|ansioliticos|clonazepam|rivotril|pastis|remedios)"
       r"(?! (?:del dolor|de la tos|para el dolor|de la alergia|en el botiquin))(?= )"),
    _c("pills-hoard-back", r" (?:juntando|guardando|acumulando|ahorrando|escondiendo|"
       r"almacenando)(?= )",
       before=r" (?:antidepresivos|pastillas|pildoras|medicamentos|medicinas|calmantes|"
       r"somniferos|tranquilizantes|ansioliticos|remedios)(?: [^ ]++){0,5} (?:los|las) "
       r"(?:estoy|voy|ando|sigo|llevo|he estado)"),
    _c("pills-ready", r" (?:pastillas|pildoras|somniferos|calmantes|antidepresivos|cuerda|soga|"
       r"pistola|cuchilla|cuchillas|navaja|veneno)(?: [^ ]++){0,1} (?:en la mesa|"
       r"aqui conmigo|aqui al lado|preparadas|preparada|preparados|listas|lista|listos|"
       r"contadas|en la mano|en mi mano|encima de la mesa|sobre la mesa|al lado de la cama|"
       r"delante de mi|frente a mi|en la mesita|cargada|atada|colgada)(?= )",
       before=r" (?:tengo|ya tengo|you tengo|tengo aqui|tengo todas|tengo ya|aqui tengo|"
       r"estan|compre|prepare|conte|he preparado|he contado|deje|puse|tengo la|tengo el)"
       r"(?: las| los| la| el| mis| todas las| una| un)?"),
    _c("rope-for", r" (?:cuerda|soga|cinturon|cable|sabana|cadena)(?: [^ ]++){0,3} "
       r"(?:para colgarme|para ahorcarme|ya sabes para que|you sabes para que|"
       r"tu sabes para que|sabes para que|para el cuello|en la viga|de la viga|"
       r"al cuello para|para acabar)(?= )"),
    _c("noose", r" (?:nudo corredizo|hacer el nudo|atar la cuerda a|colgar la cuerda de|"
       r"colgarme de la viga|colgarme del techo|colgarme de un arbol|colgarme en el)(?= )"),
    _c("jump", r" <JUMP>(?: (?:desde|de|del|por|a|al|bajo|debajo de|delante de|frente a|"
       r"contra|hacia|a las|a la|por la|por el|desde el|desde la|de la|de un|de una|"
       r"a un|a una|de lo alto de|desde lo alto de|al paso del|al paso de|delante del|"
       r"frente al|bajo el|bajo un|debajo del)){1,2}(?: (?:el|la|los|las|un|una|mi|este|"
       r"ese|aquel|algun|alguna))?(?: [^ ]++)? <HIGH>"
       r"(?! (?:de juguete|para ir|para llegar|para coger|para pillar|a tiempo|que|en marcha a))"
       r"(?= )", negatable=True),
    _c("jump-me", r" (?:tiro|tirare|lanzo|lanzare|arrojo|avento|voy a tirar|voy a lanzar|"
       r"voy a aventar|dejo caer|tirar|lanzar|arrojar|aventar|dejar caer)(?: (?:desde|de|del|"
       r"por|a|al|bajo|debajo de|delante de|"
       r"frente a|a las|a la|por la|por el|desde el|desde la|de la|de un|de una|a un|a una|"
       r"delante del|frente al|debajo del)){1,2}(?: (?:el|la|los|las|un|una|mi|este|ese))?"
       r"(?: [^ ]++)? <HIGH>(?! (?:de juguete|para ir|para llegar|a tiempo|que))(?= )",
       negatable=True, before=r" me(?: (?:quiero|quisiera|voy a|podria|pienso|tengo que|"
       r"dan ganas de|entran ganas de|deberia|kiero))?"),
    _c("high-then-jump", r" (?:puente|balcon|azotea|terraza|ventana|edificio|acantilado|tejado|"
       r"viaducto|precipicio|barranco|rascacielos|vias|via del tren|anden|piso [0-9]+|"
       r"octavo|decimo|ultimo piso)(?: [^ ]++){0,8} (?:saltar|tirarme|lanzarme|arrojarme|"
       r"aventarme|dejarme caer|me tiro|me lanzo|me arrojo|salto)(?! (?:en paracaidas|"
       r"de alegria|a la piscina|al agua|a la pileta|en bungee|en puenting|de trabajo|"
       r"a la cama|en la cama|al sofa|en el sofa|con (?:ella|el|ellos|mis|mi)|la cuerda|"
       r"a la comba|de un lado|al otro lado|la valla|el muro))(?= )"),
    _c("thinking-jump", r" (?:saltar|tirarme|lanzarme|arrojarme|aventarme|dejarme caer|"
       r"colgarme|ahorcarme|envenenarme|ahogarme|meterme al mar|meterme en el mar|"
       r"meterme al rio)(?! (?:en paracaidas|de alegria|a la piscina|al agua|a la pileta|"
       r"en bungee|en puenting|de trabajo|a la cama|en la cama|al sofa|en el sofa|"
       r"con (?:ella|el|ellos|mis|mi)|la cuerda|a la comba|a por|a la aventura|al ruedo|"
       r"en (?:deudas|trabajo|alcohol|un vaso)|de un lado|al otro lado|la valla|el muro|"
       r"a tus brazos|en tus brazos|encima de (?:ti|el|ella)|a la piscina|a nadar))(?= )",
       before=r" (?:pensando en|pienso en|pense en|pensaba en|tentado de|tentada de|"
       r"tentado a|tentada a|con ganas de|ganas de|me dan ganas de|la idea de|"
       r"fantaseo con|fantaseando con|no dejo de pensar en|imaginandome|quiero|voy a)"),
    _c("sea", r" (?:mar|rio|lago|oceano|agua|pantano)(?: [^ ]++){0,6} (?:y no volver|"
       r"no volver a salir|y no salir|y no volver a salir|ahogarme|hundirme y|"
       r"para no volver|y dejarme llevar para siempre|y desaparecer)(?= )",
       before=r" (?:meterme al|meterme en el|entrar al|entrar en el|caminar hacia el|"
       r"adentrarme en el|tirarme al|lanzarme al|irme al|ir al|nadar hacia el)"),
    _c("self-harm-hit", r" (?:lastimo|lastime|lastimando|lastimar|golpeo|golpee|golpeando|"
       r"golpear|hago dano|hice dano|haciendo dano|hacer dano|lesiono|lesione|lesionando)"
       r"(?= (?:a proposito|adrede|aposta|para castigarme|para sentir|hasta sangrar|"
       r"hasta que|contra la pared|contra el espejo|la cabeza contra|los brazos|"
       r"las piernas|las munecas|otra vez|de nuevo|cuando|porque|todos los dias|cada vez))",
       before=r" (?:volvi a|me volvi a|he vuelto a|me he vuelto a|me he|me estoy|sigo|"
       r"me sigo|empece a|me empece a|no puedo dejar de|no dejo de|otra vez me|de nuevo me|"
       r"anoche me|hoy me|ayer me|solo me|a veces me|siempre me|recai y me|y me|que me|"
       r"cuando me|todavia me|aun me|ya me|you me|me)"),
    _c("self-harm", r" (?:corte|corto|cortaba|cortado|cortar|cortando|quemo|queme|quemando|"
       r"quemado|quemar|rasguno|rasgune|rasgunando|"
       r"arano|arane|aranando|"
       r"hago cortes|hice cortes|haciendo cortes|hacer cortes|"
       r"mutilo|mutilando)(?! (?:el pelo|el cabello|"
       r"el flequillo|las unas|la barba|las puntas|la melena|el fleco|el dedo|un dedo|"
       r"cocinando|afeitandome|pelando|con (?:un|el|la) (?:papel|folio|hoja|lata|abrelatas)|"
       r"al (?:cocinar|afeitarme|pelar)|con el sol|al sol|en la playa|la lengua|"
       r"la mano con la (?:olla|sarten|plancha|puerta)|la rodilla|el tobillo|el pie|jugando|"
       r"en el (?:partido|gym|gimnasio|futbol)|entrenando|la espalda|el hombro|sin querer|"
       r"un poco el|los dedos con|un rollo|de (?:amor|celos|rabia)|la mano con|"
       r"con la (?:puerta|olla|sarten|plancha de pelo|plancha del pelo)|el brazo en el|"
       r"la pierna en el|la cabeza|los sesos|el coco|las pestanas|el flequillo|"
       r"la cara con|con (?:ella|el|mi ex|mi novio|mi novia|todo|todos)(?= )|contigo|"
       r"por (?:ti|el|ella)|a (?:ti|el|ella)|mas|a mi mismo|a mi misma))(?= )",
       before=r" (?:volvi a|me volvi a|he vuelto a|me he vuelto a|me he|me estoy|sigo|"
       r"me sigo|empece a|me empece a|no puedo dejar de|no dejo de|otra vez me|de nuevo me|"
       r"anoche me|hoy me|ayer me|solo me|a veces me|siempre me|recai y me|y me|que me|"
       r"cuando me|todavia me|aun me|ya me|you me|me)"),
    _c("self-harm-clitic", r" (?:cortarme|quemarme|lastimarme|lesionarme|golpearme|"
       r"hacerme dano|hacerme cortes|aranarme|rasgunarme|mutilarme|hacerme heridas|"
       r"herirme|castigarme fisicamente|sangrar)(?! (?:el pelo|el cabello|"
       r"el flequillo|las unas|la barba|las puntas|la melena|el fleco|cocinando|con el sol|"
       r"al sol|en la playa|con el papel|la lengua|jugando|en el (?:partido|gym|gimnasio|"
       r"futbol)|entrenando|sin querer|a (?:el|ella|ti|vos)|contigo|con (?:el|ella)|"
       r"por (?:el|ella|ti)|de (?:amor|celos|rabia|risa)|la cabeza|el coco|los sesos|"
       r"la nariz))(?= )",
       negatable=True,
       before=r" (?:quiero|quisiera|necesito|ganas de|me dan ganas de|voy a|volvi a|"
       r"he vuelto a|empece a|sigo|no puedo dejar de|no dejo de|pienso en|pensando en|"
       r"intento no|tentado de|tentada de|tentado a|tentada a|estoy por|acabe por|"
       r"calmarme es|desahogarme es|aliviarme es|sentir algo es|"
       r"la unica forma de|la unica manera de|lo unico que me calma es|solo me calma|"
       r"la necesidad de|el impulso de|la urgencia de|la tentacion de|empezar a|volver a|"
       r"recaer y|deberia|me gustaria)"),
    _c("self-harm-body", r" (?:los brazos|el brazo|las piernas|los muslos|las munecas|"
       r"la muneca|la piel|las venas|la barriga|el abdomen)(?! (?:con (?:el|la) (?:papel|"
       r"puerta)|al (?:cocinar|caer)|jugando|en el (?:partido|gym|gimnasio)))(?= )",
       before=r" (?:me corte|me corto|me cortaba|me he cortado|me vuelvo a cortar|"
       r"me volvi a cortar|cortarme|me queme|me quemo|quemarme|me raje|me rajo|rajarme|"
       r"me hice cortes en|me hago cortes en|hacerme cortes en)"),
    _c("bleed", r" (?:hasta sangrar|hasta que sangre|hasta hacerme sangre|hasta sangrarme|"
       r"para castigarme|hasta quedar marcado|hasta quedar marcada|para sentir el dolor|"
       r"para sentir algo|para sentir dolor|hasta que me sangro|hasta que me sangraron)(?= )",
       also="cond.es.self-hurt"),
    _cond("self-hurt", r" (?:corte|corto|cortaba|cortarme|queme|quemo|quemarme|golpeo|golpee|"
          r"golpearme|di golpes|doy golpes|darme golpes|pego|pegue|pegarme|arano|arane|"
          r"aranarme|rasguno|rasgune|rasgunarme|lastimo|lastime|lastimarme|hago dano|"
          r"hice dano|hacerme dano|golpes contra|golpe contra|punetazos|cabezazos|"
          r"mordi|muerdo|morderme|pellizco|pellizcarme|arranco|arrancarme)(?= )"),
    _c("coded", r" (?:mimir para siempre|desvivirme|unalivearme|autoeliminarme|"
       r"autoeliminacion|auto eliminarme|irme con diosito|hacer un sewerslide|"
       r"cancelar mi vida|cancelarme la vida|desvivo(?! (?:por|en|para|con|de)))(?= )"),
    _a("goodbye-forever", r" (?:adios|chau|chao|bye|hasta siempre|despido) (?:para siempre|"
       r"por siempre|de verdad para siempre|a todos para siempre|definitivamente de todos|"
       r"mundo|mundo cruel|a todos(?= (?:los quiero|los amo|perdon|perdonenme|"
       r"gracias por todo|para siempre))|de todos para siempre|a todos para siempre)"
       r"(?! (?:a (?:el|ella|ti|mi ex|esta relacion|lo nuestro|nuestra)|de (?:ti|el|ella|"
       r"esta ciudad|este pais)))(?= )"),
    _c("last-read", r" (?:ultima vez que (?:me )?(?:vas|van|vais) a (?:leer|saber de mi|"
       r"oir de mi|tener noticias mias|escuchar de mi|recibir algo mio)|ultimo mensaje que "
       r"(?:vas|van|vais) a (?:recibir|leer|tener)|mis ultimas palabras|"
       r"carta de despedida|cartas de despedida|nota de despedida|nota de suicidio|"
       r"carta de suicidio|cartas para cuando|mi carta final|mensaje de despedida para todos)"
       r"(?!(?: [^ ]++){0,3} (?:relacion|relacao|namoro|lo nuestro|noviazgo|mi ex|meu ex|"
       r"minha ex|nos dois|a gente))(?= )"),
    _c("forgive-what-do", r" (?:por lo que voy a hacer|por lo que estoy a punto de hacer|"
       r"por lo que voy a hacerme|por lo que me voy a hacer|por lo que voy a hacer esta noche|"
       r"por lo que voy a hacer hoy|por irme asi|por irme de esta forma|"
       r"por irme de esta manera|por dejarlos asi|por dejaros asi)(?= )"),
    _c("not-blame", r" (?:no es culpa de nadie|no fue culpa de nadie|nadie tiene la culpa|"
       r"no es culpa tuya|no fue culpa tuya|ustedes no tienen la culpa|no se culpen|"
       r"no os culpeis)(?= )",
       also="cond.es.farewell"),
    _cond("farewell", r" (?:perdonenme|perdonadme|perdon a todos|los quiero|las quiero|"
          r"los amo|os quiero|los quise|las quise|cuiden a|cuida a|cuidad a|cuidame a|"
          r"hasta siempre|diles a|lo siento por todo|perdonenme todos|adios a todos)(?= )"),
    _c("how-do-it", r" (?:como lo voy a hacer|como voy a hacerlo|como hacerlo sin que duela|"
       r"lo voy a hacer esta noche|lo voy a hacer hoy|lo hago esta noche|"
       r"lo hago este " + _WEEKDAY + r"|lo voy a hacer el " + _WEEKDAY + r")(?= )",
       also="cond.es.plan-context"),
    _cond("plan-context", r" (?:cuando (?:mis|los|mi) (?:papas|padres|viejos|madre|padre|"
          r"mama|papa|companeros|familia|hermanos) (?:se vayan|no esten|se duerman|salgan|"
          r"esten dormidos|viajen)|cuando se duerman|cuando no haya nadie|cuando este sola|"
          r"cuando este solo|cuando nadie me vea|sin que nadie se entere|lo decidi|"
          r"esta decidido|no hay vuelta atras|nadie me va a parar|nadie me va a detener|"
          r"lo tengo decidido|cartas|despedida)(?= )"),
    _c("when-gone", r" (?:cuando (?:yo )?(?:ya |you )?no (?:este|estare|exista)|"
       r"cuando (?:yo )?(?:me haya ido para siempre|me muera|este muerto|este muerta|"
       r"ya no viva|me haya muerto|me vaya para siempre)|despues de mi muerte|"
       r"despues de que me muera|cuando me encuentren|cuando encuentren mi cuerpo|"
       r"mi funeral|mi entierro|mi velorio|mi tumba|para cuando ya no este|"
       r"para cuando you no este|si un dia ya no estoy)(?! (?:en (?!este mundo|esta vida)|"
       r"de (?:viaje|vacaciones)|aqui para ayudarte|por aqui|por (?:la|el|tu)|"
       r"contigo|a tu lado|cerca))(?= )"),
    _c("where-going", r" (?:donde voy|adonde voy|donde me voy|"
       r"adonde me voy) (?:no (?:me hace falta|"
       r"me hacen falta|la necesito|lo necesito|las necesito|los necesito|voy a necesitar|"
       r"la voy a necesitar|lo voy a necesitar|las voy a necesitar|los voy a necesitar|"
       r"hace falta|se necesita|sirve|me sirve|me van a servir|se puede llevar)|"
       r"(?:ya|you) no (?:me hace falta|la necesito|lo necesito|las necesito|los necesito))"
       r"(?= )"),
    _c("no-problem-nobody", r" (?:problema|carga|molestia|estorbo) (?:para nadie|"
       r"para nadie mas|a nadie|para ninguno de ustedes|para ninguno)(?= )",
       before=r" (?:no voy a ser|ya no voy a ser|you no voy a ser|no vuelvo a ser|"
       r"dejare de ser|voy a dejar de ser|no sere|ya no sere|you no sere|nunca mas sere|"
       r"no volvere a ser)(?: mas| nunca mas)?(?: un| una)?"),
    _c("suicidal-thoughts", r" (?:pensamientos|ideas|ideacion) (?:de )?(?:quitarme la vida|"
       r"matarme|suicidarme|morirme|morir|acabar con mi vida|hacerme dano|cortarme|"
       r"suicidas|suicida)(?= )"),
    _c("tired-living", r" (?:cansado|cansada|harto|harta|agotado|agotada|canse) de (?:vivir|"
       r"estar vivo|estar viva|existir|respirar|despertar cada dia|seguir viviendo|"
       r"seguir con vida)"
       r"(?! (?:asi con|con|en|sola|solo|de alquiler|lejos|aqui|cerca|bajo|pendiente|"
       r"esperando|pensando|preocupad[oa]))(?= )"),
    _c("hate-alive", r" (?:odio|detesto) (?:estar vivo|estar viva|vivir|existir|mi existencia|"
       r"seguir vivo|seguir viva|despertarme|despertar cada dia)(?! (?:aqui|en|con|sin|asi "
       r"con|lejos|sola|solo))(?= )"),
    _c("why-go-on", r" (?:seguir|continuar|seguir intentandolo|levantarme cada dia)"
       r"(?= (?:si|$|you|ya|con todo|mas|aqui|en este mundo))",
       before=r" (?:para que|pa que|de que sirve|que sentido tiene|no le veo sentido a|"
       r"no tiene sentido)"),
    # ---- ask: soft signals (means with distress, farewells, giving away, hopelessness)
    _a("no-way-out", r" (?:salida|escapatoria|esperanza)(?! (?:de (?:emergencia|incendios|"
       r"la tienda|del metro|del trabajo|de clase|que|este contrato|ese contrato|"
       r"mi contrato|la hipoteca|la deuda)|a lo de|para lo de|al (?:tema|asunto|problema) de|"
       r"(?:de|a|para|con) (?:(?:este|ese|el|la|mi|lo) )?(?:contrato|alquiler|hipoteca|"
       r"custodia|tema del|asunto del|piso|trabajo|curro|examen)|al cine|a cenar|para (?:nosotros|"
       r"lo nuestro|la relacion)|con (?:el|ella|nosotros)|de volver|de que vuelva))(?= )",
       before=r" (?:no veo|no le veo|no hay|no tengo|no encuentro|ya no veo|you no veo|"
       r"no existe|no tiene|no le encuentro|ya no hay|you no hay|ya no tengo|you no tengo|"
       r"cero|sin)(?: ninguna| ningun| otra| mas| nada de)?"),
    _a("cant-anymore", r" (?:aguanto|soporto|resisto) (?:mas|mas con esto|mas con todo|esto|"
       r"mas esto|mas este dolor|este dolor)(?= (?:$|no|ya|you|de verdad|en serio|estoy|"
       r"quiero|adios))",
       before=r" (?:ya no|you no|no)"),
    _a("disappear", r" (?:desaparecer|desaparecerme|esfumarme|no existir mas|dejar de estar)"
       r"(?! (?:de (?:las redes|instagram|insta|tu vida|su vida|aqui un|la ciudad|redes|"
       r"whatsapp|tiktok|la casa|este grupo|el grupo|tu mapa)|un (?:tiempo|rato|finde|dia|"
       r"mes)|una (?:temporada|semana|noche|tarde)|unos (?:dias|meses)|unas (?:semanas|"
       r"horas)|en (?:tu|su) vida|contigo|con (?:el|ella|vos)|juntos|de vacaciones|del grupo|"
       r"pendiente|disponible|para ti|para el|para ella|en casa|en la fiesta|en esa|en ese|"
       r"en el|en la|con esta|con este|del mapa un|de (?:su|tu) vista))(?= )",
       before=r" (?:quiero|quisiera|ganas de|necesito|solo quiero|me gustaria|ojala pudiera|"
       r"prefiero|preferiria|deseo|desearia|tengo ganas de|me dan ganas de|ojala|"
       r"unica salida es|unica solucion es|unica opcion es)"),
    _a("pills-have", r" <PILLS>(?= )",
       before=r" (?:tengo|guardo|tiene|hay|compre|consegui|me dieron) (?:muchas|muchos|"
       r"un monton de|cajas de|todas las|todos los|bastantes|suficientes|tantas|tantos|"
       r"demasiadas|demasiados|un frasco de|un bote de|una caja de|[0-9]+ cajas de|"
       r"un frasco entero de|un bote entero de|una caja entera de|un blister entero de)"),
    _a("gun-mention", r" (?:pistola|revolver|escopeta|arma|armas|rifle)(?! (?:de agua|"
       r"de silicona|de juguete|de pintura|de calor|de aire|de doble filo|secreta|"
       r"blanca de cocina|de fogueo))"
       r"(?!(?: [^ ]++){0,2} (?:para (?:cazar|la caza|caza|tiro)|de caza|de caceria|"
       r"de cazador|de cazar|en el club de tiro|de tiro deportivo))"
       r"(?= )",
       before=r" (?:tiene|tengo|tenia|guarda|guardo|hay|compre|consegui|encontre|"
       r"se donde (?:esta|guarda)|tiene guardada|tiene guardado|esconde|comprar|"
       r"conseguir)(?: (?:un|una|el|la|su|mi))?"),
    _a("looking-at", r" (?:las vias|la via del tren|el vacio|las pastillas|la cuerda|la soga|"
       r"la pistola|la cuchilla|las cuchillas|el rio desde|el agua desde|hacia abajo desde|"
       r"abajo desde|los trenes pasar|los coches pasar desde)(?= )",
       before=r" (?:mirando|mirar|miro|me quedo mirando|me quede mirando|observando|"
       r"contemplando|he estado mirando|estuve mirando|sigo mirando|me paro a mirar|"
       r"viendo)"),
    _a("tell-loved", r" (?:quise|ame|queria|quisimos|quiero mucho|amo|quiero)(?= )",
       before=r" (?:diles|decirles|decidles|diganles|digales|dile a (?:todos|mi madre|"
       r"mi mama|mi padre|mi papa|mi familia|mis padres|mis papas|mi hermana|mi hermano|"
       r"mis hijos|mis amigos)|diles a (?:todos|mis padres|mis papas|mis amigos|mis hermanos)|"
       r"que sepan|quiero que sepan|sepan) que (?:los|las|les|la|lo|te)(?: [^ ]++)?"),
    _a("look-after", r" (?:cuida a|cuide a|cuiden a|cuidad a|cuidame a|cuidenme a|"
       r"cuides a|cuidaras a|te encargo a|les encargo a|cuidar de) (?:mi|mis) (?:perro|perra|"
       r"gato|gata|gatos|perros|mascota|mascotas|hermano|hermana|hermanos|madre|mama|plantas|"
       r"hijo|hija|hijos|conejo|pajaro|peces|tortuga|familia)"
       r"(?!(?: [^ ]++){0,3} (?:mientras|este finde|el finde|esta semana|unos dias|"
       r"hasta que vuelva|cuando me vaya de viaje|que me voy de viaje|mientras estoy))(?= )"),
    _a("give-away", r" (?:regale|regalo|regalando|done|donando|reparti|repartiendo|"
       r"voy a regalar|estoy regalando|regalare|regalado|donado|voy a donar) "
       r"(?:toda |todas |todos |todo |casi todo )?(?:mi|mis) (?:ropa|cosas|guitarra|gata|"
       r"gato|perro|perra|mascota|mascotas|libros|consola|play|bici|bicicleta|juegos|"
       r"pertenencias|coleccion|ahorros|joyas|posesiones|objetos|cuadros|discos|"
       r"vinilos|ps4|ps5|switch|xbox|computadora|ordenador|portatil|pc|camara|cachorro)"
       r"(?! (?:vieja|viejos|viejas|a caritas|a la parroquia|al rastro))"
       r"(?!(?: [^ ]++){0,5} (?:que (?:ya |you )?no (?:uso|me queda|me pongo|usaba)|"
       r"porque (?:ya |you )?no (?:la|lo|las|los) (?:uso|usaba|necesito|toco|juego|leo|"
       r"quiero)|porque me (?:mudo|voy a mudar|compre otr[oa])|por la mudanza|"
       r"antes de mudarme|a una ong|a caridad|a la beneficencia))(?= )"),
    _a("give-pet", r" (?:di|deje|dejo|doy) (?:mi|mis) (?:gata|gato|perro|perra|mascota|"
       r"mascotas|gatos|perros|guitarra|consola|play|coleccion|cachorro|conejo)(?= )",
       before=r" (?:le|les|ya le|you le|hoy le)"),
    _a("not-need", r" necesitar(?: mas| nunca mas)?(?= (?:$|mas|nunca|ya|you|para nada|"
       r"donde|a donde|adonde|asi que|de todas))",
       before=r" (?:ya no|you no|no)(?: (?:lo|la|los|las|me|te))? (?:voy a|van a|va a)"),
    _a("looked-after-when", r" (?:para que (?:la|lo|los|las) cuide|para que (?:la|lo|los|las) "
       r"cuiden|quien le toca|quien hereda|hice testamento|hice mi testamento|"
       r"mi testamento|deje escrito a quien|deje escrito para quien|deje escrito quien|"
       r"por si me pasa algo|por si no vuelvo|por si acaso no estoy)"
       r"(?!(?: [^ ]++){0,3} (?:mientras|este finde|el finde|esta semana|unos dias|"
       r"hasta que vuelva|de viaje|las vacaciones))(?= )"),
    _a("farewell-all", r" (?:perdonenme todos|perdonadme todos|perdon a todos|"
       r"gracias por todo a todos|despido de todos|despedirme de todos|"
       r"despedirme de ustedes|despedirme de mi familia|los quiero a todos perdon|"
       r"perdonenme por todo|perdonadme por todo)(?= )"),
    _a("rope-buy", r" (?:una cuerda|una soga|un cable largo|cuerda gruesa)(?! (?:para tender|"
       r"de tender|para la ropa|para atar|para escalar|de saltar|para saltar|para el perro|"
       r"para la mudanza|para amarrar|para la tienda|de escalada|para el barco|de guitarra|"
       r"para la guitarra|nueva para la|para el tendedero))(?= )",
       before=r" (?:compre|comprar|consegui|conseguir|tengo|he comprado|voy a comprar|"
       r"busque|me compre)"),
    _a("last-letter", r" (?:mi ultima carta|mi ultimo mensaje|mis ultimas palabras|"
       r"mi ultimo adios|mi despedida final|ultima carta que (?:escribo|voy a escribir))"
       r"(?! (?:para (?:ti|vos|usted)|sobre nosotros|sobre (?:el|ella)|a (?:ti|vos)))(?= )"),
    _a("heading-to", r" (?:puente|vias|via del tren|viaducto|acantilado|azotea|tejado|"
       r"ultimo piso)(?= )",
       before=r" (?:voy|me voy|estoy yendo|yendo|de camino|camino|ire|subo|subiendo|"
       r"voy ahora|ya voy|you voy) (?:al|a la|a las|hacia el|hacia la|hacia las|para el|"
       r"pal|a mi|a)",
       also="cond.es.now-alone"),
    _cond("now-alone", r" (?:ahora|ahora mismo|esta noche|solo|sola|por ultima vez|"
          r"para siempre|adios|acabar con|pensar|despedirme|todas las noches|cada noche)(?= )"),
    _a("not-here-tomorrow", r" (?:voy a estar|estare)(?: aqui)? manana(?! (?:en|por|a las|"
       r"para (?:la|el)|temprano|trabajando|ocupad[oa]|de viaje|fuera|con))(?= )",
       before=r" no"),
    _a("soon-not-here", r" (?:pronto no voy a estar|pronto ya no voy a estar|"
       r"pronto you no voy a estar|pronto no estare|pronto dejare de|pronto no voy a ser|"
       r"es mi hora(?= (?:$|adios|gracias|los quiero|perdon|de irme|de partir))|"
       r"ha llegado mi hora|llego mi hora|mi hora ha llegado|"
       r"no voy a molestar mas a nadie|no molestare mas a nadie|"
       r"toca irme de este mundo)(?! (?:aqui en (?:la|el)|en (?:la|el) (?:oficina|"
       r"trabajo|ciudad|pais)|disponible|de vacaciones|hasta))(?= )"),
    _a("my-turn", r" toca(?= (?:$|a mi|gracias|adios|irme|partir|despedirme))",
       before=r" (?:ya|you|hoy|ahora|esta noche)(?: creo que)? me"),
    _a("in-bridge", r" (?:en el puente|en la azotea|en las vias|en el tejado|"
       r"en la cornisa|al borde del|en el borde del|en lo alto del puente|"
       r"en el acantilado|en el viaducto)(?! (?:de camino|tomando|con (?:mis|unos|unas|los|"
       r"las|el|la)|de (?:fiesta|cena)|esperando|en el coche|en (?:un )?atasco|atascad))"
       r"(?= )",
       before=r" (?:estoy|ahora estoy|estoy ahora|ando|me encuentro|sigo|he subido|subi|"
       r"(?:estuve|estaba|me quede|pase una hora|pase horas) (?:sentad[oa]|parad[oa]|"
       r"de pie|sol[oa])|me pare|me sente|"
       r"me subi|ya estoy|you estoy)(?: sentado| sentada| parado| parada| de pie| solo| sola)?"),
    _a("pointless", r" (?:nada tiene sentido|nada vale la pena|no valgo nada|"
       r"no sirvo para nada|soy un desperdicio|soy un error|sin mi ya no|sin mi you no|"
       r"todo seria mejor sin mi)(?! (?:sin (?:ti|el|ella)|si no estas|en el trabajo|"
       r"en la cocina|en el futbol|para (?:el|la) (?:futbol|cocina|deporte|baile|examen|"
       r"dibujo|mates)))(?= )"),
    _a("better-you-without", r" (?:mejor|mas feliz|mas tranquilo|mas tranquila|bien) sin mi"
       r"(?= )",
       before=r" (?:estarias|estaras|vas a estar|estaran|seras|serias|vivirias|estariais)"
       r"(?: mucho| muchisimo| mil veces)?"),
    _a("leave-forever", r" (?:voy|irme|ire|marcharme|marcho) para siempre"
       r"(?= (?:$|y nadie|you|ya|adios|chau|bye|gracias|perdon|los quiero|te quiero))"),
    _a("feel-something", r" (?:para sentir algo|para sentir dolor|para sentir otra cosa|"
       r"para no sentir nada)(?= )",
       before=r" (?:me (?:quemo|queme|corto|corte|golpeo|golpee|pego|pegue|lastimo|lastime|"
       r"arano|arane|pellizco|muerdo|hago)|quemarme|cortarme|golpearme|lastimarme|"
       r"pegarme)(?: [^ ]++){0,4}"),
    # ---- harm to others: threats, violence, revenge, exposing, property damage
    _h("kill-other", r" (?:mato|matare|mataria|voy a matar|asesino|asesinare|voy a asesinar|"
       r"apunalo|apunalare|reviento|reventare|mate|voy a reventar)"
       r"(?!" + _IDIOM + r"|" + _JOKE + r")(?= )",
       negatable=True,
       before=r"(?: (?:juro que|te juro que|lo juro que|te lo juro|como te vea|si te veo|"
       r"si lo veo|si la veo|como lo vea|como la vea|yo|que|y|si|te prometo que|"
       r"ya veras como|ojala pudiera|tambien|un dia|cualquier dia))? (?:lo|la|los|las|te|le|"
       r"les|os)"),
    _h("kill-other-inf", r" (?:matarlo|matarla|matarte|matarlos|matarlas|mataros|"
       r"asesinarlo|asesinarla|asesinarte|apunalarlo|apunalarla|apunalarte|"
       r"ahorcarlo|ahorcarla|ahorcarte|estrangularlo|estrangularla|estrangularte|"
       r"envenenarlo|envenenarla|envenenarte|degollarlo|degollarla|degollarte|"
       r"atropellarlo|atropellarla|atropellarte|pegarle un tiro|pegarte un tiro|"
       r"darle un tiro|meterle un tiro|meterte un tiro|volarle la cabeza|volarte la cabeza|"
       r"quitarle la vida|quitarte la vida|acabar con (?:el|ella|ellos|tu vida|su vida|"
       r"ese tipo|esa tipa|tu novio|tu novia|su novio|su novia))"
       r"(?!" + _IDIOM + r"|" + _JOKE + r")(?= )",
       negatable=True),
    _h("beat", r"(?<! me)(?<! te)(?<! se) (?:reventar|partir|romper|destrozar|rajar|partirle|"
       r"romperle|reventarle|destrozarle|rajarle|partirte|romperte|reventarte|destrozarte|"
       r"rajarte|parto|rompo|reviento|destrozo|partire|rompere|reventare|destrozare|"
       r"partirles|romperles|reventarles)(?: (?:le|les|te))? (?:la cara|las piernas|la boca|"
       r"los dientes|la crisma|el cuello|la nariz|los huesos|la jeta|el hocico|el craneo|"
       r"los morros|las costillas|las rodillas|el alma a golpes)"
       r"(?! (?:por (?:ti|el|ella)|trabajando|estudiando))(?= )", negatable=True),
    _h("beating", r" (?:una paliza|una golpiza|una putiza|una madriza|una tunda|una hostia|"
       r"una ostia|un par de hostias|un par de ostias|una buena paliza|de golpes|de palos|"
       r"de hostias|de ostias|un punetazo|una patada|un navajazo|"
       r"una punalada|un balazo|un tiro|unos golpes|su merecido)(?= )",
       negatable=True,
       before=r" (?:darle|darte|darles|pegarle|pegarte|meterle|meterte|le voy a dar|"
       r"te voy a dar|les voy a dar|le doy|te doy|moler|molerlo|molerla|molerte|matarlo|"
       r"matarla|matarte|cagarlo|cagarla|cagarte|inflarlo|inflarla|inflarte|le dare|"
       r"te dare|voy a darle|voy a darte|ensenarle)(?: (?:a|a ese|a esa|a tu|a su) [^ ]++)?"),
    _h("hurt-other", r" (?:hacerle dano|hacerte dano|hacerles dano|lastimarlo|lastimarla|"
       r"lastimarte|golpearlo|golpearla|golpearte|pegarle|pegarte|herirlo|herirla|herirte|"
       r"atacarlo|atacarla|atacarte|agredirlo|agredirla|agredirte|hacerle pagar|"
       r"hacerte pagar|hacerles pagar|hacerla sufrir|hacerlo sufrir|hacerte sufrir|"
       r"hacerlos sufrir|arruinarle la vida|arruinarte la vida|destrozarle la vida|"
       r"destrozarte la vida|hacerle la vida imposible|hacerte la vida imposible|"
       r"joderle la vida|joderte la vida|amargarle la vida|amargarte la vida|"
       r"meterle miedo|meterte miedo|desfigurarle|desfigurarte|tirarle acido|tirarte acido|"
       r"echarle acido)(?! (?:un (?:rato|poco)|una (?:mano|llamada)))(?= )",
       negatable=True,
       before=r" (?:voy a|quiero|quisiera|ganas de|me dan ganas de|pienso|juro que voy a|"
       r"te juro que voy a|deberia|tengo que|podria|necesito|me encantaria|vamos a|"
       r"van a|mandare a|mando a|como)"),
    _h("you-will-pay", r" (?:vas a arrepentir|vas a arrepentirte|te arrepentiras|arrepentiras|"
       r"vas a pagar (?:por esto|por lo que|caro|muy caro|con creces)|pagaras por esto|"
       r"pagaras caro|lo vas a lamentar|lo lamentaras|no sabes con quien te metiste|"
       r"no sabes con quien te metes|algo malo te va a pasar|cuidate las espaldas|"
       r"cuida tu espalda|duerme con un ojo abierto|tus dias estan contados|"
       r"esto no se queda asi|esto no va a quedar asi|esto no acaba aqui|"
       r"esto no termina aqui|esto no ha terminado|vengare|"
       r"veras lo que te pasa|veras lo que te espera|atente a las consecuencias|"
       r"estas avisada|estas avisado|quedas avisada|quedas avisado)"
       r"(?! (?:bueno|bonito|increible|lindo|de tu vida|por no|de no))(?= )",
       negatable=True),
    _h("something-happens", r" (?:va a pasar algo|van a pasar cosas|puede pasar algo|"
       r"pasara algo)(?! (?:bueno|bonito|increible|lindo|especial|importante|interesante))"
       r"(?= )",
       before=r" (?:te|le|les|os|a ti te|a tu familia le|a tu novio le|a tu novia le)"),
    _h("pay-me-they", r" (?:va a pagar|pagara|van a pagar|pagaran)(?= )",
       before=r" me (?:las|la)"),
    _h("pay-me", r" (?:vas a pagar|pagaras|vais a pagar)(?= )",
       before=r" (?:me las|me la|lo|las|la)"),
    _h("know-where", r" (?:se donde (?:vives|trabajas|estudias|duermes|aparcas|sales)|"
       r"se a que hora (?:sales|sale|llegas|llega|terminas|termina)|conozco tu rutina|"
       r"se tu horario|tengo tu direccion)(?= )", negatable=True),
    _h("wish-die-other", r" (?:te mueras|se muera|se mueran|os murais|te murieras|se muriera|"
       r"te pase algo malo|le pase algo malo|te atropelle|lo atropelle|la atropelle|"
       r"te caiga un rayo|te de cancer|te de un cancer|te pudras|se pudra|te estrelles|"
       r"se estrelle|se estrellen|sufras|sufra|sufran|revientes|reviente|se ahogue|"
       r"te ahogues)(?= )",
       before=r" (?:ojala|ojala que|espero que|deseo que|rezo para que|pido que|"
       r"pido a dios que|solo deseo que)" + _GAP3),
    _h("revenge", r"(?<!mejor)(?<!la mejor) (?:vengarme|vengare|vengar|venganza|desquitarme|"
       r"desquitare|ajustar cuentas|cobrarmela|cobrarmelas|hacer que se arrepienta|"
       r"hacer que te arrepientas)"
       r"(?! (?:es (?:ser feliz|vivir bien|el exito|seguir adelante|olvidar|la indiferencia)|"
       r"sera (?:ser feliz|mi exito)|del destino|de la vida|de los nerds|de los sith))(?= )",
       negatable=True),
    _h("images", r" (?:fotos|foto|videos|video|vids|imagenes|capturas|audios|fotitos) "
       r"(?:intimas|intima|intimos|intimo|desnuda|desnudo|desnudos|desnudas|en bolas|"
       r"en pelotas|privadas|privados|porno|sexuales|hot|calientes|subidas de tono|"
       r"eroticas|eroticos|en ropa interior|sin ropa|de (?:ella|el|ti) desnud[oa]|"
       r"de (?:ella|el|ti) en bolas|teniendo sexo|cogiendo|follando|haciendolo)(?= )",
       negatable=True,
       before=r" (?:subir|subo|subire|publicar|publico|publicare|mandar|mando|mandare|enviar|"
       r"envio|enviare|difundir|difundo|difundire|pasar|paso|pasare|compartir|comparto|"
       r"compartire|ensenar|enseno|ensenare|mostrar|muestro|mostrare|filtrar|filtro|"
       r"filtrare|colgar|cuelgo|colgare|vender|vendo|reenviar|poner|pondre|sacar a la luz|"
       r"amenazar con|amenazarle con|amenazarla con|usar|usare|subirle|mandarle|"
       r"ensenarle|pasarle)(?: [^ ]++){0,4}"),
    _h("pack", r" (?:el pack|sus packs|su pack|tu pack|tus packs|sus nudes|tus nudes|"
       r"sus desnudos|tus desnudos|los nudes|las nudes)(?= )",
       before=r" (?:subir|subo|subire|publicar|publico|publicare|mandar|mando|mandare|enviar|"
       r"envio|enviare|difundir|difundo|pasar|paso|pasare|compartir|comparto|ensenar|"
       r"mostrar|filtrar|filtro|filtrare|colgar|vender|vendo|reenviar|poner|quemar|"
       r"quemarla con|quemarlo con|exponer|voy a pasar|pasarle)(?: [^ ]++){0,4}"),
    _h("revenge-porn", r" (?:porno de venganza|porno vengativo|pornovenganza|"
       r"pornografia de venganza)(?= )"),
    _h("expose", r" (?:exponerla|exponerlo|exponerte|humillarla|humillarlo|humillarte|"
       r"quemarla en redes|quemarlo en redes|quemarte en redes|escracharla|escracharlo|"
       r"escracharte|funarla|funarlo|funarte|arruinarle la reputacion|arruinarte la reputacion|"
       r"hundirle la vida|hundirte la vida|destruirte|destruirla|destruirlo|"
       r"difundir su direccion|publicar su direccion|publicar tu direccion|"
       r"doxearla|doxearlo|doxearte)(?= )",
       negatable=True,
       before=r" (?:voy a|quiero|ganas de|me dan ganas de|pienso|juro que voy a|deberia|"
       r"tengo que|podria|necesito|me encantaria|como)"),
    _h("tell-boss", r" (?:jefe|jefa|empresa|mujer|esposa|marido|esposo|novia nueva|"
       r"nueva novia|novio nuevo|nuevo novio|nueva pareja|recursos humanos|"
       r"supervisor|supervisora|encargado|encargada)(?= )",
       negatable=True,
       before=r" (?:contar|contarle|le voy a contar|voy a contar|le cuento|le contare|"
       r"decirle|le voy a decir|le dire|avisar|avisarle|le voy a avisar|chivarme|"
       r"chivar|mandarle|ensenarle|mostrarle|reenviarle|denunciarte|denunciarla|"
       r"denunciarlo)(?: (?:todo|lo de|lo que|las|los|tus|sus)(?: [^ ]++){0,5})? a (?:tu|su)"),
    _h("get-fired", r" (?:te despidan|la despidan|lo despidan|le despidan|te echen del trabajo|"
       r"la echen del trabajo|lo echen del trabajo|pierdas el trabajo|pierda el trabajo|"
       r"pierdas tu trabajo|pierda su trabajo|te quedes sin trabajo|se quede sin trabajo|"
       r"te quiten la custodia|le quiten la custodia|te deporten|la deporten|lo deporten)"
       r"(?= )", negatable=True,
       before=r" (?:hacer que|voy a hacer que|conseguir que|lograr que|me encargare de que|"
       r"me voy a encargar de que|me asegurare de que|hare que|hare lo posible para que|"
       r"voy a lograr que|voy a conseguir que|me voy a asegurar de que)"),
    _h("hit-clitic", r" (?:pegar|golpear|partir la cara|romper la cara|reventar|"
       r"dar una paliza|dar de golpes|apunalar|hacer dano|lastimar|agredir|cagar a palos|"
       r"cagar a trompadas|sacar la mierda|partir la madre|romper la madre|madrear|"
       r"meter un tiro|pegar un tiro|dar un tiro|meter una bala|disparar|"
       r"meter una punalada|dar una punalada|clavar un cuchillo|clavar una navaja)"
       r"(?! (?:un (?:grito|susto|toque|mensaje|llamado|telefonazo|vistazo)|una llamada|"
       r"fuego a|la gripe|el resfriado|el virus|la mano|el movil|el telefono|un poco de|"
       r"una pegatina|un cartel|una foto|con cola|con pegamento))(?= )",
       negatable=True,
       before=r" (?:le|te|les|lo|la|los) (?:voy a|vamos a|quiero|pienso|juro que voy a|"
       r"tengo ganas de|deberia|podria|voy a ir a|ire a)"),
    _h("send-private", r" (?:conversaciones|mensajes|chats|capturas|audios|fotos|secretos|"
       r"whatsapps|mails|correos|cartas)(?: (?:privad[oa]s|intim[oa]s))?(?= )",
       negatable=True,
       before=r" (?:mandar|mandarle|mandare|mando|ensenar|ensenarle|ensenare|reenviar|"
       r"reenviarle|pasar|pasarle|enviar|enviarle|enviare|mostrar|mostrarle|mostrare|"
       r"publicar|subir|filtrar|filtrarle) a (?:su|tu) (?:novio|novia|pareja|esposa|esposo|"
       r"mujer|marido|familia|madre|padre|jefe|jefa|amigos|nueva|nuevo)(?: [^ ]++)?"
       r"(?: (?:nuestras|nuestros|sus|tus|las|los|todas las|todos los))?"),
    _h("send-private-to", r" (?:novio|novia|pareja|esposa|esposo|mujer|marido|familia|"
       r"madre|padre|jefe|jefa)(?= )",
       negatable=True,
       before=r" (?:mandar|mandarle|mandare|mando|ensenar|ensenarle|ensenare|reenviar|"
       r"reenviarle|pasar|pasarle|enviar|enviarle|enviare|mostrar|mostrarle|mostrare|"
       r"filtrar|filtrarle)(?: (?:nuestras|nuestros|sus|tus|las|los|todas las|todos los))? "
       r"(?:conversaciones|mensajes|chats|capturas|audios|secretos|whatsapps)"
       r"(?: (?:privad[oa]s|intim[oa]s))? a (?:su|tu)"),
    _h("kill-a", r" (?:matar|asesinar|apunalar|golpear|pegarle|reventar|acuchillar|"
       r"disparar|dispararle|pegarle un tiro) (?:al (?:nuevo |actual )?(?:novio|novia|"
       r"tipo|amante|chavo|pibe|idiota|imbecil|cabron)(?: de (?:ella|el|mi ex))?|"
       r"a (?:tu|su|ese|esa|mi ex|el|ella|"
       r"ellos|"
       r"los dos|ambos))(?!" + _IDIOM + r"|" + _JOKE + r")(?= )",
       negatable=True,
       before=r" (?:voy a|vamos a|quiero|pienso|juro que voy a|tengo ganas de|deberia|"
       r"podria|voy a ir a|ire a|te juro que voy a)"),
    _h("publish-secrets", r" (?:tus|sus) (?:secretos|conversaciones|mensajes|chats|"
       r"fotos privadas|intimidades|trapos sucios|direccion|datos|cosas intimas|"
       r"mentiras|infidelidades)(?= )", negatable=True,
       before=r" (?:publicar|subir|difundir|filtrar|exponer|sacar a la luz|ventilar|"
       r"airear|postear|colgar|publicare|subire|difundire|filtrare)(?: todos| todas)?"),
    _h("smash-everything", r" (?:romperte|romperle|destrozarte|destrozarle|romper|destrozar|"
       r"reventar|reventarte|reventarle|quemarte|quemarle) todo(?= )",
       before=r" (?:en|a) (?:tu|su) (?:casa|piso|depa|coche|carro|tienda|trabajo|"
       r"departamento)(?: a)?"),
    _h("property-clitic", r" (?:rayarle|pincharle|rajarle|romperle|destrozarle|quemarle|"
       r"incendiarle|reventarle|prenderle fuego a|le prendo fuego a|le raye|le rayo|"
       r"le rompi|le rompo|le pinche|le pincho|le rajo|le raje|le rajare|le voy a rajar|"
       r"le queme|le quemo|le destroce|le destrozo|"
       r"le reviento|le reviente|le voy a rayar|le voy a romper|le voy a pinchar|"
       r"le voy a quemar|le voy a destrozar|le voy a reventar)(?: (?:todas|todos|toda|todo))?"
       r"(?: (?:el|la|los|las|tu|tus|su|sus))?(?: (?:cuatro|dos|tres))? <PROPERTY>"
       r"(?! (?:sin querer|por accidente|de (?:mi|la|mis)|mia|mias|mio|mios))(?= )",
       negatable=True),
    _h("property", r" (?:rayar|raye|rayare|pinchar|pinche|pinchare|romper|rompi|rompere|"
       r"destrozar|destroce|destrozare|quemar|queme|quemare|incendiar|incendie|prender fuego a|"
       r"reventar|reventare|vandalizar)(?: (?:todas|todos|toda|todo))? (?:tu|tus|su|sus)"
       r"(?: (?:cuatro|dos|tres))? <PROPERTY>"
       r"(?! (?:sin querer|por accidente))(?= )",
       negatable=True),
    _h("burn-house", r" (?:fuego a (?:tu|su) (?:casa|coche|carro|piso|depa|puerta|ropa|cosas)|"
       r"quemar tu casa|quemar su casa|quemarte la casa|quemarle la casa|"
       r"despues tu casa|despues su casa|y tu casa|y su casa|incendiar tu casa|"
       r"incendiar su casa)(?= )",
       also="cond.es.burn"),
    _cond("burn", r" (?:quemar|quemare|quemo|fuego|incendiar|prender|prenderle|queme)(?= )"),
    _h("acid", r" (?:acido en (?:la|su|tu) cara|veneno en (?:su|tu) (?:comida|bebida|cafe|"
       r"copa)|echarle algo en la bebida|drogarla|drogarlo|drogarte)(?= )", negatable=True),
    _h("threaten", r" (?:amenazarla|amenazarlo|amenazarte|amenazarles|"
       r"mandarle amenazas|mandarte amenazas|escribirle amenazas|una amenaza de muerte|"
       r"amenazas de muerte|asustarla|asustarlo|intimidarla|intimidarlo|intimidarte)(?= )",
       negatable=True,
       before=r" (?:voy a|quiero|ganas de|me dan ganas de|pienso|juro que voy a|deberia|"
       r"tengo que|podria|necesito|me encantaria|ayudame a|como|vamos a|mandar|mandarle|"
       r"escribir|escribirle)"),
    _h("deserve", r" (?:merece|mereces|merecen|mereceis) (?:morir|morirse|sufrir|que le pase|"
       r"que te pase|que lo maten|que la maten|que le peguen|que te peguen|una paliza|"
       r"un tiro|pudrirse|pudrirte|estar muerto|estar muerta|que se muera|que te mueras|"
       r"el infierno|arder)(?= )", negatable=True),
    _h("kys-es", r" (?:matate|suicidate|ahorcate|tirate de un puente|pegate un tiro|"
       r"vete a morir|ojala te suicides|deberias matarte|deberias suicidarte|"
       r"deberias morirte)(?!" + _IDIOM + r"|" + _JOKE + r")(?= )"),
    # ---- harassment: getting round a block, proxies, turning up, tracking
    _cond("blocked", r" <BLOCKED>(?= )"),
    _s("other-account", r" <ACC>"
       r"(?: (?:nuevo|nueva|distinto|distinta|diferente|secundario|secundaria|falso|falsa|"
       r"fake|prestado|prestada))?(?= )",
       also="cond.es.blocked",
       before=r" (?:desde|con|por|usando|mediante|a traves de|compre|comprar|me compre|"
       r"hacerme|me hice|crear|cree|abrir|abri|conseguir|consegui|pedir prestado|"
       r"sacar|saque|me saque) (?:otro|otra|nuevo|nueva|un|una|segundo|segunda)"),
    _s("account-of", r" (?:cuenta|perfil|numero|telefono|celular|movil|insta|whatsapp|face|"
       r"facebook|tiktok|snap|correo) (?:de|del) (?:mi|mis|un|una|su|sus|otra|otro) <FAM>"
       r"(?= )", also="cond.es.blocked"),
    _s("fake-account", r" (?:cuenta|cuentas|perfil|perfiles|numero|usuario|insta|correo|face|"
       r"tiktok|snap) (?:falsa|falso|falsas|falsos|fake|trucha|truchos|anonima|anonimo|"
       r"secreta|secreto|alternativa|alternativo|con otro nombre|con otra foto|"
       r"con un nombre falso|con nombre falso|con otro usuario|de mentira|inventada|"
       r"inventado)(?= )", negatable=True),
    _s("hidden-number", r" (?:numero oculto|numero privado|con numero oculto|"
       r"desde un numero oculto|sin que sepa que soy yo|sin que sepa que soy|"
       r"sin que se entere que soy yo|sin que sepa quien soy|sin que me reconozca|"
       r"sin que se de cuenta que soy yo|para que no sepa que soy yo|"
       r"para que no me reconozca|haciendome pasar por otr[ao]|hacerme pasar por otr[ao])"
       r"(?= )", negatable=True),
    _s("chip-to", r" (?:otro|otra|nuevo|nueva|segundo) (?:chip|numero|linea|telefono|movil|"
       r"celular|sim|tarjeta sim)(?: [^ ]++){0,4} (?:para (?:poder )?(?:mandarle|escribirle|"
       r"hablarle|llamarle|llamarla|llamarlo|contactarla|contactarlo|contactarle|"
       r"volver a escribirle|que me conteste|que me coja|que me atienda|que no sepa)|"
       r"solo para (?:poder )?(?:mandarle|escribirle|hablarle|llamarle|llamarla|llamarlo|"
       r"contactarla|contactarlo|contactarle|ella|el))(?= )"),
    _s("fake-to-see", r" (?:hice|hacer|cree|crear|abri|abrir|hacerme|voy a hacer|"
       r"voy a crear|voy a abrir|usar|uso) (?:una|un|otra|otro) (?:cuenta|perfil|insta|"
       r"usuario)(?: [^ ]++){0,4} (?:para (?:ver|espiar|seguir|mirar|stalkear|hablarle|"
       r"escribirle|que me acepte|que me siga|que no sepa|que me agregue)|"
       r"con otro nombre)(?= )", negatable=True),
    _s("proxy", r" (?:pase|pasen|diga|digan|entregue|lleve|mande|manden|muestre|ensene|lea|"
       r"convenza|pida|escriba|conteste|responda|hable|llame|desbloquee|coja|atienda|espie|"
       r"cuente (?:todo )?(?:lo que hace|donde esta|con quien esta|con quien sale)|"
       r"diga donde (?:esta|vive|trabaja))(?= )",
       before=r" a (?:su|sus|tu|tus) (?:<FAM>|conocido|conocida|amistades|jefe|jefa|novio|"
       r"novia|companera de piso|compi de piso)(?: [^ ]++){0,3} (?:para )?que"
       r"(?: (?:le|la|lo|me))?"),
    _s("proxy-blocked", r" (?:pase|pasen|diga|digan|entregue|lleve|mande|manden|muestre|"
       r"ensene|escriba)(?= )", also="cond.es.blocked",
       before=r" a (?:mi|mis|una|un) (?:<FAM>|conocido|conocida)(?: [^ ]++){0,3}"
       r" (?:para )?que le"),
    _s("turn-up", r" (?:presentarme|presento|presentare|aparecer|aparecerme|aparezco|"
       r"aparecere|caerle|caigo|ir|voy|ire|pasarme|paso|quedarme|quedo|quedar|plantarme|planto|"
       r"plantare|esperar|espero|esperarla|esperarlo|vigilar|vigilarla|vigilarlo|rondar|"
       r"merodear|pararme|paro|parare|apostarme|esconderme) (?:en|a|por|delante de|frente a|"
       r"fuera de|afuera de|enfrente de|"
       r"a la puerta de|a la salida de|en la puerta de|en la salida de|cerca de|al lado de|"
       r"debajo de|por la zona de) (?:su|tu) <PLACE>"
       r"(?! (?:a (?:buscar|recoger|devolver|llevar|dejar|por) (?:mis|las|los|mi|sus|tus)|"
       r"cuando (?:me|nos) (?:invite|invito|invitaron|diga|dijo)|con (?:ella|el|su permiso)|"
       r"juntos))(?= )",
       negatable=True, also="cond.es.unwelcome"),
    _cond("unwelcome", r" (?:<BLOCKED>|aunque (?:me|no)|sin avisar|sin que sepa|"
          r"sin que se entere|de sorpresa|por sorpresa|aunque no quiera|ignora|"
          r"no me contesta|no me responde|no me coge|no me atiende|no quiere verme|"
          r"no quiere hablar|quiera o no|le guste o no|hasta que me|"
          r"hasta que salga|todos los dias|cada dia|cada noche|toda la noche|escondido|"
          r"escondida|para que me vea|para hablar con (?:ella|el)|que no la buscara|"
          r"que no lo buscara|plantarme|planto)(?= )"),
    _s("plant-home", r" (?:planto|plantare|plantarme|presento sin avisar|presentarme sin avisar|"
       r"aparecer sin avisar|aparecerme sin avisar|caerle de sorpresa|apostarme|aposto|"
       r"acampar) (?:en|delante de|frente a|fuera de|afuera de|a la puerta de|"
       r"enfrente de) (?:su|tu) <PLACE>(?= )", negatable=True),
    _s("wait-exit", r" (?:esperarla|esperarlo|esperarte|espero|esperare|voy a esperarla|"
       r"voy a esperarlo|interceptarla|interceptarlo|abordarla|abordarlo|emboscarla|"
       r"emboscarlo|pillarla|pillarlo|seguirla|seguirlo|sigo) "
       r"(?:a la salida|en la salida|a la entrada|en la puerta|fuera de su|afuera de su|"
       r"en el portal|en la esquina|abajo de su casa|debajo de su casa|frente a su|"
       r"delante de su|hasta su casa|hasta su trabajo|a escondidas|sin que me vea|"
       r"cuando salga)(?= )", negatable=True,
       before=r"(?: (?:voy a|quiero|pienso|ire a|tengo que|manana|hoy|la|lo|te|you|ya))?"),
    _s("tracker", r" (?:airtag|airtags|air tag|localizador|rastreador|gps en (?:su|el) "
       r"(?:coche|carro|auto|moto|bolso|mochila)|app espia|aplicacion espia|"
       r"programa espia|spyware|life360|mspy|keylogger|camara oculta)(?= )", negatable=True),
    _s("location", r" (?:su ubicacion|la ubicacion de (?:ella|el|mi ex)|su localizacion|"
       r"su gps|sus movimientos|donde esta en todo momento|donde anda en todo momento)(?= )",
       negatable=True,
       before=r" (?:ver|veo|miro|saber|rastrear|seguir|localizar|mirar|conocer|sacar|tener|activar|"
       r"compartir|espiar|controlar|vigilar|averiguar|descubrir|saber siempre|"
       r"ver siempre|monitorear|monitorizar|trackear|acceder a)"),
    _s("snoop", r" (?:su|sus) (?:whatsapp|whatsapps|mensajes|chats|conversaciones|correo|mail|"
       r"cuenta|cuentas|icloud|movil|celular|telefono|contrasena|clave|instagram|insta|"
       r"dms|md)(?= )", negatable=True,
       before=r" (?:leer|revisar|entrar en|entrar a|hackear|hackearle|meterme en|acceder a|"
       r"espiar|espiarle|leerle|revisarle|clonar|clonarle|adivinar|averiguar|sacar|robar|"
       r"robarle|meti a|meti en|meto en|meto a|meterme a|entre a|entre en|entro a|entro en|"
       r"accedi a|accedo a|hackee|revise|lei|revisando|leyendo|espiando)"),
    _s("their-password", r" (?:con|usando|sabiendo|tengo|adivine|averigue|saque) su "
       r"(?:contrasena|clave|password|pin|codigo|patron)(?= )", negatable=True),
    _s("alt-account-watch", r" (?:cuenta|perfil|usuario|insta|instagram)"
       r"(?: (?:falsa|falso|nueva|nuevo|secundaria|secundario))?(?= )",
       before=r" (?:sigo|seguirla|seguirlo|espiarla|espiarlo|stalkearla|stalkearlo|verla|"
       r"verlo|mirarla|vigilarla|vigilarlo|veo|espio|stalkeo|vigilo|miro)(?: [^ ]++){0,3} "
       r"(?:con|desde) (?:otra|otro)"),
    _s("despite-order", r" orden de alejamiento(?= )",
       before=r" (?:aunque|a pesar de que|pese a que|aun con|pese a|a pesar de|saltandome|"
       r"ignorando|incumpliendo)(?: (?:tiene|tenga|hay|haya|me pusieron|me puso|existe|"
       r"tengo))?(?: una| la)?"),
    _h("defame", r" (?:todo el mundo|todos|toda su familia|su familia|sus amigos|sus amigas|"
       r"sus padres|sus companeros|su madre|su nueva novia|su nuevo novio|internet)(?= )",
       negatable=True, also="cond.es.accusation",
       before=r" (?:decir|contar|decirle|contarle|decirles|contarles|gritar|publicar|avisar|"
       r"dire|contare|digo|cuento) a"),
    _cond("accusation", r" (?:cuernos|engano|enganaba|infiel|mentiros[oa]|puta|cabron|"
          r"maltratador[a]?|loca|loco|drogadict[oa]|borrach[oa]|herpes|its|sida|aborto|"
          r"abuso|ladron|ladrona|estafador[a]?|violador|acosador[a]?|pedofilo|psicopata|"
          r"zorra|golfa)(?= )"),
    _s("without-knowing", r" sin que (?:se entere|lo sepa|la|lo|sepa|se de cuenta|"
       r"me descubra)(?= )",
       before=r" (?:ver|saber|rastrear|seguir|localizar|mirar|leer|revisar|espiar|"
       r"vigilar|controlar|entrar en|entrar a|meterme en) (?:su|sus|donde|a donde|con quien|"
       r"que)(?: [^ ]++){0,3}"),
    _s("track-phone", r" (?:su|sus) (?:celular|movil|telefono|coche|carro|auto|whatsapp|"
       r"cuenta|iphone|android)(?= )", negatable=True,
       before=r" (?:rastrear|rastreo|rastreare|localizar|geolocalizar|trackear|pinchar|"
       r"intervenir|clonar|clonarle|hackear|hackearle|pincharle|espiar|espiarle|meterle algo a|"
       r"instalarle algo en|instalar una app en|ponerle un gps a|ponerle una app a|"
       r"(?:instale|instalar|instalo|puse|meti|instalarle|ponerle|le puse|le instale) "
       r"(?:una|un) (?:app|aplicacion|programa|localizador|gps|rastreador|spyware) en)"),
    _s("where-she-is", r" donde (?:vive ahora|vive|trabaja ahora|trabaja|se mudo|"
       r"esta viviendo|esta trabajando|duerme|pasa las noches)(?= )",
       before=r" (?:averiguar|descubrir|sacar|saber|investigar|enterarme de|rastrear)"
       r"(?: [^ ]++){0,2}",
       also="cond.es.blocked"),
    _s("spam-until", r" hasta que (?:me )?(?:conteste|responda|hable|coja|atienda|desbloquee|"
       r"vuelva|ceda|haga caso|abra)(?= )",
       negatable=True,
       before=r" (?:escribirle|escribiendole|llamarle|llamarla|llamarlo|llamandola|"
       r"llamandolo|mandarle mensajes|mandandole mensajes|insistir|insistiendo|"
       r"tocar el timbre|tocando el timbre|seguire|no parar|no voy a parar|voy a seguir|"
       r"escribiendo|llamando)(?: [^ ]++){0,4}"),
    _s("spam-many", r" (?:llamarla|llamarlo|llamarle|escribirle|mandarle mensajes|llame|"
       r"escribi|le escribi|la llame|lo llame|le mande) (?:[0-9]+|cien|cincuenta|veinte|"
       r"treinta|mil|muchas|un monton de) (?:veces|mensajes|llamadas)(?= )", negatable=True),
    _s("blocked-contact", r" (?:escribirle|escribo|escribire|contactarla|"
       r"contactarlo|contactarle|hablarle|hablo|llamarla|llamarlo|llamarle|llamo|"
       r"mandarle|mando|localizarla|localizarlo|llegar a ella|llegar a el|contacto|"
       r"localizo|encuentro|busco|veo|"
       r"comunicarme con (?:ella|el)|ponerme en contacto|escribir|llamar|contactar|buscar|"
       r"buscarla|buscarlo|mandar mensaje|mandarle mensajes|ver|verla|verlo)(?= )",
       also="cond.es.blocked",
       before=r" (?:como|como puedo|forma de|manera de|alguna forma de|"
       r"alguna manera de|ayudame a|quiero|necesito|(?:le |la |lo )?voy a|"
       r"(?:le |la |lo )?vuelvo a|tengo que|igual|aun asi|"
       r"de todas formas|de todos modos|aunque sea|otra forma de|otra manera de)"
       r"(?: (?:le|la|lo|puedo))?"),
    _s("bypass-block", r" (?:saltarme el bloqueo|saltar el bloqueo|evitar el bloqueo|"
       r"burlar el bloqueo|sortear el bloqueo|esquivar el bloqueo|pasar el bloqueo|"
       r"saltarme la orden|romper la orden de alejamiento|incumplir la orden|"
       r"ignorar la orden|aunque tenga orden de alejamiento|pesar de la orden)(?= )",
       negatable=True),
    # ---- second pass (train2 families): passive wishes, plans, means, farewells, burden
    _c("dont-care-if-die", r" si (?:no despierto|no me despierto|me muero|muero|no despertara|"
       r"no vuelvo a despertar|me atropella un|me atropellan|me pasa algo|ya no despierto)"
       r"(?!" + _IDIOM + r")(?= )",
       before=r" (?:me da igual|me daria igual|me da lo mismo|no me importa|no me importaria|"
       r"me importa poco|me vale|me valdria)"),
    _a("not-have-to-wake", r" (?:no tenga que|no tener que|no tuviera que|no tuviese que|"
       r"no necesitar) (?:despertar|despertarme|seguir viviendo|vivir|existir|seguir aqui|"
       r"estar aqui|levantarme nunca mas)(?! (?:con (?:el|ella)|cerca|sin|temprano|a las|"
       r"pronto|tan|en|para ir|antes))(?= )"),
    _a("something-happen-me", r" (?:pase algo|pasara algo|pasase algo|atropelle algo|"
       r"caiga algo encima|de algo|diera algo)(?! (?:bueno|bonito|lindo|con (?:el|ella)))"
       r"(?= )",
       before=r" (?:ojala|ojala que|quisiera que|a veces quiero que|deseo que|desearia que|"
       r"rezo para que|pido que)(?: ya| you)? me"),
    _a("want-not-be", r" no estar(?= (?:$|simplemente|mas|nunca mas|ya|you|en este mundo|asi|"
       r"en ningun lado|nunca|en ninguna parte))",
       before=r" <WANTDIE>(?: (?:ya|you|solo|simplemente))?"),
    _a("all-over", r" que (?:(?:todo|todo esto|mi vida) (?:se acabe|se termine|termine|acabe|"
       r"pare|se pare)|se (?:acabe|termine) todo)(?= (?:$|ya|you|de una vez|para siempre))"),
    _a("do-it-when", r" (?:lo hago|lo hare|lo voy a hacer|voy a hacerlo|hacerlo)(?= )",
       also="cond.es.when-alone"),
    _cond("when-alone", r" (?:cuando no haya nadie|cuando no hay nadie|cuando este sol[oa]|"
          r"cuando me quede sol[oa]|cuando (?:todos|todo el mundo|los demas|mi [^ ]++|"
          r"mis [^ ]++) (?:se duerma|se duerman|salga|salgan|se vaya|se vayan|viaje|viajen|"
          r"no este|no esten)|que (?:mi|mis) [^ ]++ se (?:va|van)|tengo decidido|"
          r"decidi|esta decidido|se como y cuando|se cuando y como)(?= )"),
    _a("chose-day", r" (?:elegi|escogi|fije|decidi|puse|tengo) (?:el dia|la fecha)"
       r"(?= (?:$|el " + _WEEKDAY + r" $|es el " + _WEEKDAY + r"|para hacerlo|de hacerlo))",
       before=r" (?:ya|you)"),
    _a("all-ready", r" (?:todo planeado|todo listo|todo preparado|todo organizado|"
       r"todo pensado|todo decidido)(?= (?:$|para el " + _WEEKDAY + r" $|"
       r"para este " + _WEEKDAY + r" $|para esta noche|para hoy $|para manana $))",
       before=r" (?:ya tengo|ya esta|you tengo|you esta)"),
    _a("look-down", r" (?:ver|mirar|mirando|mire|miro|viendo|vi|veo|asomarme|asome|"
       r"asomo|asomandome) (?:abajo|hacia abajo|para abajo|pa abajo|el vacio|la caida|"
       r"lo alto que)(?= )", also="cond.es.high"),
    _cond("high", r" (?:azotea|tejado|puente|balcon|terraza|cornisa|ultimo piso|viaducto|"
          r"acantilado|barandilla|barandal|ventana|precipicio)(?= )"),
    _a("blade-in-hand", r" (?:cuchillo|cuchilla|navaja|cutter|cuter|tijeras|pistola)"
       r"(?: [^ ]++)? (?:en la mano|en mi mano|en las manos|en mis manos)"
       r"(?!(?: [^ ]++){0,3} (?:cortando|cocinando|pelando|picando|para cortar|para la|"
       r"para el))(?= )",
       before=r" (?:tengo|ya tengo|you tengo|estoy con|con|agarro|agarre|sostengo)"
       r"(?: el| la| un| una| mi)?"),
    _a("traffic", r" (?:cruzar|atravesar|meterme en|meterme a|caminar por|caminar hacia|"
       r"salir a|cruce|cruzo) (?:la|el|las|una) (?:autopista|carretera|vias|trafico|avenida|"
       r"calle) (?:sin mirar|con los ojos cerrados|cuando pase (?:un|el) (?:camion|tren|"
       r"coche)|delante de (?:un|los) (?:camion|camiones|coches|tren))(?= )",
       before=r" (?:pienso en|pensando en|pense en|ganas de|quiero|voy a|me dan ganas de|"
       r"la idea de|tentad[oa] de|me gustaria|a veces quiero)"),
    _c("crash-car", r" (?:estrellar|estrellarme|estampar|estamparme|chocar|empotrar|"
       r"empotrarme)(?: (?:el|mi) (?:coche|carro|auto|moto|camioneta))? contra (?:un|una|el|"
       r"la) (?:muro|pared|arbol|poste|camion|tren|barrera|puente|columna)(?= )",
       before=r" (?:pienso en|pensando en|pense en|ganas de|quiero|voy a|me dan ganas de|"
       r"la idea de|tentad[oa] de|me gustaria|podria)"),
    _a("will-use-it", r" (?:la|lo|las|los) (?:voy a usar|usare|voy a utilizar|voy a tomar|"
       r"me voy a tomar)(?= (?:$|hoy|esta noche|ya|you|pronto))", also="cond.es.means"),
    _cond("means", r" (?:cuchilla|cuchillas|navaja|pistola|arma|cuerda|soga|pastillas|"
          r"veneno|cuchillo|somniferos)(?= )"),
    _a("when-you-read", r" (?:cuando|para cuando) (?:leas|lean|leais|veas|vean|recibas|"
       r"reciban|encuentres|encuentren) (?:esto|este mensaje|esta carta|esta nota)(?= )",
       also="cond.es.gone-read"),
    _cond("gone-read", r" (?:no voy a estar|no estare|habre ido|habre muerto|"
          r"estare muert[oa]|adios|perdon|para siempre|los quiero)(?= )"),
    _c("wont-be-alive", r" no (?:voy a estar|estare|voy a seguir|sigo) (?:viva|vivo|con vida)"
       r"(?= )"),
    _a("wont-be-here", r" no (?:voy a estar|estare)(?: aqui)?(?= (?:$|(?:por )?mucho tiempo $|"
       r"para (?:decirtelo|decirte|decirlo|contarlo|contartelo|verlo|verte|verla)))",
       before=r" (?:ya|you|yo|pronto|yo ya|yo you)"),
    _a("real-farewell", r" despedida (?:de verdad|definitiva|final|para siempre|real)(?= )"),
    _a("edge-past", r" (?:en el borde|al borde|en la cornisa|en la barandilla) "
       r"(?:del|de la) (?:puente|azotea|edificio|balcon|tejado|viaducto|acantilado|ventana)"
       r"(?= )",
       before=r" (?:estuve|estaba|me quede|pase una hora|pase horas|me sente|me pare)"
       r"(?: sentad[oa]| parad[oa]| de pie| sol[oa])?"),
    _a("nobody-hear", r" (?:nadie|que nadie|nunca nadie) (?:sepa|sabra|va a saber|vuelva a saber|"
       r"oiga hablar|sepa nada) (?:mas|nada|nada mas|nunca mas) de mi(?! (?:en|este|esta|hoy|"
       r"manana|por un|por unos|durante|hasta))(?= )"),
    _a("never-hear", r" (?:vas a saber|sabras|van a saber|sabran|vas a oir|oiras) "
       r"(?:nunca mas|nada mas|jamas|mas) de mi(?= )", also="cond.es.real-goodbye"),
    _cond("real-goodbye", r" (?:no es porque|de verdad|para siempre|perdon por todo|"
          r"despedida|adios para siempre|lo siento por todo)(?= )"),
    _a("left-letters", r" (?:deje|dejo|dejado|dejare|voy a dejar) (?:unas |las |mis |una |"
       r"la )?(?:cartas|notas) (?:a|para) (?:mi|mis|cada|todos|toda) (?!ex )"),
    _a("not-their-fault", r" (?:no fue|no es|nada fue|nada es|nada de esto es|"
       r"nada de esto fue) (?:su|tu|vuestra) culpa(?= )",
       before=r" (?:dile|diles|decile|decirle|decirles|digale|diganle|digan) a (?:mi|mis) "
       r"<FAM> que"),
    _a("my-decision-peace", r" (?:nada es|no es|no fue|nada fue) su culpa(?= )",
       also="cond.es.at-peace"),
    _cond("at-peace", r" (?:es mi decision|estoy en paz|voy en paz|fue mi decision)(?= )"),
    _a("who-gets", r" quien se (?:queda|quedara|va a quedar) con (?:cada cosa|"
       r"cada una de mis cosas|todas mis cosas|mis cosas cuando|lo mio)(?= )"),
    _a("passwords", r" (?:contrasenas|claves|passwords|cuentas)(?: [^ ]++){0,6} "
       r"(?:en un sobre|para (?:mi|mis) <FAM>|por si (?:me pasa|no estoy))(?= )",
       before=r" (?:deje|dejo|he dejado|anote|apunte|escribi|le di|le deje)"
       r"(?: (?:mis|las|todas las|todas mis))?"),
    _a("life-insurance", r" (?:seguro de vida|testamento)(?= )",
       before=r" (?:cambie|he cambiado|hice|he hecho|actualice|modifique|arregle|revise|"
       r"deje listo|puse al dia)(?: (?:el|mi|un))?"),
    _a("if-not-there-easier", r" (?:mas facil|mejor|mas felices|mas feliz|mas tranquil[oa]s?|"
       r"en paz|mas sencillo|mas ligera|mas ligero)(?= )",
       before=r" si (?:yo )?(?:no|ya no|you no) (?:estuviera|existiera|estuviese|existiese|"
       r"hubiera nacido)(?: (?!(?:en|con|de) )[^ ]++){0,4}"),
    _a("favor-if-gone", r" (?:favor|alivio)(?: [^ ]++){0,3} si (?:yo )?(?:desaparezco|"
       r"desapareciera|me muero|me muriera|me mato|me matara|me voy para siempre|no estoy|"
       r"no estuviera|ya no estoy|dejo de existir)(?! (?:de (?:su|tu) vida|un tiempo))(?= )"),
    _a("nobody-notice-absent", r" (?:notaria|notarian|notara|daria cuenta|darian cuenta|"
       r"va a notar|iba a notar) (?:que|si) (?:falto|faltara|faltase|no estoy|ya no estoy|"
       r"no estuviera|desaparezco|desapareciera|me fui|me voy)"
       r"(?! (?:a (?:clase|la|el)|al|en (?:el|la)|de (?:la|el)))(?= )",
       before=r" nadie(?: se| lo)?"),
    _a("ruin-everyone", r" (?:arruino|jodo|complico|destrozo|estropeo|amargo|arruine) la vida "
       r"(?:a|de) (?:los demas|todos|todo el mundo|la gente|quien|quienes|mi familia|"
       r"todos los que)(?= )"),
    _a("nothing-changes", r" nada (?:va a|vaya a|nunca va a|va nunca a) (?:cambiar|mejorar)"
       r"(?= )", also="cond.es.tired"),
    _cond("tired", r" (?:canse|estoy cansad[oa] de todo|rindo|"
          r"estoy hart[oa] de todo|no puedo mas(?! con)|no aguanto mas(?! con))(?= )"),
    _a("no-future-me", r" (?:futuro|salida|esperanza) para mi(?= )",
       before=r" (?:no veo|no hay|no tengo|no existe|sin|no le veo)(?: ningun| ninguna| un| "
       r"una| otro)?"),
    _a("no-future", r" ningun futuro(?= (?:$|ya|you|para mi|en (?:mi|la) vida))"),
    _a("wont-survive", r" no voy a (?:aguantar|sobrevivir|durar|llegar a)(?: (?:esta|este|"
       r"otra|otro|la|el))? (?:semana|noche|mes|dia|finde|fin de semana|navidad|ano)"
       r"(?= (?:$|lo se|ya|you|viv[oa]|mas|asi|no creo|sin hacer))"),
    _c("burn-lighter", r" (?:quemo|queme|quemaba|corto|corte|cortaba|marco|marque) con "
       r"(?:el|un|una|la|mi) (?:encendedor|mechero|cigarro|cigarrillo|cuchilla|navaja|tijeras|"
       r"cutter|cuter|vela|sacapuntas|cuchillo)"
       r"(?!(?: [^ ]++){0,2} (?:sin querer|prendiendo|encendiendo|cocinando|pelando|picando|"
       r"cortando|partiendo|abriendo|afeitandome|que torpe|al (?:prender|"
       r"encender|cocinar)))(?= )",
       before=r" me(?: (?:vuelvo a|volvi a|sigo|he vuelto a))?"),
    _c("body-full-cuts", r" (?:llenos|llenas|lleno|llena|cubiertos|cubiertas|cubierto|"
       r"cubierta) de (?:cortes|quemaduras|heridas)(?= )",
       before=r" (?:los brazos|las piernas|las munecas|el brazo|la pierna|los muslos|la piel|"
       r"mis brazos|mis piernas|mis munecas)(?: (?:ya|you|otra vez))?"),
    _a("go-with-grandma", r" (?:ir|irme|reunirme|estar|encontrarme|ver|volver a ver) (?:con|a) "
       r"(?:mi|mis) (?:abuela|abuelo|abuelos|abue|abuelita|abuelito)(?= (?:$|ustedes|"
       r"me entienden|ya saben|al cielo|otra vez $|de nuevo $|para siempre|you|ya))",
       before=r" (?:quiero|me quiero|ya me quiero|you me quiero|quisiera|ganas de|me voy a|"
       r"solo quiero|deseo)"),
    _a("foolish-no-return", r" (?:una tonteria|una locura|una estupidez|una burrada|algo malo|"
       r"algo grave)(?: [^ ]++){0,3} (?:y no (?:vuelvo|volvere|regreso|voy a volver)|"
       r"de la que no (?:hay|se) vuelve|sin vuelta atras)(?= )",
       before=r" (?:hacer|hare|cometer|voy a hacer|haga)"),
    _c("quit-life", r" (?:darme de baja|bajarme|desconectarme|salirme|retirarme|borrarme|"
       r"desuscribirme|desengancharme) (?:de la vida|de esta vida|del mundo|de la existencia|"
       r"de este mundo)(?= )"),
    _a("disconnect-forever", r" (?:desconectarme|desconectar|borrarme|borrar|apagarme) "
       r"(?:de todo|del mapa)(?: (?!un |unos |este |esta |unas )[^ ]++){0,3} "
       r"(?:para siempre|de verdad|en serio|definitivamente)"
       r"(?! (?:de (?:las redes|insta|instagram|tiktok|whatsapp)))(?= )"),
    _a("arranged-all", r" (?:arregle todo|deje todo arreglado|deje todo en orden|"
       r"tengo todo arreglado|esta todo arreglado|deje todo listo|organice todo|resolvi todo)"
       r"(?! (?:con|para|de|en|lo de))(?= )", also="cond.es.after-me"),
    _cond("after-me", r" (?:(?:mi|mis) (?:perro|perra|gato|gata|conejo|mascota|mascotas|"
          r"perros|gatos) (?:esta|estan|se queda|se quedan|queda|quedan) con|cuidate|"
          r"cuidense|adios|perdon|para siempre|los quiero|cuida a|cuiden a)(?= )"),
    _a("farewell-tonight", r" (?:despidiendo|despedi) de (?:todos|todo el mundo|mi familia|"
       r"ustedes|mis padres|mis papas|mis amigos|mis hijos|mi madre|mi mama)"
       r"(?= (?:$|esta noche|hoy|para siempre|por ultima vez|ya|you))"),
    _a("hide-to-die", r" (?:hotel|motel|habitacion|airbnb|hostal)(?: [^ ]++){0,3} "
       r"(?:para que no me encuentren|donde nadie me encuentre|para que nadie me encuentre|"
       r"donde no me encuentren)(?= )"),
    # ---- third pass: thinking of death
    _a("think-death", r" (?:pienso|pensando|pense|pienso mucho|pienso todo el tiempo) en "
       r"(?:la muerte|mi muerte|morir|morirme|suicidarme|matarme|el suicidio)"
       r"(?!" + _IDIOM + r")(?= )"),
    # ---- fourth pass (train3 families): implicit plans, means, farewells, burden, slang
    _c("close-to-kill", r" (?:nada|un paso|un pelo|punto|nada mas) de (?:matarme|suicidarme|"
       r"quitarme la vida|tirarme|colgarme|ahorcarme|acabar con todo|acabar con mi vida|"
       r"hacerlo)(?= )", before=r" (?:estoy a|estuve a|a)"),
    _c("not-go-on-alive", r" seguir (?:viva|vivo|con vida|existiendo|respirando)"
       r"(?! (?:sin (?:ti|el|ella|vos)|asi (?:contigo|sin|con)|con (?:el|ella|vos|mi ex)|"
       r"en (?:esta|este|esa|ese) (?:casa|ciudad|relacion|pais|piso|trabajo)))(?= )",
       before=r" (?:no quiero|ya no quiero|no quiero ya|no tengo ganas de|ya no puedo|"
       r"no puedo|no me apetece|no se si quiero)"),
    _c("if-die-dont-care", r" si (?:me muriera|me muero|muriera|muero|me mato|me matara|"
       r"no despertara|no despierto|no amanezco|me pasara algo|me pasa algo)(?! de | por | del )"
       r"(?: [^ ]++){0,4} (?:me daria igual|me da igual|daria igual|da igual|me da lo mismo|"
       r"me daria lo mismo|no me importaria|no me importa|tanto da|me valdria)(?= )"),
    _c("never-open-eyes", r" abrir (?:mas |nunca mas )?los ojos(?: (?:nunca|jamas|nunca mas|"
       r"para siempre|mas))?(?= (?:$|nunca|jamas|para siempre|mas))",
       before=r" (?:no|no volver a|ya no|you no|y no|y ya no|y you no|sin)"),
    _c("switch-off", r" (?:apagarme|desconectarme|desenchufarme)(?: (?:y ya|para siempre|"
       r"de una vez|del todo|y no volver|y no (?:prenderme|encenderme)|como una [^ ]++|"
       r"como un [^ ]++))?(?! (?:un rato|unas horas|un dia|unos dias|el finde|del movil|"
       r"de las redes|de (?:el|ella)))(?= )",
       before=r" (?:quiero|quisiera|me gustaria|me encantaria|ojala pudiera|solo quiero|"
       r"ganas de)(?: (?:simplemente|solo|ya|de una vez))?"),
    _c("no-dawn", r" (?:(?:amanezca|vuelva a amanecer)(?: para mi| nunca mas| nunca|$)|"
       r"(?:ver otro amanecer|ver el dia de manana|ver otro dia|llegar a manana|"
       r"llegue a manana)(?: para mi)?)(?= |$)",
       before=r" (?:que no|no|ya no|you no|ojala no|pido que no|rezo para que no)"),
    _c("earth-swallow", r" (?:trague la tierra|tragara la tierra)(?: [^ ]++){0,6} "
       r"(?:para siempre|que no quede nada de mi|y no quede nada de mi)(?= )"),
    _c("nothing-left-of-me", r" (?:quede|quedara|quedase) nada de mi(?= )",
       before=r" (?:que no|y no|no)"),
    _c("before-leave-for-good", r" (?:irme|ir|marcharme|partir) (?:del todo|para siempre|"
       r"definitivamente|de verdad)(?! (?:de (?:tu|su|vuestra) vida|de (?:la|esta) ciudad|"
       r"de (?:aqui|este pais|esta casa)|a|al|para|pa|a casa|de casa|del piso))(?= )",
       before=r" (?:antes de|despedirme de [^ ]++ antes de|despedirme antes de)"),
    _c("because-not-here", r" es porque (?:ya|you) no (?:estoy|estare|existo|sigo aqui|"
       r"sigo viv[oa]|estoy aqui|estoy viv[oa]|voy a estar)(?! (?:en|con|de|bien|disponible|"
       r"conectad[oa]|cerca|para|contigo|juntos|interesad[oa]|enamorad[oa])(?: |$))(?= )"),
    _c("what-i-will-do-not-fault", r" lo que voy a hacer(?: [^ ]++){0,3} (?:no es|no fue|"
       r"nada tiene que ver|no tiene nada que ver)(?= )"),
    _c("nothing-not-fault", r" nada de lo que (?:pase|pasara|ocurra|haga|vaya a pasar) "
       r"(?:fue|es|sera|ha sido)(?: [^ ]++)? (?:culpa|tu culpa|su culpa)"),
    _c("dont-look-for-me", r" no me busquen(?= )", also="cond.es.farewell-words"),
    _cond("farewell-words", r" (?:en paz|los quiero|las quiero|adios|perdon|perdonenme|"
          r"gracias por todo|para siempre|se feliz|sean felices|cuidense)(?= )"),
    _c("remember-me", r" (?:recuerdenme|recordadme|acuerdense de mi|no me olviden|"
       r"no me olvideis) (?:bonito|con carino|con amor|felices|feliz|sonriendo|como era|"
       r"asi)(?= )"),
    _c("farewell-all-but-you", r" despedi de (?:todos|todo el mundo|todas) "
       r"(?:menos|excepto|salvo) (?:de )?(?:ti|vos|usted)"
       r"(?! (?:en|al|a la|antes|hoy|ayer|na|no|em|ao|a festa|hoje|ontem|durante|despues|"
       r"depois)(?: |$))"
       r"(?= )"),
    _c("my-last-message", r" (?:mi|el|este es mi|es mi) ultimo mensaje(?= )",
       also="cond.es.farewell-words"),
    _c("tell-family", r" (?:no (?:fue|es) (?:su|tu) culpa|no voy a poder(?= $)|"
       r"de mi parte|que (?:l[oa]s? )?(?:quiero|quise|ame|amo) mucho|que (?:l[oa]s? )?"
       r"(?:quiero|quise|ame|amo)|que (?:les|le) tuve)(?= )",
       also="cond.es.to-family"),
    _cond("to-family", r" (?:dile|diles|dales|dale|digan|diganle|decile|decirle|decidle|"
          r"dale un beso|dales un beso|dales un abrazo|dale un abrazo) "
          r"(?:a |un beso a |un abrazo a )?(?:mi|mis|tus|tu) (?!ex )"),
    _c("wont-bother-all", r" (?:(?:les|os) (?:voy a molestar|molestare|vuelvo a molestar)|"
       r"(?:voy a molestar|molestare|vuelvo a molestar) (?:a nadie|a ninguno))(?= )",
       before=r" no"),
    _c("this-is-goodbye-friends", r" esto es un adios(?= )", also="cond.es.friends-thanks"),
    _cond("friends-thanks", r" (?:gracias por (?:haber sido|ser) mi (?:amigo|amiga|hermano|"
          r"hermana)|todos estos anos)(?= )"),
    _c("wont-need", r" (?:hacer falta|necesitar|servir|usar|ocupar)(?: (?:nada|mas|nunca mas|"
       r"mas nunca))?(?= (?:$|mas|nada|nunca))",
       before=r" (?:ya no|you no|pronto no|yo ya no|yo you no|dentro de poco no) "
       r"(?:me |la |lo |las |los )?"
       r"(?:va a|van a|voy a)(?: (?:la|lo|las|los))?", also="cond.es.giving"),
    _cond("giving", r" (?:regalando|quien quiere|quien le dejo|quedate con|"
          r"quedese con|quedense con|devolverme|repartiendo|(?:les|le) dejo todo|"
          r"(?:regale|regalo|di|doy|deje|dejo|"
          r"voy a regalar|voy a dejar) (?:mi|mis|toda mi|todas mis|todos mis))(?= )"),
    _c("soon-need-nothing", r" (?:va a hacer falta|voy a necesitar|hace falta) nada(?= )",
       before=r" (?:pronto|dentro de poco|en poco tiempo|ya|you) no(?: me)?"),
    _c("nobody-has-to", r" para que nadie tenga que (?:hacerlo|ocuparse|encargarse|"
       r"preocuparse|pagarlas|pagar)(?= )"),
    _a("give-pets-plants", r" (?:adopte|adopten|cuide|cuiden|se quede con|se encargue de|"
       r"cuidar a|cuidar) (?:a )?(?:mis|mi) (?:gatos|gato|gata|perro|perra|perros|mascotas|"
       r"plantas|peces)(?= )",
       before=r" (?:alguien que|a alguien que|quien|instrucciones para|encontre a alguien que)"),
    _a("keep-it-you", r" prefiero que (?:lo|la|los|las) (?:tengas|tenga|tengan) "
       r"(?:tu|vos|usted|ustedes)(?= )"),
    _a("want-x-keeps-my", r" (?:se quede|se quedara|se queden) con (?:mi|mis) (?!casa )",
       before=r" (?:quiero que|que) (?:mi|mis) [^ ]++"),
    _a("passwords-all", r" (?:contrasenas|claves|claves de acceso|passwords) de todo(?= )"),
    _a("life-insurance-papers", r" (?:papeles del seguro de vida|seguro de vida|"
       r"todo en orden)(?= )"),
    # burden, hopelessness
    _c("better-if-not-here", r" (?:que|si) (?:yo )?(?:(?:ya|you) )?no (?:estuviera|"
       r"existiera|estuviese|existiese|siguiera|siguiese|continuara|estoy|existo)"
       r"(?: (?:aqui|viv[oa]|en este mundo|mas))?(?= $)",
       before=r" (?:mejor|preferible|un alivio|alivio|favor|peso de encima|mas facil|"
       r"descanso)(?: para (?:todos|todo el mundo|ellos|mi familia))?(?: [^ ]++){0,3}"),
    _c("better-not-be", r" no estar(?= $)", before=r" (?:mejor|lo mejor es|seria mejor)"),
    _c("without-me-better", r" sin mi(?: (?:todos|todo el mundo|ellos|ellas|todo|les|te|os|"
       r"nos|le|ya|you|mis padres|mis papas|mi familia)){0,2} "
       r"(?:iria|irian|va a ir|ira|estaria|estarian|vivirian|seria|serian) "
       r"(?:mejor|mucho mejor|mas felices|mas facil)(?= )"),
    _c("out-of-way", r" (?:quito|quitare|voy a quitar|quitaria) (?:de en medio|del medio)"
       r"(?! (?:para que|y (?:los|las|les) dejo|entre|de (?:su|tu|vuestra)))(?= )",
       before=r" me"),
    _c("in-the-way-everywhere", r" (?:estorbo|sobro|molesto|soy un estorbo|soy una carga) "
       r"(?:en todos lados|en todas partes|en todos sitios|hasta respirando|"
       r"a todo el mundo|en este mundo|en el mundo)(?= )"),
    _c("who-will-miss", r" (?:extranar|echar de menos|llorar|notar que no estoy) nadie(?= $)",
       before=r" (?:quien me va a|quien va a|quien me)"),
    _c("anyone-notice", r" (?:notaria|notara|daria cuenta|extranaria|echaria de menos|"
       r"va a notar) si (?:yo )?(?:(?:ya|you) )?no (?:aparezco|apareciera|vuelvo|volviera|"
       r"estoy|estuviera)(?= (?:$|nunca mas|mas|jamas))",
       before=r" alguien(?: se| me| lo)?"),
    _c("cant-picture-future", r" (?:imagino|imaginar|veo) (?:el mes que viene|el ano que viene|"
       r"el proximo (?:ano|mes)|dentro de un (?:ano|mes)|en un (?:ano|mes)|mi futuro|"
       r"un futuro|el futuro)(?! (?:sin|con|contigo|junto|lejos))(?= )",
       before=r" (?:no me|ya no me|you no me|no puedo|no logro|no consigo)"),
    _c("why-wait", r" (?:para que esperar|para que seguir esperando|para que seguir)(?= $)",
       also="cond.es.until-die"),
    _cond("until-die", r" (?:hasta que me muera|hasta morirme|hasta que muera)(?= )"),
    _c("tired-of-living", r" (?:cansad[oa]|cansadisim[oa]|hart[oa]|hartisim[oa]|agotad[oa]) "
       r"de (?:vivir|estar viv[oa]|existir|seguir viv[oa]|respirar|la vida)"
       r"(?! (?:de|en|que|con|aqui|alli|sin|asi|en la|pendiente|esperando|pensando|"
       r"preocupad[oa]|a medias))(?= )"),
    _c("give-up-life", r" (?:rindo|rendirme|desisto|doy por vencid[oa])"
       r"(?: [^ ]++){0,3} (?:la vida|de vivir|vivir)(?! (?:en|de (?:pareja|ciudad)))(?= )"),
    _a("only-see-end", r" (?:solo|unicamente) (?:le )?veo (?:un|una) (?:final|salida|"
       r"forma de que acabe|manera de que acabe)(?! (?:a (?:lo nuestro|esta relacion)))(?= )"),
    _c("living-unbearable", r" (?:vivir|la vida|mi vida|existir|estar viv[oa]) (?:se me "
       r"(?:hizo|hace|ha hecho|volvio)|se (?:hizo|ha vuelto|volvio|ha hecho)|es|me resulta) "
       r"(?:insoportable|insufrible|inaguantable)(?! (?:sin|desde|por|con|contigo))(?= )"),
    _c("not-one-reason", r" (?:ni un|ni una|ni un solo|un solo|ningun|ninguna) (?:motivo|"
       r"razon|sentido) (?:para|de|en) (?:seguir|vivir|continuar|existir)"
       r"(?! (?:con (?:el|ella)|contigo|en (?:esta|este|esa|ese)|esperando|intentando))(?= )"),
    _a("no-future-plain", r" no tengo futuro(?= )"),
    _c("easier-not-wake", r" (?:no despertar|no despertarme|no despertar mas|no existir|"
       r"no haber nacido|desaparecer(?! (?:un|unos|unas|de (?:su|tu) vida|de (?:aqui|la ciudad)))|"
       r"(?:morirme|morir)(?!" + _IDIOM + r"))(?= )",
       before=r" (?:(?:seria|es|era) (?:mas facil|mejor|un alivio)|me (?:da|daria) "
       r"(?:igual|lo mismo)|no me importa|no me importaria|me vale)"),
    # self-harm
    _c("until-bleed", r" hasta (?:que me sangr[a-z]+|sangrar|hacerme sangre|"
       r"hacerme heridas|hacerme herida|que me salga sangre|que sangr[a-z]+)(?= )"),
    _c("hide-cuts", r" (?:no (?:vean|se vean|me vean|noten|vea|note)|esconder|tapar|ocultar|"
       r"taparme|esconderme|disimular|escondo|tapo|oculto|disimulo|escondi|tape) "
       r"(?:los|mis|las) (?:cortes|marcas|cicatrices|"
       r"quemaduras)(?= )"),
    _c("again-blade", r" (?:otra vez|de nuevo|volvi|vuelvo) con (?:la|las|el) "
       r"(?:cuchilla|cuchillas|navaja|cutter|cuter)(?= )"),
    _c("need-physical-pain", r" (?:sentir|siento|causarme|provocarme|hacerme) dolor fisico"
       r"(?= )", before=r" (?:necesito|quiero|ganas de|me hace falta|tengo que)"),
    _c("marks-on-body", r" (?:marcas|cortes|heridas|quemaduras) en (?:el|la|los|las|mis|mi) "
       r"(?:muslo|muslos|brazo|brazos|pierna|piernas|muneca|munecas|barriga|tripa|piel|"
       r"abdomen)(?= )", before=r" (?:me hice|me hago|me hacia|me he hecho|hacerme)"),
    _c("relapse-cuts", r" (?:recai|recaido|recaida|volvi a caer) con (?:lo de )?"
       r"(?:los cortes|las cortadas|la cuchilla|autolesionarme|hacerme dano)(?= )"),
    _c("punish-self", r" castigo (?:haciendome dano|cortandome|golpeandome|pegandome|"
       r"lastimandome|quemandome)(?= )", before=r" me"),
    # the English loanword only after Spanish ("hacer un autodelete"), not an app's autodelete
    _c("autodelete", r" (?:autodesvivirme|autodesvivir|autoeliminarme|autoeliminarse|"
       r"autoborrarme|(?:(?<= un )|(?<= hacer )|(?<= hago )|(?<= hice )|(?<= mi ))autodelete)"
       r"(?! de (?:las redes|instagram|insta|tiktok|twitter))(?= )"),
    # slang, euphemisms
    _c("madness-end-all", r" (?:locura|tonteria|estupidez|burrada)(?: [^ ]++){0,4} "
       r"(?:y que se acabe todo|y acabar con todo|y se acaba todo|y que todo se acabe|"
       r"y terminar con todo)(?= )"),
    _c("go-heaven-with", r" (?:ir|irme|estar|reunirme) con (?:mi|mis) [^ ]++ al cielo(?= )"),
    _c("erase-map-forever", r" (?:borrar|borrarme) del mapa(?: [^ ]++){0,5} para siempre"
       r"(?= )"),
    _c("short-way", r" (?:camino corto|camino facil|salida facil|atajo)"
       r"(?: [^ ]++){0,2} (?:y acabar|y terminar|y que se acabe|y se acabo)(?= )"),
    _c("full-stop-all", r" punto final a (?:todo|mi vida|esta vida)"
       r"(?= (?:$|no solo|para siempre|de una vez))"),
    _c("not-a-trip", r" (?:ir|irme|marcharme|partir)(?: [^ ]++)? y no (?:precisamente |es )?"
       r"de (?:viaje|vacaciones)(?= )"),
    _c("ctrl-alt-del", r" (?:ctrl alt supr|control alt suprimir|ctrl alt del|ctrl alt delete|"
       r"alt f4) a (?:mi vida|todo|mi existencia)(?= )"),
    _c("game-over-me", r" game over (?:para mi|pa mi)(?= )"),
    _c("vanish-all-not-city", r" desaparecer (?:del todo|de todo)(?: [^ ]++){0,3} no de "
       r"(?:la ciudad|aqui|las redes|este pais|tu vida)(?= )"),
    _c("end-mine-too", r" acabar con lo mio(?= )"),
    _c("phone-off-forever", r" apago el (?:movil|celular|telefono) para siempre(?= )",
       also="cond.es.farewell-words"),
    _c("want-jump-from", r" (?:quiero|queria|quise|quisiera|iba a|pense en|pensaba) tirar "
       r"(?:del|por el|por la|de la|de un|desde el|desde la) <HIGH>(?= )", before=r" me",
       negatable=True),
    _c("rope-ready", r" (?:la|una|mi) (?:cuerda|soga)(?= (?:en el armario|escondida|guardada|"
       r"lista|preparada|atada|colgada|debajo de la cama))",
       before=r" (?:tengo|ya tengo|you tengo)"),
    _c("means-not-for", r" (?:cuerda|soga|cuchillas|cuchilla|pistola|veneno)"
       r"(?: [^ ]++){0,3} y no es para (?!(?:ti|vos|mi|el|ella|usted|nosotros) )"),
    # plans, means
    _c("count-needed", r" (?:cuantas|cuantos) (?:necesito|me hacen falta|hacen falta|"
       r"harian falta|necesitaria|tengo que tomar|me tengo que tomar|son mortales|"
       r"serian suficientes)(?= )",
       before=r" (?:calcule|calculando|calculado|contado|conte|contando|mirando|buscando|"
       r"busque|averigue|cuento)"),
    _a("count-pills", r" cuantas <PILLS>(?= )",
       before=r" (?:contando|conte|cuento|contar|calculando|calcule)"),
    _c("ends-all-time", r" (?:se acaba|se termina|se acabara|se terminara|termino con|"
       r"acabo con|terminare con|acabare con) todo(?= (?:$|you|ya|para siempre|de una vez))",
       before=r" (?:duerman|duerma|despues|luego|entonces|y despues|y luego|ahi|alli|y ahi|"
       r"noche|manana|hoy|" + _WEEKDAY + r"|pase|termine)(?: [^ ]++){0,2}"),
    _c("there-it-ends", r" (?:ahi|alli) se (?:termina|acaba|acabo)(?: todo)?(?= $)",
       also="cond.es.farewell-or-means"),
    _a("all-ready-day", r" todo (?:preparado|listo|organizado|planeado) para (?:el " +
       _WEEKDAY + r"|este " + _WEEKDAY + r"|esta noche|hoy|manana)(?= )",
       before=r" (?:dejado|deje|tengo|esta)(?: lo)?"),
    _c("letters-plan", r" (?:(?:escribi|escrito|tengo escritas|deje escritas) (?:las|mis|"
       r"unas|todas las) (?:cartas|notas)|(?:cartas|notas) escritas)(?= )",
       also="cond.es.plan-time"),
    _cond("plan-time", r" (?:solo (?:me )?falta|elegir la hora|elegir el dia|la hora|"
          r"el dia|esta noche|para despues)(?= )"),
    _c("no-tomorrow", r" (?:va a haber|habra|hay) (?:un )?manana para mi(?= )",
       before=r" no"),
    _c("hotel-when-do", r" (?:hotel|motel|habitacion|airbnb|hostal|cabana)"
       r"(?: [^ ]++){0,5} (?:cuando lo haga|para hacerlo|sol[oa] cuando lo haga)(?= )"),
    _a("level-crossing", r" (?:paso a nivel|horarios del ultimo tren)(?= )"),
    _c("know-how-when", r" (?:se como y cuando|se cuando y como|se el como y el cuando)"
       r"(?! (?:decir|decirselo|decirtelo|hablar|contar|pedir))(?= )"),
    _c("go-up-no-down", r" (?:subo|subir|voy a subir|subire) (?:al|a la) (?:mirador|azotea|"
       r"puente|tejado|ultimo piso|acantilado|terraza|torre)(?: [^ ]++){0,3} y no "
       r"(?:pienso |voy a |vuelvo a )?(?:bajar|volver|regresar)(?= )"),
    _c("find-notes", r" (?:encuentren|lean|encuentres|leas) (?:las|mis|la|mi) (?:notas|cartas|"
       r"nota|carta)(?= (?:$|despues|cuando))"),
    _c("near-edge-tracks", r" (?:mirando|mire|miro|viendo) (?:las|la) (?:vias|via)"
       r"(?: [^ ]++){0,5} (?:borde|pasar los trenes|cuando pasa)(?= )"),
    _a("looking-tracks", r" (?:mirando|mire|miro|viendo) las vias(?! desde)(?= )",
       before=r" (?:quedo|quede|paso|pase|estuve|sigo|estoy|me quedo|me quede)"
       r"(?: [^ ]++){0,3}"),
    _c("would-be-easy", r" (?:seria|es|seria tan|seria muy) (?:facil|sencillo|rapido)"
       r"(?= (?:$|saltar|tirarme|dejarme caer|caer|acabar|terminar))",
       also="cond.es.high"),
    _c("lethal-height", r" (?:altura|caida|dosis|cuanto|cuanta|cuantas|cuantos)"
       r"(?: (?!casi |me )[^ ]++){0,4} "
       r"(?:es mortal|mata|es letal|seria mortal|te mata|para morir|seria letal)"
       r"(?! (?:de|del) )(?= )"),
    _c("where-gun", r" (?:donde|en que sitio) (?:guarda|tiene|esconde|deja|guardan|tienen)"
       r"(?: [^ ]++){0,3} (?:la|el|las|su) (?:pistola|arma|escopeta|rifle|revolver|"
       r"veneno)(?= )"),
    _c("engine-garage", r" motor (?:encendido|en marcha|prendido)(?: [^ ]++){0,3} "
       r"(?:garaje|cochera)(?= )"),
    _c("hidden-means", r" (?:(?:escondidas|escondida|escondido|escondidos) "
       r"(?:las|unas|la|una|mis|el|los) (?:cuchillas|cuchilla|navaja|pastillas|pistola|"
       r"cuerda|soga)|(?:<PILLS>|cuerda|soga|cuchillas)(?: [^ ]++)? (?:guardad[oa]s?|"
       r"escondid[oa]s?) para cuando (?:ya )?no (?:pueda|aguante|soporte) mas)(?= )"),
    _c("gas-open", r" gas abierto(?: [^ ]++){0,2} (?:un rato|a proposito|adrede|aposta|"
       r"sin encender|y me (?:acoste|encerre|dormi))(?= )"),
    _c("take-whole-box", r" (?:tomas|tomo|tomara|tomaras|traga|tragas|trago|tomarse|tomarte|"
       r"tomarme|toma) (?:toda la caja|todo el frasco|todo el bote|toda la tira|"
       r"una caja entera|un frasco entero|el blister entero)(?: de)?(?: [^ ]++){0,2} "
       r"(?:<PILLS>|con alcohol|de golpe)(?= )"),
    _c("height-to-bottom", r" (?:cuanto hay|cuantos metros hay|que altura hay|"
       r"cuanta altura hay) (?:hasta abajo|hasta el suelo|hasta la calle)(?= )"),
    _c("swerve", r" volantazo contra (?:un|el|una|la) (?:camion|muro|arbol|pared|poste|tren)"
       r"(?= )"),
    _c("hoarding-meds", r" (?:juntando|acumulando|ahorrando|juntar|acumular|junte|acumule)"
       r"(?: (?:la|las|los|mis|toda la|todas las|todos los))? (?:medicacion|medicina|"
       r"medicinas|<PILLS>)(?= )"),
    _c("hoarding-it", r" (?:la|las|lo|los) estoy (?:juntando|guardando|acumulando)(?= )",
       also="cond.es.stopped-meds"),
    _cond("stopped-meds", r" (?:deje de tomarme|deje de tomar|dejo de tomar|"
          r"dejado de tomar) (?:la|las|los|mis|el)(?= )"),
    _a("chose-place", r" (?:elegido|escogido|elegi|escogi|decidido) el (?:sitio|lugar)"
       r"(?= (?:$|solo|you|ya|y solo|me falta|falta))"),
    _a("have-date", r" (?:tengo|tengo ya) fecha(?= (?:$|el [0-9]+|[0-9]+|y nadie))"),
    _a("all-thought-do", r" (?:tengo todo|lo tengo todo|esta todo) "
       r"(?:pensado|planeado|decidido)(?= )", also="cond.es.do-it"),
    _cond("do-it", r" (?:lo hago|lo hare|lo voy a hacer|voy a hacerlo)(?= )"),
)
