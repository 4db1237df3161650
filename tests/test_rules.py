"""Chrome rules: every default rule by id, the RuleSet operations, and linear time.

Positive lines are chrome as sites print it, in the languages each rule claims; negative
lines are prose sentences that mention the same words and must not be taken for chrome.
All texts are written for these tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import regex
from guards import alarm, needs_alarm

from cleanscrape import CleanscrapeError, Rule, RuleError, RuleSet, default_rules
from cleanscrape.ruledata import DEFAULT_RULES

RULES = default_rules()

# rule id -> (chrome lines the rule must name, prose lines no rule may match)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "separator": (
        ["--", "***", "* * *", "———", "==========", "•••", "—", "~~~~"],
        [
            "The score was 3--2 at half-time.",
            "-- and then the lights went out across the whole district.",
        ],
    ),
    "ui.loading": (
        [
            "No items found.",
            "No posts found",
            "加载中...",
            "読み込み中…",
            "로딩 중",
            "جاري التحميل...",
            "กำลังโหลด",
            "Loading...",
            "Loading",
            "Loading…",
            "Please wait...",
            "Wird geladen...",
            "Lädt…",
            "Chargement en cours...",
            "Chargement...",
            "Cargando...",
            "Загрузка...",
            "Caricamento in corso...",
            "Carregando...",
            "Bezig met laden...",
            "Loading comments...",
            "Loading the audio player…",
        ],
        [
            "No items found in the wreck were of any value, divers said.",
            "加载中国的货物需要三天时间。",
            "Loading the trucks took most of the night, the driver said.",
            "Loading docks... and other things the port will build next year.",
            "Загрузка судов в порту заняла почти неделю, сообщили в администрации.",
        ],
    ),
    "social.follow": (
        [
            "Follow us on Twitter @DailyHarbour",
            "Like us on Facebook",
            "Follow us",
            "You can also follow the Harbour Times on Instagram @harbourtimes",
            "Twitter | Facebook | Instagram",
            "Folgen Sie uns auf Instagram",
            "Folgt uns auf Mastodon",
            "Suivez-nous sur Facebook et Twitter",
            "Suivez nous sur Instagram",
            "Síguenos en Twitter",
            "Siguenos en Instagram",
            "Подписывайтесь на наш канал в Telegram",
            "Читайте нас в Telegram",
            "Seguici su Facebook",
            "Siga-nos no Instagram",
            "Volg ons op Twitter",
        ],
        [
            "Many readers follow the paper on Twitter, where it posts the morning headlines.",
            "Viele Leser folgen uns seit Jahren auf Twitter, sagte die Chefredakteurin.",
            "Les lecteurs nous suivent sur Facebook depuis la création du journal en 2009.",
            "Los lectores nos siguen en Twitter desde hace diez años, dijo la directora.",
        ],
    ),
    "social.counter": (
        [
            "3 likes",
            "1.2K shares",
            "2,400 views",
            "3 просмотра",
        ],
        [
            "3 likes and 2 dislikes decided the poll, according to the organisers.",
            "About 12 comments were received during the public consultation period.",
        ],
    ),
    "share.buttons": (
        [
            "Copied!",
            "分享到：",
            "分享",
            "シェア",
            "공유하기",
            "شارك هذا المقال",
            "שתף",
            "शेयर करें",
            "Share this page to Facebook Share this page to X Share this page via Email",
            "Manage alerts for this article",
            "Gift this article",
            "Listen to this article",
            "Follow this story",
            "Share",
            "Tweet",
            "Email",
            "E-mail",
            "Print",
            "Share on X",
            "Share on Facebook",
            "Copy link",
            "Share this article",
            "Email this article",
            "Print This Page",
            "Email this Story",
            "Save this post",
            "Share this",
            "Teilen",
            "Artikel teilen",
            "Drucken",
            "Partager",
            "Partager cet article",
            "Imprimer",
            "Compartir",
            "Compartir en Facebook",
            "Imprimir",
            "Поделиться",
            "Condividi",
            "Compartilhe",
            "Delen",
        ],
        [
            "分享经济在城市中快速发展。",
            "공유 경제가 빠르게 성장하고 있다.",
            "Share prices fell sharply on Monday after the bank cut its forecast.",
            "Share exchanges in Asia closed lower on Tuesday.",
            "Tweet by tweet, the row between the two ministers grew more heated.",
            "Print runs of the weekly edition have halved since 2015.",
            "Listen to this podcast episode about the seed library",
            "Follow this road to the end and turn left at the mill.",
        ],
    ),
    "paywall.pitch": (
        [
            "Subscribe",
            "Subscribe now!",
            "Subscriptions",
            "Already a subscriber? Log in",
            "Already a member? Sign in here",
            "Support independent journalism with a donation of any size.",
            "Subscribe today for unlimited digital access to every story.",
            "This article is for subscribers only.",
            "To continue reading, log in or create a free account.",
            "Become a member and unlock every article.",
            "Jetzt abonnieren",
            "Abo abschließen und weiterlesen",
            "Abonnez-vous pour lire la suite",
            "Suscríbete para seguir leyendo",
            "Оформите подписку, чтобы читать дальше",
            "You've read 3 of 5 free articles this month.",
            "You have read 2 out of your 4 free stories.",
            "Subscribe today for just $2 a week.",
            "Subscribers get the print edition and the full archive.",
            "Enjoying this story?",
            "Support our work",
            "Support us!",
            "Jetzt weiterlesen mit Hafenblatt Digital",
            "Alle Artikel lesen, im ersten Monat kostenlos.",
        ],
        [
            "The council voted to subscribe to a new emergency alert service last year.",
            "Support our troops, the banner read, as the parade passed the town hall.",
            "Enjoying the sunshine, hundreds of families crowded the beach on Sunday.",
            "Subscriber numbers at the regional paper rose for the third year running.",
            "Der Verlag will im nächsten Jahr mehr Abonnenten gewinnen, sagte die Chefin.",
            "Le journal compte désormais plus d'abonnés numériques qu'en version papier.",
        ],
    ),
    "newsletter.signup": (
        [
            "By entering your email address you agree to our Terms of Use and Privacy Policy.",
            "*By submitting this form, you have read and agreed to the Terms of Use.",
            "Your email address*",
            "Enter your email address to subscribe",
            "Breaking News Emails",
            "We respect your privacy.",
            "No spam, we promise. You can unsubscribe at any time.",
            "Subscribe to our blog and receive notifications of new posts by email.",
            "Sign up for our daily newsletter",
            "Get the best stories delivered to your inbox every morning.",
            "Enter your email address",
            "Email address*",
            "Newsletter",
            "Thanks for signing up!",
            "Newsletter abonnieren",
            "Inscrivez-vous à notre newsletter",
            "Suscríbete a nuestro boletín",
            "Подпишитесь на нашу рассылку",
            "Get our weekend newsletter every Saturday.",
            "Receive the morning newsletter in your inbox",
        ],
        [
            "By submitting evidence late, the lawyers agreed to pay the costs of the hearing.",
            "By clicking through the archive you will find photographs of the old station.",
            "Your email list will begin to grow once the form is live.",
            "We respect your privacy, the minister told the committee on Tuesday.",
            "The newsletter, founded in 1998, was later sold to a regional publisher.",
            "Readers who signed up for the newsletter received a discount code.",
        ],
    ),
    "cookie.notice": (
        [
            "Privacy Overview",
            "The technical storage or access is strictly necessary for the legitimate purpose.",
            "Necessary Always Enabled",
            "We and our partners process data to provide:",
            "This website uses cookies to improve your experience.",
            "We use cookies to personalise content and ads.",
            "Accept all cookies",
            "Accept",
            "Cookie settings",
            "Diese Website verwendet Cookies.",
            "Cookies akzeptieren",
            "Ce site utilise des cookies pour améliorer votre expérience.",
            "Este sitio web utiliza cookies propias y de terceros.",
            "Этот сайт использует файлы cookie.",
            "Nous utilisons des cookies pour mesurer l'audience.",
            "Utilizamos cookies propias y de terceros.",
            "Wir verwenden Cookies, um unsere Website zu verbessern.",
            "Utilizziamo i cookie per migliorare il sito.",
            "Мы используем файлы cookie.",
            "Analytical cookies are used to understand how visitors interact with the website.",
            "Necessary cookies are absolutely essential for the website to function properly.",
            "_ga 1 year Google Analytics sets this cookie to store and count page views.",
            "Cookie Duration Description",
        ],
        [
            "The bakery sold 300 cookies before noon, the owner said.",
            "Regulators said the company uses cookies to track visitors across thousands of"
            " websites without their consent.",
            "Marketing cookies are a new trend at the bakery, the owner said.",
            "The baker sets the cookie dough aside for an hour before shaping it.",
        ],
    ),
    "nav.more": (
        [
            "More Stories",
            "More Sports",
            "Learn more",
            "Learn More »",
            "Find out more",
            "查看更多",
            "加载更多 >",
            "もっと見る",
            "더보기",
            "عرض المزيد",
            "קרא עוד",
            "और पढ़ें",
            "อ่านต่อ",
            "อ่านเพิ่มเติม",
            "See more",
            "Read more",
            "Latest See more",
            "Show more",
            "Load more",
            "View all",
            "Read more »",
            "Weiterlesen",
            "Mehr anzeigen",
            "Lire la suite",
            "Voir plus",
            "Leer más",
            "Ver más",
            "Читать далее",
            "Показать ещё",
            "Leia mais",
            "Lees meer",
        ],
        [
            "More information",
            "More Considerations",
            "More than a game",
            "Learn more about the seed library at the open day on Saturday.",
            "更多市民选择乘坐公共交通出行。",
            "Fans will see more of the striker next season, the coach said.",
            "Show more patience, the coach told his players after the defeat.",
            "Children who read more at home do better at school, the study found.",
        ],
    ),
    "nav.related": (
        [
            "相关阅读",
            "相关新闻：",
            "関連記事",
            "관련기사",
            "اقرأ أيضا",
            "ये भी पढ़ें",
            "ข่าวที่เกี่ยวข้อง",
            "Related articles",
            "Related:",
            "You may also like",
            "Most read",
            "Trending",
            "More from Sport",
            "Top stories",
            "Das könnte Sie auch interessieren",
            "Meistgelesen",
            "À lire aussi",
            "Les plus lus",
            "Noticias relacionadas",
            "Lo más leído",
            "Читайте также",
            "Самое читаемое",
            "Você pode gostar...",
            "Veja também",
            "Ti potrebbe interessare",
            "Vous aimerez aussi",
            "Quizás te interese",
        ],
        [
            "相关新闻发布会将于周五举行。",
            "相关新闻发布会召开",
            "関連記事の作成方法について説明します。",
            "Related charges against the other two men were dropped in May.",
            "Trending downward for a third year, sales of diesel cars fell again in March.",
        ],
    ),
    "nav.breadcrumb": (
        [
            "Home > News > World",
            "Home / Sport / Football",
            "Home › Business",
            "Startseite › Politik › Ausland",
            "Accueil > Monde > Europe",
            "Inicio > Internacional",
            "Главная / Новости",
            "Mensagens » Autoestima » Só quem se ama",
            "Sport › Football › Premier League",
            "News > Local > Harbour wall vote",
        ],
        [
            "Il a dit « oui » puis « non » avant de partir, selon deux témoins présents.",
            "Er sagte »ja« und »nein« zugleich, berichtet die Zeitung.",
            "Growth > inflation > wages was the ordering most economists expected this year.",
            "Home / away form matters less than injuries at this stage, the manager said.",
            "Home prices rose 4% in the year to March, the statistics office said.",
        ],
    ),
    "nav.inline": (
        [
            "相关阅读：老城区改造工程启动 涉及居民两千余户",
            "関連記事：新しい橋が完成",
            "اقرأ أيضا: افتتاح جسر جديد في المدينة",
            "קרא גם: גשר חדש נפתח בעיר",
            "猜你喜欢：城东新区新建三所小学",
            "Read more: Harbour wall vote delayed until spring",
            "READ MORE: Couple reveal what they bought first",
            "Also read: Ferry fares to rise in April",
            "Watch: Storm waves hit the promenade",
            "Lire aussi : Le marché couvert rouvre ses portes",
            "Lesen Sie auch: Neue Brücke für die Altstadt",
            "Lee también: El puerto amplía su muelle",
            "Leggi anche: Il porto cresce ancora",
            "Читайте также: Мэрия отремонтирует набережную",
        ],
        [
            "相关阅读：市民可以在图书馆免费借阅这些书籍。",
            "Read more closely, the report says something else: the wall was never funded.",
            "Watch the tide tables before you set out, the coastguard advised walkers.",
            "Related: the council also approved two new bus routes for the eastern villages,"
            " which have had no service since 2019.",
        ],
    ),
    "ui.player": (
        [
            "Click to play",
            "Tap to play",
            "Click to play Tap to play",
            "Tap to unmute",
            "Play video",
            "Up next",
        ],
        [
            "Play resumed after a short rain delay, with the home side two wickets down.",
            "Click to play was the only instruction on the screen, one visitor said later.",
        ],
    ),
    "ui.control": (
        [
            "Back to blog",
            "Back to Valley Courier Home",
            "Back to all posts",
            "Menu",
            "Menü",
            "Menú",
            "Search",
            "Close",
            "Skip to content",
            "Skip to main content",
            "Back to top",
            "Sign in",
            "Log in",
            "Register",
            "Anmelden",
            "Se connecter",
            "Iniciar sesión",
            "Войти",
            "Поиск",
            # two account links glued by the text dump
            "Sign In Start free trial",
            "Log in Register",
            "Subscribe Sign in",
        ],
        [
            "Search teams found the missing hikers on Sunday morning.",
            "Sign in with Apple: how the new login works",
            "Log in to the council's portal before Friday to register for a stall.",
            "Close to 2,000 people attended the march, police said.",
            "Register offices will stay open late during the election week.",
        ],
    ),
    "ui.cta": (
        [
            "Get Started",
            "Book Now",
            "Get A Quote",
            "Contact Sales",
            "Book a Demo",
            "Start Here",
            "Try For Free",
            "Start your free trial",
        ],
        [
            "Get started with the seed library in three easy steps",
            "Book now and save on the autumn walking tours, the council said.",
            "Contact sales of the old station house were signed on Monday.",
        ],
    ),
    "ui.browser": (
        [
            "You are using an outdated browser. Please upgrade your browser.",
            "We've detected you are on Internet Explorer. Please update to a modern browser.",
            "Your browser is not supported.",
        ],
        [
            "The council said residents using an old browser could ask the library for help.",
        ],
    ),
    "ui.form": (
        [
            "Thank you! Your submission has been received!",
            "Thank you! Your submission has been received",
            "This field is for validation purposes and should be left unchanged.",
            "This field is hidden when viewing the form",
        ],
        [
            "Thank you! The council said it had received more than four hundred letters.",
            "This field is hidden from view by the old railway embankment.",
        ],
    ),
    "nav.toc": (
        [
            "Jump to:",
            "Table of Contents",
            "Contents:",
            "In this article",
            "Inhaltsverzeichnis",
            "Sommaire",
            "Содержание",
        ],
        [
            "Jump to conclusions, the judge warned the jury.",
            "Contents of the box were handed to the police on Tuesday.",
            "Back to basics",
        ],
    ),
    "ad.label": (
        [
            "Advert",
            "Advertisement",
            "ADVERTISEMENT",
            "Sponsored",
            "Sponsored content",
            "Story continues below advertisement",
            "Anzeige",
            "Werbung",
            "Publicité",
            "Publicidad",
            "Реклама",
            "Pubblicità",
            "Publicidade",
            "Advertentie",
        ],
        [
            "Advert breaks were cut from the broadcast, the channel said.",
            "Advertisement spending rose by 4% last year, the agency said.",
            "Реклама на телевидении подорожала на треть, сообщили в ассоциации.",
        ],
    ),
    "ad.promo": (
        [
            "Get £10 in free bets when you sign up. T&Cs apply.",
            "New customers only. 18+ only. Gamble responsibly.",
            "Terms and conditions apply.",
            "BeGambleAware.org",
        ],
        [
            "The bookmaker was fined for offering free bets to customers who had asked to be"
            " excluded, the regulator said on Tuesday.",
            "Terms of the deal were not disclosed, the company said.",
        ],
    ),
    "ad.shop": (
        [
            "Check price at Amazon",
            "Check price at Backcountry (on sale!)",
            "See price at Amazon",
            "CHECK PRICE",
            "Buy Now",
            "Buy now at Amazon",
            "Shop now",
        ],
        [
            "Check prices before you travel, the council said.",
            "Buy now, pay later schemes are growing fast among younger shoppers.",
            "Shop now open on the high street",
        ],
    ),
    "ad.disclosure": (
        [
            "As an Amazon Associate we earn from qualifying purchases.",
            "This post contains affiliate links.",
            "Disclosure: this article may contain affiliate links.",
            "We may earn a commission when you buy through links on our site.",
            "Affiliate Disclaimer",
            "When you buy through links on our site, we may earn an affiliate commission.",
            "Purchases made through our links may earn us a commission.",
        ],
        [
            "Investors may earn a commission-free return on the new accounts, the bank said.",
            "The retailer said its affiliate programme had grown by a third in a year.",
            "Agents may earn a commission of up to five per cent on each sale, the report said.",
        ],
    ),
    "copyright": (
        [
            "copyright ⓒ Example Media. 무단전재 및 재배포 금지",
            "ⓒ 2019 Example Daily",
            "版权所有 © 江南日报社",
            "未经授权禁止转载",
            "저작권자 © 해안일보 무단전재 및 재배포 금지",
            "جميع الحقوق محفوظة لموقع المدينة",
            "© 2024 Harbour Media Ltd.",
            "Copyright 2023 The Valley Courier. All rights reserved.",
            "(c) Northern Press 2022",
            "All rights reserved.",
            "© 2024 Lokalzeitung GmbH. Alle Rechte vorbehalten.",
            "Tous droits réservés",
            "Todos los derechos reservados.",
            "Все права защищены.",
            "Tutti i diritti riservati",
            "Todos os direitos reservados",
            "This copy is for your personal, non-commercial use only. To order copies, visit"
            " our reprints desk.",
            "The material on this site may not be reproduced, distributed or transmitted.",
        ],
        [
            "作者的版权所有者可以向法院提起诉讼。",
            "The band's copyright dispute with the label was settled out of court on Friday.",
            "Copyright lawyers said the ruling could reshape the music industry for decades.",
        ],
    ),
    "banner.official": (
        [
            "An official website of the United States government",
            "An official website of the United States government Here’s how you know",
            "An official website of the State of Vermont.",
            "Here's how you know",
            "Official websites use .gov",
            "A .gov website belongs to an official government organization in the United States.",
            "Secure .gov websites use HTTPS",
            "A lock ( ) or https:// means you've safely connected to the .gov website. Share "
            "sensitive information only on official, secure websites.",
        ],
        [
            "Here's how you know your tomatoes are ripe",
            "The county's page is an official website of record, the clerk said.",
            "Official websites use many languages, the report found.",
        ],
    ),
    "legal.links": (
        [
            "Privacy Policy | Terms of Use | Contact us",
            "Contact us",
            "Terms and Conditions",
            "About us · Careers · Advertise with us",
            "Impressum",
            "Datenschutzerklärung",
            "Mentions légales",
            "Política de privacidad",
            "Политика конфиденциальности",
        ],
        [
            "Privacy campaigners said the new law goes too far.",
            "Contact between the two delegations resumed on Thursday after a long pause.",
        ],
    ),
    "comments.prompt": (
        [
            "Leave a comment",
            "Leave a Reply",
            "Join the discussion",
            "Comments (14)",
            "No comments yet",
            "Comments are closed.",
            "Kommentare",
            "Commentaires",
            "Comentarios",
            "Комментарии",
            "Share your thoughts with friends.",
            "Have your say",
            "What do you think?",
            "Deine Meinung",
            "Votre avis",
            "3 Comments",
            "12 comments",
            "45 Kommentare",
            "128 commentaires",
            "7 comentarios",
            "15 комментариев",
            "109 Comments | Harbour News",
            "reply to comment",
            "Reply to This Share",
            "comments powered by Disqus",
            "What do you think about the new wall? Tell us below.",
        ],
        [
            "Comments from the mayor drew criticism from opposition councillors on Monday.",
            # sentences and code of the text that start with a prompt's words
            "Comments, ideas, improvements?",
            "response = client.generate(",
            "What do you think this is, some kind of collaboration?",
            "Share your thoughts on the plan with the council before the end of the month, the"
            " mayor urged residents at Tuesday's meeting.",
            "What do you think the council should do about the harbour wall and its cost?",
            "Reply to the letter was sent by the ministry within a week.",
        ],
    ),
    "ui.feedback": (
        [
            "Was this article helpful?",
            "Was this page helpful ?",
            "Did you find this content helpful?",
            "Was the article useful?",
            "How was this issue?",
            "Rate this article",
            "War dieser Artikel hilfreich?",
            "Cet article vous a-t-il été utile ?",
            "¿Te ha resultado útil este artículo?",
            "Была ли эта статья полезной?",
        ],
        [
            "Was this policy helpful to farmers? The minister thinks so.",
            "The article was helpful, residents said.",
            "How was this bridge built in only four months?",
        ],
    ),
    "comments.header": (
        [
            "Jane on March 3, 2021 at 4:47 pm said:",
            "Markus Weber schrieb:",
            "Pierre a écrit :",
            "Olga пишет:",
        ],
        [
            "In a statement on Tuesday, the ministry said:",
            "The minister said the talks will resume in April.",
        ],
    ),
    "meta.timestamp": (
        [
            "14h ago",
            "32m ago",
            "2 hours ago",
            "an hour ago",
            "Yesterday at 14:30",
            "Just now",
            "vor 3 Stunden",
            "il y a 5 minutes",
            "hace 2 días",
            "3 часа назад",
        ],
        [
            "5 m ago I saw the fox cross the road behind the depot.",
            "An hour ago, the river burst its banks near the old stone bridge.",
            "Two years ago the factory closed and three hundred people lost their jobs.",
        ],
    ),
    "image.credit": (
        [
            "Photo: Jane Doe/Reuters",
            "Image: Getty Images",
            "Photo by Sam Ortiz",
            "Foto: dpa",
            "Bild: Keystone",
            "Crédit photo : AFP",
            "Фото: пресс-служба мэрии",
            "Getty Images",
            "Ruth Okafor | Valley Courier | Getty Images",
            "Tesfaye Girmachew/AFP via Getty Images",
            "Jane Doe/Reuters",
        ],
        [
            "Photographs of the flooded village were shared widely online.",
            "Video by a bystander shows the moment the bridge collapsed into the river.",
            "Oil prices fall as storms close ports | Reuters",
            "Shares rose after the company sold its stake to Getty Images.",
        ],
    ),
    "meta.credits": (
        [
            "(Reporting by Ruth Okafor; Editing by Tesfaye Girmachew)",
            "(Additional reporting by Jane Doe in Lagos)",
            "Reporting by Ruth Okafor; Editing by Jane Doe",
            "Edited by: Tesfaye Girmachew",
            "Medically reviewed by Dr. Ruth Okafor, MD",
            "Fact-checked by Jane Doe",
            "Reviewed By: Valley Courier Health Desk, Ali Hassan",
            "Reviewed by A. J. Okafor, PhD, CFP®",
            "Edited by Jane Doe and John Roe",
        ],
        [
            "Reporting by the Valley Courier found that the council had ignored the warnings.",
            "Editing by hand took the team three weeks, the editor said.",
            # a byline follows the credit: the line is the byline's
            "Reviewed by Jane Doe, written by John Roe",
            # sentences that start like a credit
            "Reviewed by the council in 1998, the plan was dropped.",
            "Edited by Jane Doe at the Valley Courier, the book sold well.",
            "Edited by: " + "Jane Doe and Friends " * 5,
        ],
    ),
    "meta.identifiers": (
        [
            "doi: 10.2196/14273 PMID: 31237569 PMCID: 6614998",
            "PMCID: PMC9902068 PMID: 36756008",
            "doi:10.1038/scientificamerican0224-44",
            "ISBN 978-3-16-148410-0",
            "ISSN: 1234-5678; eISSN: 2345-6789",
        ],
        [
            "DOI numbers make it easy to cite a paper, the librarian said.",
            "The ISBN of the first edition differs from the one printed on the cover.",
            "doi: " + "10.1/" * 20,
        ],
    ),
    "meta.tags": (
        [
            "Tags:",
            "Tags: economy, energy, ports",
            "Labels: allotments, seed swaps",
            "Topics: Politics",
            "Filed under: Local news",
            "Schlagworte: Wirtschaft, Hafen",
            "Mots-clés : économie, énergie",
            "Etiquetas: economía",
            "Теги: экономика, энергетика",
        ],
        [
            "Topics discussed included energy, transport and the environment.",
            "Tags on the stolen bicycles helped police trace their owners.",
        ],
    ),
    "meta.reading_time": (
        [
            "5 min read",
            "3 minute read",
            "12 mins read",
            "Reading time: 4 minutes",
            "Lesezeit: 4 Minuten",
            "Temps de lecture : 3 min",
            "Tiempo de lectura: 2 minutos",
            "Время чтения: 5 минут",
        ],
        [
            "It takes 5 minutes to read the report, officials claimed.",
            "Reading time for pupils was cut to twenty minutes a day in 2019.",
        ],
    ),
}

DEFAULT_IDS = [r.id for r in DEFAULT_RULES]
POSITIVES = [(rid, line) for rid, (pos, _neg) in CASES.items() for line in pos]
NEGATIVES = [(rid, line) for rid, (_pos, neg) in CASES.items() for line in neg]


def test_every_default_rule_has_cases() -> None:
    missing = [rid for rid in DEFAULT_IDS if rid not in CASES]
    assert not missing, f"default rules without test cases: {missing}"
    stale = [rid for rid in CASES if rid not in DEFAULT_IDS]
    assert not stale, f"test cases for rules that are not default rules: {stale}"
    for rid, (pos, neg) in CASES.items():
        assert len(pos) >= 2, rid
        assert len(neg) >= 1, rid


@pytest.mark.parametrize(("rule_id", "line"), POSITIVES)
def test_positive(rule_id: str, line: str) -> None:
    hit = RULES.match(line)
    assert hit is not None, f"{line!r} should be {rule_id}, no rule matched"
    assert hit.id == rule_id


@pytest.mark.parametrize(("rule_id", "line"), NEGATIVES)
def test_negative(rule_id: str, line: str) -> None:
    hit = RULES.match(line)
    assert hit is None, f"prose {line!r} taken for chrome by {hit.id if hit else None}"


@pytest.mark.parametrize(("rule_id", "line"), POSITIVES)
def test_match_ignores_case(rule_id: str, line: str) -> None:
    for variant in (line.upper(), line.lower()):
        hit = RULES.match(variant)
        assert hit is not None and hit.id == rule_id, variant


# --- the default set ----------------------------------------------------------------------


def test_default_rules_well_formed() -> None:
    assert len(set(DEFAULT_IDS)) == len(DEFAULT_IDS)
    for r in DEFAULT_RULES:
        assert r.id.split(".", 1)[0] == r.category, r.id
        assert r.description, r.id
        assert r.languages, r.id
        assert r.max_chars is not None and r.max_chars > 0, r.id


COMMON = {
    "social.follow",
    "paywall.pitch",
    "ui.loading",
    "nav.more",
    "share.buttons",
    "cookie.notice",
    "newsletter.signup",
    "ad.label",
    "copyright",
}


@pytest.mark.parametrize("rule_id", sorted(COMMON))
def test_common_rules_claim_five_languages(rule_id: str) -> None:
    langs = set(RULES[rule_id].languages)
    assert {"en", "de", "fr", "es", "ru"} <= langs


def test_default_rules_is_the_default_data() -> None:
    assert default_rules().rules == DEFAULT_RULES
    assert default_rules() == default_rules()
    assert RULES.ids == tuple(DEFAULT_IDS)
    assert len(RULES) == len(DEFAULT_RULES)
    assert [r.id for r in RULES] == DEFAULT_IDS


def test_getitem() -> None:
    assert RULES["nav.more"].category == "nav"
    with pytest.raises(KeyError):
        RULES["no.such"]


def test_blank_and_plain_lines_match_nothing() -> None:
    for line in ("", "q", "The river rose by two metres overnight.", "Jane Doe", "Baku"):
        assert RULES.match(line) is None, line


# --- max_chars ----------------------------------------------------------------------------


def test_long_line_with_read_more_not_matched() -> None:
    line = (
        "The committee will publish its findings in June, and readers can find the full"
        " report on the council's website. Read more"
    )
    assert RULES.match("Read more") is not None
    assert RULES.match(line) is None


def test_custom_max_chars_is_a_bound() -> None:
    rule = Rule(id="promo.x", category="promo", pattern=r"promo", max_chars=20)
    rs = RuleSet((rule,))
    assert rs.match("promo" + "." * 15) is rule  # 20 characters
    assert rs.match("promo" + "." * 16) is None  # 21 characters


def test_mixed_max_chars_buckets() -> None:
    short = Rule(id="a.short", category="a", pattern=r"^alpha", max_chars=10)
    long = Rule(id="a.long", category="a", pattern=r"beta", max_chars=100)
    free = Rule(id="a.free", category="a", pattern=r"gamma$")
    rs = RuleSet((short, long, free))
    assert rs.match("alpha") is short
    assert rs.match("alpha" + " " * 10) is None
    assert rs.match("x" * 50 + "beta") is long
    assert rs.match("x" * 150 + "beta") is None
    assert rs.match("x" * 5000 + "gamma") is free


# --- match order --------------------------------------------------------------------------


def test_anchored_rule_wins_over_floating() -> None:
    floating = Rule(id="t.floating", category="t", pattern=r"news")
    anchored = Rule(id="t.anchored", category="t", pattern=r"^daily")
    rs = RuleSet((floating, anchored))
    assert rs.match("daily news") is anchored
    assert rs.match("the news") is floating


def test_first_anchored_rule_in_set_order_wins() -> None:
    one = Rule(id="t.one", category="t", pattern=r"^share")
    two = Rule(id="t.two", category="t", pattern=r"^share this")
    assert RuleSet((one, two)).match("share this") is one
    assert RuleSet((two, one)).match("share this") is two


def test_leftmost_floating_rule_wins() -> None:
    left = Rule(id="t.left", category="t", pattern=r"omega")
    right = Rule(id="t.right", category="t", pattern=r"alpha")
    rs = RuleSet((left, right))
    assert rs.match("alpha then omega") is right
    assert rs.match("omega then alpha") is left


def test_floating_rule_without_literal_prefix() -> None:
    rule = Rule(id="t.digits", category="t", pattern=r"\d{3} views")
    rs = RuleSet((rule,))
    assert rs.match("now 123 views") is rule
    assert rs.match("now 12 views") is None


def test_alternation_inside_groups_is_kept_whole() -> None:
    rule = Rule(id="t.grouped", category="t", pattern=r"(?:watch|listen) (?:now|live)$")
    rs = RuleSet((rule,))
    assert rs.match("please listen live") is rule
    assert rs.match("watch now") is rule
    assert rs.match("listen") is None
    assert rs.match("now") is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:our|this site)? uses cookies",
        r"(?:our|this site)* uses cookies",
        r"(?:our|this site){0,1} uses cookies",
    ],
)
def test_optional_leading_group_does_not_hide_a_match(pattern: str) -> None:
    # The quick literal pre-check must not demand a literal the pattern may skip.
    rule = Rule(id="t.optional", category="t", pattern=pattern)
    assert regex.search(pattern, "It uses cookies", regex.IGNORECASE) is not None
    assert RuleSet((rule,)).match("It uses cookies") is rule


def test_optional_literal_prefix_characters() -> None:
    rule = Rule(id="t.colour", category="t", pattern=r"colou?r chart|\bnews(?:letter)?s? today")
    rs = RuleSet((rule,))
    for line in ("the color chart", "the colour chart", "news today", "newsletters today"):
        assert rs.match(line) is rule, line


def test_valid_pattern_gives_a_working_set_or_a_rule_error() -> None:
    # A verbose pattern with a comment compiles on its own; the set must either use it or
    # refuse it with a RuleError, never fail with a raw regex error.
    try:
        rule = Rule(
            id="promo.podcast", category="promo", pattern=r"(?x) ^listen \s to \s our  # promo"
        )
    except RuleError:
        return
    rs = RuleSet((rule,))
    assert rs.match("Listen to our podcast") is rule


# --- RuleSet operations -------------------------------------------------------------------

PODCAST = Rule(
    id="promo.podcast",
    category="promo",
    pattern=r"^listen to our podcast",
    languages=("en",),
    description="Podcast promotion.",
    max_chars=120,
)


def test_extended_adds_a_rule() -> None:
    rs = RULES.extended([PODCAST])
    assert rs.ids[-1] == "promo.podcast"
    hit = rs.match("Listen to our podcast every Friday")
    assert hit is not None and hit.id == "promo.podcast"
    assert RULES.match("Listen to our podcast every Friday") is None  # original unchanged
    assert len(rs) == len(RULES) + 1


def test_extended_replaces_by_id() -> None:
    narrower = Rule(id="nav.more", category="nav", pattern=r"^see more$", max_chars=20)
    rs = RULES.extended([narrower])
    assert len(rs) == len(RULES)
    assert rs["nav.more"] is narrower
    assert rs.match("Read more") is None
    hit = rs.match("See more")
    assert hit is not None and hit.id == "nav.more"
    hit = RULES.match("Read more")
    assert hit is not None and hit.id == "nav.more"


def test_without_removes() -> None:
    rs = RULES.without(["nav.more", "ui.loading"])
    assert "nav.more" not in rs.ids and "ui.loading" not in rs.ids
    assert rs.match("Read more") is None
    assert rs.match("Loading...") is None
    hit = rs.match("Follow us on Twitter")
    assert hit is not None and hit.id == "social.follow"


def test_without_unknown_id_is_an_error() -> None:
    with pytest.raises(RuleError, match=r"no\.such"):
        RULES.without(["no.such"])


def test_duplicate_ids_are_an_error() -> None:
    with pytest.raises(RuleError, match="duplicate"):
        RuleSet((PODCAST, PODCAST))


def test_empty_set_matches_nothing() -> None:
    rs = RULES.without(RULES.ids)
    assert len(rs) == 0
    assert rs.match("Read more") is None


def test_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        """
[[rule]]
id = "promo.podcast"
category = "promo"
pattern = '^listen to our podcast'
languages = ["en"]
description = "Podcast promotion under articles."
max_chars = 120

[[rule]]
id = "promo.app"
pattern = '^get (?:the|our) app$'

[disable]
ids = ["nav.more", "share.buttons"]
""",
        encoding="utf-8",
    )
    rs = RULES.from_toml(path)
    assert "nav.more" not in rs.ids and "share.buttons" not in rs.ids
    podcast = rs["promo.podcast"]
    assert podcast.languages == ("en",)
    assert podcast.max_chars == 120
    assert podcast.description == "Podcast promotion under articles."
    app = rs["promo.app"]
    assert app.category == "promo"  # from the id
    assert app.languages == ("*",)
    assert app.max_chars is None
    for line, rid in [
        ("Listen to our podcast on Fridays", "promo.podcast"),
        ("Get the app", "promo.app"),
        ("Follow us on Twitter", "social.follow"),
    ]:
        hit = rs.match(line)
        assert hit is not None and hit.id == rid, line
    assert rs.match("Read more") is None
    assert rs.match("Share") is None
    assert RULES.from_toml(str(path)).ids == rs.ids


def test_from_toml_disable_only(tmp_path: Path) -> None:
    path = tmp_path / "off.toml"
    path.write_text('[disable]\nids = ["ui.loading"]\n', encoding="utf-8")
    rs = RULES.from_toml(path)
    assert rs.ids == tuple(i for i in RULES.ids if i != "ui.loading")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[[rule]]\nid = "Bad Id"\npattern = "x"\n', "Bad Id"),
        ('[[rule]]\nid = "promo.x"\npattern = "(unclosed"\n', "pattern"),
        ('[[rule]]\nid = "promo.x"\npattern = "x"\ncolour = "red"\n', "colour"),
        ('[[rule]]\nid = "promo.x"\n', "pattern"),
        ('[[rule]]\npattern = "x"\n', "id"),
        ('[disable]\nids = ["no.such"]\n', "no.such"),
        ('[rules]\nid = "promo.x"\n', "rules"),
        ('rule = "promo.x"\n', "rule"),
        ("[[rule]\nbroken toml", "rule file"),
    ],
)
def test_from_toml_errors(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(RuleError, match=regex.escape(message)):
        RULES.from_toml(path)


def test_from_toml_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot read"):
        RULES.from_toml(tmp_path / "absent.toml")


def test_from_mapping() -> None:
    rs = RULES.from_mapping({"rule": [{"id": "promo.app", "pattern": "^get the app$"}]})
    hit = rs.match("GET THE APP")
    assert hit is not None and hit.id == "promo.app"


@pytest.mark.parametrize(
    "rule_id",
    ["Social.follow", "1abc", "a..b", "", "with space", "trailing.", ".leading", "a-b"],
)
def test_bad_id(rule_id: str) -> None:
    with pytest.raises(RuleError):
        Rule(id=rule_id, category="x", pattern="x")


@pytest.mark.parametrize("pattern", ["(", "[a-", "a{2,1}", "*a"])
def test_bad_pattern(pattern: str) -> None:
    with pytest.raises(RuleError, match="bad pattern"):
        Rule(id="promo.x", category="promo", pattern=pattern)


def test_rule_from_mapping_errors() -> None:
    with pytest.raises(RuleError, match="unknown keys"):
        Rule.from_mapping({"id": "promo.x", "pattern": "x", "weight": 3})
    with pytest.raises(RuleError, match="missing keys"):
        Rule.from_mapping({"id": "promo.x"})


def test_rule_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        RULES.without(["no.such"])
    with pytest.raises(CleanscrapeError):
        RULES.without(["no.such"])


# --- linear time on hostile lines ---------------------------------------------------------


N = 10**5
HOSTILE = {
    "a": "a" * N,
    "follow-us": "Follow us " * (N // 10),
    "copyright": "©" * N,
    "spaces-x": " " * N + "x",
    "dashes-x": "-" * N + "x",
    "stars-x": "* " * (N // 2) + "x",
    "home": "Home > " * (N // 7),
    "home-slash": "Home / a/ " * (N // 10),
    "subscribe": "subscribe to " * (N // 13),
    "digits": "1" * N,
    "digits-comma": "1," * (N // 2) + "k",
    "by": "By " * (N // 3),
    "said": "a said " * (N // 7),
    "privacy": "Privacy | " * (N // 10),
    "share": "share x " * (N // 8),
    "newsletter": "newsletter sign " * (N // 16),
    "photo": "Photo: " * (N // 7),
    "dots": ". " * (N // 2),
    "ago": "1 hours ago " * (N // 12),
    "tags": "Tags: " * (N // 6),
}


@needs_alarm
@pytest.mark.parametrize("rule_id", DEFAULT_IDS)
def test_each_rule_pattern_linear_on_hostile_lines(rule_id: str) -> None:
    # The raw pattern, without the rule's max_chars guard, on every hostile line.
    pattern = regex.compile(RULES[rule_id].pattern, regex.IGNORECASE)
    with alarm(5):
        results = {name: pattern.search(text) for name, text in HOSTILE.items()}
    assert set(results) == set(HOSTILE)


MILLION = {
    "a": "a" * 10**6,
    "dashes-x": "-" * 10**6 + "x",
    "stars-x": "* " * (10**6 // 2) + "x",
    "by": "By " * (10**6 // 3),
}


@needs_alarm
@pytest.mark.parametrize("rule_id", DEFAULT_IDS)
def test_each_rule_pattern_linear_at_a_million_chars(rule_id: str) -> None:
    # A quadratic pattern takes minutes here where a linear one takes milliseconds.
    pattern = regex.compile(RULES[rule_id].pattern, regex.IGNORECASE)
    with alarm(8):
        results = {name: pattern.search(text) for name, text in MILLION.items()}
    assert set(results) == set(MILLION)


@needs_alarm
def test_rule_set_linear_without_max_chars() -> None:
    unbounded = RuleSet(
        Rule(
            id=r.id,
            category=r.category,
            pattern=r.pattern,
            languages=r.languages,
            description=r.description,
            max_chars=None,
        )
        for r in DEFAULT_RULES
    )
    with alarm(10):
        hits = {name: unbounded.match(text) for name, text in HOSTILE.items()}
        bounded = {name: RULES.match(text) for name, text in HOSTILE.items()}
    # Every default rule is bounded by max_chars, so no 10**5-character line is chrome.
    assert all(hit is None for hit in bounded.values())
    assert set(hits) == set(HOSTILE)


# --- docs/rules.md is generated from the rule data -----------------------------------------

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
BEGIN = "<!-- BEGIN RULE TABLE: generated by tests/test_rules.py, do not edit -->"
END = "<!-- END RULE TABLE -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rule_table(rules: tuple[Rule, ...]) -> str:
    """The Markdown table of the default rules that docs/rules.md holds."""
    rows = [
        "| id | category | languages | max chars | description |",
        "|---|---|---|---|---|",
    ]
    for r in rules:
        langs = ", ".join(r.languages)
        limit = "" if r.max_chars is None else str(r.max_chars)
        rows.append(
            f"| `{r.id}` | {_cell(r.category)} | {_cell(langs)} | {limit} "
            f"| {_cell(r.description)} |"
        )
    return "\n".join(rows)


def test_rules_doc_is_current() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert BEGIN in text and END in text, f"{DOC} lost its table markers"
    head, rest = text.split(BEGIN, 1)
    current, tail = rest.split(END, 1)
    expected = "\n" + rule_table(DEFAULT_RULES) + "\n"
    if current != expected and os.environ.get("CLEANSCRAPE_REGEN_DOCS") == "1":
        DOC.write_text(head + BEGIN + expected + END + tail, encoding="utf-8")
        return
    assert current == expected, (
        "docs/rules.md is out of date with cleanscrape.ruledata; regenerate it with "
        "CLEANSCRAPE_REGEN_DOCS=1 python -m pytest tests/test_rules.py -k rules_doc"
    )


def test_readme_names_every_default_rule() -> None:
    readme = (DOC.parent.parent / "README.md").read_text(encoding="utf-8")
    missing = [r.id for r in DEFAULT_RULES if f"`{r.id}`" not in readme]
    assert not missing, f"README.md's rule list lacks {missing}"


def test_rules_doc_names_every_structural_reason() -> None:
    text = DOC.read_text(encoding="utf-8")
    for reason in (
        "title.duplicate",
        "struct.header",
        "struct.footer",
        "struct.linklist",
        "struct.short",
        "struct.repeat",
        "field.site",
        "field.captured",
        "field.title",
        "field.dateline",
        "field.byline",
        "body.prose",
        "body.context",
    ):
        assert f"`{reason}`" in text, reason
