/**
 * Common given names by gender, lower case: gender evidence for a person named in full ("Ana
 * Duarte" is "she"). Written from general knowledge; names commonly given to both sexes (Jean,
 * Andrea, Kim, Robin, Sasha, Jordan, Taylor, ...) are left out on purpose.
 */

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

export const FEMALE_NAMES = set(`
  mary hillary hilary kamala kellyanne theresa patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
  ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
  rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
  lauren joan evelyn judith megan cheryl hannah martha jacqueline frances gloria ann teresa kathryn sara
  janice julia grace judy beverly denise marilyn amber danielle rose brittany diana abigail
  natalie jane lori tiffany kayla sophia isabella charlotte amelia mia ella scarlett
  chloe lily aria zoe nora hazel ellie penelope layla violet audrey claire
   lucy anna caroline aaliyah allison maya sadie naomi eleanor
   hilary melania ivanka nikki carly condoleezza nancy elizabeth kirsten tammy
  dianne debbie barbara susana huma donna maxine sheila valerie loretta janet ruth sonia elena ketanji
   sarah katie megyn meghan oprah beyoncé rihanna shonda taraji viola serena venus alicia
  britney madonna adele kathy cathy katy kate katrina leah molly ruby stella alice clara eva
  margarita gabriela gabrielle daniela mariana valentina camila sofia lucía lucia paula carmen isabel pilar
  rosa dolores guadalupe marisol yolanda alejandra verónica veronica adriana beatriz raquel silvia inés
  ines mercedes esperanza consuelo ximena luciana florencia rocío rocio lorena paola fernanda juliana
  carolina patrícia adriana ana beatriz cláudia claudia fernanda luana larissa tatiana vanessa bianca
  renata aline marta joana inês conceição graça leonor matilde francisca
  marie sophie camille chloé léa manon juliette amélie élodie céline nathalie isabelle sylvie brigitte
  valérie valerie véronique catherine françoise francoise monique segolene christiane martine
  marine anne hélène helene margot delphine aurélie émilie emilie mathilde agnès agnes élise elise
  ursula angela annegret heike sabine petra monika birgit gisela ingrid ute brigitte katrin katharina
  anja silke susanne claudia steffi franziska greta hannelore renate gudrun lieselotte frauke
  giulia francesca chiara federica giorgia alessandra elisa silvia valentina martina sara roberta paola
  laura anna lucia giovanna rosa antonella daniela raffaella donatella ornella sabrina
  fatima fatma aisha aicha ayesha khadija maryam mariam zainab zeinab layla leila laila amina amira
  yasmin yasmine jasmine nour noor huda hoda salma samira rania dalia lina rana hana hanan nadia nadia
  soraya shirin shireen farah zahra zara sara malala benazir noura reem rasha asma
  mei ling xiu ying hui jing        
  yuki yoko keiko akiko naoko haruka sakura yui aiko emiko hiroko kyoko mariko michiko tomoko yumiko
  ji-yeon seo-yeon min-ji soo-jin hye-jin eun-ji ji-woo ha-eun yoon-ah
  priya anjali sunita pooja deepika aishwarya sonia indira lakshmi meera kavita neha shreya divya
  olga natasha natalia svetlana irina tatyana yulia ekaterina anastasia oksana ludmila galina
  agnieszka katarzyna magdalena małgorzata ewa zofia
  ngozi chimamanda amina funmilayo adaeze folake wanjiru wangari
`);

export const MALE_NAMES = set(`
  james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
  ethan walter noah jeremy christian keith roger gerald harold sean austin carl arthur lawrence
  dylan jesse bryan joe billy bruce albert willie gabriel logan alan juan wayne elijah randy roy
  vincent ralph eugene russell bobby mason philip louis liam oliver jackson aiden carter owen
  wyatt luke grayson levi isaac lincoln connor eli landon caleb nolan hudson colton easton
  barack bernie mitt mike rand ted marco jeb chris ben newt rick reince sean rudy rudolph
  bill bob tom jim tim dick ron don dan ed greg jeff jon ken larry phil pete steve tony vince chuck
  mitch nate reince jared eric joe harry hank howard
  lyndon dwight franklin herbert calvin woodrow ulysses abraham grover theodore jimmy gerald
  rahm rex kevin paul lamar orrin elijah jerrold adam devin trey tucker bret sean rush glenn
  bernard boris nigel gordon tony keir rishi jeremy nick david 
  carlos luis miguel jorge pedro alejandro francisco javier manuel rafael fernando ricardo eduardo
  sergio andrés andres diego pablo roberto raúl raul alberto enrique héctor hector mario ramón ramon
  antonio josé emilio gonzalo santiago mateo sebastián sebastian nicolás nicolas martín martin
  gustavo hugo ignacio jaime julio lorenzo marcelo mauricio octavio óscar oscar rodrigo rubén ruben
  salvador tomás vicente ernesto felipe guillermo joaquín joaquin agustín agustin evo hugo lula
  joão joao paulo marcos gabriel rafael thiago tiago bruno felipe gustavo leonardo henrique
  matheus vinícius vinicius rodrigo luiz luís jair fernando sérgio sergio caio renato wagner
  jean-pierre jean-claude jean-luc jean-marie jean-paul jean-yves françois francois pierre jacques
  michel philippe nicolas emmanuel laurent olivier thierry christophe sébastien sebastien frédéric
  frederic stéphane stephane didier benoît benoit guillaume julien antoine mathieu maxime hugo
  théo theo louis gaston rené rene yves alain gérard gerard bernard serge marcel henri édouard
  edouard arnaud gilles patrice xavier cyril 
  hans klaus jürgen jurgen wolfgang helmut gerhard horst günter gunter dieter uwe karl heinz friedrich
  johannes stefan andreas thomas markus matthias jens sven lars lukas maximilian felix florian
  tobias sebastian christoph philipp olaf frank-walter joachim norbert volker armin friedrich-wilhelm
  giuseppe giovanni antonio mario luigi francesco roberto paolo marco alessandro matteo lorenzo
   luca giorgio stefano massimo sergio silvio matteo enrico gianni fabio davide riccardo
  salvatore vincenzo carlo pietro angelo domenico franco romano giulio emanuele federico
  mohammed muhammad mohamed mohammad ahmed ahmad ali omar umar hassan hussein husain hussain ibrahim
  abdullah abdul abdel khalid khaled mahmoud mustafa mostafa yusuf youssef yousef karim kareem tariq
  tarek samir saeed walid waleed hamid hamza bilal jamal faisal nabil nasser rashid sami
  salman bashar hosni anwar gamal ayman osama usama jafar jawad qassem qasem 
  recep ahmet mehmet mustafa emre kemal hakan
   jun hao ming qiang lei tao yong jie       
  hiroshi takeshi kenji taro shinzo yoshihide fumio junichiro naoto yukio akira haruki kazuo
  satoshi takashi hideki masahiro
  min-jun seo-jun ji-ho jae-in myung-bak kyung-soo dong-hyun sung-min
  rahul narendra amit raj sanjay vijay arjun rajesh suresh manmohan arvind anil sunil ravi rohan
  vladimir sergei sergey dmitry dmitri alexei alexey mikhail nikolai ivan igor yuri boris viktor
  volodymyr petro oleksandr andrzej lech tadeusz krzysztof piotr
  nelson jacob cyril thabo kofi kwame olusegun goodluck muhammadu bola uhuru raila yoweri 
`);
