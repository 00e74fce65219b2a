<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>StatusScope</source>
        <translation>StatusScope</translation>
    </message>
    <message>
        <source>The status code catalogue could not be loaded, so StatusScope cannot start.

%1</source>
        <translation>Le catalogue des codes d&apos;état n&apos;a pas pu être chargé, StatusScope ne peut donc pas démarrer.

%1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit sends GET, or HEAD with -X HEAD, and nothing else: “%1” could change what the server holds, so it is refused.</source>
        <translation>audit n&apos;envoie que GET, ou HEAD avec -X HEAD, et rien d&apos;autre : « %1 » pourrait modifier ce que le serveur contient, cette méthode est donc refusée.</translation>
    </message>
    <message>
        <source>Give a file, a URL or - (standard input) to audit, for example “statusscope audit redirects.csv”.</source>
        <translation>Indiquez un fichier, une URL ou - (entrée standard) à auditer, par exemple « statusscope audit redirects.csv ».</translation>
    </message>
    <message>
        <source>audit reads one input, not %1: put the URLs in one list, one per line.</source>
        <translation>audit lit une seule entrée, pas %1 : mettez les URL dans une seule liste, une par ligne.</translation>
    </message>
    <message>
        <source>Give at most one of --map, --list and --sitemap.</source>
        <translation>Indiquez au plus une option parmi --map, --list et --sitemap.</translation>
    </message>
    <message>
        <source>--format is table, csv or jsonl, not “%1”.</source>
        <translation>--format vaut table, csv ou jsonl, pas « %1 ».</translation>
    </message>
    <message>
        <source>-o names the input “%1”: the results would replace it; write them to another file.</source>
        <translation>-o désigne l&apos;entrée « %1 » : les résultats la remplaceraient ; écrivez-les dans un autre fichier.</translation>
    </message>
    <message>
        <source>Read the input as a redirect map.</source>
        <translation>Lire l&apos;entrée comme une table de redirections.</translation>
    </message>
    <message>
        <source>Read the input as a list of URLs.</source>
        <translation>Lire l&apos;entrée comme une liste d&apos;URL.</translation>
    </message>
    <message>
        <source>Read the input as a sitemap (default: guessed from the content, said on stderr).</source>
        <translation>Lire l&apos;entrée comme un sitemap (par défaut : déduit du contenu, indiqué sur stderr).</translation>
    </message>
    <message>
        <source>Run up to N chains at once (default 16).</source>
        <translation>Exécuter jusqu&apos;à N chaînes à la fois (16 par défaut).</translation>
    </message>
    <message>
        <source>At most N requests in flight per host, redirects included (default 4; 0: no limit).</source>
        <translation>Au plus N requêtes en cours par hôte, redirections comprises (4 par défaut ; 0 : pas de limite).</translation>
    </message>
    <message>
        <source>At most N requests per second per host (default: no limit).</source>
        <translation>Au plus N requêtes par seconde et par hôte (par défaut : pas de limite).</translation>
    </message>
    <message>
        <source>More redirects than N is the problem chain-too-long (default 1).</source>
        <translation>Plus de N redirections constitue le problème chain-too-long (1 par défaut).</translation>
    </message>
    <message>
        <source>Compare final URLs with expected targets without their query.</source>
        <translation>Comparer les URL finales aux cibles attendues sans leur chaîne de requête (query).</translation>
    </message>
    <message>
        <source>Compare URLs as if a trailing slash were not there.</source>
        <translation>Comparer les URL comme si la barre oblique finale n&apos;était pas là.</translation>
    </message>
    <message>
        <source>table, csv or jsonl (default: a table on a terminal, JSON Lines otherwise, CSV for -o FILE.csv).</source>
        <translation>table, csv ou jsonl (par défaut : un tableau sur un terminal, JSON Lines sinon, CSV pour -o FILE.csv).</translation>
    </message>
    <message>
        <source>Write the results to FILE (replaced when the run ends, even when interrupted).</source>
        <translation>Écrire les résultats dans FILE (remplacé à la fin de l&apos;exécution, même en cas d&apos;interruption).</translation>
    </message>
    <message>
        <source>GET (the default) or HEAD; nothing else is sent.</source>
        <translation>GET (par défaut) ou HEAD ; rien d&apos;autre n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat it for more.</source>
        <translation>Un en-tête de requête, &quot;Nom: valeur&quot; ; répétez-le pour en ajouter.</translation>
    </message>
    <message>
        <source>The User-Agent header to send.</source>
        <translation>L&apos;en-tête User-Agent à envoyer.</translation>
    </message>
    <message>
        <source>Follow at most N redirects (default 20).</source>
        <translation>Suivre au plus N redirections (20 par défaut).</translation>
    </message>
    <message>
        <source>Give up on a hop after SECONDS without data (default 30).</source>
        <translation>Abandonner une étape après SECONDS secondes sans données (30 par défaut).</translation>
    </message>
    <message>
        <source>Give up on a chain after SECONDS.</source>
        <translation>Abandonner une chaîne après SECONDS secondes.</translation>
    </message>
    <message>
        <source>Follow redirects from https to plain http (still reported as https-downgrade).</source>
        <translation>Suivre les redirections de https vers http simple (toujours signalées comme https-downgrade).</translation>
    </message>
    <message>
        <source>Accept invalid certificates.</source>
        <translation>Accepter les certificats invalides.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>« %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 of %2 sources, %3 a second</source>
        <translation>%1 sources sur %2, %3 par seconde</translation>
    </message>
    <message>
        <source>%1 sources, %2 a second</source>
        <translation>%1 sources, %2 par seconde</translation>
    </message>
    <message>
        <source>The input holds no URL to audit.</source>
        <translation>L&apos;entrée ne contient aucune URL à auditer.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>« %1 » n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Show credentials (a password in a URL, what -H, -u and the like send) instead of masking them.</source>
        <translation>Afficher les identifiants (un mot de passe dans une URL, ce qu&apos;envoient -H, -u et leurs semblables) au lieu de les masquer.</translation>
    </message>
    <message>
        <source>A file, an http or https URL, or - for standard input: a list of URLs (one a line), a redirect map (source,expected_target[,expected_status], CSV with commas or semicolons, or tab-separated) or a sitemap (.xml, .xml.gz or a sitemap index). Each source&apos;s result comes in the input&apos;s order as it finishes, then a summary. Exit status: 0 when every source matched (without expectations: ended on 2xx with no problem), 1 when any did not, 2 for bad input (nothing sent), 130 when interrupted with Ctrl+C (after the summary of what finished; a second Ctrl+C ends at once).</source>
        <translation>Un fichier, une URL http ou https, ou - pour l&apos;entrée standard : une liste d&apos;URL (une par ligne), une table de redirections (source,expected_target[,expected_status], en CSV avec des virgules ou des points-virgules, ou séparée par des tabulations) ou un sitemap (.xml, .xml.gz ou un index de sitemaps). Le résultat de chaque source arrive dans l&apos;ordre de l&apos;entrée, dès qu&apos;il est terminé, puis un résumé. Code de sortie : 0 quand chaque source est conforme (sans attentes : terminée sur un 2xx sans problème), 1 quand l&apos;une ne l&apos;est pas, 2 pour une entrée invalide (rien n&apos;est envoyé), 130 en cas d&apos;interruption par Ctrl+C (après le résumé de ce qui s&apos;est terminé ; un second Ctrl+C arrête immédiatement).</translation>
    </message>
    <message>
        <source>Give up on a hop not connected within SECONDS.</source>
        <translation>Abandonner une étape non connectée au bout de SECONDES.</translation>
    </message>
    <message>
        <source>-I sends HEAD and -X asks for GET: give one method.</source>
        <translation>-I envoie HEAD et -X demande GET : donnez une seule méthode.</translation>
    </message>
    <message>
        <source>Send HEAD, as -X HEAD (curl&apos;s -I).</source>
        <translation>Envoyer HEAD, comme -X HEAD (le -I de curl).</translation>
    </message>
    <message numerus="yes">
        <source>The output could not be written, so the run stopped after %n source(s).</source>
        <translation>
            <numerusform>La sortie n&apos;a pas pu être écrite : l&apos;exécution s&apos;est arrêtée après %n source.</numerusform>
            <numerusform>La sortie n&apos;a pas pu être écrite : l&apos;exécution s&apos;est arrêtée après %n sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditInput</name>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Le fichier « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>« %1 » est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: no network access.</source>
        <translation>%1 ne peut pas être récupéré : pas d&apos;accès au réseau.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL.</source>
        <translation>« %1 » n&apos;est pas une URL http ou https.</translation>
    </message>
    <message>
        <source>Read as a sitemap: the input is gzip-compressed.</source>
        <translation>Lu comme un sitemap : l&apos;entrée est compressée en gzip.</translation>
    </message>
    <message>
        <source>Read as a sitemap: the input is XML.</source>
        <translation>Lu comme un sitemap : l&apos;entrée est du XML.</translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a tab.</source>
        <translation>Lu comme une table de redirections : la ligne %1 a une source et une cible séparées par une tabulation.</translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a comma.</source>
        <translation>Lu comme une table de redirections : la ligne %1 a une source et une cible séparées par une virgule.</translation>
    </message>
    <message>
        <source>Read as a URL list: one URL a line.</source>
        <translation>Lu comme une liste d&apos;URL : une URL par ligne.</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes: not a URL.</source>
        <translation>La ligne dépasse %1 octets : ce n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed.</source>
        <translation>Un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text; save the file as UTF-8 (spreadsheets call it “CSV UTF-8”).</source>
        <translation>La ligne n&apos;est pas du texte UTF-8 ; enregistrez le fichier en UTF-8 (les tableurs l&apos;appellent « CSV UTF-8 »).</translation>
    </message>
    <message>
        <source>Line %1 is a header row (%2): not checked.</source>
        <translation>La ligne %1 est une ligne d&apos;en-tête (%2) : non vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>A redirect map line has a source, an expected target and optionally an expected status; this one has %n field(s).</source>
        <translation>
            <numerusform>Une ligne de table de redirections a une source, une cible attendue et éventuellement un code attendu ; celle-ci a %n champ.</numerusform>
            <numerusform>Une ligne de table de redirections a une source, une cible attendue et éventuellement un code attendu ; celle-ci a %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source URL is empty.</source>
        <translation>L&apos;URL source est vide.</translation>
    </message>
    <message>
        <source>The expected status “%1” is not a status code from 100 to 599.</source>
        <translation>Le code attendu « %1 » n&apos;est pas un code d&apos;état de 100 à 599.</translation>
    </message>
    <message>
        <source>The expected target is empty.</source>
        <translation>La cible attendue est vide.</translation>
    </message>
    <message>
        <source>The expected target “%1” is not an http or https URL, nor a path relative to the source.</source>
        <translation>La cible attendue « %1 » n&apos;est ni une URL http ou https, ni un chemin relatif à la source.</translation>
    </message>
    <message>
        <source>zlib could not be set up to read gzip.</source>
        <translation>zlib n&apos;a pas pu être initialisé pour lire le gzip.</translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation>Les données gzip sont corrompues (%1).</translation>
    </message>
    <message>
        <source>The document holds no sitemap: no &lt;urlset&gt; or &lt;sitemapindex&gt; element.</source>
        <translation>Le document ne contient aucun sitemap : pas d&apos;élément &lt;urlset&gt; ni &lt;sitemapindex&gt;.</translation>
    </message>
    <message>
        <source>The document is XML but not a sitemap: its root element is &lt;%1&gt;, not &lt;urlset&gt; or &lt;sitemapindex&gt;.</source>
        <translation>Le document est du XML mais pas un sitemap : son élément racine est &lt;%1&gt;, pas &lt;urlset&gt; ni &lt;sitemapindex&gt;.</translation>
    </message>
    <message>
        <source>The sitemap is not well-formed XML (line %1): %2</source>
        <translation>Le sitemap n&apos;est pas du XML bien formé (ligne %1) : %2</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>la lecture a échoué : %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes (unpacked): only its beginning was read.</source>
        <translation>%1 dépasse %2 octets (décompressé) : seul son début a été lu.</translation>
    </message>
    <message>
        <source>A sitemap&apos;s &lt;loc&gt; is a full http or https URL; “%1” is not.</source>
        <translation>Le &lt;loc&gt; d&apos;un sitemap est une URL http ou https complète ; « %1 » n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The sitemap %1 was not read to its end: %2</source>
        <translation>Le sitemap %1 n&apos;a pas été lu jusqu&apos;au bout : %2</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>The sitemap index %1 names “%2”, which is not an http or https URL: not read.</source>
        <translation>L&apos;index de sitemaps %1 nomme « %2 », qui n&apos;est pas une URL http ou https : non lu.</translation>
    </message>
    <message numerus="yes">
        <source>Sitemap indexes nested more than %n level(s) deep are not followed (first: %1).</source>
        <translation>
            <numerusform>Les index de sitemaps imbriqués sur plus de %n niveau ne sont pas suivis (le premier : %1).</numerusform>
            <numerusform>Les index de sitemaps imbriqués sur plus de %n niveaux ne sont pas suivis (le premier : %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sitemap index names %n sitemap(s), but nothing can be fetched here.</source>
        <translation>
            <numerusform>L&apos;index de sitemaps nomme %n sitemap, mais rien ne peut être récupéré ici.</numerusform>
            <numerusform>L&apos;index de sitemaps nomme %n sitemaps, mais rien ne peut être récupéré ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitemap(s) named by the index were not read: at most %1 sitemaps are read in one run.</source>
        <translation>
            <numerusform>%n sitemap nommé par l&apos;index n&apos;a pas été lu : au plus %1 sitemaps sont lus par exécution.</numerusform>
            <numerusform>%n sitemaps nommés par l&apos;index n&apos;ont pas été lus : au plus %1 sitemaps sont lus par exécution.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 opens a quoted field.</source>
        <translation>Lu comme une table de redirections : la ligne %1 ouvre un champ entre guillemets.</translation>
    </message>
    <message>
        <source>Read as a redirect map.</source>
        <translation>Lu comme une table de redirections.</translation>
    </message>
    <message>
        <source>The sitemap stops before its XML document is complete (cut short).</source>
        <translation>Le sitemap s&apos;arrête avant que son document XML soit complet (tronqué).</translation>
    </message>
    <message>
        <source>the gzip data stops before the end of its stream (cut short)</source>
        <translation>les données gzip s&apos;arrêtent avant la fin de leur flux (tronquées)</translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a semicolon.</source>
        <translation>Lu comme une table de redirections : la ligne %1 a une source et une cible séparées par un point-virgule.</translation>
    </message>
    <message>
        <source>Line %1 names the separator (%2): not checked.</source>
        <translation>La ligne %1 indique le séparateur (%2) : non vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n sitemap(s) named again by an index (or an index naming itself) were read once.</source>
        <translation>
            <numerusform>%n sitemap nommé de nouveau par un index (ou un index qui se nomme lui-même) a été lu une seule fois.</numerusform>
            <numerusform>%n sitemaps nommés de nouveau par un index (ou un index qui se nomme lui-même) ont été lus une seule fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditOutput</name>
    <message>
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>CHAIN</source>
        <translation>CHAÎNE</translation>
    </message>
    <message>
        <source>FINAL URL</source>
        <translation>URL FINALE</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>PROBLÈMES</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendu : %1</translation>
    </message>
    <message>
        <source>Sources: %1, matched: %2, mismatched: %3 (errors: %4), in %5 s.</source>
        <translation>Sources : %1, conformes : %2, non conformes : %3 (erreurs : %4), en %5 s.</translation>
    </message>
    <message>
        <source>Interrupted: the summary counts the sources that finished.</source>
        <translation>Interrompu : le résumé compte les sources qui se sont terminées.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>A list, a redirect map (CSV or TSV) or a sitemap (.xml, .xml.gz)</source>
        <translation>Une liste, une table de redirections (CSV ou TSV) ou un sitemap (.xml, .xml.gz)</translation>
    </message>
    <message>
        <source>File to audit</source>
        <translation>Fichier à auditer</translation>
    </message>
    <message>
        <source>A list of URLs, a redirect map (CSV or TSV) or a sitemap (.xml, .xml.gz)</source>
        <translation>Une liste d&apos;URL, une table de redirections (CSV ou TSV) ou un sitemap (.xml, .xml.gz)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Paste &amp;map or list</source>
        <translation>Coller une ta&amp;ble ou une liste</translation>
    </message>
    <message>
        <source>One URL per line, or source,expected_target[,expected_status] per line</source>
        <translation>Une URL par ligne, ou source,expected_target[,expected_status] par ligne</translation>
    </message>
    <message>
        <source>Pasted list or map</source>
        <translation>Liste ou table collée</translation>
    </message>
    <message>
        <source>One URL per line, or source,expected_target[,expected_status] per line; Ctrl+Enter starts</source>
        <translation>Une URL par ligne, ou source,expected_target[,expected_status] par ligne ; Ctrl+Entrée lance l&apos;audit</translation>
    </message>
    <message>
        <source>https://example.com/sitemap.xml</source>
        <translation>https://example.com/sitemap.xml</translation>
    </message>
    <message>
        <source>Sitemap URL</source>
        <translation>URL du sitemap</translation>
    </message>
    <message>
        <source>The address of a sitemap, a sitemap index, a list or a map</source>
        <translation>L&apos;adresse d&apos;un sitemap, d&apos;un index de sitemaps, d&apos;une liste ou d&apos;une table</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Kind of input</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <source>How the input is read: guessed from its first lines, or as chosen</source>
        <translation>Comment l&apos;entrée est lue : d&apos;après ses premières lignes, ou comme choisi</translation>
    </message>
    <message>
        <source>Ignore &amp;query</source>
        <translation>Ignorer la chaîne de re&amp;quête</translation>
    </message>
    <message>
        <source>The final URL matches the expected target whatever their queries</source>
        <translation>L&apos;URL finale correspond à la cible attendue quelles que soient leurs chaînes de requête</translation>
    </message>
    <message>
        <source>I&amp;gnore trailing slash</source>
        <translation>I&amp;gnorer la barre oblique finale</translation>
    </message>
    <message>
        <source>“/a/” and “/a” match</source>
        <translation>« /a/ » et « /a » correspondent</translation>
    </message>
    <message>
        <source>HEAD requests onl&amp;y</source>
        <translation>Requêtes &amp;HEAD uniquement</translation>
    </message>
    <message>
        <source>Send HEAD instead of GET: nothing but HEAD is sent</source>
        <translation>Envoyer HEAD au lieu de GET : rien d&apos;autre que HEAD n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Chains at &amp;once:</source>
        <translation>Chaînes &amp;simultanées :</translation>
    </message>
    <message>
        <source>How many chains run at the same time</source>
        <translation>Combien de chaînes s&apos;exécutent en même temps</translation>
    </message>
    <message>
        <source>Chains at once</source>
        <translation>Chaînes simultanées</translation>
    </message>
    <message>
        <source>&amp;At most per host:</source>
        <translation>Au plus par hô&amp;te :</translation>
    </message>
    <message>
        <source>Requests in flight per host at most, redirects included; 0: no limit</source>
        <translation>Requêtes en cours par hôte au plus, redirections comprises ; 0 : pas de limite</translation>
    </message>
    <message>
        <source>At most per host</source>
        <translation>Au plus par hôte</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>pas de limite</translation>
    </message>
    <message>
        <source>Rate per host:</source>
        <translation>Débit par hôte :</translation>
    </message>
    <message>
        <source>Requests started per second per host at most; 0: no limit</source>
        <translation>Requêtes lancées par seconde et par hôte au plus ; 0 : pas de limite</translation>
    </message>
    <message>
        <source>Rate per host</source>
        <translation>Débit par hôte</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Max &amp;chain:</source>
        <translation>Chaîne &amp;max. :</translation>
    </message>
    <message>
        <source>More redirects followed than this is the problem chain-too-long</source>
        <translation>Suivre plus de redirections que ce nombre constitue le problème chain-too-long</translation>
    </message>
    <message>
        <source>Max chain</source>
        <translation>Chaîne max.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Start the audit (Ctrl+Enter)</source>
        <translation>Lancer l&apos;audit (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop the run; the rows that finished stay (Esc)</source>
        <translation>Arrêter l&apos;exécution ; les lignes terminées restent (Échap)</translation>
    </message>
    <message>
        <source>Run again only the rows with a problem</source>
        <translation>Relancer uniquement les lignes qui ont un problème</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Progression de l&apos;audit</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Voir :</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>Lignes à afficher</translation>
    </message>
    <message>
        <source>All rows, the rows with a problem, or the rows with one problem id</source>
        <translation>Toutes les lignes, les lignes avec un problème, ou les lignes avec un identifiant de problème donné</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>Filtre d&apos;hôte</translation>
    </message>
    <message>
        <source>Only the rows whose source is on this host</source>
        <translation>Seulement les lignes dont la source est sur cet hôte</translation>
    </message>
    <message>
        <source>Final status filter</source>
        <translation>Filtre du code final</translation>
    </message>
    <message>
        <source>Only the rows whose chain ended with a status of this class, or without a response</source>
        <translation>Seulement les lignes dont la chaîne s&apos;est terminée sur un code de cette classe, ou sans réponse</translation>
    </message>
    <message>
        <source>Search sources and URLs</source>
        <translation>Rechercher dans les sources et les URL</translation>
    </message>
    <message>
        <source>Only the rows whose source, final URL or expected target contains the text</source>
        <translation>Seulement les lignes dont la source, l&apos;URL finale ou la cible attendue contient le texte</translation>
    </message>
    <message>
        <source>Audit rows</source>
        <translation>Lignes de l&apos;audit</translation>
    </message>
    <message>
        <source>One row per source in input order; the selected row’s chain is shown beside or below</source>
        <translation>Une ligne par source, dans l&apos;ordre de l&apos;entrée ; la chaîne de la ligne choisie est affichée à côté ou en dessous</translation>
    </message>
    <message>
        <source>Search URLs</source>
        <translation>Rechercher dans les URL</translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation>Fic&amp;hier</translation>
    </message>
    <message>
        <source>Sitem&amp;ap URL</source>
        <translation>URL du si&amp;temap</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>Ré&amp;glages</translation>
    </message>
    <message>
        <source>How the chains are checked and how fast they are sent</source>
        <translation>Comment les chaînes sont vérifiées et à quel rythme elles sont envoyées</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Re-run failed</source>
        <translation>Re&amp;jouer les échecs</translation>
    </message>
    <message>
        <source>Final status:</source>
        <translation>Statut final :</translation>
    </message>
</context>
<context>
    <name>AuthChallenge</name>
    <message>
        <source>the field stops following the challenge grammar at character %1 (“%2”)</source>
        <translation>le champ ne suit plus la grammaire du défi à partir du caractère %1 (« %2 »)</translation>
    </message>
</context>
<context>
    <name>AuthResponder</name>
    <message>
        <source>%1 (realm “%2”)</source>
        <translation>%1 (realm « %2 »)</translation>
    </message>
    <message>
        <source>The Bearer token is empty.</source>
        <translation>Le jeton Bearer est vide.</translation>
    </message>
    <message>
        <source>The Bearer token holds a control character (a line break?), which cannot go into a header field.</source>
        <translation>Le jeton Bearer contient un caractère de contrôle (un saut de ligne ?), qui ne peut pas figurer dans un champ d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The user name “%1” holds a colon, which Basic cannot carry (RFC 7617 §2).</source>
        <translation>Le nom d&apos;utilisateur « %1 » contient un deux-points, que Basic ne peut pas transmettre (RFC 7617 §2).</translation>
    </message>
    <message>
        <source>-u with --basic answers Basic only</source>
        <translation>-u avec --basic ne répond qu&apos;à Basic</translation>
    </message>
    <message>
        <source>--digest answers Digest only</source>
        <translation>--digest ne répond qu&apos;à Digest</translation>
    </message>
    <message>
        <source>--anyauth answers Basic and Digest</source>
        <translation>--anyauth répond à Basic et à Digest</translation>
    </message>
    <message>
        <source>--oauth2-bearer sends a Bearer token only</source>
        <translation>--oauth2-bearer n&apos;envoie qu&apos;un jeton Bearer</translation>
    </message>
    <message>
        <source>The credentials given were not sent: %1 is another origin than the one typed (%2). They stay off for the rest of the chain.</source>
        <translation>Les identifiants donnés n&apos;ont pas été envoyés : %1 est une autre origine que celle saisie (%2). Ils ne sont plus envoyés pour le reste de la chaîne.</translation>
    </message>
    <message>
        <source>Digest sent ahead for user %1 with the nonce from hop %2&apos;s 401 (nonce count %3).</source>
        <translation>Digest envoyé d&apos;avance pour l&apos;utilisateur %1 avec le nonce du 401 de l&apos;étape %2 (compteur de nonce %3).</translation>
    </message>
    <message>
        <source>%1 credentials went over plain http; the server is on this machine, so they did not cross a network, but anywhere else they would be readable on the way.</source>
        <translation>Les identifiants %1 sont passés en http simple ; le serveur est sur cette machine, ils n&apos;ont donc traversé aucun réseau, mais partout ailleurs ils seraient lisibles en chemin.</translation>
    </message>
    <message>
        <source>%1 credentials went over plain http: anyone on the way can read them. Use https.</source>
        <translation>Les identifiants %1 sont passés en http simple : n&apos;importe qui sur le trajet peut les lire. Utilisez https.</translation>
    </message>
    <message>
        <source>The 401 said the nonce had expired (stale=true), not that the credentials were wrong; answered again with its new nonce, user %1.</source>
        <translation>Le 401 indiquait que le nonce avait expiré (stale=true), et non que les identifiants étaient faux ; nouvelle réponse avec son nouveau nonce, utilisateur %1.</translation>
    </message>
    <message>
        <source>The server refused the %1 credentials: 401 again. They are not sent a second time.</source>
        <translation>Le serveur a refusé les identifiants %1 : de nouveau 401. Ils ne sont pas envoyés une deuxième fois.</translation>
    </message>
    <message>
        <source>The server refused the %1 credentials for user %2: 401 again. They are not sent a second time.</source>
        <translation>Le serveur a refusé les identifiants %1 de l&apos;utilisateur %2 : de nouveau 401. Ils ne sont pas envoyés une deuxième fois.</translation>
    </message>
    <message>
        <source>It asks for %1 (%2).</source>
        <translation>Il demande %1 (%2).</translation>
    </message>
    <message>
        <source>Bearer error: %1.</source>
        <translation>Erreur Bearer : %1.</translation>
    </message>
    <message>
        <source>The 401 asked for Digest; answered with user %1 (%2, realm “%3”).</source>
        <translation>Le 401 demandait Digest ; réponse avec l&apos;utilisateur %1 (%2, realm « %3 »).</translation>
    </message>
    <message>
        <source>The 401 asked for Basic; answered with user %1.</source>
        <translation>Le 401 demandait Basic ; réponse avec l&apos;utilisateur %1.</translation>
    </message>
    <message>
        <source>The 401 names no scheme to answer (no WWW-Authenticate), so the credentials were not sent.</source>
        <translation>Le 401 ne nomme aucun schéma auquel répondre (pas de WWW-Authenticate), les identifiants n&apos;ont donc pas été envoyés.</translation>
    </message>
    <message>
        <source>The 401 asks for %1, which %2: the credentials were not sent.</source>
        <translation>Le 401 demande %1, mais %2 : les identifiants n&apos;ont pas été envoyés.</translation>
    </message>
    <message>
        <source>Digest could not be answered: %1.</source>
        <translation>Impossible de répondre au défi Digest : %1.</translation>
    </message>
    <message>
        <source>WWW-Authenticate was read only in part: %1.</source>
        <translation>WWW-Authenticate n&apos;a été lu qu&apos;en partie : %1.</translation>
    </message>
</context>
<context>
    <name>BodyChecks</name>
    <message>
        <source>Both Transfer-Encoding (%1) and Content-Length (%2) were sent. The length was ignored, as HTTP/1.1 requires, but anything on the way that reads it instead ends the body elsewhere: the way requests are smuggled.</source>
        <translation>Transfer-Encoding (%1) et Content-Length (%2) ont été envoyés tous les deux. La longueur a été ignorée, comme l&apos;exige HTTP/1.1, mais tout intermédiaire qui la lit à la place fait finir le corps ailleurs : c&apos;est ainsi que l&apos;on fait passer des requêtes en contrebande (request smuggling).</translation>
    </message>
    <message>
        <source>Content-Length came with different values (%1): where the body ends is ambiguous. Qt 6.4 went by the first, so the body shown may be cut or run into what follows.</source>
        <translation>Content-Length est arrivé avec des valeurs différentes (%1) : la fin du corps est ambiguë. Qt 6.4 s&apos;est fié à la première, si bien que le corps affiché peut être coupé ou déborder sur ce qui suit.</translation>
    </message>
    <message>
        <source>The Content-Length “%1” is not a number of bytes: where the body ends is unknown, and Qt 6.4 read until the connection closed.</source>
        <translation>Le Content-Length « %1 » n&apos;est pas un nombre d&apos;octets : la fin du corps est inconnue, et Qt 6.4 a lu jusqu&apos;à la fermeture de la connexion.</translation>
    </message>
    <message>
        <source>The transfer coding %1 was not undone: the body is shown as it arrived, after chunked framing was removed.</source>
        <translation>Le codage de transfert %1 n&apos;a pas été décodé : le corps est affiché tel qu&apos;il est arrivé, une fois le découpage chunked retiré.</translation>
    </message>
    <message>
        <source>The body is shown as received: “%1” is not a content coding StatusScope undoes (it undoes gzip and deflate). Content-Encoding: %2.</source>
        <translation>Le corps est affiché tel que reçu : « %1 » n&apos;est pas un codage de contenu que StatusScope décode (il décode gzip et deflate). Content-Encoding: %2.</translation>
    </message>
    <message>
        <source>The %1 body was decoded: %2 bytes on the wire became %3.</source>
        <translation>Le corps %1 a été décodé : %2 octets reçus sur le réseau sont devenus %3.</translation>
    </message>
    <message>
        <source>The %1 body could not be decoded: %2. %3 bytes arrived and %4 were decoded; the body shown is only that part.</source>
        <translation>Le corps %1 n&apos;a pas pu être décodé : %2. %3 octets sont arrivés et %4 ont été décodés ; le corps affiché n&apos;est que cette partie.</translation>
    </message>
    <message>
        <source>The body is shown as received, %1-coded, because Accept-Encoding was typed.</source>
        <translation>Le corps est affiché tel que reçu, codé en %1, car Accept-Encoding a été saisi.</translation>
    </message>
</context>
<context>
    <name>BodyDecoder</name>
    <message>
        <source>the %1 decoder could not start</source>
        <translation>le décodeur %1 n&apos;a pas pu démarrer</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the %1 data</source>
        <translation>
            <numerusform>%n octet suit la fin des données %1</numerusform>
            <numerusform>%n octets suivent la fin des données %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 data is corrupt</source>
        <translation>les données %1 sont corrompues</translation>
    </message>
    <message>
        <source>the %1 data is corrupt (%2)</source>
        <translation>les données %1 sont corrompues (%2)</translation>
    </message>
    <message>
        <source>the %1 data stops before its end</source>
        <translation>les données %1 s&apos;arrêtent avant leur fin</translation>
    </message>
</context>
<context>
    <name>BodyFile</name>
    <message>
        <source>The body file “%1” is larger than %2 MiB, the most a request body may be.</source>
        <translation>Le fichier de corps « %1 » dépasse %2 Mio, le maximum pour le corps d&apos;une requête.</translation>
    </message>
    <message>
        <source>The body file “%1” cannot be read: %2</source>
        <translation>Le fichier de corps « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The body file “%1” no longer exists.</source>
        <translation>Le fichier de corps « %1 » n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a folder, a pipe or a device); the console sends the contents of regular files only.</source>
        <translation>« %1 » n&apos;est pas un fichier ordinaire (un dossier, un tube ou un périphérique) ; la console n&apos;envoie que le contenu de fichiers ordinaires.</translation>
    </message>
    <message>
        <source>The body file “%1” cannot be read: permission denied.</source>
        <translation>Le fichier de corps « %1 » ne peut pas être lu : accès refusé.</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>statusscope: the catalogue could not be loaded: %1</source>
        <translation>statusscope : le catalogue n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation> (obsolète)</translation>
    </message>
    <message>
        <source>IANA registry:</source>
        <translation>Registre IANA :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>Aussi appelé :</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>Cacheable by default:</source>
        <translation>Mis en cache par défaut :</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>Redirection :</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Apparentés :</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>The status code, for example 404 or 000.</source>
        <translation>Le code d&apos;état, par exemple 404 ou 000.</translation>
    </message>
    <message>
        <source>statusscope explain: give exactly one status code, for example &quot;statusscope explain 404&quot;.</source>
        <translation>statusscope explain : indiquez exactement un code d&apos;état, par exemple « statusscope explain 404 ».</translation>
    </message>
    <message>
        <source>statusscope explain: &quot;%1&quot; is not a status code; a status code is a number such as 404.</source>
        <translation>statusscope explain : « %1 » n&apos;est pas un code d&apos;état ; un code d&apos;état est un nombre comme 404.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>By its number it belongs to %1 (%2): %3</source>
        <translation>Par son numéro, il appartient à %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Only codes of CLASS: 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation>Seulement les codes de la classe CLASS : 1xx, 2xx, 3xx, 4xx, 5xx ou other.</translation>
    </message>
    <message>
        <source>Only codes of ORIGIN: standard, webdav, experimental, historical, vendor or unofficial.</source>
        <translation>Seulement les codes de l&apos;origine ORIGIN : standard, webdav, experimental, historical, vendor ou unofficial.</translation>
    </message>
    <message>
        <source>statusscope codes: unexpected argument &quot;%1&quot;; filters are given with --class, --origin and --search.</source>
        <translation>statusscope codes : argument inattendu « %1 » ; les filtres se donnent avec --class, --origin et --search.</translation>
    </message>
    <message>
        <source>statusscope codes: &quot;%1&quot; is not a class; use 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation>statusscope codes : « %1 » n&apos;est pas une classe ; utilisez 1xx, 2xx, 3xx, 4xx, 5xx ou other.</translation>
    </message>
    <message>
        <source>statusscope codes: &quot;%1&quot; is not an origin; use one of %2.</source>
        <translation>statusscope codes : « %1 » n&apos;est pas une origine ; utilisez l&apos;une de %2.</translation>
    </message>
    <message>
        <source>No catalogue entry matches these filters.</source>
        <translation>Aucune entrée du catalogue ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>INTITULÉ</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>CLASSE</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n meanings.</source>
        <translation>
            <numerusform>%1 a %n signification.</numerusform>
            <numerusform>%1 a %n significations.</numerusform>
        </translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>aussi %1</translation>
    </message>
    <message>
        <source>In code:</source>
        <translation>Dans le code :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Widely repeated, no primary source: %1</source>
        <translation>Largement repris, sans source primaire : %1</translation>
    </message>
    <message>
        <source>Some of these texts are not translated yet and are shown in English.</source>
        <translation>Certains de ces textes ne sont pas encore traduits et sont affichés en anglais.</translation>
    </message>
    <message>
        <source>statusscope %1: &quot;%2&quot; is not a catalogue language; use one of %3.</source>
        <translation>statusscope %1 : « %2 » n&apos;est pas une langue du catalogue ; utilisez l&apos;une de celles-ci : %3.</translation>
    </message>
    <message>
        <source>Texts in LANG (en, de, fr or es) instead of the environment&apos;s language.</source>
        <translation>Textes en LANG (en, de, fr ou es) au lieu de la langue de l&apos;environnement.</translation>
    </message>
    <message>
        <source>Only codes matching TEXT, in English or in the catalogue&apos;s language (--lang), as in the window&apos;s search field.</source>
        <translation>Seulement les codes qui correspondent à TEXT, en anglais ou dans la langue du catalogue (--lang), comme dans le champ de recherche de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>CatalogueError</name>
    <message>
        <source>: entry %1 (code %2)</source>
        <translation> : entrée %1 (code %2)</translation>
    </message>
    <message>
        <source>: entry %1</source>
        <translation> : entrée %1</translation>
    </message>
    <message>
        <source>, field &quot;%1&quot;</source>
        <translation>, champ « %1 »</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>is damaged or from another build</source>
        <translation>est endommagé ou provient d’une autre compilation</translation>
    </message>
    <message>
        <source>is not built into this program</source>
        <translation>n’est pas intégré à ce programme</translation>
    </message>
    <message>
        <source>is larger than 16 MiB, which no catalogue needs; is it the right file?</source>
        <translation>dépasse 16 Mio, ce qu&apos;aucun catalogue ne nécessite ; est-ce bien le bon fichier ?</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Search codes, reasons and descriptions (Ctrl+F)</source>
        <translation>Rechercher codes, intitulés et descriptions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtre de classe</translation>
    </message>
    <message>
        <source>Origin filter</source>
        <translation>Filtre d&apos;origine</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Nombre de codes trouvés</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>Codes d&apos;état</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>Effacer &amp;la recherche et les filtres</translation>
    </message>
    <message>
        <source>Status code details</source>
        <translation>Détails du code d&apos;état</translation>
    </message>
    <message>
        <source>Shows only the codes of one class, such as 4xx client errors.</source>
        <translation>N&apos;affiche que les codes d&apos;une classe, comme les erreurs client 4xx.</translation>
    </message>
    <message>
        <source>Shows only the codes of one origin: standard, WebDAV, experimental, historical, vendor or unofficial.</source>
        <translation>N&apos;affiche que les codes d&apos;une origine : standard, WebDAV, expérimental, historique, éditeur ou non officiel.</translation>
    </message>
    <message>
        <source>The matching status codes with their reason and origin; the selected one is explained beside the list.</source>
        <translation>Les codes d&apos;état trouvés avec leur intitulé et leur origine ; celui choisi est expliqué à côté de la liste.</translation>
    </message>
    <message>
        <source>The meaning, class, origin, registry status, headers and specification of the selected status code.</source>
        <translation>La signification, la classe, l&apos;origine, l&apos;état au registre, les en-têtes et la spécification du code d&apos;état choisi.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Type a code such as 404, a class such as 4xx, words from a reason or description, or a name from code such as StatusTeapot.</source>
        <translation>Saisissez un code comme 404, une classe comme 4xx, des mots d&apos;un intitulé ou d&apos;une description, ou un nom utilisé dans le code comme StatusTeapot.</translation>
    </message>
</context>
<context>
    <name>CatalogueParser</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation>doit valoir %1, la version de format que ce programme lit</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>doit être un tableau non vide</translation>
    </message>
    <message>
        <source>must be an object with a description for each class</source>
        <translation>doit être un objet avec une description pour chaque classe</translation>
    </message>
    <message>
        <source>every class needs a description</source>
        <translation>chaque classe a besoin d&apos;une description</translation>
    </message>
    <message>
        <source>is not a status class</source>
        <translation>n&apos;est pas une classe d&apos;état</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>n&apos;est pas un champ connu (une faute de frappe ?)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>must contain only non-empty strings</source>
        <translation>ne doit contenir que des chaînes non vides</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>doit être un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <source>must be the code written with digits only</source>
        <translation>doit être le code écrit uniquement avec des chiffres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>« %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header field name</source>
        <translation>« %1 » n&apos;est pas un nom de champ d&apos;en-tête valide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be an array of codes</source>
        <translation>doit être un tableau de codes</translation>
    </message>
    <message>
        <source>must contain only whole numbers</source>
        <translation>ne doit contenir que des nombres entiers</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must contain only objects</source>
        <translation>ne doit contenir que des objets</translation>
    </message>
    <message>
        <source>must be a positive RFC number, without a url</source>
        <translation>doit être un numéro de RFC positif, sans url</translation>
    </message>
    <message>
        <source>a reference needs an rfc number or a title</source>
        <translation>une référence a besoin d&apos;un numéro de RFC ou d&apos;un titre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) link</source>
        <translation>« %1 » n&apos;est pas un lien http(s)</translation>
    </message>
    <message>
        <source>only 3xx codes have redirect semantics</source>
        <translation>seuls les codes 3xx ont une sémantique de redirection</translation>
    </message>
    <message>
        <source>must be kept, may_change, becomes_get or not_followed</source>
        <translation>doit valoir kept, may_change, becomes_get ou not_followed</translation>
    </message>
    <message>
        <source>must be the registry&apos;s reason phrase</source>
        <translation>doit être l&apos;intitulé du registre</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>code %1 from &quot;%2&quot; is already in the catalogue</source>
        <translation>le code %1 de « %2 » est déjà dans le catalogue</translation>
    </message>
    <message>
        <source>an entry defined by a specification must cite it</source>
        <translation>une entrée définie par une spécification doit la citer</translation>
    </message>
    <message>
        <source>a registered code must cite its specification</source>
        <translation>un code enregistré doit citer sa spécification</translation>
    </message>
    <message>
        <source>an entry cannot be related to its own code</source>
        <translation>une entrée ne peut pas être apparentée à son propre code</translation>
    </message>
    <message>
        <source>code %1 is not in the catalogue</source>
        <translation>le code %1 n&apos;est pas dans le catalogue</translation>
    </message>
    <message>
        <source>must be an array of {&quot;title&quot;, &quot;url&quot;} objects</source>
        <translation>doit être un tableau d&apos;objets {&quot;title&quot;, &quot;url&quot;}</translation>
    </message>
    <message>
        <source>must contain only {&quot;title&quot;, &quot;url&quot;} objects</source>
        <translation>ne doit contenir que des objets {&quot;title&quot;, &quot;url&quot;}</translation>
    </message>
    <message>
        <source>every source needs a title</source>
        <translation>chaque source a besoin d&apos;un titre</translation>
    </message>
    <message>
        <source>a vendor or unofficial entry must name at least one source (the vendor&apos;s documentation or source file) where its meaning can be checked</source>
        <translation>une entrée éditeur ou non officielle doit nommer au moins une source (la documentation ou un fichier source de l&apos;éditeur) où sa signification peut être vérifiée</translation>
    </message>
</context>
<context>
    <name>CatalogueTranslationParser</name>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>n&apos;est pas un champ connu (une faute de frappe ?)</translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation>doit valoir %1, la version de format que ce programme lit</translation>
    </message>
    <message>
        <source>must be the language&apos;s two-letter code, such as &quot;de&quot; (not &quot;en&quot;)</source>
        <translation>doit être le code à deux lettres de la langue, comme &quot;de&quot; (pas &quot;en&quot;)</translation>
    </message>
    <message>
        <source>must be an object with a text for each class</source>
        <translation>doit être un objet avec un texte pour chaque classe</translation>
    </message>
    <message>
        <source>is not a status class</source>
        <translation>n&apos;est pas une classe d&apos;état</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be an object: {&quot;text&quot;: …, &quot;from&quot;: …}</source>
        <translation>doit être un objet : {&quot;text&quot;: …, &quot;from&quot;: …}</translation>
    </message>
    <message>
        <source>must be a non-empty string (leave out a field not yet translated)</source>
        <translation>doit être une chaîne non vide (omettez un champ pas encore traduit)</translation>
    </message>
    <message>
        <source>must be the %1 hex digits of the English text&apos;s hash</source>
        <translation>doit être les %1 chiffres hexadécimaux de l&apos;empreinte du texte anglais</translation>
    </message>
    <message>
        <source>is missing: run &quot;./dev catalogue-translations --stamp LANG&quot; after writing a text</source>
        <translation>est absent : exécutez « ./dev catalogue-translations --stamp LANG » après avoir écrit un texte</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must name the English entry as &quot;CODE REASON · ORIGIN&quot;, for example &quot;499 Client Closed Request · nginx&quot;</source>
        <translation>doit nommer l&apos;entrée anglaise sous la forme &quot;CODE REASON · ORIGIN&quot;, par exemple &quot;499 Client Closed Request · nginx&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>doit tenir sur une seule ligne</translation>
    </message>
</context>
<context>
    <name>ChainPrinter</name>
    <message>
        <source>not catalogued</source>
        <translation>hors catalogue</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Location : %1</translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>reused connection</source>
        <translation>connexion réutilisée</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>connexion %1</translation>
    </message>
    <message>
        <source>tls %1</source>
        <translation>tls %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyé %1</translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation>en-têtes %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêtée : %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s), %1 ms, final %2, %3</source>
        <translation>
            <numerusform>%n étape, %1 ms, finale %2, %3</numerusform>
            <numerusform>%n étapes, %1 ms, finale %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 ms (%2)</source>
        <translation>%1 ms (%2)</translation>
    </message>
    <message>
        <source>%1, body %2</source>
        <translation>%1, corps %2</translation>
    </message>
    <message>
        <source>via proxy %1</source>
        <translation>via le proxy %1</translation>
    </message>
    <message>
        <source>via proxy %1 as %2</source>
        <translation>via le proxy %1 en tant que %2</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation>%1, utilisateur %2</translation>
    </message>
    <message>
        <source>credentials %1, answering hop %2</source>
        <translation>identifiants %1, en réponse à l&apos;étape %2</translation>
    </message>
    <message>
        <source>credentials %1</source>
        <translation>identifiants %1</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>certificat client %1</translation>
    </message>
</context>
<context>
    <name>ChainRecord</name>
    <message>
        <source>unknown warning severity “%1”</source>
        <translation>gravité d&apos;avertissement inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown outcome “%1”</source>
        <translation>résultat inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown stop reason “%1”</source>
        <translation>motif d&apos;arrêt inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown error kind “%1”</source>
        <translation>type d&apos;erreur inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Certificate exception</source>
        <translation>Exception de certificat</translation>
    </message>
    <message>
        <source>Why the chain ended</source>
        <translation>Pourquoi la chaîne s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Redirect chain</source>
        <translation>Chaîne de redirections</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>What this response means</source>
        <translation>Ce que signifie cette réponse</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de réponse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation>La requête telle qu&apos;envoyée</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Save full body…</source>
        <translation>Enregistrer le corps complet…</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Timing phases of the selected hop</source>
        <translation>Phases de temps de l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>TLS details of the selected hop</source>
        <translation>Détails TLS de l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>One row per hop: method, URL, status, reason, time and checks. Enter or a double click opens the code in the catalogue.</source>
        <translation>Une ligne par étape : méthode, URL, code, intitulé, durée et vérifications. Entrée ou un double-clic ouvre le code dans le catalogue.</translation>
    </message>
    <message>
        <source>What the status of the selected hop means, from the catalogue, and every check on this response.</source>
        <translation>Ce que signifie le code d&apos;état de l&apos;étape choisie, d&apos;après le catalogue, et chaque vérification de cette réponse.</translation>
    </message>
    <message>
        <source>Every header of the selected response, one per row; known ones are explained in their tool tip.</source>
        <translation>Chaque en-tête de la réponse choisie, un par ligne ; les en-têtes connus sont expliqués dans leur info-bulle.</translation>
    </message>
    <message>
        <source>The method, URL, headers and body this hop sent, with what changed since the previous hop highlighted.</source>
        <translation>La méthode, l&apos;URL, les en-têtes et le corps envoyés par cette étape ; ce qui a changé depuis l&apos;étape précédente est mis en évidence.</translation>
    </message>
    <message>
        <source>The response body of the selected hop: JSON and XML indented, binary shown as hex.</source>
        <translation>Le corps de la réponse de l&apos;étape choisie : JSON et XML indentés, binaire affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>When each phase of the selected hop ended, counted from its start, in milliseconds.</source>
        <translation>La fin de chaque phase de l&apos;étape choisie, comptée depuis son début, en millisecondes.</translation>
    </message>
    <message>
        <source>The protocol, cipher and certificate chain of the selected hop, with any certificate problems.</source>
        <translation>Le protocole, le chiffrement et la chaîne de certificats de l&apos;étape choisie, avec les éventuels problèmes de certificat.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copier tout</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>Copier &amp;la sélection</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>--%1 needs a positive number, not “%2”.</source>
        <translation>--%1 attend un nombre positif, pas « %2 ».</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not “%3”.</source>
        <translation>--%1 attend un nombre entier d&apos;au moins %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>Give a URL to check, for example “statusscope check https://example.org/”.</source>
        <translation>Indiquez une URL à vérifier, par exemple « statusscope check https://example.org/ ».</translation>
    </message>
    <message>
        <source>The method (default GET, or POST with --data).</source>
        <translation>La méthode (GET par défaut, ou POST avec --data).</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat it for more.</source>
        <translation>Un en-tête de requête, &quot;Nom: valeur&quot; ; répétez-le pour en ajouter.</translation>
    </message>
    <message>
        <source>Do not follow redirects.</source>
        <translation>Ne pas suivre les redirections.</translation>
    </message>
    <message>
        <source>Follow at most N redirects (default 20).</source>
        <translation>Suivre au plus N redirections (20 par défaut).</translation>
    </message>
    <message>
        <source>Give up on a hop after SECONDS without data (default 30).</source>
        <translation>Abandonner une étape après SECONDS secondes sans données (30 par défaut).</translation>
    </message>
    <message>
        <source>Give up on the whole chain after SECONDS.</source>
        <translation>Abandonner toute la chaîne après SECONDS secondes.</translation>
    </message>
    <message>
        <source>Read at most BYTES of each body (default 67108864).</source>
        <translation>Lire au plus BYTES octets de chaque corps (67108864 par défaut).</translation>
    </message>
    <message>
        <source>Follow redirects from https to plain http.</source>
        <translation>Suivre les redirections de https vers http simple.</translation>
    </message>
    <message>
        <source>Accept an invalid certificate from the host of the URL given.</source>
        <translation>Accepter un certificat invalide de l&apos;hôte de l&apos;URL donnée.</translation>
    </message>
    <message>
        <source>Print JSON: one document, or one line per chain for several URLs.</source>
        <translation>Afficher du JSON : un document, ou une ligne par chaîne pour plusieurs URL.</translation>
    </message>
    <message>
        <source>Exit with 4 or 5 when the final status is 4xx or 5xx.</source>
        <translation>Quitter avec 4 ou 5 quand l&apos;état final est 4xx ou 5xx.</translation>
    </message>
    <message>
        <source>Check up to N URLs at once (default 8).</source>
        <translation>Vérifier jusqu&apos;à N URL à la fois (8 par défaut).</translation>
    </message>
    <message>
        <source>Show credentials (Authorization, cookies) instead of masking them.</source>
        <translation>Afficher les identifiants (Authorization, cookies) au lieu de les masquer.</translation>
    </message>
    <message>
        <source>Give up on a hop moving fewer than BYTES per second over --speed-time (default 1).</source>
        <translation>Abandonner une étape qui transfère moins de BYTES par seconde sur --speed-time (par défaut 1).</translation>
    </message>
    <message>
        <source>The window --speed-limit is measured over (default 30).</source>
        <translation>La durée sur laquelle --speed-limit est mesuré (par défaut 30).</translation>
    </message>
    <message>
        <source>A request body, or @FILE to read it from a file (at most 64 MiB).</source>
        <translation>Un corps de requête, ou @FILE pour le lire depuis un fichier (64 Mio au plus).</translation>
    </message>
    <message>
        <source>Read URLs from FILE, one per line of at most 8 KiB (- for standard input); lines are read as chains finish, results are JSON Lines with --json.</source>
        <translation>Lire les URL depuis FILE, une par ligne de 8 Kio au plus (- pour l&apos;entrée standard) ; les lignes sont lues à mesure que les chaînes se terminent, les résultats sont en JSON Lines avec --json.</translation>
    </message>
    <message>
        <source>Also write the chains as a HAR 1.2 file (credentials masked unless --show-secrets); a file is replaced when done, a pipe is appended to; - writes it instead of the report.</source>
        <translation>Écrire aussi les chaînes dans un fichier HAR 1.2 (identifiants masqués sauf avec --show-secrets) ; un fichier est remplacé à la fin, un tube reçoit les données à la suite ; - l&apos;écrit à la place du rapport.</translation>
    </message>
    <message>
        <source>One or more http or https URLs; without a scheme, http:// is added (localhost:8080/x).</source>
        <translation>Une ou plusieurs URL http ou https ; sans schéma, http:// est ajouté (localhost:8080/x).</translation>
    </message>
    <message>
        <source>Credentials for the server of the URL given, USER:PASSWORD (split at the first colon); never sent to another origin. Basic unless --digest or --anyauth.</source>
        <translation>Les identifiants pour le serveur de l&apos;URL donnée, USER:PASSWORD (coupés au premier deux-points) ; jamais envoyés à une autre origine. Basic sauf avec --digest ou --anyauth.</translation>
    </message>
    <message>
        <source>Send -u&apos;s credentials as Basic with the first request (the default).</source>
        <translation>Envoyer les identifiants de -u en Basic avec la première requête (par défaut).</translation>
    </message>
    <message>
        <source>Answer the server&apos;s Digest challenge with -u&apos;s credentials (MD5, SHA-256, qop=auth).</source>
        <translation>Répondre au défi Digest du serveur avec les identifiants de -u (MD5, SHA-256, qop=auth).</translation>
    </message>
    <message>
        <source>Wait for the 401 and answer the strongest scheme it offers: Digest, then Basic.</source>
        <translation>Attendre le 401 et répondre au schéma le plus fort qu&apos;il propose : Digest, puis Basic.</translation>
    </message>
    <message>
        <source>Send &quot;Authorization: Bearer TOKEN&quot; with the first request.</source>
        <translation>Envoyer &quot;Authorization: Bearer TOKEN&quot; avec la première requête.</translation>
    </message>
    <message>
        <source>%1 cannot be used together: choose one.</source>
        <translation>%1 ne peuvent pas être utilisés ensemble : choisissez-en un.</translation>
    </message>
    <message>
        <source>-u and --oauth2-bearer cannot be used together: a request carries one Authorization field.</source>
        <translation>-u et --oauth2-bearer ne peuvent pas être utilisés ensemble : une requête ne porte qu&apos;un champ Authorization.</translation>
    </message>
    <message>
        <source>%1 needs -u USER:PASSWORD.</source>
        <translation>%1 attend -u USER:PASSWORD.</translation>
    </message>
    <message>
        <source>-u needs USER:PASSWORD. check does not ask for a password the way curl does, since it runs in scripts: give it after a colon (-u &apos;alice:secret&apos;; for an empty one, -u &apos;alice:&apos;).</source>
        <translation>-u attend USER:PASSWORD. check ne demande pas de mot de passe comme le fait curl, car il s&apos;exécute dans des scripts : donnez-le après un deux-points (-u &apos;alice:secret&apos; ; pour un mot de passe vide, -u &apos;alice:&apos;).</translation>
    </message>
    <message>
        <source>Go through this proxy for every host, loopback included: http://HOST:PORT (https goes through its CONNECT tunnel), socks5:// (names resolved here) or socks5h:// (names resolved by the proxy); &quot;&quot; for none. Default: the system&apos;s proxy settings (http_proxy, https_proxy, all_proxy, no_proxy).</source>
        <translation>Passer par ce proxy pour tous les hôtes, boucle locale comprise : http://HOST:PORT (https passe par son tunnel CONNECT), socks5:// (noms résolus ici) ou socks5h:// (noms résolus par le proxy) ; &quot;&quot; pour aucun. Par défaut : les réglages de proxy du système (http_proxy, https_proxy, all_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>The proxy&apos;s user name and password, USER:PASSWORD.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe du proxy, USER:PASSWORD.</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names (with their subdomains), IP addresses or blocks (10.0.0.0/8); * for every host.</source>
        <translation>Les hôtes joints sans le proxy, séparés par des virgules : noms (avec leurs sous-domaines), adresses IP ou blocs (10.0.0.0/8) ; * pour tous les hôtes.</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in FILE (PEM or DER, one or many) instead of the system&apos;s; repeat it for more files.</source>
        <translation>Faire confiance aux autorités de certification de FILE (PEM ou DER, une ou plusieurs) au lieu de celles du système ; répétez-le pour d&apos;autres fichiers.</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in the files of DIR instead of the system&apos;s.</source>
        <translation>Faire confiance aux autorités de certification des fichiers de DIR au lieu de celles du système.</translation>
    </message>
    <message>
        <source>Present the client certificate in FILE, with the password after a colon if it has one (FILE:PASSWORD; a colon in the name is written \:).</source>
        <translation>Présenter le certificat client de FILE, avec le mot de passe après un deux-points s&apos;il en a un (FILE:PASSWORD ; un deux-points dans le nom s&apos;écrit \:).</translation>
    </message>
    <message>
        <source>The private key of --cert, when FILE does not hold it.</source>
        <translation>La clé privée de --cert, quand FILE ne la contient pas.</translation>
    </message>
    <message>
        <source>The format of --cert: PEM (default), DER or P12.</source>
        <translation>Le format de --cert : PEM (par défaut), DER ou P12.</translation>
    </message>
    <message>
        <source>The passphrase of the private key or of the P12 file.</source>
        <translation>La phrase secrète de la clé privée ou du fichier P12.</translation>
    </message>
    <message>
        <source>Connect to ADDRESS for HOST:PORT, keeping the URL, the Host field and the certificate check for HOST (HOST:PORT:ADDRESS[,ADDRESS…]); repeat it for more.</source>
        <translation>Se connecter à ADDRESS pour HOST:PORT, en gardant l&apos;URL, le champ Host et la vérification du certificat pour HOST (HOST:PORT:ADDRESS[,ADDRESS…]) ; répétez-le pour en ajouter.</translation>
    </message>
    <message>
        <source>Connect to HOST2:PORT2 for requests to HOST1:PORT1 (an empty part means any, or the request&apos;s own); repeat it for more.</source>
        <translation>Se connecter à HOST2:PORT2 pour les requêtes vers HOST1:PORT1 (une partie vide signifie n&apos;importe lequel, ou celui de la requête) ; répétez-le pour en ajouter.</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only: offer no HTTP/2.</source>
        <translation>N&apos;utiliser que HTTP/1.1 : ne pas proposer HTTP/2.</translation>
    </message>
    <message>
        <source>Offer HTTP/2 (the default on https; on http, ask to upgrade to it).</source>
        <translation>Proposer HTTP/2 (par défaut en https ; en http, demander à passer à HTTP/2).</translation>
    </message>
    <message>
        <source>Speak HTTP/2 from the first byte, also over plain http (h2c).</source>
        <translation>Parler HTTP/2 dès le premier octet, y compris en http simple (h2c).</translation>
    </message>
    <message>
        <source>--capath can be given once; put the authorities in one folder, or add files with --cacert.</source>
        <translation>--capath ne peut être donné qu&apos;une fois ; mettez les autorités dans un seul dossier, ou ajoutez des fichiers avec --cacert.</translation>
    </message>
    <message>
        <source>--cert-type needs PEM, DER or P12, not “%1”.</source>
        <translation>--cert-type attend PEM, DER ou P12, pas « %1 ».</translation>
    </message>
    <message>
        <source>--%1 goes with a .http file: give --from-http FILE with it.</source>
        <translation>--%1 va avec un fichier .http : donnez aussi --from-http FILE.</translation>
    </message>
    <message>
        <source>--dry-run shows the requests of URL arguments, --from-curl or --from-http, not of --input.</source>
        <translation>--dry-run montre les requêtes des URL en argument, de --from-curl ou de --from-http, pas celles de --input.</translation>
    </message>
    <message>
        <source>--proxy-user needs USER:PASSWORD. check does not ask for a password the way curl does, since it runs in scripts: give it after a colon (--proxy-user &apos;alice:secret&apos;; for an empty one, --proxy-user &apos;alice:&apos;).</source>
        <translation>--proxy-user attend USER:PASSWORD. check ne demande pas de mot de passe comme le fait curl, car il s&apos;exécute dans des scripts : donnez-le après un deux-points (--proxy-user &apos;alice:secret&apos; ; pour un mot de passe vide, --proxy-user &apos;alice:&apos;).</translation>
    </message>
    <message>
        <source>Send a POST again as a POST, with its body, after a 301 (as curl does with --post301); by default it becomes a GET.</source>
        <translation>Renvoyer un POST comme POST, avec son corps, après une 301 (comme curl avec --post301) ; par défaut il devient un GET.</translation>
    </message>
    <message>
        <source>The same after a 302.</source>
        <translation>De même après une 302.</translation>
    </message>
    <message>
        <source>The same after a 303.</source>
        <translation>De même après une 303.</translation>
    </message>
    <message>
        <source>Use TLS 1.2 or newer (what Qt offers anyway: TLS 1.2 and 1.3).</source>
        <translation>Utiliser TLS 1.2 ou plus récent (ce que Qt propose de toute façon : TLS 1.2 et 1.3).</translation>
    </message>
    <message>
        <source>Use TLS 1.3 only.</source>
        <translation>Utiliser TLS 1.3 uniquement.</translation>
    </message>
    <message>
        <source>Use no TLS version newer than VERSION: 1.2, 1.3 or default.</source>
        <translation>N&apos;utiliser aucune version de TLS plus récente que VERSION : 1.2, 1.3 ou default.</translation>
    </message>
    <message>
        <source>--tls-max needs 1.2, 1.3 or default, not “%1” (Qt 6.4 offers nothing older than TLS 1.2).</source>
        <translation>--tls-max attend 1.2, 1.3 ou default, pas « %1 » (Qt 6.4 ne propose rien d&apos;antérieur à TLS 1.2).</translation>
    </message>
    <message>
        <source>Give up on a hop not connected (TLS handshake included) within SECONDS; with --resolve, the next address is tried.</source>
        <translation>Abandonner une étape non connectée (poignée de main TLS comprise) au bout de SECONDES ; avec --resolve, l&apos;adresse suivante est essayée.</translation>
    </message>
    <message>
        <source>-I sends HEAD, which carries no body: leave out -d or -I.</source>
        <translation>-I envoie HEAD, qui ne porte pas de corps : retirez -d ou -I.</translation>
    </message>
    <message>
        <source>-I sends HEAD and -X asks for %1: give one method.</source>
        <translation>-I envoie HEAD et -X demande %1 : donnez une seule méthode.</translation>
    </message>
    <message>
        <source>-L follows redirects and --no-follow does not: give one of them.</source>
        <translation>-L suit les redirections et --no-follow non : donnez l’une des deux.</translation>
    </message>
    <message>
        <source>Send HEAD instead of GET, as curl -I does.</source>
        <translation>Envoyer HEAD au lieu de GET, comme curl -I.</translation>
    </message>
    <message>
        <source>Follow redirects: the default here, taken so that curl&apos;s -L works too.</source>
        <translation>Suivre les redirections : le défaut ici, accepté pour que le -L de curl marche aussi.</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>The HAR file “%1” could not be written.</source>
        <translation>Le fichier HAR « %1 » n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>The output could not be written, so no further URL is checked.</source>
        <translation>La sortie n&apos;a pas pu être écrite : aucune autre URL n&apos;est vérifiée.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>A redirect turned the request into a GET.</source>
        <translation>Une redirection a transformé la requête en GET.</translation>
    </message>
    <message>
        <source>The request body, and the fields describing it, were not sent again after the method became GET.</source>
        <translation>Le corps de la requête, et les champs qui le décrivent, n&apos;ont pas été renvoyés une fois la méthode devenue GET.</translation>
    </message>
    <message>
        <source>Authorization, Cookie or Proxy-Authorization was held back from another origin.</source>
        <translation>Authorization, Cookie ou Proxy-Authorization n&apos;a pas été transmis à une autre origine.</translation>
    </message>
    <message>
        <source>A redirect from https to plain http: not followed (error), or followed because downgrades are allowed (warning).</source>
        <translation>Une redirection de https vers http simple : non suivie (erreur), ou suivie car les rétrogradations sont autorisées (avertissement).</translation>
    </message>
    <message>
        <source>A typed Host was not sent to a redirect&apos;s other origin.</source>
        <translation>Un Host saisi n&apos;a pas été envoyé à l&apos;autre origine d&apos;une redirection.</translation>
    </message>
    <message>
        <source>A redirect status without a Location: the chain ends there.</source>
        <translation>Un code de redirection sans Location : la chaîne s&apos;arrête là.</translation>
    </message>
    <message>
        <source>A Location came with a status that clients do not follow.</source>
        <translation>Une Location est venue avec un code que les clients ne suivent pas.</translation>
    </message>
    <message>
        <source>The Location was read the lenient way browsers read it, which a strict reading would not accept as it is.</source>
        <translation>La Location a été lue de la manière tolérante des navigateurs ; une lecture stricte ne l&apos;accepterait pas telle quelle.</translation>
    </message>
    <message>
        <source>The Location carried a user name and password; they were not sent on.</source>
        <translation>La Location contenait un nom d&apos;utilisateur et un mot de passe ; ils n&apos;ont pas été transmis.</translation>
    </message>
    <message>
        <source>The Location is not a URL that can be followed; the chain stops.</source>
        <translation>La Location n&apos;est pas une URL que l&apos;on peut suivre ; la chaîne s&apos;arrête.</translation>
    </message>
    <message>
        <source>A redirect to a scheme other than http or https; the chain stops.</source>
        <translation>Une redirection vers un schéma autre que http ou https ; la chaîne s&apos;arrête.</translation>
    </message>
    <message>
        <source>A redirect would send a request already sent in this chain; the chain stops.</source>
        <translation>Une redirection renverrait une requête déjà envoyée dans cette chaîne ; la chaîne s&apos;arrête.</translation>
    </message>
    <message>
        <source>The redirect limit was reached; the chain stops.</source>
        <translation>La limite de redirections a été atteinte ; la chaîne s&apos;arrête.</translation>
    </message>
    <message>
        <source>A status code the catalogue does not know; it means what the x00 of its class means.</source>
        <translation>Un code d&apos;état que le catalogue ne connaît pas ; il signifie ce que signifie le x00 de sa classe.</translation>
    </message>
    <message>
        <source>A status code outside 100–599.</source>
        <translation>Un code d&apos;état hors de 100–599.</translation>
    </message>
    <message>
        <source>A status code defined only by vendors or by custom.</source>
        <translation>Un code d&apos;état défini seulement par des éditeurs ou par l&apos;usage.</translation>
    </message>
    <message>
        <source>305 Use Proxy, which clients ignore, or 306, which is unused.</source>
        <translation>305 Use Proxy, que les clients ignorent, ou 306, qui est inutilisé.</translation>
    </message>
    <message>
        <source>A 1xx was taken as the final response; with Qt 6.4 the real one is lost.</source>
        <translation>Un 1xx a été pris pour la réponse finale ; avec Qt 6.4, la vraie réponse est perdue.</translation>
    </message>
    <message>
        <source>The reason phrase is not the usual one for the code.</source>
        <translation>L&apos;intitulé n&apos;est pas l&apos;intitulé habituel de ce code.</translation>
    </message>
    <message>
        <source>A 401 without WWW-Authenticate.</source>
        <translation>Un 401 sans WWW-Authenticate.</translation>
    </message>
    <message>
        <source>A 407 without Proxy-Authenticate.</source>
        <translation>Un 407 sans Proxy-Authenticate.</translation>
    </message>
    <message>
        <source>A 405 without Allow.</source>
        <translation>Un 405 sans Allow.</translation>
    </message>
    <message>
        <source>A 206 or 416 without Content-Range.</source>
        <translation>Un 206 ou un 416 sans Content-Range.</translation>
    </message>
    <message>
        <source>A 101 or 426 without Upgrade.</source>
        <translation>Un 101 ou un 426 sans Upgrade.</translation>
    </message>
    <message>
        <source>How long Retry-After asks the client to wait (a warning when the value cannot be read).</source>
        <translation>Combien de temps Retry-After demande au client d&apos;attendre (un avertissement quand la valeur est illisible).</translation>
    </message>
    <message>
        <source>A certificate that is not valid was accepted because errors were to be ignored.</source>
        <translation>Un certificat invalide a été accepté car les erreurs devaient être ignorées.</translation>
    </message>
    <message>
        <source>Qt sent the request more than once by itself before an answer came.</source>
        <translation>Qt a envoyé la requête plus d&apos;une fois de lui-même avant qu&apos;une réponse n&apos;arrive.</translation>
    </message>
    <message>
        <source>Expect: 100-continue was sent, but Qt 6.4 sends the body without waiting for 100 Continue.</source>
        <translation>Expect: 100-continue a été envoyé, mais Qt 6.4 envoie le corps sans attendre le 100 Continue.</translation>
    </message>
    <message>
        <source>A Set-Cookie was refused; the cookie is not sent on later hops.</source>
        <translation>Un Set-Cookie a été refusé ; le cookie n&apos;est pas envoyé aux étapes suivantes.</translation>
    </message>
    <message>
        <source>The status line arrived, but Qt 6.4 could not read the header section.</source>
        <translation>La ligne de statut est arrivée, mais Qt 6.4 n&apos;a pas pu lire la section des en-têtes.</translation>
    </message>
    <message>
        <source>The body is incomplete: it reached the body limit, or the server closed the connection.</source>
        <translation>Le corps est incomplet : il a atteint la limite de corps, ou le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>Content-Length together with Transfer-Encoding, or a Content-Length that is not one number: where the body ends is in doubt.</source>
        <translation>Content-Length avec Transfer-Encoding, ou un Content-Length qui n&apos;est pas un nombre unique : la fin du corps est incertaine.</translation>
    </message>
    <message>
        <source>StatusScope undid the body&apos;s gzip or deflate coding.</source>
        <translation>StatusScope a décodé le codage gzip ou deflate du corps.</translation>
    </message>
    <message>
        <source>The body&apos;s content coding could not be undone; only the part decoded is shown.</source>
        <translation>Le codage de contenu du corps n&apos;a pas pu être décodé ; seule la partie décodée est affichée.</translation>
    </message>
    <message>
        <source>The body is shown still coded: a coding StatusScope does not undo, or Accept-Encoding was typed.</source>
        <translation>Le corps est affiché encore codé : un codage que StatusScope ne décode pas, ou Accept-Encoding a été saisi.</translation>
    </message>
    <message>
        <source>Credentials answered a 401 of this chain: the request sent again, or a later hop to the same origin; the sentence says which scheme and user.</source>
        <translation>Des identifiants ont répondu à un 401 de cette chaîne : la requête renvoyée, ou une étape suivante vers la même origine ; la phrase indique le schéma et l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Credentials were sent and the server answered 401 again; they are not tried a second time.</source>
        <translation>Des identifiants ont été envoyés et le serveur a de nouveau répondu 401 ; ils ne sont pas essayés une deuxième fois.</translation>
    </message>
    <message>
        <source>The 401 asks for authentication the credentials given cannot answer (another scheme, Digest with auth-int only, or an unknown algorithm).</source>
        <translation>Le 401 demande une authentification à laquelle les identifiants donnés ne peuvent pas répondre (un autre schéma, Digest avec auth-int seulement, ou un algorithme inconnu).</translation>
    </message>
    <message>
        <source>Basic or Bearer credentials went over plain http, readable by anyone on the way (information only when the server is on this machine).</source>
        <translation>Des identifiants Basic ou Bearer sont passés en http simple, lisibles par n&apos;importe qui sur le trajet (simple information quand le serveur est sur cette machine).</translation>
    </message>
    <message>
        <source>The proxy asked for credentials (407) and none were given with --proxy-user, or it refused those given.</source>
        <translation>Le proxy a demandé des identifiants (407) et aucun n&apos;a été donné avec --proxy-user, ou il a refusé ceux qui ont été donnés.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and none was given (seen where the server says so in its answer, as nginx does: Qt 6.4 does not tell).</source>
        <translation>Le serveur a demandé un certificat client et aucun n&apos;a été donné (visible quand le serveur le dit dans sa réponse, comme nginx : Qt 6.4 ne le signale pas).</translation>
    </message>
    <message>
        <source>A pinned hop used HTTP/1.1 (Qt 6.4 puts the address, not the host, in HTTP/2&apos;s :authority), or sent the address there under prior knowledge.</source>
        <translation>Une étape épinglée a utilisé HTTP/1.1 (Qt 6.4 met l&apos;adresse, et non l&apos;hôte, dans le :authority de HTTP/2), ou y a envoyé l&apos;adresse en prior knowledge.</translation>
    </message>
    <message>
        <source>A --resolve pin matched the host, but the proxy looks the name up itself (an HTTP proxy or socks5h), so the pin was not used, as with curl.</source>
        <translation>Un épinglage --resolve correspondait à l&apos;hôte, mais le proxy résout le nom lui-même (un proxy HTTP ou socks5h) : l&apos;épinglage n&apos;a donc pas servi, comme avec curl.</translation>
    </message>
    <message>
        <source>Connecting to one of the addresses --resolve gives for a host failed; the next one was tried, as curl does.</source>
        <translation>La connexion à l&apos;une des adresses que --resolve donne pour un hôte a échoué ; l&apos;adresse suivante a été essayée, comme le fait curl.</translation>
    </message>
    <message>
        <source>The proxy was reached at the address a --resolve pin gives for the proxy&apos;s own host name, as curl does.</source>
        <translation>Le proxy a été joint à l&apos;adresse qu&apos;un épinglage --resolve donne pour le nom d&apos;hôte du proxy lui-même, comme le fait curl.</translation>
    </message>
    <message>
        <source>A POST was sent again with its body after a 301, 302 or 303, as --post301, --post302 or --post303 asked.</source>
        <translation>Un POST a été renvoyé avec son corps après une 301, 302 ou 303, comme demandé par --post301, --post302 ou --post303.</translation>
    </message>
    <message>
        <source>A HAR entry the browser answered itself, such as Chrome&apos;s 307 for an HSTS upgrade: the server never saw that request.</source>
        <translation>Une entrée HAR à laquelle le navigateur a répondu lui-même, comme le 307 de Chrome pour un passage HSTS : le serveur n&apos;a jamais vu cette requête.</translation>
    </message>
    <message>
        <source>A HAR entry the browser&apos;s cache answered: the server was not asked that time (a cached permanent redirect hides a change on the server).</source>
        <translation>Une entrée HAR à laquelle le cache du navigateur a répondu : le serveur n&apos;a pas été interrogé cette fois (une redirection permanente en cache masque un changement sur le serveur).</translation>
    </message>
    <message>
        <source>A HAR entry the page&apos;s service worker answered: what the server sent, if it was asked, may differ.</source>
        <translation>Une entrée HAR à laquelle le service worker de la page a répondu : ce que le serveur a envoyé, s&apos;il a été interrogé, peut différer.</translation>
    </message>
    <message>
        <source>The path went out without its &quot;.&quot; and &quot;..&quot; segments, which Qt 6.4 removes before sending; the hop shows the path as sent.</source>
        <translation>Le chemin est parti sans ses segments « . » et « .. », que Qt 6.4 retire avant l&apos;envoi ; l&apos;étape montre le chemin tel qu&apos;envoyé.</translation>
    </message>
</context>
<context>
    <name>ChecksCommand</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPÉC</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>statusscope checks: unexpected argument &quot;%1&quot;; the command lists every check and takes only --json.</source>
        <translation>statusscope checks : argument inattendu « %1 » ; la commande liste toutes les vérifications et n&apos;accepte que --json.</translation>
    </message>
</context>
<context>
    <name>CodeConstants</name>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be a name, a non-empty list of names with the current one first, or {&quot;name&quot;: …, &quot;meaning&quot;: …}</source>
        <translation>doit être un nom, une liste non vide de noms avec le nom actuel en premier, ou {&quot;name&quot;: …, &quot;meaning&quot;: …}</translation>
    </message>
    <message>
        <source>must be a name, or a non-empty list of names with the current one first</source>
        <translation>doit être un nom, ou une liste non vide de noms avec le nom actuel en premier</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>is larger than 4 MiB, which no table of constants needs; is it the right file?</source>
        <translation>dépasse 4 Mio, ce qu&apos;aucune table de constantes ne nécessite ; est-ce bien le bon fichier ?</translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation>doit valoir %1, la version de format que ce programme lit</translation>
    </message>
    <message>
        <source>must be a non-empty array of tables</source>
        <translation>doit être un tableau non vide de tables</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is the id of an earlier table too</source>
        <translation>est aussi l&apos;identifiant d&apos;une table précédente</translation>
    </message>
    <message>
        <source>must be an https URL of the source file or reference page</source>
        <translation>doit être une URL https du fichier source ou de la page de référence</translation>
    </message>
    <message>
        <source>must be &quot;constant&quot; (the default) or &quot;reason&quot;</source>
        <translation>doit valoir &quot;constant&quot; (par défaut) ou &quot;reason&quot;</translation>
    </message>
    <message>
        <source>must contain %1 where the code goes</source>
        <translation>doit contenir %1 à l&apos;endroit du code</translation>
    </message>
    <message>
        <source>is only for a table of reason phrases (&quot;kind&quot;: &quot;reason&quot;)</source>
        <translation>ne vaut que pour une table d&apos;intitulés (&quot;kind&quot;: &quot;reason&quot;)</translation>
    </message>
    <message>
        <source>must be a non-empty object from code to name</source>
        <translation>doit être un objet non vide qui associe un nom à chaque code</translation>
    </message>
    <message>
        <source>is not a three-digit status code</source>
        <translation>n&apos;est pas un code d&apos;état à trois chiffres</translation>
    </message>
    <message>
        <source>must be one reason phrase</source>
        <translation>doit être un seul intitulé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name as code writes it</source>
        <translation>« %1 » n&apos;est pas un nom tel que le code l&apos;écrit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given to another code of this table too</source>
        <translation>« %1 » est aussi donné à un autre code de cette table</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; add its entry first</source>
        <translation>%1 n&apos;est pas dans le catalogue ; ajoutez d&apos;abord son entrée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the reason of any entry of %2, whose meanings are %3; name the meaning by its entry&apos;s reason, exactly</source>
        <translation>« %1 » n&apos;est l&apos;intitulé d&apos;aucune entrée de %2, dont les significations sont %3 ; nommez la signification par l&apos;intitulé de son entrée, exactement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the reason of %2 entries of %3, so it does not say which one the names belong to</source>
        <translation>« %1 » est l&apos;intitulé de %2 entrées de %3 : il ne dit donc pas à laquelle appartiennent les noms</translation>
    </message>
    <message>
        <source>gives %1 &quot;%2&quot; a second set of names; list them together, the current one first</source>
        <translation>donne à %1 « %2 » un second ensemble de noms ; listez-les ensemble, le nom actuel en premier</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Explain every catalogue meaning of a status code.</source>
        <translation>Expliquer toutes les significations d&apos;un code d&apos;état dans le catalogue.</translation>
    </message>
    <message>
        <source>List the catalogue, optionally filtered.</source>
        <translation>Lister le catalogue, éventuellement filtré.</translation>
    </message>
    <message>
        <source>Usage: statusscope [COMMAND] [OPTIONS]

StatusScope explains HTTP status codes. Without a command it opens the window.

Commands:
</source>
        <translation>Usage : statusscope [COMMANDE] [OPTIONS]

StatusScope explique les codes d&apos;état HTTP. Sans commande, il ouvre la fenêtre.

Commandes :
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Read the catalogue from FILE instead of the built-in one.</source>
        <translation>Lire le catalogue depuis FILE au lieu du catalogue intégré.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Send a request, follow its redirects hop by hop and explain each response.</source>
        <translation>Envoyer une requête, suivre ses redirections étape par étape et expliquer chaque réponse.</translation>
    </message>
    <message>
        <source>Run the teaching server on 127.0.0.1: /status/CODE, /redirect/N, /echo…</source>
        <translation>Lancer le serveur d&apos;enseignement sur 127.0.0.1 : /status/CODE, /redirect/N, /echo…</translation>
    </message>
    <message>
        <source>statusscope: --catalogue FILE needs a command after it, such as &quot;statusscope --catalogue FILE codes&quot;.</source>
        <translation>statusscope : --catalogue FICHIER doit être suivi d&apos;une commande, par exemple « statusscope --catalogue FICHIER codes ».</translation>
    </message>
    <message>
        <source>statusscope: &quot;%1&quot; is not an option.</source>
        <translation>statusscope : « %1 » n&apos;est pas une option.</translation>
    </message>
    <message>
        <source>statusscope: &quot;%1&quot; is not a command.</source>
        <translation>statusscope : « %1 » n&apos;est pas une commande.</translation>
    </message>
    <message>
        <source>Usage: statusscope [COMMAND] [OPTIONS]; try &quot;statusscope --help&quot;.</source>
        <translation>Usage : statusscope [COMMANDE] [OPTIONS] ; essayez « statusscope --help ».</translation>
    </message>
    <message>
        <source>List every check a hop can carry: its warning id, severity and section.</source>
        <translation>Lister toutes les vérifications qu&apos;une étape peut porter : leur identifiant d&apos;avertissement, leur gravité et leur section.</translation>
    </message>
    <message>
        <source>Explain every chain of a HAR file as check explains live ones.</source>
        <translation>Expliquer chaque chaîne d&apos;un fichier HAR comme check explique les chaînes en direct.</translation>
    </message>
    <message>
        <source>Check a redirect map, a URL list or a sitemap: every chain, what was expected.</source>
        <translation>Vérifier une table de redirections, une liste d&apos;URL ou un sitemap : chaque chaîne, et ce qui était attendu.</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help      Show this help, or a command&apos;s help after the command name.
  -v, --version   Show the version.

Exit status: 0 success; 1 code not catalogued, or chain stopped or failed; 2 usage error;
3 catalogue unreadable, output not written, or no window; 4 or 5 with check --fail when the
final status is 4xx or 5xx; audit: 1 when a source did not match, 130 when interrupted
(Ctrl+C).
</source>
        <translation>
Options :
  -h, --help      Afficher cette aide, ou l&apos;aide d&apos;une commande après son nom.
  -v, --version   Afficher la version.

Code de sortie : 0 succès ; 1 code hors catalogue, ou chaîne arrêtée ou en échec ; 2 mauvais usage ;
3 catalogue illisible, sortie non écrite ou pas de fenêtre ; 4 ou 5 avec check --fail quand
l&apos;état final est 4xx ou 5xx ; audit : 1 quand une source n&apos;est pas conforme, 130 en cas
d&apos;interruption (Ctrl+C).
</translation>
    </message>
    <message>
        <source>statusscope: standard output could not be written (%1); what was printed is incomplete.</source>
        <translation>statusscope : la sortie standard n&apos;a pas pu être écrite (%1) ; ce qui a été affiché est incomplet.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>“%1” is not a status code.</source>
        <translation>« %1 » n&apos;est pas un code d&apos;état.</translation>
    </message>
    <message>
        <source>Compare %1 to %2 different codes.</source>
        <translation>Comparez de %1 à %2 codes différents.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation>Pas une redirection.</translation>
    </message>
    <message>
        <source>Cacheable by default</source>
        <translation>Mis en cache par défaut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Headers that go with it</source>
        <translation>En-têtes associés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Defined by</source>
        <translation>Défini par</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>Usage courant</translation>
    </message>
    <message>
        <source>Common misuse</source>
        <translation>Erreurs d&apos;usage courantes</translation>
    </message>
</context>
<context>
    <name>CookieFile</name>
    <message>
        <source>expected 7 fields separated by tabs (domain, subdomains, path, secure, expiry, name, value), found %1</source>
        <translation>il faut 7 champs séparés par des tabulations (domaine, sous-domaines, chemin, secure, expiration, nom, valeur), il y en a %1</translation>
    </message>
    <message>
        <source>the domain is empty</source>
        <translation>le domaine est vide</translation>
    </message>
    <message>
        <source>the second field must be TRUE or FALSE (include subdomains), not %1</source>
        <translation>le deuxième champ doit valoir TRUE ou FALSE (inclure les sous-domaines), pas %1</translation>
    </message>
    <message>
        <source>the path must start with /, not %1</source>
        <translation>le chemin doit commencer par /, pas %1</translation>
    </message>
    <message>
        <source>the fourth field must be TRUE or FALSE (secure), not %1</source>
        <translation>le quatrième champ doit valoir TRUE ou FALSE (secure), pas %1</translation>
    </message>
    <message>
        <source>the expiry must be seconds since 1970 (0 for a session cookie), not %1</source>
        <translation>l&apos;expiration doit être un nombre de secondes depuis 1970 (0 pour un cookie de session), pas %1</translation>
    </message>
    <message>
        <source>the cookie has no name</source>
        <translation>le cookie n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>cannot read the cookie file %1: %2</source>
        <translation>impossible de lire le fichier de cookies %1 : %2</translation>
    </message>
    <message>
        <source>the cookie file %1 is larger than 16 MiB</source>
        <translation>le fichier de cookies %1 dépasse 16 Mio</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message>
        <source>cannot write the cookie file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier de cookies %1 : %2</translation>
    </message>
</context>
<context>
    <name>CookieFlags</name>
    <message>
        <source>Cookies to send: &quot;name=value; n2=v2&quot;, or a cookie file (Netscape format, as curl writes) when there is no &apos;=&apos;; repeat it for more.</source>
        <translation>Les cookies à envoyer : &quot;nom=valeur; n2=v2&quot;, ou un fichier de cookies (format Netscape, tel que curl l&apos;écrit) quand il n&apos;y a pas de &apos;=&apos; ; répétez-le pour en ajouter.</translation>
    </message>
    <message>
        <source>Write the cookies to FILE after the chains (Netscape format, readable by you only).</source>
        <translation>Écrire les cookies dans FILE après les chaînes (format Netscape, lisible par vous seul).</translation>
    </message>
    <message>
        <source>-b needs &quot;name=value&quot; pairs or a cookie file name.</source>
        <translation>-b attend des paires &quot;nom=valeur&quot; ou un nom de fichier de cookies.</translation>
    </message>
    <message>
        <source>-b %1: there is no such cookie file (cookies to send as typed need &apos;=&apos;, as in -b &quot;name=value&quot;).</source>
        <translation>-b %1 : ce fichier de cookies n&apos;existe pas (des cookies à envoyer tels que saisis demandent un &apos;=&apos;, comme dans -b &quot;nom=valeur&quot;).</translation>
    </message>
    <message>
        <source>-b: the cookie file has lines that are not cookies, so nothing was sent:
%1</source>
        <translation>-b : le fichier de cookies contient des lignes qui ne sont pas des cookies, rien n&apos;a donc été envoyé :
%1</translation>
    </message>
    <message>
        <source>-c: cannot write the cookie file %1: %2</source>
        <translation>-c : impossible d&apos;écrire le fichier de cookies %1 : %2</translation>
    </message>
    <message>
        <source>-c: the cookie file %1 was written without %2: a tab or line break in a cookie does not fit the format.</source>
        <translation>-c : le fichier de cookies %1 a été écrit sans %2 : une tabulation ou un saut de ligne dans un cookie n&apos;entre pas dans le format.</translation>
    </message>
</context>
<context>
    <name>CookieRules</name>
    <message>
        <source>a %1 cookie must carry the Secure attribute</source>
        <translation>un cookie %1 doit porter l&apos;attribut Secure</translation>
    </message>
    <message>
        <source>a %1 cookie is only accepted over https, and this came over plain http</source>
        <translation>un cookie %1 n&apos;est accepté qu&apos;en https, et celui-ci est arrivé en http simple</translation>
    </message>
    <message>
        <source>a __Host- cookie may not carry a Domain attribute (it has Domain=%1)</source>
        <translation>un cookie __Host- ne peut pas porter d&apos;attribut Domain (il a Domain=%1)</translation>
    </message>
    <message>
        <source>a __Host- cookie needs Path=/, and it has no Path</source>
        <translation>un cookie __Host- exige Path=/, et il n&apos;a pas de Path</translation>
    </message>
    <message>
        <source>a __Host- cookie needs Path=/, and it has Path=%1</source>
        <translation>un cookie __Host- exige Path=/, et il a Path=%1</translation>
    </message>
    <message>
        <source>it is marked Secure but came over plain http</source>
        <translation>il est marqué Secure mais est arrivé en http simple</translation>
    </message>
    <message>
        <source>its Domain (%1) does not cover %2</source>
        <translation>son Domain (%1) ne couvre pas %2</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>This is not a curl command: it should start with “curl”.</source>
        <translation>Ce n&apos;est pas une commande curl : elle devrait commencer par « curl ».</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>-H %1: not a “Name: value” header</source>
        <translation>-H %1 : pas un en-tête « Nom: valeur »</translation>
    </message>
    <message>
        <source>--max-redirs needs a number, not “%1”.</source>
        <translation>--max-redirs attend un nombre, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 %2: not used by StatusScope</source>
        <translation>%1 %2 : non utilisé par StatusScope</translation>
    </message>
    <message>
        <source>%1: only changes curl&apos;s own output</source>
        <translation>%1 : ne change que l&apos;affichage de curl</translation>
    </message>
    <message>
        <source>%1: not understood</source>
        <translation>%1 : non compris</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>La commande curl n&apos;a pas d&apos;URL.</translation>
    </message>
    <message>
        <source>The URL in the curl command is not valid: %1</source>
        <translation>L&apos;URL de la commande curl n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>--cert-type needs PEM, DER or P12, not “%1”.</source>
        <translation>--cert-type attend PEM, DER ou P12, pas « %1 ».</translation>
    </message>
    <message>
        <source>-b with nothing after it: no cookie or cookie file to read</source>
        <translation>-b sans rien après : aucun cookie ni fichier de cookies à lire</translation>
    </message>
    <message>
        <source>-b %1: there is no such cookie file, so none of its cookies is sent (cookies typed in place need &apos;=&apos;, as in -b &quot;name=value&quot;)</source>
        <translation>-b %1 : ce fichier de cookies n&apos;existe pas, aucun de ses cookies n&apos;est donc envoyé (les cookies saisis directement demandent un &apos;=&apos;, comme dans -b &quot;name=value&quot;)</translation>
    </message>
    <message>
        <source>-b %1: the file has lines that are not cookies, so none of its cookies is sent (%2)</source>
        <translation>-b %1 : le fichier contient des lignes qui ne sont pas des cookies, aucun de ses cookies n&apos;est donc envoyé (%2)</translation>
    </message>
    <message>
        <source>%1 %2: the window writes no cookie jar; the cookies each response sets are shown on its hop, and statusscope check %1 %2 writes the file</source>
        <translation>%1 %2 : la fenêtre n&apos;écrit pas de fichier de cookies ; les cookies posés par chaque réponse sont affichés sur son étape, et statusscope check %1 %2 écrit le fichier</translation>
    </message>
    <message>
        <source>%1 %2: not understood</source>
        <translation>%1 %2 : non compris</translation>
    </message>
    <message>
        <source>%1: not used by StatusScope</source>
        <translation>%1 : non utilisé par StatusScope</translation>
    </message>
    <message>
        <source>Request %1 of the pasted text: %2</source>
        <translation>Requête %1 du texte collé : %2</translation>
    </message>
    <message>
        <source>a “%1” command: not a curl command, skipped</source>
        <translation>une commande « %1 » : pas une commande curl, ignorée</translation>
    </message>
    <message>
        <source>file too large: %1: the files of one command may hold %2 MiB together</source>
        <translation>fichier trop gros : %1 : les fichiers d&apos;une commande peuvent contenir %2 Mio en tout</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>fichier introuvable : %1</translation>
    </message>
    <message>
        <source>file not readable: %1: %2</source>
        <translation>fichier illisible : %1 : %2</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: the body comes from standard input; the method is PUT as in curl</source>
        <translation>%1 : le corps vient de l&apos;entrée standard ; la méthode est PUT comme avec curl</translation>
    </message>
    <message>
        <source>%1: curl sends either a form (-F) or data (-d), not both.</source>
        <translation>%1 : curl envoie soit un formulaire (-F), soit des données (-d), pas les deux.</translation>
    </message>
    <message>
        <source>%1: the value comes from standard input; paste it instead</source>
        <translation>%1 : la valeur vient de l&apos;entrée standard ; collez-la plutôt</translation>
    </message>
    <message>
        <source>%1: the body comes from standard input; paste the body instead</source>
        <translation>%1 : le corps vient de l&apos;entrée standard ; collez plutôt le corps</translation>
    </message>
    <message>
        <source>%1: a form part is written NAME=VALUE</source>
        <translation>%1 : une partie de formulaire s&apos;écrit NOM=VALEUR</translation>
    </message>
    <message>
        <source>%1: the part&apos;s encoder= is not applied</source>
        <translation>%1 : l&apos;option encoder= de la partie n&apos;est pas appliquée</translation>
    </message>
    <message>
        <source>%1: “%2” is not a form part field curl knows</source>
        <translation>%1 : « %2 » n&apos;est pas un champ de partie de formulaire que curl connaît</translation>
    </message>
    <message>
        <source>%1: the part comes from standard input; it is left out</source>
        <translation>%1 : la partie vient de l&apos;entrée standard ; elle est omise</translation>
    </message>
    <message>
        <source>%1: no URL is left for this upload</source>
        <translation>%1 : il ne reste aucune URL pour ce téléversement</translation>
    </message>
    <message>
        <source>-H %1: curl sends no %2 header; StatusScope still sends its own</source>
        <translation>-H %1 : curl n&apos;envoie pas d&apos;en-tête %2 ; StatusScope envoie quand même le sien</translation>
    </message>
    <message>
        <source>--compressed: Accept-Encoding is typed, so the body is shown as received, not decoded</source>
        <translation>--compressed : Accept-Encoding est saisi, le corps est donc affiché tel que reçu, non décodé</translation>
    </message>
    <message>
        <source>the URL holds %1: curl refuses it without -g; it is sent as written</source>
        <translation>l&apos;URL contient %1 : curl la refuse sans -g ; elle est envoyée telle qu&apos;écrite</translation>
    </message>
    <message>
        <source>1 more request was pasted: only the first was opened</source>
        <translation>1 autre requête a été collée : seule la première a été ouverte</translation>
    </message>
    <message>
        <source>%1 more requests were pasted: only the first was opened</source>
        <translation>%1 autres requêtes ont été collées : seule la première a été ouverte</translation>
    </message>
    <message>
        <source>a “{” that is not closed</source>
        <translation>un « { » non fermé</translation>
    </message>
    <message>
        <source>a “[” that is not closed</source>
        <translation>un « [ » non fermé</translation>
    </message>
    <message>
        <source>“[%1]”, which is not a range</source>
        <translation>« [%1] », qui n&apos;est pas une plage</translation>
    </message>
    <message>
        <source>The URL&apos;s patterns give more than %1 URLs.</source>
        <translation>Les motifs de l&apos;URL donnent plus de %1 URL.</translation>
    </message>
    <message>
        <source>%1 %2: no password after a colon. curl would ask for it, StatusScope does not, so no proxy user is set: give USER:PASSWORD (USER: for an empty password).</source>
        <translation>%1 %2 : pas de mot de passe après un deux-points. curl le demanderait, StatusScope ne le fait pas : aucun utilisateur de proxy n&apos;est donc défini. Donnez USER:PASSWORD (USER: pour un mot de passe vide).</translation>
    </message>
    <message>
        <source>%1: followed as -L; credentials are still not sent to another host</source>
        <translation>%1 : suivi comme -L ; les identifiants ne sont toujours pas envoyés à un autre hôte</translation>
    </message>
    <message>
        <source>%1 %2: curl finds the offset in its output file; give a number</source>
        <translation>%1 %2 : curl lit le décalage dans son fichier de sortie ; donnez un nombre</translation>
    </message>
    <message>
        <source>%1 %2: neither a date curl reads nor a file</source>
        <translation>%1 %2 : ni une date que curl lit, ni un fichier</translation>
    </message>
    <message>
        <source>This is PowerShell&apos;s Invoke-WebRequest (Windows PowerShell calls it “curl” too), not a curl command: copy the request as cURL (bash or cmd), or run curl.exe.</source>
        <translation>Ceci est Invoke-WebRequest de PowerShell (Windows PowerShell l&apos;appelle aussi « curl »), pas une commande curl : copiez la requête comme cURL (bash ou cmd), ou lancez curl.exe.</translation>
    </message>
    <message>
        <source>This is JavaScript&apos;s fetch() (the browser&apos;s Copy as fetch), not a curl command: copy the request as cURL instead.</source>
        <translation>Ceci est fetch() de JavaScript (« Copier comme fetch » du navigateur), pas une commande curl : copiez plutôt la requête comme cURL.</translation>
    </message>
    <message>
        <source>-X %1 with %2: curl sends %1 again after every redirect; here a redirect with status %3 turns it into a GET, as curl --follow does</source>
        <translation>-X %1 avec %2 : curl renvoie %1 après chaque redirection ; ici une redirection de statut %3 le change en GET, comme curl --follow</translation>
    </message>
    <message>
        <source>%1: TLS 1.0 and 1.1 are not offered (Qt 6.4 speaks TLS 1.2 and 1.3), so a server that knows nothing newer cannot be reached</source>
        <translation>%1 : TLS 1.0 et 1.1 ne sont pas proposés (Qt 6.4 parle TLS 1.2 et 1.3), un serveur qui ne connaît rien de plus récent est donc injoignable</translation>
    </message>
    <message>
        <source>--tls-max needs 1.0, 1.1, 1.2, 1.3 or default, not “%1”.</source>
        <translation>--tls-max attend 1.0, 1.1, 1.2, 1.3 ou default, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 %2: Qt 6.4 offers nothing older than TLS 1.2, so TLS 1.2 is the most offered here</source>
        <translation>%1 %2 : Qt 6.4 ne propose rien d&apos;antérieur à TLS 1.2, c&apos;est donc TLS 1.2 au plus qui est proposé ici</translation>
    </message>
    <message>
        <source>%1 %2: not a number of seconds from 0 to 86400; no limit set</source>
        <translation>%1 %2 : pas un nombre de secondes de 0 à 86400 ; aucune limite fixée</translation>
    </message>
    <message>
        <source>--variable %1: a variable&apos;s name is letters, digits and _ (at most 128).</source>
        <translation>--variable %1 : le nom d&apos;une variable est fait de lettres, de chiffres et de _ (128 au plus).</translation>
    </message>
    <message>
        <source>--variable %1: the environment variable %2 is not set, and no default follows a &apos;=&apos;.</source>
        <translation>--variable %1 : la variable d&apos;environnement %2 n&apos;est pas définie, et aucune valeur par défaut ne suit un « = ».</translation>
    </message>
    <message>
        <source>--variable %1: standard input is not read here; the variable is empty</source>
        <translation>--variable %1 : l&apos;entrée standard n&apos;est pas lue ici ; la variable est vide</translation>
    </message>
    <message>
        <source>%1: the variable %2 is not set; it is left empty, as curl does</source>
        <translation>%1 : la variable %2 n&apos;est pas définie ; elle reste vide, comme avec curl</translation>
    </message>
    <message>
        <source>%1: {{%2}}: curl has no function “%3”; the value is used without it</source>
        <translation>%1 : {{%2}} : curl n&apos;a pas de fonction « %3 » ; la valeur est utilisée sans elle</translation>
    </message>
    <message>
        <source>typographic quotes (“ ” ‘ ’) were read as straight quotes: a chat or a word processor had changed them</source>
        <translation>les guillemets typographiques (“ ” ‘ ’) ont été lus comme des guillemets droits : une messagerie ou un traitement de texte les avait modifiés</translation>
    </message>
    <message>
        <source>no-break or other Unicode spaces between words were read as spaces</source>
        <translation>les espaces insécables ou autres espaces Unicode entre les mots ont été lus comme des espaces</translation>
    </message>
    <message>
        <source>invisible zero-width characters outside quotes were removed</source>
        <translation>les caractères invisibles de largeur nulle hors des guillemets ont été retirés</translation>
    </message>
    <message>
        <source>a backslash followed by spaces at a line&apos;s end was read as a line continuation (a shell would end the command there)</source>
        <translation>une barre oblique inverse suivie d’espaces en fin de ligne a été lue comme une continuation de ligne (un shell terminerait la commande là)</translation>
    </message>
    <message>
        <source>standard input is what “%1” writes before the pipe</source>
        <translation>l’entrée standard est ce que « %1 » écrit avant le tube</translation>
    </message>
    <message>
        <source>%1: the shell&apos;s redirection of curl&apos;s output; the response is shown here instead</source>
        <translation>%1 : la redirection de la sortie de curl par le shell ; la réponse est montrée ici à la place</translation>
    </message>
    <message>
        <source>“%1” was read as “%2”: a chat or a word processor had made its hyphens into a dash</source>
        <translation>« %1 » a été lu comme « %2 » : une messagerie ou un traitement de texte avait changé ses traits d’union en tiret</translation>
    </message>
    <message>
        <source>This is a wget command, not a curl command: write it with curl (for example “curl -L URL”), or paste the URL alone.</source>
        <translation>Ceci est une commande wget, pas une commande curl : écrivez-la avec curl (par exemple « curl -L URL »), ou collez l’URL seule.</translation>
    </message>
    <message>
        <source>This is an HTTPie command (%1), not a curl command: write it with curl, or paste the URL alone.</source>
        <translation>Ceci est une commande HTTPie (%1), pas une commande curl : écrivez-la avec curl, ou collez l’URL seule.</translation>
    </message>
    <message>
        <source>%1: shell variables, sent as written: a shell would have put their values there; replace them before sending</source>
        <translation>%1 : variables du shell, envoyées telles qu’écrites : un shell y aurait mis leurs valeurs ; remplacez-les avant l’envoi</translation>
    </message>
    <message>
        <source>$(…) or `…`: a shell would have run that command and put its output there; it is sent as written</source>
        <translation>$(…) ou `…` : un shell aurait exécuté cette commande et mis sa sortie à la place ; c’est envoyé tel qu’écrit</translation>
    </message>
    <message>
        <source>-u %1: no password after a colon. curl would ask for it; here the password is empty: give USER:PASSWORD, or type it in the Options tab.</source>
        <translation>-u %1 : pas de mot de passe après un deux-points. curl le demanderait ; ici le mot de passe est vide : donnez UTILISATEUR:MOT_DE_PASSE, ou saisissez-le dans l’onglet Options.</translation>
    </message>
    <message>
        <source>-H %1: the no-break or zero-width spaces around its name or value were removed (a chat or a web page adds them; HTTP has no use for them)</source>
        <translation>-H %1 : les espaces insécables ou de largeur nulle autour de son nom ou de sa valeur ont été retirées (une messagerie ou une page web les ajoute ; HTTP n’en a que faire)</translation>
    </message>
    <message>
        <source>%1: Qt connects over IPv4 or IPv6, whichever answers first</source>
        <translation>%1 : Qt se connecte en IPv4 ou en IPv6, selon ce qui répond le premier</translation>
    </message>
    <message>
        <source>%1: the requests are not signed (AWS Signature Version 4), so AWS answers them with 403</source>
        <translation>%1 : les requêtes ne sont pas signées (AWS Signature Version 4), AWS y répond donc par 403</translation>
    </message>
    <message>
        <source>%1: NTLM, Negotiate and Kerberos are not answered (Basic, Digest and Bearer are), so the server&apos;s 401 stays</source>
        <translation>%1 : NTLM, Negotiate et Kerberos ne reçoivent pas de réponse (Basic, Digest et Bearer si), le 401 du serveur reste donc</translation>
    </message>
    <message>
        <source>%1: the request target is the URL&apos;s path and query; Qt 6.4 sends no other</source>
        <translation>%1 : la cible de la requête est le chemin et la requête de l&apos;URL ; Qt 6.4 n&apos;en envoie pas d&apos;autre</translation>
    </message>
    <message>
        <source>%1: Qt 6.4 removes “.” and “..” segments from the path before sending, and the hop says so</source>
        <translation>%1 : Qt 6.4 retire les segments « . » et « .. » du chemin avant l&apos;envoi, et l&apos;étape le dit</translation>
    </message>
    <message>
        <source>%1: only http and https are used anyway</source>
        <translation>%1 : seuls http et https sont utilisés de toute façon</translation>
    </message>
    <message>
        <source>%1: redirects are followed to http and https, and from https to http only when downgrades are allowed</source>
        <translation>%1 : les redirections vers http et https sont suivies, et de https vers http seulement si les rétrogradations sont permises</translation>
    </message>
    <message>
        <source>%1: each request is sent once, never retried</source>
        <translation>%1 : chaque requête est envoyée une fois, jamais réessayée</translation>
    </message>
    <message>
        <source>%1: names are looked up by this system&apos;s resolver (--resolve pins an address)</source>
        <translation>%1 : les noms sont résolus par le résolveur de ce système (--resolve fixe une adresse)</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s own TLS choices are offered</source>
        <translation>%1 : ce sont les choix TLS de Qt qui sont proposés</translation>
    </message>
    <message>
        <source>%1: the certificate is checked as usual, but the server&apos;s public key is not compared with the pin</source>
        <translation>%1 : le certificat est vérifié comme d&apos;habitude, mais la clé publique du serveur n&apos;est pas comparée à l&apos;épingle</translation>
    </message>
    <message>
        <source>%1: the certificate&apos;s revocation is not checked</source>
        <translation>%1 : la révocation du certificat n&apos;est pas vérifiée</translation>
    </message>
    <message>
        <source>%1: no HSTS list is read, so http URLs stay http</source>
        <translation>%1 : aucune liste HSTS n&apos;est lue, les URL http restent donc en http</translation>
    </message>
    <message>
        <source>%1: no PROXY protocol header is sent; a server that needs one closes the connection</source>
        <translation>%1 : aucun en-tête du protocole PROXY n&apos;est envoyé ; un serveur qui en exige un ferme la connexion</translation>
    </message>
    <message>
        <source>%1: this system chooses the interface and port</source>
        <translation>%1 : ce système choisit l&apos;interface et le port</translation>
    </message>
    <message>
        <source>%1: transfers run at full speed</source>
        <translation>%1 : les transferts se font à pleine vitesse</translation>
    </message>
    <message>
        <source>%1 %2: not a size curl reads</source>
        <translation>%1 %2 : pas une taille que curl lit</translation>
    </message>
    <message>
        <source>%1: the command talks to a Unix socket, which StatusScope cannot; nothing is sent to the URL&apos;s host in its place.</source>
        <translation>%1 : la commande parle à un socket Unix, ce que StatusScope ne sait pas faire ; rien n&apos;est envoyé à l&apos;hôte de l&apos;URL à sa place.</translation>
    </message>
    <message>
        <source>%1: set for curl by the shell; this environment is not applied here</source>
        <translation>%1 : défini pour curl par le shell ; cet environnement n&apos;est pas appliqué ici</translation>
    </message>
    <message>
        <source>The URL in the curl command holds the shell variable %1, which a shell would have replaced with its value: put the value in the URL before sending.</source>
        <translation>L&apos;URL de la commande curl contient la variable du shell %1, qu&apos;un shell aurait remplacée par sa valeur : mettez la valeur dans l&apos;URL avant d&apos;envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) the terminal printed (the command&apos;s output, a prompt) left out</source>
        <translation>
            <numerusform>%n ligne affichée par le terminal (la sortie de la commande, une invite) laissée de côté</numerusform>
            <numerusform>%n lignes affichées par le terminal (la sortie de la commande, une invite) laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed: it opens in “%2”.</source>
        <translation>%1 n&apos;est pas fermé : il s&apos;ouvre dans « %2 ».</translation>
    </message>
    <message>
        <source>A single quote</source>
        <translation>Un guillemet simple</translation>
    </message>
    <message>
        <source>A $&apos;…&apos; quote</source>
        <translation>Un guillemet $&apos;…&apos;</translation>
    </message>
    <message>
        <source>A double quote</source>
        <translation>Un guillemet double</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 octet</numerusform>
            <numerusform>%1 octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>the Digest challenge has no nonce</source>
        <translation>le défi Digest n&apos;a pas de nonce</translation>
    </message>
    <message>
        <source>Digest with algorithm %1 is not supported (MD5, MD5-sess, SHA-256 and SHA-256-sess are; Qt 6.4 has no SHA-512/256)</source>
        <translation>Digest avec l&apos;algorithme %1 n&apos;est pas pris en charge (MD5, MD5-sess, SHA-256 et SHA-256-sess le sont ; Qt 6.4 n&apos;a pas SHA-512/256)</translation>
    </message>
    <message>
        <source>the Digest challenge offers only qop=%1; auth-int (a hash of the body) is not supported</source>
        <translation>le défi Digest ne propose que qop=%1 ; auth-int (un hachage du corps) n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>the Digest challenge asks for %1 without a qop</source>
        <translation>le défi Digest demande %1 sans qop</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Corps : %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Non appliqué :</translation>
    </message>
    <message>
        <source>Print the requests that would be sent, and send nothing; files the request names need not exist (they are listed as not applied).</source>
        <translation>Afficher les requêtes qui seraient envoyées, sans rien envoyer ; les fichiers que nomme la requête n&apos;ont pas besoin d&apos;exister (ils sont listés comme non appliqués).</translation>
    </message>
    <message>
        <source>file not readable: %1: %2</source>
        <translation>fichier illisible : %1 : %2</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>fichier introuvable : %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulation : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Request %1 of %2:</source>
        <translation>Requête %1 sur %2 :</translation>
    </message>
    <message>
        <source>Typed as %1: Qt 6.4 removes “.” and “..” segments before sending.</source>
        <translation>Saisi comme %1 : Qt 6.4 retire les segments « . » et « .. » avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Authorities for https: this computer&apos;s, and those in %1 (from the environment, as curl reads it).</source>
        <translation>Autorités pour https : celles de cet ordinateur, et celles de %1 (de l&apos;environnement, lu comme curl le lit).</translation>
    </message>
    <message>
        <source>Authorities for https: only those in %1 (from the environment, as curl reads it).</source>
        <translation>Autorités pour https : uniquement celles de %1 (de l&apos;environnement, lu comme curl le lit).</translation>
    </message>
</context>
<context>
    <name>FromCurl</name>
    <message>
        <source>--from-curl: cannot read “%1”: %2.</source>
        <translation>--from-curl : impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>--from-curl: “%1” holds more than 1 MiB; a pasted curl command is far shorter.</source>
        <translation>--from-curl : « %1 » dépasse 1 Mio ; une commande curl collée est bien plus courte.</translation>
    </message>
    <message>
        <source>--from-curl: “%1” is not UTF-8 text.</source>
        <translation>--from-curl : « %1 » n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>Send the curl commands pasted into FILE (- for standard input, at most 1 MiB), in order; options StatusScope does not use are listed on standard error.</source>
        <translation>Envoyer dans l&apos;ordre les commandes curl collées dans FILE (- pour l&apos;entrée standard, 1 Mio au plus) ; les options que StatusScope n&apos;utilise pas sont listées sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>--from-curl sends the URLs of the pasted commands; give no URL argument with it.</source>
        <translation>--from-curl envoie les URL des commandes collées ; ne donnez pas d&apos;URL en argument avec lui.</translation>
    </message>
    <message>
        <source>--from-curl and --input cannot be used together.</source>
        <translation>--from-curl et --input ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--from-curl takes the request from the pasted command: put %1 in the command instead.</source>
        <translation>--from-curl prend la requête dans la commande collée : mettez plutôt %1 dans la commande.</translation>
    </message>
    <message>
        <source>--from-curl: “%1”: %2</source>
        <translation>--from-curl : « %1 » : %2</translation>
    </message>
    <message>
        <source>command %1: </source>
        <translation>commande %1 : </translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>non appliqué : %1</translation>
    </message>
</context>
<context>
    <name>FromHttp</name>
    <message>
        <source>Send the requests of FILE, a VS Code REST Client or JetBrains HTTP Client .http file, in order; what StatusScope does not use (scripts, response references…) is listed on standard error.</source>
        <translation>Envoyer dans l&apos;ordre les requêtes de FILE, un fichier .http de VS Code REST Client ou de JetBrains HTTP Client ; ce que StatusScope n&apos;utilise pas (scripts, références de réponse…) est listé sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>With --from-http: send only the request named NAME (# @name or ### NAME).</source>
        <translation>Avec --from-http : n&apos;envoyer que la requête nommée NAME (# @name ou ### NAME).</translation>
    </message>
    <message>
        <source>With --from-http: take variables the file does not define from environment NAME of http-client.env.json (and .private.env.json) or .vscode/settings.json.</source>
        <translation>Avec --from-http : prendre les variables que le fichier ne définit pas dans l&apos;environnement NAME de http-client.env.json (et .private.env.json) ou de .vscode/settings.json.</translation>
    </message>
    <message>
        <source>--from-http sends the requests of the file; give no URL argument with it.</source>
        <translation>--from-http envoie les requêtes du fichier ; ne donnez pas d&apos;URL en argument avec lui.</translation>
    </message>
    <message>
        <source>--from-http takes the requests from the file: %1 cannot be used with it.</source>
        <translation>--from-http prend les requêtes dans le fichier : %1 ne peut pas être utilisé avec lui.</translation>
    </message>
    <message>
        <source>--from-http: “%1” holds no request.</source>
        <translation>--from-http : « %1 » ne contient aucune requête.</translation>
    </message>
    <message>
        <source>--from-http: “%1” has no request named “%2”; none of its requests has a name.</source>
        <translation>--from-http : « %1 » n&apos;a pas de requête nommée « %2 » ; aucune de ses requêtes n&apos;a de nom.</translation>
    </message>
    <message>
        <source>--from-http: “%1” has no request named “%2”; its names are: %3.</source>
        <translation>--from-http : « %1 » n&apos;a pas de requête nommée « %2 » ; ses noms sont : %3.</translation>
    </message>
    <message numerus="yes">
        <source>--from-http: “%1”: %n request(s) cannot be sent, so none is:</source>
        <translation>
            <numerusform>--from-http : « %1 » : %n requête ne peut pas être envoyée, donc aucune ne l&apos;est :</numerusform>
            <numerusform>--from-http : « %1 » : %n requêtes ne peuvent pas être envoyées, donc aucune ne l&apos;est :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Har</name>
    <message>
        <source>blocked includes the DNS lookup; connect includes the TLS handshake (Qt 6.4 reports neither separately).</source>
        <translation>blocked inclut la résolution DNS ; connect inclut la négociation TLS (Qt 6.4 ne les distingue pas).</translation>
    </message>
    <message>
        <source>blocked includes the DNS lookup; on plain HTTP connect includes sending the request (Qt 6.4 reports neither separately).</source>
        <translation>blocked inclut la résolution DNS ; en HTTP simple, connect inclut l&apos;envoi de la requête (Qt 6.4 ne les distingue pas).</translation>
    </message>
    <message>
        <source>The connection was reused: no DNS, connect or TLS time.</source>
        <translation>La connexion a été réutilisée : pas de temps DNS, de connexion ni TLS.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide : %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This is not a HAR file: it has no log.entries list.</source>
        <translation>Ce n&apos;est pas un fichier HAR : il n&apos;a pas de liste log.entries.</translation>
    </message>
    <message>
        <source>Entry %1: no usable request URL.</source>
        <translation>Entrée %1 : pas d&apos;URL de requête utilisable.</translation>
    </message>
    <message>
        <source>No response was recorded for the last request.</source>
        <translation>Aucune réponse n&apos;a été enregistrée pour la dernière requête.</translation>
    </message>
    <message>
        <source>Credentials are masked (••••): Authorization, cookies, headers marked secret, passwords in URLs, and their echoes in bodies.</source>
        <translation>Les identifiants sont masqués (••••) : Authorization, cookies, en-têtes marqués secrets, mots de passe dans les URL, et leurs échos dans les corps.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message>
        <source>Entry %1 could not be read: %2.</source>
        <translation>L&apos;entrée %1 n&apos;a pas pu être lue : %2.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2, in entry %3).</source>
        <translation>Le fichier n&apos;est pas du JSON valide : %1 (à l&apos;octet %2, dans l&apos;entrée %3).</translation>
    </message>
    <message>
        <source>The file is %1 MiB; HAR files up to %2 MiB can be opened.</source>
        <translation>Le fichier fait %1 Mio ; seuls les fichiers HAR de %2 Mio au plus peuvent être ouverts.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>le fichier se termine trop tôt</translation>
    </message>
    <message>
        <source>%1 cannot follow a backslash in a string</source>
        <translation>%1 ne peut pas suivre une barre oblique inverse dans une chaîne</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>un échappement \u exige quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>a number needs a digit after its minus sign</source>
        <translation>un nombre exige un chiffre après son signe moins</translation>
    </message>
    <message>
        <source>a number needs a digit after its decimal point</source>
        <translation>un nombre exige un chiffre après son point décimal</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>un nombre exige des chiffres dans son exposant</translation>
    </message>
    <message>
        <source>%1 is not a JSON value</source>
        <translation>%1 n&apos;est pas une valeur JSON</translation>
    </message>
    <message>
        <source>a JSON document starts with “{” or “[”, not %1</source>
        <translation>un document JSON commence par « { » ou « [ », pas par %1</translation>
    </message>
    <message>
        <source>a key in quotes was expected, not %1</source>
        <translation>une clé entre guillemets était attendue, pas %1</translation>
    </message>
    <message>
        <source>a colon was expected after a key, not %1</source>
        <translation>un deux-points était attendu après une clé, pas %1</translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected, not %1</source>
        <translation>une virgule ou un signe fermant (« ] » ou « } ») était attendu, pas %1</translation>
    </message>
    <message>
        <source>%1 follows the end of the document</source>
        <translation>%1 suit la fin du document</translation>
    </message>
    <message>
        <source>arrays and objects are nested too deeply</source>
        <translation>les tableaux et les objets sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>the file has more than one log.entries list</source>
        <translation>le fichier a plus d&apos;une liste log.entries</translation>
    </message>
    <message>
        <source>%1 does not close the open %2</source>
        <translation>%1 ne ferme pas le dernier %2 ouvert</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>une chaîne n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>a string holds a control character (%1) that must be escaped</source>
        <translation>une chaîne contient un caractère de contrôle (%1) qui doit être échappé</translation>
    </message>
    <message>
        <source>Only the first %1 were kept.</source>
        <translation>Seuls les premiers %1 ont été conservés.</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text: “text” holds its bytes in base64, as “_encoding” says.</source>
        <translation>Le corps n&apos;est pas du texte UTF-8 : « text » contient ses octets en base64, comme l&apos;indique « _encoding ».</translation>
    </message>
    <message>
        <source>No response was recorded for the last request; the browser wrote “%1”.</source>
        <translation>Aucune réponse n&apos;a été enregistrée pour la dernière requête ; le navigateur a écrit « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n entries with a %1: URL skipped: they are not requests on the network (entries %2).</source>
        <translation>
            <numerusform>%n entrée avec une URL %1: ignorée : ce n’est pas une requête sur le réseau (entrée %2).</numerusform>
            <numerusform>%n entrées avec une URL %1: ignorées : ce ne sont pas des requêtes sur le réseau (entrées %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser took this %1 from its disk cache without asking the server. It keeps following a cached permanent redirect until the entry expires or the cache is cleared, so a change on the server goes unseen.</source>
        <translation>Le navigateur a pris ce %1 dans son cache disque sans interroger le serveur. Il continue de suivre une redirection permanente en cache jusqu&apos;à ce que l&apos;entrée expire ou que le cache soit vidé : un changement sur le serveur passe inaperçu.</translation>
    </message>
    <message>
        <source>The browser took this %1 from its disk cache without asking the server.</source>
        <translation>Le navigateur a pris ce %1 dans son cache disque sans interroger le serveur.</translation>
    </message>
    <message>
        <source>The browser took this %1 from its memory cache without asking the server. It keeps following a cached permanent redirect until the entry expires or the cache is cleared, so a change on the server goes unseen.</source>
        <translation>Le navigateur a pris ce %1 dans son cache mémoire sans interroger le serveur. Il continue de suivre une redirection permanente en cache jusqu&apos;à ce que l&apos;entrée expire ou que le cache soit vidé : un changement sur le serveur passe inaperçu.</translation>
    </message>
    <message>
        <source>The browser took this %1 from its memory cache without asking the server.</source>
        <translation>Le navigateur a pris ce %1 dans son cache mémoire sans interroger le serveur.</translation>
    </message>
    <message>
        <source>The page&apos;s service worker answered this request: what the server sent, if it was asked at all, may differ.</source>
        <translation>Le service worker de la page a répondu à cette requête : ce que le serveur a envoyé, s&apos;il a seulement été interrogé, peut différer.</translation>
    </message>
</context>
<context>
    <name>HarCommand</name>
    <message>
        <source>Standard input holds more than %1 MiB; HAR files up to that size can be read.</source>
        <translation>L&apos;entrée standard contient plus de %1 Mio ; seuls les fichiers HAR jusqu&apos;à cette taille peuvent être lus.</translation>
    </message>
    <message>
        <source>A HAR file (- for standard input).</source>
        <translation>Un fichier HAR (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Print JSON Lines: one chain a line, as check --json writes it, with &quot;source&quot;: &quot;har&quot;.</source>
        <translation>Afficher du JSON Lines : une chaîne par ligne, telle que check --json l&apos;écrit, avec &quot;source&quot;: &quot;har&quot;.</translation>
    </message>
    <message>
        <source>Also write what was read back out as a HAR 1.2 file (credentials masked unless --show-secrets); - writes it instead of the report.</source>
        <translation>Écrire aussi ce qui a été lu dans un fichier HAR 1.2 (identifiants masqués sauf avec --show-secrets) ; - l&apos;écrit à la place du rapport.</translation>
    </message>
    <message>
        <source>Show credentials (Authorization, cookies) instead of masking them.</source>
        <translation>Afficher les identifiants (Authorization, cookies) au lieu de les masquer.</translation>
    </message>
    <message>
        <source>Give one HAR file, for example “statusscope har capture.har”.</source>
        <translation>Indiquez un seul fichier HAR, par exemple « statusscope har capture.har ».</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a HAR file: %2</source>
        <translation>« %1 » ne peut pas être lu comme un fichier HAR : %2</translation>
    </message>
    <message>
        <source>The file holds no entries.</source>
        <translation>Le fichier ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>The HAR file “%1” could not be written.</source>
        <translation>Le fichier HAR « %1 » n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>HeaderGlossary</name>
    <message>
        <source>Whether the server takes range requests, and in which unit.</source>
        <translation>Si le serveur accepte les requêtes partielles, et dans quelle unité.</translation>
    </message>
    <message>
        <source>Seconds the response has spent in caches since the origin produced it.</source>
        <translation>Secondes passées par la réponse dans des caches depuis que l&apos;origine l&apos;a produite.</translation>
    </message>
    <message>
        <source>The methods the resource supports; required on 405.</source>
        <translation>Les méthodes que la ressource prend en charge ; obligatoire avec 405.</translation>
    </message>
    <message>
        <source>Other places (protocol, host, port) where the same service can be reached, such as HTTP/3.</source>
        <translation>D&apos;autres endroits (protocole, hôte, port) où le même service est joignable, comme HTTP/3.</translation>
    </message>
    <message>
        <source>Directives that tell caches whether and how long they may store and reuse the response.</source>
        <translation>Des directives qui disent aux caches s&apos;ils peuvent stocker et réutiliser la réponse, et combien de temps.</translation>
    </message>
    <message>
        <source>Options for this connection only, such as close; never forwarded by proxies.</source>
        <translation>Des options pour cette connexion seulement, comme close ; jamais transmises par les proxys.</translation>
    </message>
    <message>
        <source>Whether to show the body inline or save it, and under which file name.</source>
        <translation>Afficher le corps ou l&apos;enregistrer, et sous quel nom de fichier.</translation>
    </message>
    <message>
        <source>Compression applied to the body (gzip, br, deflate); undo it to get the representation.</source>
        <translation>La compression appliquée au corps (gzip, br, deflate) ; l&apos;annuler donne la représentation.</translation>
    </message>
    <message>
        <source>The natural language of the intended audience.</source>
        <translation>La langue naturelle du public visé.</translation>
    </message>
    <message>
        <source>The size of the body in bytes, as sent.</source>
        <translation>La taille du corps en octets, tel qu&apos;envoyé.</translation>
    </message>
    <message>
        <source>A URI for the specific representation that was sent.</source>
        <translation>Une URI pour la représentation précise qui a été envoyée.</translation>
    </message>
    <message>
        <source>Which part of the whole representation this body is, and the total size; used by 206 and 416.</source>
        <translation>Quelle partie de la représentation complète est ce corps, et la taille totale ; utilisé par 206 et 416.</translation>
    </message>
    <message>
        <source>Rules a browser enforces on what the page may load and run.</source>
        <translation>Les règles qu&apos;un navigateur impose à ce que la page peut charger et exécuter.</translation>
    </message>
    <message>
        <source>The media type of the body, with parameters such as charset.</source>
        <translation>Le type de média du corps, avec des paramètres comme charset.</translation>
    </message>
    <message>
        <source>When the server produced the response.</source>
        <translation>Quand le serveur a produit la réponse.</translation>
    </message>
    <message>
        <source>An opaque version tag of the representation, for conditional requests with If-None-Match or If-Match.</source>
        <translation>Une étiquette de version opaque de la représentation, pour les requêtes conditionnelles avec If-None-Match ou If-Match.</translation>
    </message>
    <message>
        <source>The date after which the response is stale; Cache-Control max-age takes precedence.</source>
        <translation>La date après laquelle la réponse est périmée ; max-age de Cache-Control l&apos;emporte.</translation>
    </message>
    <message>
        <source>Hints about how long an idle persistent connection is kept open.</source>
        <translation>Des indications sur la durée pendant laquelle une connexion persistante inactive reste ouverte.</translation>
    </message>
    <message>
        <source>When the origin believes the representation last changed; a validator for If-Modified-Since.</source>
        <translation>Quand l&apos;origine pense que la représentation a changé pour la dernière fois ; un validateur pour If-Modified-Since.</translation>
    </message>
    <message>
        <source>Typed links to related resources, for example preload hints or the blocked-by relation of 451.</source>
        <translation>Des liens typés vers des ressources apparentées, par exemple des indications de préchargement ou la relation blocked-by de 451.</translation>
    </message>
    <message>
        <source>Where to go next: the redirect target of a 3xx, or the new resource of a 201.</source>
        <translation>Où aller ensuite : la cible de redirection d&apos;un 3xx, ou la nouvelle ressource d&apos;un 201.</translation>
    </message>
    <message>
        <source>The authentication challenge of a proxy; required on 407.</source>
        <translation>Le défi d&apos;authentification d&apos;un proxy ; obligatoire avec 407.</translation>
    </message>
    <message>
        <source>How long to wait before trying again, in seconds or as a date; used with 503, 429 and 3xx.</source>
        <translation>Combien de temps attendre avant de réessayer, en secondes ou sous forme de date ; utilisé avec 503, 429 et 3xx.</translation>
    </message>
    <message>
        <source>The software that produced the response; it can tell which meaning of a vendor code applies.</source>
        <translation>Le logiciel qui a produit la réponse ; il indique quelle signification d&apos;un code propriétaire s&apos;applique.</translation>
    </message>
    <message>
        <source>Stores a cookie in the client, to be sent back on later requests by the cookie rules.</source>
        <translation>Enregistre un cookie dans le client, renvoyé lors des requêtes suivantes selon les règles des cookies.</translation>
    </message>
    <message>
        <source>Tells browsers to use only https for this host for a while (HSTS).</source>
        <translation>Demande aux navigateurs de n&apos;utiliser que https pour cet hôte pendant un temps (HSTS).</translation>
    </message>
    <message>
        <source>How the message body is framed on this connection, such as chunked.</source>
        <translation>Comment le corps du message est découpé sur cette connexion, par exemple chunked.</translation>
    </message>
    <message>
        <source>The protocol to switch to; required on 101 and 426.</source>
        <translation>Le protocole vers lequel basculer ; obligatoire avec 101 et 426.</translation>
    </message>
    <message>
        <source>Request fields that chose this representation; caches must match them before reuse.</source>
        <translation>Les champs de requête qui ont choisi cette représentation ; les caches doivent les comparer avant de la réutiliser.</translation>
    </message>
    <message>
        <source>The proxies and gateways the message passed through.</source>
        <translation>Les proxys et passerelles que le message a traversés.</translation>
    </message>
    <message>
        <source>The authentication challenge: which scheme (Basic, Bearer…) the client may use; required on 401.</source>
        <translation>Le défi d&apos;authentification : quel schéma (Basic, Bearer…) le client peut utiliser ; obligatoire avec 401.</translation>
    </message>
    <message>
        <source>With nosniff, tells browsers not to guess a media type other than Content-Type.</source>
        <translation>Avec nosniff, demande aux navigateurs de ne pas deviner un autre type de média que Content-Type.</translation>
    </message>
    <message>
        <source>Whether other sites may show this page in a frame; superseded by CSP frame-ancestors.</source>
        <translation>Si d&apos;autres sites peuvent afficher cette page dans un cadre ; remplacé par frame-ancestors de CSP.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>History is off: %1</source>
        <translation>L&apos;historique est désactivé : %1</translation>
    </message>
    <message>
        <source>the file was written by a newer StatusScope (schema %1)</source>
        <translation>le fichier a été écrit par un StatusScope plus récent (schéma %1)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and could not be moved aside.</source>
        <translation>%1 est endommagé (%2) et n&apos;a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was kept as %2 and a new history was started.</source>
        <translation>Le fichier d&apos;historique était endommagé (%1). Il a été conservé sous %2 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>another program kept the history file locked</source>
        <translation>un autre programme gardait le fichier d&apos;historique verrouillé</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>le fichier d&apos;historique est en lecture seule</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>%1, and it cannot be read (%2).</source>
        <translation>%1, et le fichier ne peut pas non plus être lu (%2).</translation>
    </message>
    <message>
        <source>History is read-only: %1. The entries below can be opened; new chains are not kept and nothing can be deleted.</source>
        <translation>L&apos;historique est en lecture seule : %1. Les entrées ci-dessous peuvent être ouvertes ; les nouvelles chaînes ne sont pas conservées et rien ne peut être supprimé.</translation>
    </message>
    <message>
        <source>The history file is in use by another program (still locked after %1 s). Nothing was changed; it is opened again at the next chain, or with Try again.</source>
        <translation>Le fichier d&apos;historique est utilisé par un autre programme (toujours verrouillé après %1 s). Rien n&apos;a été modifié ; il est rouvert à la prochaine chaîne, ou avec Réessayer.</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>L&apos;historique est désactivé.</translation>
    </message>
    <message>
        <source>History could not be written: %1. The last change was not kept.</source>
        <translation>L&apos;historique n&apos;a pas pu être écrit : %1. La dernière modification n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>There is no chain %1.</source>
        <translation>Il n&apos;y a pas de chaîne %1.</translation>
    </message>
    <message>
        <source>Chain %1 in the history cannot be read: %2.</source>
        <translation>La chaîne %1 de l&apos;historique ne peut pas être lue : %2.</translation>
    </message>
</context>
<context>
    <name>HopChecks</name>
    <message>
        <source>%1 without a %2 header.</source>
        <translation>%1 sans en-tête %2.</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After asks the client to wait %n second(s), until %1.</source>
        <translation>
            <numerusform>Retry-After demande au client d&apos;attendre %n seconde, jusqu&apos;à %1.</numerusform>
            <numerusform>Retry-After demande au client d&apos;attendre %n secondes, jusqu&apos;à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry-After “%1” is neither a number of seconds nor an HTTP date.</source>
        <translation>Retry-After « %1 » n&apos;est ni un nombre de secondes ni une date HTTP.</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After asks the client to wait until %1 (%n second(s) from now).</source>
        <translation>
            <numerusform>Retry-After demande au client d&apos;attendre jusqu&apos;à %1 (dans %n seconde).</numerusform>
            <numerusform>Retry-After demande au client d&apos;attendre jusqu&apos;à %1 (dans %n secondes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is outside 100–599, so it is not a valid HTTP status; clients should treat it as a server error (5xx).</source>
        <translation>%1 est hors de 100–599, ce n&apos;est donc pas un état HTTP valide ; les clients devraient le traiter comme une erreur serveur (5xx).</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; by its class it means the same as %2.</source>
        <translation>%1 n&apos;est pas dans le catalogue ; par sa classe, il signifie la même chose que %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard code; it is used by %2.</source>
        <translation>%1 n&apos;est pas un code standard ; il est utilisé par %2.</translation>
    </message>
    <message>
        <source>305 Use Proxy is deprecated; clients ignore it.</source>
        <translation>305 Use Proxy est obsolète ; les clients l&apos;ignorent.</translation>
    </message>
    <message>
        <source>306 is reserved and unused; a server should never send it.</source>
        <translation>306 est réservé et inutilisé ; un serveur ne devrait jamais l&apos;envoyer.</translation>
    </message>
    <message>
        <source>A %1 arrived as the final response. 1xx responses are interim: with Qt 6.4 the real response that follows is lost, so this is not the server&apos;s full answer.</source>
        <translation>Un %1 est arrivé comme réponse finale. Les réponses 1xx sont intermédiaires : avec Qt 6.4, la vraie réponse qui suit est perdue, ce n&apos;est donc pas la réponse complète du serveur.</translation>
    </message>
    <message>
        <source>The reason phrase “%1” is not the usual “%2”; clients ignore reason phrases.</source>
        <translation>L&apos;intitulé « %1 » n&apos;est pas l&apos;habituel « %2 » ; les clients ignorent les intitulés.</translation>
    </message>
    <message>
        <source>The browser made this %1 itself: %2 is on its HSTS list, so it went to https without asking the server (Non-Authoritative-Reason: HSTS). What the server answers at http is not in this file.</source>
        <translation>Le navigateur a produit ce %1 lui-même : %2 est sur sa liste HSTS, il est donc passé en https sans interroger le serveur (Non-Authoritative-Reason: HSTS). Ce que le serveur répond en http ne figure pas dans ce fichier.</translation>
    </message>
    <message>
        <source>The browser made this %1 itself (Non-Authoritative-Reason: %2), as it does when an extension redirects a request: the server never saw it.</source>
        <translation>Le navigateur a produit ce %1 lui-même (Non-Authoritative-Reason: %2), comme lorsqu&apos;une extension redirige une requête : le serveur ne l&apos;a jamais vue.</translation>
    </message>
</context>
<context>
    <name>HopDetail</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <source>No response arrived for this hop.</source>
        <translation>Aucune réponse n&apos;est arrivée pour cette étape.</translation>
    </message>
    <message>
        <source>This number has %1 meanings; the most likely comes first.</source>
        <translation>Ce numéro a %1 significations ; la plus probable vient en premier.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; by its class a client treats it as %2.</source>
        <translation>%1 n&apos;est pas dans le catalogue ; par sa classe, un client le traite comme %2.</translation>
    </message>
    <message>
        <source>Open in catalogue</source>
        <translation>Ouvrir dans le catalogue</translation>
    </message>
    <message>
        <source>What this hop tells</source>
        <translation>Ce que montre cette étape</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Requête telle qu&apos;envoyée</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>not sent on this hop</source>
        <translation>non envoyé à cette étape</translation>
    </message>
    <message>
        <source>Highlighted: what changed since the previous hop.</source>
        <translation>En surbrillance : ce qui a changé depuis l&apos;étape précédente.</translation>
    </message>
    <message>
        <source>Phases, from the start of the hop</source>
        <translation>Phases, depuis le début de l&apos;étape</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>connection reused: no connect or TLS time</source>
        <translation>connexion réutilisée : pas de temps de connexion ni TLS</translation>
    </message>
    <message>
        <source>includes queueing and the DNS lookup, which Qt does not separate</source>
        <translation>inclut l&apos;attente et la résolution DNS, que Qt ne sépare pas</translation>
    </message>
    <message>
        <source>TLS done</source>
        <translation>TLS terminé</translation>
    </message>
    <message>
        <source>TCP connect and TLS handshake are one span</source>
        <translation>la connexion TCP et la négociation TLS forment une seule durée</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>on plain HTTP, connecting and sending are one span</source>
        <translation>en HTTP simple, connexion et envoi forment une seule durée</translation>
    </message>
    <message>
        <source>Headers received</source>
        <translation>En-têtes reçus</translation>
    </message>
    <message>
        <source>first byte and end of headers are one moment</source>
        <translation>le premier octet et la fin des en-têtes sont un même instant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Qt sent this request %1 times by itself.</source>
        <translation>Qt a envoyé cette requête %1 fois de lui-même.</translation>
    </message>
    <message>
        <source>This hop was not encrypted.</source>
        <translation>Cette étape n&apos;était pas chiffrée.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>Certificate problems (accepted for this host)</source>
        <translation>Problèmes de certificat (acceptés pour cet hôte)</translation>
    </message>
    <message>
        <source>Certificate problems</source>
        <translation>Problèmes de certificat</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation>valable du %1 au %2</translation>
    </message>
    <message>
        <source>body: %1</source>
        <translation>corps : %1</translation>
    </message>
    <message>
        <source>added by Qt</source>
        <translation>ajouté par Qt</translation>
    </message>
    <message>
        <source>Via proxy %1.</source>
        <translation>Via le proxy %1.</translation>
    </message>
    <message>
        <source>Via proxy %1, as user %2.</source>
        <translation>Via le proxy %1, en tant qu&apos;utilisateur %2.</translation>
    </message>
    <message>
        <source>Connected to %1 (pinned); the URL, the Host field and the certificate check stay %2.</source>
        <translation>Connecté à %1 (épinglé) ; l&apos;URL, le champ Host et la vérification du certificat restent sur %2.</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>HTTP/1.1 seulement</translation>
    </message>
    <message>
        <source>HTTP/2, offered</source>
        <translation>HTTP/2, proposé</translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation>HTTP/2 dès le premier octet (prior knowledge)</translation>
    </message>
    <message>
        <source>HTTP version asked: %1.</source>
        <translation>Version HTTP demandée : %1.</translation>
    </message>
    <message>
        <source>Answered the %1 of hop %2 with %3.</source>
        <translation>Réponse au %1 de l&apos;étape %2 avec %3.</translation>
    </message>
    <message>
        <source>Answered the %1 of hop %2 with %3, user %4.</source>
        <translation>Réponse au %1 de l&apos;étape %2 avec %3, utilisateur %4.</translation>
    </message>
    <message>
        <source>Answered the challenge of hop %1 with %2.</source>
        <translation>Réponse au défi de l&apos;étape %1 avec %2.</translation>
    </message>
    <message>
        <source>Answered the challenge of hop %1 with %2, user %3.</source>
        <translation>Réponse au défi de l&apos;étape %1 avec %2, utilisateur %3.</translation>
    </message>
    <message>
        <source>Sent %1 credentials with the request.</source>
        <translation>Identifiants %1 envoyés avec la requête.</translation>
    </message>
    <message>
        <source>Sent %1 credentials with the request, user %2.</source>
        <translation>Identifiants %1 envoyés avec la requête, utilisateur %2.</translation>
    </message>
    <message>
        <source>Route and credentials</source>
        <translation>Acheminement et identifiants</translation>
    </message>
    <message>
        <source>Client certificate offered: %1 (the request&apos;s own).</source>
        <translation>Certificat client présenté : %1 (celui de la requête).</translation>
    </message>
    <message>
        <source>Client certificate offered: %1, from Preferences for %2.</source>
        <translation>Certificat client présenté : %1, d&apos;après les préférences pour %2.</translation>
    </message>
</context>
<context>
    <name>HostGate</name>
    <message numerus="yes">
        <source>The audit waits %n second(s), as Retry-After asks, then sends this request again (retry %1 of %2).</source>
        <translation>
            <numerusform>L&apos;audit attend %n seconde, comme le demande Retry-After, puis renvoie cette requête (nouvel essai %1 sur %2).</numerusform>
            <numerusform>L&apos;audit attend %n secondes, comme le demande Retry-After, puis renvoie cette requête (nouvel essai %1 sur %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpFile</name>
    <message>
        <source>line %1: the name “%2” was already given on line %3; --name picks the first.</source>
        <translation>ligne %1 : le nom « %2 » a déjà été donné à la ligne %3 ; --name choisit le premier.</translation>
    </message>
    <message>
        <source>line %1: the pre-request script (&lt; {% … %}) is not run: StatusScope runs no scripts.</source>
        <translation>ligne %1 : le script de pré-requête (&lt; {% … %}) n&apos;est pas exécuté : StatusScope n&apos;exécute aucun script.</translation>
    </message>
    <message>
        <source>line %1: text after a response handler is not part of the request.</source>
        <translation>ligne %1 : le texte qui suit un gestionnaire de réponse ne fait pas partie de la requête.</translation>
    </message>
    <message>
        <source>line %1: the script opened here is not closed with %}; the lines after it, up to the next ###, were skipped.</source>
        <translation>ligne %1 : le script ouvert ici n&apos;est pas fermé par %} ; les lignes suivantes, jusqu&apos;au prochain ###, ont été ignorées.</translation>
    </message>
    <message>
        <source>line %1: “@name %2” is followed by no request.</source>
        <translation>ligne %1 : « @name %2 » n&apos;est suivi d&apos;aucune requête.</translation>
    </message>
    <message>
        <source>line %1: @no-log is not applied: the window&apos;s history keeps every chain it sends.</source>
        <translation>ligne %1 : @no-log n&apos;est pas appliqué : l&apos;historique de la fenêtre garde chaque chaîne qu&apos;elle envoie.</translation>
    </message>
    <message>
        <source>line %1: @%2 is not supported.</source>
        <translation>ligne %1 : @%2 n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a variable definition (@name = value).</source>
        <translation>ligne %1 : « %2 » n&apos;est pas une définition de variable (@nom = valeur).</translation>
    </message>
    <message>
        <source>line %1: %2 requests are not supported; StatusScope sends HTTP requests only.</source>
        <translation>ligne %1 : les requêtes %2 ne sont pas prises en charge ; StatusScope n&apos;envoie que des requêtes HTTP.</translation>
    </message>
    <message>
        <source>line %1: the response reference (%2) is not compared: StatusScope keeps its own history instead.</source>
        <translation>ligne %1 : la référence de réponse (%2) n&apos;est pas comparée : StatusScope tient plutôt son propre historique.</translation>
    </message>
    <message>
        <source>line %1: the response handler (%2) is not run: StatusScope runs no scripts.</source>
        <translation>ligne %1 : le gestionnaire de réponse (%2) n&apos;est pas exécuté : StatusScope n&apos;exécute aucun script.</translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation>Le fichier ne contient aucune requête.</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2.</source>
        <translation>impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>“%1” holds more than 4 MiB; a .http file is far shorter.</source>
        <translation>« %1 » dépasse 4 Mio ; un fichier .http est bien plus court.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>« %1 » n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>%1 is next to the file but not read: no environment was chosen.</source>
        <translation>%1 est à côté du fichier mais n&apos;est pas lu : aucun environnement n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>line %1: &lt;@%2: only UTF-8 body files are read.</source>
        <translation>ligne %1 : &lt;@%2 : seuls les fichiers de corps en UTF-8 sont lus.</translation>
    </message>
    <message>
        <source>line %1: &lt; %2: file not readable: %3: %4</source>
        <translation>ligne %1 : &lt; %2 : fichier illisible : %3 : %4</translation>
    </message>
    <message>
        <source>line %1: &lt; %2: file not found: %3</source>
        <translation>ligne %1 : &lt; %2 : fichier introuvable : %3</translation>
    </message>
    <message>
        <source>line %1: %2 is not applied: StatusScope speaks HTTP/1.1 and HTTP/2.</source>
        <translation>ligne %1 : %2 n&apos;est pas appliqué : StatusScope parle HTTP/1.1 et HTTP/2.</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a header (Name: value); a body comes after a blank line.</source>
        <translation>ligne %1 : « %2 » n&apos;est pas un en-tête (Nom: valeur) ; un corps vient après une ligne vide.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1: “%2” cannot be requested: %3</source>
        <translation>ligne %1 : « %2 » ne peut pas faire l&apos;objet d&apos;une requête : %3</translation>
    </message>
    <message>
        <source>its body is not UTF-8 text</source>
        <translation>son corps n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>its body holds carriage returns, which a .http file does not keep</source>
        <translation>son corps contient des retours chariot, qu&apos;un fichier .http ne conserve pas</translation>
    </message>
    <message>
        <source>its body ends with a line break or blank line, which a .http file does not keep</source>
        <translation>son corps se termine par un saut de ligne ou une ligne vide, qu&apos;un fichier .http ne conserve pas</translation>
    </message>
    <message>
        <source>a line of its body (“%1”) would be read as part of the file&apos;s syntax</source>
        <translation>une ligne de son corps (« %1 ») serait lue comme faisant partie de la syntaxe du fichier</translation>
    </message>
    <message>
        <source>its name holds a line break</source>
        <translation>son nom contient un saut de ligne</translation>
    </message>
    <message>
        <source>its method %1 is not one that .http files know</source>
        <translation>sa méthode %1 n&apos;est pas de celles que connaissent les fichiers .http</translation>
    </message>
    <message>
        <source>its URL cannot be written</source>
        <translation>son URL ne peut pas être écrite</translation>
    </message>
    <message>
        <source>its field %1 holds “{{”, which would be read as a variable</source>
        <translation>son champ %1 contient « {{ », qui serait lu comme une variable</translation>
    </message>
    <message>
        <source>its field %1 begins or ends with spaces</source>
        <translation>son champ %1 commence ou se termine par des espaces</translation>
    </message>
    <message>
        <source>its Authorization field would be encoded again when read</source>
        <translation>son champ Authorization serait encodé une seconde fois à la lecture</translation>
    </message>
    <message>
        <source>its Digest user or password is empty or holds spaces</source>
        <translation>son utilisateur ou son mot de passe Digest est vide ou contient des espaces</translation>
    </message>
    <message>
        <source>its body holds “{{”, which would be read as a variable</source>
        <translation>son corps contient « {{ », qui serait lu comme une variable</translation>
    </message>
    <message>
        <source>an empty body (written as none)</source>
        <translation>le corps vide (écrit comme une absence de corps)</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>le proxy</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>les certificats</translation>
    </message>
    <message>
        <source>pinned addresses</source>
        <translation>les adresses épinglées</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>les identifiants</translation>
    </message>
    <message>
        <source>cookies from a cookie file</source>
        <translation>les cookies d&apos;un fichier de cookies</translation>
    </message>
    <message>
        <source>limits other than the timeout</source>
        <translation>les limites autres que le délai</translation>
    </message>
    <message>
        <source>the fields marked secret</source>
        <translation>les champs marqués secrets</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>“%1”: without %2</source>
        <translation>« %1 » : sans %2</translation>
    </message>
    <message>
        <source>history is off or read-only, so nothing can be saved.</source>
        <translation>l&apos;historique est désactivé ou en lecture seule, rien ne peut donc être enregistré.</translation>
    </message>
    <message>
        <source>it holds no request.</source>
        <translation>il ne contient aucune requête.</translation>
    </message>
    <message>
        <source>line %1: “%2” could not be saved: %3</source>
        <translation>ligne %1 : impossible d&apos;enregistrer « %2 » : %3</translation>
    </message>
    <message>
        <source>the folder “%1” holds no saved request.</source>
        <translation>le dossier « %1 » ne contient aucune requête enregistrée.</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>line %1: the text grows past 4 MiB once its variables are replaced.</source>
        <translation>ligne %1 : le texte dépasse 4 Mio une fois ses variables remplacées.</translation>
    </message>
    <message>
        <source>line %1: {{%2}} takes a value from another request&apos;s response, which StatusScope does not keep between requests.</source>
        <translation>ligne %1 : {{%2}} prend une valeur dans la réponse d&apos;une autre requête, que StatusScope ne garde pas d&apos;une requête à l&apos;autre.</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file nor in the environment “%3”.</source>
        <translation>ligne %1 : la variable « %2 » n&apos;est définie ni dans le fichier ni dans l&apos;environnement « %3 ».</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file (a response handler may set it in JetBrains&apos; client, but StatusScope runs no handlers).</source>
        <translation>ligne %1 : la variable « %2 » n&apos;est pas définie dans le fichier (un gestionnaire de réponse peut la définir dans le client de JetBrains, mais StatusScope n&apos;exécute aucun gestionnaire).</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file.</source>
        <translation>ligne %1 : la variable « %2 » n&apos;est pas définie dans le fichier.</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” uses itself (%3).</source>
        <translation>ligne %1 : la variable « %2 » s&apos;utilise elle-même (%3).</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” goes through more than %3 other variables.</source>
        <translation>ligne %1 : la variable « %2 » passe par plus de %3 autres variables.</translation>
    </message>
    <message>
        <source>line %1: {{%2}}: %3</source>
        <translation>ligne %1 : {{%2}} : %3</translation>
    </message>
    <message>
        <source>the offset is not “NUMBER UNIT” (y, M, w, d, h, m, s, ms).</source>
        <translation>le décalage n&apos;est pas de la forme « NOMBRE UNITÉ » (y, M, w, d, h, m, s, ms).</translation>
    </message>
    <message>
        <source>give rfc1123 or iso8601, then an optional offset.</source>
        <translation>indiquez rfc1123 ou iso8601, puis un décalage facultatif.</translation>
    </message>
    <message>
        <source>only the rfc1123 and iso8601 formats are supported, not custom formats.</source>
        <translation>seuls les formats rfc1123 et iso8601 sont pris en charge, pas les formats personnalisés.</translation>
    </message>
    <message>
        <source>give two whole numbers, the second larger.</source>
        <translation>indiquez deux nombres entiers, le second plus grand.</translation>
    </message>
    <message>
        <source>give two numbers, the second larger.</source>
        <translation>indiquez deux nombres, le second plus grand.</translation>
    </message>
    <message>
        <source>give a length from 0 to %1.</source>
        <translation>indiquez une longueur de 0 à %1.</translation>
    </message>
    <message>
        <source>a name taken from an environment file (%NAME) is not supported: StatusScope reads no environment files.</source>
        <translation>un nom pris dans un fichier d&apos;environnement (%NAME) n&apos;est pas pris en charge : StatusScope ne lit aucun fichier d&apos;environnement.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set.</source>
        <translation>la variable d&apos;environnement %1 n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>%1 is not set in the .env file next to the .http file.</source>
        <translation>%1 n&apos;est pas défini dans le fichier .env à côté du fichier .http.</translation>
    </message>
    <message>
        <source>Azure Active Directory tokens are not supported; put the token in a variable.</source>
        <translation>Les jetons Azure Active Directory ne sont pas pris en charge ; mettez le jeton dans une variable.</translation>
    </message>
    <message>
        <source>this system variable is not supported.</source>
        <translation>cette variable système n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 is not read: it is not plain JSON (%2; comments are not read).</source>
        <translation>%1 n&apos;est pas lu : ce n&apos;est pas du JSON simple (%2 ; les commentaires ne sont pas lus).</translation>
    </message>
    <message>
        <source>%1: “%2” is not used: only text, numbers and true/false are.</source>
        <translation>%1 : « %2 » n&apos;est pas utilisé : seuls le texte, les nombres et true/false le sont.</translation>
    </message>
    <message>
        <source>no environment file next to the file defines “%1” (http-client.env.json, http-client.private.env.json, .vscode/settings.json).</source>
        <translation>aucun fichier d&apos;environnement à côté du fichier ne définit « %1 » (http-client.env.json, http-client.private.env.json, .vscode/settings.json).</translation>
    </message>
    <message>
        <source>no environment “%1”; the environment files define: %2.</source>
        <translation>pas d&apos;environnement « %1 » ; les fichiers d&apos;environnement définissent : %2.</translation>
    </message>
    <message>
        <source>POST kept after a 301, 302 or 303</source>
        <translation>POST conservé après une 301, 302 ou 303</translation>
    </message>
    <message>
        <source>the TLS versions</source>
        <translation>les versions de TLS</translation>
    </message>
</context>
<context>
    <name>InputFiles</name>
    <message>
        <source>The URL list “%1” cannot be read: %2</source>
        <translation>La liste d&apos;URL « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The URL list “%1” is a folder.</source>
        <translation>La liste d&apos;URL « %1 » est un dossier.</translation>
    </message>
    <message>
        <source>Reading the URL list failed: %1</source>
        <translation>La lecture de la liste d&apos;URL a échoué : %1</translation>
    </message>
    <message>
        <source>Line %1 of the URL list is not UTF-8 text.</source>
        <translation>La ligne %1 de la liste d&apos;URL n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 of the URL list is longer than %2 bytes.</source>
        <translation>La ligne %1 de la liste d&apos;URL dépasse %2 octets.</translation>
    </message>
    <message>
        <source>The URL list is not text: line %1 holds a NUL byte, so reading stopped there.</source>
        <translation>La liste d&apos;URL n&apos;est pas du texte : la ligne %1 contient un octet NUL, la lecture s&apos;est donc arrêtée là.</translation>
    </message>
</context>
<context>
    <name>LocationResolver</name>
    <message>
        <source>spaces or control characters around the value were removed</source>
        <translation>les espaces ou caractères de contrôle autour de la valeur ont été retirés</translation>
    </message>
    <message>
        <source>tabs and line breaks inside the value were removed</source>
        <translation>les tabulations et sauts de ligne dans la valeur ont été retirés</translation>
    </message>
    <message>
        <source>backslashes were read as slashes</source>
        <translation>les barres obliques inverses ont été lues comme des barres obliques</translation>
    </message>
    <message>
        <source>“%1:” without slashes was read as a relative reference</source>
        <translation>« %1: » sans barres obliques a été lu comme une référence relative</translation>
    </message>
    <message>
        <source>the host after “%1:” was read without slashes</source>
        <translation>l&apos;hôte après « %1: » a été lu sans barres obliques</translation>
    </message>
    <message>
        <source>extra slashes before the host were collapsed</source>
        <translation>les barres obliques en trop avant l&apos;hôte ont été fusionnées</translation>
    </message>
    <message>
        <source>raw non-ASCII bytes were percent-encoded</source>
        <translation>les octets non ASCII bruts ont été encodés en pourcentage</translation>
    </message>
    <message>
        <source>spaces inside the value were percent-encoded</source>
        <translation>les espaces dans la valeur ont été encodés en pourcentage</translation>
    </message>
    <message>
        <source>control characters inside the value were percent-encoded</source>
        <translation>les caractères de contrôle dans la valeur ont été encodés en pourcentage</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StatusScope</source>
        <translation>StatusScope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find in Catalogue</source>
        <translation>&amp;Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;About StatusScope</source>
        <translation>À &amp;propos de StatusScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Request C&amp;onsole</source>
        <translation>C&amp;onsole de requêtes</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Edit &amp;URL</source>
        <translation>Modifier l&apos;&amp;URL</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save Request…</source>
        <translation>&amp;Enregistrer la requête…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation>&amp;Ouvrir un HAR…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export Chain as HAR…</source>
        <translation>E&amp;xporter la chaîne en HAR…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import &amp;curl Command…</source>
        <translation>Importer une commande &amp;curl…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Export Chain as HAR with C&amp;redentials…</source>
        <translation>Exporter la chaîne en HAR avec les &amp;identifiants…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Go to Code…</source>
        <translation>&amp;Aller au code…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>&amp;Terrain d&apos;essai</translation>
    </message>
    <message>
        <source>Run the built-in teaching server on 127.0.0.1 (stops with StatusScope)</source>
        <translation>Lancer le serveur d&apos;enseignement intégré sur 127.0.0.1 (s&apos;arrête avec StatusScope)</translation>
    </message>
    <message>
        <source>Co&amp;mpare Codes…</source>
        <translation>Co&amp;mparer des codes…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>&amp;Quiz…</translation>
    </message>
    <message>
        <source>Copy Request as curl with C&amp;redentials</source>
        <translation>Copier la requête en curl avec les &amp;identifiants</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+C</source>
        <translation>Ctrl+Alt+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Copy Request as curl</source>
        <translation>&amp;Copier la requête en curl</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Audit Redirects</source>
        <translation>Audit des &amp;redirections</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
</context>
<context>
    <name>NetworkPreferences</name>
    <message>
        <source>Type the host the certificate is for, such as api.example or *.corp.example.</source>
        <translation>Saisissez l&apos;hôte auquel le certificat est destiné, par exemple api.example ou *.corp.example.</translation>
    </message>
    <message>
        <source>Type a host name, optionally with :PORT, without http:// or a path.</source>
        <translation>Saisissez un nom d&apos;hôte, éventuellement avec :PORT, sans http:// ni chemin.</translation>
    </message>
    <message>
        <source>“%1” is not a host with an optional port from 1 to 65535.</source>
        <translation>« %1 » n&apos;est pas un hôte avec un port facultatif de 1 à 65535.</translation>
    </message>
    <message>
        <source>“%1”: a star may only stand first, as in *.corp.example.</source>
        <translation>« %1 » : une étoile ne peut figurer qu&apos;en premier, comme dans *.corp.example.</translation>
    </message>
</context>
<context>
    <name>OriginKind</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation>Expérimental</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Non officiel</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>« %1 » ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Le nom de fichier est vide.</translation>
    </message>
    <message>
        <source>descriptor %1 is not open.</source>
        <translation>le descripteur %1 n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>descriptor %1 is open for reading only.</source>
        <translation>le descripteur %1 n&apos;est ouvert qu&apos;en lecture.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>it is not a regular file, a pipe or a terminal.</source>
        <translation>ce n&apos;est ni un fichier ordinaire, ni un tube, ni un terminal.</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>its folder “%1” does not exist.</source>
        <translation>son dossier « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>its folder “%1” is read-only.</source>
        <translation>son dossier « %1 » est en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n&apos;a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>--resolve “%1”: %2 It reads HOST:PORT:ADDRESS[,ADDRESS…], for example “www.example:443:203.0.113.7”.</source>
        <translation>--resolve « %1 » : %2 Il s&apos;écrit HOST:PORT:ADDRESS[,ADDRESS…], par exemple « www.example:443:203.0.113.7 ».</translation>
    </message>
    <message>
        <source>removing an entry (a leading “-”) has no meaning here.</source>
        <translation>retirer une entrée (un « - » en tête) n&apos;a pas de sens ici.</translation>
    </message>
    <message>
        <source>it needs three parts separated by colons.</source>
        <translation>il faut trois parties séparées par des deux-points.</translation>
    </message>
    <message>
        <source>the host is missing.</source>
        <translation>l&apos;hôte manque.</translation>
    </message>
    <message>
        <source>“%1” is not a port from 1 to 65535.</source>
        <translation>« %1 » n&apos;est pas un port de 1 à 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>« %1 » n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>--connect-to “%1”: %2 It reads HOST1:PORT1:HOST2:PORT2, for example “www.example:443:staging.example:8443”; an empty part means any host or port (on the left) or the request&apos;s own (on the right).</source>
        <translation>--connect-to « %1 » : %2 Il s&apos;écrit HOST1:PORT1:HOST2:PORT2, par exemple « www.example:443:staging.example:8443 » ; une partie vide signifie n&apos;importe quel hôte ou port (à gauche) ou celui de la requête (à droite).</translation>
    </message>
    <message>
        <source>it needs four parts separated by colons.</source>
        <translation>il faut quatre parties séparées par des deux-points.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or an IP address.</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
    </message>
</context>
<context>
    <name>PlaygroundCommand</name>
    <message>
        <source>Listen on port N of 127.0.0.1 (default: any free port).</source>
        <translation>Écouter sur le port N de 127.0.0.1 (par défaut : un port libre).</translation>
    </message>
    <message>
        <source>statusscope playground: --port needs a number from 0 to 65535, not “%1”.</source>
        <translation>statusscope playground : --port attend un nombre de 0 à 65535, pas « %1 ».</translation>
    </message>
    <message>
        <source>statusscope playground: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>statusscope playground : impossible d&apos;écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
    <message>
        <source>The playground listens on %1. Try %1/status/418 or %1/redirect/3; Ctrl+C stops it.</source>
        <translation>Le terrain d&apos;essai écoute sur %1. Essayez %1/status/418 ou %1/redirect/3 ; Ctrl+C l&apos;arrête.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>&amp;System proxy settings</source>
        <translation>Réglages de proxy du &amp;système</translation>
    </message>
    <message>
        <source>No pro&amp;xy</source>
        <translation>Aucun pro&amp;xy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manuel :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy</source>
        <translation>SOCKS5, noms résolus par le proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>proxy.example or 10.0.0.1</source>
        <translation>proxy.example ou 10.0.0.1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Seulement si le proxy en demande un</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de p&amp;asse :</translation>
    </message>
    <message>
        <source>Bypass the proxy &amp;for:</source>
        <translation>Contourner le proxy p&amp;our :</translation>
    </message>
    <message>
        <source>localhost, .corp.example, 10.0.0.1</source>
        <translation>localhost, .corp.example, 10.0.0.1</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Cer&amp;tificats</translation>
    </message>
    <message>
        <source>Authorities trusted as well as the system’s (your organisation’s CA):</source>
        <translation>Autorités de confiance en plus de celles du système (l&apos;autorité de certification de votre organisation) :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Add CA &amp;files…</source>
        <translation>Ajouter des &amp;fichiers d&apos;autorité…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Client certificates, presented to the hosts their pattern names:</source>
        <translation>Certificats clients, présentés aux hôtes que désigne leur motif :</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Host &amp;pattern:</source>
        <translation>&amp;Motif d&apos;hôte :</translation>
    </message>
    <message>
        <source>*.corp.example or api.example:8443</source>
        <translation>*.corp.example ou api.example:8443</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Fichier de &amp;certificat :</translation>
    </message>
    <message>
        <source>PEM, DER or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM, DER ou PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de c&amp;lé :</translation>
    </message>
    <message>
        <source>When the key is not in the certificate file</source>
        <translation>Quand la clé n&apos;est pas dans le fichier de certificat</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <source>For the key or the PKCS#12 file</source>
        <translation>Pour la clé ou le fichier PKCS#12</translation>
    </message>
    <message>
        <source>&amp;Add client certificate</source>
        <translation>A&amp;jouter un certificat client</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation>Version &amp;HTTP :</translation>
    </message>
    <message>
        <source>HTTP/2 when the server offers it (default)</source>
        <translation>HTTP/2 quand le serveur le propose (par défaut)</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>HTTP/1.1 seulement</translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation>HTTP/2 dès le premier octet (prior knowledge)</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>Délai d&apos;&amp;inactivité :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Whole chain limit:</source>
        <translation>&amp;Limite pour toute la chaîne :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A request whose Options tab keeps the built-in values (30 s, no limit, and its own proxy, certificate and version unset) uses these.</source>
        <translation>Une requête dont l&apos;onglet Options garde les valeurs intégrées (30 s, sans limite, et ni proxy, ni certificat, ni version qui lui soient propres) utilise celles-ci.</translation>
    </message>
    <message>
        <source>No keychain is available: passwords are kept until StatusScope closes.</source>
        <translation>Aucun trousseau n&apos;est disponible : les mots de passe sont gardés jusqu&apos;à la fermeture de StatusScope.</translation>
    </message>
</context>
<context>
    <name>ProxySelection</name>
    <message>
        <source>The proxy “%1” is not a host name or URL; write it as host:port or http://host:port.</source>
        <translation>Le proxy « %1 » n&apos;est ni un nom d&apos;hôte ni une URL ; écrivez-le sous la forme hôte:port ou http://hôte:port.</translation>
    </message>
    <message>
        <source>Qt 6.4 cannot reach a proxy over TLS (https://); give it as http://. An https URL still goes encrypted through the proxy&apos;s CONNECT tunnel.</source>
        <translation>Qt 6.4 ne peut pas joindre un proxy en TLS (https://) ; indiquez-le en http://. Une URL https passe tout de même chiffrée par le tunnel CONNECT du proxy.</translation>
    </message>
    <message>
        <source>Qt 6.4 speaks SOCKS version 5 only; give the proxy as socks5:// or socks5h://.</source>
        <translation>Qt 6.4 ne parle que SOCKS version 5 ; indiquez le proxy en socks5:// ou socks5h://.</translation>
    </message>
    <message>
        <source>The proxy scheme “%1” is not one StatusScope can use; use http://, socks5:// or socks5h://.</source>
        <translation>Le schéma de proxy « %1 » n&apos;est pas utilisable par StatusScope ; utilisez http://, socks5:// ou socks5h://.</translation>
    </message>
    <message>
        <source>--proxy-user needs a user name before the colon: USER:PASSWORD.</source>
        <translation>--proxy-user attend un nom d&apos;utilisateur avant le deux-points : USER:PASSWORD.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and port, for example http://127.0.0.1:8888.</source>
        <translation>Un proxy manuel demande un hôte et un port, par exemple http://127.0.0.1:8888.</translation>
    </message>
    <message>
        <source>The environment&apos;s %1 names the proxy “%2”, which cannot be used: %3 Nothing was sent (going straight to the server instead would leave the proxy out); fix the variable, or give the proxy with -x.</source>
        <translation>La variable d&apos;environnement %1 désigne le proxy « %2 », qui ne peut pas être utilisé : %3 Rien n&apos;a été envoyé (aller directement au serveur contournerait le proxy) ; corrigez la variable, ou donnez le proxy avec -x.</translation>
    </message>
</context>
<context>
    <name>QHttpSocketEngine</name>
    <message>
        <source>Error parsing authentication request from proxy</source>
        <translation>Erreur lors de l&apos;analyse de la demande d&apos;authentification du proxy</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>What does %1 mean?</source>
        <translation>Que signifie %1 ?</translation>
    </message>
    <message>
        <source>Which status code means: “%1”</source>
        <translation>Quel code d&apos;état signifie : « %1 »</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>RedirectRules</name>
    <message>
        <source>A Location (%1) came with %2, which clients do not follow; the chain ends here.</source>
        <translation>Une Location (%1) est venue avec %2, que les clients ne suivent pas ; la chaîne s&apos;arrête ici.</translation>
    </message>
    <message>
        <source>%1 without a Location header: there is nowhere to go, so this is the final response. (Qt 6.4 drops empty header fields, so an empty Location cannot be told apart from a missing one.)</source>
        <translation>%1 sans en-tête Location : il n&apos;y a nulle part où aller, c&apos;est donc la réponse finale. (Qt 6.4 supprime les champs d&apos;en-tête vides, on ne peut donc pas distinguer une Location vide d&apos;une Location absente.)</translation>
    </message>
    <message>
        <source>The Location “%1” is not a URL that can be followed.</source>
        <translation>La Location « %1 » n&apos;est pas une URL que l&apos;on peut suivre.</translation>
    </message>
    <message>
        <source>The Location was read the way browsers read it, which differs from a strict reading: %1.</source>
        <translation>La Location a été lue comme la lisent les navigateurs, ce qui diffère d&apos;une lecture stricte : %1.</translation>
    </message>
    <message>
        <source>The Location carries a user name and password (%1); they are not sent on.</source>
        <translation>La Location contient un nom d&apos;utilisateur et un mot de passe (%1) ; ils ne sont pas transmis.</translation>
    </message>
    <message>
        <source>The redirect points to a “%1:” URL; only http and https are followed, so nothing was fetched.</source>
        <translation>La redirection pointe vers une URL « %1: » ; seuls http et https sont suivis, rien n&apos;a donc été récupéré.</translation>
    </message>
    <message numerus="yes">
        <source>The limit of %n redirect(s) was reached; this redirect was not followed.</source>
        <translation>
            <numerusform>La limite de %n redirection a été atteinte ; cette redirection n&apos;a pas été suivie.</numerusform>
            <numerusform>La limite de %n redirections a été atteinte ; cette redirection n&apos;a pas été suivie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect leaves https for plain http (%1); it was not followed. Allow downgrades to continue.</source>
        <translation>La redirection quitte https pour http simple (%1) ; elle n&apos;a pas été suivie. Autorisez les rétrogradations pour continuer.</translation>
    </message>
    <message>
        <source>%1 became GET because of %2.</source>
        <translation>%1 est devenu GET à cause de %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %n-byte body was not sent again.</source>
        <translation>
            <numerusform>Le corps de %n octet n&apos;a pas été renvoyé.</numerusform>
            <numerusform>Le corps de %n octets n&apos;a pas été renvoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n-byte body was not sent again, nor %1.</source>
        <translation>
            <numerusform>Le corps de %n octet n&apos;a pas été renvoyé, ni %1.</numerusform>
            <numerusform>Le corps de %n octets n&apos;a pas été renvoyé, ni %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed from https to plain http because downgrades are allowed: what follows travels unencrypted.</source>
        <translation>Suivi de https vers http simple car les rétrogradations sont autorisées : la suite circule sans chiffrement.</translation>
    </message>
    <message>
        <source>%1 not sent: %2 is another origin. It stays off for the rest of the chain.</source>
        <translation>%1 non envoyé : %2 est une autre origine. Il reste retiré pour le reste de la chaîne.</translation>
    </message>
    <message>
        <source>Redirect loop: this would send the same request as hop %1 again (same method, URL, body and cookies), so it was not sent.</source>
        <translation>Boucle de redirection : ceci renverrait la même requête qu&apos;à l&apos;étape %1 (même méthode, URL, corps et cookies), elle n&apos;a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>The typed Host (%1) was not sent on: the redirect leads to another origin, which gets its own host name.</source>
        <translation>Le Host saisi (%1) n&apos;a pas été transmis : la redirection mène à une autre origine, qui reçoit son propre nom d&apos;hôte.</translation>
    </message>
    <message numerus="yes">
        <source>POST was sent again with its %n-byte body, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</source>
        <translation>
            <numerusform>Le POST a été renvoyé avec son corps de %n octet, comme demandé pour %1 (--post%1 de curl) ; sinon une %1 change un POST en GET.</numerusform>
            <numerusform>Le POST a été renvoyé avec son corps de %n octets, comme demandé pour %1 (--post%1 de curl) ; sinon une %1 change un POST en GET.</numerusform>
        </translation>
    </message>
    <message>
        <source>POST was sent again, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</source>
        <translation>Le POST a été renvoyé, comme demandé pour %1 (--post%1 de curl) ; sinon une %1 change un POST en GET.</translation>
    </message>
</context>
<context>
    <name>RedirectSemantics</name>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>%1; the method and body are kept (a POST stays a POST).</source>
        <translation>%1 ; la méthode et le corps sont conservés (un POST reste un POST).</translation>
    </message>
    <message>
        <source>%1; clients may turn POST into GET, and browsers do.</source>
        <translation>%1 ; les clients peuvent transformer POST en GET, et les navigateurs le font.</translation>
    </message>
    <message>
        <source>%1; the next request is a GET (or HEAD), whatever the method was.</source>
        <translation>%1 ; la requête suivante est un GET (ou HEAD), quelle que soit la méthode.</translation>
    </message>
    <message>
        <source>Not followed automatically: the chain ends here.</source>
        <translation>Non suivie automatiquement : la chaîne s&apos;arrête ici.</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>The request method: pick one or type any token</source>
        <translation>La méthode de la requête : choisissez-en une ou saisissez n&apos;importe quel jeton</translation>
    </message>
    <message>
        <source>https://example.org/path — Enter sends</source>
        <translation>https://example.org/chemin — Entrée envoie</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Envo&amp;yer</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Envoyer la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation>Arrêter la requête en cours (Échap)</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Problème de saisie</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de requête</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>A&amp;jouter un en-tête</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>Body content type</source>
        <translation>Type de contenu du corps</translation>
    </message>
    <message>
        <source>Use text</source>
        <translation>Utiliser le texte</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>The request body, sent as typed</source>
        <translation>Le corps de la requête, envoyé tel que saisi</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>Option&amp;s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Maximum redirects</source>
        <translation>Nombre maximal de redirections</translation>
    </message>
    <message>
        <source>Timeout without data, in seconds</source>
        <translation>Délai sans données, en secondes</translation>
    </message>
    <message>
        <source>Maximum body per hop, in MiB</source>
        <translation>Taille maximale du corps par étape, en Mio</translation>
    </message>
    <message>
        <source>The headers sent with the request: a check box switches a row off, the Secret column masks its value.</source>
        <translation>Les en-têtes envoyés avec la requête : une case désactive une ligne, la colonne Secret masque sa valeur.</translation>
    </message>
    <message>
        <source>Sets the Content-Type header of the request to match the body.</source>
        <translation>Règle l&apos;en-tête Content-Type de la requête selon le corps.</translation>
    </message>
    <message>
        <source>The text sent as the request body, byte for byte as UTF-8.</source>
        <translation>Le texte envoyé comme corps de la requête, octet pour octet en UTF-8.</translation>
    </message>
    <message>
        <source>How many redirects are followed before the chain stops.</source>
        <translation>Le nombre de redirections suivies avant que la chaîne ne s&apos;arrête.</translation>
    </message>
    <message>
        <source>A hop that sends and receives nothing for this long is given up.</source>
        <translation>Une étape qui n&apos;envoie ni ne reçoit rien pendant ce délai est abandonnée.</translation>
    </message>
    <message>
        <source>How much of each response body is kept; the rest is not read.</source>
        <translation>La part de chaque corps de réponse qui est conservée ; le reste n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>Whole chain limit, in seconds</source>
        <translation>Limite pour toute la chaîne, en secondes</translation>
    </message>
    <message>
        <source>The chain is given up after this long even while data still trickles in; 0 means no limit.</source>
        <translation>La chaîne est abandonnée après ce délai même si des données arrivent encore au compte-gouttes ; 0 signifie sans limite.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Low-speed limit, in bytes per second</source>
        <translation>Débit minimum, en octets par seconde</translation>
    </message>
    <message>
        <source>A hop moving fewer bytes per second than this, on average over the time beside it, is given up; 0 means no limit.</source>
        <translation>Une étape qui transfère en moyenne moins d’octets par seconde sur la durée indiquée à côté est abandonnée ; 0 signifie aucune limite.</translation>
    </message>
    <message>
        <source>over</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>Low-speed window, in seconds</source>
        <translation>Durée du débit minimum, en secondes</translation>
    </message>
    <message>
        <source>The time over which the low-speed limit is averaged.</source>
        <translation>La durée sur laquelle le débit minimum est moyenné.</translation>
    </message>
    <message>
        <source>Changed by the import</source>
        <translation>Modifié par l&apos;importation</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Allow https → http down&amp;grades</source>
        <translation>Autoriser les rétro&amp;gradations https → http</translation>
    </message>
    <message>
        <source>Heade&amp;rs</source>
        <translation>En-&amp;têtes</translation>
    </message>
    <message>
        <source>Re&amp;move header</source>
        <translation>&amp;Retirer l&apos;en-tête</translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation>Type de co&amp;ntenu :</translation>
    </message>
    <message>
        <source>From fi&amp;le…</source>
        <translation>Depuis un fic&amp;hier…</translation>
    </message>
    <message>
        <source>Follo&amp;w redirects</source>
        <translation>Sui&amp;vre les redirections</translation>
    </message>
    <message>
        <source>Ma&amp;ximum redirects:</source>
        <translation>Nomb&amp;re maximal de redirections :</translation>
    </message>
    <message>
        <source>Timeout without data:</source>
        <translation>Délai sans données :</translation>
    </message>
    <message>
        <source>Maximum body per hop:</source>
        <translation>Taille ma&amp;ximale du corps par étape :</translation>
    </message>
    <message>
        <source>Whole chain limit:</source>
        <translation>Limite pour toute la chaîne :</translation>
    </message>
    <message>
        <source>Low-speed limit:</source>
        <translation>Dé&amp;bit minimum :</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy :</translation>
    </message>
    <message>
        <source>Proxy for this request</source>
        <translation>Proxy de cette requête</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL du proxy</translation>
    </message>
    <message>
        <source>http://host:port, socks5h://host:port</source>
        <translation>http://hôte:port, socks5h://hôte:port</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Utilisateur du proxy</translation>
    </message>
    <message>
        <source>proxy user</source>
        <translation>utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Used for this session only: never written to the settings or the history.</source>
        <translation>Utilisé pour cette session seulement : jamais écrit dans les réglages ni dans l&apos;historique.</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>mot de passe du proxy</translation>
    </message>
    <message>
        <source>Pinned &amp;addresses:</source>
        <translation>Adresses épi&amp;nglées :</translation>
    </message>
    <message>
        <source>Pinned addresses</source>
        <translation>Adresses épinglées</translation>
    </message>
    <message>
        <source>Each row sends requests for a host and port to another address (as curl&apos;s --resolve) or host and port (--connect-to); the URL, the Host field and the certificate check keep the typed host.</source>
        <translation>Chaque ligne envoie les requêtes destinées à un hôte et un port vers une autre adresse (comme --resolve de curl) ou vers un autre hôte et port (--connect-to) ; l&apos;URL, le champ Host et la vérification du certificat gardent l&apos;hôte saisi.</translation>
    </message>
    <message>
        <source>Add --resolve</source>
        <translation>Ajouter --resolve</translation>
    </message>
    <message>
        <source>Connect to an IP address for a host and port</source>
        <translation>Se connecter à une adresse IP pour un hôte et un port</translation>
    </message>
    <message>
        <source>Add --connect-to</source>
        <translation>Ajouter --connect-to</translation>
    </message>
    <message>
        <source>Connect to another host and port for a host and port</source>
        <translation>Se connecter à un autre hôte et port pour un hôte et un port</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove pinned address</source>
        <translation>Retirer l&apos;adresse épinglée</translation>
    </message>
    <message>
        <source>HTTP version:</source>
        <translation>Version HTTP :</translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation>Version HTTP</translation>
    </message>
    <message>
        <source>Authenti&amp;cation:</source>
        <translation>Aut&amp;hentification :</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>The credentials StatusScope answers the server&apos;s challenge with, only to the origin typed.</source>
        <translation>Les identifiants avec lesquels StatusScope répond au défi du serveur, uniquement pour l&apos;origine saisie.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Drop these</source>
        <translation>Retirer ces options</translation>
    </message>
    <message>
        <source>Use the proxy of Preferences, no proxy at all, or the proxy typed under it.</source>
        <translation>Utiliser le proxy des préférences, aucun proxy, ou le proxy saisi en dessous.</translation>
    </message>
    <message>
        <source>Keep POST after:</source>
        <translation>Garder POST après :</translation>
    </message>
    <message>
        <source>A POST answered with 301 is sent again as a POST, with its body (curl&apos;s --post301). Without this, it becomes a GET.</source>
        <translation>Un POST auquel on répond 301 est renvoyé comme POST, avec son corps (--post301 de curl). Sans cela, il devient un GET.</translation>
    </message>
    <message>
        <source>Keep POST after 301</source>
        <translation>Garder POST après 301</translation>
    </message>
    <message>
        <source>A POST answered with 302 is sent again as a POST, with its body (curl&apos;s --post302). Without this, it becomes a GET.</source>
        <translation>Un POST auquel on répond 302 est renvoyé comme POST, avec son corps (--post302 de curl). Sans cela, il devient un GET.</translation>
    </message>
    <message>
        <source>Keep POST after 302</source>
        <translation>Garder POST après 302</translation>
    </message>
    <message>
        <source>A POST answered with 303 is sent again as a POST, with its body (curl&apos;s --post303). Without this, it becomes a GET.</source>
        <translation>Un POST auquel on répond 303 est renvoyé comme POST, avec son corps (--post303 de curl). Sans cela, il devient un GET.</translation>
    </message>
    <message>
        <source>Keep POST after 303</source>
        <translation>Garder POST après 303</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>Délai de connexion :</translation>
    </message>
    <message>
        <source>Connect timeout, in seconds</source>
        <translation>Délai de connexion, en secondes</translation>
    </message>
    <message>
        <source>A hop not connected within this long, its TLS handshake included, is given up (curl&apos;s --connect-timeout); 0 means only the timeout without data applies.</source>
        <translation>Une étape non connectée dans ce délai, poignée de main TLS comprise, est abandonnée (--connect-timeout de curl) ; 0 signifie que seul le délai sans données s&apos;applique.</translation>
    </message>
    <message>
        <source>A hop not connected within this long, its TLS handshake included, is given up (curl&apos;s --connect-timeout).</source>
        <translation>Une étape non connectée dans ce délai, poignée de main TLS comprise, est abandonnée (--connect-timeout de curl).</translation>
    </message>
    <message>
        <source>All Notes…</source>
        <translation>Toutes les remarques…</translation>
    </message>
    <message>
        <source>Every note on the pasted curl command: what was not applied, and what was read differently</source>
        <translation>Toutes les remarques sur la commande curl collée : ce qui n’a pas été appliqué et ce qui a été lu autrement</translation>
    </message>
</context>
<context>
    <name>RequestEngine</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Qt sent this request %n times by itself before a response arrived; the server may have seen it more than once.</source>
        <translation>
            <numerusform>Qt a envoyé cette requête %n fois de lui-même avant qu&apos;une réponse n&apos;arrive.</numerusform>
            <numerusform>Qt a envoyé cette requête %n fois de lui-même avant qu&apos;une réponse n&apos;arrive ; le serveur l&apos;a peut-être vue plus d&apos;une fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was accepted although it is not valid: %1</source>
        <translation>Le certificat a été accepté bien qu&apos;il ne soit pas valide : %1</translation>
    </message>
    <message>
        <source>Cancelled during hop %1.</source>
        <translation>Annulé pendant l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Timed out: hop %1 made no progress for %2 s.</source>
        <translation>Délai dépassé : l&apos;étape %1 n&apos;a pas progressé pendant %2 s.</translation>
    </message>
    <message>
        <source>Timed out: the chain did not finish within %1 s.</source>
        <translation>Délai dépassé : la chaîne ne s&apos;est pas terminée en %1 s.</translation>
    </message>
    <message>
        <source>Timed out during hop %1.</source>
        <translation>Délai dépassé pendant l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening there.</source>
        <translation>Connexion refusée par %1 : rien n&apos;y écoute.</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved.</source>
        <translation>Le nom d&apos;hôte « %1 » n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation>Délai dépassé en attendant %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave no valid HTTP response: it sent something that is not HTTP, or closed the connection before answering. Qt sent the request %n times.</source>
        <translation>
            <numerusform>%1 n&apos;a pas donné de réponse HTTP valide : il a envoyé autre chose que du HTTP, ou fermé la connexion avant de répondre. Qt a envoyé la requête %n fois.</numerusform>
            <numerusform>%1 n&apos;a pas donné de réponse HTTP valide : il a envoyé autre chose que du HTTP, ou fermé la connexion avant de répondre. Qt a envoyé la requête %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection without sending a response.</source>
        <translation>%1 a fermé la connexion sans envoyer de réponse.</translation>
    </message>
    <message>
        <source>%1 sent a response that is not valid HTTP.</source>
        <translation>%1 a envoyé une réponse qui n&apos;est pas du HTTP valide.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The status line arrived, but Qt 6.4 could not read the header section: more than 100 fields, a field of over 100 KB, or a line without a colon. The status alone is not the server&apos;s answer.</source>
        <translation>La ligne de statut est arrivée, mais Qt 6.4 n&apos;a pas pu lire la section des en-têtes : plus de 100 champs, un champ de plus de 100 Ko ou une ligne sans deux-points. Le statut seul n&apos;est pas la réponse du serveur.</translation>
    </message>
    <message>
        <source>Hop %1 sent headers Qt 6.4 cannot read; gave up after %2 s.</source>
        <translation>L&apos;étape %1 a envoyé des en-têtes que Qt 6.4 ne sait pas lire ; abandon après %2 s.</translation>
    </message>
    <message>
        <source>Expect: 100-continue was sent, but Qt 6.4 does not wait for the server&apos;s 100 Continue: the body went out with the request head, and an interim 100 is skipped.</source>
        <translation>Expect: 100-continue a été envoyé, mais Qt 6.4 n&apos;attend pas le 100 Continue du serveur : le corps est parti avec l&apos;en-tête de la requête, et un 100 intermédiaire est ignoré.</translation>
    </message>
    <message>
        <source>Nothing was sent: the request engine has no network access.</source>
        <translation>Rien n&apos;a été envoyé : le moteur de requêtes n&apos;a pas d&apos;accès réseau.</translation>
    </message>
    <message>
        <source>The cookie “%1” was refused: %2. It is not sent on later hops.</source>
        <translation>Le cookie « %1 » a été refusé : %2. Il n&apos;est pas envoyé aux étapes suivantes.</translation>
    </message>
    <message>
        <source>The %1 body of hop %2 could not be decoded: %3.</source>
        <translation>Le corps %1 de l&apos;étape %2 n&apos;a pas pu être décodé : %3.</translation>
    </message>
    <message>
        <source>Too slow: hop %1 moved %2 in the last %3 s, under the limit of %4 per second.</source>
        <translation>Trop lent : l&apos;étape %1 a transféré %2 au cours des %3 dernières secondes, sous la limite de %4 par seconde.</translation>
    </message>
    <message>
        <source>The body was cut at the limit of %1; the rest was not read.</source>
        <translation>Le corps a été coupé à la limite de %1 ; le reste n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The body of hop %1 was cut at the limit of %2; the rest was not read.</source>
        <translation>Le corps de l&apos;étape %1 a été coupé à la limite de %2 ; le reste n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of the body.</source>
        <translation>Le serveur a fermé la connexion après %1 du corps.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of the body of hop %1, after %2.</source>
        <translation>Le serveur a fermé la connexion au milieu du corps de l&apos;étape %1, après %2.</translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge through a pin: Qt 6.4 names the address %1 in :authority instead of %2, so a server that tells its sites apart by name may answer for another one.</source>
        <translation>HTTP/2 en prior knowledge à travers un épinglage : Qt 6.4 met l&apos;adresse %1 dans :authority au lieu de %2, si bien qu&apos;un serveur qui distingue ses sites par leur nom peut répondre pour un autre.</translation>
    </message>
    <message>
        <source>Sent over HTTP/1.1: through a pin, Qt 6.4 would name the address %1 instead of %2 in HTTP/2&apos;s :authority, while HTTP/1.1 keeps the Host field right.</source>
        <translation>Envoyé en HTTP/1.1 : à travers un épinglage, Qt 6.4 mettrait l&apos;adresse %1 au lieu de %2 dans le :authority de HTTP/2, alors que HTTP/1.1 garde le bon champ Host.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for credentials; give them with --proxy-user USER:PASSWORD.</source>
        <translation>Le proxy %1 demande des identifiants ; donnez-les avec --proxy-user USER:PASSWORD.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials of user “%2” (--proxy-user).</source>
        <translation>Le proxy %1 a refusé les identifiants de l&apos;utilisateur « %2 » (--proxy-user).</translation>
    </message>
    <message>
        <source>The SOCKS proxy %1 asks for a user name and password; give them with --proxy-user USER:PASSWORD.</source>
        <translation>Le proxy SOCKS %1 demande un nom d&apos;utilisateur et un mot de passe ; donnez-les avec --proxy-user USER:PASSWORD.</translation>
    </message>
    <message>
        <source>The proxy %1 asked for credentials before opening a tunnel to %2 (Qt 6.4 does not show its 407 answer); give them with --proxy-user USER:PASSWORD.</source>
        <translation>Le proxy %1 a demandé des identifiants avant d&apos;ouvrir un tunnel vers %2 (Qt 6.4 ne montre pas sa réponse 407) ; donnez-les avec --proxy-user USER:PASSWORD.</translation>
    </message>
    <message>
        <source>Connection refused by the proxy %1: nothing is listening there.</source>
        <translation>Connexion refusée par le proxy %1 : rien n&apos;y écoute.</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found: its host name does not resolve.</source>
        <translation>Le proxy %1 est introuvable : son nom d&apos;hôte ne se résout pas.</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before %2 answered.</source>
        <translation>Le proxy %1 a fermé la connexion avant que %2 ne réponde.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time.</source>
        <translation>Le proxy %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not listening, or could not reach the server.</source>
        <translation>Le proxy %1 n&apos;a pas ouvert de passage vers %2 (Qt 6.4 indique « %3 ») : il n&apos;écoute pas, ou n&apos;a pas pu joindre le serveur.</translation>
    </message>
    <message>
        <source>The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not listening, could not reach the server, or refused the credentials of user “%4” (--proxy-user).</source>
        <translation>Le proxy %1 n&apos;a pas ouvert de passage vers %2 (Qt 6.4 indique « %3 ») : il n&apos;écoute pas, n&apos;a pas pu joindre le serveur, ou a refusé les identifiants de l&apos;utilisateur « %4 » (--proxy-user).</translation>
    </message>
    <message>
        <source>The proxy %1 could not resolve the host name “%2”.</source>
        <translation>Le proxy %1 n&apos;a pas pu résoudre le nom d&apos;hôte « %2 ».</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. %2</source>
        <translation>La négociation TLS avec %1 a échoué. %2</translation>
    </message>
    <message>
        <source>Proxy-Authorization was not sent: this hop goes to the server without a proxy, and the field is for a proxy only.</source>
        <translation>Proxy-Authorization n&apos;a pas été envoyé : cette étape va au serveur sans proxy, et ce champ n&apos;est destiné qu&apos;à un proxy.</translation>
    </message>
    <message>
        <source>Proxy-Authorization was not sent: this hop goes to the server through a tunnel of %1, which would have handed the field to the server; give the proxy&apos;s credentials with --proxy-user.</source>
        <translation>Proxy-Authorization n&apos;a pas été envoyé : cette étape va au serveur par un tunnel de %1, qui aurait transmis ce champ au serveur ; donnez les identifiants du proxy avec --proxy-user.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: --connect-to sends it to %2, which curl does through a tunnel of the proxy %3, while Qt 6.4 opens tunnels for https only and the proxy would take the address for the site. Use an https URL, a SOCKS proxy, or --noproxy %4.</source>
        <translation>Rien n&apos;a été envoyé à %1 : --connect-to l&apos;envoie à %2, ce que curl fait par un tunnel du proxy %3, alors que Qt 6.4 n&apos;ouvre de tunnels que pour https et que le proxy prendrait l&apos;adresse pour le site. Utilisez une URL https, un proxy SOCKS ou --noproxy %4.</translation>
    </message>
    <message>
        <source>The --resolve pin to %1 was not used: the proxy %2 looks up “%3” itself, as with curl; --connect-to asks it for the address instead.</source>
        <translation>L&apos;épinglage --resolve vers %1 n&apos;a pas servi : le proxy %2 résout « %3 » lui-même, comme avec curl ; --connect-to lui demande plutôt l&apos;adresse.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting to %1 failed (%2); tried %3, the next address --resolve gives for %4.</source>
        <translation>La connexion à %1 a échoué (%2) ; essai de %3, l&apos;adresse suivante que --resolve donne pour %4.</translation>
    </message>
    <message>
        <source>Could not connect to %1 at the address it is pinned to: %2.</source>
        <translation>Impossible de se connecter à %1 à l&apos;adresse à laquelle il est épinglé : %2.</translation>
    </message>
    <message>
        <source>Could not connect to %1 at any of the %2 addresses --resolve gives for it: %3.</source>
        <translation>Aucune des %2 adresses que --resolve donne pour %1 n&apos;a permis de s&apos;y connecter : %3.</translation>
    </message>
    <message>
        <source>%1 (realm “%2”)</source>
        <translation>%1 (realm « %2 »)</translation>
    </message>
    <message>
        <source>Digest sent ahead to the proxy %1 for user %2 with the nonce from hop %3&apos;s 407 (nonce count %4).</source>
        <translation>Digest envoyé d&apos;avance au proxy %1 pour l&apos;utilisateur %2 avec le nonce du 407 de l&apos;étape %3 (compteur de nonce %4).</translation>
    </message>
    <message>
        <source>The proxy %1 refused the Proxy-Authorization field typed.</source>
        <translation>Le proxy %1 a refusé le champ Proxy-Authorization saisi.</translation>
    </message>
    <message>
        <source>The proxy&apos;s 407 said the nonce had expired (stale=true), not that the credentials were wrong; answered again with its new nonce, user %1.</source>
        <translation>Le 407 du proxy indiquait que le nonce avait expiré (stale=true), et non que les identifiants étaient faux ; nouvelle réponse avec son nouveau nonce, utilisateur %1.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the %2 credentials of user “%3” (--proxy-user): 407 again. They are not sent a second time.</source>
        <translation>Le proxy %1 a refusé les identifiants %2 de l&apos;utilisateur « %3 » (--proxy-user) : de nouveau 407. Ils ne sont pas envoyés une deuxième fois.</translation>
    </message>
    <message>
        <source>It asks for %1; --proxy-user answers Basic and Digest only.</source>
        <translation>Il demande %1 ; --proxy-user ne répond qu&apos;à Basic et à Digest.</translation>
    </message>
    <message>
        <source>Digest could not be answered: %1.</source>
        <translation>Impossible de répondre au défi Digest : %1.</translation>
    </message>
    <message>
        <source>The proxy&apos;s 407 asked for Digest; answered with user %1 (%2, realm “%3”).</source>
        <translation>Le 407 du proxy demandait Digest ; réponse avec l&apos;utilisateur %1 (%2, realm « %3 »).</translation>
    </message>
    <message>
        <source>The proxy %1 was reached at %2, the address --resolve gives for it.</source>
        <translation>Le proxy %1 a été joint à %2, l&apos;adresse que --resolve donne pour lui.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials of user “%2” (--proxy-user) for the tunnel to %3. Qt 6.4 answers a tunnel&apos;s 407 itself, once: a Digest nonce the proxy calls expired (stale=true) ends it too.</source>
        <translation>Le proxy %1 a refusé les identifiants de l&apos;utilisateur « %2 » (--proxy-user) pour le tunnel vers %3. Qt 6.4 répond lui-même au 407 d&apos;un tunnel, une seule fois : un nonce Digest que le proxy déclare expiré (stale=true) y met donc fin aussi.</translation>
    </message>
    <message>
        <source>The proxy %1 asked for credentials for the tunnel to %2 in a way Qt 6.4 cannot answer: Qt 6.4 answers a tunnel&apos;s request for credentials with Basic or Digest MD5 only (not Digest SHA-256), where StatusScope cannot step in. Plain http through the same proxy is answered with either.</source>
        <translation>Le proxy %1 a demandé des identifiants pour le tunnel vers %2 d&apos;une manière à laquelle Qt 6.4 ne sait pas répondre : Qt 6.4 ne répond à la demande d&apos;identifiants d&apos;un tunnel qu&apos;en Basic ou en Digest MD5 (pas en Digest SHA-256), sans que StatusScope puisse intervenir. En http simple via le même proxy, la réponse se fait avec l&apos;un comme avec l&apos;autre.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and none was given: add one for this host (Edit → Preferences → Certificates in the window; --cert FILE, with --key FILE or --cert-type P12, on the command line).</source>
        <translation>Le serveur a demandé un certificat client et aucun n&apos;a été donné : ajoutez-en un pour cet hôte (Édition → Préférences → Certificats dans la fenêtre ; --cert FILE, avec --key FILE ou --cert-type P12, en ligne de commande).</translation>
    </message>
    <message>
        <source>Timed out: could not connect to %1 within the connect timeout of %2 s.</source>
        <translation>Délai dépassé : impossible de se connecter à %1 dans le délai de connexion de %2 s.</translation>
    </message>
    <message>
        <source>The path was sent as %1, not %2: Qt 6.4 removes “.” and “..” segments before sending (curl does too, unless --path-as-is).</source>
        <translation>Le chemin a été envoyé comme %1, non %2 : Qt 6.4 retire les segments « . » et « .. » avant l&apos;envoi (curl aussi, sauf avec --path-as-is).</translation>
    </message>
    <message>
        <source>No header field was read from this response: either the server sent none, or Qt 6.4 could not read its header section (more than 100 fields, a field of over 100 KB, a line without a colon) and dropped it. Servers nearly always send some (Date, Content-Length).</source>
        <translation>Aucun champ d&apos;en-tête n&apos;a été lu dans cette réponse : soit le serveur n&apos;en a envoyé aucun, soit Qt 6.4 n&apos;a pas pu lire sa section d&apos;en-têtes (plus de 100 champs, un champ de plus de 100 Ko, une ligne sans deux-points) et l&apos;a écartée. Les serveurs en envoient presque toujours (Date, Content-Length).</translation>
    </message>
</context>
<context>
    <name>RequestValidation</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation>un retour chariot (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>un saut de ligne (LF)</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>un octet NUL</translation>
    </message>
    <message>
        <source>a DEL character</source>
        <translation>un caractère DEL</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>le caractère de contrôle 0x%1</translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation>le caractère « %1 »</translation>
    </message>
    <message>
        <source>The method is empty.</source>
        <translation>La méthode est vide.</translation>
    </message>
    <message>
        <source>The method “%1” contains %2; a method is a token such as GET or PURGE.</source>
        <translation>La méthode « %1 » contient %2 ; une méthode est un jeton comme GET ou PURGE.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>L&apos;URL est vide.</translation>
    </message>
    <message>
        <source>The URL has no scheme; start it with http:// or https://.</source>
        <translation>L&apos;URL n&apos;a pas de schéma ; commencez-la par http:// ou https://.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be requested, not “%1:”.</source>
        <translation>Seules les URL http et https peuvent être demandées, pas « %1: ».</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>L&apos;URL n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>A header has an empty name.</source>
        <translation>Un en-tête a un nom vide.</translation>
    </message>
    <message>
        <source>The header name “%1” contains %2; names are tokens such as X-Request-Id.</source>
        <translation>Le nom d&apos;en-tête « %1 » contient %2 ; les noms sont des jetons comme X-Request-Id.</translation>
    </message>
    <message>
        <source>The value of header “%1” contains %2, which would break the request apart.</source>
        <translation>La valeur de l&apos;en-tête « %1 » contient %2, ce qui casserait la requête en morceaux.</translation>
    </message>
    <message>
        <source>The redirect limit cannot be negative.</source>
        <translation>La limite de redirections ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The body limit must be positive.</source>
        <translation>La limite de corps doit être positive.</translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as Name: value.</source>
        <translation>« %1 » n&apos;est pas un en-tête ; écrivez-le sous la forme Nom: valeur.</translation>
    </message>
    <message>
        <source>Transfer-Encoding cannot be typed: Qt 6.4 sends the body whole, with a Content-Length, so the server would be told of a framing the body does not have. Leave it out.</source>
        <translation>Transfer-Encoding ne peut pas être saisi : Qt 6.4 envoie le corps d&apos;un seul tenant, avec un Content-Length, et le serveur se verrait annoncer un découpage que le corps n&apos;a pas. Retirez-le.</translation>
    </message>
    <message>
        <source>Content-Length “%1” is not a number of bytes. Leave it out: the right one is sent by itself.</source>
        <translation>Content-Length « %1 » n&apos;est pas un nombre d&apos;octets. Retirez-le : la bonne valeur est envoyée automatiquement.</translation>
    </message>
    <message>
        <source>Content-Length: %1 was typed, but the request has no body: the server would wait for bytes that never come. Leave it out, or add a body.</source>
        <translation>Content-Length: %1 a été saisi, mais la requête n&apos;a pas de corps : le serveur attendrait des octets qui n&apos;arrivent jamais. Retirez-le, ou ajoutez un corps.</translation>
    </message>
    <message numerus="yes">
        <source>Content-Length: %1 does not match the body, which is %n byte(s): Qt 6.4 would cut the body or replace the value without a word. Leave it out: the right one is sent by itself.</source>
        <translation>
            <numerusform>Content-Length: %1 ne correspond pas au corps, qui fait %n octet : Qt 6.4 couperait le corps ou remplacerait la valeur sans prévenir. Retirez-le : la bonne valeur est envoyée automatiquement.</numerusform>
            <numerusform>Content-Length: %1 ne correspond pas au corps, qui fait %n octets : Qt 6.4 couperait le corps ou remplacerait la valeur sans prévenir. Retirez-le : la bonne valeur est envoyée automatiquement.</numerusform>
        </translation>
    </message>
    <message>
        <source>The typed Host “%1” is not a host name with an optional port.</source>
        <translation>Le Host saisi « %1 » n&apos;est pas un nom d&apos;hôte suivi éventuellement d&apos;un port.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>A form POST should leave the browser on a result page that it fetches with GET, so a reload does not submit the form again. Which status?</source>
        <translation>Un POST de formulaire doit laisser le navigateur sur une page de résultat qu&apos;il récupère en GET, pour qu&apos;un rechargement ne renvoie pas le formulaire. Quel code ?</translation>
    </message>
    <message>
        <source>303 See Other tells the client to GET the other URI whatever the method was; 307 and 308 would repeat the POST.</source>
        <translation>303 See Other demande au client de récupérer l&apos;autre URI en GET quelle que soit la méthode ; 307 et 308 répéteraient le POST.</translation>
    </message>
    <message>
        <source>An API moved for good to a new path and clients must keep sending their POST bodies there. Which status?</source>
        <translation>Une API a déménagé pour de bon vers un nouveau chemin et les clients doivent continuer d&apos;y envoyer leurs corps POST. Quel code ?</translation>
    </message>
    <message>
        <source>308 Permanent Redirect is permanent and keeps the method and body; a 301 may turn the POST into a GET.</source>
        <translation>308 Permanent Redirect est permanent et conserve la méthode et le corps ; un 301 peut transformer le POST en GET.</translation>
    </message>
    <message>
        <source>A request carries no credentials at all, and the resource needs a signed-in user. Which status?</source>
        <translation>Une requête ne porte aucun identifiant et la ressource exige un utilisateur connecté. Quel code ?</translation>
    </message>
    <message>
        <source>401 Unauthorized means &quot;authenticate first&quot; and comes with WWW-Authenticate; 403 is for a known user who may not do this.</source>
        <translation>401 Unauthorized signifie « authentifiez-vous d&apos;abord » et s&apos;accompagne de WWW-Authenticate ; 403 vise un utilisateur connu qui n&apos;en a pas le droit.</translation>
    </message>
    <message>
        <source>A signed-in user asks to delete another user&apos;s account, which only administrators may do. Which status?</source>
        <translation>Un utilisateur connecté demande à supprimer le compte d&apos;un autre, ce que seuls les administrateurs peuvent faire. Quel code ?</translation>
    </message>
    <message>
        <source>403 Forbidden: the server knows who is asking and refuses; signing in again would not help, so 401 is wrong.</source>
        <translation>403 Forbidden : le serveur sait qui demande et refuse ; se reconnecter n&apos;y changerait rien, donc 401 est faux.</translation>
    </message>
    <message>
        <source>An article was taken down on purpose and will never come back. Which status says so most precisely?</source>
        <translation>Un article a été retiré volontairement et ne reviendra jamais. Quel code le dit le plus précisément ?</translation>
    </message>
    <message>
        <source>410 Gone says the removal is deliberate and permanent, so links and caches can forget it; 404 only says nothing is there now.</source>
        <translation>410 Gone dit que le retrait est voulu et définitif, si bien que liens et caches peuvent l&apos;oublier ; 404 dit seulement qu&apos;il n&apos;y a rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A JSON body parses fine, but its end date lies before its start date. Which status?</source>
        <translation>Un corps JSON s&apos;analyse sans erreur, mais sa date de fin précède sa date de début. Quel code ?</translation>
    </message>
    <message>
        <source>422 Unprocessable Content: the syntax is right but the content cannot be processed; 400 is for a request the server cannot even read.</source>
        <translation>422 Unprocessable Content : la syntaxe est correcte mais le contenu ne peut pas être traité ; 400 vise une requête que le serveur ne sait même pas lire.</translation>
    </message>
    <message>
        <source>A client sent too many requests this minute and should wait before trying again. Which status?</source>
        <translation>Un client a envoyé trop de requêtes cette minute et doit attendre avant de réessayer. Quel code ?</translation>
    </message>
    <message>
        <source>429 Too Many Requests is about this client&apos;s rate, usually with Retry-After; 503 means the whole service is unavailable.</source>
        <translation>429 Too Many Requests concerne le rythme de ce client, souvent avec Retry-After ; 503 signifie que tout le service est indisponible.</translation>
    </message>
    <message>
        <source>A reverse proxy got a garbled, unparsable answer from the application server behind it. Which status?</source>
        <translation>Un proxy inverse a reçu une réponse brouillée et illisible du serveur d&apos;application derrière lui. Quel code ?</translation>
    </message>
    <message>
        <source>502 Bad Gateway: the upstream answered, but badly; 504 would mean it did not answer in time.</source>
        <translation>502 Bad Gateway : le serveur amont a répondu, mais mal ; 504 voudrait dire qu&apos;il n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>An upload was accepted and will be processed later by a background job. Which status?</source>
        <translation>Un envoi a été accepté et sera traité plus tard par une tâche de fond. Quel code ?</translation>
    </message>
    <message>
        <source>202 Accepted: the work is queued, not done; 201 would claim the resource already exists.</source>
        <translation>202 Accepted : le travail est en file, pas fait ; 201 prétendrait que la ressource existe déjà.</translation>
    </message>
    <message>
        <source>A client&apos;s cached copy is still current (its If-None-Match ETag matches). Which status?</source>
        <translation>La copie en cache d&apos;un client est toujours à jour (son ETag If-None-Match correspond). Quel code ?</translation>
    </message>
    <message>
        <source>304 Not Modified tells the client to reuse its stored copy, without a body; 412 is for a failed precondition on a change.</source>
        <translation>304 Not Modified demande au client de réutiliser sa copie stockée, sans corps ; 412 vise une précondition non remplie lors d&apos;une modification.</translation>
    </message>
</context>
<context>
    <name>StatusClass</name>
    <message>
        <source>Informational</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>Erreur du client</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Outside the standard range</source>
        <translation>Hors de la plage standard</translation>
    </message>
</context>
<context>
    <name>StatusDetail</name>
    <message>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>temporary registration</source>
        <translation>enregistrement temporaire</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>obsoleted</source>
        <translation>rendu obsolète</translation>
    </message>
    <message>
        <source>%1, as “%2”</source>
        <translation>%1, sous le nom « %2 »</translation>
    </message>
    <message>
        <source>Select a status code to read what it means.</source>
        <translation>Choisissez un code d&apos;état pour lire ce qu&apos;il signifie.</translation>
    </message>
    <message>
        <source>Deprecated: do not use it in new work.</source>
        <translation>Obsolète : ne l&apos;utilisez pas dans un nouveau travail.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>IANA registry</source>
        <translation>Registre IANA</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Aussi appelé</translation>
    </message>
    <message>
        <source>Cacheable by default</source>
        <translation>Mis en cache par défaut</translation>
    </message>
    <message>
        <source>Yes: caches may store it without explicit freshness headers.</source>
        <translation>Oui : les caches peuvent le stocker sans en-têtes de fraîcheur explicites.</translation>
    </message>
    <message>
        <source>No: only with explicit caching headers.</source>
        <translation>Non : seulement avec des en-têtes de cache explicites.</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Codes apparentés</translation>
    </message>
    <message>
        <source>Other meanings of this number</source>
        <translation>Autres significations de ce numéro</translation>
    </message>
    <message>
        <source>The %1 class</source>
        <translation>La classe %1</translation>
    </message>
    <message numerus="yes">
        <source>Met %n time(s) in the request console this session.</source>
        <translation>
            <numerusform>Rencontré %n fois dans la console de requêtes pendant cette session.</numerusform>
            <numerusform>Rencontré %n fois dans la console de requêtes pendant cette session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation>Essayer en direct</translation>
    </message>
    <message>
        <source>— the built-in playground answers a real %1 in the console.</source>
        <translation>— le terrain d&apos;essai intégré répond un vrai %1 dans la console.</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>Usage courant</translation>
    </message>
    <message>
        <source>Common misuse</source>
        <translation>Erreurs d&apos;usage courantes</translation>
    </message>
    <message>
        <source>(English)</source>
        <translation>(anglais)</translation>
    </message>
    <message>
        <source>Widely repeated, no primary source: %1</source>
        <translation>Largement repris, sans source primaire : %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>aussi %1</translation>
    </message>
    <message>
        <source>In code</source>
        <translation>Dans le code</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::CatalogueModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::ChainModel</name>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status %1, %2</source>
        <translation>État %1, %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::HeaderTableModel</name>
    <message>
        <source>This header has a value but no name.</source>
        <translation>Cet en-tête a une valeur mais pas de nom.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::RequestSession</name>
    <message>
        <source>Nothing was sent: the request was cancelled while its password was asked for.</source>
        <translation>Rien n&apos;a été envoyé : la requête a été annulée pendant que son mot de passe était demandé.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AppController</name>
    <message>
        <source>Opening %1 was cancelled; nothing changed.</source>
        <translation>L&apos;ouverture de %1 a été annulée ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 holds no requests.</source>
        <translation>%1 ne contient aucune requête.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chain(s)</source>
        <translation>
            <numerusform>%1 : %n chaîne</numerusform>
            <numerusform>%1 : %n chaînes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n entry(ies) skipped: %1</source>
        <translation>
            <numerusform>; %n entrée ignorée : %1</numerusform>
            <numerusform>; %n entrées ignorées : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chain to export yet: send a request first.</source>
        <translation>Il n&apos;y a pas encore de chaîne à exporter : envoyez d&apos;abord une requête.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved the chain to %1, credentials included.</source>
        <translation>La chaîne a été enregistrée dans %1, identifiants compris.</translation>
    </message>
    <message>
        <source>Saved the chain to %1 (credentials masked).</source>
        <translation>La chaîne a été enregistrée dans %1 (identifiants masqués).</translation>
    </message>
    <message>
        <source>The request cannot be saved: %1</source>
        <translation>La requête ne peut pas être enregistrée : %1</translation>
    </message>
    <message>
        <source>History is off, so requests cannot be saved.</source>
        <translation>L&apos;historique est désactivé, les requêtes ne peuvent donc pas être enregistrées.</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>La requête n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Nothing to copy: %1</source>
        <translation>Rien à copier : %1</translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation>La requête a été copiée sous forme de commande curl.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command with its credentials masked (••••). Edit → Copy Request as curl with Credentials copies them as typed.</source>
        <translation>La requête a été copiée sous forme de commande curl, identifiants masqués (••••). Édition → Copier la requête en curl avec les identifiants les copie tels que saisis.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command; it holds masked credentials (••••) from the history, which must be typed again.</source>
        <translation>La requête a été copiée sous forme de commande curl ; elle contient des identifiants masqués (••••) issus de l&apos;historique, qu&apos;il faut saisir à nouveau.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command, credentials included: anyone who sees the clipboard can use them.</source>
        <translation>La requête a été copiée sous forme de commande curl, identifiants compris : quiconque voit le presse-papiers peut s&apos;en servir.</translation>
    </message>
    <message>
        <source>The playground could not start: %1</source>
        <translation>Le terrain d&apos;essai n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>history is off, so nothing can be saved.</source>
        <translation>l&apos;historique est désactivé, rien ne peut donc être enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) saved in the folder “%2”</source>
        <translation>
            <numerusform>%1 : %n requête enregistrée dans le dossier « %2 »</numerusform>
            <numerusform>%1 : %n requêtes enregistrées dans le dossier « %2 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused</source>
        <translation>
            <numerusform>; %n refusée</numerusform>
            <numerusform>; %n refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>history is off, so there is no saved folder.</source>
        <translation>l&apos;historique est désactivé, il n&apos;y a donc aucun dossier enregistré.</translation>
    </message>
    <message>
        <source>The folder could not be exported: %1</source>
        <translation>Le dossier n&apos;a pas pu être exporté : %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) of “%1” to %2</source>
        <translation>
            <numerusform>%n requête de « %1 » enregistrée dans %2</numerusform>
            <numerusform>%n requêtes de « %1 » enregistrées dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation>; omis : %1</translation>
    </message>
    <message>
        <source>; masked credentials (••••) must be typed again</source>
        <translation>; les identifiants masqués (••••) doivent être saisis de nouveau</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AuditPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The chain could not be fetched again: %1</source>
        <translation>La chaîne n&apos;a pas pu être récupérée de nouveau : %1</translation>
    </message>
    <message>
        <source>Choose a file to audit first.</source>
        <translation>Choisissez d&apos;abord un fichier à auditer.</translation>
    </message>
    <message>
        <source>Paste a list of URLs or a redirect map first.</source>
        <translation>Collez d&apos;abord une liste d&apos;URL ou une table de redirections.</translation>
    </message>
    <message>
        <source>Type the address of a sitemap first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse d&apos;un sitemap.</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>Paused after %n rows; chains already sent still end.</source>
        <translation>
            <numerusform>En pause après %n ligne ; les chaînes déjà envoyées se terminent quand même.</numerusform>
            <numerusform>En pause après %n lignes ; les chaînes déjà envoyées se terminent quand même.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem: there is nothing to re-run.</source>
        <translation>Aucune ligne n&apos;a de problème : il n&apos;y a rien à relancer.</translation>
    </message>
    <message numerus="yes">
        <source>Running again the %n rows with a problem.</source>
        <translation>
            <numerusform>Nouvelle exécution de %n ligne avec un problème.</numerusform>
            <numerusform>Nouvelle exécution des %n lignes avec un problème.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation> · %1 lignes/s</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · encore environ %1</translation>
    </message>
    <message>
        <source>%1 matched, %2 mismatched (%3 with errors), of %4 rows.</source>
        <translation>%1 conformes, %2 non conformes (%3 avec erreurs), sur %4 lignes.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n rows (%1).</source>
        <translation>
            <numerusform>Annulé après %n ligne (%1).</numerusform>
            <numerusform>Annulé après %n lignes (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n rows in %1.</source>
        <translation>
            <numerusform>Terminé : %n ligne en %1.</numerusform>
            <numerusform>Terminé : %n lignes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as chosen.</source>
        <translation>Lu comme choisi.</translation>
    </message>
    <message>
        <source>The kind is guessed from what the URL sends.</source>
        <translation>Le type est déduit de ce que l&apos;URL envoie.</translation>
    </message>
    <message>
        <source>The kind is guessed from the file’s first lines.</source>
        <translation>Le type est déduit des premières lignes du fichier.</translation>
    </message>
    <message>
        <source>The kind is guessed from the first lines.</source>
        <translation>Le type est déduit des premières lignes.</translation>
    </message>
    <message>
        <source>Open a list, a redirect map or a sitemap</source>
        <translation>Ouvrir une liste, une table de redirections ou un sitemap</translation>
    </message>
    <message>
        <source>Lists, maps and sitemaps (*.txt *.csv *.tsv *.xml *.gz);;All files (*)</source>
        <translation>Listes, tables et sitemaps (*.txt *.csv *.tsv *.xml *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export with credentials</source>
        <translation>Exporter avec les identifiants</translation>
    </message>
    <message>
        <source>The file will hold Authorization headers and cookies in clear text. Anyone who gets the file can use them. Export anyway?</source>
        <translation>Le fichier contiendra les en-têtes Authorization et les cookies en clair. Quiconque obtient le fichier peut s&apos;en servir. Exporter quand même ?</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exporter l&apos;audit</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to %1 (CSV).</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1 (CSV).</numerusform>
            <numerusform>%n lignes enregistrées dans %1 (CSV).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows and the summary to %1 (JSON Lines).</source>
        <translation>
            <numerusform>%n ligne et le résumé enregistrés dans %1 (JSON Lines).</numerusform>
            <numerusform>%n lignes et le résumé enregistrés dans %1 (JSON Lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>No chain of the rows shown is kept: select a row to fetch its chain, or show the rows with a problem.</source>
        <translation>Aucune chaîne des lignes affichées n&apos;est conservée : choisissez une ligne pour récupérer sa chaîne, ou affichez les lignes avec un problème.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chains to %1, credentials included.</source>
        <translation>
            <numerusform>%n chaîne enregistrée dans %1, identifiants compris.</numerusform>
            <numerusform>%n chaînes enregistrées dans %1, identifiants compris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chains to %1 (credentials masked).</source>
        <translation>
            <numerusform>%n chaîne enregistrée dans %1 (identifiants masqués).</numerusform>
            <numerusform>%n chaînes enregistrées dans %1 (identifiants masqués).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows shown were left out: the page keeps only the chains of rows with a problem and of the last rows.</source>
        <translation>
            <numerusform>%n ligne affichée a été omise : la page ne garde que les chaînes des lignes avec un problème et des dernières lignes.</numerusform>
            <numerusform>%n lignes affichées ont été omises : la page ne garde que les chaînes des lignes avec un problème et des dernières lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 — the chain as the run followed it.</source>
        <translation>%1 — la chaîne telle que l&apos;exécution l&apos;a suivie.</translation>
    </message>
    <message>
        <source>%1 — not run: %2</source>
        <translation>%1 — non exécutée : %2</translation>
    </message>
    <message>
        <source>%1 — not run.</source>
        <translation>%1 — non exécutée.</translation>
    </message>
    <message>
        <source>%1 — fetching the chain again (the page keeps only the chains of rows with a problem and of the last rows).</source>
        <translation>%1 — nouvelle récupération de la chaîne (la page ne garde que les chaînes des lignes avec un problème et des dernières lignes).</translation>
    </message>
    <message>
        <source>%1 — the chain fetched again just now; the table shows the run’s result.</source>
        <translation>%1 — la chaîne vient d&apos;être récupérée de nouveau ; le tableau montre le résultat de l&apos;exécution.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (avertissement)</translation>
    </message>
    <message>
        <source>Guess from the content</source>
        <translation>Déduire du contenu</translation>
    </message>
    <message>
        <source>URL list</source>
        <translation>Liste d&apos;URL</translation>
    </message>
    <message>
        <source>Redirect map (CSV or TSV)</source>
        <translation>Table de redirections (CSV ou TSV)</translation>
    </message>
    <message>
        <source>Sitemap</source>
        <translation>Sitemap</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>1xx</source>
        <translation>1xx</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;JSON Lines…</source>
        <translation>&amp;JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;HAR (credentials masked)…</source>
        <translation>&amp;HAR (identifiants masqués)…</translation>
    </message>
    <message>
        <source>HAR with c&amp;redentials…</source>
        <translation>HAR avec les &amp;identifiants…</translation>
    </message>
    <message>
        <source>Nothing was sent: the audit was cancelled while its password was asked for.</source>
        <translation>Rien n&apos;a été envoyé : l&apos;audit a été annulé pendant que son mot de passe était demandé.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Waiting for a password…</source>
        <translation>En attente d&apos;un mot de passe…</translation>
    </message>
    <message>
        <source>With a problem</source>
        <translation>Avec un problème</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <source>Select a row to see its chain hop by hop.</source>
        <translation>Sélectionnez une ligne pour voir sa chaîne saut par saut.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AuditRowModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>URL finale</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ByteRateSpinBox</name>
    <message>
        <source>%1/s</source>
        <comment>a rate: a size per second</comment>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CataloguePage</name>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 sur %n code</numerusform>
            <numerusform>%1 sur %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>No status code matches the chosen class and origin.</source>
        <translation>Aucun code d&apos;état ne correspond à la classe et à l&apos;origine choisies.</translation>
    </message>
    <message>
        <source>No status code of the chosen class and origin matches “%1”.</source>
        <translation>Aucun code d&apos;état de la classe et de l&apos;origine choisies ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No status code matches “%1”.</source>
        <translation>Aucun code d&apos;état ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Try a number such as 404, a class such as 5xx, or fewer words.</source>
        <translation>Essayez un nombre comme 404, une classe comme 5xx, ou moins de mots.</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Rechercher (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to the entry shown before (%1)</source>
        <translation>Revenir à l&apos;entrée affichée avant (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward to the entry shown after (%1)</source>
        <translation>Aller à l&apos;entrée affichée après (%1)</translation>
    </message>
    <message>
        <source>In the catalogue, back to the entry shown before (also the mouse&apos;s back button)</source>
        <translation>Dans le catalogue, revenir à l&apos;entrée affichée avant (aussi le bouton Précédent de la souris)</translation>
    </message>
    <message>
        <source>In the catalogue, forward to the entry shown after (also the mouse&apos;s forward button)</source>
        <translation>Dans le catalogue, aller à l&apos;entrée affichée après (aussi le bouton Suivant de la souris)</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CertificateFiles</name>
    <message>
        <source>“%1” is not a file that exists.</source>
        <translation>« %1 » n&apos;est pas un fichier existant.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a certificate or a key.</source>
        <translation>« %1 » est trop volumineux pour être un certificat ou une clé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” is a PKCS#12 file that needs its password: type it under Password.</source>
        <translation>« %1 » est un fichier PKCS#12 qui demande son mot de passe : saisissez-le dans « Mot de passe ».</translation>
    </message>
    <message>
        <source>The password does not open the PKCS#12 file “%1” (or it is not a certificate file).</source>
        <translation>Le mot de passe n&apos;ouvre pas le fichier PKCS#12 « %1 » (ou ce n&apos;est pas un fichier de certificat).</translation>
    </message>
    <message>
        <source>“%1” holds no certificate: choose a PEM or DER file with the authority’s certificate (often .pem, .crt or .cer).</source>
        <translation>« %1 » ne contient aucun certificat : choisissez un fichier PEM ou DER avec le certificat de l&apos;autorité (souvent .pem, .crt ou .cer).</translation>
    </message>
    <message>
        <source>“%1” holds no certificate.</source>
        <translation>« %1 » ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>“%1” holds no private key: choose the key file as well.</source>
        <translation>« %1 » ne contient aucune clé privée : choisissez aussi le fichier de clé.</translation>
    </message>
    <message>
        <source>“%1” holds no private key.</source>
        <translation>« %1 » ne contient aucune clé privée.</translation>
    </message>
    <message>
        <source>The private key is encrypted: type its password.</source>
        <translation>La clé privée est chiffrée : saisissez son mot de passe.</translation>
    </message>
    <message>
        <source>The password does not open the private key.</source>
        <translation>Le mot de passe n&apos;ouvre pas la clé privée.</translation>
    </message>
    <message>
        <source>The private key cannot be read (RSA, EC and DSA keys in PEM or DER are understood).</source>
        <translation>La clé privée est illisible (les clés RSA, EC et DSA en PEM ou DER sont comprises).</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>The private key is an %1 key, which Qt 6.4 cannot use for a client certificate; an RSA or EC (P-256, P-384) one works.</source>
        <translation>La clé privée est une clé %1, que Qt 6.4 ne peut pas utiliser pour un certificat client ; une clé RSA ou EC (P-256, P-384) fonctionne.</translation>
    </message>
    <message>
        <source>The private key is an OpenSSH key (as in ~/.ssh), not the key of a TLS certificate: choose the key the certificate was issued for.</source>
        <translation>La clé privée est une clé OpenSSH (comme dans ~/.ssh), pas la clé d&apos;un certificat TLS : choisissez la clé pour laquelle le certificat a été émis.</translation>
    </message>
    <message>
        <source>“%1” is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read: make a PEM file of it with “%2” and add that.</source>
        <translation>« %1 » est un paquet PKCS#7 (.p7b), que Qt 6.4 ne sait pas lire : faites-en un fichier PEM avec « %2 » et ajoutez celui-ci.</translation>
    </message>
    <message>
        <source>“%1” is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not authorities to trust: add it below as a client certificate, or take its authorities out with “%2” and add that.</source>
        <translation>« %1 » est un fichier PKCS#12 (.p12, .pfx), qui contient un certificat avec sa clé, pas des autorités à approuver : ajoutez-le plus bas comme certificat client, ou sortez-en les autorités avec « %2 » et ajoutez celles-ci.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ChainDelegate</name>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>épinglage</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ChainView</name>
    <message>
        <source>Save the response body</source>
        <translation>Enregistrer le corps de la réponse</translation>
    </message>
    <message>
        <source>Type a URL and press Enter to send it.</source>
        <translation>Saisissez une URL et appuyez sur Entrée pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Hop %1: waiting for %2…</source>
        <translation>Étape %1 : en attente de %2…</translation>
    </message>
    <message>
        <source>Hop %1: %2 received…</source>
        <translation>Étape %1 : %2 reçus…</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) · %1 ms · final %2 · %3</source>
        <translation>
            <numerusform>%n étape · %1 ms · finale %2 · %3</numerusform>
            <numerusform>%n étapes · %1 ms · finale %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue over http</source>
        <translation>Continuer en http</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Pas de corps.</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>pas de Content-Type</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Impossible d&apos;enregistrer dans %1 : %2</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>affiche les %1 premiers</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>coupé</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 affichés</translation>
    </message>
    <message>
        <source>Accept this certificate</source>
        <translation>Accepter ce certificat</translation>
    </message>
    <message>
        <source>Accept the certificate of %1 until StatusScope closes; other hosts and ports are still checked.</source>
        <translation>Accepter le certificat de %1 jusqu&apos;à la fermeture de StatusScope ; les autres hôtes et ports restent vérifiés.</translation>
    </message>
    <message>
        <source>Certificate checks are off for %1 until StatusScope closes; other hosts and ports are still checked.</source>
        <translation>Les vérifications de certificat sont désactivées pour %1 jusqu&apos;à la fermeture de StatusScope ; les autres hôtes et ports restent vérifiés.</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>En attente de la réponse…</translation>
    </message>
    <message>
        <source>Chain summary</source>
        <translation>Résumé de la chaîne</translation>
    </message>
    <message>
        <source>Chain summary: %1</source>
        <translation>Résumé de la chaîne : %1</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ComparisonDialog</name>
    <message>
        <source>Compare Codes</source>
        <translation>Comparer des codes</translation>
    </message>
    <message>
        <source>Choose a classic confusion…</source>
        <translation>Choisir une confusion classique…</translation>
    </message>
    <message>
        <source>Ready-made comparisons</source>
        <translation>Comparaisons toutes prêtes</translation>
    </message>
    <message>
        <source>Sets of codes that are often confused, such as 401 and 403.</source>
        <translation>Des groupes de codes souvent confondus, comme 401 et 403.</translation>
    </message>
    <message>
        <source>2 to 5 codes, such as 404 410</source>
        <translation>2 à 5 codes, par exemple 404 410</translation>
    </message>
    <message>
        <source>Codes to compare</source>
        <translation>Codes à comparer</translation>
    </message>
    <message>
        <source>Type 2 to 5 status codes separated by spaces, then press Enter.</source>
        <translation>Saisissez 2 à 5 codes d&apos;état séparés par des espaces, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>One column per code, one row per property; rows where the codes differ are marked with ≠.</source>
        <translation>Une colonne par code, une ligne par propriété ; les lignes où les codes diffèrent sont marquées d&apos;un ≠.</translation>
    </message>
    <message>
        <source>&amp;Ready-made:</source>
        <translation>&amp;Tout prêt :</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Codes :</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CurlPasteDialog</name>
    <message>
        <source>Several curl requests</source>
        <translation>Plusieurs requêtes curl</translation>
    </message>
    <message numerus="yes">
        <source>The pasted text holds %n curl requests. Open the checked one in the console (the other checked ones are saved), or save them all.</source>
        <translation>
            <numerusform>Le texte collé contient %n requête curl. Ouvrez celle qui est cochée dans la console (les autres cochées sont enregistrées), ou enregistrez-les toutes.</numerusform>
            <numerusform>Le texte collé contient %n requêtes curl. Ouvrez celle qui est cochée dans la console (les autres cochées sont enregistrées), ou enregistrez-les toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted requests</source>
        <translation>Requêtes collées</translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation>Non appliqué :
%1</translation>
    </message>
    <message>
        <source>Request %1: every option applies.</source>
        <translation>Requête %1 : toutes les options s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Request %1, not applied: %2</source>
        <translation>Requête %1, non appliqué : %2</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Enregistrer dans le &amp;dossier :</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Ouvrir la sélection</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>Enregistrer &amp;tout</translation>
    </message>
    <message>
        <source>curl paste %1</source>
        <translation>collage curl %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n pasted requests in “%1”.</source>
        <translation>
            <numerusform>%n requête collée enregistrée dans « %1 ».</numerusform>
            <numerusform>%n requêtes collées enregistrées dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened request %1 of the paste.</source>
        <translation>Requête %1 du collage ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>Opened request %1 of the paste; saved %n more in “%2”.</source>
        <translation>
            <numerusform>Requête %1 du collage ouverte ; %n autre enregistrée dans « %2 ».</numerusform>
            <numerusform>Requête %1 du collage ouverte ; %n autres enregistrées dans « %2 ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HarOpener</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HistoryPanel</name>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Historique des requêtes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Chains in the HAR file</source>
        <translation>Chaînes du fichier HAR</translation>
    </message>
    <message>
        <source>Search URL, method, status (404, 5xx) or date</source>
        <translation>Rechercher URL, méthode, état (404, 5xx) ou date</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>StatusScope</source>
        <translation>StatusScope</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>To&amp;ut effacer…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrées</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>L&apos;historique est désactivé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hop(s) · %2 ms</source>
        <translation>
            <numerusform>%1 · %n étape · %2 ms</numerusform>
            <numerusform>%1 · %n étapes · %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n chain(s) from the history? Saved requests stay.</source>
        <translation>
            <numerusform>Supprimer %n chaîne de l&apos;historique ? Les requêtes enregistrées restent.</numerusform>
            <numerusform>Supprimer les %n chaînes de l&apos;historique ? Les requêtes enregistrées restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename saved request</source>
        <translation>Renommer la requête enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved request “%1”?</source>
        <translation>Supprimer la requête enregistrée « %1 » ?</translation>
    </message>
    <message>
        <source>Credentials &amp;in history:</source>
        <translation>&amp;Identifiants dans l&apos;historique :</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Masqués</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>En entier</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Non enregistrés</translation>
    </message>
    <message>
        <source>How Authorization, Proxy-Authorization, Cookie and Set-Cookie values are kept in new history entries and saved requests.</source>
        <translation>Comment les valeurs d&apos;Authorization, Proxy-Authorization, Cookie et Set-Cookie sont conservées dans les nouvelles entrées d&apos;historique et les requêtes enregistrées.</translation>
    </message>
    <message>
        <source>Credentials in history</source>
        <translation>Identifiants dans l&apos;historique</translation>
    </message>
    <message>
        <source>The chains sent from the console, newest first. Enter re-runs the selected request.</source>
        <translation>Les chaînes envoyées depuis la console, les plus récentes d&apos;abord. Entrée relance la requête choisie.</translation>
    </message>
    <message>
        <source>The requests you saved, by folder. Enter opens the selected one in the console.</source>
        <translation>Les requêtes enregistrées, par dossier. Entrée ouvre celle choisie dans la console.</translation>
    </message>
    <message>
        <source>The chains read from the opened HAR file. The selected one is shown in the console.</source>
        <translation>Les chaînes lues dans le fichier HAR ouvert. Celle choisie est affichée dans la console.</translation>
    </message>
    <message>
        <source>No chain matches “%1”.</source>
        <translation>Aucune chaîne ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No requests yet. Every chain you send from the console is kept here; Enter on one sends it again.</source>
        <translation>Aucune requête pour l&apos;instant. Chaque chaîne envoyée depuis la console est conservée ici ; Entrée sur l&apos;une d&apos;elles la renvoie.</translation>
    </message>
    <message>
        <source>Nothing saved yet. File → Save Request (Ctrl+S) keeps the request in the console here, under a name.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant. Fichier → Enregistrer la requête (Ctrl+S) garde ici la requête de la console, sous un nom.</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>R&amp;éessayer</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <source>Open the history file again</source>
        <translation>Rouvrir le fichier d&apos;historique</translation>
    </message>
    <message>
        <source>Search URL, status or date</source>
        <translation>Rechercher URL, état ou date</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Export Folder as .http…</source>
        <translation>Exporter le dossier en .http…</translation>
    </message>
    <message>
        <source>Search URL, method or status (404, 5xx)</source>
        <translation>Rechercher URL, méthode ou statut (404, 5xx)</translation>
    </message>
    <message>
        <source>Search URL or status</source>
        <translation>Rechercher URL ou statut</translation>
    </message>
    <message>
        <source>Search the HAR file&apos;s chains</source>
        <translation>Rechercher dans les chaînes du fichier HAR</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HttpFileActions</name>
    <message>
        <source>Open .http File</source>
        <translation>Ouvrir un fichier .http</translation>
    </message>
    <message>
        <source>.http files (*.http *.rest);;All files (*)</source>
        <translation>Fichiers .http (*.http *.rest);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Saved Folder as .http</source>
        <translation>Exporter un dossier enregistré en .http</translation>
    </message>
    <message>
        <source>Saved folder:</source>
        <translation>Dossier enregistré :</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Aucun environnement</translation>
    </message>
    <message>
        <source>The file&apos;s folder defines environments. Read variables from:</source>
        <translation>Le dossier du fichier définit des environnements. Lire les variables depuis :</translation>
    </message>
    <message>
        <source>.http files (*.http);;All files (*)</source>
        <translation>Fichiers .http (*.http);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open .&amp;http File…</source>
        <translation>Ouvrir un fichier .&amp;http…</translation>
    </message>
    <message>
        <source>Save the requests of a VS Code REST Client or JetBrains HTTP Client file in a saved folder of their own.</source>
        <translation>Enregistrer les requêtes d&apos;un fichier VS Code REST Client ou JetBrains HTTP Client dans un dossier enregistré qui leur est propre.</translation>
    </message>
    <message>
        <source>Export Sa&amp;ved Folder as .http…</source>
        <translation>Exporter un &amp;dossier enregistré en .http…</translation>
    </message>
    <message>
        <source>Write the requests of a saved folder as a .http file.</source>
        <translation>Écrire les requêtes d&apos;un dossier enregistré dans un fichier .http.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>There is no saved folder yet. File → Open .http File… makes one from a file; saved requests are put in folders when they are saved.</source>
        <translation>Il n&apos;y a encore aucun dossier enregistré. Fichier → Ouvrir un fichier .http… en crée un à partir d&apos;un fichier ; les requêtes sont rangées dans des dossiers quand elles sont enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 saved in the folder “%2”.</source>
        <translation>
            <numerusform>%n requête de %1 enregistrée dans le dossier « %2 ».</numerusform>
            <numerusform>%n requêtes de %1 enregistrées dans le dossier « %2 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 saved in the folder “%2”, with the variables of environment “%3”.</source>
        <translation>
            <numerusform>%n requête de %1 enregistrée dans le dossier « %2 », avec les variables de l&apos;environnement « %3 ».</numerusform>
            <numerusform>%n requêtes de %1 enregistrées dans le dossier « %2 », avec les variables de l&apos;environnement « %3 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved (%n):</source>
        <translation>
            <numerusform>Non enregistrée (%n) :</numerusform>
            <numerusform>Non enregistrées (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Non appliqué :</translation>
    </message>
    <message>
        <source>Credentials were saved masked (••••), as “Credentials in history” in the History panel asks: type them again before sending.</source>
        <translation>Les identifiants ont été enregistrés masqués (••••), comme le demande « Identifiants dans l&apos;historique » dans le panneau Historique : saisissez-les de nouveau avant d&apos;envoyer.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::MainWindow</name>
    <message>
        <source>About StatusScope</source>
        <translation>À propos de StatusScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusScope %1&lt;/h3&gt;&lt;p&gt;An offline catalogue of HTTP status codes: the registered ones, the historic ones and those of vendors, each explained.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StatusScope %1&lt;/h3&gt;&lt;p&gt;Un catalogue hors ligne des codes d&apos;état HTTP : les enregistrés, les historiques et ceux des éditeurs, chacun expliqué.&lt;/p&gt;&lt;p&gt;Publié sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the catalogue. Type a code or a word to search.</source>
        <translation>
            <numerusform>%n entrée dans le catalogue. Saisissez un code ou un mot pour chercher.</numerusform>
            <numerusform>%n entrées dans le catalogue. Saisissez un code ou un mot pour chercher.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Open a HAR file</source>
        <translation>Ouvrir un fichier HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json)</source>
        <translation>Fichiers HAR (*.har *.json)</translation>
    </message>
    <message>
        <source>Export the chain as HAR</source>
        <translation>Exporter la chaîne en HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>Name (use Folder/Name to put it in a folder):</source>
        <translation>Nom (Dossier/Nom la range dans un dossier) :</translation>
    </message>
    <message>
        <source>Import a curl command</source>
        <translation>Importer une commande curl</translation>
    </message>
    <message>
        <source>Paste the command (as copied from a browser or a terminal):</source>
        <translation>Collez la commande (telle que copiée depuis un navigateur ou un terminal) :</translation>
    </message>
    <message>
        <source>Export with credentials</source>
        <translation>Exporter avec les identifiants</translation>
    </message>
    <message>
        <source>The file will hold Authorization headers and cookies in clear text. Anyone who gets the file can use them. Export anyway?</source>
        <translation>Le fichier contiendra les en-têtes Authorization et les cookies en clair. Quiconque obtient le fichier peut s&apos;en servir. Exporter quand même ?</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>“%1” is not a status code.</source>
        <translation>« %1 » n&apos;est pas un code d&apos;état.</translation>
    </message>
    <message>
        <source>Go to code</source>
        <translation>Aller au code</translation>
    </message>
    <message>
        <source>Status code:</source>
        <translation>Code d&apos;état :</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Envoyer la requête</translation>
    </message>
    <message>
        <source>Cancel the running request; in the catalogue search, clear it</source>
        <translation>Annuler la requête en cours ; dans la recherche du catalogue, l&apos;effacer</translation>
    </message>
    <message>
        <source>In the URL field: paste a URL or a whole curl command</source>
        <translation>Dans le champ URL : coller une URL ou une commande curl entière</translation>
    </message>
    <message>
        <source>Move through the catalogue results from the search field, then into the list</source>
        <translation>Parcourir les résultats du catalogue depuis le champ de recherche, puis entrer dans la liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Ctrl+L edits the URL, Ctrl+Enter sends, Esc cancels; F1 lists every shortcut.</source>
        <translation>Ctrl+L modifie l&apos;URL, Ctrl+Entrée envoie, Échap annule ; F1 liste tous les raccourcis.</translation>
    </message>
    <message>
        <source>Playground: %1</source>
        <translation>Terrain d&apos;essai : %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter starts the audit, Esc cancels it; F1 lists every shortcut.</source>
        <translation>Ctrl+Entrée lance l&apos;audit, Échap l&apos;annule ; F1 liste tous les raccourcis.</translation>
    </message>
    <message>
        <source>On the Audit page: start the audit</source>
        <translation>Sur la page Audit : lancer l&apos;audit</translation>
    </message>
    <message>
        <source>On the Audit page: cancel the run (the rows that finished stay)</source>
        <translation>Sur la page Audit : annuler l&apos;exécution (les lignes terminées restent)</translation>
    </message>
    <message>
        <source>Quit StatusScope</source>
        <translation>Quitter StatusScope</translation>
    </message>
    <message>
        <source>An audit is still running.</source>
        <translation>Un audit est encore en cours.</translation>
    </message>
    <message>
        <source>Quitting stops it, and its rows are lost unless you export them first.</source>
        <translation>Quitter l&apos;arrête, et ses lignes sont perdues si vous ne les exportez pas d&apos;abord.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>The audit’s rows have not been exported.</source>
        <translation>Les lignes de l&apos;audit n&apos;ont pas été exportées.</translation>
    </message>
    <message>
        <source>Quitting discards them. Cancel, then Export on the Audit page, to keep them.</source>
        <translation>Quitter les abandonne. Pour les garder : Annuler, puis Exporter sur la page Audit.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>%1 is not a status code but a Warning header code: “%2”.</source>
        <translation>%1 n&apos;est pas un code d&apos;état mais un code de l&apos;en-tête Warning : « %2 ».</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::NetworkOptionsEditor</name>
    <message>
        <source>Type the proxy&apos;s address (http://host:port or socks5h://host:port), or choose “Use Preferences”.</source>
        <translation>Saisissez l&apos;adresse du proxy (http://hôte:port ou socks5h://hôte:port), ou choisissez « Utiliser les préférences ».</translation>
    </message>
    <message>
        <source>Bearer authentication needs a token: type it beside the choice.</source>
        <translation>L&apos;authentification Bearer demande un jeton : saisissez-le à côté du choix.</translation>
    </message>
    <message>
        <source>%1 authentication needs a user name: type it beside the choice.</source>
        <translation>L&apos;authentification %1 demande un nom d&apos;utilisateur : saisissez-le à côté du choix.</translation>
    </message>
    <message>
        <source>Use Preferences</source>
        <translation>Utiliser les préférences</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy :</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>HTTP/1.1 seulement</translation>
    </message>
    <message>
        <source>HTTP/2, offered on https</source>
        <translation>HTTP/2, proposé en https</translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation>HTTP/2 dès le premier octet (prior knowledge)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Basic or Digest, as the server asks</source>
        <translation>Basic ou Digest, selon la demande du serveur</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Also applied, from an imported command: %1</source>
        <translation>Également appliqué, depuis une commande importée : %1</translation>
    </message>
    <message>
        <source>Type the token again: it was not stored.</source>
        <translation>Saisissez de nouveau le jeton : il n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Type the password again: it was not stored.</source>
        <translation>Saisissez de nouveau le mot de passe : il n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s password again: it was not stored.</source>
        <translation>Saisissez de nouveau le mot de passe du proxy : il n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <comment>a cookie: name (domain and path)</comment>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>the cookie file&apos;s cookies for other hosts or paths, sent when the chain reaches them: %1</source>
        <translation>les cookies du fichier de cookies pour d&apos;autres hôtes ou chemins, envoyés quand la chaîne les atteint : %1</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::PinTableModel</name>
    <message>
        <source>--resolve: the IP addresses to connect to, separated by commas; --connect-to: the host to connect to (empty: the request&apos;s own)</source>
        <translation>--resolve : les adresses IP auxquelles se connecter, séparées par des virgules ; --connect-to : l&apos;hôte auquel se connecter (vide : celui de la requête)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>Port de destination</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::PreferencesDialog</name>
    <message>
        <source>Type the proxy’s host name or address, or choose another proxy setting.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du proxy, ou choisissez un autre réglage de proxy.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or address: type the host alone, without http:// or a path (the type is chosen above).</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse : saisissez l&apos;hôte seul, sans http:// ni chemin (le type se choisit au-dessus).</translation>
    </message>
    <message>
        <source>Type the proxy’s port, a number from 1 to 65535 (often 3128 or 8080 for an HTTP proxy, 1080 for SOCKS5).</source>
        <translation>Saisissez le port du proxy, un nombre de 1 à 65535 (souvent 3128 ou 8080 pour un proxy HTTP, 1080 pour SOCKS5).</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535; “%1” is not.</source>
        <translation>Le port du proxy doit être un nombre de 1 à 65535 ; « %1 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>A proxy password needs the user name it goes with.</source>
        <translation>Un mot de passe de proxy demande le nom d&apos;utilisateur qui va avec.</translation>
    </message>
    <message>
        <source>A certificate is already given for “%1”: remove it first to replace it.</source>
        <translation>Un certificat est déjà donné pour « %1 » : retirez-le d&apos;abord pour le remplacer.</translation>
    </message>
    <message>
        <source>Choose the certificate file for these hosts.</source>
        <translation>Choisissez le fichier de certificat pour ces hôtes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Add certificate authorities</source>
        <translation>Ajouter des autorités de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der);;All files (*)</source>
        <translation>Clés (*.key *.pem *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>If not in the certificate file</source>
        <translation>Si absent du fichier de certificat</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>This program&apos;s environment names authorities trusted beside the system&apos;s, as curl reads it.</source>
        <translation>L&apos;environnement de ce programme désigne des autorités approuvées en plus de celles du système, lu comme curl le lit.</translation>
    </message>
    <message>
        <source>This program&apos;s environment names the authorities to trust instead of the system&apos;s, as curl reads it. The files above are trusted as well.</source>
        <translation>L&apos;environnement de ce programme désigne les autorités à approuver à la place de celles du système, lu comme curl le lit. Les fichiers ci-dessus sont approuvés aussi.</translation>
    </message>
    <message>
        <source>%1 (environment, beside the system&apos;s)</source>
        <translation>%1 (environnement, en plus de celles du système)</translation>
    </message>
    <message>
        <source>%1 (environment, instead of the system&apos;s)</source>
        <translation>%1 (environnement, à la place de celles du système)</translation>
    </message>
    <message>
        <source>With the system&apos;s settings, these variables of this program&apos;s environment come first, as curl reads them: %1.</source>
        <translation>Avec les réglages du système, ces variables de l&apos;environnement de ce programme passent en premier, comme curl les lit : %1.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::QuizDialog</name>
    <message>
        <source>Only codes I &amp;met in the console</source>
        <translation>Seulement les codes &amp;rencontrés dans la console</translation>
    </message>
    <message>
        <source>&amp;Open in catalogue</source>
        <translation>&amp;Ouvrir dans le catalogue</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Quiz class</source>
        <translation>Classe du quiz</translation>
    </message>
    <message>
        <source>Ask only about codes of this class.</source>
        <translation>Ne poser de questions que sur les codes de cette classe.</translation>
    </message>
    <message>
        <source>Quiz origin</source>
        <translation>Origine du quiz</translation>
    </message>
    <message>
        <source>Ask only about codes of this origin.</source>
        <translation>Ne poser de questions que sur les codes de cette origine.</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>&amp;Nouvelle manche</translation>
    </message>
    <message>
        <source>No code matches these filters. Choose others and start a new round.</source>
        <translation>Aucun code ne correspond à ces filtres. Choisissez-en d&apos;autres et lancez une nouvelle manche.</translation>
    </message>
    <message>
        <source>Choose a class or origin if you like, then start a new round.</source>
        <translation>Choisissez une classe ou une origine si vous le souhaitez, puis lancez une nouvelle manche.</translation>
    </message>
    <message>
        <source>Round over: %1 of %2 right.</source>
        <translation>Manche terminée : %1 sur %2 justes.</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation>Question %1 sur %2 · %3 justes jusqu&apos;ici</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Pick an answer first (keys 1 to 4).</source>
        <translation>Choisissez d&apos;abord une réponse (touches 1 à 4).</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Juste.</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>Pas tout à fait : la réponse est %1.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finir</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Only codes I got &amp;wrong before</source>
        <translation>Seulement les codes où je me suis &amp;trompé</translation>
    </message>
    <message>
        <source>Ask only about the status codes the request console has received.</source>
        <translation>Ne poser de questions que sur les codes reçus par la console de requêtes.</translation>
    </message>
    <message>
        <source>Ask only about codes you answered wrong in earlier rounds, the weakest first.</source>
        <translation>Ne poser de questions que sur les codes manqués lors des manches précédentes, les plus faibles d&apos;abord.</translation>
    </message>
    <message>
        <source>Your answers are counted per code and kept for the next time.</source>
        <translation>Vos réponses sont comptées par code et conservées pour la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>So far: %1 of %2 answers right, over %n code(s).</source>
        <translation>
            <numerusform>Jusqu&apos;ici : %1 réponses justes sur %2, sur %n code.</numerusform>
            <numerusform>Jusqu&apos;ici : %1 réponses justes sur %2, sur %n codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth another look: %1.</source>
        <translation>À revoir : %1.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::RequestComposer</name>
    <message>
        <source>Send a file as the body</source>
        <translation>Envoyer un fichier comme corps</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>A body on %1 is unusual; many servers ignore or refuse it.</source>
        <translation>Un corps avec %1 est inhabituel ; beaucoup de serveurs l&apos;ignorent ou le refusent.</translation>
    </message>
    <message>
        <source>Sending %1 (%2).</source>
        <translation>Envoi de %1 (%2).</translation>
    </message>
    <message>
        <source>Imported from curl; not applied: %1</source>
        <translation>Importé depuis curl ; non appliqué : %1</translation>
    </message>
    <message>
        <source>Follow redirects is now off, as in curl without -L.</source>
        <translation>« Suivre les redirections » est maintenant désactivé, comme avec curl sans -L.</translation>
    </message>
    <message numerus="yes">
        <source>%n more requests were pasted: only the first was opened</source>
        <translation>
            <numerusform>%n autre requête a été collée : seule la première a été ouverte</numerusform>
            <numerusform>%n autres requêtes ont été collées : seule la première a été ouverte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from curl with %n notes.</source>
        <translation>
            <numerusform>Importé de curl avec %n remarque.</numerusform>
            <numerusform>Importé de curl avec %n remarques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes on the curl Import</source>
        <translation>Remarques sur l’import curl</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::SecretDialog</name>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>The proxy %1 (Edit → Preferences) needs the password of user “%2” for this request. No keychain gave it.</source>
        <translation>Le proxy %1 (Édition → Préférences) a besoin du mot de passe de l&apos;utilisateur « %2 » pour cette requête. Aucun trousseau ne l&apos;a fourni.</translation>
    </message>
    <message>
        <source>Client certificate password</source>
        <translation>Mot de passe du certificat client</translation>
    </message>
    <message>
        <source>The client certificate “%1” (Edit → Preferences, for %2) is locked by a password. No keychain gave it.</source>
        <translation>Le certificat client « %1 » (Édition → Préférences, pour %2) est protégé par un mot de passe. Aucun trousseau ne l&apos;a fourni.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Remember for this session</source>
        <translation>Se souvenir pour cette &amp;session</translation>
    </message>
    <message>
        <source>The client certificate “%1” this request names is locked by a password. Passwords are not kept with the history or saved requests.</source>
        <translation>Le certificat client « %1 » que nomme cette requête est protégé par un mot de passe. Les mots de passe ne sont pas conservés avec l&apos;historique ni avec les requêtes enregistrées.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::SecretPrompter</name>
    <message>
        <source>Nothing was sent: the password for the proxy %1 was not given.</source>
        <translation>Rien n&apos;a été envoyé : le mot de passe du proxy %1 n&apos;a pas été donné.</translation>
    </message>
    <message>
        <source>Nothing was sent: the password of the client certificate “%1” was not given.</source>
        <translation>Rien n&apos;a été envoyé : le mot de passe du certificat client « %1 » n&apos;a pas été donné.</translation>
    </message>
    <message>
        <source>Waiting for the keychain for the proxy password and the client certificate&apos;s password…</source>
        <translation>Attente du trousseau pour le mot de passe du proxy et celui du certificat client…</translation>
    </message>
    <message>
        <source>Waiting for the keychain for the client certificate&apos;s password…</source>
        <translation>Attente du trousseau pour le mot de passe du certificat client…</translation>
    </message>
    <message>
        <source>Waiting for the keychain for the proxy password…</source>
        <translation>Attente du trousseau pour le mot de passe du proxy…</translation>
    </message>
</context>
<context>
    <name>TlsFailure</name>
    <message>
        <source>The server&apos;s certificate was signed by an authority (%1) that is not among those given with --cacert or --capath. They replace this computer&apos;s authorities: pass this one too.</source>
        <translation>Le certificat du serveur a été signé par une autorité (%1) qui ne fait pas partie de celles données avec --cacert ou --capath. Celles-ci remplacent les autorités de cet ordinateur : passez aussi celle-là.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was signed by an authority this computer does not trust (%1). If it is your organisation&apos;s CA, pass it with --cacert FILE (or add it in Preferences → Certificates).</source>
        <translation>Le certificat du serveur a été signé par une autorité à laquelle cet ordinateur ne fait pas confiance (%1). S&apos;il s&apos;agit de l&apos;autorité de certification de votre organisation, passez-la avec --cacert FILE (ou ajoutez-la dans Préférences → Certificats).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid for %1, not for %2. Check the host name in the URL: the certificate must name it, also when --resolve or --connect-to sends the request to another address.</source>
        <translation>Le certificat du serveur est valable pour %1, pas pour %2. Vérifiez le nom d&apos;hôte dans l&apos;URL : le certificat doit le nommer, même quand --resolve ou --connect-to envoie la requête à une autre adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: no authority vouches for it. If it is the certificate you expect, pass it with --cacert FILE (or add it in Preferences → Certificates), or accept it for this host with -k.</source>
        <translation>Le certificat du serveur est auto-signé : aucune autorité ne s&apos;en porte garante. Si c&apos;est le certificat que vous attendez, passez-le avec --cacert FILE (ou ajoutez-le dans Préférences → Certificats), ou acceptez-le pour cet hôte avec -k.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete: the server did not send the intermediate certificate (%1) that links its certificate to an authority. The server must be set up to send it; meanwhile, pass the intermediate with its authority in the file given to --cacert, or look anyway with -k.</source>
        <translation>La chaîne de certificats du serveur est incomplète : le serveur n&apos;a pas envoyé le certificat intermédiaire (%1) qui relie son certificat à une autorité. Le serveur doit être configuré pour l&apos;envoyer ; en attendant, mettez l&apos;intermédiaire avec son autorité dans le fichier donné à --cacert, ou regardez quand même avec -k.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by %1, which is not among the authorities given with --cacert or --capath (they replace this computer&apos;s), and the server did not send its certificate. If %1 is an intermediate, the server&apos;s chain is incomplete: the server must send the intermediate with its certificate (meanwhile, add it to the --cacert file beside its authority); if it is your CA itself, pass it with --cacert.</source>
        <translation>Le certificat du serveur a été émis par %1, qui ne fait pas partie des autorités données avec --cacert ou --capath (elles remplacent celles de cet ordinateur), et le serveur n&apos;a pas envoyé le certificat de cet émetteur. Si %1 est un intermédiaire, la chaîne du serveur est incomplète : le serveur doit envoyer l&apos;intermédiaire avec son certificat (en attendant, ajoutez-le au fichier --cacert à côté de son autorité) ; si c&apos;est votre autorité de certification elle-même, passez-la avec --cacert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1 (it was valid from %2). The server must renew it; if the date looks wrong, check this computer&apos;s clock.</source>
        <translation>Le certificat du serveur a expiré le %1 (il était valable depuis le %2). Le serveur doit le renouveler ; si la date semble fausse, vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>A certificate in the server&apos;s chain (%1) expired on %2. The server must send a current one.</source>
        <translation>Un certificat de la chaîne du serveur (%1) a expiré le %2. Le serveur doit en envoyer un en cours de validité.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1 (and until %2). Check this computer&apos;s clock; if it is right, the server was given its certificate too early.</source>
        <translation>Le certificat du serveur n&apos;est pas valable avant le %1 (et jusqu&apos;au %2). Vérifiez l&apos;horloge de cet ordinateur ; si elle est juste, le serveur a reçu son certificat trop tôt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was revoked by its authority: do not trust this server.</source>
        <translation>Le certificat du serveur a été révoqué par son autorité : ne faites pas confiance à ce serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1.</source>
        <translation>Le certificat du serveur a été refusé : %1.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and did not accept the one given.</source>
        <translation>Le serveur a demandé un certificat client et n&apos;a pas accepté celui qui a été donné.</translation>
    </message>
    <message>
        <source>The server refused the client certificate: it does not accept it (signed by an authority it does not trust, expired, revoked, or not matching its key). Qt said: %1.</source>
        <translation>Le serveur a refusé le certificat client : il ne l&apos;accepte pas (signé par une autorité à laquelle il ne fait pas confiance, expiré, révoqué, ou ne correspondant pas à sa clé). Message de Qt : %1.</translation>
    </message>
    <message>
        <source>The server and Qt have no TLS version in common (Qt 6.4 with OpenSSL 3 speaks TLS 1.2 and 1.3). Qt said: %1.</source>
        <translation>Le serveur et Qt n&apos;ont aucune version de TLS en commun (Qt 6.4 avec OpenSSL 3 parle TLS 1.2 et 1.3). Message de Qt : %1.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: it may have refused the client certificate, or it shares no cipher with Qt. Qt said: %1.</source>
        <translation>Le serveur a interrompu la négociation TLS : il a peut-être refusé le certificat client, ou il n&apos;a aucun chiffrement en commun avec Qt. Message de Qt : %1.</translation>
    </message>
    <message>
        <source>The server asks for a client certificate and none was given: add one for this host (Edit → Preferences → Certificates in the window; --cert FILE, with --key FILE or --cert-type P12, on the command line).</source>
        <translation>Le serveur demande un certificat client et aucun n&apos;a été donné : ajoutez-en un pour cet hôte (Édition → Préférences → Certificats dans la fenêtre ; --cert FILE, avec --key FILE ou --cert-type P12, en ligne de commande).</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: it may want a client certificate (Edit → Preferences → Certificates, or --cert FILE), or it shares no cipher with Qt. Qt said: %1.</source>
        <translation>Le serveur a interrompu la négociation TLS : il attend peut-être un certificat client (Édition → Préférences → Certificats, ou --cert FILE), ou il n&apos;a aucun chiffrement en commun avec Qt. Message de Qt : %1.</translation>
    </message>
    <message>
        <source>The server and this request have no TLS version in common: it offered %1. Qt said: %2.</source>
        <translation>Le serveur et cette requête n&apos;ont aucune version de TLS en commun : elle proposait %1. Qt a dit : %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was signed by an authority (%1) that is not among those %2 names in this program&apos;s environment (%3). As in curl, they replace this computer&apos;s authorities: add this one there, or pass it with --cacert FILE.</source>
        <translation>Le certificat du serveur a été signé par une autorité (%1) qui ne fait pas partie de celles que %2 désigne dans l&apos;environnement de ce programme (%3). Comme dans curl, elles remplacent les autorités de cet ordinateur : ajoutez-y celle-ci, ou passez-la avec --cacert FICHIER.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by %1, which is not among the authorities %2 names in this program&apos;s environment (%3; as in curl, they replace this computer&apos;s), and the server did not send its certificate. If %1 is an intermediate, the server&apos;s chain is incomplete: the server must send the intermediate with its certificate; if it is your CA itself, add it there or pass it with --cacert.</source>
        <translation>Le certificat du serveur a été émis par %1, qui ne fait pas partie des autorités que %2 désigne dans l&apos;environnement de ce programme (%3 ; comme dans curl, elles remplacent celles de cet ordinateur), et le serveur n&apos;a pas envoyé son certificat. Si %1 est une autorité intermédiaire, la chaîne du serveur est incomplète : le serveur doit envoyer l&apos;intermédiaire avec son certificat ; si c&apos;est votre CA elle-même, ajoutez-la-y ou passez-la avec --cacert.</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>%1 “%2”: there is no such file.</source>
        <translation>%1 « %2 » : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file is too large to be a certificate or a key.</source>
        <translation>%1 « %2 » : le fichier est trop volumineux pour être un certificat ou une clé.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file cannot be read (%3).</source>
        <translation>%1 « %2 » : le fichier ne peut pas être lu (%3).</translation>
    </message>
    <message>
        <source>Preferences → Certificates</source>
        <translation>Préférences → Certificats</translation>
    </message>
    <message>
        <source>%1 “%2”: the file holds no certificate (PEM or DER).</source>
        <translation>%1 « %2 » : le fichier ne contient aucun certificat (PEM ou DER).</translation>
    </message>
    <message>
        <source>%1: the file is not PKCS#12 (a .p12 or .pfx file); for PEM or DER files, give --cert-type PEM or DER.</source>
        <translation>%1 : le fichier n&apos;est pas au format PKCS#12 (un fichier .p12 ou .pfx) ; pour des fichiers PEM ou DER, donnez --cert-type PEM ou DER.</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file could not be opened without a password; give it with --pass PASSWORD or --cert FILE:PASSWORD.</source>
        <translation>%1 : le fichier PKCS#12 n&apos;a pas pu être ouvert sans mot de passe ; donnez-le avec --pass PASSWORD ou --cert FILE:PASSWORD.</translation>
    </message>
    <message>
        <source>%1: the password does not open this PKCS#12 file (or the file uses an old cipher OpenSSL 3 no longer reads). Nothing was sent.</source>
        <translation>%1 : le mot de passe n&apos;ouvre pas ce fichier PKCS#12 (ou le fichier utilise un ancien chiffrement qu&apos;OpenSSL 3 ne lit plus). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1: the file holds no DER certificate.</source>
        <translation>%1 : le fichier ne contient aucun certificat DER.</translation>
    </message>
    <message>
        <source>%1: the file holds no PEM certificate (for DER give --cert-type DER, for a .p12 file --cert-type P12).</source>
        <translation>%1 : le fichier ne contient aucun certificat PEM (pour du DER, donnez --cert-type DER, pour un fichier .p12, --cert-type P12).</translation>
    </message>
    <message>
        <source>%1: a DER certificate holds no key; give the key with --key FILE.</source>
        <translation>%1 : un certificat DER ne contient pas de clé ; donnez la clé avec --key FILE.</translation>
    </message>
    <message>
        <source>%1: the file holds no private key; give it with --key FILE.</source>
        <translation>%1 : le fichier ne contient aucune clé privée ; donnez-la avec --key FILE.</translation>
    </message>
    <message>
        <source>--key “%1”: the file holds no private key.</source>
        <translation>--key « %1 » : le fichier ne contient aucune clé privée.</translation>
    </message>
    <message>
        <source>The key in “%1” is protected by a passphrase; give it with --pass PHRASE. Nothing was sent.</source>
        <translation>La clé de « %1 » est protégée par une phrase secrète ; donnez-la avec --pass PHRASE. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key in “%1”. Nothing was sent.</source>
        <translation>La phrase secrète n&apos;ouvre pas la clé de « %1 ». Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The key in “%1” cannot be read: it is not an RSA, EC or DSA private key in PEM or DER.</source>
        <translation>La clé de « %1 » est illisible : ce n&apos;est pas une clé privée RSA, EC ou DSA en PEM ou DER.</translation>
    </message>
    <message>
        <source>--key “%1” was given without --cert: give the certificate it belongs to.</source>
        <translation>--key « %1 » a été donné sans --cert : donnez le certificat auquel elle appartient.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: the client certificate Preferences → Certificates give for “%2” is locked by a password that was not given. Send a request to %1 itself to be asked for it.</source>
        <translation>Rien n&apos;a été envoyé à %1 : le certificat client que Préférences → Certificats donne pour « %2 » est protégé par un mot de passe qui n&apos;a pas été fourni. Envoyez une requête à %1 lui-même pour qu&apos;il vous soit demandé.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: the client certificate Preferences → Certificates give for “%2” cannot be used: %3</source>
        <translation>Rien n&apos;a été envoyé à %1 : le certificat client que Préférences → Certificats donne pour « %2 » ne peut pas être utilisé : %3</translation>
    </message>
    <message>
        <source>--tlsv1.3 with --tls-max 1.2 leaves no TLS version to offer: give one of them.</source>
        <translation>--tlsv1.3 avec --tls-max 1.2 ne laisse aucune version de TLS à proposer : n&apos;en donnez qu&apos;une.</translation>
    </message>
    <message>
        <source>TLS 1.3 only, as --tlsv1.3 asked</source>
        <translation>TLS 1.3 uniquement, comme demandé par --tlsv1.3</translation>
    </message>
    <message>
        <source>TLS 1.2 only, as --tls-max 1.2 asked</source>
        <translation>TLS 1.2 uniquement, comme demandé par --tls-max 1.2</translation>
    </message>
    <message>
        <source>The key in “%1” is an %2 key, which Qt 6.4 cannot present in a TLS handshake; an RSA or EC (P-256, P-384) client certificate works. Nothing was sent.</source>
        <translation>La clé dans « %1 » est une clé %2, que Qt 6.4 ne peut pas présenter lors d&apos;une négociation TLS ; un certificat client RSA ou EC (P-256, P-384) fonctionne. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The key in “%1” is an OpenSSH key (as in ~/.ssh), not a TLS private key: give the key the certificate was issued for (PEM, “BEGIN PRIVATE KEY”). Nothing was sent.</source>
        <translation>La clé dans « %1 » est une clé OpenSSH (comme dans ~/.ssh), pas une clé privée TLS : donnez la clé pour laquelle le certificat a été émis (PEM, « BEGIN PRIVATE KEY »). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 “%2”: there is no such folder.</source>
        <translation>%1 « %2 » : ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 “%2”: the folder holds no certificate (PEM or DER files).</source>
        <translation>%1 « %2 » : le dossier ne contient aucun certificat (fichiers PEM ou DER).</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to %2: the variable is set in this program&apos;s environment and, as in curl, names the authorities https requests trust; correct or unset it, or give the authorities with --cacert.</source>
        <translation>%1 Rien n&apos;a été envoyé à %2 : la variable est définie dans l&apos;environnement de ce programme et, comme dans curl, désigne les autorités auxquelles les requêtes https se fient ; corrigez-la ou supprimez-la, ou donnez les autorités avec --cacert.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read; make a PEM file of it with “%3” and give that.</source>
        <translation>%1 « %2 » : le fichier est un paquet PKCS#7 (.p7b), que Qt 6.4 ne sait pas lire ; faites-en un fichier PEM avec « %3 » et donnez celui-ci.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not authorities to trust; take its authorities out with “%3” and give that.</source>
        <translation>%1 « %2 » : le fichier est un PKCS#12 (.p12, .pfx), qui contient un certificat avec sa clé, pas des autorités à approuver ; sortez-en les autorités avec « %3 » et donnez celles-ci.</translation>
    </message>
</context>
<context>
    <name>UrlInput</name>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>le caractère de contrôle 0x%1</translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation>le caractère « %1 »</translation>
    </message>
    <message>
        <source>The IPv6 address “%1” is missing its closing “]”.</source>
        <translation>Il manque le « ] » fermant à l&apos;adresse IPv6 « %1 ».</translation>
    </message>
    <message>
        <source>Only a port can follow the IPv6 address %1, as in %1:8080, not “%2”.</source>
        <translation>Seul un port peut suivre l&apos;adresse IPv6 %1, comme dans %1:8080, pas « %2 ».</translation>
    </message>
    <message>
        <source>The host “%1” holds several colons: an IPv6 address is written in brackets, as in http://[::1]:8080/.</source>
        <translation>L&apos;hôte « %1 » contient plusieurs deux-points : une adresse IPv6 s&apos;écrit entre crochets, comme dans http://[::1]:8080/.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>L&apos;URL n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The host name “%1” contains %2.</source>
        <translation>Le nom d&apos;hôte « %1 » contient %2.</translation>
    </message>
    <message>
        <source>The port after “%1:” is empty; leave the colon out for the usual port.</source>
        <translation>Le port après « %1: » est vide ; omettez les deux-points pour le port habituel.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>Le port « %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>Le port %1 n&apos;est pas compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>The host name “%1” contains %2, which is not allowed in a host name.</source>
        <translation>Le nom d&apos;hôte « %1 » contient %2, ce qui n&apos;est pas autorisé dans un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>L&apos;URL est vide.</translation>
    </message>
    <message>
        <source>Two slashes and the host name come after “%1:”, as in %1://example.org/.</source>
        <translation>Après « %1: » viennent deux barres obliques et le nom d&apos;hôte, comme dans %1://example.org/.</translation>
    </message>
    <message>
        <source>“%1” is a path without a host: write the host in front, as in http://example.org%1.</source>
        <translation>« %1 » est un chemin sans hôte : écrivez l&apos;hôte devant, comme dans http://example.org%1.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be requested, not “%1:”.</source>
        <translation>Seules les URL http et https peuvent être demandées, pas « %1: ».</translation>
    </message>
    <message>
        <source>The scheme of the URL contains a character that is not allowed; use http:// or https://.</source>
        <translation>Le schéma de l&apos;URL contient un caractère non autorisé ; utilisez http:// ou https://.</translation>
    </message>
    <message>
        <source>The user name or password in the URL contains a character that is not allowed; write it percent-encoded (%40 for @, %3A for :).</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe de l&apos;URL contient un caractère non autorisé ; écrivez-le encodé en pourcentage (%40 pour @, %3A pour :).</translation>
    </message>
    <message>
        <source>The host name of the URL contains a character that is not allowed in a host name.</source>
        <translation>Le nom d&apos;hôte de l&apos;URL contient un caractère non autorisé dans un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The IPv6 address in the URL is missing its closing “]”.</source>
        <translation>Il manque le « ] » fermant à l&apos;adresse IPv6 de l&apos;URL.</translation>
    </message>
    <message>
        <source>The address in brackets in the URL is not an IPv6 address.</source>
        <translation>L&apos;adresse entre crochets dans l&apos;URL n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>The port of the URL is empty; leave the colon out for the usual port.</source>
        <translation>Le port de l&apos;URL est vide ; omettez les deux-points pour le port habituel.</translation>
    </message>
    <message>
        <source>The port of the URL is not a number between 1 and 65535.</source>
        <translation>Le port de l&apos;URL n&apos;est pas un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The path of the URL contains a character that is not allowed.</source>
        <translation>Le chemin de l&apos;URL contient un caractère non autorisé.</translation>
    </message>
    <message>
        <source>The query of the URL contains a character that is not allowed.</source>
        <translation>La chaîne de requête de l&apos;URL contient un caractère non autorisé.</translation>
    </message>
    <message>
        <source>The fragment of the URL (after #) contains a character that is not allowed.</source>
        <translation>Le fragment de l&apos;URL (après #) contient un caractère non autorisé.</translation>
    </message>
    <message>
        <source>The URL is not valid; write it as http://host/path or https://host/path.</source>
        <translation>L&apos;URL n&apos;est pas valide ; écrivez-la sous la forme http://hôte/chemin ou https://hôte/chemin.</translation>
    </message>
</context>
<context>
    <name>WarnCodes</name>
    <message>
        <source>%1 is a code of the Warning header, not a status code: “%1 %2” (%3). RFC 9111 made the Warning header obsolete, and no status line carries it.</source>
        <translation>%1 est un code de l&apos;en-tête Warning, pas un code d&apos;état : « %1 %2 » (%3). Le RFC 9111 a rendu l&apos;en-tête Warning obsolète, et aucune ligne d&apos;état ne le porte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>StatusScope cannot open its window: %1
The installation is incomplete. The command line still works: statusscope --help
</source>
        <translation>StatusScope ne peut pas ouvrir sa fenêtre : %1
L’installation est incomplète. La ligne de commande fonctionne toujours : statusscope --help
</translation>
    </message>
    <message>
        <source>StatusScope cannot open its window: there is no display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset).
The command line works without one: statusscope --help
</source>
        <translation>StatusScope ne peut pas ouvrir sa fenêtre : il n&apos;y a pas d&apos;affichage (DISPLAY, WAYLAND_DISPLAY et QT_QPA_PLATFORM ne sont pas définis).
La ligne de commande fonctionne sans affichage : statusscope --help
</translation>
    </message>
</context>
</TS>
