"""Field grammars for bylines, author names, site mastheads and titles.

Pure functions on one line of text; the classifier calls them line by line, so each starts
with a cheap test (a prefix, a length, a character) before any heavier regex, and every regex
uses bounded repetition only (linear time on any input).

Bylines (:func:`parse_byline`)
    A byline is a prefix (``By``, ``Written by``, ``Words by``, ``Story by``, ``Reporting by``,
    ``Posted by``, ``Author:``, ``Authors:``, ``Von``, ``Par``, ``Por``, ``Di``, ``Door``,
    ``Автор:``, ``Текст:`` ...) followed by names, or a dateline followed by ``by`` and names
    (``Posted on March 12, 2021 by Jane Doe``). After the names the line may carry furniture,
    which is dropped: whatever follows a separator (``|``, ``•``, ``·``, ``;``, spaced dashes,
    a parenthesis), a date, a reading time, or a word such as ``on``/``for``/``in``. The name
    list is split on commas and on ``and``/``&``/``und``/``et``/``y``/``e``/``и``/``en``.
    Each item is then

    * an agency (``Reuters``, ``AP``, ``The Associated Press``), a publication (``The
      Washington Post``) or a group (``Example Staff``, ``The Editorial Board``): dropped, but
      kept as the author when the byline names no person; so is an agency or publication
      printed in capitals after a name (``Jane Doe USA TODAY``, ``Jane Doe REUTERS``);
    * a job title (``Staff Writer``, ``Senior Correspondent``): dropped, and with it what
      describes the author after it (``Jane Doe, Senior Editor, Example Media``) until a name
      followed by its own title (``& John Roe, Reporter``); a name in front of a title in the
      same item is kept (``Jane Doe Executive Editor``);
    * a credential (``MS``, ``RD``, ``PhD``, ``MD``, ``CFP®``): kept attached to the name before
      it, so ``By Dylan Bailey, MS, RD, FAND`` gives one author ``Dylan Bailey, MS, RD, FAND``
      (the form sites print and the WCXB gold uses);
    * a name: 1 to 5 capitalised tokens (letters, hyphens, apostrophes, initials such as
      ``J.``), with particles (``van``, ``de``, ``von``, ``da``, ``bin``, ``al-`` ...) and
      suffixes (``Jr.``, ``III``), at most 60 characters, no sentence words (``the``, ``you``,
      ``clicking`` ...).

    Anything else makes the line not a byline (``By subscribing to ...``, ``By the end of the
    year``, ``By 2030 the city will ...``, menu filters such as ``By Industry``). ``Reporting
    by A; Editing by B`` gives ``(A,)``: the reporters write the story, the editors do not
    sign it (``Edited by`` and ``Reviewed by`` lines are not bylines). A single lower-case
    user name (``by admin``) counts when the line ends there or furniture follows. Text dumps
    glue words (``ByJane Doe``, ``Jane DoePublished: ...``); both are read. A byline that
    carries a date is a byline (:func:`cleanscrape.dates.parse_dateline` refuses it); take its
    date with :func:`cleanscrape.dates.find_date`.

    In scripts without capitals (Chinese, Japanese, Korean, Arabic, Persian, Hebrew, Hindi,
    Thai) a capital cannot tell a name from a word, so the label does: ``记者 王明``,
    ``作者：李华``, ``文/王明``, ``執筆：山田太郎``, ``بقلم: أحمد علي``, ``מאת דני כהן``, ``लेखक:
    राम कुमार``, ``โดย สมชาย ใจดี``, and Korean's name-first ``홍길동 기자``. A label may also
    follow other labelled fields with its colon (``来源：新华网 作者：李华``). Labels that are
    common words too (``文``, ``كتب``, ``글``) need their colon or slash. Han names are split
    on spaces and list marks (``王明 李华``, ``王明、李华``) and end at a word such as
    ``报道`` (reports); after a Japanese label a single space parts a family name from a
    given name (``山田 太郎`` is one name). Names of other scripts are one to four words of
    letters, none a function word of the language (``بقلم الرصاص على الورق`` is a phrase).

Lead credits (:func:`lead_credit`)
    Wire stories print their byline glued to the start of the first paragraph, in the
    agency's house style: Chinese ``新华社北京3月12日电（记者王明、李华）`` (a dispatch line
    ending in 电 or 讯, the credit in brackets, led by a label), Korean ``(서울=연합뉴스) 홍길동
    기자 = ...`` (names, 기자 and an equals sign) and Japanese ``【ワシントン＝山田太郎】``
    (place, ``＝``, name; an agency such as ``共同`` is no author). The paragraph stays the
    article's text; only the names are read.

Names without a prefix (:func:`looks_like_person_name`, :func:`clean_author_line`)
    Stricter: 2 to 5 tokens, no token from the list of common page words (``Related``,
    ``Articles``, ``Home`` ...), optional credentials after a comma, and evidence of a person:
    a common given name (a list of about 1,600 from many languages) among the first two
    words, a middle initial, an honorific (``Dr.``) or a degree (``MD``, ``PhD``, ``FAND``).
    Headings in title case (``Battery Capacity``) have the shape of names; this evidence is
    what tells them apart. ``clean_author_line`` also drops furniture after a separator or a
    trailing dateline (``Jane Doe | March 3, 2021``).

Names known by their place (:func:`parse_author_line`, :func:`dateline_authors`)
    Where the page's layout already says a line is the byline (right under the title, beside
    the date, after a lone ``By``, above a job title such as ``Senior Writer`` -- see
    :func:`looks_like_job_title`), ``parse_author_line`` asks for no evidence of a person
    (``Tesfaye Girmachew``, ``Everfit Team``) but still refuses page words, single words that
    are no known given name (``Marketing``), short acronyms (``ML Tools``) and words that
    end like nouns and verbs (``Wedding Planning``, ``Fact Checked``).
    ``dateline_authors`` reads the names printed among the dates and furniture of a dateline
    (``Dec 26, 2025 • Jane Doe in Travel``, ``Jane Doe on March 3, 2021``), never a wire
    dateline's city.

Mastheads (:func:`parse_site_name`, :func:`looks_like_brand`)
    ``parse_site_name``: a domain-like line (``Azernews.Az``, ``www.example.co.uk``,
    ``https://TheGuardian.com/``; the scheme, ``www.`` and a trailing slash are removed, the
    case kept) or a short brand line with a newspaper word (``The Daily Courier``, ``Berliner
    Zeitung``, ``Der Wellentaler Bote``; in scripts without capitals a name ending in one:
    ``江南日报``, ``해안일보``, or ``صحيفة`` and a name); else None. ``looks_like_brand``
    tests the shape only (``Crumb & Crust``, ``SportBlast``) and is meant for the masthead
    position.

Titles (:func:`normalize_title`, :func:`split_title_suffix`, :func:`strip_title_date`)
    ``normalize_title`` gives the key used to compare title candidates. ``split_title_suffix``
    splits ``Title | Site`` / ``Title - Site`` / ``Title — Site`` (and ``site.com: Title``)
    only at a spaced separator whose short side looks like a site name. ``strip_title_date``
    drops a date that a text dump glued to the start or the end of a headline line
    (``Dec 18 2025 Preparing a release``), but only one written with a month name and set
    off by a space alone (``Wrap-Up 12/19/2025`` and ``March 3, 2021: the day ...`` stay).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import regex

from ._memo import memo
from .dates import date_spans, find_date, parse_dateline

__all__ = [
    "clean_author_line",
    "copyright_holder",
    "dateline_authors",
    "is_name_particle",
    "lead_credit",
    "looks_like_brand",
    "looks_like_job_title",
    "looks_like_person_name",
    "normalize_title",
    "parse_author_line",
    "parse_byline",
    "parse_site_name",
    "split_title_suffix",
    "strip_title_date",
    "title_keys",
]

#: Longest line considered for a byline or a name line.
_MAX_BYLINE = 200
#: Longest line read as "<dateline> by <names>".
_MAX_INNER_BY = 160
#: Longest line that can be a bare name line (names and credentials).
_MAX_NAME_LINE = 120
#: Longest single author name.
_MAX_NAME = 60
#: Most tokens in one name (particles and initials included).
_MAX_NAME_TOKENS = 6
#: Most capitalised tokens in one name.
_MAX_NAME_WORDS = 5

# --------------------------------------------------------------------------------------------
# Word lists (data)
# --------------------------------------------------------------------------------------------

#: Lower-case parts of names.
_PARTICLES = frozenset(
    """van von der den de del della dei degli di da das dos do du la le les lo bin ibn bint
    al el ter ten zu af av y e und ben""".split()
)
#: Common given names (casefolded, without accents) of many languages. A line without "By"
#: counts as a person's name only with one of these, a middle initial, an honorific or a
#: credential: headings in title case ("Battery Capacity") have the same shape as names.
#: Given names that are ordinary words ("Hope", "Mark", "June") are left out on purpose.
_GIVEN_NAMES = frozenset(
    """
    aad aamir aarav aaron abby abdul abdullah abdulrahman abel abena abhishek abigail
    abu achieng achim ada adaeze adam adebayo adel adela adele aditi aditya adolfo
    adrian adriana adriano adrienne agnes agnieszka agustin ahmad ahmed ahmet aidan
    aiden aiko aileen aimee aisha aitana ajay akash akira akshay alain alan alana alba
    albert alberto alec alejandra alejandro aleksander aleksandra alessandra alessandro
    alessio alex alexa alexander alexandra alexandre alexandria alexandros alexei alexey
    alexis alfie alfred alfredo ali alice alicia alina alison alissa alla allan allen
    allie allison ally alma alok alvaro alvin alyssa ama amanda amara amber amelia
    amelie amina amir amira amit amitabh amparo amr amy ana anais anand anas anastasia
    anders andre andrea andreas andrei andres andrew andrey andrii andrzej andy angel
    angela angeles angelica angeliki angelina angelo angie anil anita anja anjali ankit
    ankita ann anna annabelle anne annette annie anouk anthony antoine anton antonella
    antonia antonio anupam anuradha aoife araceli archie aria ariana arianna ariel arjun
    arlene armando armin arnaud arnold artem arthur artur arturo arun aruna aryan ashish
    ashley ashok ashton asma astrid aubrey audrey aurelie aurora austin ava avery
    avinash axel ayesha aylin ayodele aziz babajide bailey barbara barry bart bas bashir
    beatrice beatriz becky belinda bella ben benito benjamin benoit bernadette bernard
    bernd bernice beth bethany bettina betty beverly bianca bilal billy birgit bjorn
    blake blanca bob bobby bogdan bonnie boris brad bradley brady bram brandi brandon
    brandy brenda brendan brent brett brian briana brianna bridget brigitte britt britta
    brittany brittney brooke brooklyn bruce bruno bryan bryce burak caitlin caleb calvin
    cameron camila camilla camille camilo candace candela cara carl carla carlo carlos
    carlota carmen carol caroline carolyn carrie casey cassandra cassidy catalina
    catherine cathy cecilia celeste celine cem cesar chad chandler chantal charlene
    charles charlie charlotte chelsea cheryl chiamaka chiara chidi chinedu chioma chirag
    chloe chris christa christian christiane christina christine christoph christophe
    christopher christos christy ciara cindy claire clara clarence claude claudia
    claudio clay clayton clement clifford clint clinton cody cole colin colleen
    concepcion connor constance consuelo corey corinne cormac cornelia cory courtney
    craig cristiano cristina cristobal crystal curtis cynthia daan dagmar dale dallas
    damian damien damon dan dana daniel daniela daniele danielle danny dariusz darlene
    darren darryl darya dave david davide dean deanna debbie deborah debra declan deepak
    deepika delia delphine denis denise deniz dennis derek dermot derrick desiree detlef
    devendra devin dexter diana diane dianne dick didier diego dieter dimitrios dinesh
    dirk divya dmitri dmitry dolores domenico dominic dominique don donald donna dora
    doris dorothy doug douglas dragan drew duane dustin dwayne dylan earl ed eddie edgar
    edith edna edouard eduardo edward edwin eelco eileen ekaterina elaine eleanor elena
    eleni eli elif elijah elisa elise eliza elizabeth elke ella ellen ellie elliot
    elliott ellis elodie eloise elsa elsie emanuele emeka emil emile emilia emilie
    emilio emily emine emma emre enrico enrique eoin eric erica erik erika erin ernest
    ernst esteban esther ethan etienne ettore eugene eugenia eva evan evelyn evgeny ewan
    eze fabien fabio fabrice fabrizio faisal farah farid farouk fatima fatma federica
    federico felicia felipe felix femi femke fergus fermin fernando filippo finlay fiona
    floor florence florencia florian folake frances francesca francis francisco franco
    francois francoise frank franklin franz fred freddie frederic frederick freja frida
    friedrich funmilayo gabriel gabriela gabriele gabriella gabrielle gael gaelle gail
    galina gary gaurav gavin geert geeta gemma gene geneva genevieve gennady geoff
    geoffrey george georgia georgios gerald geraldine gerard gerardo gerd gerhard gert
    giacomo gianluca gianni gilles gina giorgia giorgio giovanna giovanni gisela gita
    giulia giulio giuseppe giuseppina gladys glen glenda glenn gloria gonzalo goran
    gordon grace graciela graham graziella greg gregory greta grigory guadalupe gudrun
    guillaume guillermo gunnar gunter gustavo gwen gwendolyn hailey hakan haley hamish
    hamza hana hanna hannah hanneke hans harald harish harold harriet harrison harry
    harsh haruka haruto hasan hassan hayden heather hector heidi heike heinz helen
    helena helene helga helmut hemant hendrik henk henrik henry herbert herman hernan
    herve hideo hilary hina hiroshi holger holly horacio horst howard hugh hugo hugues
    hui huong hussein hyun iain ian ibrahim ida ifeoma ignacio igor ilaria ilya imogen
    imran indira ines ingrid ioannis irene irina isaac isabel isabella isabelle isaiah
    isidro isla ismail ivan jaap jack jackie jackson jacob jacqueline jacques jade jae
    jagdish jaime jake jakub jamal james jamie jan jana jane janet janice jared jaroslav
    jasmine jason javier jay jaya jayden jean jeanette jeanne jeff jeffrey jenna
    jennifer jenny jens jeremiah jeremy jeroen jerome jerry jesse jessica jessie jesus
    jian jill jim jimena jimmy jing jo joachim joan joann joanna joanne joaquin jocelyn
    jochen jodi jody joe joel joey johan johannes john johnny jon jonathan joost jordan
    jorg jorge joris jose josefina joseph josephine josette josh joshua joyce juan
    juanita judith judy julia julian juliana julie julien juliet julio jurgen justin
    kagiso kaitlyn kaito kamau kaori kara karan karen kari karim karin karina karl
    katarzyna kate katelyn katerina katharina katherine kathleen kathryn kathy katie
    katja katrina kavita kay kayla kazuo kees keiko keith kelly kelsey kemal ken kendall
    kendra kenji kenneth kenny kent kerry kerstin kevin khaled khalid kim kimberly kiran
    kirill kirk kirsten kirsty klaus koen kofi koji konstantin konstantinos krishna
    kristen kristian kristin kristina kristy krzysztof ksenia kumar kurt kwabena kwame
    kyle kylie lacey lachlan laetitia lakshmi lana lance larisa larry lars laura lauren
    laurence laurent laurie lawrence layla lea leah leandro lee leigh leila lena leo
    leon leonard leonardo leonid lerato leroy leslie lester leticia lev levi lewis liam
    lieke lillian linda lindsay lindsey linnea lionel lisa liz lloyd logan lois lorena
    lorenza lorenzo loretta lori lorraine lotte louis louise luca lucas lucia luciana
    lucie lucio lucy luigi luis lukas luke luz lydia lynn lyudmila maarten mabel
    mackenzie madeleine madeline madhu madison mae magdalena maggie magnus mahesh
    mahmoud makoto maksim malcolm malik mandy manfred manish manoj manon manuel manuela
    marc marcel marcela marcello marcia marco marcus marek margaret margarita margaux
    maria mariah mariam marian marianne mariano marie marieke marijke marilyn marina
    mario marion marisa marisol marjorie markus marlene marsha marshall marta martha
    martijn martin martina martine marvin mary maryam massimo mateo mathew mathieu matt
    matteo matthew matthias matthieu maureen maurice maurizio max maxim maxime maxine
    maya meena mees megan meghan mehmet melanie melinda melissa melody melvin mercedes
    meredith mette mia micah michael michaela michel michela michele michelle miguel
    mikael mike mikhail milagros milan mildred miles milica milton mindy ming minh
    miranda mireille miriam mirko miroslav misty mitchell mohamed mohammad mohammed
    mohan molly monica monika monique morgan muhammad mukesh murat muriel mustafa myra
    myrtle nabil nadia nadine nancy nandini naoko naomi nasser natalia natalie natalya
    natasha nathalie nathan nathaniel naveen neha neil nelson niamh nicholas nick nicola
    nicolas nicole nicoletta niels nikhil nikita niklas nikola nikolai nikolaos nils
    nina ning nisha njeri nkechi noah noel noemie nomvula nora norbert norberto norma
    norman nour obinna octavio oksana olaf ole oleg olena olga oliver olivia olivier olu
    oluwaseun omar orla osama oscar otieno owen ozan pablo padraig paige paloma pamela
    panagiotis paola paolo pascal pascale patrice patricia patricio patrick patsy patty
    paul paula pauline pavel pavlina paz pedro peggy penelope penny per percy peter petr
    petra philip philippe phillip phoebe phyllis piero pierre pieter pietro pilar piotr
    piper pooja pradeep prakash pranav prashant preeti priscilla priya priyanka quinn
    rachel rafael rafaela raffaele rahul rainer raj rajat rajesh rajiv rakesh ralf ralph
    ram ramesh rami ramiro ramon randall randy rania raphael rashid rasmus raul ravi ray
    raymond rebecca reem regina reginald regis reinhard rekha remi renate renaud rene
    renee rex rhonda rhys ricardo riccardo richard rick ricky riley rita ritu rob robert
    roberta roberto robin rocco rochelle rocio rodney rodrigo rogelio roger rohan rohit
    roland rolf romain roman ron ronald ronnie rosa rosalie rosario rosemary ross roy
    rudiger ruslan russell ruth ruud ryan saad sabine sabrina sachin sadie said sakura
    salah sally salma salvador salvatore sam samantha sameer sami samir samuel sandeep
    sander sandra sandrine sandro sandy sanjay sanjeev sanne santiago santosh sara sarah
    sarita sascha satoshi saurabh savannah scott seamus sean sebastian sebastien seema
    segun selin serena serge sergei sergey sergio serhiy serkan seth shan shane shankar
    shannon sharmila sharon shaun shawn sheila shelby shelley sherri sherry shirley
    shiva shivkumar shreya shruti shweta sidney sierra sigrid silke silvia silvio simon
    simona simone sinead siobhan sipho sita sjoerd smita sneha sofia sofie soledad
    solene sophia sophie soren sota spencer srinivas stacey stacy stanislav stanley
    stefan stefania stefano steffen stella stephane stephanie stephen steve steven stig
    stijn stuart subhash sudha sue sultan sung sunil sunita suresh susan susanne suzanne
    sven svetlana swati sydney sylvia sylvie tabitha takashi takeshi tamara tammy tanvi
    tanya tara taras tariq tarun tatiana tatyana taylor ted teodoro teresa terrence
    terri terry tessa thabo thelma themba theodore theresa thibault thierry thijs thomas
    thor thorsten tiffany tijs tim timothy tina tiziana tobias toby todd tom tomas
    tomasz tommy toni tony torsten tove tracey traci tracy travis trevor tricia troy
    tugba tunde tyler tyrone uche udo ulf ulrich ulrike uma ursula uwe valentin
    valentina valeria valerie valerio valery vandana vanessa varun vasilis vasily vera
    veronica veronique vesna vicente vicki vickie victor victoria vijay vikas vikram
    viktor viktoria vinay vincent vinod virginia virginie vishal vitaly vittoria
    vittorio vivek vivian vladimir vladislav volker volodymyr wade walid wallace walter
    wanda wanjiku wanjiru warren wayne wei wendy werner wesley whitney william willie
    willis wilma wim winston wojciech wolfgang wouter wyatt xiao ximena yana yann
    yannick yaroslav yaroslava yash yasmin yaw yekaterina yelena yevgeny yiannis yoko
    yolanda young yousef youssef yui yuki yulia yuri yury yusuf yuto yves yvonne zach
    zachary zaid zainab zanele zara zeynep zlatko zoe zofia zoran александр алексей
    анастасия андрей анна антон артём борис вадим валентина валерий василий вера виктор
    виктория виталий владимир владислав галина геннадий георгий григорий дарья денис
    дмитрий евгений евгения екатерина елена елизавета иван игорь илья ирина кирилл
    константин ксения лариса леонид людмила максим марина мария михаил надежда наталья
    никита николай оксана олег ольга павел петр полина пётр роман руслан светлана семён
    сергей софья станислав татьяна тимур федор фёдор юлия юрий яна ярослав
    """.split()
)

#: Honorifics before a name ("Dr. Jane Doe").
_HONORIFICS = frozenset(
    """dr prof mr mrs ms mx sir dame rev hon sen rep gov gen col capt lt sgt""".split()
)
#: Name suffixes.
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv v".split())

#: Words that are never (part of) a person's name in a byline: sentence words, the words of
#: sign-up and consent prompts, weekdays, and nouns that follow "by" in ordinary prose.
_NOT_NAME = frozenset(
    """a an the this that these those our your you we i it its he she they them his her their by
    my me us to of for with and or but on in at from as if so than then now today here there
    all any some more most many much no not yes none every each other such same own just only
    also too very can will would should could may might must shall do does did done be is are
    was were been being have has had having get gets got make made take taken clicking
    subscribing continuing using signing registering creating submitting entering joining
    logging accessing visiting browsing reading purchasing buying selling checking selecting
    choosing providing accepting agreeing completing doing making taking having being working
    comparison contrast default design far contrast end way time day week month year years
    night noon midnight morning evening afternoon means chance accident mistake nature law
    hand name email mail phone post car bus train plane air sea land foot number numbers date
    category categories topic topics region regions type price brand popularity relevance
    rating ratings size color colour location country state city author authors tag tags
    continue accept agree terms policy privacy cookies cookie sign login log register
    use case cases role roles industry industries functionality modality challenge
    challenges service solution product products function department team size stage goal
    goals need needs application applications segment sector vertical audience format
    resource resources content channel integration integrations technology skill level
    job occupation interest interests platform persona feature features company business
    subject subjects user users specialty specialties style styles occasion occasions
    manufacturer manufacturers material materials collection collections room rooms budget
    season seasons diet ingredient ingredients cuisine course meal method methods genre
    format formats age ages
    subscribe subscription submit click here please
    monday tuesday wednesday thursday friday saturday sunday""".split()
)

#: Common title-case words of page chrome, never a person's name on a line of its own.
_CHROME_WORDS = frozenset(
    """home news about contact privacy policy terms conditions related articles article posts
    post latest popular share follow subscribe newsletter sign login menu search more read
    comments comment categories category tags tag archives archive recent top best guide
    blog page pages next previous back main skip content video videos photos photo gallery
    world business sports sport politics opinion culture science technology health travel
    entertainment lifestyle weather local national international economy markets market
    breaking live trending editor editors staff team desk service services support help faq
    shop store cart account profile settings view all see load show reply print email
    advertisement sponsored copyright rights reserved cookie cookies accept deny reject
    manage preferences notifications download app apps free trial now today yesterday
    tomorrow new old first last part chapter episode review reviews summary introduction
    conclusion overview table contents references sources notes footnotes disclaimer
    feature features product products pricing solutions resources company careers jobs
    events event community forum forums podcast podcasts newsletters magazine subscribe
    facebook twitter instagram linkedin youtube tiktok pinterest whatsapp telegram reddit
    google apple amazon microsoft""".split()
)

#: News agencies (in Japanese too: 共同 Kyodo, 時事 Jiji): dropped from a name list, kept as
#: the author when no person is named, and no author of a Japanese lead credit.
_AGENCIES = frozenset(
    """reuters ap afp dpa efe ansa xinhua tass ria upi kyodo yonhap anadolu ians pti ani apa
    sda kna epa pa bloomberg interfax cnn bbc aap cp
    ассошиэйтед тасс риа интерфакс
    共同 時事 共同通信 時事通信 ロイター ブルームバーグ 新華社 聯合 聯合ニュース""".split()
) | frozenset(
    {
        "associated press",
        "the associated press",
        "agence france-presse",
        "agence france presse",
        "press association",
        "the canadian press",
        "canadian press",
        "риа новости",
        "reuters staff",
        "ap staff",
        "afp staff",
    }
)

#: Last words of publication names ("The Washington Post", "Fox News").
_PUBLICATION_WORDS = frozenset(
    """post times news press journal herald tribune magazine daily gazette telegraph guardian
    media network agency wire today review chronicle observer standard express insider
    report reporter courier examiner independent mirror star sun bulletin dispatch register
    inquirer enquirer monitor globe mail record gazette weekly online digital tv radio
    zeitung allgemeine rundschau nachrichten tageblatt kurier presse journal quotidien
    diario periódico noticias corriere gazzetta notizie jornal folha krant dagblad nieuws
    courant газета новости вести известия""".split()
)

#: Last words of a group signing as one author.
_COLLECTIVE = frozenset(
    """team staff desk editors board newsroom redaktion rédaction redacción redazione redactie
    редакция""".split()
)

#: Words of job titles after a name ("Staff Writer", "Senior Correspondent").
_TITLE_WORDS = frozenset(
    """writer writers correspondent correspondents editor editors reporter reporters
    contributor contributors columnist columnists journalist journalists staff analyst
    analysts producer producers photographer photographers photojournalist expert experts
    director chief bureau desk intern author authors critic critics specialist manager
    founder co-founder ceo cto cfo president professor researcher head lead officer
    strategist consultant freelance freelancer blogger anchor host presenter contributing
    senior associate assistant deputy executive managing special correspondente editorial
    former guest principal
    team fellow scientist economist commentator investigator educator dietitian
    nutritionist physician doctor nurse attorney lawyer therapist coach trainer chef planner
    advisor adviser broker engineer developer designer marketer historian teacher instructor
    pharmacist veterinarian dentist psychologist psychiatrist counselor accountant owner
    partner member student candidate ambassador gardener horticulturist horticulturalist
    astrologer practitioner clinician surgeon specialist physiotherapist agent
    redakteur redakteurin korrespondent korrespondentin autor autorin reporterin
    journaliste correspondant correspondante rédacteur rédactrice envoyé envoyée spécial
    spéciale periodista corresponsal redactor redactora enviado enviada especial
    giornalista inviato inviata redattore redattrice corrispondente
    correspondent verslaggever redacteur
    корреспондент корреспондентка обозреватель редактор журналист журналистка""".split()
)

#: Credentials written after a name with mixed case (all-caps ones are found by shape).
_MIXED_CREDENTIALS = frozenset(
    """phd ph.d ph.d. msc m.sc bsc b.sc mph drph med m.ed edd ed.d psyd psy.d pharmd
    pharm.d dphil mbbs m.d. m.d md. ma m.a. ba b.a. rn r.n. esq esq. jd j.d.
    jr jr. sr sr.""".split()
)

#: Two-letter credentials (longer all-caps ones count by shape).
_DEGREES = frozenset("md do rn rd ms ma ba bs np pa dr ld od".split())

#: Legal forms of companies (``Example Media, LLC``, ``Acme GmbH``), dots removed: never a
#: credential, and a name that holds one is a company's.
_COMPANY_FORMS = frozenset(
    "llc pllc inc ltd plc llp corp gmbh ag pty spa srl sarl sas sa bv nv oy kk".split()
)
#: Words of the names of institutions (``Logan University``, ``Virginia Spine Institute``):
#: a line holding one is not a person's name, though its first word may be a given name.
_INSTITUTION_WORDS = frozenset(
    """university universität université universidad università universiteit college
    institute institut instituto istituto academy akademie académie academia school
    hospital clinic foundation stiftung fondation fundación fondazione association
    society council company corporation holdings consulting laboratories laboratory""".split()
)

#: Words of masthead brand lines ("The Daily Courier", "Berliner Zeitung").
_BRAND_WORDS = frozenset(
    """times herald tribune gazette journal chronicle courier telegraph guardian observer
    inquirer enquirer dispatch news post daily magazine radio tv television weekly record
    register bulletin sentinel beacon ledger advertiser argus clarion messenger monitor
    recorder
    zeitung nachrichten tageblatt tagblatt rundschau allgemeine kurier bote anzeiger blatt
    merkur morgenpost abendblatt volksstimme
    quotidien courrier dépêche progrès réveil républicain nouvelliste parisien
    diario periódico periodico noticias heraldo correo crónica prensa gaceta
    corriere gazzetta notizie giornale messaggero gazzettino
    jornal folha diário correio gazeta notícias
    krant dagblad courant nieuwsblad nieuws
    газета новости известия вести вестник ведомости""".split()
)
#: Words that make a line with a brand word chrome, not a masthead ("Latest News").
_BRAND_CHROME = frozenset(
    """latest breaking more top local world business sports sport related recent popular
    trending all home live good fake sign subscribe follow read see view our your my blog
    email press posted filed release""".split()
) - frozenset({"business"})
_BRAND_CHROME = _BRAND_CHROME | frozenset(
    """menu search insurance certificate certificates program programs course courses
    guide guides tips""".split()
)

#: Characters never found in a brand line (sentence and menu punctuation, brackets).
_NOT_BRAND_CHARS = regex.compile(r'[\d.!?:;,|>/»«()\[\]{}"“”„@#*+=<~^_\\]')
_NOT_NEWSPAPER_CHARS = regex.compile(r"[\d.!?:;,|()]")
#: Interface words: a line with one of them is a control, not a masthead.
_UI_WORDS = frozenset(
    """menu search skip toggle navigation nav login logout log sign signin subscribe
    register account share follow cookie cookies accept close back next previous more read
    load show view all latest breaking trending popular related recent donate contact
    about help faq privacy terms advertisement sponsored loading watch listen play
    download print email comments reply""".split()
)

#: Generic top-level domains accepted in masthead lines (any two letters are a country).
_GENERIC_TLDS = frozenset(
    """com net org info biz edu gov mil int io co ai app dev news online site blog tv fm me
    ly xyz top club live media press today world global asia eu africa tech store shop
    website space life digital network agency center centre guide health travel wiki pro
    name mobi coop museum jobs london berlin paris nyc moscow tokyo""".split()
)
#: Two-letter endings that are file extensions far more often than domains on a page.
_FILE_EXTENSIONS = frozenset("js py md rs ts sh gz cs db el hs ml mm ps rb so xz".split())

# --------------------------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------------------------

# "By", "Written by", "Author:", "Von" ... at the start of a line.
_PREFIX = regex.compile(
    r"""
    \s{0,4}[\-–—•·*]?\s{0,3}
    (?:
        (?P<by>
            (?i:(?:written|words|story|text|reporting|reported|posted|article|report|
                  photos?\s{1,2}and\s{1,2}text|interview|compiled|published|guide|review|
                  # "This post was written by Jane Doe, ...", as a post's last line says it
                  (?P<sentence>this\s{1,2}(?:post|article|story|piece|guide|blog\s{1,2}post)
                  \s{1,2}(?:was\s{1,2}|is\s{1,2})?(?:written|authored|contributed|reported)))
                \s{1,3})?
            (?i:by)(?i:by)?  # "Written byby": a doubled word seen in text dumps
        )
        # "By Jane", "By: Jane", or glued by a text dump: "ByJane Doe"
        (?:\s{0,3}:\s{0,3}|\s{1,3}|(?<=[bB]y)(?=\p{Lu}\p{Ll}))
      |
        (?=\p{Lu})  # a label is capitalised: "Author:", "AUTHOR:", not "text: string"
        (?P<label>
            (?i:authors?|author\(s\)|contributors?|autor(?:es|en|in)?|auteurs?|auteure?|autore|autori|
                autora|autoras|писатель|авторы|автор|текст|byline|writer|written\s{1,2}by|
                redacción|redaktion|texto|texte|text|tekst|door|yazar|penulis|
                tác\s{1,2}giả|kirjoittaja|forfatter|författare|szerző|συντάκτης|συγγραφέας)
        )\s{0,3}:\s{0,3}
      |
        (?P<lang>Von|VON|Par|PAR|Por|POR|Di|DI|Door|DOOR|Av|AV|Af|AF|Oleh|OLEH|Του|ΤΟΥ|Της|ΤΗΣ|
                 Автор|АВТОР|Текст|ТЕКСТ)
        \s{1,3}
    )
    """,
    regex.VERBOSE,
)

#: The characters a :data:`_PREFIX` match can start with (besides white space): a bullet or
#: the first letter of a prefix word. A cheap test before the regex.
_PREFIX_FIRST = frozenset("-–—•·*wsrtpaicbdvyokfgпатστ" + "wsrtpaicbdvyokfgпатστ".upper())

# A "by" inside a line, after a dateline ("Posted on March 12, 2021 by Jane Doe").
_INNER_BY = regex.compile(r"(?<![\p{L}\p{N}])(?i:by|par|por|von|door)\s{1,3}(?=\S)")

# Where the names end: a separator, a parenthesis, or a connecting word.
_CUT = regex.compile(
    r"""
    \s{0,3}(?:[|•·⋅;/(\[\t]|\N{BULLET OPERATOR})
  | \s\s
  | \s[\-–—]{1,2}(?:\s|$)
  | (?<=\p{L})[–—]   # a dash glued to the name: "Jane Doe—10 min read"
  # furniture glued to the name by a text dump: "Jane DoePublished: ...", "Jane DoeIn Travel"
  | (?<=\p{Ll})(?=(?:Published|Updated|Posted|Reviewed|Edited|Last|In|On|Read|Follow|View|
                     Category|Comments?|Share)(?!\p{Ll}))
  # a job title glued on: "Jane DoeFounder at Example", "Jane DoeSenior Editor"; after a
  # word of three letters at least ("Ann McEditor" is a name)
  | (?<=\p{L}\p{Ll}{2})(?=(?:Founder|Co-[Ff]ounder|Editor|Writer|Reporter|Author|Contributor|
                     Correspondent|Columnist|Journalist|Senior|Staff|Managing|Chief|CEO)
                  (?!\p{Ll}))
  | \s{1,3}(?i:on|at|in|for|from|updated|published|posted|last|via|special\s{1,2}to|
               am|le|el|em|il|op|den|um)\s
  # a dangling preposition at the end, its category or date lost: "By Jane Doe In"; after
  # two words at least ("By Audiophile On" is a brand's name; the lookahead first, so the
  # lookbehind runs only at the end of the line)
  | \s{1,3}(?=(?i:on|at|in|for|from|via)$)(?<=\S\s{1,3}\S{1,60}\s{1,3})
  | \s{1,3}(?i:updated|published|posted|reviewed|fact-checked|edited|photos?|illustrations?)
    (?![\p{Ll}])
  # a reading time after the names: "By Jane Doe 5 min read", "Jane Doe 12 minutes"
  | \s{1,3}\d{1,3}\s{0,2}(?i:min|mins|minutes?)(?!\p{L})
    """,
    regex.VERBOSE,
)

# Name list separators: comma, and/&/und/et/y/e/и/en.
_LIST_SEP = regex.compile(
    r"\s{0,3},\s{0,3}(?:(?i:and|&)\s{1,3})?|\s{1,3}(?:(?i:and)|&|und|et|y|e|и|en|og|och)\s{1,3}"
)

_TOKEN_NAME = regex.compile(
    r"""
    (?:
        # Jane, McDonald, O'Brien, Jean-Luc, DeShawn, JANE, d'Alembert, al-Rashid
        (?:(?i:d|l|o|al|el|ul|ben|bin|abu|ibn|mc|mac)['’\-])?
        \p{Lu}[\p{Ll}\p{Lu}\p{M}'’]{0,24}(?:-\p{L}[\p{Ll}\p{Lu}\p{M}'’]{0,24}){0,2}
      |
        # initials: J. / J / J.R. / J.-P.
        \p{Lu}\.?(?:-?\p{Lu}\.){0,3}
    )
    """,
    regex.VERBOSE,
)

_INITIAL = regex.compile(r"\p{Lu}\.(?:-?\p{Lu}\.){0,3}")

_CREDENTIAL = regex.compile(r"[\p{Lu}][\p{Lu}.\-]{1,9}®?(?:\s{1,2}\d{1,4})?|[\p{Lu}]{2,8}®")

_USERNAME = regex.compile(r"[\p{Ll}\p{N}_][\p{Ll}\p{N}_.\-]{1,30}")

_DOMAIN = regex.compile(
    r"""
    (?i:https?://)?(?i:www\.)?
    (?P<d>
        [\p{L}\p{N}][\p{L}\p{N}\-]{0,62}
        (?:\.[\p{L}\p{N}][\p{L}\p{N}\-]{0,62}){0,3}
        \.(?P<tld>\p{L}{2,24})
    )
    /?
    """,
    regex.VERBOSE,
)

_DIGIT = regex.compile(r"\d")
#: A word of letters inside a date: the month's name ("20 December 2025", not "12/19/2025").
_MONTH_WORD = regex.compile(r"\p{L}{3}")

# Spaced separators between a title and a site name (and a cheap test for them).
_SEPARATOR_CHARS = ("|", " -", " \N{EN DASH}", " \N{EM DASH}", "::", "•", "·", "»", "~", ": ")
_TITLE_SEP = regex.compile(r"\s{1,3}(?:\||[\-–—]{1,2}|::|•|·|»|~)\s{1,3}|\s{0,3}\|\s{0,3}")
_PREFIX_SEP = regex.compile(r"\s{0,3}:\s{1,3}|\s{1,3}(?:\||[\-–—]{1,2}|::|•|·|»)\s{1,3}")

_TITLE_CHARS = str.maketrans(
    {
        "\N{HYPHEN}": "-",
        "\N{NON-BREAKING HYPHEN}": "-",
        "\N{FIGURE DASH}": "-",
        "\N{EN DASH}": "-",
        "\N{EM DASH}": "-",
        "\N{HORIZONTAL BAR}": "-",
        "\N{MINUS SIGN}": "-",
        "\N{TWO-EM DASH}": "-",
        "\N{THREE-EM DASH}": "-",
        "\N{SMALL EM DASH}": "-",
        "\N{SMALL HYPHEN-MINUS}": "-",
        "\N{FULLWIDTH HYPHEN-MINUS}": "-",
        "\N{ARMENIAN HYPHEN}": "-",
        "\N{HEBREW PUNCTUATION MAQAF}": "-",
        "\N{LEFT SINGLE QUOTATION MARK}": "'",
        "\N{RIGHT SINGLE QUOTATION MARK}": "'",
        "\N{SINGLE LOW-9 QUOTATION MARK}": "'",
        "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": "'",
        "\N{PRIME}": "'",
        "\N{ACUTE ACCENT}": "'",
        "\N{GRAVE ACCENT}": "'",
        "\N{LEFT DOUBLE QUOTATION MARK}": '"',
        "\N{RIGHT DOUBLE QUOTATION MARK}": '"',
        "\N{DOUBLE LOW-9 QUOTATION MARK}": '"',
        "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": '"',
        "\N{DOUBLE PRIME}": '"',
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    }
)

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


def _fold(word: str) -> str:
    return word.casefold().strip(".,'’")


def _is_name(text: str, *, min_words: int = 1, strict: bool = False) -> bool:
    """Whether ``text`` is one person's name (see the module doc)."""
    if not text or len(text) > _MAX_NAME:
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= _MAX_NAME_TOKENS:
        return False
    words = 0
    given = False  # the first word is a common given name: "Emily Way", "Tom May"
    for i, token in enumerate(tokens):
        if _INITIAL.fullmatch(token) is not None:
            continue
        low = _fold(token)
        if i == 0 and low in _HONORIFICS and token[0].isupper() and len(tokens) > 1:
            continue
        if i == 0:
            given = _plain(token) in _GIVEN_NAMES
        if low in _NOT_NAME and not (given and i > 0 and token[0].isupper()):
            return False
        if strict and low in _CHROME_WORDS:
            return False
        if i > 0 and (low in _PARTICLES or low in _SUFFIXES) and not token[0].isupper():
            continue
        if i > 0 and low in _SUFFIXES:
            continue
        if _TOKEN_NAME.fullmatch(token.rstrip(",")) is None:
            return False
        if len(token.strip(".,'’-")) >= 2:
            words += 1
    if not min_words <= words <= _MAX_NAME_WORDS:
        return False
    # a lone all-caps short token is an acronym (NASA, CNN), not a name
    return not (len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) <= 5)


def _starts_like_name(line: str) -> bool:
    """A cheap first test for a name line: a capital, then a first word that can be a name."""
    if not line[:1].isupper():
        return False
    raw = line.split(None, 1)[0].rstrip(",")
    first = _fold(raw)
    if first in _NOT_NAME or first in _CHROME_WORDS:
        return False
    return (
        first in _HONORIFICS
        or _INITIAL.fullmatch(raw) is not None
        or _TOKEN_NAME.fullmatch(raw) is not None
    )


def _is_company_form(item: str) -> bool:
    return _fold(item).replace(".", "") in _COMPANY_FORMS


def _is_credential(item: str) -> bool:
    if _fold(item) in _MIXED_CREDENTIALS or item.casefold() in _MIXED_CREDENTIALS:
        return True
    if _is_company_form(item):
        return False
    return _CREDENTIAL.fullmatch(item) is not None and _fold(item) not in _NOT_NAME


def _is_degree(item: str) -> bool:
    """A credential that shows a person (``MD``, ``PhD``, ``FAND``), unlike a two-letter
    code that may be a US state (``FL``)."""
    if not _is_credential(item):
        return False
    letters = item.replace(".", "").replace("-", "").rstrip("®").split()[0]
    return len(letters) >= 3 or _fold(item) in _DEGREES or item.casefold() in _MIXED_CREDENTIALS


def _is_agency(item: str) -> bool:
    return " ".join(item.casefold().split()) in _AGENCIES


def _is_publication(item: str) -> bool:
    tokens = item.split()
    if not 1 <= len(tokens) <= 6 or not item[:1].isupper():
        return False
    last = _fold(tokens[-1])
    return last in _PUBLICATION_WORDS and (len(tokens) > 1 or last != _fold(item))


def _is_job_title(item: str) -> bool:
    words = [_fold(w) for w in item.split()]
    if not words or len(words) > 10:
        return False
    return any(w in _TITLE_WORDS for w in words)


def _clean_item(raw: str) -> str:
    """One item of a name list without quotes, stray punctuation and a doubled name."""
    item = raw.strip(" \t,:;'\"’“”")
    if item.endswith("."):
        last = item.split()[-1]
        keep = last.count(".") > 1 or _fold(last) in _SUFFIXES or _fold(last) in _HONORIFICS
        keep = keep or _INITIAL.fullmatch(last) is not None or last.casefold() in _MIXED_CREDENTIALS
        if not keep:
            item = item.rstrip(".")
    tokens = item.split()
    half = len(tokens) // 2
    if half and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
        item = " ".join(tokens[:half])  # "Colin Gray Colin Gray": a name printed twice
    return item


def _split_outlet(item: str) -> tuple[str, str]:
    """``"Jane Doe USA TODAY"`` -> ``("Jane Doe", "USA TODAY")``: a name followed by the
    agency or publication it writes for, in capitals; else ``(item, "")``. A name in
    capitals (``JANE DOE``) or followed by a credential (``Jane Doe MD``) stays whole."""
    tokens = item.split()
    if len(tokens) < 3 or not tokens[-1].isupper():
        return item, ""
    k = len(tokens)
    while k > 0 and tokens[k - 1].isupper():
        k -= 1
    if k < 2:
        return item, ""
    outlet = " ".join(tokens[k:])
    if _is_agency(outlet) or _is_publication(outlet):
        return " ".join(tokens[:k]), outlet
    return item, ""


def _is_collective(item: str) -> bool:
    """A group signing as one author: ``Everfit Team``, ``Resy Staff``, ``News Desk``."""
    tokens = item.split()
    return 2 <= len(tokens) <= 5 and item[:1].isupper() and _fold(tokens[-1]) in _COLLECTIVE


def _split_title(item: str) -> tuple[str, bool]:
    """``"Jane Doe Executive Editor"`` -> ``("Jane Doe", True)``; no job title: ``(item,
    False)``."""
    tokens = item.split()
    for i, token in enumerate(tokens):
        if _fold(token) in _TITLE_WORDS:
            return " ".join(tokens[:i]), True
    return item, False


def _names(segment: str, *, strict: bool, min_words: int = 1) -> tuple[str, ...] | None:
    """Split a name list and keep the names; None when an item is not a name.

    After a job title (``Jane Doe, Senior Editor, Example Media and ...``) the items describe
    the author until a name followed by its own title (``& John Roe, Reporter``), so they
    are dropped instead of failing the line.
    """
    if strict:
        min_words = 2
    names: list[str] = []
    agencies: list[str] = []
    items = [item for item in map(_clean_item, _LIST_SEP.split(segment)) if item]
    after_title = False
    for k, item in enumerate(items):
        item, outlet = _split_outlet(item)
        if outlet:
            agencies.append(outlet)
        if _is_agency(item):
            agencies.append(item)
            continue
        if _is_collective(item):
            agencies.append(item)
            continue
        following = items[k + 1] if k + 1 < len(items) else ""
        head, titled = _split_title(item)
        if titled:
            # the words before a title are a name only in the first item ("Jane Doe Senior
            # Editor"); later they qualify the title ("..., Home Security Expert")
            first = not names and not after_title
            known = not strict or _known_person(head or "?")
            if first and head and known and _is_name(head, min_words=min_words, strict=strict):
                names.append(head)
            elif first and head:
                return None
            after_title = True
            continue
        if names and " " not in item and _split_title(following)[1]:
            after_title = True  # "Jane Doe, Home and Security Expert": part of the title
            continue
        if after_title:
            person = _is_name(item, min_words=min_words, strict=strict) and (
                not strict or _known_person(item)
            )
            if person and _split_title(following)[1]:
                names.append(item)
            continue
        if _is_company_form(item):
            # "Acme Corp, Inc.", "Example Media, LLC": the name before is a company's,
            # signing as one author
            before = items[k - 1] if k else ""
            if agencies and agencies[-1] == before:
                agencies[-1] = f"{before}, {item}"
            elif names and names[-1] == before:
                agencies.append(f"{names.pop()}, {item}")
            else:
                return None
        elif names and _is_credential(item):
            names[-1] = f"{names[-1]}, {item}"
        elif _is_publication(item) and not _known_person(item):
            # "Meridian News Agency", "The Daily Courier"; but "Jane Post" is a person
            if strict and not names:
                return None
            agencies.append(item)
        elif _is_name(item, min_words=min_words, strict=strict):
            if strict and not _known_person(item) and not _is_degree(following):
                return None
            names.append(item)
        elif _is_publication(item) and (names or not strict):
            agencies.append(item)
        elif names and item[:1].islower() and _described(names[-1], strict=strict):
            # "Jane Doe, MD, gastroenterologist, Example Health": a description in lower
            # case after a full name; the items after it describe the author too
            after_title = True
        else:
            return None
    if names:
        return tuple(names)
    if agencies and not strict:
        return tuple(agencies)
    return None


def _described(name: str, *, strict: bool) -> bool:
    """Whether a description may follow ``name`` in a byline: a name of two words or more
    (credentials aside; "By Christmas, we ..." is a sentence), a known person's when
    ``strict``."""
    person = name.split(",", 1)[0]
    return len(person.split()) >= 2 and (not strict or _known_person(person))


def _name_segment(rest: str) -> str:
    """The part of a byline after its prefix that holds the names."""
    cut = _CUT.search(rest)
    if cut is not None:
        rest = rest[: cut.start()]
    if any(ch.isdigit() for ch in rest):
        date = find_date(rest)
        if date is not None:
            rest = rest[: date.start]
    return rest.strip()


def _username(segment: str, rest: str) -> tuple[str, ...] | None:
    """A lone lower-case user name after "by" ("by admin"), when the line ends there or
    furniture (a separator, a date) follows it."""
    token = segment.strip()
    if _USERNAME.fullmatch(token) is None or token.casefold() in _NOT_NAME:
        return None
    if token.isdigit() or token.casefold() in _CHROME_WORDS:
        return None
    after = rest.lstrip()[len(token) :].lstrip()
    if after and after[0] not in "|•·-–—,(/[" and not after[0].isdigit():
        date = find_date(after)
        if date is None or date.start > 0:
            return None
    return (token,)


def _byline_names(rest: str, *, allow_username: bool, min_words: int) -> tuple[str, ...] | None:
    first = rest.lstrip()[:1]
    if not first or (first.islower() and not allow_username) or first.isdigit():
        return None
    if first.islower():
        # only a lone user name may start in lower case: "by admin", "by admin | May 2"
        after = rest.split(None, 1)[1:]
        if after and after[0][0] not in "|•·-–—,(/[" and not after[0][0].isdigit():
            date = find_date(after[0])
            if date is None or date.start > 0:
                return None
    segment = _name_segment(rest)
    if not segment or (segment[0].islower() and " " in segment):
        return None
    names = _names(segment, strict=False, min_words=min_words)
    if names is None and allow_username and " " not in segment:
        names = _username(segment, rest)
    return names


# Bylines in scripts without capitals (Chinese, Japanese, Korean, Arabic, Persian, Hebrew,
# Hindi, Thai), where no capital letter tells a name from a word: the label says it. "记者
# 王明", "作者：李华", "文/王明", "執筆：山田太郎", "بقلم: أحمد علي", "מאת דני כהן",
# "लेखक: राम कुमार", "โดย สมชาย ใจดี". A label stands at the start of the line, or after other
# labelled fields with its colon ("来源：新华网 作者：李华"). _UNCASED_LABEL: labels that are
# words of their own (a space may follow them); _UNCASED_WEAK: labels that are also common
# words ("文" text, "كتب" books, "글" writing), which need a colon or a slash.
_HAN_LABELS = (
    r"(?:本报|本台|本刊|特约|实习|本報|特約)?(?:记者|記者)|作者|撰稿|执笔|编译|編譯|通讯员|通訊員"
    r"|实习生|實習生"
    # text and photographs by one hand: 文/图 王明, 文／攝 李華, 图文 王明
    r"|文[/／](?:图|圖|摄|攝)|图文|圖文"
)
_UNCASED_LABEL = rf"""
    (?P<han>{_HAN_LABELS})
  | (?P<ja>著者|筆者|執筆|文責|取材・文|文・写真|ライター)
  | (?P<words>بقلم|نویسنده|نوشته|מאת|लेखक|लेखिका|โดย|ผู้เขียน|기자명|작성자|필자)
"""
_UNCASED_WEAK = r"(?P<hanweak>撰文|文)|(?P<weak>كتب|كتبت|كتابة|כתב|כתבה|글|द्वारा)"
_UNCASED_PREFIX = regex.compile(
    rf"""\s{{0,4}}(?:
        (?:{_UNCASED_LABEL})(?:\s{{0,3}}[:：/／|｜]\s{{0,3}}|\s{{1,3}})
      | (?:{_UNCASED_WEAK})\s{{0,3}}[:：/／]\s{{0,3}}
    )""",
    regex.VERBOSE,
)
#: A label after other fields of the line, with its colon.
_UNCASED_INNER = regex.compile(
    rf"(?<=\s)(?:{_UNCASED_LABEL}|{_UNCASED_WEAK})\s{{0,3}}[:：]\s{{0,3}}", regex.VERBOSE
)
#: Korean prints the name first: "홍길동 기자", "홍길동·김철수 기자 hong@example.com".
_HANGUL_BYLINE = regex.compile(
    r"\s{0,4}(?P<names>\p{Hangul}{2,4}(?:\s{0,2}[,·、]\s{0,2}\p{Hangul}{2,4}){0,3})"
    r"\s{1,2}(?:기자|특파원|객원기자|선임기자|논설위원|통신원)(?=$|[\s(\[=/|,])"
)
#: What may follow the Korean byline: an e-mail address, a separator, a date, a dateline
#: label (posted, modified, approved); not the rest of a sentence ("홍길동 기자 역시 ...").
_HANGUL_AFTER = regex.compile(r"\s*(?:$|[=|/(\[<·\d]|\S{1,40}@|입력|수정|승인|등록|기사입력)")
#: Where the names end: a separator, a bracket, a digit, another labelled field.
_UNCASED_CUT = regex.compile(r"\s{0,3}[|｜•·（(\[【<《]|\d|\s\S{1,6}[:：]|[:：]")
#: Between names.
_UNCASED_SEP = regex.compile(r"\s{0,3}[、，,/／;；]\s{0,3}|\s{1,3}")
#: Between names written with spaces (and Korean names: "홍길동·김철수").
_WORDS_SEP = regex.compile(r"\s{0,3}[،,、/;·]\s{0,3}")
#: A name of the label's script: Han (and kana, for Japanese names) without spaces, or
#: words of letters and marks.
_HAN_NAME = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー・·]{2,8}")
#: A Japanese name with a space between the family and the given name: "山田 太郎".
_JA_SPACED_NAME = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,4} [\p{Han}\p{Hiragana}\p{Katakana}ー]{1,4}"
)
_WORD_NAME = regex.compile(r"[\p{L}\p{M}\u200c\u200d'’\-]{2,30}")
#: Function words of those scripts, which no name holds: "بقلم الرصاص على الورق" (with a
#: pencil on paper) is a phrase.
_UNCASED_NOT_NAME = frozenset(
    """على في من إلى الى عن مع أن هذا هذه التي الذي كان از به در با که این آن را است של על
    את עם זה זו כי גם का की के में से और है को पर यह ที่ ใน และ ของ เป็น การ""".split()
)
#: Words that end a list of Han names: "记者 王明 报道" (reports), "摄" (photographed).
_HAN_END = frozenset("报道 報道 摄 攝 摄影 攝影 电 電 发自 發自 讯 訊 图 圖 文 编辑 編輯".split())
#: A Han label inside the list adds more authors: "记者 王明 通讯员 李华".
_HAN_LABEL = regex.compile(_HAN_LABELS)


def _uncased_names(segment: str, script: str) -> tuple[str, ...] | None:
    """The names after an uncased-script label, or None when the segment is not names.
    ``script``: ``han`` (Chinese: names split on spaces too), ``ja`` (Japanese: a space may
    part the family name from the given name) or ``words`` (a script with spaces)."""
    cut = _UNCASED_CUT.search(segment)
    if cut is not None:
        segment = segment[: cut.start()]
    segment = segment.strip()
    if not segment:
        return None
    if script == "ja" and _JA_SPACED_NAME.fullmatch(segment) is not None:
        return (segment,)  # "山田 太郎": one name
    if script != "words":
        names: list[str] = []
        for item in _UNCASED_SEP.split(segment):
            if not item or _HAN_LABEL.fullmatch(item) is not None:
                continue
            if item in _HAN_END:
                break
            if _HAN_NAME.fullmatch(item) is None:
                return None
            names.append(item)
        return tuple(names) if 1 <= len(names) <= 6 else None
    # words of a script with spaces: the names are split on commas; a name has 1 to 4
    # words, all letters
    items = [item.strip() for item in _WORDS_SEP.split(segment)]
    names = []
    for item in items:
        words = item.split()
        if not 1 <= len(words) <= 4 or not all(_WORD_NAME.fullmatch(w) for w in words):
            return None
        if any(w in _UNCASED_NOT_NAME for w in words):
            return None
        names.append(" ".join(words))
    return tuple(names) if 1 <= len(names) <= 6 else None


def _uncased_byline(text: str) -> tuple[str, ...] | None:
    """The names of a byline written in a script without capitals, or None."""
    m = _UNCASED_PREFIX.match(text) or _UNCASED_INNER.search(text)
    if m is not None:
        if m.group("han") is not None or m.group("hanweak") is not None:
            script = "han"
        else:
            script = "ja" if m.group("ja") is not None else "words"
        return _uncased_names(text[m.end() :], script)
    korean = _HANGUL_BYLINE.match(text)
    if korean is not None and _HANGUL_AFTER.match(text, korean.end()) is not None:
        return tuple(_WORDS_SEP.split(korean.group("names")))
    return None


# The credit a wire story opens its first paragraph with, naming its reporters (the
# byline of the agencies' house style, glued to the text):
# - Chinese: a dispatch line ending in 电 or 讯, then the credit in brackets:
#   "新华社北京3月12日电（记者王明、李华）", "本报讯（记者 王明 通讯员 李华）";
# - Korean: an optional "(place=agency)", then the names, 기자 and "=":
#   "(서울=연합뉴스) 홍길동 기자 = ...", "[세종=뉴시스]홍길동·김철수 기자 = ...";
# - Japanese: "【place＝name】" (an agency in place of the name is no author):
#   "【ワシントン＝山田太郎】", "【北京＝李華、上海＝王明】".
_HAN_LEAD = regex.compile(
    r"[^\s（()）]{1,40}?[电電讯訊]\s{0,2}[（(]\s{0,2}(?P<credit>[^（()）]{2,60})[）)]"
)
_HANGUL_LEAD = regex.compile(
    r"[(\[【<]\s{0,2}[^()\[\]【】<>=]{1,12}=\s{0,2}[^()\[\]【】<>=]{1,12}[)\]】>]"
)
_HANGUL_LEAD_END = regex.compile(r"\s{0,2}=")
_JA_LEAD = regex.compile(r"【(?P<credit>[^【】]{3,60})】")
_JA_LEAD_ITEM = regex.compile(r"[^、＝=]{1,12}[＝=](?P<name>[^、＝=]{2,12})")
#: "Our paper" in place of the reporter of a Japanese lead (``【東京＝本社】``): no one.
_JA_HOUSE = "本社"
#: A credit is read only in the first characters of a paragraph.
_LEAD_CHARS = 120


#: The start of a copyright notice: the mark, the word and the years, in any order
#: ("© 2025", "© Copyright 2012-2025", "Copyright (c) 2024,").
_COPYRIGHT_LEAD = regex.compile(
    r"(?i)(?:(?:copyright|©|ⓒ|\(c\)|\d{4}(?:\s{0,2}[-–]\s{0,2}\d{4})?)[\s,]{0,3})+"
)
#: The years after the holder ("Copyright Jane Doe 2012-2025").
_COPYRIGHT_YEARS = regex.compile(r"[\s,]{1,3}\d{4}(?:\s{0,2}[-–]\s{0,2}\d{4})?$")
#: What ends the holder: a full stop or a separator, then "All rights reserved", a
#: licence, "Powered by ..."
_COPYRIGHT_END = regex.compile(r"\.(?:\s|$)|\s{0,3}[|•·]|\s[-–—]\s|\s(?i:all rights reserved)")


def copyright_holder(line: str) -> str | None:
    """The person a dated copyright notice names (``© 2025 Jane Doe. All rights
    reserved.``, ``Copyright Jane Doe 2012-2025``), else None: a company or an institution
    (``© 2025 Example Media, LLC``), a notice without a year (a photo credit, ``© Jane
    Doe``), anything but a lone name. On a personal site the holder is the author.
    """
    if not isinstance(line, str) or len(line) > _MAX_BYLINE:
        return None
    text = line.strip()
    lead = _COPYRIGHT_LEAD.match(text)
    if lead is None:
        return None
    lead_text = lead.group().casefold()
    if not any(sign in lead_text for sign in ("©", "ⓒ", "copyright", "(c)")):
        return None  # years alone: no notice
    rest = text[lead.end() :]
    end = _COPYRIGHT_END.search(rest)
    holder = rest if end is None else rest[: end.start()]
    years = _COPYRIGHT_YEARS.search(holder)
    if years is not None:
        holder = holder[: years.start()]
    elif not any(ch.isdigit() for ch in lead_text):
        return None  # no year: a photo credit, not the site's notice
    holder = holder.strip(" ,")
    return holder if looks_like_person_name(holder) else None


def lead_credit(paragraph: str) -> tuple[str, ...] | None:
    """The reporters a wire story's first paragraph names in its opening credit, or None.

    Chinese ``新华社北京3月12日电（记者王明、李华）...``, Korean ``(서울=연합뉴스) 홍길동
    기자 = ...`` and Japanese ``【ワシントン＝山田太郎】...``; see the comment above. Only
    the credit is read: the paragraph itself stays the article's text.
    """
    if not isinstance(paragraph, str) or not paragraph:
        return None
    if paragraph[0].isascii() and paragraph[0] not in "([<":
        return None
    head = paragraph[:_LEAD_CHARS]
    return _han_lead(head) or _ja_lead(head) or _hangul_lead(head)


def _han_lead(head: str) -> tuple[str, ...] | None:
    m = _HAN_LEAD.match(head)
    if m is None:
        return None
    credit = m.group("credit")
    if _HAN_LABEL.match(credit.lstrip()) is None:
        return None
    # labels inside the credit ("记者王明通讯员李华") part the names as spaces do
    return _uncased_names(_HAN_LABEL.sub(" ", credit), "han")


def _ja_lead(head: str) -> tuple[str, ...] | None:
    m = _JA_LEAD.match(head)
    if m is None:
        return None
    names: list[str] = []
    for item in m.group("credit").split("、"):
        placed = _JA_LEAD_ITEM.fullmatch(item.strip())
        if placed is None:
            return None
        name = placed.group("name").strip()
        if name == _JA_HOUSE or _is_agency(name):  # 【北京＝共同】
            continue
        if _HAN_NAME.fullmatch(name) is None:
            return None
        names.append(name)
    return tuple(names) if names else None


def _hangul_lead(head: str) -> tuple[str, ...] | None:
    bracket = _HANGUL_LEAD.match(head)
    m = _HANGUL_BYLINE.match(head, 0 if bracket is None else bracket.end())
    if m is None or _HANGUL_LEAD_END.match(head, m.end()) is None:
        return None
    return tuple(_WORDS_SEP.split(m.group("names")))


def parse_byline(text: str) -> tuple[str, ...] | None:
    """The author names of a byline, or None when the line is not a byline."""
    if not isinstance(text, str) or len(text) > _MAX_BYLINE or not text.strip():
        return None
    return _parse_byline(text)


@memo
def _parse_byline(text: str) -> tuple[str, ...] | None:
    """:func:`parse_byline` of a non-blank str of at most :data:`_MAX_BYLINE` characters."""
    first = text[0]
    prefix = _PREFIX.match(text) if first in _PREFIX_FIRST or first.isspace() else None
    if prefix is not None:
        rest = text[prefix.end() :]
        if prefix.group("lang") is not None or prefix.group("sentence") is not None:
            # "Von", "Par", "Door" ... are ordinary words too, and a sentence may go on
            # with any words ("This post was written by hand"): two-word names only
            return _byline_names(rest, allow_username=False, min_words=2)
        return _byline_names(rest, allow_username=True, min_words=1)
    if not first.isascii():
        uncased = _uncased_byline(text)
        if uncased is not None:
            return uncased
    # "Posted on March 12, 2021 by Jane Doe": a dateline, then "by" and the names
    if len(text) > _MAX_INNER_BY or _DIGIT.search(text) is None:
        return None
    low = text.casefold()
    if not any(word in low for word in (" by ", " par ", " por ", " von ", " door ")):
        return None
    for inner in _INNER_BY.finditer(text):
        head = text[: inner.start()]
        if head.strip() and parse_dateline(head) is not None:
            return _byline_names(text[inner.end() :], allow_username=True, min_words=1)
    return None


def _plain(word: str) -> str:
    """Casefolded, without accents and without a hyphenated second part: ``Jean-Luc`` ->
    ``jean``, ``José`` -> ``jose``."""
    low = word.casefold().split("-", 1)[0].strip(".,'’")
    if low.isascii():
        return low
    return "".join(ch for ch in unicodedata.normalize("NFKD", low) if not unicodedata.combining(ch))


def _known_person(name: str) -> bool:
    """Evidence that a name-shaped string is a person: a common given name among its first
    two words, an honorific, or a middle initial."""
    tokens = name.split()
    if _fold(tokens[0]) in _HONORIFICS:
        return True
    if len(tokens) >= 3 and any(_INITIAL.fullmatch(t) for t in tokens[1:-1]):
        return True
    return any(_plain(t) in _GIVEN_NAMES for t in tokens[:2])


def looks_like_person_name(text: str) -> bool:
    """Whether a line is just a person's name (``Jane Doe``, ``Dylan Bailey, MS, RD, FAND``).

    Conservative: 2 to 5 capitalised tokens, no common page word (``Related Articles``), no
    digits except in a credential, optional credentials after a comma, and evidence of a
    person (a common given name, a middle initial, an honorific or a degree; see the module
    doc), since title-case headings (``Battery Capacity``) have the same shape.
    """
    if not isinstance(text, str):
        return False
    line = text.strip()
    if not 3 <= len(line) <= _MAX_NAME_LINE:
        return False
    return _looks_like_person_name(line)


@memo
def _looks_like_person_name(line: str) -> bool:
    """:func:`looks_like_person_name` of a stripped line of 3 to :data:`_MAX_NAME_LINE`
    characters."""
    if line[-1] in ".!?:" and not _is_credential(line.split()[-1]):
        return False
    if not _starts_like_name(line):
        return False
    if any(_is_company_form(t) or _fold(t) in _INSTITUTION_WORDS for t in line.split()):
        return False  # a company's or an institution's name ("Vox Media, LLC")
    head, _, tail = line.partition(",")
    head = head.strip()
    if not tail.strip(" ,") and not _known_person(head):
        return False  # the cheap test first: without credentials a person needs evidence
    if not _is_name(head, min_words=2, strict=True):
        return False
    credentials = [part.strip() for part in tail.split(",") if part.strip()]
    if not all(_is_credential(part) for part in credentials):
        return False
    return any(_is_degree(part) for part in credentials) or _known_person(head)


def parse_author_line(text: str) -> tuple[str, ...] | None:
    """The names of a line that stands where a page prints its byline, without a ``By``.

    For a line whose place already says it is the byline (right under the title, beside
    the date, after a lone ``By``): ``Jane Doe``, ``JANE DOE``, ``Susan``, ``Everfit Team``,
    ``The Example editors``, ``Jane Doe | Senior Writer``, ``Jane Doe March 3, 2021``. Looser
    than :func:`clean_author_line` (no evidence of a person is asked: the place is the
    evidence) but it still refuses sentences, digits and common page words (``Home``,
    ``Related Articles``). A line with a ``By`` prefix goes to :func:`parse_byline`.
    """
    if not isinstance(text, str) or len(text) > _MAX_BYLINE or not text.strip():
        return None
    if _PREFIX.match(text) is not None:
        return parse_byline(text)
    line = text.strip()
    if len(line) > _MAX_NAME_LINE or not line[0].isupper():
        return None
    if line[-1] in ".!?:" and not _is_credential(line.split()[-1]):
        return None
    if _DIGIT.search(line) is not None:
        date = find_date(line)
        if date is None or date.start == 0:
            return None
        line = line[: date.start]
    cut = _CUT.search(line)
    segment = (line if cut is None else line[: cut.start()]).strip(" ,")
    if not segment or _DIGIT.search(segment) is not None:
        return None
    if _is_collective(segment):
        return (segment,)
    if not _starts_like_name(segment):
        return None
    names = _names(segment, strict=False)
    if names is None or not all(_plausible_name(name) for name in names):
        return None
    return names


#: Endings of English words that are rarely the endings of names ("Marketing", "Checked",
#: "Motivation", "Management", "Analytics").
_WORD_ENDINGS = ("ing", "ed", "tion", "sion", "ment", "ness", "ity", "ics", "ogy", "ism")
#: Participles of page furniture ("Fact Checked", "Medically Reviewed").
_PAGE_PARTICIPLES = frozenset(
    """checked reviewed edited updated sponsored verified approved featured related trending
    selected recommended posted published written reported""".split()
)
#: ... of which a surname may end in neither -ing nor -ed.
_SURNAME_ENDINGS = _WORD_ENDINGS[2:]


def _plausible_name(name: str) -> bool:
    """A name found by its place only (no ``By``, no given name needed) still has to look
    like one: a single word must be a known given name (``Susan``, not ``Marketing``), and
    no word may be a short acronym (``ML Tools``) or end like a common noun or verb
    (``Fact Checked``, ``Wedding Planning``) unless the name has evidence of a person."""
    tokens = name.split(",")[0].split()
    if _known_person(name):
        return True
    folded = [_fold(token) for token in tokens]
    if len(tokens) < 2 or any(w in _CHROME_WORDS or w in _PAGE_PARTICIPLES for w in folded):
        return False  # "Marketing", "Related Articles", "Print Edition", "Fact Checked"
    if len(set(folded)) == 1:
        return False  # one word repeated ("Council Council Council"): a stutter, no name
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        if _INITIAL.fullmatch(token) is not None:
            continue
        low = token.casefold()
        if token.isupper() and len(token) <= 4:
            return False
        # surnames may end in -ing or -ed ("Fleming", "Reed"); other words of a name not
        endings = _SURNAME_ENDINGS if i == last else _WORD_ENDINGS
        if len(low) >= 5 and low.endswith(endings):
            return False
    return True


def dateline_authors(text: str) -> tuple[str, ...] | None:
    """The author names printed on a dateline among its dates and furniture, or None.

    ``Jane Doe | March 3, 2021``, ``Dec 26, 2025 • Jane Doe in Travel``, ``Posted on May 3,
    2017 by Jane Doe 4 Comments``, ``Tesfaye Girmachew March 3, 2021``. The line is cut at
    its dates and separators; a piece with ``By`` is a byline, any other piece must be a
    name line (:func:`parse_author_line`) that is not a place: a piece that ends in a comma
    before the date (``New York, March 3``) or is in capitals (``LONDON``) is the city of a
    wire dateline.
    """
    if not isinstance(text, str) or len(text) > _MAX_BYLINE:
        return None
    spans = date_spans(text)
    if not spans:
        return None
    pieces: list[str] = []
    pos = 0
    for start, end in spans:
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    for raw in pieces:
        for piece in _DATELINE_SEP.split(raw):
            names = _dateline_piece(piece)
            if names:
                return names
    return None


#: Separators between the parts of a dateline ("Jane Doe • March 3, 2021 • 5 min read").
_DATELINE_SEP = regex.compile(r"\s{0,3}[|•·●⋅/;]\s{0,3}|\s[\-–—]{1,2}\s")
#: Words of a dateline that are neither names nor dates.
_DATELINE_WORDS = frozenset(
    """updated published posted originally last modified on at in by the and comments comment
    min mins minute minutes read reading time words views""".split()
)


def _dateline_piece(piece: str) -> tuple[str, ...] | None:
    digit = _DIGIT.search(piece)
    if digit is not None:
        piece = piece[: digit.start()]  # names hold no digits: "By Jane Doe 4 Comments"
    piece = piece.strip()
    if not piece or piece.endswith(",") or piece.isupper():
        return None  # a place: "New York, March 3", "LONDON — March 3"
    words = [_fold(w) for w in piece.split()]
    if all(w in _DATELINE_WORDS or w.isdigit() for w in words):
        return None
    # "Jane Doe on March 3, 2021": the word that joins the names to the date is not theirs
    while words[-1] in _DATELINE_WORDS:
        words.pop()
        piece = piece.rsplit(None, 1)[0]
    if _PREFIX.match(piece) is not None:
        return parse_byline(piece)
    if not piece[0].isascii():
        uncased = _uncased_byline(piece)
        if uncased is not None:
            return uncased
    # "... 2017 by Jane Doe 4 Comments": a "by" inside the piece
    inner = _INNER_BY.search(piece)
    if inner is not None and not piece[: inner.start()].strip(" ,"):
        return parse_byline(piece[inner.start() :])
    if inner is not None:
        head = piece[: inner.start()].strip()
        if all(_fold(w) in _DATELINE_WORDS for w in head.split()):
            return parse_byline(piece[inner.start() :])
    return parse_author_line(piece)


def is_name_particle(word: str) -> bool:
    """Whether ``word`` is a particle of a person's name (``van``, ``de``, ``von``, ``bin``
    ...), which names write in lower case."""
    return _fold(word) in _PARTICLES


def looks_like_job_title(text: str) -> bool:
    """Whether a line is only a job title, as printed under an author's name: ``Senior
    Writer``, ``Marketing Director``, ``Tech Writer, Example Media``. Short, no sentence
    punctuation, every word capitalised (small connectors aside), one word of
    :data:`_TITLE_WORDS`."""
    if not isinstance(text, str):
        return False
    line = text.strip()
    if not 3 <= len(line) <= 60 or line[-1] in ".!?:" or _DIGIT.search(line) is not None:
        return False
    words = line.replace(",", " ").split()
    if len(words) > 6:
        return False
    folded = [_fold(w) for w in words]
    for word, low in zip(words, folded):
        if not (word[0].isupper() or low in _CONNECTORS or word == "&"):
            return False
    return any(low in _TITLE_WORDS for low in folded)


def clean_author_line(text: str) -> tuple[str, ...] | None:
    """The names of a line that holds only author names, without a ``By`` prefix.

    ``Jane Doe`` -> ``("Jane Doe",)``; ``Jane Doe and John Roe`` -> both; ``Jane Doe, Staff
    Writer`` -> ``("Jane Doe",)``; ``Dylan Bailey, MS, RD, FAND`` -> one author with the
    credentials kept; furniture after a separator (``| March 3, 2021``) is dropped. Stricter
    than :func:`parse_byline`: every name needs two capitalised tokens and no common page
    word. None for anything else.
    """
    if not isinstance(text, str) or len(text) > _MAX_BYLINE or not text.strip():
        return None
    if _PREFIX.match(text) is not None:
        return parse_byline(text)
    line = text.strip()
    if line[-1] in ".!?:" and not _is_credential(line.split()[-1]):
        return None
    if len(line) > _MAX_NAME_LINE or not _starts_like_name(line):
        return None
    if _DIGIT.search(line) is not None:
        # "Jane Doe March 3, 2021 · 5 min read": a name, then a dateline
        date = find_date(line)
        if date is None or parse_dateline(line[date.start :]) is None:
            return None
        line = line[: date.start]
    cut = _CUT.search(line)
    segment = line if cut is None else line[: cut.start()].strip()
    if not segment or _DIGIT.search(segment) is not None:
        return None
    if "," not in segment and not _known_person(segment):
        return None  # cheap exit: no person evidence and no list or credentials
    return _names(segment, strict=True)


# --------------------------------------------------------------------------------------------
# Sites
# --------------------------------------------------------------------------------------------


def _domain(text: str) -> str | None:
    m = _DOMAIN.fullmatch(text)
    if m is None:
        return None
    raw_tld = m.group("tld")
    tld = raw_tld.casefold()
    if len(tld) > 2 and raw_tld.isupper():
        return None  # "ML.NET": a product name; domains are written in lower case
    if len(tld) == 2:
        if tld in _FILE_EXTENSIONS:
            return None
    elif tld not in _GENERIC_TLDS:
        return None
    return m.group("d")


#: A newspaper's name in a script without capitals: a word that ends in a newspaper word
#: (``江南日报``, ``海岸時報``, ``해안일보``, ``서울신문``) or an Arabic one after ``صحيفة`` or
#: ``جريدة`` (newspaper). Not "news" alone (``新闻``, ``뉴스``): ``国际新闻`` is a section.
_UNCASED_NEWSPAPER = regex.compile(
    r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}ー]{1,10}(?:日报|日報|晚报|晚報|时报|時報|"
    r"新闻网|新聞網|新闻社|新聞社|周刊|週刊|电视台|電視台|通讯社|通訊社|일보|신문|타임스)"
    r"|(?:صحيفة|جريدة)\s\p{Arabic}{2,20}(?:\s\p{Arabic}{2,20}){0,2}"
)


def _newspaper(text: str) -> str | None:
    """A brand line with a newspaper word: ``The Daily Courier``, ``Berliner Tageblatt``,
    ``江南日报``."""
    if not text[0].isascii() and _UNCASED_NEWSPAPER.fullmatch(text) is not None:
        return text
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 40 or not words[0][:1].isupper():
        return None
    if _NOT_NEWSPAPER_CHARS.search(text) is not None:
        return None
    folded = [_fold(w) for w in words]
    last_brand = max((i for i, w in enumerate(folded) if w in _BRAND_WORDS), default=-1)
    if last_brand < 0:
        return None
    # the newspaper word ends the name, or one word or a place follows it ("The Daily
    # Courier", "Herald Sun", "Diario de la Vega Alta"); other words after it make a
    # phrase ("US News MBA Rankings")
    after = folded[last_brand + 1 :]
    if len(after) > 1 and after[0] not in _CONNECTORS:
        return None
    if any(w in _BRAND_CHROME for w in folded):
        return None
    for word, low in zip(words, folded):
        if not (word[0].isupper() or low in _CONNECTORS):
            return None
    return " ".join(words)


def looks_like_brand(text: str) -> str | None:
    """The brand of a line shaped like a masthead, or None: ``Crumb & Crust``, ``Garden
    Notes``, ``SportBlast``.

    Shape only, so short headings and menu entries pass too ("Red Wine Types"): use it where
    the position says a masthead may stand (the first line of a page, before the title),
    and :func:`parse_site_name` anywhere else. The shape: one to five capitalised words
    (small connectors and ``&`` allowed), no digits, no sentence or menu punctuation, no
    interface word (``Menu``, ``Sign In``), not only section words (``World News``), not a
    person's name; a single word only when written like a brand (``SportBlast``, ``NPR``).
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 40:
        return None
    if _NOT_BRAND_CHARS.search(text) is not None:
        return None
    folded = [_fold(w) for w in words]
    if any(w in _UI_WORDS for w in folded):
        return None
    if all(w in _CHROME_WORDS or w in _CONNECTORS for w in folded):
        return None
    for i, (word, low) in enumerate(zip(words, folded)):
        if low in _NOT_NAME and low not in _CONNECTORS:
            return None
        if not (word[0].isupper() or (i > 0 and (low in _CONNECTORS or word == "&"))):
            return None
    if len(words) == 1:
        word = words[0]
        camel = any(ch.isupper() for ch in word[1:]) and any(ch.islower() for ch in word)
        if not (camel or (word.isupper() and len(word) >= 3)):
            return None
    if looks_like_person_name(text):
        return None
    return " ".join(words)


def parse_site_name(text: str) -> str | None:
    """The site name of a masthead line, or None (see the module doc)."""
    if not isinstance(text, str):
        return None
    line = text.strip()
    if not 2 < len(line) <= 60:
        return None
    if "." in line and " " not in line:
        return _domain(line)
    return _newspaper(line)


# --------------------------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------------------------

#: Small words allowed in lower case inside a site name ("Times of India").
_CONNECTORS = frozenset(
    "of the and & de la le du des der die das el y for on in at van di del da und".split()
)
#: Words that make the short side of a title a subtitle, not a site ("Part 1", "Review").
_SUBTITLE_WORDS = frozenset(
    """part chapter episode vol volume review reviews live update updates updated explained
    opinion analysis photos photo video videos recap interview trailer transcript full text
    watch listen podcast preview guide edition season""".split()
)


#: Section names that follow a pipe after a headline ("Title | Opinion").
_SECTION_WORDS = frozenset(
    "opinion opinions analysis review reviews video videos photos podcast interview live".split()
)

_TRAILING_PUNCT = " .,;:!?"
#: The quotes and dashes :func:`normalize_title` unifies, commonest first.
_TITLE_PAIRS = tuple(
    sorted(
        ((chr(c), str(u)) for c, u in _TITLE_CHARS.items()),
        key=lambda pair: pair[0] not in "\N{RIGHT SINGLE QUOTATION MARK}\N{EN DASH}\N{EM DASH}",
    )
)


def normalize_title(text: str) -> str:
    """A comparison key for titles: NFKC, casefolded, quotes and dashes unified, spaces
    collapsed, trailing punctuation removed."""
    if not isinstance(text, str):
        return ""
    return _title_key(_fold_title(text))


def title_keys(lines: Sequence[str], max_chars: int) -> list[str]:
    """:func:`normalize_title` of each of ``lines`` (none holding a line break) of at most
    ``max_chars`` characters, ``""`` for the longer ones: the folding runs once over the
    lines joined (C-speed passes instead of a call per line; it leaves a line break
    alone, so the lines come apart again the same)."""
    parts = _fold_title("\n".join([line if len(line) <= max_chars else "" for line in lines]))
    keys = parts.split("\n")
    if len(keys) != len(lines):  # pragma: no cover - a line break inside a line
        return [normalize_title(line) if len(line) <= max_chars else "" for line in lines]
    return list(map(_title_key, keys))


def _fold_title(text: str) -> str:
    """Case folded, NFKC, quotes and dashes unified."""
    if text.isascii():  # the common case: nothing to fold, and one quote to unify
        low = text.lower()
        return low.replace("`", "'") if "`" in low else low
    out = unicodedata.normalize("NFKC", text).casefold()
    # str.translate looks every character up in a dict (slow on long non-ASCII lines), a
    # regex with a callback calls Python for every match; a few C-speed scans are faster
    for char, unified in _TITLE_PAIRS:
        if char in out:
            out = out.replace(char, unified)
    return out


def _title_key(folded: str) -> str:
    """A folded line with its spaces collapsed and its trailing punctuation removed."""
    # split and join only where spaces need collapsing (control characters and odd
    # spaces, which isprintable() refuses, are the other white space split() knows)
    if "  " in folded or folded[:1] == " " or not folded.isprintable():
        folded = " ".join(folded.split())
    return folded.rstrip(_TRAILING_PUNCT)


def _site_like(part: str) -> bool:
    part = part.strip()
    if not 2 <= len(part) <= 40:
        return False
    words = part.split()
    folded = [_fold(w) for w in words]
    if all(w in _SUBTITLE_WORDS or w.isdigit() for w in folded):
        return False
    if folded[0] in _SUBTITLE_WORDS:
        return False
    if parse_site_name(part) is not None:
        return True
    if len(words) > 5 or part[-1] in ".!?:;,\"'”’)":
        return False
    for i, (word, low) in enumerate(zip(words, folded)):
        if low in _CONNECTORS and i > 0:
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return False
    return True


def _title_like(part: str, other: str) -> bool:
    part = part.strip()
    return len(part) > len(other.strip()) and (len(part.split()) >= 2 or len(part) >= 12)


def split_title_suffix(text: str) -> tuple[str, str | None]:
    """``("Title", "Site")`` for ``Title | Site``, ``Title - Site``, ``Title — Site`` or
    ``site.com: Title``; ``(text, None)`` when no spaced separator splits off a short
    site-like part (``Covid-19``, ``X - the story`` stay whole)."""
    if not isinstance(text, str):
        return "", None
    if len(text) > 400 or not any(sep in text for sep in _SEPARATOR_CHARS):
        return text, None
    seps = list(_TITLE_SEP.finditer(text))
    if seps:
        last = seps[-1]
        left, right = text[: last.start()], text[last.end() :]
        # "Title | Opinion": after a pipe, a lone section word is a label, not a subtitle
        labelled = "|" in last.group() and _fold(right.strip()) in _SECTION_WORDS
        if (labelled or _site_like(right)) and _title_like(left, right):
            site = right.strip()
            title = left.strip()
            # "Title | Section | Site": drop further short pipe-separated sections
            while "|" in title:
                head, _, section = title.rpartition("|")
                if not (_site_like(section) and len(section.split()) <= 3):
                    break
                if not _title_like(head, section):
                    break
                title = head.strip()
            return title, site
    first = _PREFIX_SEP.search(text)
    if first is not None:
        left, right = text[: first.start()], text[first.end() :]
        left = left.strip()
        site_name = _domain(left) if " " not in left else _newspaper(left)
        if site_name is not None and _title_like(right, left):
            return right.strip(), site_name
    return text, None


def strip_title_date(title: str) -> str:
    """The headline without a date glued to its start or end (see the module doc)."""
    if not isinstance(title, str) or _DIGIT.search(title) is None:
        return title
    found = find_date(title)
    if found is None or found.has_time or not _MONTH_WORD.search(title, found.start, found.end):
        return title
    if found.start == 0 and found.end < len(title) and title[found.end] == " ":
        rest = title[found.end :].strip()
    elif found.end == len(title) and found.start > 0 and title[found.start - 1] == " ":
        rest = title[: found.start].strip()
    else:
        return title
    return rest if len(rest.split()) >= 2 else title
