"""Which of the six screened languages a text is written in, from its commonest words."""

from __future__ import annotations

import re

from assistant.safety.kinds import LANGUAGES, Language

# Short, frequent words that mostly belong to one language (accents off, as typed on phones
# too). Words shared by two languages count for both, so they cancel out.
_WORDS: dict[Language, frozenset[str]] = {
    "en": frozenset("""i you he she they we it is am are was the and but of on at my
        your not dont im cant just what with that this have been so for all about like know
        want him her them would really feel to if going wanna gonna ive doesnt wouldnt
        even how do nobody tonight tomorrow honestly myself anymore""".split()),
    "es": frozenset("""yo tu el ella ellos que de la las los un una y pero en con mi me te se
        no ya muy por para es estoy esta soy todo nada quiero puedo mas sin como lo le su
        porque cuando pues tengo hoy ser estar vida voy va vez otra anoche nadie ahora
        algo mismo mejor""".split()),
    "pt": frozenset("""eu voce vc ele ela eles que de da do das dos um uma e mas em com meu minha
        me te se nao ja muito por para pra e estou esta sou tudo nada quero posso mais sem
        como o os as isso ele tenho hoje ser estar vida mim ta ontem noite ninguem
        agora vou nos no na vontade ainda quando nossas vai desse dessa essa esse pra pro
        pros pras tchau obrigada obrigado nem tive fico olhando trem falando minhas meus tao
        cheios cansaco piada gente galera amanha ultima tua sinto falta dela dele doi chorei
        num numa cansada desculpas mensagem disso precisamos pesquisei quantos precisa
        despedindo ate kkk kkkk kkkkk morri vergonha sao estao""".split()),
    "fr": frozenset("""je tu il elle ils nous vous que de la le les un une et mais en avec mon ma
        mes me te se ne pas plus deja tres pour par est suis c ca tout rien veux peux sans
        comme j qui quand parce aujourd hui etre vie moi toi jpeux jvais y aucune
        envie faire mdr au aux""".split()),
    "de": frozenset("""ich du er sie wir ihr es das der die den dem ein eine und aber in mit mein
        meine mich mir dich dir sich nicht kein schon sehr fur von ist bin bist alles nichts
        will kann mehr ohne wie wenn weil heute sein leben noch auch nur mal jeden
        tag an deine deiner alle hab ne n um zu vom allein""".split()),
    "it": frozenset("""io tu lui lei loro noi voi che di il lo la le gli un una e ma in con mio
        mia mi ti si non gia molto per da sono sei tutto niente voglio posso piu senza come
        quando perche oggi essere vita ho ha anche solo faccio stanotte sotto sulle
        ricominciato farmi te ne tue tua tutta tutti se lo mando sto sta stai stanno
        questo questa questi queste gli del dello della dei degli delle dal dalla nel nella
        sul sulla ogni ieri domani adesso ancora troppo tanto cosa cose siamo abbiamo sento
        fa dove mie miei tutte ci stasera""".split()),
}
_TOKEN = re.compile(r"[a-z]+")


def detect_language(text: str, default: Language = "en") -> Language:
    """The language with the most of its common words in ``text`` (``default`` on a tie or
    when none is found). Looks at the first 2,000 characters only: enough, and constant."""
    from assistant.safety.normalize import _fold

    words = _TOKEN.findall(_fold(text[:2000]))
    if not words:
        return default
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _WORDS.items()}
    best = max(scores.values())
    if best == 0:
        return default
    return next(lang for lang in (default, *LANGUAGES) if scores[lang] == best)
