"""Portuguese screen rules (Brazil and Portugal): crisis, harm to others, harassment.

Canonical Portuguese: accents and cedillas off ("não" -> "nao", "coração" -> "coracao"),
hyphens and punctuation gone ("matar-me" -> "matar me", "atiro-me" -> "atiro me").
Both Brazilian ("quero me matar", "tô pensando em") and European forms ("quero matar-me",
"estou a pensar em") are written out. Hyperbole ("morrendo de saudade", "mato-me a
estudar", "meu chefe vai me matar", "vou me matar de vergonha") is excluded by
look-aheads or by requiring a first-person intent in front of the verb.
"""

from __future__ import annotations

import re

from assistant.safety.rulebase import Rule, rule_maker, vocab_compiler

_VOCAB = {
    # A first-person wish or intent in front of a verb (the rule's ``before``).
    "WANT": (
        r"(?:quero|queria|quis|desejo|gostaria de|preciso|so quero|ja quero|eu quero|"
        r"vou|eu vou|penso em|pensando em|a pensar em|estou pensando em|to pensando em|"
        r"ando pensando em|ando a pensar em|planejo|planeio|estou prestes a|prefiro|"
        r"preferia|devia|deveria|poderia|tenho de|tenho que|decidi|vontade de|"
        r"tentei|tentar|tento|quem me dera|o melhor e|melhor|hoje|esta noite|amanha|"
        r"me da vontade de|da vontade de|tentado a|tentada a|a ideia de|como|forma de|"
        r"maneira de|jeito de|vou ja|quero ja|ir)"
    ),
    "WANTDIE": (
        r"(?:quero|kero|qro|queria|keria|desejo|gostaria de|preciso|so quero|ja quero|"
        r"eu quero|so queria|"
        r"penso em|pensando em|a pensar em|prefiro|preferia|devia|deveria|vontade de|"
        r"me da vontade de|da vontade de|quem me dera|a ideia de|como|decidi|so penso em|"
        r"quero mesmo|queria mesmo|queria era|quero e|tentado a|tentada a|sonho em|"
        r"unica saida e|unica solucao e|unica opcao e|unico jeito e|unica forma e)"
    ),
    "JUMP": (
        r"(?:pular|saltar|jogar me|atirar me|lancar me|deixar me cair)"
    ),
    "HIGH": (
        r"(?:ponte|varanda|sacada|terraco|janela|predio|edificio|penhasco|falesia|telhado|"
        r"viaduto|precipicio|arranha ceu|torre|trilhos|linha do comboio|linha do trem|"
        r"comboio|trem|metro|plataforma|autoestrada|rodovia|estrada|decimo andar|"
        r"ultimo andar|andar [0-9]+|camiao|caminhao|carro|onibus|autocarro)"
    ),
    "PILLS": (
        r"(?:comprimidos|comprimido|remedios|remedio|medicamentos|medicamento|pilulas|"
        r"pilula|antidepressivos|calmantes|soniferos|tranquilizantes|ansioliticos|"
        r"clonazepam|rivotril|alprazolam|paracetamol|ibuprofeno|diazepam|lorazepam|"
        r"xanax|valium|insulina|benzos)"
    ),
    "QTY": (
        r"(?:todos|todos os|todos os meus|todas|todas as|um monte de|muitos|muitas|"
        r"uma cartela inteira de|a cartela inteira de|uma caixa inteira de|"
        r"a caixa inteira de|um frasco inteiro de|o frasco inteiro de|uma cartela de|"
        r"duas caixas de|tres caixas de|duas cartelas de|"
        r"a caixa toda de|a caixa inteira de|uma caixa de|um frasco de|o frasco de|"
        r"a cartela toda de|uma cartela de|um punhado de|varias caixas de|[0-9]+|dez|"
        r"vinte|trinta|quarenta|cinquenta|cem|demasiados|tantos|bue de)"
    ),
    "FAM": (
        r"(?:mae|pai|irma|irmao|prima|primo|tia|tio|avo|amiga|amigo|amigas|amigos|"
        r"melhor amiga|melhor amigo|familia|pais|filha|filho|colega|colegas|vizinha|"
        r"vizinho|cunhada|cunhado|namorado|namorada|madrinha|padrinho)"
    ),
    "PLACE": (
        r"(?:casa|trabalho|escritorio|apartamento|ape|apto|faculdade|universidade|escola|"
        r"colegio|academia|ginasio|predio|porta|portaria|rua|bairro|loja|emprego|servico|"
        r"aula|aulas|facul|firma|empresa)"
    ),
    "ACC": (
        r"(?:conta|contas|perfil|perfis|numero|numeros|chip|telefone|telemovel|celular|"
        r"email|e mail|insta|instagram|ig|face|facebook|tiktok|twitter|whatsapp|zap|wpp|"
        r"snap|snapchat|usuario|linha)"
    ),
    "BLOCKED": (
        r"(?:bloqueou|bloqueaste|bloquearam|tem bloqueado|tem bloqueada|bloqueado|"
        r"bloqueada|bloqueia|pediu (?:pra|para) (?:eu )?nao|pediu (?:pra|para) eu parar|"
        r"pediu espaco|pediu distancia|tendo pedido|medida protetiva|medida de afastamento|"
        r"ordem de afastamento|ordem de restricao|quer saber de mim|quer contato|"
        r"contato zero|contacto zero|disse (?:pra|para) (?:eu )?nao (?:procurar|ligar|"
        r"mandar|contactar|contatar|aparecer))"
    ),
}

_compile = vocab_compiler(_VOCAB)


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


def _p(template: str) -> re.Pattern[str]:
    return _compile(_word_ends(template))


_c = rule_maker("crisis", "crisis.pt.", _p)
_a = rule_maker("ask", "ask.pt.", _p)
_h = rule_maker("harm_to_others", "harm.pt.", _p)
_s = rule_maker("harassment", "harassment.pt.", _p)
_cond = rule_maker(None, "cond.pt.", _p)

# Idiomatic complements of "dying" and "killing": never a crisis ("morrer de saudade").
_IDIOM = (
    r"(?: (?:de (?!verdade|vez|uma vez)|da (?!que)|"
    r"do (?!que (?:continuar|viver|seguir|aguentar|passar|ficar assim|sentir|acordar|"
    r"estar assim|existir))|"
    r"que (?:vergonha|mico|vexame|horror|nojo)|"
    r"a (?:estudar|trabalhar|treinar|rir|correr)|"
    r"aos poucos de|por (?:ti|voce|vc|ele|ela|te ver|um|uma)|"
    r"nos teus bracos|nos seus bracos|contigo|com voce|de tanto|trabalhando|estudando|"
    r"treinando|a rir|(?:kk|kkk|kkkk|haha|hahaha|rsrs|rs|lol|xd)"
    r"(?!(?: [^ ]++){0,4} (?:mas|e serio|a serio|nao e (?:piada|brincadeira)|de verdade|"
    r"serio))))"
)
# Jokes after a threat ("eu mato ele kkkk brincadeira").
_JOKE = (
    r"(?: [^ ]++){0,7} (?:kk|kkk|kkkk|haha|hahaha|rsrs|rs|brincadeira|brincadeirinha|"
    r"jaja|jajaja|jajajaja|es broma|broma|"
    r"to brincando|estou a brincar|e brincadeira|e meu irmao|e minha irma|lol|xd)"
)
_GAP3 = r"(?: (?!nao |nunca |jamais )[^ ]++){0,3}"
_WEEKDAY = (r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|segunda feira|"
            r"terca feira|quarta feira|quinta feira|sexta feira)")

RULES: tuple[Rule, ...] = (
    # ---- crisis: explicit words, self-killing verbs, wishes, plans, methods, farewells
    _c("suicide", r" (?:suicidio|suicidar|suicidar me|suicidarme|suicida|suicidas|suicidei|"
       r"suicidaria|suicido|suicidando|suicidio|suicidios|s icidio|sui cidio|suicidiu|"
       r"suicidio|autolesao|autolesoes|automutilacao|auto mutilacao|automutilar|"
       r"ideacao suicida|pensamentos suicidas)"
       r"(?! (?:social|profissional|politico|academico|economico|comercial|squad|"
       r"de (?:um|uma|meu|minha|seu|sua) (?:personagem|amigo|amiga|vizinho|vizinha|famoso)))"
       r"(?= )"),
    _c("kill-self-me", r" (?:matar|suicidar|enforcar|envenenar|desviver|deletar|de letar|"
       r"afogar|atirar da ponte|jogar da ponte|jogar na frente do (?:trem|comboio|metro|"
       r"onibus|carro)|jogar nos trilhos|jogar da janela|jogar da varanda|dar um tiro|"
       r"cortar os pulsos|tirar a vida|acabar)(?!" + _IDIOM + r"|(?: [^ ]++){0,1} "
       r"(?:de (?:vergonha|rir|tanto|trabalhar|estudar))| (?:com (?:ele|ela|voce|vc|"
       r"alguem)|em (?:dividas|trabalho|alcool|lagrimas)))(?= )",
       negatable=True,
       before=r" (?:quero|queria|vou|eu vou|preciso|penso em|pensando em|a pensar em|"
       r"to pensando em|estou pensando em|ando pensando em|devia|deveria|vontade de|"
       r"me da vontade de|da vontade de|decidi|tentei|tentar|tento|so quero|ja quero|"
       r"quero mesmo|vou ja|quem me dera|ideia de|planejo|planeio|posso|podia|sinto vontade "
       r"de|a vontade de|a ideia de|tentada a|tentado a|gostaria de|preferia|prefiro|"
       r"sonho em|como|pensei em|pensava em|pensei muito em) me"),
    _c("kill-self-enclitic", r"(?<! esta a)(?<! estas a)(?<! estao a)(?<! anda a)(?<! andam a)"
       r"(?<! ta a)(?<! tao a)(?<! vai)(?<! vao)(?<! vais)(?<! vem)(?<! vai a) (?:matar me|"
       r"mato me|matei me|suicidar me|enforcar me|"
       r"envenenar me|atirar me da|atirar me de|atirar me para|atiro me da|atiro me de|"
       r"atiro me para|atiro me ao|atirar me ao|deitar me a linha|deitar me na linha|"
       r"afogar me|desviver me|deletar me|dar me um tiro|tirar me a vida)"
       r"(?!" + _IDIOM + r"|(?: [^ ]++){0,1} (?:de (?:vergonha|rir|tanto|trabalhar|"
       r"estudar)))(?= )",
       negatable=True),
    _c("take-life", r" (?:tirar a minha (?:propria )?vida|tirar minha (?:propria )?vida|"
       r"tirar a propria vida|tirar a vida|acabar com a minha vida|acabar com minha vida|"
       r"acabar com a minha propria vida|por fim a minha vida|por fim a vida|"
       r"por termo a vida|por termo a minha vida|dar cabo da minha vida|"
       r"dar um fim na minha vida|dar fim a minha vida|dar um fim a minha vida|"
       r"dar cabo de mim|acabar comigo de vez|sumir de vez deste mundo|"
       r"por fim a tudo|dar um fim em tudo|dar fim a tudo|acabar com tudo|"
       r"acabar com isto de vez|acabar com isso de vez|acabar de vez com tudo|"
       r"acabar com o sofrimento|acabar com este sofrimento|acabar com esse sofrimento)"
       r"(?! (?:da mudanca|de vez com (?:ele|ela)|entre nos|com (?:ele|ela)|da|do|isso de|"
       r"o que|os|as|o|a))(?= )",
       negatable=True, before=r" <WANT>(?: (?:ja|logo|de vez|de uma vez|finalmente|so))?"),
    _c("take-life-plain", r" (?:tirar a minha propria vida|tirar minha propria vida|"
       r"acabar com a minha vida|acabar com minha vida|por fim a minha vida|"
       r"tirar a minha vida|tirar minha vida|dar cabo da minha vida|suicidei|"
       r"cancelamento na minha vida|cancelamento da minha vida|cancelar a minha vida|"
       r"cancelar minha vida|acabo com a minha vida|acabo com minha vida|"
       r"ponho fim a minha vida|tiro a minha vida)(?= )"),
    _c("want-die", r" (?:morrer|morrer ja|estar morto|estar morta|deixar de existir|"
       r"deixar de viver|nao existir|nao acordar|nao estar vivo|nao estar viva|"
       r"estar debaixo da terra|sumir do mapa para sempre|sumir do mapa pra sempre)"
       r"(?!" + _IDIOM + r")(?= )",
       negatable=True,
       before=r" <WANTDIE>(?: (?:ja|so|simplesmente|de verdade|mesmo|a serio|serio))?"),
    _c("wish-die-me", r" (?:atropelar|atropele|atropelasse|matar|mate|matasse|cair um raio|"
       r"de um enfarte|der um enfarte|der um infarto|levar|leve|levasse)"
       r"(?!" + _IDIOM + r"|" + _JOKE + r")(?= )",
       before=r" (?:torco (?:pra|para)|torco (?:pra|para) que|tomara que|quem me dera que|"
       r"espero que|rezo (?:pra|para) que|peco a deus que|desejo que|oxala|oxala que|"
       r"queria que|quero que)" + _GAP3 + r" me"),
    _c("wish-die-plain", r" (?:nao acordar|nao acordasse|nao acorde|nunca ter nascido|"
       r"nao ter nascido|nunca tivesse nascido|nao tivesse nascido|estar morto|estar morta|"
       r"estivesse morto|estivesse morta|desaparecer para sempre|desaparecer pra sempre|"
       r"sumir para sempre|sumir pra sempre|nao existir|nao existisse|deixar de existir)"
       r"(?= )",
       before=r" (?:quem me dera|queria|gostaria de|desejava|desejo|oxala|tomara|"
       r"so queria|as vezes queria|as vezes desejo|preferia|eu queria)(?: eu)?(?: ja| so)?"),
    _c("want-it-over", r" (?:acabe|termine|pare|acabe tudo)"
       r" (?:de vez|para sempre|pra sempre|de uma vez por todas|duma vez por todas)(?= )",
       before=r" (?:quero|queria|preciso|so quero|so queria|quem me dera|desejo) que "
       r"(?:isto|isso|tudo|tudo isto|tudo isso|a minha vida|minha vida|a dor|esta dor|"
       r"essa dor|este sofrimento)"),
    _c("superfluous", r" (?:sobro|estou a mais|estou sobrando|sou um estorvo)"
       r"(?= (?:neste mundo|nesta vida|no mundo|em todo o lado|em todo lugar|na vida de todos))"),
    _c("not-be-here-tomorrow", r" (?:vou estar|estarei|vou continuar)"
       r"(?: (?:aqui|ca|viv[oa]|com vida))?(?: (?:amanha|mais tempo|muito mais|pra ver|"
       r"para ver|no ano que vem|no natal))?(?= (?:$|amanha|mais|pra ver|para ver|adeus))",
       before=r" (?:amanha ja nao|amanha nao|hoje e o dia|em breve ja nao|ja nao)"),
    _c("because-gone", r" (?:vou estar|estarei|vou continuar aqui|vou existir|vou viver)"
       r"(?: ca| aqui)?(?= (?:$|mais|pra|para|e|ja|adeus))",
       before=r" (?:porque|ja que|como)(?: ja)? nao"),
    _c("take-all-pills", r" (?:tomar todos|tomar todas|engolir todos|engolir todas|"
       r"tomar os todos|tomar as todas|toma los todos|toma las todas|engoli los todos|"
       r"tomar tudo de uma vez)(?= )",
       before=r" (?:pensando em|penso em|a pensar em|vontade de|quero|vou|podia|devia|"
       r"tentad[oa] a|a ideia de|me da vontade de|estou prestes a)"),
    _c("never-born", r" (?:nunca ter nascido|nao ter nascido|nunca tivesse nascido|"
       r"nao tivesse nascido|nunca ter existido|nao ter existido)(?= )"),
    _c("sleep-forever", r" (?:dormir|dormir e|adormecer|adormecer e|fechar os olhos e|"
       r"deitar e) (?:nao acordar|nunca mais acordar|nao acordar nunca mais|"
       r"nao acordar mais|pra sempre|para sempre|eternamente|e nao acordar|"
       r"e nunca mais acordar|sem acordar)"
       r"(?!(?: [^ ]++){0,2} (?:kk|kkk|kkkk|haha|hahaha|rsrs|rs|que sono|de tao cansad[oa]|"
       r"de cansaco|jaja)(?!(?: [^ ]++){0,3} (?:mas|e serio|a serio|nao e brincadeira)))"
       r"(?= )"),
    _c("no-wake", r" (?:nao acordar nunca mais|nunca mais acordar|nao acordar mais|"
       r"nao voltar a acordar|nao acordar amanha|para nao acordar|pra nao acordar|"
       r"nao acordar nunca|nunca acordar)(?= )"),
    _c("vanish-forever", r" (?:desaparecer|sumir|evaporar) (?:pra sempre|para sempre|"
       r"deste mundo|desse mundo|do mundo|da face da terra|desta vida|dessa vida|"
       r"e nunca mais (?:ninguem|voltar|aparecer)|e ninguem mais (?:ouvir|saber)|"
       r"de vez(?= (?:$|e|deste|desse|da vida)))"
       r"(?! (?:da (?:tua|sua) vida|das redes|daqui|desta cidade|deste pais|dessa cidade|"
       r"do (?:teu|seu) caminho))(?= )"),
    _c("leave-world", r" (?:sair|ir embora|partir|despedir|despedir me|deixar|ir) "
       r"(?:deste mundo|desse mundo|do mundo|desta vida|dessa vida|da vida|"
       r"para o outro lado|pro outro lado|para o ceu|pro ceu|para junto dos meus avos)"
       r"(?! (?:das redes|um tempo|um pouco))(?= )"),
    _c("not-live", r" (?:viver|continuar vivendo|continuar a viver|continuar vivo|"
       r"continuar viva|estar vivo|estar viva|existir|continuar existindo|continuar aqui|"
       r"estar aqui|continuar neste mundo|estar neste mundo|acordar|respirar|continuar|"
       r"seguir vivendo|seguir em frente)"
       r"(?! (?:sem (?:ti|voce|vc|ele|ela)|em (?:esta|este|essa|esse|casa|outra|outro|"
       r"lisboa|sao paulo)|nesta|neste|nessa|nesse|com |perto|sozinh[ao]|juntos|longe|"
       r"la|ali|aqui sem|aqui com|aqui em|aqui na|aqui no|contigo|a (?:tua|sua) espera|"
       r"esperando|cedo|tarde|as|o|a|os|a minha|a nossa|esta|este|isto|isso|nisto|nisso|"
       r"nessa|com isso|a relacao|o namoro|a tentar|tentando|a insistir|insistindo|"
       r"amargurad[oa]|chorando|sofrendo por|pensando n(?:ele|ela)|por (?:ele|ela)))(?= )",
       before=r" (?:nao tenho vontade de|ja nao tenho vontade de|sem vontade de|nao quero|"
       r"nao quero mais|ja nao quero|nao quero nem|nao kero|nao kero mais|nao qro|"
       r"nao qro mais|nem quero|nao tenho forcas (?:pra|para)|"
       r"ja nao tenho forcas (?:pra|para)|nao tenho motivos (?:pra|para)|"
       r"nao tenho razoes (?:pra|para)|nao tenho razao (?:pra|para)|"
       r"nao tenho nenhum motivo (?:pra|para)|nao tenho porque|nao sei se quero|"
       r"(?:pra|para) que|qual o sentido de|qual e o sentido de|nao faz sentido|"
       r"nao vejo sentido em|ja nao vejo sentido em|nao vejo razao (?:pra|para)|"
       r"nao sei (?:pra|para) que|nao vale a pena|ja nao vale a pena|"
       r"nao tenho mais forcas (?:pra|para))(?: mais)?(?: continuar)?"),
    _c("cant-live", r" (?:viver|continuar vivendo|continuar a viver|com a vida|esta vida|"
       r"essa vida|estar vivo|estar viva|existir|vida)(?! (?:sem (?:ti|voce|vc|ele|ela)|"
       r"em (?:esta|este|essa|esse)|com (?:ele|ela|eles|essa|esse)|perto|sozinh[ao]|juntos|"
       r"longe|nesta|neste|nessa|nesse))(?= )",
       before=r" (?:nao|ja nao|nao consigo|ja nao consigo) (?:aguento|suporto|consigo|"
       r"quero|tolero|posso)(?: mais)?(?: com)?(?: a)?"),
    _c("no-point", r" (?:sentido|razao|motivo|motivos|razoes|proposito) (?:em |de |para |pra |"
       r"na |no )?(?:continuar|viver|a vida|minha vida|continuar vivendo|continuar a viver|"
       r"estar vivo|estar viva|existir|acordar|levantar|seguir|seguir em frente|continuar aqui)"
       r"(?= )",
       before=r" (?:nao vejo|ja nao vejo|nao ha|nao tem|ja nao tem|nenhum|nenhuma|sem|"
       r"nao encontro|nao tenho|ja nao tenho|perdi o|perdi a|nao vejo nenhum|"
       r"nao tenho nenhum|nao tenho nenhuma|nao existe|nao faz)(?: nenhum| nenhuma| o| a| mais)?"),
    _c("life-meaningless", r" (?:faz sentido|vale a pena|vale nada|tem sentido|"
       r"e insuportavel|e um inferno e quero que acabe|nao tem sentido nenhum)"
       r"(?! (?:sem (?:ti|voce|vc|ele|ela)|se (?:tu|voce|vc) nao|desde|por (?:ti|voce|vc|"
       r"ele|ela)|contigo|com (?:ele|ela)))(?= )",
       before=r" (?:a vida|a minha vida|minha vida|viver|continuar vivendo|existir|"
       r"estar vivo|estar viva)(?: ja| mais)? nao(?: mais)?"),
    _c("imagine-alive", r" (?:imagino|vejo) (?:vivo|viva|com vida)(?= )",
       before=r" (?:nao me|ja nao me|nao consigo me|nao me consigo)"),
    _c("better-without", r" (?:melhor|melhores|mais felizes|mais feliz|mais tranquilos|"
       r"mais tranquilas|mais tranquilo|mais tranquila|tranquilos|felizes|em paz|bem|"
       r"mais leves|mais livres|livres) sem (?:mim|alguem como eu|(?:uma|um) (?:mae|pai|"
       r"filha|filho|irma|irmao|pessoa|amiga|amigo) como eu)(?! (?:drama|ajuda|dinheiro|carro|"
       r"permissao|opiniao|barulho|musica|cachorro|gato|namorado|namorada|ex|humor|"
       r"reclamacoes|comida))(?= )",
       before=r" (?:todos|todo mundo|toda a gente|a minha familia|minha familia|os meus pais|"
       r"meus pais|os meus filhos|meus filhos|o mundo|eles|as pessoas|meus amigos|"
       r"os meus amigos|os outros|a minha mae|minha mae|o meu pai|meu pai|todos voces|"
       r"voces|vcs|tudo|geral)(?: [^ ]++){0,3} (?:ficaria|ficariam|estaria|estariam|"
       r"viveria|viveriam|seria|seriam|vai ficar|vao ficar|vai estar|vao estar|ficava|"
       r"ficavam|estava|estavam|ia ficar|iam ficar)(?: muito| bem| mil vezes| todos)?"),
    _c("world-better", r" (?:e|esta|seria|sera|fica) (?:melhor|mais feliz) sem mim(?= )",
       before=r" (?:o mundo|tudo|a vida de todos|todo mundo|minha familia|a minha familia)"),
    _c("easier-without", r" (?:mais facil|mais simples|melhor para todos|melhor pra todos)"
       r" sem mim(?= )",
       before=r" (?:tudo|tudo seria|seria tudo|tudo ficaria|ficaria tudo|a vida de todos seria|"
       r"seria|ficaria|tudo era|era tudo)"),
    _c("no-trouble-without", r" (?:teria|teriam|terias|teriamos|ia ter|iam ter|vai ter|"
       r"vao ter) (?:mais )?(?:problema|problemas|preocupacoes|preocupacao|peso|"
       r"com que se preocupar)(?= )",
       before=r" sem mim(?: (?:voce|vc|tu|voces|vcs|ninguem|eles|a familia|ja))?"
       r" (?:nao|ja nao)"),
    _c("if-gone-better", r" (?:desaparecesse|desaparecer|morresse|morrer|matasse|"
       r"sumisse|sumir|fosse embora para sempre|fosse embora pra sempre|deixasse de existir|"
       r"suicidasse)(?= )",
       before=r" (?:melhor|melhores|felizes|feliz|tranquilos|tranquilas|tranquilo|tranquila|"
       r"favor|facil|faceis|contentes|aliviados|em paz|descansariam|bem|livres|sossegados)"
       r"(?: [^ ]++){0,3} se(?: eu)?(?: me| ja)?"),
    _c("if-not-existed", r" (?:existisse|estivesse aqui|estivesse|tivesse nascido|acordasse)"
       r"(?= )",
       before=r" (?:melhor|melhores|felizes|feliz|tranquilos|tranquilas|tranquilo|tranquila|"
       r"favor|facil|faceis|contentes|aliviados|em paz|bem|livres|sossegados)"
       r"(?: [^ ]++){0,3} se(?: eu)? (?:nao|ja nao)(?: mais)?"),
    _c("if-not-existed-plain", r" (?:existisse|tivesse nascido)(?= )",
       before=r" se eu (?:nao|nunca)"),
    _c("burden", r" (?:peso|fardo|estorvo|incomodo|carga)(?! (?:de trabalho|na consciencia|"
       r"pesado|da mochila|a mais na mala|de papel|extra|para ti|pra ti|para voce|pra voce|"
       r"pra vc|para vc|na tua vida|na sua vida|na (?:nossa|esta|essa) relacao))(?= )",
       before=r" (?:sou|so sou|sou so|sou apenas|eu sou|me sinto|sinto me|sinto que sou|"
       r"virei|tornei me|me tornei|nao passo de|apenas sou)(?: um| uma| o| a)?"),
    _c("nobody-miss", r" (?:sentir falta|sentiria falta|sentiriam falta|vai sentir a minha falta|"
       r"vai sentir minha falta|sentir a minha falta|sentir minha falta|chorar por mim|"
       r"choraria|iria ao meu funeral|ia ao meu funeral|vai ao meu funeral|"
       r"vir ao meu funeral|viria ao meu funeral|dar pela minha falta|daria pela minha falta|"
       r"dava pela minha falta|notaria a minha falta|notaria minha falta|"
       r"notar a minha falta|notar minha falta)(?= )",
       before=r" (?:ninguem|ninguem vai|ninguem ia|ninguem iria|ninguem ira|ninguem vai nem|"
       r"ninguem ia nem)"),
    _c("nobody-notice", r" (?:notar|notaria|perceber|perceberia|importar|importaria|ligar|"
       r"ligaria|dar conta|daria conta|dava conta|reparar|repararia) (?:se|quando) (?:eu )?"
       r"(?:morrer|morresse|sumir|sumisse|desaparecer|desaparecesse|nao estiver|"
       r"nao estivesse|for embora para sempre|me matar|me matasse|ja nao estiver|"
       r"ja nao estivesse)(?= )",
       before=r" (?:ninguem|ninguem vai|ninguem ia|ninguem iria|a ninguem vai|"
       r"ninguem nem)"),
    _c("nobody-notice-if", r" (?:vai perceber|ia perceber|iria perceber|perceberia|vai notar|"
       r"ia notar|notaria|vai sentir falta|ia sentir falta|sentiria falta|vai se importar|"
       r"ia se importar|se importaria|vai ligar|ia ligar|ligaria|vai chorar|ia chorar|"
       r"dava pela falta|vai dar pela falta|daria pela falta|dar conta)(?= )",
       before=r" se (?:eu )?(?:morrer|morresse|sumir|sumisse|desaparecer|desaparecesse|"
       r"me matar|me matasse|nao estiver|ja nao estiver|for embora para sempre|"
       r"me suicidar)(?: [^ ]++){0,2} (?:ninguem|ninguem nem|a ninguem)"),
    _c("wish-die-eu", r" (?:morra|morresse|nao acorde|nao acordasse|desapareca para sempre|"
       r"suma para sempre|suma pra sempre)(?!" + _IDIOM + r")(?= )",
       before=r" (?:tomara que|quem me dera que|espero que|oxala|oxala que|queria que|"
       r"rezo (?:pra|para) que|torco (?:pra|para) que) eu(?: ja| logo| so)?"),
    _c("plan-day", r" (?:dia|data|hora|momento|sitio|lugar|dia e hora|"
       r"como e quando)(?= )", also="cond.pt.farewell-or-means",
       before=r" (?:escolhi|decidi|ja escolhi|ja decidi|tenho|ja tenho|marquei|defini|"
       r"ja marquei|ja defini)(?: o| a)?"),
    _c("plan-everything", r" (?:tudo planejado|tudo planeado|tudo pensado|tudo preparado|"
       r"tudo pronto|tudo organizado|o plano pronto|tudo esquematizado)(?= )",
       also="cond.pt.farewell-or-means"),
    _cond("farewell-or-means", r" (?:cartas|carta de despedida|bilhete|bilhetes|comprimidos|"
          r"remedios|corda|arma|ponte|varanda|trilhos|veneno|despedida|despedir me|"
          r"despedir|adeus|para sempre|pra sempre|estiverem a dormir|estiverem dormindo|"
          r"dormirem|viajarem|sairem|nao estiver|acabo com isto|acabo com isso|tudo acaba|"
          r"acaba tudo|termina tudo|tudo termina|como vou fazer)(?= )"),
    _c("ends-day", r" (?:(?:tudo acaba|tudo termina|acaba tudo|termina tudo|tudo se acaba|"
       r"tudo vai acabar|tudo acabara|vai tudo acabar)|(?:acabo|termino|ponho fim|dou fim|"
       r"ponho um fim) (?:com|a|em)? ?(?:tudo|isto|isso|esta merda|essa merda|a minha vida|"
       r"minha vida))"
       r"(?! (?:entre nos|com (?:ele|ela|voce|vc|a gente)|da|do|de|o|a|os|as|isso de|"
       r"o trabalho|a mudanca|por fim|finalmente|e amanha|e depois|e vou|e descanso|"
       r"e saio))(?= )",
       before=r" (?:hoje|amanha|esta noite|essa noite|hoje a noite|no|na|o|a|este|esse|"
       r"esta|essa|logo|agora|ja|de vez|daqui a pouco|em breve|dormir|hoje mesmo|e)"
       r"(?: " + _WEEKDAY + r"| fim de semana| semana)?(?: (?:eu|mesmo|ja))?"),
    _c("pills-research", r" (?:quantos|quantas|que quantidade de|quanta quantidade de|"
       r"quantas caixas de|quantos gramas de) <PILLS>(?: [^ ]++){0,5} (?:sao precisos|"
       r"sao precisas|preciso|precisa|e preciso|sao necessarios|para morrer|pra morrer|"
       r"para nao acordar|pra nao acordar|matam|sao letais|sao mortais|e letal|e mortal|"
       r"dose letal|para me matar|pra me matar|para matar|pra matar)(?= )"),
    _c("lethal", r" (?:dose letal|dose mortal|overdose|sobredosagem|sobredose|"
       r"metodo mais rapido de morrer|jeito mais rapido de morrer|forma indolor de|"
       r"maneira indolor de|morte indolor|jeito indolor de morrer|forma mais facil de morrer|"
       r"maneira mais facil de morrer|jeito mais facil de morrer|formas de morrer|"
       r"maneiras de morrer|jeitos de morrer|como morrer sem dor|como se matar|"
       r"como me matar|como se enforcar|metodos de suicidio)(?= )", negatable=True),
    _c("pills-qty", r" (?:tomar|engolir|tomei|engoli|tomo|engulo|vou tomar|tomaria|"
       r"enfiar|mandar para dentro|mandei para dentro|meter) (?:de uma vez |de uma so vez )?"
       r"<QTY> (?:os |as |meus |minhas |de |dos |das )?(?:<PILLS>|que (?:tem|ha|sobraram) "
       r"em casa|o que ha no armario)(?= )"),
    _c("pills-hoard", r" (?:guardando|juntando|acumulando|armazenando|escondendo|"
       r"colecionando|guardar|juntar|acumular|esconder|guardei|juntei|acumulei|"
       r"escondi|guardo|junto|acumulo|tenho guardados|tenho guardadas|tenho escondidos) "
       r"(?:todos |todas |muitos |um monte de |suficientes |bastantes |varios |varias )?"
       r"(?:os |as |meus |minhas |uns |umas |"
       r"os meus |as minhas |os remedios da |dos )?<PILLS>(?= )"),
    _c("pills-hoard-back", r" (?:juntando|guardando|acumulando|escondendo|junta los|"
       r"guarda los|acumula los|esconde los|juntar|guardar|juntando os|"
       r"guardando os)(?= )",
       before=r" <PILLS>(?: [^ ]++){0,5} (?:e|estou|to|ando|tenho andado|ando a|estou a|"
       r"vou|continuo|continuo a|sigo)"),
    _c("pills-ready", r" (?:comprimidos|remedios|pilulas|soniferos|calmantes|antidepressivos|"
       r"corda|arma|revolver|lamina|laminas|gilete|navalha|veneno)(?: [^ ]++){0,1} "
       r"(?:em cima da mesa|na mesa|aqui comigo|aqui do lado|preparados|preparadas|prontos|"
       r"prontas|pronta|contados|contadas|na mao|na minha mao|ao lado da cama|"
       r"na mesinha|na mesa de cabeceira|carregada|amarrada|pendurada|a minha frente|"
       r"na minha frente)(?= )",
       before=r" (?:tenho|ja tenho|tenho aqui|aqui tenho|estao|comprei|preparei|contei|"
       r"separei|deixei|pus|coloquei|tenho a|tenho o|tou com|to com|estou com)"
       r"(?: os| as| a| o| meus| minhas| todos os| todas as| uma| um)?"),
    _c("rope-for", r" (?:corda|cinto|cabo|lencol|corrente)(?: [^ ]++){0,3} "
       r"(?:para me enforcar|pra me enforcar|para enforcar me|vc sabe pra que|"
       r"voce sabe pra que|voce sabe para que|sabes para que|sabe pra que|sabe para que|"
       r"tu sabes pra que|para o pescoco|pra o pescoco|na viga|da viga|para acabar|"
       r"pra acabar)(?= )"),
    _c("noose", r" (?:no de forca|forca pronta|amarrar a corda|pendurar a corda|"
       r"pendurar na viga|enforcar no|enforcar na|enforcar me no|enforcar me na)"
       r"(?= )"),
    _c("jump", r" <JUMP>(?: (?:da|do|de|desde|em frente ao|em frente a|em frente do|"
       r"na frente do|na frente da|para|pra|pro|para a|para o|pela|pelo|no|na|nos|nas|"
       r"debaixo do|debaixo de|embaixo do|de cima da|de cima do|do alto da|do alto do|"
       r"contra|ao|a|aos)){1,2}(?: (?:o|a|os|as|um|uma|minha|meu|esta|essa|este|esse))?"
       r"(?: [^ ]++)? <HIGH>"
       r"(?! (?:de brinquedo|para ir|pra ir|para chegar|a tempo|que|em movimento (?:pra|para)))"
       r"(?= )", negatable=True),
    _c("jump-me", r" (?:jogar|atirar|lancar|deixar cair|tacar|jogo|atiro|lanco)"
       r"(?: (?:da|do|de|desde|em frente ao|em frente a|em frente do|"
       r"na frente do|na frente da|para|pra|pro|para a|para o|pela|pelo|no|na|nos|nas|"
       r"debaixo do|debaixo de|embaixo do|de cima da|de cima do|do alto da|do alto do|"
       r"contra|ao|a|aos)){1,2}(?: (?:o|a|os|as|um|uma|minha|meu|esta|essa|este|esse))?"
       r"(?: [^ ]++)? <HIGH>"
       r"(?! (?:de brinquedo|para ir|pra ir|para chegar|a tempo|que|em movimento (?:pra|para)))"
       r"(?= )", negatable=True, before=r" me"),
    _c("high-then-jump", r" (?:ponte|varanda|sacada|terraco|janela|predio|edificio|penhasco|"
       r"falesia|telhado|viaduto|precipicio|trilhos|linha do comboio|linha do trem|"
       r"plataforma|decimo andar|ultimo andar|andar [0-9]+)(?: [^ ]++){0,8} "
       r"(?:pular|saltar|me jogar|jogar me|me atirar|atirar me|me lancar|salto|pulo|"
       r"me jogo|jogo me|me atiro|atiro me)(?! (?:de paraquedas|de alegria|na piscina|"
       r"para a piscina|pra piscina|na agua|para a agua|de bungee|de bungee jump|"
       r"de emprego|na cama|no sofa|nos seus bracos|nos teus bracos|nos bracos|o muro|"
       r"a cerca|a vedacao|a corda|corda|de um lado|para o outro lado))(?= )"),
    _c("thinking-jump", r" (?:pular|saltar|jogar me|atirar me|"
       r"lancar me|enforcar me|afogar me|envenenar me|"
       r"entrar no mar|entrar no rio)"
       r"(?! (?:de paraquedas|de alegria|na piscina|para a piscina|pra piscina|na agua|"
       r"para a agua|de bungee|de emprego|na cama|no sofa|nos seus bracos|nos teus bracos|"
       r"nos bracos|o muro|a cerca|a vedacao|a corda|corda|de um lado|para o outro lado|"
       r"em (?:dividas|trabalho|lagrimas|alcool)|no trabalho|nos estudos|de cabeca (?:no|em)|"
       r"de cabeca nesse|nessa|nesse|neste|nesta|fora|para cima (?:de|dele|dela)|"
       r"em cima (?:de|dele|dela)|aos (?:seus|teus) pes|na onda|na festa))(?= )",
       before=r" (?:pensando em|penso em|pensei em|pensava em|a pensar em|tentado a|"
       r"tentada a|com vontade de|vontade de|me da vontade de|da vontade de|a ideia de|"
       r"fantasio com|fantasiando com|sonho em|nao paro de pensar em|me imaginando a|"
       r"imagino me a|quero|vou|queria|a espera de coragem para|esperando coragem pra|"
       r"coragem (?:pra|para))(?: me)?"),
    _c("thinking-jump-me", r" (?:jogar|atirar|lancar|enforcar|afogar|envenenar|deixar cair)"
       r"(?! (?:de paraquedas|na piscina|para a piscina|pra piscina|na agua|para a agua|"
       r"na cama|no sofa|nos seus bracos|nos teus bracos|nos bracos|em (?:dividas|trabalho|"
       r"lagrimas|alcool)|no trabalho|nos estudos|de cabeca|nessa|nesse|neste|nesta|fora|"
       r"para cima (?:de|dele|dela)|em cima (?:de|dele|dela)|aos (?:seus|teus) pes|na onda|"
       r"na festa))(?= )",
       before=r" (?:pensando em|penso em|pensei em|pensava em|a pensar em|tentado a|"
       r"tentada a|com vontade de|vontade de|me da vontade de|da vontade de|a ideia de|"
       r"fantasio com|fantasiando com|sonho em|nao paro de pensar em|quero|vou|queria|"
       r"a espera de coragem para|esperando coragem pra|coragem (?:pra|para)) me"),
    _c("sea", r" (?:mar|rio|lago|oceano|agua|represa|barragem)(?: [^ ]++){0,6} (?:e nao voltar|"
       r"nao voltar|e nao sair|e nunca mais voltar|e nunca mais sair|me afogar|afogar me|"
       r"e desaparecer|pra nao voltar|para nao voltar|e me deixar levar)(?= )",
       before=r" (?:entrar no|entrar pelo|entrar pelo mar|me meter no|meter me no|"
       r"caminhar para o|andar ate o|me jogar no|jogar me no|atirar me ao|me atirar no|"
       r"nadar para o|ir para o|ir pro|nadar mar adentro no)"),
    _c("self-harm-hit", r" (?:machuquei|machuco|machucando|machucar|ferir|feri|firo|ferindo|"
       r"bati|bato|batendo|bater|magoei fisicamente)"
       r"(?= (?:de proposito|por querer|aposta|para me castigar|pra me castigar|para sentir|"
       r"pra sentir|ate sangrar|ate sair sangue|com a cabeca na parede|contra a parede|"
       r"na parede|nos bracos|nas pernas|nos pulsos|outra vez|de novo|quando|porque|"
       r"todos os dias|sempre que))",
       before=r" (?:me|voltei a|voltei a me|de novo me|ontem me|hoje me|"
       r"as vezes me|sempre me|e me|que me|quando me|ainda me|ja me|recai e me|"
       r"comecei a me|continuo a me|nao consigo parar de me|nao paro de me|ando a|ando me|"
       r"tenho me|estou me|to me|fiquei me)"),
    _c("self-harm", r" (?:cortei|corto|cortava|cortando|cortar|queimei|queimo|"
       r"queimando|queimar|arranhei|arranho|"
       r"arranhando|arranhar|mutilei|mutilo|mutilando|mutilar|automutilei|automutilo)"
       r"(?! (?:(?:no|na|o|a) (?:joelho|tornozelo|pe|ombro|costas|dedo|cabeca|nariz|"
       r"pescoco|coluna|mao a)|jogando|a jogar|a correr|correndo|de bicicleta|de bike|"
       r"o cabelo|a franja|as unhas|a barba|as pontas|o dedo|um dedo|cozinhando|"
       r"a cozinhar|ao cozinhar|a fazer a barba|fazendo a barba|com papel|com (?:a|uma) "
       r"folha|com a lata|no sol|ao sol|com o sol|na praia|a lingua|a mao na (?:panela|"
       r"porta|frigideira|chapinha)|o joelho|o tornozelo|o pe|jogando|a jogar|no (?:jogo|"
       r"treino|futebol|ginasio)|na academia|treinando|a treinar|as costas|o ombro|"
       r"sem querer|de amor|de ciume|a cabeca (?:na|no|a pensar)|com (?:ele|ela|voce|vc)|"
       r"o carro|de carro|na porta|com a porta|a porta|o pe na|o braco na|a perna na|"
       r"papo|um papo|uma conversa|a cara com|em (?:voce|vc|ti|ele|ela)|ponto|o ponto|"
       r"as botas|a bota|com (?:a|o) (?:panela|forno|ferro|chapinha|secador)|"
       r"o relacionamento|a relacao|o contato|o contacto|relacoes|laco|lacos|contato)|"
       r" com (?:a|uma|o|um) (?:faca|faquinha|tesoura|lata|vidro|papel)(?: [^ ]++){0,2} "
       r"(?:descascando|a descascar|picando|a picar|cortando|a cortar|cozinhando|a cozinhar|"
       r"abrindo|a abrir))"
       r"(?= )",
       before=r" (?:me|voltei a|voltei a me|voltei a me|de novo me|ontem me|hoje me|"
       r"as vezes me|sempre me|e me|que me|quando me|ainda me|ja me|recai e me|comecei a|"
       r"comecei a me|continuo a|continuo a me|nao consigo parar de|nao paro de|"
       r"nao consigo deixar de|ando a|ando me|tenho me|estou me|to me|fiquei me)"),
    _c("self-harm-enclitic", r" (?:cortar me|cortei me|corto me|queimar me|queimei me|"
       r"queimo me|machucar me|magoar me fisicamente|ferir me|feri me|mutilar me|"
       r"arranhar me|bater me|bati me)(?! (?:o cabelo|a franja|as unhas|a barba|"
       r"as pontas|a cozinhar|ao cozinhar|com (?:o|a) (?:papel|folha|sol|panela|forno)|"
       r"no sol|ao sol|na praia|sem querer|a lingua|fez|faz|fazia|deu|sinto|senti|deixou|"
       r"ajudou))(?= )",
       negatable=True),
    _c("self-harm-want", r" (?:cortar|queimar|machucar|ferir|mutilar|"
       r"arranhar|bater|magoar fisicamente|fazer mal|fazer me mal|"
       r"castigar|machucar a mim mesm[ao]|ferir a mim mesm[ao]|sangrar)"
       r"(?! (?:o cabelo|a franja|as unhas|a barba|as pontas|a cozinhar|ao cozinhar|"
       r"com (?:o|a) (?:papel|folha|sol|panela|forno)|no sol|ao sol|na praia|sem querer|"
       r"a lingua|de rir|por (?:ele|ela|voce|vc|ti)|com (?:ele|ela|voce|vc)|"
       r"a (?:estudar|trabalhar)|de (?:trabalhar|estudar)))(?= )",
       negatable=True,
       before=r" (?:quero|queria|preciso|vontade de|me da vontade de|da vontade de|vou|"
       r"voltei a|comecei a|continuo a|nao consigo parar de|nao paro de|penso em|"
       r"pensando em|a pensar em|tentado a|tentada a|a necessidade de|o impulso de|"
       r"a vontade de|a tentacao de|recai e voltei a|tento nao|tentando nao|devia|"
       r"acalmar e|aliviar e|desabafar e|"
       r"o unico jeito de|a unica forma de|a unica maneira de) me"),
    _c("self-harm-body", r" (?:bracos|braco|pernas|perna|coxas|coxa|pulsos|"
       r"pulso|pele|barriga|veias)(?= )",
       before=r" (?:me cortei|me corto|me cortava|cortei me|corto me|cortar me|me cortar|"
       r"me queimei|me queimo|queimei me|queimar me|"
       r"cortar|cortei|corto|rasgar|rasguei)(?: (?:nos|nas|no|na|em|de novo|outra vez))?"
       r"(?: (?:os|as|o|a))?"),
    _c("self-cuts", r" (?:cortes|queimaduras|feridas)(?: (?:nos|nas|no|na|em mim|"
       r"pelo|pela))?(?: (?:bracos|braco|pernas|perna|coxas|pulsos|pulso|barriga|corpo|pele))?"
       r"(?= )",
       before=r" (?:faco|fiz|fazia|ando a fazer|continuo a fazer|voltei a fazer|faco me|"
       r"fiz me|me faco|comecei a fazer)"),
    _c("burn-body", r" (?:bracos|braco|pernas|perna|coxas|pulsos|pulso|barriga|pele|maos|mao)"
       r"(?! (?:na porta|no vidro|a cozinhar|cozinhando|sem querer|no acidente|na queda|"
       r"no forno|na panela|no fogao|com o ferro sem))(?= )",
       before=r" (?:queimo|queimei|queimava|corto|cortava|rasgo|rasguei)(?: os| as| o| a)"
       r"(?: meus| minhas)?"),
    _c("better-die", r" (?:morrer|morrer logo|morrer ja|estar morto|estar morta|eu morrer)"
       r"(?!" + _IDIOM + r")(?= )",
       before=r" (?:melhor|era melhor|seria melhor|e melhor|o melhor e|o melhor era|"
       r"prefiro|preferia|antes|mais facil|um alivio)"),
    _c("bleed", r" (?:ate sangrar|ate sair sangue|ate fazer sangue|ate ficar marcad[oa]|"
       r"para me castigar|pra me castigar|para sentir alguma coisa|pra sentir alguma coisa|"
       r"para sentir algo|pra sentir algo|para sentir dor|pra sentir dor|ate as maos sangrarem|"
       r"ate os nos dos dedos sangrarem)(?= )",
       also="cond.pt.self-hurt"),
    _cond("self-hurt", r" (?:cortei|corto|cortar me|queimei|queimo|queimar me|murros|murro|"
          r"socos|soco|cabecadas|bati|bato|bater|arranhei|arranho|machuquei|machuco|"
          r"mordi|mordo|belisquei|belisco|isqueiro|cigarro|lamina|gilete|socar|esmurrei)"
          r"(?= )"),
    _c("coded", r" (?:desviver|desviver me|desvive|cancelamento na minha vida|"
       r"cancelar a minha vida|cancelar minha vida|autoeliminar me|autoeliminar|"
       r"sewerslide|ir de arrasta pra cima|ir de base|ir de americanas|"
       r"deletar (?:me )?de vez|de letar de vez)(?= )"),
    _c("deleted", r" (?:deletar|de letar|apagar)(?= (?:$|de vez|pra sempre|para sempre|hoje|"
       r"dessa vida|desta vida|do mundo))",
       before=r" (?:quero|queria|vou|pensando em|penso em|a pensar em|vontade de) me"),
    _a("goodbye-forever", r" (?:adeus|tchau|xau|bye|ate sempre|despeco me|despeco) "
       r"(?:pra sempre|para sempre|de vez|definitivamente de todos|mundo|mundo cruel|"
       r"a todos(?= (?:amo|adoro|perdao|me perdoem|perdoem me|obrigad[oa] por tudo|"
       r"para sempre|pra sempre))|de todos para sempre|de todos pra sempre)"
       r"(?! (?:a (?:ele|ela|ti|voce|vc|esta relacao|essa relacao|nos)|de (?:ti|voce|vc|"
       r"ele|ela|lisboa|sao paulo|esta cidade|este pais)))(?= )"),
    _c("last-read", r" (?:ultima mensagem que (?:vais|vai|voce vai|vc vai|vao) (?:receber|ler|"
       r"ter)|ultima vez que (?:vais|vai|voce vai|vc vai|vao) (?:ler|saber de mim|"
       r"ouvir falar de mim|ter noticias minhas)|minhas ultimas palavras|"
       r"as minhas ultimas palavras|carta de despedida|cartas de despedida|"
       r"bilhete de despedida|bilhete de suicidio|carta de suicidio|nota de suicidio|"
       r"mensagem de despedida para todos)"
       r"(?!(?: [^ ]++){0,3} (?:relacion|relacao|namoro|lo nuestro|noviazgo|mi ex|meu ex|"
       r"minha ex|nos dois|a gente))(?= )"),
    _c("forgive-what-do", r" (?:pelo que (?:eu )?vou fazer|pelo que (?:eu )?estou prestes a fazer|"
       r"pelo que (?:eu )?vou fazer hoje|pelo que (?:eu )?vou fazer esta noite|"
       r"pelo que (?:eu )?vou me fazer|pelo que (?:eu )?vou fazer a mim|"
       r"por ir embora assim|por partir assim|por vos deixar assim|por deixar voces assim)"
       r"(?= )"),
    _c("not-blame", r" (?:nao e culpa de ninguem|nao foi culpa de ninguem|ninguem tem culpa|"
       r"ninguem tem a culpa|culpa nao e sua|culpa nao e tua|culpa nao e de ninguem|"
       r"voces nao tem culpa|nao se culpem|nao te culpes|nao se culpe)(?= )",
       also="cond.pt.farewell"),
    _cond("farewell", r" (?:perdoem me|perdoem|perdao a todos|amo vcs|amo voces|"
          r"amo te|amei te|amo todos|adoro vos|adoro vcs|cuidem d|cuida d|cuide d|"
          r"ate sempre|digam a|diz a|diga a|lamento tudo|desculpem tudo|adeus a todos)(?= )"),
    _c("how-do-it", r" (?:sei como vou fazer|como vou fazer|sei como fazer|como fazer sem dor|"
       r"vou fazer hoje|vou fazer esta noite|faco isso hoje|faco isto hoje|"
       r"faco isso esta noite|vai ser (?:na|no) " + _WEEKDAY + r")(?= )",
       also="cond.pt.plan-context"),
    _cond("plan-context", r" (?:quando (?:os )?(?:meus|minha|meu|os) (?:pais|mae|pai|colegas|"
          r"familia|irmaos|velhos) (?:viajarem|sairem|dormirem|estiverem a dormir|"
          r"estiverem dormindo|nao estiverem|forem)|quando todos (?:estiverem a dormir|"
          r"estiverem dormindo|dormirem|sairem)|quando (?:eu )?estiver sozinh[oa]|"
          r"quando ninguem (?:estiver|me ver)|sem ninguem saber|ja decidi|esta decidido|"
          r"nao tem volta|nao ha volta|ninguem me vai parar|ninguem vai me parar|cartas|"
          r"despedida)(?= )"),
    _c("when-gone", r" (?:quando (?:eu )?(?:ja )?(?:ca |aqui )?nao (?:estiver|existir)(?: ca|"
       r" mais| aqui)?"
       r"(?! (?:em|no|na|nos|nas) (?!este mundo|esta vida|este plano))|"
       r"quando (?:eu )?(?:ja )?(?:tiver partido|tiver ido embora para sempre|morrer|"
       r"estiver morto|estiver morta|for embora para sempre|for embora pra sempre|"
       r"ja nao viver)|depois da minha morte|depois que eu morrer|quando me encontrarem|"
       r"quando encontrarem o meu corpo|meu funeral|"
       r"meu enterro|meu velorio|minha campa|minha cova|"
       r"para quando eu ja nao estiver|pra quando eu nao estiver|quando eu ja ca nao estiver)"
       r"(?! (?:em (?:casa|lisboa|sao paulo|portugal|brasil)|no (?:trabalho|pais|escritorio)|"
       r"de (?:ferias|viagem)|aqui para te ajudar|contigo|perto|ao teu lado|ao seu lado))"
       r"(?= )"),
    _c("where-going", r" (?:onde (?:eu )?vou|aonde (?:eu )?vou|para onde (?:eu )?vou|"
       r"pra onde (?:eu )?vou) (?:nao (?:preciso|vou precisar|vou mais precisar|me fazem falta|"
       r"me faz falta|me serve|me servem|da para levar|se leva|preciso del[ae]s?|"
       r"preciso disso)|ja nao (?:preciso|me fazem falta|me faz falta))(?= )"),
    _c("no-problem-nobody", r" (?:problema|peso|fardo|incomodo|estorvo) (?:pra ninguem|"
       r"para ninguem|a ninguem|de ninguem|pra mais ninguem|para mais ninguem)(?= )",
       before=r" (?:nao vou ser|ja nao vou ser|nao vou mais ser|vou deixar de ser|"
       r"deixo de ser|nao serei|ja nao serei|nunca mais vou ser|nao volto a ser)"
       r"(?: mais)?(?: um| uma)?"),
    _c("suicidal-thoughts", r" (?:pensamentos|ideias|ideacao) (?:de )?(?:me matar|matar me|"
       r"suicidio|tirar a minha vida|acabar com a minha vida|me machucar|me cortar|"
       r"suicidas|suicida|morrer|morte)(?= )"),
    _c("tired-living", r" (?:cansad[oa]|fart[oa]|exaust[oa]|esgotad[oa]|cansei) de (?:viver|"
       r"estar viv[oa]|existir|respirar|acordar todos os dias|continuar vivendo|"
       r"continuar a viver|continuar viv[oa])"
       r"(?! (?:assim com|com|em|na|no|num|numa|nesta|neste|perto|"
       r"nessa|nesse|sozinh[oa]|de aluguel|longe|aqui|esperando|pensando|a espera|"
       r"preocupad[oa]))(?= )"),
    _c("hate-alive", r" (?:odeio|detesto) (?:estar viv[oa]|viver|existir|a minha existencia|"
       r"minha existencia|acordar todos os dias|continuar viv[oa])(?! (?:aqui|em|com|sem|"
       r"assim com|longe|sozinh[oa]|nesta|neste|nessa|nesse))(?= )"),
    _c("why-go-on", r" (?:continuar|seguir|insistir na vida|levantar todos os dias)"
       r"(?= (?:se|$|ja|mais|aqui|neste mundo|nesta vida|a viver|vivendo))",
       before=r" (?:(?:pra|para) que|de que serve|qual o sentido de|qual e o sentido de|"
       r"nao faz sentido|nao vejo sentido em)"),
    # ---- ask: soft signals (means with distress, farewells, giving away, hopelessness)
    _a("no-way-out", r" (?:saida|escapatoria|esperanca|solucao para mim|solucao pra mim)"
       r"(?! (?:de (?:emergencia|incendio|casa|do metro)|da (?:loja|estacao|autoestrada)|"
       r"do (?:trabalho|metro|comboio)|para (?:nos|a relacao|o namoro)|com (?:ele|ela)|"
       r"de (?:ele|ela) voltar|de voltar|de reatar|(?:desse|dessa|deste|desta|do|da|de|pra|"
       r"para|pro|com o|com a)(?: (?:o|a|esse|essa|este|esta|questao da|questao do))? "
       r"(?:contrato|aluguel|questao|guarda|divida|hipoteca|emprego|apartamento|trabalho|"
       r"prova)))(?= )",
       before=r" (?:nao vejo|nao ha|nao tem|nao tenho|nao encontro|ja nao vejo|nao existe|"
       r"ja nao ha|ja nao tem|ja nao tenho|sem|zero)(?: nenhuma| nenhum| outra| mais)?"),
    _a("no-way-out-after", r" (?:nenhuma|nenhuma mesmo|alguma)(?= )",
       before=r" (?:nao vejo|nao ha|nao tem|nao encontro) saida"),
    _a("cant-anymore", r" (?:aguento|suporto|consigo|aguento mais|da mais|aguento isto|"
       r"aguento isso|aguento esta dor|aguento essa dor|suporto esta dor)"
       r"(?= (?:$|nao|ja|de verdade|a serio|serio|estou|to|quero|adeus|cansei))",
       before=r" (?:ja nao|nao)(?: da para| da pra| mais)?"),
    _a("nao-da-mais", r" (?:da mais|aguento mais|consigo mais)(?= (?:$|cansei|nao|ja|"
       r"de verdade|estou|to|quero|adeus|chega))",
       before=r" nao"),
    _a("disappear", r" (?:desaparecer|sumir|evaporar|deixar de estar aqui)"
       r"(?! (?:das redes|do instagram|do insta|da (?:tua|sua) vida|daqui um|da cidade|"
       r"do grupo|um tempo|um tempinho|um pouco|uns dias|uma temporada|umas semanas|"
       r"por uns dias|por um tempo|por umas|de ferias|contigo|com (?:ele|ela|voce|vc)|"
       r"juntos|na festa|do mapa um|da (?:tua|sua) vista|do (?:teu|seu) caminho|"
       r"de lisboa|de sao paulo|numa ilha|pro interior|pra praia|para a praia))(?= )",
       before=r" (?:quero|queria|vontade de|preciso|so quero|so queria|gostaria de|"
       r"quem me dera|prefiro|preferia|desejo|me da vontade de|da vontade de|tenho vontade de|"
       r"queria era|quero e)"),
    _a("pills-have", r" <PILLS>(?= )",
       before=r" (?:tenho|guardo|tem|ha|comprei|consegui|me deram) (?:muitos|muitas|"
       r"um monte de|caixas de|todos os|todas as|bastantes|suficientes|tantos|tantas|"
       r"demasiados|demasiadas|um frasco de|uma caixa de|bue de|[0-9]+ caixas de|"
       r"uma caixa inteira de|um frasco inteiro de|a caixa inteira de|uma cartela inteira de)"),
    _a("gun-mention", r" (?:arma|armas|revolver|pistola|espingarda|cacadeira|"
       r"rifle|38|trinta e oito)(?! (?:de agua|de brinquedo|de cola|de silicone|de pintura|"
       r"de paintball|de airsoft|de dois gumes|secreta))"
       r"(?!(?: [^ ]++){0,2} (?:(?:para|pra) (?:cacar|a caca|caca|tiro)|de caca|de cacar|"
       r"de cacador|no clube de tiro|de tiro desportivo|de tiro esportivo))"
       r"(?= )",
       before=r" (?:tem|tenho|tinha|guarda|guardo|ha|comprei|consegui|encontrei|"
       r"sei onde (?:esta|fica|guarda)|tem guardada|tem guardado|esconde|comprar|"
       r"conseguir|arranjar|arranjei)(?: (?:um|uma|a|o|sua|seu|minha|meu))?"),
    _a("looking-at", r" (?:trilhos|linha do comboio|linha do trem|comboios|trens|"
       r"vazio|comprimidos|remedios|corda|arma|lamina|gilete|"
       r"rio de cima|agua de cima|para baixo de cima|la para baixo da|la pra baixo da|"
       r"rio da ponte|rio la de cima)(?= )",
       before=r" (?:olhando|olhar|olho|a olhar|olhando para|olhando pra|a olhar para|"
       r"olhar para|olhar pra|olho para|olho pra|fico olhando|fico a olhar para|"
       r"fiquei olhando|fiquei a olhar para|encarando|a encarar|contemplando|"
       r"tenho ido ver|ando a ver|ando vendo|ver|vendo|observando|a observar)"
       r"(?: (?:os|as|o|a|pros|pras|pro|pra|para os|para as))?"),
    _a("tell-loved", r" (?:amei|amava|amo|adorava|gostava muito|gosto muito)(?= )",
       before=r" (?:diz|diga|digam|dizer|digam a todos|diz a todos|diga a todos|"
       r"diz a (?:minha mae|minha familia|meus pais|os meus pais)|diga (?:a|pra) "
       r"(?:minha mae|minha familia|meus pais)|quero que saibam|que saibam|saibam|"
       r"(?:diz|diga|digam|dizer) (?:pra|pro|para|a|ao) (?:minha|meu|meus|minhas) <FAM>) que "
       r"(?:os|as|eu os|eu as|eu)(?: [^ ]++)?"),
    _a("look-after", r" (?:cuida|cuide|cuidem|cuidar|tomem conta|toma conta|tome conta) "
       r"(?:do meu|da minha|dos meus|das minhas) (?:cachorro|cao|cadela|gato|gata|gatos|"
       r"caes|cachorros|bicho|bichos|animal|animais|irmao|irma|mae|plantas|filho|filha|"
       r"filhos|coelho|passaro|peixes|tartaruga|familia)"
       r"(?!(?: [^ ]++){0,3} (?:enquanto|este fim de semana|esse fim de semana|no fim de semana|"
       r"esta semana|uns dias|ate eu voltar|quando eu viajar|que vou viajar|durante))(?= )"),
    _a("give-away", r" (?:dei|doei|ofereci|distribui|dou|vou dar|estou a dar|doando|"
       r"estou dando|tou a dar|vou doar|andei a dar|dando) "
       r"(?:todas |todos |tudo |quase tudo )?(?:o |a |os |as )?(?:meu|minha|meus|minhas) "
       r"(?:roupa|roupas|coisas|violao|guitarra|gata|gato|cachorro|cao|cadela|bicho|"
       r"animal|livros|consola|console|videogame|play|playstation|ps4|ps5|xbox|switch|"
       r"bicicleta|bike|jogos|pertences|colecao|poupancas|economias|joias|computador|pc|"
       r"portatil|notebook|camera|discos|vinis|quadros|ferramentas)"
       r"(?! (?:velh[ao]s?|para a caridade|pra caridade|para caridade))"
       r"(?!(?: [^ ]++){0,5} (?:que (?:ja )?nao (?:uso|me servem|me serve|usava)|"
       r"porque (?:ja )?nao (?:a|o|as|os) (?:uso|usava|quero|toco|jogo|leio)|"
       r"porque (?:ja )?nao (?:uso|usava|quero|toco|jogo|leio)|porque (?:vou|me vou) mudar|"
       r"antes de mudar|por causa da mudanca|a caridade|para uma ong|pra uma ong))(?= )"),
    _a("not-need", r" precisar(?: mais| nunca mais)?(?= (?:$|mais|nunca|ja|para nada|"
       r"pra nada|de nada|onde|para onde|pra onde|entao|por isso|dele|dela|deles|delas|"
       r"disso|disto|cuidar dele|cuidar dela|cuidar deles|tomar conta dele|tomar conta dela))",
       before=r" (?:ja nao|nao|nunca mais)(?: (?:o|a|os|as|me|te|lhe))? (?:vou|vai|vao)"
       r"(?: mais)?"),
    _a("looked-after-when", r" (?:para (?:ela|ele) cuidar|pra (?:ela|ele) cuidar|"
       r"para cuidarem|pra cuidarem|para que (?:cuide|cuidem) d|pra quem fica|"
       r"para quem fica|quem herda|fiz testamento|fiz o meu testamento|fiz meu testamento|"
       r"o meu testamento|meu testamento|deixei escrito (?:pra|para) quem|"
       r"deixei escrito quem|caso me aconteca alguma coisa|se me acontecer alguma coisa|"
       r"caso eu nao volte|se eu nao voltar)"
       r"(?!(?: [^ ]++){0,3} (?:enquanto|este fim de semana|esse fim de semana|"
       r"no fim de semana|esta semana|uns dias|ate eu voltar|de viagem|nas ferias|"
       r"durante))(?= )"),
    _a("farewell-all", r" (?:perdoem todos|perdoem me todos|perdao a todos|"
       r"obrigad[oa] por tudo a todos|despeco me de todos|despeco de todos|"
       r"despedir me de todos|despedir de todos|despedir de voces|"
       r"despedir me de voces|despedir me da minha familia|despedir da minha familia|"
       r"perdoem por tudo|perdoem me por tudo)(?= )"),
    _a("rope-buy", r" (?:uma corda|um cabo comprido|corda grossa)(?! (?:pra pendurar|"
       r"para pendurar|pra estender|para estender|pra roupa|para a roupa|de roupa|do varal|"
       r"pro varal|para o varal|pra amarrar|para amarrar|de escalada|pra escalar|"
       r"para escalar|de pular|pra pular|para pular|pro cachorro|para o cao|da mudanca|"
       r"para a mudanca|pra mudanca|de violao|de guitarra|pro barco|para o barco|nova para))"
       r"(?= )",
       before=r" (?:comprei|comprar|consegui|arranjei|arranjar|tenho|vou comprar|procurei)"),
    _a("last-letter", r" (?:minha ultima carta|minha ultima mensagem|minhas ultimas palavras|"
       r"meu ultimo adeus|minha despedida final|ultima carta que (?:escrevo|vou escrever))"
       r"(?! (?:pra (?:ti|voce|vc)|para (?:ti|voce|vc)|sobre nos|sobre (?:ele|ela)))(?= )"),
    _a("heading-to", r" (?:ponte|linha do comboio|linha do trem|trilhos|viaduto|falesia|"
       r"penhasco|telhado do predio|terraco do predio|ultimo andar)(?= )",
       before=r" (?:vou|estou indo|to indo|tou a ir|a caminho|vou agora|ja vou|estou a ir)"
       r" (?:pra|para|ate|a|à)(?: a| o)?",
       also="cond.pt.now-alone"),
    _cond("now-alone", r" (?:agora|agora mesmo|ja|esta noite|hoje a noite|sozinh[oa]|"
          r"pela ultima vez|para sempre|pra sempre|adeus|acabar com|pensar)(?= )"),
    _a("bye-all", r" (?:adeus|tchau|xau) a todos(?= (?:obrigad[oa]|amo|perdao|para sempre|"
       r"pra sempre))"),
    _a("not-here-tomorrow", r" (?:vou estar|estarei)(?: aqui| ca)?(?= (?:$|amanha|mais))",
       before=r" nao"),
    _a("soon-not-here", r" (?:logo nao vou estar|em breve nao vou estar|em breve ja nao vou estar|"
       r"logo ja nao vou estar|em breve ja nao estarei|logo nao vou ser|em breve nao vou ser|"
       r"chegou a minha vez|chegou minha vez|chegou a minha hora|chegou minha hora|"
       r"e a minha hora|minha hora chegou|"
       r"nao vou incomodar mais ninguem|nao incomodo mais ninguem|"
       r"nao vou incomodar mais a ninguem)(?! (?:de (?:falar|jogar|pagar|comer|sair|"
       r"trabalhar|apresentar)|no (?:trabalho|escritorio)|na (?:fila|cidade)|disponivel|"
       r"de ferias|ate))(?= )"),
    _a("in-bridge", r" (?:na ponte|no telhado|nos trilhos|na linha do comboio|na linha do trem|"
       r"na beira do|na borda do|na beira da|na borda da|no parapeito|no alto da ponte|"
       r"em cima da ponte|no penhasco|no viaduto|no terraco do predio)"
       r"(?! (?:a caminho|indo pra|indo para|"
       r"a ir para|tomando|a tomar|com (?:os|as|uns|umas|o|a|meus|minhas)|de (?:festa|jantar)|"
       r"esperando|a espera (?:do|da|de um|de uma) (?:onibus|autocarro|uber|taxi|amig)|"
       r"no carro|no transito|presa no|preso no|engarrafad))(?= )",
       before=r" (?:estou|to|tou|agora estou|estou agora|ando|me encontro|continuo|subi|"
       r"ja estou|ja to)"
       r"(?: sentad[oa]| parad[oa]| de pe| sozinh[oa])?"),
    _a("pointless", r" (?:nada faz sentido|ja nada faz sentido|nada vale a pena|"
       r"ja nada vale a pena|nao valho nada|nao sirvo para nada|nao sirvo pra nada|"
       r"sou um desperdicio|sou um erro|sou um fracasso total|tudo seria melhor sem mim|"
       r"sem mim ja nao)(?! (?:sem (?:ti|voce|vc|ele|ela)|se (?:tu|voce|vc) nao|"
       r"no trabalho|na cozinha|no futebol|(?:pra|para) (?:o|a) (?:futebol|cozinha|"
       r"desporto|esporte|danca|exame|desenho|matematica)))(?= )"),
    _a("better-you-without", r" (?:melhor|mais feliz|mais tranquil[oa]|bem) sem mim(?= )",
       before=r" (?:ficarias|ficaria|estarias|estaria|vais ficar|vai ficar|voce fica|"
       r"vc fica|ficas|seras|serias|seria|vivia|viverias)(?: muito| bem| mil vezes)?"),
    _a("leave-forever", r" (?:vou embora|ir embora|partir|partirei|vou partir)"
       r" (?:pra sempre|para sempre)(?= (?:$|e ninguem|ja|adeus|tchau|obrigad[oa]|"
       r"perdao|amo))"),
    _a("feel-something", r" (?:para sentir alguma coisa|pra sentir alguma coisa|"
       r"para sentir algo|pra sentir algo|para sentir dor|pra sentir dor|"
       r"para nao sentir nada|pra nao sentir nada)(?= )",
       before=r" (?:me (?:queimo|queimei|corto|cortei|bato|bati|machuco|machuquei|arranho|"
       r"arranhei|belisco|mordo)|queimar me|cortar me|bater me|machucar me|me queimar|"
       r"me cortar|me bater|me machucar)(?: [^ ]++){0,4}"),
    # ---- harm to others: threats, violence, revenge, exposing, property damage
    _h("kill-other", r" (?:mato|matarei|vou matar|mataria|assassino|vou assassinar|esfaqueio|"
       r"vou esfaquear|arrebento|vou arrebentar|rebento|vou rebentar|acabo com|"
       r"vou acabar com|enforco|estrangulo|vou estrangular|dou um tiro (?:em|n[oa])|"
       r"meto uma bala (?:em|n[oa])|vou dar um tiro (?:em|n[oa]))"
       r" (?:ele|ela|eles|elas|voce|vc|tu|aquele|aquela|esse|essa|este|esta|o teu|o seu|"
       r"a tua|a sua|teu|tua|seu|sua|o cara|a mina|o gajo|a gaja|o tipo|a tipa|aquele cara|"
       r"aquele gajo|o desgracado|a desgracada)(?!" + _IDIOM + r"|" + _JOKE +
       r"| (?:de (?:beijos|cocegas|rir|saudade)|com (?:beijos|abracos|o olhar)))(?= )",
       negatable=True),
    _h("kill-you", r" (?:mato|matarei|mataria|vou matar|matar|esfaqueio|vou esfaquear|"
       r"arrebento|vou arrebentar|quebro|vou quebrar|acabo|vou acabar|estrangulo|"
       r"vou estrangular)(?!" + _IDIOM + r"|" + _JOKE +
       r"| (?:de (?:beijos|cocegas|rir|saudade)|com (?:beijos|abracos|o olhar)|a "
       r"(?:cabeca|beijos)))(?= )",
       negatable=True,
       before=r"(?:(?: (?:juro que|eu juro que|juro|se eu te ver|se te vejo|se eu te vir|"
       r"eu|vou|ainda|um dia|qualquer dia|ainda vou|eu vou))? (?:te|lhe)|"
       r" (?:juro que|eu juro que|eu|ainda|um dia|qualquer dia) (?:o|a|os|as))"),
    _h("kill-enclitic", r" (?:mata lo|mata la|mata los|mata las|assassina lo|assassina la|"
       r"esfaquea lo|esfaquea la|enforca lo|enforca la|estrangula lo|estrangula la|"
       r"envenena lo|envenena la|atropela lo|atropela la)"
       r"(?!" + _IDIOM + r"|" + _JOKE + r"| (?:curiosidad|curiosidade|saudade|pena|risa|"
       r"nostalgia|intriga|ansiedad|ansiedade|incertidumbre|duda|espera|cancion|musica|"
       r"verguenza|vergonha|tristeza|soledad|solidao|rutina|rotina|distancia|idea|ideia|"
       r"situacion|situacao))(?= )",
       negatable=True,
       before=r" (?:vou|quero|queria|vontade de|juro que vou|eu vou|ainda vou|devia|"
       r"tenho de|tenho que|podia|capaz de|era capaz de|sou capaz de|apetece me|"
       r"me apetece|um dia vou|qualquer dia vou|acabo por|e vou)"),
    _h("kill-other-inf", r" (?:matar te|assassinar te|"
       r"esfaquear te|estrangular te|envenenar te|atropelar te|"
       r"dar lhe um tiro|dar te um tiro|meter lhe uma bala|acabar com ele|acabar com ela|"
       r"acabar contigo|acabar com voce|acabar com vc|tirar lhe a vida|tirar te a vida|"
       r"matar ele|matar ela|matar voce|matar vc|matar aquele|matar aquela|matar esse|"
       r"matar essa|matar o teu|matar o seu|matar a tua|matar a sua|matar o cara|"
       r"matar o namorado|matar o novo namorado|matar a namorada|matar a nova namorada|"
       r"matar o ficante|matar o amante|"
       r"matar o gajo)"
       r"(?!" + _IDIOM + r"|" + _JOKE + r"| (?:de (?:beijos|cocegas|rir|saudade)|"
       r"com (?:beijos|abracos|o olhar)|a (?:sede|fome|saudade|curiosidade|vontade)|"
       r"o tempo|a saudade|as saudades)| (?:garrafa|cerveja|cervejinha|vinho|pizza|aula|aulas|"
       r"saudade|saudades|fome|sede|hora|horas|serie|temporada|caixa|lata|prova|materia|"
       r"tarde|manha|noite|sessao))(?= )",
       negatable=True),
    _h("beat", r" (?:quebrar|partir|arrebentar|rebentar|esmagar|desfazer|amassar|quebro|"
       r"parto|arrebento|rebento|esmago|desfaco|quebrarei|partirei|vou quebrar|vou partir|"
       r"vou arrebentar|vou rebentar|vou esmagar|vou desfazer)"
       r"(?: (?:lhe|te))? (?:a cara|as pernas|a boca|os dentes|o pescoco|o nariz|os ossos|"
       r"a fuca|a fronha|o focinho|o cranio|as costelas|os joelhos|os bracos|a tromba|"
       r"a cabeca d|a cara d|as fucas)(?! (?:a estudar|a trabalhar|a pensar|"
       r"por (?:ti|voce|vc)|de tanto))(?= )",
       negatable=True),
    _h("beating", r" (?:uma surra|uma sova|uma tareia|uma coca|um enxerto de porrada|porrada|"
       r"uma porrada|umas porradas|um murro|uns murros|um soco|uns socos|um pontape|"
       r"uma facada|um tiro|uma licao que nunca)(?= )",
       negatable=True,
       before=r" (?:dar|dar lhe|dar te|dou lhe|dou te|vou dar|vou dar lhe|vou te dar|"
       r"vou lhe dar|te dou|lhe dou|meter|meter lhe|meto lhe|vou meter|encher de|"
       r"encher o de|encher a de|enche lo de|enche la de|encho de|levar|levar uma|vai levar|"
       r"vais levar|dar uma|dou uma)(?: (?:a|ao|no|na|nesse|nessa|naquele|naquela|"
       r"no teu|no seu|na tua|na sua) [^ ]++)?"),
    _h("hurt-other", r" (?:machucar|magoar fisicamente|ferir|bater|agredir|espancar|atacar|"
       r"fazer sofrer|fazer pagar|arruinar a vida|destruir a vida|infernizar a vida|"
       r"desgracar a vida|estragar a vida|dar cabo da vida)"
       r" (?:ele|ela|eles|voce|vc|te|o|a|lhe|dele|dela|do teu|do seu|da tua|da sua|"
       r"aquele|aquela|esse|essa|o teu|o seu|a tua|a sua|do cara|do gajo|no teu|no seu|"
       r"na tua|na sua|nele|nela|naquele|naquela|nesse|nessa|no cara|no gajo|em voce|em vc|"
       r"em ti|no namorado|na namorada|no marido|na mulher)(?= )",
       negatable=True,
       before=r" (?:vou|quero|queria|vontade de|me da vontade de|penso em|juro que vou|"
       r"devia|tenho de|tenho que|podia|preciso|adorava|adoraria|vamos|como|vou te|vou lhe)"),
    _h("hurt-you", r" (?:machucar|ferir|bater|agredir|espancar|atacar|fazer sofrer|"
       r"fazer pagar|arruinar a vida|destruir a vida|infernizar a vida|desgracar a vida|"
       r"estragar a vida|magoar|arrebentar|esfaquear)(?= )",
       negatable=True,
       before=r" (?:vou|quero|queria|vontade de|me da vontade de|penso em|juro que vou|"
       r"devia|tenho de|tenho que|podia|preciso|adorava|vamos|como) (?:te|lhe|o|a)"),
    _h("hurt-enclitic", r" (?:machuca lo|machuca la|machucar te|bater lhe|bater te|"
       r"agredi lo|agredi la|agredir te|espanca lo|espanca la|espancar te|ataca lo|"
       r"ataca la|atacar te|faze lo sofrer|faze la sofrer|fazer te sofrer|faze lo pagar|"
       r"faze la pagar|fazer te pagar|arruinar lhe a vida|arruinar te a vida|"
       r"destruir lhe a vida|destruir te a vida|infernizar lhe a vida|infernizar te a vida|"
       r"estragar lhe a vida|estragar te a vida|desgracar lhe a vida|desgracar te a vida|"
       r"meter lhe medo|meter te medo|destrui la|destrui lo|destruir te|humilha la|"
       r"humilha lo|humilhar te|expo la|expo lo|expor te)(?= )",
       negatable=True),
    _h("you-will-pay", r" (?:vais arrepender te|vai se arrepender|vais te arrepender|"
       r"vai arrepender se|voce vai se arrepender|vc vai se arrepender|te vais arrepender|"
       r"ainda te arrependes|vai pagar caro|vais pagar caro|vai pagar por isso|"
       r"vais pagar por isto|vais pagar por isso|vai pagar por isto|mas paga|"
       r"vais pagar pelo que|vai pagar pelo que|vais pagar por tudo|vai pagar por tudo|"
       r"voce vai pagar|vc vai pagar|tu vais pagar|"
       r"vais mas pagar|voce me paga|vc me paga|tu me pagas|nao sabes com quem te meteste|"
       r"nao sabe com quem se meteu|vc nao sabe com quem se meteu|"
       r"voce nao sabe com quem se meteu|cuidado com as costas|olha as costas|"
       r"dorme com um olho aberto|teus dias estao contados|seus dias estao contados|"
       r"isto nao fica assim|isso nao vai ficar assim|isto nao acaba aqui|"
       r"isso nao acaba aqui|isso nao termina aqui|isto nao termina aqui|"
       r"vou me vingar|vou vingar me|fica avisada|fica avisado|"
       r"ficas avisada|ficas avisado|esta avisada|esta avisado|estas avisada|estas avisado|"
       r"considera te avisad[oa]|ultimo aviso)"
       r"(?! (?:bom|boa|de nao|por nao|se nao (?:vieres|vier)))(?= )",
       negatable=True),
    _h("something-happens", r" (?:acontecer alguma coisa|acontecer algo|acontecer uma coisa|"
       r"acontece alguma coisa|acontece algo)(?: (?:com|contigo|a|ao|a ti|com voce|"
       r"com vc|com ele|com ela|aos teus|aos seus|a tua|a sua|ao teu|ao seu))?(?! (?:bom|boa|"
       r"de bom|especial|importante|bonit[oa]|legal|fixe))(?= )",
       before=r" (?:vai|vao|pode|vai te|te vai|lhe vai|vai lhe|ainda vai|ainda te vai|"
       r"senao vai|se nao vai)"),
    _h("know-where", r" (?:sei onde (?:moras|mora|trabalhas|trabalha|estudas|estuda|dormes|"
       r"dorme|estacionas|estaciona|vives|vive)|sei a que horas (?:sais|sai|chegas|chega|"
       r"sais do trabalho|sai do trabalho)|sei que horas (?:voce sai|vc sai|sais|sai)|"
       r"conheco a tua rotina|conheco a sua rotina|sei a tua rotina|sei a sua rotina|"
       r"tenho o teu endereco|tenho o seu endereco|tenho a tua morada)(?= )",
       negatable=True),
    _h("wish-die-other", r" (?:morra|morras|morram|sofra|sofras|sofram|apodreca|apodrecas|"
       r"se foda|te fodas|leve um tiro|leves um tiro|seja atropelad[oa]|sejas atropelad[oa]|"
       r"bata com o carro|batas com o carro|tenha um cancer|tenhas um cancro|tenha cancer|"
       r"se afogue|te afogues|queime no inferno|ardas no inferno|arda no inferno)(?= )",
       before=r" (?:tomara que|espero que|desejo que|rezo para que|rezo pra que|oxala|"
       r"oxala que|que deus permita que|quem me dera que|so desejo que|queria que)"
       r"(?: (?:vc|voce|tu|ele|ela|eles|o teu|o seu|a tua|a sua|esse|essa|aquele|aquela|"
       r"o cara|o gajo|a gaja|a mina)(?: [^ ]++)?)?"),
    _h("revenge", r"(?<!melhor)(?<!a melhor) (?:vinganca|vingar|vingar me|vingar se|"
       r"vou me vingar|vingo me|desforra|desforrar me|acertar as contas|"
       r"dar o troco|fazer (?:ele|ela|voce|vc) se arrepender|faze lo arrepender se|"
       r"faze la arrepender se)"
       r"(?! (?:e (?:ser feliz|viver bem|o sucesso|seguir em frente|esquecer|a indiferenca)|"
       r"sera (?:ser feliz|o meu sucesso)|do destino|da vida|dos nerds|dos sith))(?= )",
       negatable=True),
    _h("images", r" (?:fotos|foto|videos|video|imagens|prints|audios|fotinhas|nudes|"
       r"nude|packs|pack) (?:intimas|intima|intimos|intimo|nua|nu|nuas|nus|pelad[oa]s?|"
       r"privadas|privados|porno|sexuais|hot|picantes|eroticas|eroticos|de lingerie|"
       r"de calcinha|de cueca|sem roupa|del[ae] nu[ae]?|del[ae] pelad[oa]|del[ae]|"
       r"tuas|suas|dela|dele|de nos dois|transando|a transar|fazendo sexo|a fazer sexo)"
       r"(?= )",
       negatable=True,
       before=r" (?:postar|posto|postarei|publicar|publico|publicarei|mandar|mando|"
       r"mandarei|enviar|envio|enviarei|espalhar|espalho|espalharei|divulgar|divulgo|"
       r"divulgarei|passar|passo|compartilhar|compartilho|partilhar|partilho|mostrar|"
       r"mostro|mostrarei|vazar|vazo|vazarei|expor|exponho|vender|vendo|reencaminhar|"
       r"encaminhar|colocar|coloco|meter|meto|usar|uso|ameacar com|ameaca la com|"
       r"ameaca lo com|ameacar (?:ela|ele) com|subir|jogar|jogo|jogar na net|soltar|solto)"
       r"(?: [^ ]++){0,4}"),
    _h("nudes", r" (?:os nudes|as nudes|os packs|o pack|as fotos intimas|os videos intimos|"
       r"nudes dela|nudes dele|nudes|packs)(?= )",
       before=r" (?:postar|posto|publicar|publico|mandar|mando|enviar|envio|espalhar|"
       r"espalho|divulgar|divulgo|passar|passo|compartilhar|compartilho|partilhar|partilho|"
       r"mostrar|mostro|vazar|vazo|expor|vender|vendo|reencaminhar|encaminhar|soltar|"
       r"solto)(?: [^ ]++){0,3}"),
    _h("revenge-porn", r" (?:porno de vinganca|pornografia de vinganca|porn de vinganca|"
       r"revenge porn|exposicao intima)(?= )"),
    _h("expose", r" (?:expor|expo|exponho|humilhar|humilho|queimar|queimo|difamar|difamo|"
       r"cancelar|cancelo|destruir|destruo|arruinar|arruino|acabar com a reputacao d|"
       r"acabar com o nome d|manchar o nome d|sujar o nome d)"
       r" (?:ele|ela|voce|vc|o|a|te|lhe|aquele|aquela|esse|essa)"
       r"(?: (?:nas redes|na net|na internet|no instagram|no insta|no facebook|no face|"
       r"no twitter|no tiktok|publicamente|em publico|pra todo mundo|para toda a gente|"
       r"no grupo|no trabalho dela|no trabalho dele|pros amigos|aos amigos))(?= )",
       negatable=True),
    _h("dox", r" (?:divulgar|publicar|postar|espalhar|dar) (?:o|a) (?:endereco|morada|"
       r"numero|telefone|local de trabalho) (?:dele|dela|do cara|da mina|do gajo|da gaja)"
       r"(?= )", negatable=True),
    _h("send-private", r" (?:conversas|mensagens|prints|audios|segredos|fotos|emails|cartas)"
       r"(?: (?:privadas|intimas))?(?= )", negatable=True,
       before=r" (?:mandar|mando|mostrar|mostro|enviar|envio|encaminhar|passar|postar|vazar)"
       r" (?:pro|pra|para o|para a|ao|a) (?:namorado|namorada|"
       r"marido|mulher|esposa|esposo|familia|mae|pai|chefe|patrao)(?: (?:dela|dele|teu|tua|"
       r"seu|sua|novo|nova))?(?: (?:as|os|nossas|nossos|suas|tuas|todas|todos)){0,2}"),
    _h("send-private-to", r" (?:namorado|namorada|marido|mulher|esposa|esposo|familia|mae|"
       r"pai|chefe|patrao)(?= )", negatable=True,
       before=r" (?:mandar|mando|mostrar|mostro|enviar|envio|"
       r"encaminhar|passar|vazar)(?: (?:as|os|nossas|nossos|suas|tuas|todas as|todos os))? "
       r"(?:conversas|mensagens|prints|audios|segredos)(?: (?:privadas|intimas))?"
       r" (?:pro|pra|para o|para a|ao|a)(?: (?:teu|tua|seu|sua|novo|nova))?"),
    _h("publish-secrets", r" (?:segredos|conversas|mensagens|fotos privadas|intimidades|podres|"
       r"roupa suja|endereco|morada|dados|traicoes)(?= )", negatable=True,
       before=r" (?:postar|publicar|divulgar|espalhar|vazar|expor|postarei|publicarei|"
       r"divulgarei|espalharei|vazarei)(?: todos| todas)? (?:os teus|os seus|as tuas|"
       r"as suas|teus|seus|tuas|suas)"),
    _h("smash-everything", r" (?:partir|quebrar|destruir|rebentar|arrebentar|incendiar|"
       r"queimar) tudo(?= )",
       before=r" (?:a|na|em|pra|para a) (?:tua|sua) (?:casa|loja|ape|apartamento|carro)"
       r"(?: (?:e|pra|para))?"),
    _h("tell-boss", r" (?:chefe|patrao|patroa|empresa|mulher|esposa|marido|"
       r"namorada nova|nova namorada|namorado novo|novo namorado|nova namorada|"
       r"novo companheiro|nova companheira|rh|recursos humanos|supervisor|supervisora|"
       r"gerente|diretor|diretora)(?= )",
       negatable=True,
       before=r" (?:contar|conto|contarei|vou contar|dizer|digo|direi|vou dizer|falar|falo|"
       r"vou falar|avisar|aviso|vou avisar|mandar|mando|vou mandar|mostrar|mostro|"
       r"vou mostrar|denunciar|denuncio|vou denunciar|queixar me|fazer queixa)"
       r"(?: (?:tudo|isso|isto|aquilo|o que|as|os|das|dos|da|do)(?: [^ ]++){0,5})?"
       r" (?:ao|a|pro|pra|para o|para a|pro teu|pro seu|ao teu|ao seu|a tua|a sua) ?"
       r"(?:teu|tua|seu|sua)?"),
    _h("tell-boss-after", r" (?:chefe|patrao|patroa|mulher|esposa|marido|namorada nova|"
       r"nova namorada|namorado novo|novo namorado|rh)(?= (?:dele|dela))",
       negatable=True,
       before=r" (?:contar|conto|vou contar|dizer|digo|vou dizer|falar|vou falar|avisar|"
       r"vou avisar|mandar|vou mandar|mostrar|vou mostrar|denunciar|vou denunciar)"
       r"(?: (?:tudo|isso|isto|aquilo|o que|as|os|das|dos|da|do)(?: [^ ]++){0,5})?"
       r" (?:ao|a|pro|pra|para o|para a)"),
    _h("get-fired", r" (?:ser demitid[oa]|ser despedid[oa]|ser mandad[oa] embora|"
       r"perder o emprego|perderes o emprego|perder o trabalho|perderes o trabalho|"
       r"ficar sem emprego|ficares sem emprego|perder a guarda|perderes a guarda|"
       r"ser deportad[oa]|seres despedid[oa]|seres demitid[oa]|te demitirem|"
       r"te despedirem|demitirem|despedirem|"
       r"demitirem (?:ele|ela|voce|vc)|despedirem (?:ele|ela|voce|vc))(?= )",
       negatable=True,
       before=r" (?:fazer|vou fazer|faco|farei|conseguir que|garantir que|vou garantir que)"
       r"(?: (?:vc|voce|tu|ele|ela|te|o|a|com que (?:vc|voce|tu|ele|ela)|com que))?"),
    _h("property", r" (?:riscar|risco|risquei|riscarei|vou riscar|furar|furo|furei|vou furar|"
       r"quebrar|quebro|quebrei|vou quebrar|partir|parto|parti|vou partir|destruir|destruo|"
       r"destrui|vou destruir|rebentar|rebento|rebentei|arrebentar|arrebento|arrebentei|"
       r"amassar|amasso|amassei|vandalizar|pichar|picho|pichei|grafitar|queimar|queimo|"
       r"queimei|vou queimar|incendiar|incendeio|incendiei|cortar|corto|cortei|esvaziar|"
       r"esvaziei|rasgar|rasgo|rasguei)"
       r" (?:todo |toda |todos |todas )?(?:o|a|os|as)(?: (?:quatro|dois|duas|tres))? "
       r"(?:carro|mota|moto|pneus|pneu|vidros|vidro|janelas|janela|para brisa|parabrisa|"
       r"retrovisor|retrovisores|espelho do carro|portas|porta|fechadura|bicicleta|bike|"
       r"coisas|roupas|roupa|casa|apartamento|ape|loja|travoes|freios|pintura|caixa do correio|"
       r"jardim|portatil|computador|notebook|telemovel|celular|telefone|guitarra|violao)"
       r"(?: (?:do carro|da mota|da moto|do teu|do seu|da tua|da sua))?"
       r" (?:dele|dela|do cara|do gajo|da gaja|da mina|do desgracado|da desgracada|deles)"
       r"(?! (?:sem querer|por acidente))(?= )",
       negatable=True),
    _h("property-yours", r" (?:riscar|risco|risquei|vou riscar|furar|furo|furei|vou furar|"
       r"quebrar|quebro|quebrei|vou quebrar|partir|parto|parti|vou partir|destruir|destruo|"
       r"destrui|vou destruir|rebentar|rebento|rebentei|arrebentar|arrebento|"
       r"amassar|amasso|vandalizar|pichar|picho|queimar|queimo|vou queimar|incendiar|"
       r"incendeio|rasgar|rasgo|cortar|corto|esvaziar)"
       r" (?:todo |toda |todos |todas )?(?:o|a|os|as)? ?(?:teu|tua|teus|tuas|seu|sua|seus|suas)"
       r"(?: (?:quatro|dois|duas|tres))? (?:carro|mota|moto|pneus|pneu|vidros|vidro|janelas|"
       r"janela|para brisa|parabrisa|retrovisor|portas|porta|fechadura|bicicleta|bike|"
       r"coisas|roupas|roupa|casa|apartamento|ape|loja|travoes|freios|caixa do correio|"
       r"jardim|portatil|computador|notebook|telemovel|celular|guitarra|violao)"
       r"(?! (?:sem querer|por acidente))(?= )",
       negatable=True),
    _h("fire", r" (?:fogo|lume|incendio)(?: (?:em|nas|nos|na|no|a|as|aos|ao))? "
       r"(?:suas|seus|sua|seu|tuas|teus|tua|teu|casa|carro|coisas)(?: [^ ]++)?(?= )",
       negatable=True,
       before=r" (?:tacar|taco|tacarei|vou tacar|botar|boto|vou botar|por|ponho|vou por|"
       r"atear|ateio|vou atear|meter|meto|vou meter|deitar|deito|vou deitar|pegar|"
       r"pegarei|vou pegar|atear o)"),
    _h("fire-after", r" (?:na sua casa|na tua casa|na casa dele|na casa dela|no seu carro|"
       r"no teu carro|no carro dele|no carro dela)(?= )",
       before=r" (?:depois|e depois|e ainda|e tambem|e)",
       also="cond.pt.fire"),
    _cond("fire", r" (?:fogo|incendiar|queimar|lume)(?= )"),
    _h("acid", r" (?:acido na cara|acido no rosto|veneno na (?:comida|bebida)|"
       r"veneno no (?:cafe|copo|drink)|droga na bebida|batizar a bebida d|drogar (?:ele|"
       r"ela)|droga la|droga lo)(?= )", negatable=True),
    _h("threaten", r" (?:ameacar|ameaco|ameacei|vou ameacar|intimidar|intimido|assustar|"
       r"assusto|vou assustar|amedrontar|aterrorizar)"
       r" (?:ele|ela|eles|voce|vc|te|o|a|lhe|aquele|aquela|esse|essa)(?= )",
       negatable=True),
    _h("threaten-enclitic", r" (?:ameaca la|ameaca lo|ameacar te|intimida la|intimida lo|"
       r"intimidar te|assusta la|assusta lo|assustar te|ameacas de morte|ameaca de morte|"
       r"mandar lhe ameacas|mandar te ameacas)(?= )", negatable=True),
    _h("deserve", r" (?:merece|mereces|merecem) (?:morrer|sofrer|levar um tiro|levar uma surra|"
       r"apanhar|uma surra|um tiro|apodrecer|estar mort[oa]|o inferno|arder|queimar no "
       r"inferno|que (?:lhe|te) aconteca)(?= )", negatable=True),
    _h("kys-pt", r" (?:se mata|mata te|vai te matar|vai se matar|se enforca|enforca te|"
       r"vai morrer longe|morre|morre logo|devias te matar|devia se matar|"
       r"deverias matar te|espero que te mates|espero que se mate|se joga da ponte|"
       r"atira te da ponte)(?!" + _IDIOM + r"|" + _JOKE + r")(?= (?:$|sua|seu|tua|teu|"
       r"logo|de vez|duma vez|de uma vez|ninguem|vai|e|que))"),
    # ---- harassment: getting round a block, proxies, turning up, tracking
    _cond("blocked", r" <BLOCKED>(?= )"),
    _s("other-account", r" <ACC>"
       r"(?: (?:novo|nova|diferente|secundari[oa]|falso|falsa|fake|emprestad[oa]))?(?= )",
       also="cond.pt.blocked",
       before=r" (?:de|do|da|desde|com|por|pelo|pela|usando|atraves de|comprei|comprar|"
       r"criar|criei|fazer|fiz|abrir|abri|arranjar|arranjei|conseguir|consegui|usar|usei|"
       r"mando msg de|mando mensagem de|ligo de|ligar de|mandar de) "
       r"(?:outro|outra|novo|nova|um|uma|segundo|segunda)"),
    _s("account-of", r" (?:conta|perfil|numero|telefone|celular|telemovel|insta|whatsapp|zap|"
       r"face|facebook|tiktok|snap|email) (?:da|do|de) (?:minha|meu|minhas|meus|uma|um|"
       r"outra|outro) <FAM>(?= )", also="cond.pt.blocked"),
    _s("fake-account", r" (?:conta|contas|perfil|perfis|numero|usuario|insta|email|face|"
       r"tiktok|snap|zap) (?:falsa|falso|falsas|falsos|fake|fakes|anonima|anonimo|secreta|"
       r"secreto|alternativa|alternativo|com outro nome|com outra foto|com nome falso|"
       r"com um nome falso|com outro usuario|de mentira|inventada|inventado)(?= )",
       negatable=True),
    _s("hidden-number", r" (?:numero privado|numero oculto|numero escondido|numero confidencial|"
       r"sem (?:ela|ele) saber que sou eu|sem (?:ela|ele) saber que e eu|"
       r"sem (?:ela|ele) perceber que sou eu|sem (?:ela|ele) me reconhecer|"
       r"pra (?:ela|ele) nao saber que sou eu|para (?:ela|ele) nao saber que sou eu|"
       r"pra (?:ela|ele) nao me reconhecer|para (?:ela|ele) nao me reconhecer|"
       r"fingir ser outra pessoa|fingindo ser outra pessoa|passar por outra pessoa|"
       r"passar me por outr[ao])(?= )", negatable=True),
    _s("chip-to", r" (?:outro|outra|novo|nova|segundo) (?:chip|numero|linha|telefone|telemovel|"
       r"celular|sim|cartao)(?: [^ ]++){0,4} (?:(?:pra|para) (?:poder )?(?:mandar|falar|ligar|"
       r"escrever|contactar|contatar)(?: (?:mensagem|msg|mensagens))?(?: (?:pra|para|com|a) "
       r"(?:ela|ele))?|(?:pra|para) (?:ela|ele) (?:me )?(?:atender|responder|nao saber)|"
       r"so (?:pra|para) (?:ela|ele))(?= )"),
    _s("fake-to-see", r" (?:criei|criar|fiz|fazer|abri|abrir|vou criar|vou fazer|vou abrir|"
       r"usar|uso) (?:um|uma|outro|outra) (?:conta|perfil|insta|usuario)(?: [^ ]++){0,4} "
       r"(?:(?:pra|para) (?:ver|espiar|seguir|stalkear|falar com|mandar msg|me aceitar|"
       r"(?:ela|ele) me aceitar|(?:ela|ele) me seguir|nao saber)|com outro nome)(?= )",
       negatable=True),
    _s("proxy", r" (?:passar|passe|entregar|entregue|dizer|diga|falar|fale|mandar|mande|"
       r"mostrar|mostre|convencer|convenca|pedir|peca|levar|leve|responder|atender|"
       r"desbloquear|ligar|espiar|vigiar)(?= )",
       before=r" (?:a|o|pra|pro|para a|para o|ao|da|do) (?:<FAM>|conhecid[oa]|"
       r"colega de casa|colega de quarto|chefe|namorado|namorada) (?:dela|dele)"
       r"(?: [^ ]++){0,5} (?:pra|para|que)(?: (?:lhe|ele|ela|a|o|me)){0,2}"),
    _s("proxy-ask", r" (?:<FAM>|colega de casa|chefe) (?:dela|dele)(?= )",
       also="cond.pt.proxy-purpose",
       before=r" (?:pedi|pedir|vou pedir|peco|pedirei|mandar mensagem|mandar msg|mandar|"
       r"vou mandar mensagem|vou mandar msg|vou mandar|escrever|vou escrever|ligar|vou ligar|"
       r"liguei|falar com|vou falar com|contactar|contatar|vou contactar|vou contatar|"
       r"implorar|usar|vou usar)(?: (?:a|o|pra|pro|para a|para o|ao|com a|com o))?"),
    _cond("proxy-purpose", r" (?:responder|atender|falar comigo|desbloquear|"
          r"lhe passar|passar as minhas mensagens|passar minhas mensagens|convencer|"
          r"voltar pra mim|voltar para mim|dizer onde)(?= )"),
    _s("turn-up", r" (?:aparecer|apareco|aparecerei|vou aparecer|ir|vou|irei|passar|passo|"
       r"ficar|fico|esperar|espero|vigiar|vigio|rondar|rondo|plantar me|plantar|"
       r"bater|bato)(?: (?:todos os dias|todas as noites|sempre|de novo|outra vez))?"
       r" (?:em|na|no|a|ao|pela|pelo|la na|la no|em frente a|em frente da|"
       r"em frente do|na frente da|na frente do|a porta da|a porta do|na porta da|"
       r"na porta do|a saida da|a saida do|na saida da|na saida do|perto da|perto do|"
       r"a entrada da|a entrada do|na entrada da|na entrada do|a porta de) "
       r"(?:casa|trabalho|escritorio|apartamento|ape|faculdade|universidade|escola|academia|"
       r"ginasio|predio|rua|loja|emprego|servico|aula|firma|empresa)(?: (?:dela|dele|da mina|"
       r"do cara|do gajo|da gaja))?"
       r"(?! (?:(?:pra|para|a) (?:buscar|pegar|devolver|levar|deixar|entregar) (?:as|os|"
       r"minhas|meus|a|o|suas|seus)|quando (?:ela|ele) (?:convidar|chamar|pediu|pedir)|"
       r"com (?:ela|ele)|juntos))(?= )",
       negatable=True, also="cond.pt.unwelcome"),
    _cond("unwelcome", r" (?:<BLOCKED>|mesmo (?:ela|ele|que ela|que ele) (?:tendo|tenha|"
          r"nao)|mesmo assim|sem avisar|sem (?:ela|ele) saber|de surpresa|quer (?:ela|ele) "
          r"queira ou nao|queira ou nao|nao me atende|nao me responde|ignora|"
          r"nao quer me ver|nao quer falar|ate (?:ela|ele) (?:me )?(?:atender|sair|falar)|"
          r"todos os dias|todas as noites|noite toda|escondid[oa]|para (?:ela|ele) me ver|"
          r"todo dia|ate (?:ela|ele) (?:me )?(?:responder|atender|falar|aparecer)|"
          r"pra (?:ela|ele) me ver|pediu (?:pra|para) (?:eu )?nao)(?= )"),
    _s("plant-home", r" (?:plantar me|plantar|planto me|acampar|aparecer de surpresa|"
       r"apareco de surpresa|aparecer sem avisar|apareco sem avisar) (?:em|na|no|a|"
       r"em frente a|em frente da|em frente do|a porta da|na porta da) "
       r"(?:casa|trabalho|escritorio|apartamento|ape|faculdade|escola|predio)"
       r"(?: (?:dela|dele))?(?= )", negatable=True),
    _s("wait-exit", r" (?:esperar|espero|esperarei|vou esperar|interceptar|intercetar|"
       r"abordar|emboscar|seguir|sigo|perseguir|persigo|apanhar|pegar) (?:ela|ele|a|o) "
       r"(?:na saida|a saida|na entrada|a entrada|na porta|a porta|la fora|fora do|"
       r"fora da|na esquina|em frente|a frente|ate a casa|ate casa|ate ao trabalho|"
       r"ate o trabalho|escondid[oa]|sem (?:ela|ele) me ver|quando (?:ela|ele) sair)(?= )",
       negatable=True),
    _s("wait-exit-enclitic", r" (?:espera la|espera lo|esperar te|segui la|segui lo|"
       r"seguir te|aborda la|aborda lo|intercepta la|intercepta lo|persegui la|persegui lo)"
       r" (?:na saida|a saida|na entrada|a entrada|na porta|a porta|la fora|fora do|"
       r"fora da|na esquina|em frente|ate a casa|ate casa|escondid[oa]|"
       r"quando (?:ela|ele) sair)(?= )", negatable=True),
    _s("tracker", r" (?:airtag|airtags|air tag|localizador|rastreador|gps no carro|"
       r"app espia|aplicativo espiao|aplicacao espia|programa espiao|spyware|life360|mspy|"
       r"keylogger|camera escondida|camara escondida)(?= )", negatable=True),
    _s("location", r" (?:localizacao|posicao|gps|paradeiro|movimentos|sua localizacao|"
       r"tua localizacao)"
       r"(?: (?:dela|dele|do meu ex|da minha ex|dela em tempo real|dele em tempo real))?"
       r"(?= )",
       negatable=True,
       before=r" (?:ver|vejo|saber|sei|rastrear|rastreio|seguir|sigo|localizar|descobrir|"
       r"acompanhar|acompanho|ativar|monitorizar|monitorar|controlar|controlo|vigiar|vigio|"
       r"espiar|espio|acessar|aceder a|ter|pegar|obter|partilhar|compartilhar)"
       r"(?: (?:a|o|os|as))?"),
    _s("snoop", r" (?:conta do (?:instagram|insta|face|facebook|email|whatsapp|tiktok|"
       r"twitter|gmail|icloud)|mensagens|conversas|whatsapp|zap|email|emails|conta|contas|icloud|"
       r"telemovel|celular|telefone|senha|password|palavra passe|instagram|insta|dms|"
       r"directs|direct|facebook|face|gmail|twitter|tiktok) (?:dela|dele)(?= )",
       negatable=True,
       before=r" (?:ler|leio|vasculhar|vasculho|mexer (?:no|na|nas|nos)|fucar|"
       r"invadir|invado|hackear|hackeio|entrar (?:no|na|nas|nos)|acessar|aceder a|espiar|"
       r"espio|clonar|clono|descobrir|adivinhar|roubar|entrei (?:no|na|nas|nos)|"
       r"entro (?:no|na|nas|nos)|mexi (?:no|na|nas|nos)|acessei|acedi a|invadi|hackeei|"
       r"li|vasculhei)(?: (?:o|a|os|as))?"),
    _s("their-password", r" (?:com|usando|sabendo|tenho|adivinhei|descobri|sei) (?:a )?"
       r"(?:senha|password|palavra passe|pin|codigo) (?:dela|dele)(?= )", negatable=True),
    _s("alt-account-watch", r" (?:conta|perfil|usuario|insta|instagram)"
       r"(?: (?:falsa|falso|fake|nova|novo|secundaria|secundario))?(?= )",
       before=r" (?:sigo|seguir|espiar|espio|stalkear|stalkeio|ver|vejo|vigiar|vigio|olhar|"
       r"olho)(?: [^ ]++){0,3} (?:com|de|desde|por) (?:outra|outro)"),
    _s("despite-order", r" (?:medida protetiva|ordem de afastamento|ordem de restricao|"
       r"medida de afastamento)(?= )",
       before=r" (?:mesmo com|apesar da|apesar de|mesmo ela tendo|mesmo ele tendo|ignorando a|"
       r"mesmo tendo|embora (?:ela|ele) tenha|embora haja|apesar de haver)(?: uma| a)?"),
    _h("defame", r" (?:todo mundo|toda a gente|todos|familia dela|familia dele|"
       r"os amigos dela|os amigos dele|os pais dela|os pais dele|mae dela|mae dele|"
       r"internet|o trabalho dela|o trabalho dele)(?= )",
       negatable=True, also="cond.pt.accusation",
       before=r" (?:contar|dizer|espalhar|falar|postar|gritar|conto|digo|espalho|falo|"
       r"contarei|direi) (?:pra|para|a|ao)(?: a)?"),
    _cond("accusation", r" (?:traiu|trai|traicao|corno|chifre|chifrou|chifres|mentiros[oa]|"
          r"puta|vagabund[oa]|maltratador[a]?|louca|louco|drogad[oa]|bebad[oa]|herpes|aborto|"
          r"abusador|ladra|ladrao|golpista|estuprador|assediador|pedofilo|psicopata|"
          r"piranha|safad[oa]|infiel)(?= )"),
    _s("without-knowing", r" sem (?:ela|ele) (?:perceber|saber|descobrir|notar|desconfiar|"
       r"dar conta)(?= )",
       before=r" (?:ver|vejo|saber|rastrear|seguir|localizar|ler|leio|vasculhar|espiar|vigiar|"
       r"controlar|entrar|acessar|aceder) (?:a|o|as|os|onde|com quem|o que)(?: [^ ]++){0,3}"),
    _s("track-phone", r" (?:celular|telemovel|telefone|carro|whatsapp|conta|iphone|android)"
       r" (?:dela|dele)(?= )", negatable=True,
       before=r" (?:rastrear|rastreio|localizar|clonar|clono|hackear|hackeio|grampear|"
       r"grampeio|espiar|espio|instalar um app no|instalar uma app no|por um gps no|"
       r"colocar um gps no|por um rastreador no|"
       r"(?:instalei|instalar|instalo|pus|coloquei|meti|por|colocar) (?:um|uma) "
       r"(?:app|aplicativo|aplicacao|programa|localizador|gps|rastreador|spyware) no)"
       r"(?: o| a)?"),
    _s("where-she-is", r" onde (?:ela|ele) (?:mora|esta morando|trabalha|esta a morar|vive|"
       r"se mudou|dorme|passa as noites)(?= )",
       before=r" (?:descobrir|saber|investigar|rastrear|achar)(?: [^ ]++){0,2}",
       also="cond.pt.blocked"),
    _s("spam-until", r" ate (?:ela|ele) (?:me )?(?:atender|responder|falar comigo|desbloquear|"
       r"voltar|ceder|abrir|sair)(?= )",
       negatable=True,
       before=r" (?:ligar|ligando|a ligar|mandar mensagem|mandando mensagem|mandar msg|"
       r"mandando msg|insistir|insistindo|a insistir|tocar a campainha|tocando a campainha|"
       r"continuar|vou continuar|nao vou parar|esperar|esperando)(?: [^ ]++){0,4}"),
    _s("spam-many", r" (?:liguei|mandei|enviei) (?:[0-9]+|cem|cinquenta|vinte|trinta|mil|"
       r"muitas|um monte de|umas) (?:vezes|mensagens|msgs|chamadas|ligacoes)"
       r"(?: (?:pra|para|a) (?:ela|ele))?(?= )", negatable=True),
    _s("blocked-contact", r" (?:mandar|mando|mandarei|escrever|escrevo|falar|falo|ligar|ligo|"
       r"contactar|contatar|contacto|contato|chegar|alcancar|comunicar me|comunicar)"
       r"(?: (?:msg|mensagem|mensagens|com (?:ela|ele)|a (?:ela|ele)|pra (?:ela|ele)|"
       r"para (?:ela|ele)))?(?= )",
       also="cond.pt.blocked",
       before=r" (?:como|como e que|como posso|como eu|jeito de|forma de|maneira de|"
       r"algum jeito de|alguma forma de|alguma maneira de|me ajuda a|ajuda me a|quero|"
       r"preciso|vou|tenho de|tenho que|mesmo assim|na mesma|outra forma de|"
       r"outro jeito de)(?: (?:lhe|eu|que eu|posso))?"),
    _s("bypass-block", r" (?:contornar o bloqueio|driblar o bloqueio|passar o bloqueio|"
       r"furar o bloqueio|burlar o bloqueio|fugir ao bloqueio|ignorar a medida protetiva|"
       r"furar a medida protetiva|desrespeitar a medida|apesar da medida protetiva|"
       r"mesmo com a medida protetiva|mesmo com medida protetiva)(?= )", negatable=True),
    # ---- second pass (train2 families): passive wishes, plans, means, farewells, burden
    _c("me-mato", r" mato(?!" + _IDIOM + r"|" + _JOKE + r"| (?:com|a|o|ele|ela|voce|vc|"
       r"no|na|pelo|pela|por|pra|para|todo|toda|trabalhando|estudando|treinando)(?= ))(?= )",
       negatable=True,
       before=r" (?:hoje|amanha|esta noite|essa noite|hoje eu|eu|acho que|juro que|"
       r"acho que hoje|acho que eu|ainda|um dia|qualquer dia|hoje mesmo) me"),
    _a("not-have-to-wake", r" (?:nao precisar|nao precise|nao precisasse|nao ter que|"
       r"nao ter de|nao tivesse que|nao tivesse de) (?:acordar|viver|existir|"
       r"continuar vivendo|continuar a viver|continuar vivo|continuar viva|estar aqui)"
       r"(?! (?:cedo|com|sem|perto|as|a tempo|tao|em|pra ir|para ir))(?= )"),
    _a("something-happen-me", r" (?:acontecesse alguma coisa|aconteca alguma coisa|"
       r"acontecesse algo|aconteca algo|acontecer alguma coisa|acontecer algo) comigo"
       r"(?! (?:de bom|boa|bom))(?= )",
       before=r" (?:queria que|quero que|tomara que|quem me dera que|espero que|"
       r"torco pra que|torco para que|as vezes quero que|desejo que|rezo pra que)"),
    _a("all-over", r" que (?:tudo (?:acabasse|acabe|terminasse|termine|parasse|pare|se acabe|"
       r"se acabasse)|(?:acabe|termine|se acabe) tudo)"
       r"(?= (?:$|de vez|pra sempre|para sempre|ja|logo))"),
    _a("do-it-when", r" (?:eu faco|faco|vou fazer|farei|faco isso|vou fazer isso|"
       r"vou acabar com isto|vou acabar com isso|vou acabar com tudo|acabo com tudo|"
       r"acabo com isto|acabo com isso)(?= )", also="cond.pt.when-alone"),
    _cond("when-alone", r" (?:quando (?:todo mundo|todos|toda a gente|os meus pais|meus pais|"
          r"os outros|(?:a minha|o meu|minha|meu|os meus|meus) [^ ]++(?: de casa)?) "
          r"(?:dormir|dormirem|sair|sairem|viajar|viajarem|for dormir|forem dormir|"
          r"nao estiver|nao estiverem|for embora|forem embora)|quando (?:eu )?(?:estiver|"
          r"ficar) sozinh[oa]|quando nao tiver ninguem|quando nao houver ninguem|"
          r"ja decidi|ta decidido|esta decidido|ja sei como e quando|ja sei quando e como)"
          r"(?= )"),
    _a("chose-day", r" (?:escolhi|decidi|marquei|defini|tenho) o dia"
       r"(?= (?:$|" + _WEEKDAY + r" $|e " + _WEEKDAY + r"|pra fazer|para fazer|de fazer))",
       before=r" ja"),
    _a("planned-all", r" (?:planejei tudo|planeei tudo|organizei tudo|preparei tudo)"
       r"(?= (?:$|pro " + _WEEKDAY + r" $|para o " + _WEEKDAY + r" $|pra hoje $|"
       r"pra esta noite|para esta noite|pra essa noite|para hoje $))"),
    _a("all-ready", r" (?:tudo pronto|tudo planejado|tudo preparado|tudo organizado|"
       r"tudo decidido)(?= (?:$|pro " + _WEEKDAY + r" $|para o " + _WEEKDAY + r" $|"
       r"pra hoje $|para hoje $|pra esta noite|para esta noite|pra essa noite))",
       before=r" (?:ja ta|ja esta|ja tenho|ja fica|ja ficou)"),
    _a("and-its-over", r" e (?:acabou|pronto acabou|fim|acabou tudo|acaba tudo)(?= $)",
       also="cond.pt.high"),
    _cond("high", r" (?:ponte|viaduto|trilhos|telhado|terraco|varanda|sacada|janela|"
          r"penhasco|falesia|ultimo andar|parapeito|comprimidos|remedios|corda|lamina)(?= )"),
    _a("blade-in-hand", r" (?:faca|lamina|gilete|navalha|tesoura|arma|estilete)"
       r"(?: [^ ]++)? (?:na mao|na minha mao|nas maos|nas minhas maos)"
       r"(?!(?: [^ ]++){0,3} (?:cortando|cozinhando|descascando|picando|pra cortar|"
       r"para cortar|pra fazer|para fazer))(?= )",
       before=r" (?:to com|tou com|estou com|tenho|ja tenho|com|seguro|segurando)"
       r"(?: a| o| uma| um| minha| meu)?"),
    _c("crash-car", r" (?:bater|jogar|atirar|espatifar|enfiar|estampar) (?:o|meu|o meu) "
       r"(?:carro|mota|moto|caminhao) (?:num|numa|em um|em uma|contra um|contra uma|"
       r"contra o|contra a|no|na) (?:muro|poste|arvore|caminhao|parede|onibus|camiao|"
       r"pilar|ponte)(?= )",
       before=r" (?:penso em|pensando em|pensei em|a pensar em|vontade de|quero|vou|"
       r"a ideia de|tentad[oa] a|me da vontade de)"),
    _a("will-use-it", r" vou usar(?= (?:$|hoje|essa noite|esta noite|ja|logo|agora))",
       also="cond.pt.means"),
    _cond("means", r" (?:lamina|laminas|gilete|navalha|faca|corda|arma|revolver|"
          r"comprimidos|remedios|veneno|estilete)(?= )"),
    _a("real-farewell", r" despedida (?:de verdade|definitiva|final|pra sempre|para sempre|"
       r"real)(?= )"),
    _a("left-letters", r" (?:deixei|deixo|vou deixar|deixarei|deixando) (?:umas |as |minhas |"
       r"uma |a )?(?:cartas|bilhetes) (?:pra|para|a|aos|as) (?:minha|meu|meus|"
       r"minhas|cada|todos|toda) (?!ex )"),
    _a("not-their-fault", r" (?:nao foi|nao e|nada foi|nada e) culpa (?:dele|dela|deles|sua|"
       r"tua)(?= )",
       before=r" (?:diz|diga|digam|dizer) (?:pra|pro|para|ao|a|aos) (?:minha|meu|meus|minhas)"
       r" <FAM> que"),
    _a("my-decision-peace", r" (?:nada e|nao e|nao foi|nada foi) culpa (?:dele|dela)(?= )",
       also="cond.pt.at-peace"),
    _cond("at-peace", r" (?:e decisao minha|e minha decisao|foi decisao minha|"
          r"em paz(?! com))(?= )"),
    _a("never-hear", r" (?:vais|vai|voce vai|vc vai|vao) (?:ouvir falar|saber|ter noticias)"
       r" (?:de mim|minhas)(?= )", before=r" nunca mais", also="cond.pt.real-goodbye"),
    _cond("real-goodbye", r" (?:nao e porque|de verdade|pra sempre|para sempre|"
          r"desculpa por tudo|despedida|adeus pra sempre)(?= )"),
    _a("edge-past", r" (?:na beira|na borda|no parapeito|em cima do parapeito) "
       r"(?:da|do) (?:ponte|predio|telhado|viaduto|penhasco|janela|varanda|terraco|falesia)"
       r"(?= )",
       before=r" (?:fiquei|fico|estive|estava|passei uma hora|passei horas|sentei|me sentei)"
       r"(?: sentad[oa]| parad[oa]| de pe| sozinh[oa])?"),
    _a("nobody-hear", r" ninguem (?:mais )?(?:ouve|ouvir|vai ouvir|saiba|sabe|vai saber)"
       r"(?: falar)?(?: mais)? de mim(?! (?:no|na|nos|nas|neste|nesse|esta|essa|hoje|amanha|"
       r"por um|por uns|durante|ate))(?= )"),
    _a("last-read-me", r" ultima vez que (?:voce |vc |tu )?(?:vai|vais) me (?:ler|ouvir)(?= )"),
    _a("farewell-today", r" (?:despedindo|despedi) (?:de todos|de todo mundo|"
       r"de toda a gente|"
       r"de voces|da minha familia|de minha familia|dos meus pais|dos meus amigos|"
       r"dos meus filhos|da minha mae)"
       r"(?= (?:$|hoje|esta noite|essa noite|pra sempre|para sempre|pela ultima vez|ja))"),
    _a("who-gets", r" quem (?:fica|vai ficar|ficara) com (?:cada coisa|as minhas coisas|"
       r"minhas coisas|tudo que e meu|cada uma das minhas coisas)(?= )"),
    _a("passwords", r" (?:senhas|contas|passwords)(?: [^ ]++){0,6} (?:num envelope|"
       r"em um envelope|(?:pra|para) (?:a )?(?:minha|meu|meus|minhas) <FAM>|"
       r"caso me aconteca)(?= )",
       before=r" (?:deixei|deixo|anotei|escrevi|passei)(?: (?:as|minhas|todas as|as minhas))?"),
    _a("life-insurance", r" (?:seguro de vida|testamento)(?= )",
       before=r" (?:mudei|alterei|fiz|atualizei|revi|arrumei|deixei pronto)"
       r"(?: (?:o|meu|um|o meu))?"),
    _a("ruin-everyone", r" (?:estrago|arruino|atrapalho|destruo|estraguei|arruinei) a vida "
       r"(?:dos outros|de todos|de todo mundo|de toda a gente|das pessoas|de quem|"
       r"da minha familia)(?= )"),
    _a("nothing-changes", r" nada (?:vai|nunca vai|vai nunca) (?:mudar|melhorar)(?= )",
       also="cond.pt.tired"),
    _cond("tired", r" (?:cansei|eu cansei|desisto|rendo|cansad[oa] de tudo|"
          r"nao aguento mais(?! (?:o|a|essa|esse|isso|esta|este)))(?= )"),
    _a("no-future-me", r" (?:futuro|saida|esperanca) (?:pra|para) mim(?= )",
       before=r" (?:nao vejo|nao ha|nao tem|nao tenho|nao existe|sem)(?: nenhum| nenhuma| um|"
       r" uma| outro)?"),
    _c("body-full-cuts", r" (?:cheios|cheias|cheio|cheia|cobertos|cobertas) de (?:cortes|"
       r"queimaduras|feridas)(?= )",
       before=r" (?:bracos|pernas|pulsos|braco|coxas|pele|perna)(?: (?:tao|estao|ta|esta|"
       r"ficaram|ja))?"),
    _c("head-wall", r" (?:bato|bati|batendo|bater) (?:a|com a) cabeca (?:na|contra a|contra) "
       r"(?:parede|porta|chao|espelho)(?: [^ ]++){0,3} (?:ate|pra|para) (?:sentir|sangrar|"
       r"doer|parar)(?= )"),
    _c("quit-life", r" (?:desligar|desconectar|apagar|sair) (?:da vida|deste mundo|desse mundo|"
       r"do mundo|da existencia)(?! (?:dele|dela|do|da|dos|das|deles|delas|de (?!vez)))"
       r"(?= )", before=r" (?:vou|quero|queria|vontade de) me"),
    _a("disconnect-forever", r" (?:desligar|desconectar|sumir|apagar) (?:de tudo|do mapa)"
       r"(?: (?!um |uns |este |esse |uma |umas )[^ ]++){0,3} (?:pra sempre|para sempre|"
       r"de vez|de verdade|definitivamente)(?! (?:das redes|do insta|do instagram))(?= )"),
    _a("foolish-no-return", r" (?:uma besteira|uma loucura|uma bobagem|uma merda|algo errado|"
       r"algo grave)(?: [^ ]++){0,3} (?:e nao volto|e nao vou voltar|sem volta|"
       r"que nao tem volta)(?= )",
       before=r" (?:fazer|faco|vou fazer|farei)"),
    _a("go-with-grandma", r" (?:encontrar|ver|rever|ir ter com|ficar com|estar com|ir com) "
       r"(?:a |o )?(?:minha|meu|meus) (?:vo|avo|avos|vovo|vozinha|vovozinha)"
       r"(?= (?:$|de novo $|outra vez $|de novo se|outra vez se|se e que|entende|"
       r"voces entendem|no ceu|pra sempre|ja))",
       before=r" (?:quero|queria|so quero|vontade de|vou|gostaria de|preciso)"),
    _c("wont-be-alive", r" nao (?:vou estar|estarei|vou continuar|vou ficar|vou mais estar) "
       r"(?:viva|vivo|com vida)(?= )"),
    _a("wont-be-here", r" nao (?:vou estar|estarei)(?: aqui| ca)?"
       r"(?= (?:$|(?:por )?muito tempo $))",
       before=r" (?:eu|ja|logo|eu ja|afinal eu)"),
    _a("not-here-to-say", r" nao (?:vou estar|estarei) (?:aqui|ca) (?:pra|para) (?:dizer|"
       r"contar|ver|te dizer)(?= )"),
    _a("arranged-all", r" (?:resolvi tudo|deixei tudo resolvido|deixei tudo organizado|"
       r"arrumei tudo|organizei tudo|deixei tudo em ordem|ta tudo resolvido)"
       r"(?! (?:com|pra|para|de|do|da|no|na))(?= )", also="cond.pt.after-me"),
    _cond("after-me", r" (?:(?:meu|minha|meus|minhas) (?:cachorro|cachorra|gato|gata|cao|"
          r"bicho|pet|gatos|cachorros) (?:ta|esta|fica|ficou|vai ficar|tao|estao) com|"
          r"se cuida|se cuidem|adeus|perdao|pra sempre|para sempre|amo voces)(?= )"),
    _a("hide-to-die", r" (?:hotel|motel|quarto|airbnb|pousada)(?: [^ ]++){0,3} "
       r"(?:pra ninguem me achar|para ninguem me encontrar|pra ninguem me encontrar|"
       r"para ninguem me achar|onde ninguem me ache|onde ninguem me encontre)(?= )"),
    _a("nobody-notice-absent", r" (?:notar|notaria|perceber|perceberia|dar pela falta|"
       r"reparar|repararia|sentir falta) (?:que|se) (?:eu )?(?:faltei|faltasse|faltar|sumi|"
       r"sumisse|sumir|nao estou|nao estivesse|morri|morresse|fui embora)"
       r"(?! (?:na|no|a|ao|da|do|em))(?= )",
       before=r" ninguem(?: (?:ia|vai|iria|nem))?"),
    _a("wont-survive", r" nao vou (?:aguentar|sobreviver|durar|passar)(?: (?:essa|esta|esse|"
       r"este|mais uma|mais um|outra|outro|a|o))? (?:semana|noite|mes|dia|fim de semana|"
       r"natal|ano)(?= (?:$|eu sei|sei|ja|viv[oa]|mais|assim|acho))"),
    _h("pay-me", r" (?:vai me pagar|vao me pagar)(?= )",
       before=r" (?:ela|ele|eles|elas|o cara|essa|esse|aquela|aquele)",
       also="cond.pt.menace"),
    _cond("menace", r" (?:sei onde|sei a que horas|vai ver|cuidado|nao perde por esperar|"
          r"isso nao fica assim)(?= )"),
    # ---- third pass: thinking of death
    _a("think-death", r" (?:penso|pensando|pensei|penso muito|penso o tempo todo) "
       r"(?:na morte|na minha morte|em morrer|em me matar|em suicidio|no suicidio)"
       r"(?!" + _IDIOM + r")(?= )"),
    # ---- fourth pass (train3 families): implicit plans, means, farewells, burden, slang
    _c("thinking-kill", r" (?:pensado|pensando|penso|pensei|pensar)(?: (?:seriamente|muito|"
       r"bastante|de novo|outra vez|cada vez mais|ultimamente|sempre))? em (?:me matar|"
       r"matar me|me suicidar|suicidar me|tirar a (?:minha )?(?:propria )?vida|"
       r"acabar com a (?:minha )?vida|me enforcar|enforcar me|me atirar|atirar me)(?= )",
       negatable=True),
    _c("close-to-kill", r" (?:um passo|nada|um triz|pouco|ponto|prestes) (?:de|a) (?:me matar|"
       r"matar me|me suicidar|suicidar me|me atirar|atirar me|me enforcar|acabar com tudo|"
       r"acabar com a minha vida|fazer isso)(?= )", before=r" (?:a|to|tou|estou|esteve|estive)"),
    _c("vanish-nobody-follow", r" sumir(?: [^ ]++){0,2} (?:e que ninguem|pra ninguem|"
       r"para ninguem) (?:viesse|venha|me procure|me procurasse|me encontrasse|me encontre|"
       r"sentisse)(?= )"),
    _c("if-die-dont-care", r" se (?:eu )?(?:morresse|morrer|me matasse|me matar|"
       r"nao acordasse|nao acordar|me acontecesse alguma coisa)(?! de | por | do | da )"
       r"(?: [^ ]++){0,4} (?:tanto faz|tanto fazia|nao me importa|nao me importava|"
       r"pouco me importa|dava igual|da igual|tanto me faz)(?= )"),
    _c("switch-off", r" (?:desligar me|apagar me|desligar|apagar)(?: (?:de vez|pra sempre|"
       r"para sempre|de tudo|e pronto|como uma [^ ]++|como um [^ ]++))?(?! (?:um pouco|"
       r"um bocado|uns dias|um dia|do celular|do telemovel|das redes|dele|dela|o|a|os|as|isso|"
       r"da vida (?:dele|dela|de|do|da)|da (?:tua|sua) vida|"
       r"isto|um|uma|tudo|agora)(?: |$))(?= )",
       before=r" (?:quero|queria|gostaria de|so quero|so queria|queria so|quero so|"
       r"vontade de|quem me dera)(?: me)?"),
    _c("no-dawn", r" (?:ver o dia nascer|ver o amanha|ver outro dia|chegar a amanha|"
       r"chegar ate amanha|ver o sol nascer|amanhecer (?:pra|para) mim)(?= )",
       before=r" (?:nao|pra nao|para nao|que nao|ja nao)"),
    _c("vehicle-hit-me", r" (?:pegue|atropele|atropelasse|pegasse|atinja|atingisse|mate|"
       r"matasse|acerte|acertasse)(?= )",
       before=r" (?:tomara que|quem me dera que|queria que|espero que|rezo pra que|"
       r"rezo para que|oxala que|oxala) (?:um|o|uma|a) (?:carro|caminhao|camiao|onibus|"
       r"autocarro|trem|comboio|raio|bala|mota|moto) me"),
    _c("earth-swallow", r" terra me (?:engolisse|engula|engolir)(?: [^ ]++){0,6} "
       r"(?:pra sempre|para sempre|nao sobrasse nada de mim|sobrasse nada de mim)(?= )"),
    _c("nothing-left-of-me", r" (?:sobrasse|sobre|restasse|reste) nada de mim(?= )",
       before=r" (?:nao|e nao|que nao)"),
    _c("never-open-eyes", r" abrir(?: os olhos)? (?:nunca mais|jamais|mais nunca)(?= )",
       before=r" (?:nao|e nao|sem)"),
    _c("close-eyes-forever", r" fechar os olhos (?:pra sempre|para sempre|de vez|"
       r"e nao (?:acordar|abrir))(?= )"),
    _c("before-leave-for-good", r" (?:ir|partir|ir embora) (?:de vez|pra sempre|"
       r"para sempre|definitivamente)(?! (?:da (?:tua|sua) vida|desta cidade|daqui|"
       r"deste pais|desta casa|pra|para|pro|a|ao|de casa))(?= )", before=r" antes de"),
    _c("because-not-here", r" e porque (?:eu )?ja nao (?:estou|estarei|existo|to|tou|"
       r"estou vivo|estou viva|vou estar)(?! (?:em|no|na|com|de|bem|disponivel|online|perto|"
       r"contigo|juntos|interessad[oa]|apaixonad[oa]|a fim)(?: |$))(?= )"),
    _c("what-i-will-do-not-fault", r" o que (?:eu )?vou fazer(?: [^ ]++){0,3} (?:nao e|"
       r"nao foi|nao tem nada a ver)(?= )"),
    _c("nothing-not-fault", r" nada do que (?:acontecer|acontece|aconteceu|eu fizer|"
       r"vai acontecer) (?:foi|e|vai ser|sera)(?= )"),
    _c("dont-look-for-me", r" nao me procurem(?= )", also="cond.pt.farewell-words"),
    _cond("farewell-words", r" (?:em paz|amo todos|amo voces|adeus|perdao|perdoem|"
          r"perdoem me|obrigad[oa] por tudo|pra sempre|para sempre|se cuidem|se feliz|"
          r"sejam felizes)(?= )"),
    _c("remember-me", r" (?:lembrem de mim|lembrem se de mim|lembrem me|"
       r"nao se esquecam de mim|nao me esquecam) (?:com carinho|com amor|felizes|feliz|"
       r"sorrindo|assim|como eu era|bem)(?= )"),
    _c("farewell-all-but-you", r" despedi de (?:todo mundo|todos|toda a gente|todas) "
       r"(?:menos|exceto|excepto) (?:de )?(?:voce|vc|ti)"
       r"(?! (?:en|al|a la|antes|hoy|ayer|na|no|em|ao|a festa|hoje|ontem|durante|despues|"
       r"depois)(?: |$))"
       r"(?= )"),
    _c("my-last-message", r" ultima mensagem(?= )", before=r" minha",
       also="cond.pt.farewell-words"),
    _c("tell-family", r" (?:nao foi culpa (?:dela|dele|deles|delas|sua|tua)|"
       r"nao vou mais poder|nao vou poder mais|que eu (?:amo|amava|gostava|gosto)|"
       r"(?:amo|amava|gostava muito) (?:ela|ele|deles|dela|dele))(?= )",
       also="cond.pt.to-family"),
    _cond("to-family", r" (?:diz|diga|diz ai|fala|fale|digam|falem|da|de|manda|mande) "
          r"(?:pra|para|a|ao|aos|as|pros|pras|um beijo (?:pra|para|a|nos|nas|no|na|aos)|"
          r"um abraco (?:pra|para|a|nos|nas|no|na|aos)) (?:minha|meu|meus|minhas|a minha|"
          r"o meu|os meus|as minhas|teus|tuas|tua|teu|os teus|as tuas)(?= )"),
    _c("wont-bother-anyone", r" (?:incomodar|atrapalhar|chatear|perturbar) ninguem"
       r"(?= )", before=r" (?:nao vou mais|nao vou|nunca mais vou|nao vou voltar a)"),
    _c("this-is-goodbye-friends", r" (?:isso|isto|esse|este) e um adeus(?= )",
       also="cond.pt.friends-thanks"),
    _cond("friends-thanks", r" (?:obrigad[oa] por (?:ter sido|ser) (?:meu|minha) "
          r"(?:amigo|amiga|irmao|irma)|todos esses anos|todos estes anos)(?= )"),
    _c("wont-need", r" (?:precisar|usar) (?:mais|nunca mais|de nada)(?= )",
       before=r" (?:ja )?nao (?:vou|vo|irei)(?: (?:o|a|os|as|lo|la))?",
       also="cond.pt.giving"),
    _cond("giving", r" (?:doando|quem quer|quem quiser|fique com|fiquem com|"
          r"te dou|devolver|distribuindo|deixo tudo|"
          r"(?:dei|dou|deixei|deixo|doei|vou dar|vou deixar) "
          r"(?:meu|minha|meus|minhas|o meu|a minha|os meus|as minhas|todas as minhas|"
          r"todos os meus))(?= )"),
    _c("soon-need-nothing", r" (?:vou precisar|preciso|vou precisar mais) de nada(?= )",
       before=r" (?:daqui a pouco|em breve|logo|ja) nao"),
    _c("nobody-has-to", r" (?:pra|para) ninguem (?:ter que|ter de|precisar) (?:fazer isso|"
       r"se preocupar|tratar|pagar|resolver)(?= )"),
    _a("give-pets", r" (?:adotar|adote|adotem|cuidar|cuide|cuidem|ficar com|fique com) "
       r"(?:os |as |o |a )?(?:meus|minhas|meu|minha) (?:gatos|gato|gata|cachorro|cachorros|"
       r"cao|caes|plantas|peixes|bichos)(?= )",
       before=r" (?:alguem (?:pra|para|que)|quem|achei alguem (?:pra|para|que))"),
    _a("keep-it-you", r" prefiro que (?:fique|fiquem|fiques) (?:contigo|com voce|com vc|"
       r"com ele|com ela)(?= )"),
    _a("want-x-keeps-my", r" (?:fique|fiquem|ficar) com (?:o |a )?(?:meu|minha|meus|minhas)"
       r" (?!casa )", before=r" (?:quero que|que) (?:o |a )?(?:meu|minha|meus|minhas) [^ ]++"),
    _a("passwords-all", r" (?:senhas|passwords|palavras passe|palavras chave) de tudo(?= )"),
    _c("life-insurance-order", r" seguro de vida(?= )", also="cond.pt.in-order"),
    _cond("in-order", r" tudo em ordem(?= )"),
    # burden, hopelessness
    _c("better-if-not-here", r" (?:eu nao|nao) (?:estar|estivesse|existisse|existir|"
       r"continuasse|continuar|estiver)(?: (?:aqui|mais aqui|vivo|viva|mais)){0,2}"
       r"(?= $)",
       before=r" (?:melhor|preferivel|um alivio|alivio|favor|peso das costas|mais facil)"
       r"(?: (?:pra|para) (?:todos|todo mundo|eles|minha familia))?(?: [^ ]++){0,5}"),
    _c("better-not-be", r" nao estar(?= $)", before=r" (?:melhor|o melhor e|seria melhor)"),
    _c("without-me-better", r" sem mim(?: (?:todos|todo mundo|toda a gente|eles|elas|tudo|"
       r"voces|ja|os meus pais|meus pais|a minha familia|minha familia)){0,2} "
       r"(?:seria|ia ser|vai ser|era|seriam|estariam|ficariam|viveriam) "
       r"(?:mais facil|melhor|mais felizes|mais feliz|muito melhor)(?= )"),
    _c("nobody-care-if", r" (?:importava|importaria|ia importar|notaria|ia notar|"
       r"ia perceber|perceberia|sentiria falta|dava conta|daria conta) se eu (?:morresse|"
       r"morrer|sumisse|sumir|desaparecesse|nao estivesse|me matasse|nunca mais aparecesse|"
       r"partisse)(?= )",
       before=r" (?:ninguem|alguem)(?: se| me| ia| vai)?"),
    _c("in-the-way-everywhere", r" (?:atrapalho|sobro|incomodo|estorvo|sou um estorvo|"
       r"sou um peso|sou uma carga) (?:em todo lugar|em toda parte|em todo o lado|"
       r"ate respirando|neste mundo|no mundo|a todo mundo)(?= )"),
    _c("favor-out-of-way", r" sair do caminho(?= )",
       before=r" favor(?: [^ ]++){0,3} se(?: eu)?"),
    _c("who-will-miss", r" sentir (?:a )?minha falta ninguem(?= $)",
       before=r" (?:quem vai|quem ia)"),
    _c("no-reason-go-on", r" (?:sentido nenhum|nenhum sentido|motivo sequer|"
       r"um motivo sequer|nenhum motivo|razao nenhuma|nenhuma razao) (?:em|de|pra|para) "
       r"(?:continuar|viver|seguir|existir)(?! (?:com (?:ele|ela)|contigo|nessa|nesse|"
       r"nesta|neste|esperando|a esperar|tentando))(?= )"),
    _c("cant-picture-future", r" imaginar (?:o mes que vem|o ano que vem|"
       r"o proximo (?:ano|mes)|daqui a um (?:ano|mes)|meu futuro|um futuro|o futuro)"
       r"(?! (?:sem|com|contigo|junto|longe))(?= )",
       before=r" nao (?:consigo|me|consigo me)"),
    _c("why-wait", r" (?:pra que|para que) (?:esperar|continuar esperando|continuar)(?= $)",
       also="cond.pt.until-die"),
    _cond("until-die", r" (?:ate eu morrer|ate morrer|ate que eu morra)(?= )"),
    _a("no-future-plain", r" nao tenho futuro(?= )"),
    _c("give-up-life", r" (?:desisto|desistir|desisti|desistindo|rendo)(?: [^ ]++){0,3} "
       r"(?:da vida|de viver)(?! (?:a dois|em|de casal|juntos|com|na|no))(?= )"),
    _a("only-see-end", r" vejo (?:um|uma) (?:jeito|forma|maneira|saida|fim)"
       r"(?! (?:pra (?:nos|a gente|essa relacao)))(?= )", before=r" so"),
    _c("living-unbearable", r" (?:viver|vida|existir) (?:ficou|fica|"
       r"tornou se|se tornou|e|esta) (?:insuportavel|insuportavel demais)"
       r"(?! (?:sem|desde|por|com|contigo))(?= )"),
    _c("easier-not-wake", r" (?:nao acordar|nao acordar mais|nao existir|nao ter nascido|"
       r"sumir(?! (?:um|uns|umas|da (?:tua|sua) vida|dele|dela|daqui|da cidade))|"
       r"morrer(?!" + _IDIOM + r"))(?= )",
       before=r" (?:(?:seria|e|era) (?:mais facil|melhor|um alivio)|tanto faz|tanto me faz|"
       r"nao me importo de|nao me importava de|pouco me importa|nao me importaria de)"),
    _c("tired-of-living", r" (?:cansad[oa]|cansadissim[oa]|fart[oa]|exaust[oa]) de "
       r"(?:viver|estar viv[oa]|existir|respirar)(?! (?:com|em|na|no|assim|aqui|sem|longe|"
       r"perto|de|numa|num|nessa|nesse|nesta|neste|sozinh[oa]|a dois|juntos|esperando|"
       r"pensando|a espera|preocupad[oa]))(?= )"),
    # self-harm
    _c("until-bleed", r" ate (?:sangrar|fazer sangue|fazer ferida|fazer feridas|"
       r"ficar em carne viva|sair sangue|deitar sangue)(?= )"),
    _c("hide-cuts", r" (?:ninguem ver|ninguem veja|ninguem notar|nao verem|nao virem|"
       r"esconder|tapar|disfarcar|escondo|tapo|disfarco|escondi|tapei) "
       r"(?:os|as|meus|minhas) (?:cortes|marcas|cicatrizes|"
       r"queimaduras)(?= )"),
    _c("again-blade", r" (?:de novo|outra vez|voltei|volto) (?:com|a) (?:a|as) "
       r"(?:lamina|laminas|gilete|navalha)(?= )"),
    _c("head-wall-beat", r" (?:bato|bati|batendo|bater) (?:com )?a cabeca (?:na|contra a) "
       r"parede(?! (?:com|tentando|a tentar|pra entender|para entender))(?= )"),
    _c("need-physical-pain", r" (?:sentir|sinta|causar me|provocar me) dor fisica(?= )",
       before=r" (?:preciso|quero|vontade de|tenho de|tenho que|preciso de)"),
    _c("marks-on-body", r" (?:marcas|cortes|feridas|queimaduras) (?:no|na|nos|nas|em) "
       r"(?:meu |minha |meus |minhas )?(?:coxa|coxas|braco|bracos|perna|pernas|pulso|pulsos|"
       r"barriga|pele)(?= )", before=r" (?:fiz|faco|fazia|tenho feito|fiz me|me fiz)"),
    _c("relapse-cuts", r" recaida com (?:os|as) (?:cortes|lamina|laminas|automutilacao|"
       r"giletes)(?= )"),
    _c("punish-self", r" castigo (?:me )?(?:a )?(?:magoar me|me magoar|cortar me|"
       r"me cortar|bater me|me bater|machucar me|me machucando|me cortando|me batendo|"
       r"me machucar)(?= )"),
    # the English loanword only after Portuguese ("dar um autodelete"), not an app's auto delete
    _c("autodelete", r" (?:autoeliminar me|autoeliminar|(?:(?<= um )|(?<= dar )|(?<= fazer )|"
       r"(?<= faco )|(?<= fiz )|(?<= meu )|(?<= num ))(?:autodelete|auto delete))"
       r"(?! (?:das|do|da) (?:redes|instagram|insta|tiktok|twitter))(?= )"),
    # slang, euphemisms
    _c("foolish-tonight", r" fazer (?:uma )?besteira(?= (?:$|hoje $|hoje a noite $|"
       r"essa noite $|esta noite $|comigo|e acabar|hoje e acabar))",
       before=r" (?:vou|acho que vou|to com vontade de|com vontade de|vontade de|posso|"
       r"medo de|eu vou)"),
    _c("go-heaven-with", r" (?:ir|ir ficar|ficar|estar|juntar) com (?:a |o )?"
       r"(?:minha|meu|meus|minhas) [^ ]++ (?:no ceu|la no ceu)(?= )"),
    _c("erase-map-forever", r" sumir do mapa(?: [^ ]++){0,5} (?:pra sempre|para sempre)"
       r"(?= )"),
    _c("short-way", r" (?:atalho|caminho curto|caminho mais facil|saida facil)"
       r"(?: [^ ]++){0,2} e (?:acabar|terminar)(?= )"),
    _c("full-stop-all", r" ponto final em (?:tudo|minha vida|a minha vida)"
       r"(?= (?:$|nao so|pra sempre|de vez))"),
    _c("not-a-trip", r" (?:partir|ir embora|ir)(?: [^ ]++)? e nao (?:e )?de "
       r"(?:viagem|ferias)(?= )"),
    _c("game-over-me", r" game over (?:pra mim|para mim|pa mim)(?= )"),
    _c("vanish-all-not-city", r" sumir (?:de vez|de tudo|pra sempre)(?: [^ ]++){0,3} nao "
       r"(?:da|de|do|das) (?:cidade|aqui|redes|pais)(?= )"),
    _c("end-the-rest", r" acabar com o resto(?= (?:$|tambem))", before=r" (?:agora )?vou"),
    _c("phone-off-forever", r" (?:desligo|desligar|vou desligar) o (?:celular|telemovel|"
       r"telefone) (?:pra sempre|para sempre)(?= )", also="cond.pt.farewell-words"),
    _c("rope-ready", r" corda(?= (?:no armario|escondida|guardada|pronta|preparada|"
       r"amarrada|pendurada|debaixo da cama|na mochila))",
       before=r" (?:tenho|ja tenho) (?:a|uma)"),
    _c("means-not-for", r" (?:corda|cordas|laminas|lamina|arma|pistola|veneno)"
       r"(?: [^ ]++){0,3} e nao (?:e )?(?:pra|para) (?!(?:ti|voce|vc|mim|ele|ela|nos) )"),
    # plans, means
    _c("count-needed", r" (?:quantas|quantos) (?:preciso|vou precisar|sao precisos|"
       r"sao precisas|bastam|chegam|matam|sao mortais)(?= )",
       before=r" (?:calculei|calculando|calculado|contei|contando|pesquisei|pesquisando|"
       r"vi|conto)"),
    _a("count-pills", r" quant[oa]s <PILLS>(?= )",
       before=r" (?:contando|contei|conto|a contar|contar|calculando|calculei)"),
    _c("ends-all-time", r" (?:acabo com tudo|termino com tudo|acaba tudo|se acaba tudo|"
       r"termina tudo|tudo acaba|tudo termina)(?= (?:$|ja|pra sempre|de vez))",
       before=r" (?:depois|e depois|entao|ai|la|noite|amanha|hoje|" + _WEEKDAY +
       r")(?: [^ ]++){0,2}"),
    _c("there-it-ends", r" (?:la|ai|ali) (?:acaba|termina|se acaba|se termina|acaba tudo)"
       r"(?= $)", also="cond.pt.means-place"),
    _cond("means-place", r" (?:ponte|trilhos|corda|comprimidos|varanda|terraco|predio|"
          r"arma|laminas|viaduto|linha do comboio|linha do trem)(?= )"),
    _a("all-ready-day", r" tudo (?:preparado|pronto|organizado|planejado|planeado) "
       r"(?:para|pra) (?:o |a )?(?:" + _WEEKDAY + r"|esta noite|hoje|amanha)(?= )",
       before=r" (?:deixei|tenho|esta|ta|ficou)"),
    _c("letters-plan", r" (?:(?:escrevi|tenho escritas|deixei escritas|ja escrevi) (?:as|"
       r"minhas|umas|as minhas|todas as) (?:cartas|notas|bilhetes)|(?:cartas|bilhetes|notas) "
       r"(?:escritas|escritos))(?= )", also="cond.pt.plan-time"),
    _cond("plan-time", r" (?:falta so|falta escolher|escolher a hora|escolher o dia|"
          r"esta noite|hoje a noite)(?= )"),
    _c("no-tomorrow", r" (?:vai ter|vai haver|ha|tem|havera) amanha(?= (?:$|pra mim|"
       r"para mim))", before=r" (?:pra mim |para mim )?nao"),
    _c("hotel-when-do", r" (?:hotel|motel|airbnb|pousada)(?: [^ ]++){0,6} "
       r"(?:quando (?:eu )?fizer isso|quando (?:eu )?o fizer|pra fazer isso|"
       r"para fazer isso)(?= )"),
    _a("level-crossing", r" (?:passagem de nivel|horario do ultimo (?:comboio|trem))(?= )"),
    _c("know-how-when", r" sei (?:como e quando|quando e como)"
       r"(?! (?:dizer|contar|falar|pedir))(?= )"),
    _c("go-up-no-down", r" (?:subo|subir|vou subir) (?:no|na|ao|a|pro|pra) (?:mirante|"
       r"terraco|ponte|telhado|ultimo andar|penhasco|falesia|torre|predio)"
       r"(?: [^ ]++){0,3} e nao (?:volto|desco|vou voltar|vou descer|regresso)(?= )"),
    _c("find-notes", r" (?:acharem|encontrarem|lerem|achem|encontrem|leiam) (?:as|minhas|a|"
       r"minha) (?:cartas|carta|notas|bilhete|bilhetes)(?= (?:$|depois|quando))"),
    _c("near-edge-tracks", r" (?:olhando|olhei|olho|olhar|vendo) (?:os|para os|pros) "
       r"(?:trilhos|carris)(?: [^ ]++){0,5} (?:beirada|beira|borda|passar o|passarem)(?= )"),
    _c("would-be-easy", r" (?:seria|e|era) (?:facil|muito facil|tao facil|simples|rapido)"
       r"(?= (?:$|pular|saltar|me atirar|atirar me|cair|acabar))", also="cond.pt.high-place"),
    _cond("high-place", r" (?:varanda|sacada|terraco|ponte|telhado|andar|janela|"
          r"viaduto|penhasco|falesia|parapeito)(?= )"),
    _c("see-height", r" (?:ver|medir|olhar) a altura(?= )", also="cond.pt.high-place"),
    _c("lethal-height", r" (?:altura|queda|dose|quanto|quanta|quantos|quantas)"
       r"(?: (?!quase |me )[^ ]++){0,4} "
       r"(?:mata|e mortal|e letal|seria mortal|seria letal|pra morrer|para morrer)"
       r"(?! (?:de|do|da) )(?= )"),
    _c("where-gun", r" onde(?: [^ ]++){0,2} (?:guarda|tem|esconde|deixa|guardam) (?:a|o|as|os|"
       r"sua|seu) (?:arma|pistola|revolver|espingarda|cacadeira|veneno)(?= )"),
    _c("engine-garage", r" motor ligado(?: [^ ]++){0,3} garagem(?= )"),
    _c("hidden-means", r" (?:(?:laminas|lamina|gilete|giletes|navalha|comprimidos|remedios|"
       r"arma|corda)(?: [^ ]++){0,5} escondid[oa]s?|(?:<PILLS>|corda|laminas)(?: [^ ]++)? "
       r"(?:guardad[oa]s?|escondid[oa]s?) (?:pra|para) quando (?:eu )?(?:ja )?nao "
       r"(?:aguentar|conseguir|puder|suportar) mais)(?= )"),
    _c("gas-open", r" gas (?:aberto|ligado)(?: [^ ]++){0,2} (?:um bocado|um tempo|"
       r"de proposito|sem acender|e (?:fui|me) deit[a-z]+)(?= )"),
    _c("hoarding-meds", r" (?:(?:juntando|acumulando|juntar|acumular)(?: [^ ]++){0,3}|"
       r"guardando (?:ha|faz|desde)(?: [^ ]++){1,3}) (?:os|as|meus|minhas|todos os|todas as) "
       r"(?:<PILLS>|medicacao)(?= )"),
    _c("hoarding-it", r" (?:juntando|guardando|acumulando|juntar|guardar) (?:tudo|todos|"
       r"todas|eles|elas)(?= )", also="cond.pt.stopped-meds"),
    _cond("stopped-meds", r" (?:parei de tomar|deixei de tomar|paro de tomar) (?:a|as|os|o|"
          r"meus|minhas)(?= )"),
    _a("chose-place", r" (?:escolhi|escolhido|decidi) o (?:lugar|sitio|local)"
       r"(?= (?:$|so|ja|e so|falta))"),
    _a("have-date", r" (?:tenho|ja tenho) (?:data|a data)(?= (?:$|dia [0-9]+|[0-9]+|e ninguem))"),
    _a("all-thought-do", r" (?:tenho tudo|ta tudo|esta tudo|ja ta tudo|ja esta tudo) "
       r"(?:pensado|planejado|planeado|decidido)(?= )", also="cond.pt.do-it"),
    _cond("do-it", r" (?:eu faco|faco isso|vou fazer isso|eu vou fazer|fizer isso)(?= )"),
)
