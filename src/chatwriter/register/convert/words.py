"""The closed classes of Spanish, Portuguese and Italian that :mod:`romance` reads.

Function words, pronouns and a few semantic classes of verbs: those whose subject is
typically a thing and comes after them (*unaccusative*: arrive, expire, work), those that
take a thing or a person (*ergative*: finish, start), modals and copulas.
"""

from __future__ import annotations

from chatwriter.register.convert.romance_forms import Lexicon


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """ "ado:ar ido:er" -> (("ado", "ar"), ("ido", "er"))."""
    return tuple(tuple(pair.split(":")) for pair in text.split())  # type: ignore[misc]


ES = Lexicon(
    lang="es",
    negation=_w("no nunca tampoco ni"),
    proclitics=_w("me te se nos os le les lo la los las"),
    subordinators=_w("que cuando si aunque mientras como donde porque cuanto apenas conforme"),
    lead=_w(
        "y e o u pero entonces luego también por favor después primero así ahora ya mejor "
        "solo sólo nomás nada más"
    ),
    determiners=_w(
        "el la los las un una unos unas este esta estos estas ese esa esos esas aquel aquella "
        "mi mis su sus tu tus nuestro nuestra nuestros nuestras algún alguna ningún ninguna "
        "otro otra cada todo toda todos todas qué cuál cuánto cuánta algo nada alguien nadie "
        "esto eso quien"
    ),
    prepositions=_w(
        "a al de del en con por para sin sobre entre hacia hasta desde según tras ante bajo "
        "contra durante mediante"
    ),
    third=_w("él ella ello esto eso aquello alguien nadie nada algo quien ellos ellas"),
    reader=_w("usted ud ud. vd vd."),
    reader_objects=_w("le"),
    unaccusative=_w(
        "llegar salir venir quedar faltar aparecer funcionar caducar ocurrir suceder tardar "
        "durar bastar costar valer servir gustar importar interesar parecer existir caber "
        "vencer expirar fallar crecer aplicar tocar corresponder convenir doler molestar "
        "preocupar encantar resultar desaparecer"
    ),
    ergative=_w(
        "terminar empezar comenzar pasar seguir continuar bajar subir cambiar entrar volver acabar"
    ),
    modals=_w(
        "poder querer deber necesitar preferir desear gustar ir tener soler acabar volver intentar"
    ),
    wishes=_w("querer gustar preferir desear"),
    copulas=_w("ser estar"),
    interrogatives=_w(
        "qué cuál cuáles cuánto cuánta cuántos cuántas quién quiénes dónde cuándo cómo"
    ),
    coordinators=_w("y e o u pero ni"),
    auxiliaries=_w("haber"),
    adverbs=_w("ya todavía aún también nunca siempre bien"),
    participles=_pairs("ado:ar ido:er ido:ir ada:ar ida:er ida:ir"),
    infinitive=("ar", "er", "ir", "ár", "ér", "ír"),
    informal_objects=_w("te ti contigo"),
    formulas=_w("perdonar disculpar mirar oír escuchar"),
)

PT = Lexicon(
    lang="pt",
    negation=_w("não nunca nem jamais"),
    proclitics=_w("me te se nos vos lhe lhes o a os as"),
    subordinators=_w("que quando se embora caso enquanto como onde porque logo"),
    lead=_w("e ou mas então depois também por favor já agora primeiro só apenas aí pois"),
    determiners=_w(
        "o a os as um uma uns umas este esta estes estas esse essa esses essas aquele aquela "
        "isto isso aquilo meu minha meus minhas seu sua seus suas teu tua teus tuas nosso nossa "
        "algum alguma nenhum nenhuma outro outra cada todo toda todos todas qualquer qual "
        "quanto quanta alguém ninguém nada algo"
    ),
    prepositions=_w(
        "a ao à aos às de do da dos das em no na nos nas com por pelo pela pelos pelas para "
        "pra sem sobre entre até desde após contra num numa dum duma"
    ),
    third=_w("ele ela eles elas isto isso aquilo alguém ninguém nada algo quem"),
    reader=_w("você senhor senhora"),
    reader_objects=_w("lhe"),
    unaccusative=_w(
        "chegar sair vir faltar aparecer funcionar expirar caducar acontecer ocorrer demorar "
        "durar bastar custar valer servir gostar importar interessar parecer existir caber "
        "vencer falhar crescer aplicar tocar convir doer agradar desaparecer surgir resultar"
    ),
    ergative=_w("terminar acabar começar passar seguir continuar baixar subir mudar entrar voltar"),
    modals=_w(
        "poder querer dever precisar preferir desejar gostar ir ter conseguir costumar voltar tentar "
        "estar"
    ),
    wishes=_w("querer gostar preferir desejar"),
    copulas=_w("ser estar ficar"),
    interrogatives=_w("que qual quais quanto quanta quantos quantas quem onde quando como"),
    coordinators=_w("e ou mas nem"),
    auxiliaries=_w("ter haver"),
    adverbs=_w("já ainda também nunca sempre bem"),
    participles=_pairs("ado:ar ido:er ido:ir ada:ar ida:er ida:ir"),
    infinitive=("ar", "er", "ir", "ôr", "or"),
    informal_objects=_w("te ti contigo"),
    formulas=_w("desculpar perdoar olhar ouvir"),
    objects=_w("isso isto tranquilo tranquila à vontade"),
)

IT = Lexicon(
    lang="it",
    negation=_w("non mai"),
    proclitics=_w("mi ti ci vi si lo la li le gli ne me te ce ve se glielo gliela gliene l' l’"),
    subordinators=_w(
        "che quando se perché affinché finché appena mentre come dove benché sebbene qualora"
    ),
    lead=_w("e o ma poi quindi allora intanto pure per favore prima ora adesso anche"),
    determiners=_w(
        "il lo la i gli le l' l’ un uno una un' un’ questo questa questi queste quel quello "
        "quella quei quegli quelle mio mia miei mie suo sua suoi sue tuo tua tuoi tue nostro "
        "nostra nostri nostre ogni ciascuno qualche alcuni alcune tutto tutta tutti tutte "
        "nessuno nessuna qualcuno qualcosa niente nulla chi cosa quale quali quanto quanta"
    ),
    prepositions=_w(
        "a al allo alla ai agli alle all' di del dello della dei degli delle dell' da dal dallo "
        "dalla dai dagli dalle dall' in nel nello nella nei negli nelle nell' con col coi su "
        "sul sullo sulla sui sugli sulle sull' per tra fra senza verso dopo prima contro entro"
    ),
    third=_w(
        "lui lei loro esso essa questo quello ciò qualcuno nessuno niente nulla chi egli ella"
    ),
    reader=_w("Lei"),
    reader_objects=_w("le la"),
    unaccusative=_w(
        "arrivare partire venire uscire mancare restare rimanere scadere funzionare succedere "
        "accadere capitare servire bastare costare valere piacere interessare sembrare parere "
        "esistere apparire comparire durare occorrere importare dispiacere convenire spettare "
        "andare tornare sparire"
    ),
    ergative=_w(
        "finire cominciare iniziare passare continuare cambiare salire scendere aumentare diminuire"
    ),
    modals=_w("potere volere dovere desiderare preferire sapere riuscire"),
    wishes=_w("volere preferire desiderare"),
    copulas=_w("essere stare"),
    interrogatives=_w(
        "che cosa quale quali quanto quanta quanti quante chi dove quando come perché"
    ),
    coordinators=_w("e o ma né"),
    auxiliaries=_w("avere"),
    adverbs=_w("già ancora anche mai sempre bene appena"),
    participles=_pairs("ato:are ata:are uto:ere uta:ere ito:ire ita:ire"),
    infinitive=("are", "ere", "ire", "arre", "orre", "urre"),
    informal_objects=_w("ti te"),
    reflexive="si",
    formulas=_w("scusare perdonare guardare sentire"),
    objects=_w("pure subito tutto"),
    relative="che",
)
