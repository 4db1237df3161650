"""The default chrome rules, as data.

Each pattern is searched case-insensitively in the stripped line. Most are anchored
(``^...$``) and limited by ``max_chars`` so that the same words inside a paragraph of
prose never fire. Patterns avoid nested quantifiers, so they run in linear time.

Languages: ``en`` English, ``de`` German, ``fr`` French, ``es`` Spanish, ``ru`` Russian,
``it`` Italian, ``pt`` Portuguese, ``nl`` Dutch; in scripts without capitals ``zh`` Chinese,
``ja`` Japanese, ``ko`` Korean, ``ar`` Arabic, ``he`` Hebrew, ``hi`` Hindi, ``th`` Thai;
``*`` language-independent.

The phrases of scripts without spaces have no word boundary after them, so they stand
alone on their line or before a colon or separator (``相关阅读：...``), never followed
directly by more letters (``相关新闻发布会`` is a headline, not a heading of links).
"""

from __future__ import annotations

from .rules import Rule

__all__ = ["DEFAULT_RULES"]

_ALL = ("en", "de", "fr", "es", "ru")
#: Languages in scripts without capitals whose commonest chrome phrases some rules carry.
_UNCASED = ("zh", "ja", "ko", "ar", "he", "hi", "th")
#: Their headings of related links: alone, a heading (``nav.related``); before a colon and a
#: headline, a link between paragraphs (``nav.inline``).
_RELATED_UNCASED = (
    r"(?:相关阅读|相关新闻|相关文章|相关推荐|延伸阅读|推荐阅读|热门文章|热门新闻|猜你喜欢"
    r"|相關新聞|相關閱讀|延伸閱讀|関連記事|関連ニュース|おすすめ記事|人気記事|관련 ?기사"
    r"|많이 본 뉴스|추천 기사|اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة|مقالات ذات صلة|الأكثر قراءة"
    r"|קרא גם|כתבות נוספות|כתבות קשורות|ये भी पढ़ें|यह भी पढ़ें|संबंधित खबरें|อ่านเพิ่มเติม"
    r"|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง)"
)
# Social networks, for "follow us on X" and share buttons.
_NETWORKS = (
    r"(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp|pinterest"
    r"|reddit|threads|bluesky|mastodon|vk|vkontakte|snapchat|flipboard|google\s?news|rss)"
)

#: A word of a name or a credential in a credit line (``Jane``, ``Doe-Roe``, ``M.D.``,
#: ``CFP®``): not one of the small words that make a sentence of it.
_CREDIT_NAME = (
    r"(?!(?:in|on|at|was|were|is|are|to|for|with|from|that|this|it|its|his|her|their|which"
    r"|who|after|before|when|had|has|have|by|not|will|would|said|says)\b)"
    r"[\p{L}\p{M}.'’®\-]{1,31}"
)

#: A bibliographic identifier and its label (``doi: 10.2196/14273``, ``PMID 31237569``).
_IDENTIFIER = r"(?:doi|pmcid|pmid|isbn(?:-1[03])?|e?issn|arxiv|ssrn)\s?:?\s?[\w./\-:()]{3,60}"

DEFAULT_RULES: tuple[Rule, ...] = (
    Rule(
        id="separator",
        category="separator",
        pattern=r"^[-=_*~#.•·|/\\+—–―─━]{2,}$|^[*•·#~](?: ?[*•·#~])++$|^[-—–|/·•*⁂]$",
        languages=("*",),
        description="A line of separator punctuation only (`--`, `***`, `* * *`, `———`, `⁂`).",
        max_chars=80,
    ),
    Rule(
        id="ui.loading",
        category="ui",
        pattern=(
            r"^(?:loading|please wait|wird geladen|lädt|laden|chargement(?: en cours)?"
            r"|cargando|carregando|caricamento(?: in corso)?|загрузка|bezig met laden)"
            r"\s?(?:\.{1,3}|…)?$|^loading [^.!?…]{1,60}(?:\.{3}|…)$"
            r"|^no (?:items|posts|results|products|articles|comments yet) (?:were )?found\.?$"
            r"|^(?:加载中|載入中|読み込み中|로딩 ?중|불러오는 ?중|جار(?:ي)? التحميل|טוען"
            r"|लोड हो रहा है|กำลังโหลด)\s?(?:\.{1,3}|…)?$"
        ),
        languages=(*_ALL, "it", "pt", "nl", *_UNCASED),
        description=(
            "A placeholder left by a script: loading (`Loading...`, `Loading comments...`) or an"
            " empty listing (`No items found.`)."
        ),
        max_chars=80,
    ),
    Rule(
        id="social.follow",
        category="social",
        pattern=(
            rf"^(?:please\s)?(?:follow|like|join|find|connect with|subscribe to)\s(?:us|me)\b"
            rf"|^(?:you can\s)?(?:also\s)?follow\s\S+(?:\s\S+){{0,3}}\son\s{_NETWORKS}\b"
            rf"|^(?:follow|like)\s(?:us\s)?on\s{_NETWORKS}\b"
            r"|^folg(?:en sie|t) uns\b|^suivez[- ]nous\b|^s[ií]guenos\b|^seguici\b|^siga-nos\b"
            r"|^подписывайтесь\b|^читайте нас\b|^volg ons\b"
            rf"|^{_NETWORKS}(?:\s?[|/·•,]\s?{_NETWORKS}){{1,12}}$"
            rf"|^{_NETWORKS}$"
            r"|^(?:follow|connect with us|stay connected|get social|social media)[:!]?$"
        ),
        languages=(*_ALL, "it", "pt", "nl"),
        description="Invitations to follow the site on social networks, and bare network names.",
        max_chars=200,
    ),
    Rule(
        id="social.counter",
        category="social",
        pattern=(
            r"^\d[\d.,]*\s?[kKmM]?\s(?:likes?|shares?|views?|reactions?|retweets?"
            r"|followers?|просмотр\w{0,3})$"
        ),
        languages=_ALL,
        description="Social counters (`3 likes`, `1.2K shares`; comment counts are `comments.prompt`).",
        max_chars=40,
    ),
    Rule(
        id="share.buttons",
        category="share",
        pattern=(
            r"^(?:share|tweet|e-?mail|print|copy link|copy url|link copied|copied!?|save|pin it"
            r"|(?:share|e-?mail|print|save|bookmark|gift|listen to|follow"
            r"|(?:manage|get|set) alerts (?:for|on)) this(?: article| story| post| page)?"
            r"|share (?:on|via|to) \w+(?:\s\w+)?"
            r"|share article|share story|teilen|artikel teilen|partager(?: cet article)?"
            r"|compartir(?: en \w+)?|condividi|compartilhe|поделиться|delen|drucken|imprimer"
            r"|imprimir)\s?:?$"
            rf"|^(?:share|tweet|teilen|partager|compartir)\b.{{0,40}}\b{_NETWORKS}$"
            r"|^click to (?:share|email|print|tweet)\b.{0,60}$|^(?:opens in (?:a )?new window)$"
            r"|^share this (?:page|article|story|post) (?:to|on|via) \w+\b.{0,80}$"
            r"|^(?:分享到|分享至|分享本文|分享|シェアする|シェア|공유하기|공유"
            r"|شارك(?: هذا (?:المقال|الخبر))?|مشاركة|שתפו|שתף|शेयर करें|แชร์)\s?[:：]?$"
        ),
        languages=(*_ALL, "it", "pt", "nl", *_UNCASED),
        description=(
            "Share, e-mail, print, save, gift, listen, alert and copy-link buttons of an article."
        ),
        max_chars=160,
    ),
    Rule(
        id="paywall.pitch",
        category="paywall",
        pattern=(
            r"^subscribe(?: now| today| here)?[.!]?$|^subscriptions?$"
            r"|\bsubscribe (?:now |today )?(?:to|for|and)\b.{0,80}"
            r"\b(?:full access|unlimited|journalism|newspaper|digital access|per month|a month)"
            r"|^by subscribing\b|\bsupport (?:our|independent|quality|local)\b.{0,40}journalism"
            r"|\bindependent,? quality journalism\b|\bsubscribe on a (?:monthly|yearly) basis\b"
            r"|^already (?:a )?(?:subscriber|member|have an account)\b"
            r"|\bsubscribers only\b|\bsubscriber only\b|\bmembers only\b|\bmember only\b|\bcontinue reading\b.{0,40}\bsubscri"
            r"|\bto continue reading\b|\bunlock (?:this|full|unlimited)\b|\bbecome a (?:member|subscriber|patron)\b"
            r"|^(?:jetzt )?abonnieren$|\babo abschlie(?:ß|ss)en\b|^abonnez-vous\b|^suscr[ií]bete para\b"
            r"|^оформите подписку\b|\bpaywall\b|\bfree trial\b.{0,60}\bsubscri"
            r"|\bit does not cost much\b|\bdonate (?:now|today)\b|^donate$"
            r"|\byou(?:'ve| have) read \d+ (?:of|out of) (?:your )?\d+ free\b|\bfree articles? left\b"
            r"|\bsubscribe (?:now |today )?for (?:just |only )?\W?\d[\d.,]* (?:a|per) (?:week|month|year)\b"
            r"|^subscribers (?:get|enjoy)\b|^enjoying (?:this|the|our) (?:article|story|read)\?$"
            r"|^support (?:our|us)(?: work| journalism| reporting)?[.!]?$"
            r"|^jetzt weiterlesen\b|\b(?:im )?ersten monat (?:kostenlos|gratis)\b"
        ),
        languages=(*_ALL, "it", "pt", "nl"),
        description="Subscription and support pitches, including multi-line pitch blocks.",
        max_chars=300,
    ),
    Rule(
        id="newsletter.signup",
        category="newsletter",
        pattern=(
            r"\bnewsletters?\b.{0,60}\b(?:sign ?up|subscribe|inbox|delivered|get|receive)\b"
            r"|\bsign ?up\b.{0,60}\bnewsletters?\b|\bsubscribe\b.{0,60}\bnewsletters?\b|\bregister\b.{0,60}\bnewsletters?\b"
            r"|^enter (?:your )?e-?mail(?: address)?\b|^(?:your )?e-?mail(?: address)?\s?\*?:?\s?\*?$"
            r"|\bdelivered (?:straight |directly )?to your inbox\b|^newsletters?$"
            r"|\bnewsletter (?:abonnieren|bestellen)\b|\binscrivez-vous\b.{0,40}newsletter"
            r"|\bsuscr[ií]bete\b.{0,40}(?:newsletter|bolet[ií]n)|^suscr[ií]bete a nuestr[oa] (?:bolet[ií]n|newsletter)|\bподпишитесь\b.{0,40}рассылк"
            r"|^(?:thanks|thank you) for (?:signing up|subscribing)\b"
            r"|^breaking news (?:emails|alerts)$|^we respect your privacy\.?$"
            # the consent small print under a sign-up form
            r"|^\*?by (?:entering|submitting|providing|clicking|tapping|signing up|subscribing"
            r"|registering)\b.{0,100}?\byou(?:'ve| have)? (?:read and )?(?:agree|consent|accept"
            r"|acknowledge)"
            r"|^(?:get|receive) (?:our|the)\b.{0,40}\bnewsletters?\b"
            r"|^oops! something went wrong while submitting the form"
            r"|\bunsubscribe at any time\b|\bsubscribe to (?:our|this) blog\b"
            r"|\bactivation link has (?:just )?been sent\b"
        ),
        languages=_ALL,
        description=(
            "Newsletter sign-up prompts, e-mail fields and the consent small print under them."
        ),
        max_chars=250,
    ),
    Rule(
        id="cookie.notice",
        category="cookie",
        pattern=(
            r"\b(?:site|we|website|page) uses cookies\b|\bwe use cookies\b"
            r"|\buse of cookies\b|\bcookie (?:policy|settings|preferences|consent|notice)\b"
            r"|^(?:accept|allow|reject|decline|manage)(?: all)?(?: cookies)?$"
            r"|^(?:accept|allow) (?:all )?cookies\b|\bnon-essential cookies\b"
            r"|\bverwendet cookies\b|\bcookies? (?:akzeptieren|zulassen)\b|\butilise des cookies\b"
            r"|\butiliza cookies\b|\bиспользует (?:файлы )?cookie|^cookies?$|^got it!?$"
            r"|\b(?:nous utilisons|utilizamos|usamos|wir (?:verwenden|nutzen)|utilizziamo"
            r"|мы используем) (?:des |los |i |os |файлы )?cookies?\b"
            r"|^the technical storage or access (?:is|that is)\b"
            r"|^(?:privacy overview|(?:strictly )?necessary always (?:enabled|active)|non-necessary"
            r"|always (?:enabled|active)|manage consent(?: preferences)?"
            r"|we and our partners process data to provide:?)$"
            # the category texts and the table of a consent panel ("Analytical cookies are
            # used to ...", "_ga 1 year Google Analytics sets this cookie to ...")
            r"|^(?:necessary|functional|performance|analytical|analytics|advertisement"
            r"|advertising|marketing|targeting|preference|statistics?) cookies"
            r" (?:are (?:used|absolutely|essential|set|placed|stored)|help (?:to|us)?)\b"
            r"|\bsets? (?:this|the) cookie (?:to|for|when)\b"
            r"|^cookie duration description$"
        ),
        languages=_ALL,
        description=(
            "Cookie banners, consent buttons and the texts of a consent panel (cookie"
            " categories, the table of cookies and what sets them)."
        ),
        max_chars=400,
    ),
    Rule(
        id="nav.more",
        category="nav",
        pattern=(
            r"^(?:(?:latest|more|related|top|popular|news)\s)?(?:see|read|show|load|view)"
            r"\s(?:more|all|full|the full)\b.{0,30}$"
            r"|^(?:more|all) (?:news|stories|articles|posts)\b.{0,30}$"
            r"|^(?:read|see) (?:next|also|the full story|full article)\b.{0,40}$"
            r"|^(?:next|previous) (?:article|post|story)\b|^(?:next|previous|prev|back)$"
            r"|^(?:weiterlesen|mehr (?:lesen|anzeigen|dazu)|alle anzeigen|lire la suite|voir plus"
            r"|en savoir plus|leer m[aá]s|ver m[aá]s|читать (?:далее|также|еще|ещё)|показать ещё"
            r"|continua a leggere|leia mais|lees meer)\b.{0,30}$"
            r"|\bsee more$|\bread more$|\bshow more$|\bview more$"
            r"|^more$|^load more$|^(?:learn|find out|discover) more\W{0,3}$"
            # "More Stories", "More Sports": a section's link; not "More information"
            r"|^more (?!info|details|consideration|about\b|than\b|to\b|of\b)[\w&'’-]{2,20}$"
            r"|^[(\[](?:see|view|show|read) (?:all|more)[)\]]$|^(?:view|see) all\W{0,3}$"
            r"|^(?:更多|查看更多|阅读更多|閱讀更多|加载更多|もっと見る|続きを読む|さらに表示"
            r"|더 ?보기|기사 ?더 ?보기|المزيد|عرض المزيد|اقرأ المزيد|קרא עוד|और पढ़ें|और देखें"
            r"|อ่านต่อ|อ่านเพิ่มเติม|ดูเพิ่มเติม)\s?[>»›→]{0,2}$"
        ),
        languages=(*_ALL, "it", "pt", "nl", *_UNCASED),
        description="'See more', 'Read more', 'View all' and other navigation labels.",
        max_chars=60,
    ),
    Rule(
        id="nav.inline",
        category="nav",
        pattern=(
            r"^(?:read more|read also|also read|read next|see also|related|more on this"
            r"|watch|watch now|listen|video|lesen sie auch|auch lesen|mehr dazu|lire aussi"
            r"|à lire aussi|voir aussi|à voir aussi|lee también|leer más|ver también|ver más"
            r"|leia também|veja também|leggi anche|guarda anche|lees ook|читайте также"
            r"|смотрите также) ?: \S.{2,150}(?<!\.)$"
            rf"|^{_RELATED_UNCASED} ?[:：] ?\S.{{2,150}}(?<![.。])$"
        ),
        languages=(*_ALL, "it", "pt", "nl", *_UNCASED),
        description=(
            "A link to another story between paragraphs: a label and a colon before its"
            " headline (`Read more: ...`, `Watch: ...`, `Lire aussi : ...`)."
        ),
        max_chars=200,
    ),
    Rule(
        id="nav.related",
        category="nav",
        pattern=(
            r"^(?:related|recommended|suggested|popular|trending|latest|recent|featured)"
            r"(?: \w+){0,2}(?: articles?| stories| posts| news| content| reads| videos| links)?:?$"
            r"|^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
            r"|more (?:from|on|in|like this|stories|to read|to explore)"
            r"|most (?:read|popular|viewed|shared|commented)|what to read next"
            r"|don'?t miss|editor'?s picks|top stories|also read|see also|related:)\b.{0,60}$"
            r"|^(?:ähnliche artikel|das könnte sie auch interessieren|meistgelesen|mehr zum thema"
            r"|à lire aussi|lire aussi|sur le même sujet|les plus lus|te puede interesar"
            r"|noticias relacionadas|lo más leído|más noticias|читайте также|похожие статьи"
            r"|самое читаемое|leggi anche|leia também|lees ook"
            r"|auch interessant|weitere artikel|vous aimerez aussi|à lire également"
            r"|articles similaires|también te puede interesar|quizás te interese|más leídas"
            r"|você (?:também )?pode gostar|veja também|mais lidas|notícias relacionadas"
            r"|ti potrebbe interessare|potrebbe interessarti|articoli correlati|più letti"
            r"|meer nieuws|gerelateerde artikelen)\b.{0,60}$"
            rf"|^{_RELATED_UNCASED}\s?[:：]?$"
        ),
        languages=(*_ALL, "it", "pt", "nl", *_UNCASED),
        description="Headings of related-article and most-read link blocks.",
        max_chars=80,
    ),
    Rule(
        id="nav.breadcrumb",
        category="nav",
        pattern=(
            r"^(?:home|startseite|accueil|inicio|главная)\s?(?:[>›»/|→]\s?\S[^>›»|→]{0,40}){1,6}$"
            r"|^[^>›»«→]{1,50}(?: [>›»→] [^>›»«→]{1,80}){2,6}(?<![.!?])$"
        ),
        languages=_ALL,
        description=(
            "Breadcrumb trails: `Home > News > World`, or any three or more parts joined"
            " by ` > `, ` › `, ` » ` or ` → ` and not ending a sentence"
            " (`Sport » Football » Premier League`)."
        ),
        max_chars=200,
    ),
    Rule(
        id="ui.player",
        category="ui",
        pattern=(
            r"^(?:(?:click|tap|press) (?:here )?to (?:play|watch|view|expand|enlarge|unmute"
            r"|zoom)\b.{0,40}|(?:play|pause|mute|unmute|replay|fullscreen|full screen)"
            r"(?: video)?|now playing|up next)$"
        ),
        languages=("en",),
        description="Media player controls (`Click to play`, `Tap to play`, `Up next`).",
        max_chars=60,
    ),
    Rule(
        id="ui.control",
        category="ui",
        pattern=(
            r"^(?:skip to (?:main )?(?:content|navigation|main)|jump to (?:content|navigation)"
            r"|toggle (?:navigation|menu)|open (?:menu|search)|close(?: menu| search)?|men[uüú]|search"
            r"|back to (?:the )?(?:[\w'’.-]+ ){0,2}(?:top|blog|gallery|home(?:page)?|news|articles|posts"
            r"|results|search|overview|index|shop|list)|back to all (?:posts|articles|news|stories)"
            r"|top of page|nach oben|haut de page|volver arriba|наверх"
            r"|search for:?|sign ?in|sign ?up|log ?in|log ?out|register|my account|account"
            # two account links glued by the text dump: "Sign In Start free trial"
            r"|(?:sign ?in|log ?in) (?:sign ?up|register|subscribe|get started|join(?: now)?"
            r"|start (?:a |your )?free trial|create (?:an |your )?(?:free )?account)"
            r"|(?:sign ?up|register|subscribe|get started|join(?: now)?"
            r"|start (?:a |your )?free trial) (?:sign ?in|log ?in)"
            r"|create (?:a |your )?(?:free )?account|forgot (?:your )?password\??|×|✕|x"
            r"|zum inhalt springen|anmelden|suche|aller au contenu|se connecter|rechercher"
            r"|ir al contenido|iniciar sesi[oó]n|buscar|войти|поиск|меню)[.!:]?$"
        ),
        languages=_ALL,
        description="Site controls: menus, search, sign-in, skip links, close buttons.",
        max_chars=60,
    ),
    Rule(
        id="ui.cta",
        category="ui",
        pattern=(
            r"^(?:get started(?: for free| free| now| today)?|start here"
            r"|book (?:a |your )?(?:demo|call|consultation|appointment|table)|book now"
            r"|(?:get|request|schedule|see|watch) a (?:free |live )?(?:demo|quote)"
            r"|get (?:a |your )?free quote|contact sales|talk to (?:sales|an expert|us)"
            r"|try (?:it )?(?:for )?free|start (?:your |a )?free trial)"
            r"[.!]?(?:\s?[›»→>])?$"
        ),
        languages=("en",),
        description=(
            "Call-to-action buttons of company sites (`Get started`, `Book a demo`, `Get a "
            "quote`, `Contact sales`)."
        ),
        max_chars=40,
    ),
    Rule(
        id="ui.browser",
        category="ui",
        pattern=(
            r"\bdetected (?:that )?you(?:'re| are) (?:on|using)\b.{0,40}\bbrowser\b"
            r"|\b(?:outdated|unsupported|out-of-date) (?:web )?browser\b"
            r"|\b(?:update|upgrade) (?:to a|your) (?:modern |newer |supported |current )?browser\b"
            r"|\byour browser is (?:out of date|not supported|no longer supported)\b"
        ),
        languages=("en",),
        description="Notices about the reader's browser (`You are using an outdated browser`).",
        max_chars=250,
    ),
    Rule(
        id="ui.form",
        category="ui",
        pattern=(
            r"^thank you! your submission has been received!?$"
            r"|^this field is for validation purposes and should be left unchanged\.?$"
            r"|^this field is hidden when viewing the form\.?$"
        ),
        languages=("en",),
        description=(
            "What form plugins print: the message when a form is sent (`Thank you! Your"
            " submission has been received!`), the labels of hidden fields."
        ),
        max_chars=80,
    ),
    Rule(
        id="ui.feedback",
        category="ui",
        pattern=(
            r"^(?:was|is) (?:this|the) (?:article|page|post|answer|guide|information|content"
            r"|story|issue)(?: you (?:just )?read)? (?:helpful|useful)\s?\?"
            r"|^did you find (?:this|the) (?:article|page|post|answer|guide|information"
            r"|content) (?:helpful|useful)\s?\?"
            r"|^how (?:was|did you like|would you rate) this (?:article|page|post|issue"
            r"|story)\s?\?"
            r"|^rate this (?:article|page|post|story)$"
            r"|^war (?:dieser|diese) (?:artikel|seite|beitrag|information) hilfreich\s?\?"
            r"|^(?:cet article|cette page) vous a-t-(?:il|elle) été utile\s?\?"
            r"|^¿(?:te ha resultado|te resultó|fue|es) útil (?:este|esta) (?:artículo|página"
            r"|información)\s?\?"
            r"|^(?:была ли эта статья полезной|эта статья была полезной)\s?\?"
        ),
        languages=_ALL,
        description=(
            "Feedback widgets under an article (`Was this article helpful?`, `How was this"
            " issue?`, `War dieser Artikel hilfreich?`): the article's text ends above them."
        ),
        max_chars=120,
    ),
    Rule(
        id="nav.toc",
        category="nav",
        pattern=(
            r"^(?:table of contents|contents|in this (?:article|post|guide)|on this page|jump to"
            r"|inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|contenidos?"
            r"|tabla de contenidos?|содержание|оглавление)\s?:?$"
        ),
        languages=_ALL,
        description="The heading of a table of contents (`Table of Contents`, `In this article`).",
        max_chars=40,
    ),
    Rule(
        id="ad.label",
        category="ad",
        pattern=(
            r"^(?:advertisement|advertising|advert|sponsored(?: content| post| by\b.{0,40})?|ad"
            r"|promoted(?: content)?|paid (?:content|post|partnership)|partner content"
            r"|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|advertentie"
            r"|story continues below(?: this)? advertisement|article continues below(?: advertisement)?"
            r"|continue reading below|scroll to continue(?: with content)?)[.:]?$"
        ),
        languages=(*_ALL, "it", "pt", "nl"),
        description="Advertising labels and 'story continues below' markers.",
        max_chars=60,
    ),
    Rule(
        id="ad.promo",
        category="ad",
        pattern=(
            r"\bt ?& ?cs? apply\b|\bterms and conditions apply\b|\bgamble responsibly\b"
            r"|\bbegambleaware\b|\b18\+ only\b|\bfree bets?\b.{0,60}\bsign(?:ing)? up\b"
        ),
        languages=("en",),
        description="Advertising copy: offer small print (`T&Cs apply`), betting promotions.",
        max_chars=200,
    ),
    Rule(
        id="ad.shop",
        category="ad",
        pattern=(
            r"^(?:check|see|view|compare|get) (?:the )?(?:latest |current |best )?prices?"
            r"(?: (?:at|on|from) [\w.&'’ -]{2,30}?(?: \([^()]{1,20}\))?)?$"
            r"|^(?:buy|shop|order) (?:it )?(?:now|today|here)"
            r"(?: (?:at|on|from) [\w.&'’ -]{2,30}?)?[.!:]?$"
        ),
        languages=("en",),
        description=(
            "Shopping buttons of product pages and affiliate reviews (`Check price at Amazon`,"
            " `Buy now`)."
        ),
        max_chars=80,
    ),
    Rule(
        id="ad.disclosure",
        category="ad",
        pattern=(
            r"\bas an amazon associate,? (?:i|we) earn\b"
            r"|\b(?:this|the|our) (?:post|article|page|site|content|review)s? (?:may )?contains?"
            r" (?:some )?affiliate links?\b"
            r"|\b(?:we|i) (?:also )?may use affiliate links\b"
            # one alternative per noun: the noun is the string a line must hold first
            r"|\b(?:we|i) may (?:earn|receive) (?:a |an )?(?:small |affiliate )?commission\b(?!-)"
            r"|\b(?:we|i) may (?:earn|receive) (?:a |an )?(?:small )?compensation\b"
            r"|\bmay earn (?:us )?(?:an )?affiliate commission\b"
            r"|\bmay earn us (?:a )?(?:small )?commission\b(?!-)"
            r"|^affiliate (?:link(?:ing)? )?(?:disclaimer|disclosure)s?$"
        ),
        languages=("en",),
        description=(
            "Affiliate disclosures (`As an Amazon Associate we earn from qualifying purchases`,"
            " `This post contains affiliate links`)."
        ),
        max_chars=160,
    ),
    Rule(
        id="copyright",
        category="copyright",
        pattern=(
            r"^(?:©|ⓒ|\(c\)|&copy;)|^copyright\s?(?:©|ⓒ|\(c\)|\d{4})|\ball rights reserved\b|\balle rechte vorbehalten\b"
            r"|\btous droits réservés\b|\btodos los derechos reservados\b|\bвсе права защищены\b"
            r"|\btutti i diritti riservati\b|\btodos os direitos reservados\b"
            r"|\bfor your personal,? non-commercial use only\b"
            r"|\bmay not be reproduced,? (?:distributed|transmitted|copied|republished)\b"
            # at the start of the line, so they need no search of every line
            r"|^(?:版权所有|版權所有|未经(?:本网)?授权|未經(?:本網)?授權|著作権|저작권자|무단 ?전재"
            r"|جميع الحقوق محفوظة|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|สงวนลิขสิทธิ์)"
        ),
        languages=(*_ALL, "it", "pt", *_UNCASED),
        description="Copyright notices.",
        max_chars=250,
    ),
    Rule(
        id="banner.official",
        category="banner",
        pattern=(
            # the banner of US government sites (the U.S. Web Design System's), collapsed
            # or opened: every line of it
            r"^an official (?:web ?site|site) of (?:the )?[\w .,'’-]{2,60}?\.?"
            r"(?: here[’']s how you know\.?)?$"
            r"|^here[’']s how you know\.?$"
            r"|^official websites use \.(?:gov|mil)\b"
            r"|^an? \.(?:gov|mil) website belongs to an official government organi[sz]ation\b"
            r"|^secure \.(?:gov|mil) websites use https\b"
            r"|^an? lock \(.{0,20}\) or https:// means you[’']ve safely connected to the \.(?:gov|mil)"
            r" website\b"
        ),
        languages=("en",),
        description=(
            "The banner of government sites (`An official website of the United States "
            "government`, `Here's how you know`, `Official websites use .gov` ...)."
        ),
        max_chars=250,
    ),
    Rule(
        id="legal.links",
        category="legal",
        pattern=(
            r"^(?:privacy(?: policy| notice| statement| settings| center)?|terms(?: of (?:use|service))?"
            r"|terms (?:and|&) conditions|cookie policy|accessibility(?: statement)?|imprint"
            r"|impressum|datenschutz(?:erklärung)?|mentions légales|aviso legal"
            r"|política de privacidad|политика конфиденциальности|contact(?: us)?|about(?: us)?"
            r"|sitemap|site map|advertise(?: with us)?|careers|jobs|faqs?|help|disclaimer"
            r"|do not sell (?:or share )?my (?:personal )?info(?:rmation)?|your privacy choices)"
            r"(?:\s?[|·•,/]\s?(?:[\w&'’ -]{2,40}))*$"
        ),
        languages=_ALL,
        description="Footer links: privacy, terms, contact, about, careers.",
        max_chars=200,
    ),
    Rule(
        id="comments.prompt",
        category="comments",
        pattern=(
            r"^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment"
            r"|join the (?:discussion|conversation)|no comments(?: yet)?"
            r"|show comments|view comments|comments are closed"
            r"|log in to (?:comment|reply)|you must be logged in to post a comment"
            r"|share your (?:thoughts|views|opinion)|have your say"
            r"|tell us what you think|deine meinung|votre avis|danos tu opinión|tu opinión\b"
            r"|kommentieren|réagir)\b.{0,40}$"
            # a heading word and a few words of the widget ("Comments", "109 Comments |
            # ...", "Reply to This", "comments powered by Disqus"), not a sentence or a line
            # of code that starts with the word ("Comments, ideas, improvements?",
            # "response = ...")
            r"|^(?:\d+ )?(?:comments?|repl(?:y|ies)|responses?|kommentare?|commentaires?"
            r"|comentarios?|комментарии)\b(?!\s?[,=])[^=]{0,40}$"
            # "What do you think?", "What do you think about the plan? Tell us below" (not
            # "What do you think this is, ...?", a question of the text)
            r"|^what do you think(?: about [^?!.]{1,40})?\s?[?!](?:\s.{0,60})?$"
            r"|\byour email address will not be published\b"
            r"|^\d+ (?:responses?|replies|thoughts|comments?|reactions?) (?:to|on)\b.{0,100}$"
            r"|^(?:top rated |most liked |newest |oldest )?comments? \(\d+\)$|^rating: \d+ votes?$"
            r"|^\d[\d.,]*\s?[km]?\s(?:comments?|kommentare?|commentaires?|comentarios?|commenti"
            r"|comentários|комментари\w{0,3})$"
        ),
        languages=_ALL,
        description="Comment section prompts and headings, comment counts (`12 comments`).",
        max_chars=160,
    ),
    Rule(
        id="comments.header",
        category="comments",
        pattern=(
            r"^\S{1,40}(?: \S{1,40}){0,2} (?:says|said|wrote|writes|replied|sagt|schrieb|schreibt"
            r"|a écrit|dice|dijo|escribió|пишет|написал|написала)\s?:$"
            r"|^\S.{0,80} (?:at|um|à|a las|в) \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?\)? (?:says|said|wrote"
            r"|sagt|schrieb|a écrit|dice|dijo|escribió|пишет|написал|написала)\s?:$"
        ),
        languages=_ALL,
        description="The header of one comment (`Jane on March 3, 2021 at 4:47 pm said:`).",
        max_chars=120,
    ),
    Rule(
        id="meta.timestamp",
        category="meta",
        pattern=(
            r"^(?:posted |updated |published )?(?:about |over |almost )?(?:\d{1,3}|an?|one)"
            r" (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b.{0,30}$"
            r"|^(?:yesterday|today|just now)(?: at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?$"
            r"|^\d{1,3} ?(?:s|m|min|h|hr|d|w|mo|y) ago$"
            r"|^vor \d{1,3} (?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)$"
            r"|^il y a \d{1,3} (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)$"
            r"|^hace \d{1,3} (?:segundos?|minutos?|horas?|d[ií]as?|semanas?|meses|años?)$"
            r"|^\d{1,3} (?:секунд\w{0,2}|минут\w{0,2}|час\w{0,2}|дн\w{0,2}|дней|недел\w{0,2}) назад$"
        ),
        languages=_ALL,
        description="Relative timestamps of comments and feed items (`2 days ago at 07:52 am`).",
        max_chars=60,
    ),
    Rule(
        id="image.credit",
        category="image",
        pattern=(
            r"^(?:photo|image|picture|foto|bild|crédit(?:s)? photo|фото|illustration|file photo)"
            r"(?: credit)?s?\s?(?::|by|/|©)\s?\S.{0,80}$"
            r"|^\(?(?:photo|image)(?: by)?:? [^.!?]{0,60}/(?:getty|afp|reuters|ap|epa|dpa|shutterstock"
            r"|alamy)\b.{0,30}$|^(?:getty images|shutterstock|istock(?:photo)?)\b.{0,30}$"
            # names, then a photo agency or a wire service, each alternative ending in its
            # own string (tried only on lines that end with it)
            + "".join(
                rf"|^[^.!?|/]{{2,60}}(?: ?[|/] ?[^.!?|/]{{2,40}}){{0,2}} ?[|/] ?{agency}$"
                for agency in (
                    "getty images",
                    "shutterstock",
                    "alamy",
                    "alamy stock photo",
                    "istock",
                    "istockphoto",
                    "unsplash",
                )
            )
            + "".join(
                rf"|^[^.!?|/]{{2,60}}/{agency}$"
                for agency in ("afp", "reuters", "ap", "epa", "dpa", "afp via getty images")
            )
        ),
        languages=_ALL,
        description=(
            "Photo and image credit lines (`Photo: Jane Doe/Reuters`, `Jane Doe | Agency |"
            " Getty Images`)."
        ),
        max_chars=140,
    ),
    Rule(
        id="meta.credits",
        category="meta",
        pattern=(
            r"^\((?:additional )?(?:reporting|writing|editing|compiled|research) by\b.{0,250}\)\.?$"
            r"|^(?:additional )?reporting by [^.;]{1,80}; (?:additional reporting|writing"
            r"|editing) by\b.{0,200}$"
            # the credit of a contributor other than the author, alone on its line (a
            # "written by" after it makes the line a byline)
            r"|^(?:edited|(?:medically |clinically |legally |expert |fact[- ]?)?reviewed"
            r"|fact[- ]?checked|copy ?edited|translated|illustrated|illustrations|photographed"
            r"|graphics|curated|verified)(?: and (?:edited|reviewed|fact[- ]?checked|updated))?"
            # then names and credentials only: words that are no sentence's (a word ends
            # at a space: no ambiguity), joined by spaces, commas and separators
            rf" by:?\s?{_CREDIT_NAME}(?:,?\s(?:{_CREDIT_NAME}|&|[|·•–—-])){{0,11}}$"
        ),
        languages=("en",),
        description=(
            "Wire-service credits (`(Reporting by Jane Doe; Editing by John Roe)`) and the"
            " credits of contributors other than the authors, alone on their line (`Edited by"
            " Jane Doe`, `Medically reviewed by Dr. John Roe, MD`, `Fact checked by ...`)."
        ),
        max_chars=300,
    ),
    Rule(
        id="meta.identifiers",
        category="meta",
        # one to four label-identifier pairs; the separator between pairs is required and
        # never part of an identifier, so a line splits into pairs in one way only
        pattern=rf"^{_IDENTIFIER}(?:[\s,;|]{{1,3}}{_IDENTIFIER}){{0,3}}[\s.]?$",
        languages=_ALL,
        description=(
            "Bibliographic identifiers alone on a line (`doi: 10.2196/14273 PMID: 31237569"
            " PMCID: 6614998`, `ISBN 978-3-16-148410-0`)."
        ),
        max_chars=200,
    ),
    Rule(
        id="meta.tags",
        category="meta",
        pattern=(
            r"^(?:tags?|topics?|categor(?:y|ies)|labels?|filed under|posted in|schlagworte|themen"
            r"|mots-clés|etiquetas|теги|темы)\s?:\s?\S.{0,200}$|^(?:tags?|topics?|categories)\s?:?$"
        ),
        languages=_ALL,
        description="Tag and category lists.",
        max_chars=250,
    ),
    Rule(
        id="meta.reading_time",
        category="meta",
        pattern=(
            r"^(?:\d{1,3}|an?|one)\s?(?:-|\s)?(?:min(?:ute)?s?\.?|mins)\s(?:read|to read|reading)\b"
            r"|^(?:reading time|lesezeit|temps de lecture|tiempo de lectura|время чтения)\b"
            r".{0,30}$|^\d{1,3} (?:min\.? )?(?:lesezeit|de lecture|de lectura)$"
        ),
        languages=_ALL,
        description="Reading-time labels (`5 min read`).",
        max_chars=60,
    ),
)
