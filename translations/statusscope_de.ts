<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>StatusScope</source>
        <translation>StatusScope</translation>
    </message>
    <message>
        <source>The status code catalogue could not be loaded, so StatusScope cannot start.

%1</source>
        <translation>Der Katalog der Statuscodes konnte nicht geladen werden, daher kann StatusScope nicht starten.

%1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit sends GET, or HEAD with -X HEAD, and nothing else: “%1” could change what the server holds, so it is refused.</source>
        <translation>audit sendet GET oder, mit -X HEAD, HEAD und sonst nichts: „%1“ könnte ändern, was der Server enthält, und wird daher abgelehnt.</translation>
    </message>
    <message>
        <source>Give a file, a URL or - (standard input) to audit, for example “statusscope audit redirects.csv”.</source>
        <translation>Geben Sie eine Datei, eine URL oder - (Standardeingabe) zum Prüfen an, zum Beispiel „statusscope audit redirects.csv“.</translation>
    </message>
    <message>
        <source>audit reads one input, not %1: put the URLs in one list, one per line.</source>
        <translation>audit liest eine Eingabe, nicht %1: Schreiben Sie die URLs in eine Liste, eine pro Zeile.</translation>
    </message>
    <message>
        <source>Give at most one of --map, --list and --sitemap.</source>
        <translation>Geben Sie höchstens eine der Optionen --map, --list und --sitemap an.</translation>
    </message>
    <message>
        <source>--format is table, csv or jsonl, not “%1”.</source>
        <translation>--format ist table, csv oder jsonl, nicht „%1“.</translation>
    </message>
    <message>
        <source>-o names the input “%1”: the results would replace it; write them to another file.</source>
        <translation>-o nennt die Eingabe „%1“: Die Ergebnisse würden sie ersetzen; schreiben Sie sie in eine andere Datei.</translation>
    </message>
    <message>
        <source>Read the input as a redirect map.</source>
        <translation>Die Eingabe als Weiterleitungstabelle lesen.</translation>
    </message>
    <message>
        <source>Read the input as a list of URLs.</source>
        <translation>Die Eingabe als URL-Liste lesen.</translation>
    </message>
    <message>
        <source>Read the input as a sitemap (default: guessed from the content, said on stderr).</source>
        <translation>Die Eingabe als Sitemap lesen (Standard: aus dem Inhalt erraten, auf stderr gemeldet).</translation>
    </message>
    <message>
        <source>Run up to N chains at once (default 16).</source>
        <translation>Bis zu N Ketten gleichzeitig ausführen (Standard 16).</translation>
    </message>
    <message>
        <source>At most N requests in flight per host, redirects included (default 4; 0: no limit).</source>
        <translation>Höchstens N gleichzeitig laufende Anfragen pro Host, Weiterleitungen eingeschlossen (Standard 4; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>At most N requests per second per host (default: no limit).</source>
        <translation>Höchstens N Anfragen pro Sekunde und Host (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>More redirects than N is the problem chain-too-long (default 1).</source>
        <translation>Mehr als N Weiterleitungen ergeben das Problem chain-too-long (Standard 1).</translation>
    </message>
    <message>
        <source>Compare final URLs with expected targets without their query.</source>
        <translation>End-URLs ohne ihre Query mit den erwarteten Zielen vergleichen.</translation>
    </message>
    <message>
        <source>Compare URLs as if a trailing slash were not there.</source>
        <translation>URLs so vergleichen, als gäbe es keinen abschließenden Schrägstrich.</translation>
    </message>
    <message>
        <source>table, csv or jsonl (default: a table on a terminal, JSON Lines otherwise, CSV for -o FILE.csv).</source>
        <translation>table, csv oder jsonl (Standard: eine Tabelle auf einem Terminal, sonst JSON Lines, CSV bei -o FILE.csv).</translation>
    </message>
    <message>
        <source>Write the results to FILE (replaced when the run ends, even when interrupted).</source>
        <translation>Die Ergebnisse in FILE schreiben (ersetzt, wenn der Lauf endet, auch bei Abbruch).</translation>
    </message>
    <message>
        <source>GET (the default) or HEAD; nothing else is sent.</source>
        <translation>GET (Standard) oder HEAD; sonst wird nichts gesendet.</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat it for more.</source>
        <translation>Ein Request-Header, &quot;Name: Wert&quot;; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>The User-Agent header to send.</source>
        <translation>Der zu sendende User-Agent-Header.</translation>
    </message>
    <message>
        <source>Follow at most N redirects (default 20).</source>
        <translation>Höchstens N Weiterleitungen folgen (Standard 20).</translation>
    </message>
    <message>
        <source>Give up on a hop after SECONDS without data (default 30).</source>
        <translation>Einen Schritt nach SECONDS Sekunden ohne Daten aufgeben (Standard 30).</translation>
    </message>
    <message>
        <source>Give up on a chain after SECONDS.</source>
        <translation>Eine Kette nach SECONDS Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>Follow redirects from https to plain http (still reported as https-downgrade).</source>
        <translation>Weiterleitungen von https auf einfaches http folgen (weiterhin als https-downgrade gemeldet).</translation>
    </message>
    <message>
        <source>Accept invalid certificates.</source>
        <translation>Ungültige Zertifikate akzeptieren.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 of %2 sources, %3 a second</source>
        <translation>%1 von %2 Quellen, %3 pro Sekunde</translation>
    </message>
    <message>
        <source>%1 sources, %2 a second</source>
        <translation>%1 Quellen, %2 pro Sekunde</translation>
    </message>
    <message>
        <source>The input holds no URL to audit.</source>
        <translation>Die Eingabe enthält keine URL zum Prüfen.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Show credentials (a password in a URL, what -H, -u and the like send) instead of masking them.</source>
        <translation>Zugangsdaten (ein Passwort in einer URL, was -H, -u und Ähnliche senden) zeigen, statt sie zu maskieren.</translation>
    </message>
    <message>
        <source>A file, an http or https URL, or - for standard input: a list of URLs (one a line), a redirect map (source,expected_target[,expected_status], CSV with commas or semicolons, or tab-separated) or a sitemap (.xml, .xml.gz or a sitemap index). Each source&apos;s result comes in the input&apos;s order as it finishes, then a summary. Exit status: 0 when every source matched (without expectations: ended on 2xx with no problem), 1 when any did not, 2 for bad input (nothing sent), 130 when interrupted with Ctrl+C (after the summary of what finished; a second Ctrl+C ends at once).</source>
        <translation>Eine Datei, eine http- oder https-URL oder - für die Standardeingabe: eine Liste von URLs (eine pro Zeile), eine Weiterleitungstabelle (source,expected_target[,expected_status], CSV mit Kommas oder Semikolons oder durch Tabulatoren getrennt) oder eine Sitemap (.xml, .xml.gz oder ein Sitemap-Index). Das Ergebnis jeder Quelle erscheint in der Reihenfolge der Eingabe, sobald sie fertig ist, danach eine Zusammenfassung. Exit-Status: 0, wenn jede Quelle passte (ohne Erwartungen: endete mit 2xx ohne Problem), 1, wenn eine nicht passte, 2 bei ungültiger Eingabe (nichts gesendet), 130 bei Abbruch mit Strg+C (nach der Zusammenfassung des Fertigen; ein zweites Strg+C beendet sofort).</translation>
    </message>
    <message>
        <source>Give up on a hop not connected within SECONDS.</source>
        <translation>Einen Schritt aufgeben, der nach SEKUNDEN nicht verbunden ist.</translation>
    </message>
    <message>
        <source>-I sends HEAD and -X asks for GET: give one method.</source>
        <translation>-I sendet HEAD und -X verlangt GET: Geben Sie eine Methode an.</translation>
    </message>
    <message>
        <source>Send HEAD, as -X HEAD (curl&apos;s -I).</source>
        <translation>HEAD senden, wie -X HEAD (curls -I).</translation>
    </message>
    <message numerus="yes">
        <source>The output could not be written, so the run stopped after %n source(s).</source>
        <translation>
            <numerusform>Die Ausgabe konnte nicht geschrieben werden, daher endete der Lauf nach %n Quelle.</numerusform>
            <numerusform>Die Ausgabe konnte nicht geschrieben werden, daher endete der Lauf nach %n Quellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditInput</name>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: no network access.</source>
        <translation>%1 kann nicht abgerufen werden: kein Netzwerkzugriff.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL.</source>
        <translation>„%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>Read as a sitemap: the input is gzip-compressed.</source>
        <translation>Als Sitemap gelesen: Die Eingabe ist gzip-komprimiert.</translation>
    </message>
    <message>
        <source>Read as a sitemap: the input is XML.</source>
        <translation>Als Sitemap gelesen: Die Eingabe ist XML.</translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a tab.</source>
        <translation>Als Weiterleitungstabelle gelesen: Zeile %1 enthält eine Quelle und ein Ziel, durch einen Tabulator getrennt.</translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a comma.</source>
        <translation>Als Weiterleitungstabelle gelesen: Zeile %1 enthält eine Quelle und ein Ziel, durch ein Komma getrennt.</translation>
    </message>
    <message>
        <source>Read as a URL list: one URL a line.</source>
        <translation>Als URL-Liste gelesen: eine URL pro Zeile.</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes: not a URL.</source>
        <translation>Die Zeile ist länger als %1 Bytes: keine URL.</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed.</source>
        <translation>Ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text; save the file as UTF-8 (spreadsheets call it “CSV UTF-8”).</source>
        <translation>Die Zeile ist kein UTF-8-Text; speichern Sie die Datei als UTF-8 (Tabellenprogramme nennen es „CSV UTF-8“).</translation>
    </message>
    <message>
        <source>Line %1 is a header row (%2): not checked.</source>
        <translation>Zeile %1 ist eine Kopfzeile (%2): nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>A redirect map line has a source, an expected target and optionally an expected status; this one has %n field(s).</source>
        <translation>
            <numerusform>Eine Zeile der Weiterleitungstabelle hat eine Quelle, ein erwartetes Ziel und optional einen erwarteten Status; diese hat %n Feld.</numerusform>
            <numerusform>Eine Zeile der Weiterleitungstabelle hat eine Quelle, ein erwartetes Ziel und optional einen erwarteten Status; diese hat %n Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source URL is empty.</source>
        <translation>Die Quell-URL ist leer.</translation>
    </message>
    <message>
        <source>The expected status “%1” is not a status code from 100 to 599.</source>
        <translation>Der erwartete Status „%1“ ist kein Statuscode von 100 bis 599.</translation>
    </message>
    <message>
        <source>The expected target is empty.</source>
        <translation>Das erwartete Ziel ist leer.</translation>
    </message>
    <message>
        <source>The expected target “%1” is not an http or https URL, nor a path relative to the source.</source>
        <translation>Das erwartete Ziel „%1“ ist weder eine http- oder https-URL noch ein Pfad relativ zur Quelle.</translation>
    </message>
    <message>
        <source>zlib could not be set up to read gzip.</source>
        <translation>zlib konnte nicht zum Lesen von gzip eingerichtet werden.</translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation>Die gzip-Daten sind beschädigt (%1).</translation>
    </message>
    <message>
        <source>The document holds no sitemap: no &lt;urlset&gt; or &lt;sitemapindex&gt; element.</source>
        <translation>Das Dokument enthält keine Sitemap: kein Element &lt;urlset&gt; oder &lt;sitemapindex&gt;.</translation>
    </message>
    <message>
        <source>The document is XML but not a sitemap: its root element is &lt;%1&gt;, not &lt;urlset&gt; or &lt;sitemapindex&gt;.</source>
        <translation>Das Dokument ist XML, aber keine Sitemap: Sein Wurzelelement ist &lt;%1&gt;, nicht &lt;urlset&gt; oder &lt;sitemapindex&gt;.</translation>
    </message>
    <message>
        <source>The sitemap is not well-formed XML (line %1): %2</source>
        <translation>Die Sitemap ist kein wohlgeformtes XML (Zeile %1): %2</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes (unpacked): only its beginning was read.</source>
        <translation>%1 ist größer als %2 Bytes (entpackt): Nur der Anfang wurde gelesen.</translation>
    </message>
    <message>
        <source>A sitemap&apos;s &lt;loc&gt; is a full http or https URL; “%1” is not.</source>
        <translation>Das &lt;loc&gt; einer Sitemap ist eine vollständige http- oder https-URL; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sitemap %1 was not read to its end: %2</source>
        <translation>Die Sitemap %1 wurde nicht bis zum Ende gelesen: %2</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete %1 %2</translation>
    </message>
    <message>
        <source>The sitemap index %1 names “%2”, which is not an http or https URL: not read.</source>
        <translation>Der Sitemap-Index %1 nennt „%2“, keine http- oder https-URL: nicht gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Sitemap indexes nested more than %n level(s) deep are not followed (first: %1).</source>
        <translation>
            <numerusform>Sitemap-Indizes, die tiefer als %n Ebene verschachtelt sind, werden nicht verfolgt (zuerst: %1).</numerusform>
            <numerusform>Sitemap-Indizes, die tiefer als %n Ebenen verschachtelt sind, werden nicht verfolgt (zuerst: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sitemap index names %n sitemap(s), but nothing can be fetched here.</source>
        <translation>
            <numerusform>Der Sitemap-Index nennt %n Sitemap, aber hier kann nichts abgerufen werden.</numerusform>
            <numerusform>Der Sitemap-Index nennt %n Sitemaps, aber hier kann nichts abgerufen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitemap(s) named by the index were not read: at most %1 sitemaps are read in one run.</source>
        <translation>
            <numerusform>%n vom Index genannte Sitemap wurde nicht gelesen: Höchstens %1 Sitemaps werden in einem Lauf gelesen.</numerusform>
            <numerusform>%n vom Index genannte Sitemaps wurden nicht gelesen: Höchstens %1 Sitemaps werden in einem Lauf gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 opens a quoted field.</source>
        <translation>Als Weiterleitungstabelle gelesen: Zeile %1 beginnt ein Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Read as a redirect map.</source>
        <translation>Als Weiterleitungstabelle gelesen.</translation>
    </message>
    <message>
        <source>The sitemap stops before its XML document is complete (cut short).</source>
        <translation>Die Sitemap bricht ab, bevor ihr XML-Dokument vollständig ist (abgeschnitten).</translation>
    </message>
    <message>
        <source>the gzip data stops before the end of its stream (cut short)</source>
        <translation>die gzip-Daten brechen vor dem Ende ihres Datenstroms ab (abgeschnitten)</translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a semicolon.</source>
        <translation>Als Weiterleitungstabelle gelesen: Zeile %1 enthält eine Quelle und ein Ziel, durch ein Semikolon getrennt.</translation>
    </message>
    <message>
        <source>Line %1 names the separator (%2): not checked.</source>
        <translation>Zeile %1 nennt das Trennzeichen (%2): nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n sitemap(s) named again by an index (or an index naming itself) were read once.</source>
        <translation>
            <numerusform>%n Sitemap, die ein Index erneut nennt (oder ein Index, der sich selbst nennt), wurde einmal gelesen.</numerusform>
            <numerusform>%n Sitemaps, die ein Index erneut nennt (oder ein Index, der sich selbst nennt), wurden einmal gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditOutput</name>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>CHAIN</source>
        <translation>KETTE</translation>
    </message>
    <message>
        <source>FINAL URL</source>
        <translation>END-URL</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>PASST</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>PROBLEME</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>Sources: %1, matched: %2, mismatched: %3 (errors: %4), in %5 s.</source>
        <translation>Quellen: %1, passend: %2, abweichend: %3 (Fehler: %4), in %5 s.</translation>
    </message>
    <message>
        <source>Interrupted: the summary counts the sources that finished.</source>
        <translation>Abgebrochen: Die Zusammenfassung zählt die Quellen, die fertig wurden.</translation>
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
        <translation>Eine Liste, eine Weiterleitungstabelle (CSV oder TSV) oder eine Sitemap (.xml, .xml.gz)</translation>
    </message>
    <message>
        <source>File to audit</source>
        <translation>Zu prüfende Datei</translation>
    </message>
    <message>
        <source>A list of URLs, a redirect map (CSV or TSV) or a sitemap (.xml, .xml.gz)</source>
        <translation>Eine URL-Liste, eine Weiterleitungstabelle (CSV oder TSV) oder eine Sitemap (.xml, .xml.gz)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsuche&amp;n…</translation>
    </message>
    <message>
        <source>Paste &amp;map or list</source>
        <translation>Liste oder Tabelle einf&amp;ügen</translation>
    </message>
    <message>
        <source>One URL per line, or source,expected_target[,expected_status] per line</source>
        <translation>Eine URL pro Zeile oder source,expected_target[,expected_status] pro Zeile</translation>
    </message>
    <message>
        <source>Pasted list or map</source>
        <translation>Eingefügte Liste oder Tabelle</translation>
    </message>
    <message>
        <source>One URL per line, or source,expected_target[,expected_status] per line; Ctrl+Enter starts</source>
        <translation>Eine URL pro Zeile oder source,expected_target[,expected_status] pro Zeile; Strg+Eingabe startet</translation>
    </message>
    <message>
        <source>https://example.com/sitemap.xml</source>
        <translation>https://example.com/sitemap.xml</translation>
    </message>
    <message>
        <source>Sitemap URL</source>
        <translation>Sitemap-URL</translation>
    </message>
    <message>
        <source>The address of a sitemap, a sitemap index, a list or a map</source>
        <translation>Die Adresse einer Sitemap, eines Sitemap-Index, einer Liste oder einer Tabelle</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ein&amp;gabeart:</translation>
    </message>
    <message>
        <source>Kind of input</source>
        <translation>Art der Eingabe</translation>
    </message>
    <message>
        <source>How the input is read: guessed from its first lines, or as chosen</source>
        <translation>Wie die Eingabe gelesen wird: aus ihren ersten Zeilen erraten oder wie gewählt</translation>
    </message>
    <message>
        <source>Ignore &amp;query</source>
        <translation>&amp;Query ignorieren</translation>
    </message>
    <message>
        <source>The final URL matches the expected target whatever their queries</source>
        <translation>Die End-URL passt zum erwarteten Ziel, unabhängig von ihren Querys</translation>
    </message>
    <message>
        <source>I&amp;gnore trailing slash</source>
        <translation>Abschließenden Schrägstrich &amp;ignorieren</translation>
    </message>
    <message>
        <source>“/a/” and “/a” match</source>
        <translation>„/a/“ und „/a“ passen zusammen</translation>
    </message>
    <message>
        <source>HEAD requests onl&amp;y</source>
        <translation>Nur HEAD-An&amp;fragen</translation>
    </message>
    <message>
        <source>Send HEAD instead of GET: nothing but HEAD is sent</source>
        <translation>HEAD statt GET senden: Es wird nur HEAD gesendet</translation>
    </message>
    <message>
        <source>Chains at &amp;once:</source>
        <translation>&amp;Ketten gleichzeitig:</translation>
    </message>
    <message>
        <source>How many chains run at the same time</source>
        <translation>Wie viele Ketten gleichzeitig laufen</translation>
    </message>
    <message>
        <source>Chains at once</source>
        <translation>Ketten gleichzeitig</translation>
    </message>
    <message>
        <source>&amp;At most per host:</source>
        <translation>Höchstens &amp;pro Host:</translation>
    </message>
    <message>
        <source>Requests in flight per host at most, redirects included; 0: no limit</source>
        <translation>Höchstzahl gleichzeitig laufender Anfragen pro Host, Weiterleitungen eingeschlossen; 0: keine Grenze</translation>
    </message>
    <message>
        <source>At most per host</source>
        <translation>Höchstens pro Host</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Rate per host:</source>
        <translation>Rate pro Host:</translation>
    </message>
    <message>
        <source>Requests started per second per host at most; 0: no limit</source>
        <translation>Höchstzahl pro Sekunde gestarteter Anfragen pro Host; 0: keine Grenze</translation>
    </message>
    <message>
        <source>Rate per host</source>
        <translation>Rate pro Host</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Max &amp;chain:</source>
        <translation>Höchstl&amp;änge der Kette:</translation>
    </message>
    <message>
        <source>More redirects followed than this is the problem chain-too-long</source>
        <translation>Mehr gefolgte Weiterleitungen als diese Zahl ergeben das Problem chain-too-long</translation>
    </message>
    <message>
        <source>Max chain</source>
        <translation>Höchstlänge der Kette</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Start the audit (Ctrl+Enter)</source>
        <translation>Das Audit starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop the run; the rows that finished stay (Esc)</source>
        <translation>Den Lauf anhalten; die fertigen Zeilen bleiben (Esc)</translation>
    </message>
    <message>
        <source>Run again only the rows with a problem</source>
        <translation>Nur die Zeilen mit einem Problem erneut ausführen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Exp&amp;ortieren</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Fortschritt des Audits</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>Welche Zeilen angezeigt werden</translation>
    </message>
    <message>
        <source>All rows, the rows with a problem, or the rows with one problem id</source>
        <translation>Alle Zeilen, die Zeilen mit einem Problem oder die Zeilen mit einer bestimmten Problem-ID</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>Host-Filter</translation>
    </message>
    <message>
        <source>Only the rows whose source is on this host</source>
        <translation>Nur die Zeilen, deren Quelle auf diesem Host liegt</translation>
    </message>
    <message>
        <source>Final status filter</source>
        <translation>Filter nach Endstatus</translation>
    </message>
    <message>
        <source>Only the rows whose chain ended with a status of this class, or without a response</source>
        <translation>Nur die Zeilen, deren Kette mit einem Status dieser Klasse oder ohne Antwort endete</translation>
    </message>
    <message>
        <source>Search sources and URLs</source>
        <translation>Quellen und URLs durchsuchen</translation>
    </message>
    <message>
        <source>Only the rows whose source, final URL or expected target contains the text</source>
        <translation>Nur die Zeilen, deren Quelle, End-URL oder erwartetes Ziel den Text enthält</translation>
    </message>
    <message>
        <source>Audit rows</source>
        <translation>Audit-Zeilen</translation>
    </message>
    <message>
        <source>One row per source in input order; the selected row’s chain is shown beside or below</source>
        <translation>Eine Zeile pro Quelle in der Reihenfolge der Eingabe; die Kette der gewählten Zeile wird daneben oder darunter gezeigt</translation>
    </message>
    <message>
        <source>Search URLs</source>
        <translation>URLs durchsuchen</translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation>Dat&amp;ei</translation>
    </message>
    <message>
        <source>Sitem&amp;ap URL</source>
        <translation>Site&amp;map-URL</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>O&amp;ptionen</translation>
    </message>
    <message>
        <source>How the chains are checked and how fast they are sent</source>
        <translation>Wie die Ketten geprüft und wie schnell sie gesendet werden</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Re-run failed</source>
        <translation>Fehlerhafte &amp;wiederholen</translation>
    </message>
    <message>
        <source>Final status:</source>
        <translation>Endstatus:</translation>
    </message>
</context>
<context>
    <name>AuthChallenge</name>
    <message>
        <source>the field stops following the challenge grammar at character %1 (“%2”)</source>
        <translation>das Feld weicht ab Zeichen %1 („%2“) von der Grammatik der Aufforderung ab</translation>
    </message>
</context>
<context>
    <name>AuthResponder</name>
    <message>
        <source>%1 (realm “%2”)</source>
        <translation>%1 (Realm „%2“)</translation>
    </message>
    <message>
        <source>The Bearer token is empty.</source>
        <translation>Das Bearer-Token ist leer.</translation>
    </message>
    <message>
        <source>The Bearer token holds a control character (a line break?), which cannot go into a header field.</source>
        <translation>Das Bearer-Token enthält ein Steuerzeichen (einen Zeilenumbruch?), das in keinem Header-Feld stehen darf.</translation>
    </message>
    <message>
        <source>The user name “%1” holds a colon, which Basic cannot carry (RFC 7617 §2).</source>
        <translation>Der Benutzername „%1“ enthält einen Doppelpunkt, den Basic nicht übertragen kann (RFC 7617 §2).</translation>
    </message>
    <message>
        <source>-u with --basic answers Basic only</source>
        <translation>-u mit --basic beantwortet nur Basic</translation>
    </message>
    <message>
        <source>--digest answers Digest only</source>
        <translation>--digest beantwortet nur Digest</translation>
    </message>
    <message>
        <source>--anyauth answers Basic and Digest</source>
        <translation>--anyauth beantwortet Basic und Digest</translation>
    </message>
    <message>
        <source>--oauth2-bearer sends a Bearer token only</source>
        <translation>--oauth2-bearer sendet nur ein Bearer-Token</translation>
    </message>
    <message>
        <source>The credentials given were not sent: %1 is another origin than the one typed (%2). They stay off for the rest of the chain.</source>
        <translation>Die angegebenen Zugangsdaten wurden nicht gesendet: %1 ist ein anderer Ursprung als der eingegebene (%2). Für den Rest der Kette werden sie nicht mehr gesendet.</translation>
    </message>
    <message>
        <source>Digest sent ahead for user %1 with the nonce from hop %2&apos;s 401 (nonce count %3).</source>
        <translation>Digest für Benutzer %1 vorab gesendet, mit der Nonce aus dem 401 von Schritt %2 (Nonce-Zähler %3).</translation>
    </message>
    <message>
        <source>%1 credentials went over plain http; the server is on this machine, so they did not cross a network, but anywhere else they would be readable on the way.</source>
        <translation>%1-Zugangsdaten gingen über einfaches http; der Server läuft auf diesem Rechner, sie haben also kein Netzwerk durchquert, aber überall sonst wären sie unterwegs lesbar.</translation>
    </message>
    <message>
        <source>%1 credentials went over plain http: anyone on the way can read them. Use https.</source>
        <translation>%1-Zugangsdaten gingen über einfaches http: jeder auf dem Weg kann sie lesen. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>The 401 said the nonce had expired (stale=true), not that the credentials were wrong; answered again with its new nonce, user %1.</source>
        <translation>Der 401 meldete eine abgelaufene Nonce (stale=true), keine falschen Zugangsdaten; mit seiner neuen Nonce erneut beantwortet, Benutzer %1.</translation>
    </message>
    <message>
        <source>The server refused the %1 credentials: 401 again. They are not sent a second time.</source>
        <translation>Der Server hat die %1-Zugangsdaten abgelehnt: erneut 401. Sie werden kein zweites Mal gesendet.</translation>
    </message>
    <message>
        <source>The server refused the %1 credentials for user %2: 401 again. They are not sent a second time.</source>
        <translation>Der Server hat die %1-Zugangsdaten für Benutzer %2 abgelehnt: erneut 401. Sie werden kein zweites Mal gesendet.</translation>
    </message>
    <message>
        <source>It asks for %1 (%2).</source>
        <translation>Er verlangt %1 (%2).</translation>
    </message>
    <message>
        <source>Bearer error: %1.</source>
        <translation>Bearer-Fehler: %1.</translation>
    </message>
    <message>
        <source>The 401 asked for Digest; answered with user %1 (%2, realm “%3”).</source>
        <translation>Der 401 verlangte Digest; beantwortet mit Benutzer %1 (%2, Realm „%3“).</translation>
    </message>
    <message>
        <source>The 401 asked for Basic; answered with user %1.</source>
        <translation>Der 401 verlangte Basic; beantwortet mit Benutzer %1.</translation>
    </message>
    <message>
        <source>The 401 names no scheme to answer (no WWW-Authenticate), so the credentials were not sent.</source>
        <translation>Der 401 nennt kein Schema, das sich beantworten ließe (kein WWW-Authenticate), daher wurden die Zugangsdaten nicht gesendet.</translation>
    </message>
    <message>
        <source>The 401 asks for %1, which %2: the credentials were not sent.</source>
        <translation>Der 401 verlangt %1, aber %2: die Zugangsdaten wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>Digest could not be answered: %1.</source>
        <translation>Digest konnte nicht beantwortet werden: %1.</translation>
    </message>
    <message>
        <source>WWW-Authenticate was read only in part: %1.</source>
        <translation>WWW-Authenticate wurde nur teilweise gelesen: %1.</translation>
    </message>
</context>
<context>
    <name>BodyChecks</name>
    <message>
        <source>Both Transfer-Encoding (%1) and Content-Length (%2) were sent. The length was ignored, as HTTP/1.1 requires, but anything on the way that reads it instead ends the body elsewhere: the way requests are smuggled.</source>
        <translation>Sowohl Transfer-Encoding (%1) als auch Content-Length (%2) wurden gesendet. Die Länge wurde ignoriert, wie HTTP/1.1 es verlangt, doch jede Station auf dem Weg, die stattdessen die Länge liest, lässt den Body an anderer Stelle enden: so werden Anfragen eingeschmuggelt (Request Smuggling).</translation>
    </message>
    <message>
        <source>Content-Length came with different values (%1): where the body ends is ambiguous. Qt 6.4 went by the first, so the body shown may be cut or run into what follows.</source>
        <translation>Content-Length kam mit verschiedenen Werten (%1): wo der Body endet, ist mehrdeutig. Qt 6.4 hat sich nach dem ersten gerichtet, daher kann der angezeigte Body abgeschnitten sein oder in das Folgende hineinreichen.</translation>
    </message>
    <message>
        <source>The Content-Length “%1” is not a number of bytes: where the body ends is unknown, and Qt 6.4 read until the connection closed.</source>
        <translation>Die Content-Length „%1“ ist keine Anzahl von Bytes: wo der Body endet, ist unbekannt, und Qt 6.4 hat gelesen, bis die Verbindung geschlossen wurde.</translation>
    </message>
    <message>
        <source>The transfer coding %1 was not undone: the body is shown as it arrived, after chunked framing was removed.</source>
        <translation>Die Transferkodierung %1 wurde nicht rückgängig gemacht: der Body wird so angezeigt, wie er ankam, nachdem die chunked-Rahmung entfernt wurde.</translation>
    </message>
    <message>
        <source>The body is shown as received: “%1” is not a content coding StatusScope undoes (it undoes gzip and deflate). Content-Encoding: %2.</source>
        <translation>Der Body wird wie empfangen angezeigt: „%1“ ist keine Inhaltskodierung, die StatusScope dekodiert (es dekodiert gzip und deflate). Content-Encoding: %2.</translation>
    </message>
    <message>
        <source>The %1 body was decoded: %2 bytes on the wire became %3.</source>
        <translation>Der Body (%1) wurde dekodiert: aus %2 Bytes auf der Leitung wurden %3.</translation>
    </message>
    <message>
        <source>The %1 body could not be decoded: %2. %3 bytes arrived and %4 were decoded; the body shown is only that part.</source>
        <translation>Der Body (%1) konnte nicht dekodiert werden: %2. %3 Bytes kamen an und %4 wurden dekodiert; der angezeigte Body ist nur dieser Teil.</translation>
    </message>
    <message>
        <source>The body is shown as received, %1-coded, because Accept-Encoding was typed.</source>
        <translation>Der Body wird wie empfangen angezeigt, mit der Kodierung %1, weil Accept-Encoding eingegeben wurde.</translation>
    </message>
</context>
<context>
    <name>BodyDecoder</name>
    <message>
        <source>the %1 decoder could not start</source>
        <translation>der %1-Decoder konnte nicht starten</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the %1 data</source>
        <translation>
            <numerusform>%n Byte folgt auf das Ende der %1-Daten</numerusform>
            <numerusform>%n Bytes folgen auf das Ende der %1-Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 data is corrupt</source>
        <translation>die %1-Daten sind beschädigt</translation>
    </message>
    <message>
        <source>the %1 data is corrupt (%2)</source>
        <translation>die %1-Daten sind beschädigt (%2)</translation>
    </message>
    <message>
        <source>the %1 data stops before its end</source>
        <translation>die %1-Daten brechen vor ihrem Ende ab</translation>
    </message>
</context>
<context>
    <name>BodyFile</name>
    <message>
        <source>The body file “%1” is larger than %2 MiB, the most a request body may be.</source>
        <translation>Die Body-Datei „%1“ ist größer als %2 MiB; mehr darf ein Anfrage-Body nicht sein.</translation>
    </message>
    <message>
        <source>The body file “%1” cannot be read: %2</source>
        <translation>Die Body-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The body file “%1” no longer exists.</source>
        <translation>Die Body-Datei „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a folder, a pipe or a device); the console sends the contents of regular files only.</source>
        <translation>„%1“ ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät); die Konsole sendet nur den Inhalt gewöhnlicher Dateien.</translation>
    </message>
    <message>
        <source>The body file “%1” cannot be read: permission denied.</source>
        <translation>Die Body-Datei „%1“ kann nicht gelesen werden: keine Berechtigung.</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>statusscope: the catalogue could not be loaded: %1</source>
        <translation>statusscope: Der Katalog konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source>IANA registry:</source>
        <translation>IANA-Register:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>nicht registriert</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>Auch genannt:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Seit:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Cacheable by default:</source>
        <translation>Standardmäßig cachebar:</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>Weiterleitung:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Verwandt:</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The status code, for example 404 or 000.</source>
        <translation>Der Statuscode, zum Beispiel 404 oder 000.</translation>
    </message>
    <message>
        <source>statusscope explain: give exactly one status code, for example &quot;statusscope explain 404&quot;.</source>
        <translation>statusscope explain: Geben Sie genau einen Statuscode an, zum Beispiel „statusscope explain 404“.</translation>
    </message>
    <message>
        <source>statusscope explain: &quot;%1&quot; is not a status code; a status code is a number such as 404.</source>
        <translation>statusscope explain: „%1“ ist kein Statuscode; ein Statuscode ist eine Zahl wie 404.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 steht nicht im Katalog.</translation>
    </message>
    <message>
        <source>By its number it belongs to %1 (%2): %3</source>
        <translation>Nach seiner Nummer gehört er zu %1 (%2): %3</translation>
    </message>
    <message>
        <source>Only codes of CLASS: 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation>Nur Codes der Klasse CLASS: 1xx, 2xx, 3xx, 4xx, 5xx oder other.</translation>
    </message>
    <message>
        <source>Only codes of ORIGIN: standard, webdav, experimental, historical, vendor or unofficial.</source>
        <translation>Nur Codes der Herkunft ORIGIN: standard, webdav, experimental, historical, vendor oder unofficial.</translation>
    </message>
    <message>
        <source>statusscope codes: unexpected argument &quot;%1&quot;; filters are given with --class, --origin and --search.</source>
        <translation>statusscope codes: unerwartetes Argument „%1“; Filter werden mit --class, --origin und --search angegeben.</translation>
    </message>
    <message>
        <source>statusscope codes: &quot;%1&quot; is not a class; use 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation>statusscope codes: „%1“ ist keine Klasse; verwenden Sie 1xx, 2xx, 3xx, 4xx, 5xx oder other.</translation>
    </message>
    <message>
        <source>statusscope codes: &quot;%1&quot; is not an origin; use one of %2.</source>
        <translation>statusscope codes: „%1“ ist keine Herkunft; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>No catalogue entry matches these filters.</source>
        <translation>Kein Katalogeintrag passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>KLASSE</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n meanings.</source>
        <translation>
            <numerusform>%1 hat %n Bedeutung.</numerusform>
            <numerusform>%1 hat %n Bedeutungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>auch %1</translation>
    </message>
    <message>
        <source>In code:</source>
        <translation>Im Code:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Widely repeated, no primary source: %1</source>
        <translation>Weit verbreitet, keine Primärquelle: %1</translation>
    </message>
    <message>
        <source>Some of these texts are not translated yet and are shown in English.</source>
        <translation>Einige dieser Texte sind noch nicht übersetzt und werden auf Englisch gezeigt.</translation>
    </message>
    <message>
        <source>statusscope %1: &quot;%2&quot; is not a catalogue language; use one of %3.</source>
        <translation>statusscope %1: &quot;%2&quot; ist keine Sprache des Katalogs; verwenden Sie eine von %3.</translation>
    </message>
    <message>
        <source>Texts in LANG (en, de, fr or es) instead of the environment&apos;s language.</source>
        <translation>Texte in LANG (en, de, fr oder es) statt in der Sprache der Umgebung.</translation>
    </message>
    <message>
        <source>Only codes matching TEXT, in English or in the catalogue&apos;s language (--lang), as in the window&apos;s search field.</source>
        <translation>Nur Codes, auf die TEXT passt, auf Englisch oder in der Sprache des Katalogs (--lang), wie im Suchfeld des Fensters.</translation>
    </message>
</context>
<context>
    <name>CatalogueError</name>
    <message>
        <source>: entry %1 (code %2)</source>
        <translation>: Eintrag %1 (Code %2)</translation>
    </message>
    <message>
        <source>: entry %1</source>
        <translation>: Eintrag %1</translation>
    </message>
    <message>
        <source>, field &quot;%1&quot;</source>
        <translation>, Feld „%1“</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is damaged or from another build</source>
        <translation>ist beschädigt oder stammt aus einem anderen Build</translation>
    </message>
    <message>
        <source>is not built into this program</source>
        <translation>ist nicht in dieses Programm eingebaut</translation>
    </message>
    <message>
        <source>is larger than 16 MiB, which no catalogue needs; is it the right file?</source>
        <translation>ist größer als 16 MiB, so groß ist kein Katalog; ist es die richtige Datei?</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Search codes, reasons and descriptions (Ctrl+F)</source>
        <translation>Codes, Bezeichnungen und Beschreibungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Klassenfilter</translation>
    </message>
    <message>
        <source>Origin filter</source>
        <translation>Herkunftsfilter</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Anzahl passender Codes</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>Statuscodes</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Status code details</source>
        <translation>Details zum Statuscode</translation>
    </message>
    <message>
        <source>Shows only the codes of one class, such as 4xx client errors.</source>
        <translation>Zeigt nur die Codes einer Klasse, etwa 4xx Client-Fehler.</translation>
    </message>
    <message>
        <source>Shows only the codes of one origin: standard, WebDAV, experimental, historical, vendor or unofficial.</source>
        <translation>Zeigt nur die Codes einer Herkunft: Standard, WebDAV, experimentell, historisch, Hersteller oder inoffiziell.</translation>
    </message>
    <message>
        <source>The matching status codes with their reason and origin; the selected one is explained beside the list.</source>
        <translation>Die passenden Statuscodes mit Bezeichnung und Herkunft; der gewählte wird neben der Liste erklärt.</translation>
    </message>
    <message>
        <source>The meaning, class, origin, registry status, headers and specification of the selected status code.</source>
        <translation>Bedeutung, Klasse, Herkunft, Registerstatus, Header und Spezifikation des gewählten Statuscodes.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Type a code such as 404, a class such as 4xx, words from a reason or description, or a name from code such as StatusTeapot.</source>
        <translation>Geben Sie einen Code wie 404, eine Klasse wie 4xx, Wörter aus einer Bezeichnung oder Beschreibung oder einen Namen aus Code wie StatusTeapot ein.</translation>
    </message>
</context>
<context>
    <name>CatalogueParser</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation>muss %1 sein, die Formatversion, die dieses Programm liest</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>must be an object with a description for each class</source>
        <translation>muss ein Objekt mit einer Beschreibung für jede Klasse sein</translation>
    </message>
    <message>
        <source>every class needs a description</source>
        <translation>jede Klasse braucht eine Beschreibung</translation>
    </message>
    <message>
        <source>is not a status class</source>
        <translation>ist keine Statusklasse</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>ist kein bekanntes Feld (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must contain only non-empty strings</source>
        <translation>darf nur nicht leere Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>must be the code written with digits only</source>
        <translation>muss der Code sein, nur mit Ziffern geschrieben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>muss eine einzige Zeile sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header field name</source>
        <translation>„%1“ ist kein gültiger Name für ein Header-Feld</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an array of codes</source>
        <translation>muss ein Array von Codes sein</translation>
    </message>
    <message>
        <source>must contain only whole numbers</source>
        <translation>darf nur ganze Zahlen enthalten</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must contain only objects</source>
        <translation>darf nur Objekte enthalten</translation>
    </message>
    <message>
        <source>must be a positive RFC number, without a url</source>
        <translation>muss eine positive RFC-Nummer sein, ohne url</translation>
    </message>
    <message>
        <source>a reference needs an rfc number or a title</source>
        <translation>eine Referenz braucht eine RFC-Nummer oder einen Titel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) link</source>
        <translation>„%1“ ist kein http(s)-Link</translation>
    </message>
    <message>
        <source>only 3xx codes have redirect semantics</source>
        <translation>nur 3xx-Codes haben eine Weiterleitungsbedeutung</translation>
    </message>
    <message>
        <source>must be kept, may_change, becomes_get or not_followed</source>
        <translation>muss kept, may_change, becomes_get oder not_followed sein</translation>
    </message>
    <message>
        <source>must be the registry&apos;s reason phrase</source>
        <translation>muss die Bezeichnung aus dem Register sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>code %1 from &quot;%2&quot; is already in the catalogue</source>
        <translation>Code %1 von „%2“ steht bereits im Katalog</translation>
    </message>
    <message>
        <source>an entry defined by a specification must cite it</source>
        <translation>ein durch eine Spezifikation definierter Eintrag muss sie nennen</translation>
    </message>
    <message>
        <source>a registered code must cite its specification</source>
        <translation>ein registrierter Code muss seine Spezifikation nennen</translation>
    </message>
    <message>
        <source>an entry cannot be related to its own code</source>
        <translation>ein Eintrag kann nicht mit seinem eigenen Code verwandt sein</translation>
    </message>
    <message>
        <source>code %1 is not in the catalogue</source>
        <translation>Code %1 steht nicht im Katalog</translation>
    </message>
    <message>
        <source>must be an array of {&quot;title&quot;, &quot;url&quot;} objects</source>
        <translation>muss ein Array von {&quot;title&quot;, &quot;url&quot;}-Objekten sein</translation>
    </message>
    <message>
        <source>must contain only {&quot;title&quot;, &quot;url&quot;} objects</source>
        <translation>darf nur {&quot;title&quot;, &quot;url&quot;}-Objekte enthalten</translation>
    </message>
    <message>
        <source>every source needs a title</source>
        <translation>jede Quelle braucht einen Titel</translation>
    </message>
    <message>
        <source>a vendor or unofficial entry must name at least one source (the vendor&apos;s documentation or source file) where its meaning can be checked</source>
        <translation>ein herstellerspezifischer oder inoffizieller Eintrag muss mindestens eine Quelle nennen (die Dokumentation oder Quelldatei des Herstellers), in der seine Bedeutung nachgeprüft werden kann</translation>
    </message>
</context>
<context>
    <name>CatalogueTranslationParser</name>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>ist kein bekanntes Feld (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation>muss %1 sein, die Formatversion, die dieses Programm liest</translation>
    </message>
    <message>
        <source>must be the language&apos;s two-letter code, such as &quot;de&quot; (not &quot;en&quot;)</source>
        <translation>muss der zweibuchstabige Code der Sprache sein, etwa &quot;de&quot; (nicht &quot;en&quot;)</translation>
    </message>
    <message>
        <source>must be an object with a text for each class</source>
        <translation>muss ein Objekt mit einem Text für jede Klasse sein</translation>
    </message>
    <message>
        <source>is not a status class</source>
        <translation>ist keine Statusklasse</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an object: {&quot;text&quot;: …, &quot;from&quot;: …}</source>
        <translation>muss ein Objekt sein: {&quot;text&quot;: …, &quot;from&quot;: …}</translation>
    </message>
    <message>
        <source>must be a non-empty string (leave out a field not yet translated)</source>
        <translation>muss eine nicht leere Zeichenkette sein (ein noch nicht übersetztes Feld weglassen)</translation>
    </message>
    <message>
        <source>must be the %1 hex digits of the English text&apos;s hash</source>
        <translation>muss aus den %1 Hexziffern des Hashs des englischen Texts bestehen</translation>
    </message>
    <message>
        <source>is missing: run &quot;./dev catalogue-translations --stamp LANG&quot; after writing a text</source>
        <translation>fehlt: nach dem Schreiben eines Texts &quot;./dev catalogue-translations --stamp LANG&quot; ausführen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must name the English entry as &quot;CODE REASON · ORIGIN&quot;, for example &quot;499 Client Closed Request · nginx&quot;</source>
        <translation>muss den englischen Eintrag als &quot;CODE REASON · ORIGIN&quot; nennen, zum Beispiel &quot;499 Client Closed Request · nginx&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>muss eine einzige Zeile sein</translation>
    </message>
</context>
<context>
    <name>ChainPrinter</name>
    <message>
        <source>not catalogued</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>reused connection</source>
        <translation>Verbindung wiederverwendet</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>tls %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s), %1 ms, final %2, %3</source>
        <translation>
            <numerusform>%n Schritt, %1 ms, zuletzt %2, %3</numerusform>
            <numerusform>%n Schritte, %1 ms, zuletzt %2, %3</numerusform>
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
        <translation>%1, Body %2</translation>
    </message>
    <message>
        <source>via proxy %1</source>
        <translation>über Proxy %1</translation>
    </message>
    <message>
        <source>via proxy %1 as %2</source>
        <translation>über Proxy %1 als %2</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation>%1, Benutzer %2</translation>
    </message>
    <message>
        <source>credentials %1, answering hop %2</source>
        <translation>Zugangsdaten %1, Antwort auf Schritt %2</translation>
    </message>
    <message>
        <source>credentials %1</source>
        <translation>Zugangsdaten %1</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>Client-Zertifikat %1</translation>
    </message>
</context>
<context>
    <name>ChainRecord</name>
    <message>
        <source>unknown warning severity “%1”</source>
        <translation>unbekannter Schweregrad einer Warnung „%1“</translation>
    </message>
    <message>
        <source>unknown outcome “%1”</source>
        <translation>unbekanntes Ergebnis „%1“</translation>
    </message>
    <message>
        <source>unknown stop reason “%1”</source>
        <translation>unbekannter Grund für das Anhalten „%1“</translation>
    </message>
    <message>
        <source>unknown error kind “%1”</source>
        <translation>unbekannte Fehlerart „%1“</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Certificate exception</source>
        <translation>Zertifikatsausnahme</translation>
    </message>
    <message>
        <source>Why the chain ended</source>
        <translation>Warum die Kette endete</translation>
    </message>
    <message>
        <source>Redirect chain</source>
        <translation>Weiterleitungskette</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What this response means</source>
        <translation>Was diese Antwort bedeutet</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation>Die Anfrage wie gesendet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Save full body…</source>
        <translation>Ganzen Body speichern…</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Timing phases of the selected hop</source>
        <translation>Zeitphasen des gewählten Schritts</translation>
    </message>
    <message>
        <source>TLS details of the selected hop</source>
        <translation>TLS-Angaben des gewählten Schritts</translation>
    </message>
    <message>
        <source>One row per hop: method, URL, status, reason, time and checks. Enter or a double click opens the code in the catalogue.</source>
        <translation>Eine Zeile pro Schritt: Methode, URL, Status, Grund, Zeit und Prüfungen. Enter oder ein Doppelklick öffnet den Code im Katalog.</translation>
    </message>
    <message>
        <source>What the status of the selected hop means, from the catalogue, and every check on this response.</source>
        <translation>Was der Status des gewählten Schritts laut Katalog bedeutet, und jede Prüfung dieser Antwort.</translation>
    </message>
    <message>
        <source>Every header of the selected response, one per row; known ones are explained in their tool tip.</source>
        <translation>Jeder Header der gewählten Antwort, einer pro Zeile; bekannte werden in ihrem Tooltip erklärt.</translation>
    </message>
    <message>
        <source>The method, URL, headers and body this hop sent, with what changed since the previous hop highlighted.</source>
        <translation>Methode, URL, Header und Body, die dieser Schritt gesendet hat; was sich seit dem vorigen Schritt geändert hat, ist hervorgehoben.</translation>
    </message>
    <message>
        <source>The response body of the selected hop: JSON and XML indented, binary shown as hex.</source>
        <translation>Der Antwort-Body des gewählten Schritts: JSON und XML eingerückt, Binärdaten als Hex.</translation>
    </message>
    <message>
        <source>When each phase of the selected hop ended, counted from its start, in milliseconds.</source>
        <translation>Wann jede Phase des gewählten Schritts endete, ab seinem Beginn gezählt, in Millisekunden.</translation>
    </message>
    <message>
        <source>The protocol, cipher and certificate chain of the selected hop, with any certificate problems.</source>
        <translation>Protokoll, Chiffre und Zertifikatskette des gewählten Schritts, mit allen Zertifikatsproblemen.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alle ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>Auswahl &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>--%1 needs a positive number, not “%2”.</source>
        <translation>--%1 braucht eine positive Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not “%3”.</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>Give a URL to check, for example “statusscope check https://example.org/”.</source>
        <translation>Geben Sie eine URL zum Prüfen an, zum Beispiel „statusscope check https://example.org/“.</translation>
    </message>
    <message>
        <source>The method (default GET, or POST with --data).</source>
        <translation>Die Methode (Standard GET, oder POST mit --data).</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat it for more.</source>
        <translation>Ein Request-Header, &quot;Name: Wert&quot;; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Do not follow redirects.</source>
        <translation>Weiterleitungen nicht folgen.</translation>
    </message>
    <message>
        <source>Follow at most N redirects (default 20).</source>
        <translation>Höchstens N Weiterleitungen folgen (Standard 20).</translation>
    </message>
    <message>
        <source>Give up on a hop after SECONDS without data (default 30).</source>
        <translation>Einen Schritt nach SECONDS Sekunden ohne Daten aufgeben (Standard 30).</translation>
    </message>
    <message>
        <source>Give up on the whole chain after SECONDS.</source>
        <translation>Die ganze Kette nach SECONDS Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>Read at most BYTES of each body (default 67108864).</source>
        <translation>Höchstens BYTES von jedem Body lesen (Standard 67108864).</translation>
    </message>
    <message>
        <source>Follow redirects from https to plain http.</source>
        <translation>Weiterleitungen von https auf einfaches http folgen.</translation>
    </message>
    <message>
        <source>Accept an invalid certificate from the host of the URL given.</source>
        <translation>Ein ungültiges Zertifikat des Hosts der angegebenen URL akzeptieren.</translation>
    </message>
    <message>
        <source>Print JSON: one document, or one line per chain for several URLs.</source>
        <translation>JSON ausgeben: ein Dokument, oder bei mehreren URLs eine Zeile pro Kette.</translation>
    </message>
    <message>
        <source>Exit with 4 or 5 when the final status is 4xx or 5xx.</source>
        <translation>Mit 4 oder 5 beenden, wenn der letzte Status 4xx oder 5xx ist.</translation>
    </message>
    <message>
        <source>Check up to N URLs at once (default 8).</source>
        <translation>Bis zu N URLs gleichzeitig prüfen (Standard 8).</translation>
    </message>
    <message>
        <source>Show credentials (Authorization, cookies) instead of masking them.</source>
        <translation>Zugangsdaten (Authorization, Cookies) zeigen statt sie zu maskieren.</translation>
    </message>
    <message>
        <source>Give up on a hop moving fewer than BYTES per second over --speed-time (default 1).</source>
        <translation>Einen Schritt aufgeben, der über --speed-time weniger als BYTES pro Sekunde überträgt (Standard 1).</translation>
    </message>
    <message>
        <source>The window --speed-limit is measured over (default 30).</source>
        <translation>Der Zeitraum, über den --speed-limit gemessen wird (Standard 30).</translation>
    </message>
    <message>
        <source>A request body, or @FILE to read it from a file (at most 64 MiB).</source>
        <translation>Ein Anfrage-Body, oder @FILE, um ihn aus einer Datei zu lesen (höchstens 64 MiB).</translation>
    </message>
    <message>
        <source>Read URLs from FILE, one per line of at most 8 KiB (- for standard input); lines are read as chains finish, results are JSON Lines with --json.</source>
        <translation>URLs aus FILE lesen, eine pro Zeile mit höchstens 8 KiB (- für die Standardeingabe); Zeilen werden gelesen, sobald Ketten fertig sind, mit --json sind die Ergebnisse JSON Lines.</translation>
    </message>
    <message>
        <source>Also write the chains as a HAR 1.2 file (credentials masked unless --show-secrets); a file is replaced when done, a pipe is appended to; - writes it instead of the report.</source>
        <translation>Die Ketten zusätzlich als HAR-1.2-Datei schreiben (Zugangsdaten maskiert, außer mit --show-secrets); eine Datei wird am Ende ersetzt, an eine Pipe wird angehängt; mit - wird sie statt des Berichts ausgegeben.</translation>
    </message>
    <message>
        <source>One or more http or https URLs; without a scheme, http:// is added (localhost:8080/x).</source>
        <translation>Eine oder mehrere http- oder https-URLs; ohne Schema wird http:// ergänzt (localhost:8080/x).</translation>
    </message>
    <message>
        <source>Credentials for the server of the URL given, USER:PASSWORD (split at the first colon); never sent to another origin. Basic unless --digest or --anyauth.</source>
        <translation>Zugangsdaten für den Server der angegebenen URL, USER:PASSWORD (am ersten Doppelpunkt getrennt); nie an einen anderen Ursprung gesendet. Basic, außer mit --digest oder --anyauth.</translation>
    </message>
    <message>
        <source>Send -u&apos;s credentials as Basic with the first request (the default).</source>
        <translation>Die Zugangsdaten von -u als Basic mit der ersten Anfrage senden (Standard).</translation>
    </message>
    <message>
        <source>Answer the server&apos;s Digest challenge with -u&apos;s credentials (MD5, SHA-256, qop=auth).</source>
        <translation>Die Digest-Aufforderung des Servers mit den Zugangsdaten von -u beantworten (MD5, SHA-256, qop=auth).</translation>
    </message>
    <message>
        <source>Wait for the 401 and answer the strongest scheme it offers: Digest, then Basic.</source>
        <translation>Auf den 401 warten und das stärkste Schema beantworten, das er anbietet: Digest, dann Basic.</translation>
    </message>
    <message>
        <source>Send &quot;Authorization: Bearer TOKEN&quot; with the first request.</source>
        <translation>&quot;Authorization: Bearer TOKEN&quot; mit der ersten Anfrage senden.</translation>
    </message>
    <message>
        <source>%1 cannot be used together: choose one.</source>
        <translation>%1 können nicht zusammen verwendet werden: wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>-u and --oauth2-bearer cannot be used together: a request carries one Authorization field.</source>
        <translation>-u und --oauth2-bearer können nicht zusammen verwendet werden: eine Anfrage trägt nur ein Authorization-Feld.</translation>
    </message>
    <message>
        <source>%1 needs -u USER:PASSWORD.</source>
        <translation>%1 braucht -u USER:PASSWORD.</translation>
    </message>
    <message>
        <source>-u needs USER:PASSWORD. check does not ask for a password the way curl does, since it runs in scripts: give it after a colon (-u &apos;alice:secret&apos;; for an empty one, -u &apos;alice:&apos;).</source>
        <translation>-u braucht USER:PASSWORD. check fragt nicht wie curl nach einem Passwort, da es in Skripten läuft: geben Sie es nach einem Doppelpunkt an (-u &apos;alice:secret&apos;; für ein leeres -u &apos;alice:&apos;).</translation>
    </message>
    <message>
        <source>Go through this proxy for every host, loopback included: http://HOST:PORT (https goes through its CONNECT tunnel), socks5:// (names resolved here) or socks5h:// (names resolved by the proxy); &quot;&quot; for none. Default: the system&apos;s proxy settings (http_proxy, https_proxy, all_proxy, no_proxy).</source>
        <translation>Für jeden Host, Loopback eingeschlossen, über diesen Proxy gehen: http://HOST:PORT (https geht durch seinen CONNECT-Tunnel), socks5:// (Namen werden hier aufgelöst) oder socks5h:// (Namen löst der Proxy auf); &quot;&quot; für keinen. Standard: die Proxy-Einstellungen des Systems (http_proxy, https_proxy, all_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>The proxy&apos;s user name and password, USER:PASSWORD.</source>
        <translation>Benutzername und Passwort des Proxys, USER:PASSWORD.</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names (with their subdomains), IP addresses or blocks (10.0.0.0/8); * for every host.</source>
        <translation>Hosts, die ohne den Proxy erreicht werden, durch Kommas getrennt: Namen (mit ihren Subdomains), IP-Adressen oder Blöcke (10.0.0.0/8); * für jeden Host.</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in FILE (PEM or DER, one or many) instead of the system&apos;s; repeat it for more files.</source>
        <translation>Den Zertifizierungsstellen in FILE (PEM oder DER, eine oder mehrere) statt denen des Systems vertrauen; für weitere Dateien wiederholen.</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in the files of DIR instead of the system&apos;s.</source>
        <translation>Den Zertifizierungsstellen in den Dateien von DIR statt denen des Systems vertrauen.</translation>
    </message>
    <message>
        <source>Present the client certificate in FILE, with the password after a colon if it has one (FILE:PASSWORD; a colon in the name is written \:).</source>
        <translation>Das Client-Zertifikat in FILE vorlegen, mit dem Passwort nach einem Doppelpunkt, falls es eines hat (FILE:PASSWORD; ein Doppelpunkt im Namen wird \: geschrieben).</translation>
    </message>
    <message>
        <source>The private key of --cert, when FILE does not hold it.</source>
        <translation>Der private Schlüssel zu --cert, wenn FILE ihn nicht enthält.</translation>
    </message>
    <message>
        <source>The format of --cert: PEM (default), DER or P12.</source>
        <translation>Das Format von --cert: PEM (Standard), DER oder P12.</translation>
    </message>
    <message>
        <source>The passphrase of the private key or of the P12 file.</source>
        <translation>Die Passphrase des privaten Schlüssels oder der P12-Datei.</translation>
    </message>
    <message>
        <source>Connect to ADDRESS for HOST:PORT, keeping the URL, the Host field and the certificate check for HOST (HOST:PORT:ADDRESS[,ADDRESS…]); repeat it for more.</source>
        <translation>Für HOST:PORT mit ADDRESS verbinden; URL, Host-Feld und Zertifikatsprüfung bleiben bei HOST (HOST:PORT:ADDRESS[,ADDRESS…]); für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Connect to HOST2:PORT2 for requests to HOST1:PORT1 (an empty part means any, or the request&apos;s own); repeat it for more.</source>
        <translation>Für Anfragen an HOST1:PORT1 mit HOST2:PORT2 verbinden (ein leerer Teil heißt beliebig bzw. der eigene der Anfrage); für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only: offer no HTTP/2.</source>
        <translation>Nur HTTP/1.1 verwenden: kein HTTP/2 anbieten.</translation>
    </message>
    <message>
        <source>Offer HTTP/2 (the default on https; on http, ask to upgrade to it).</source>
        <translation>HTTP/2 anbieten (Standard bei https; bei http um ein Upgrade darauf bitten).</translation>
    </message>
    <message>
        <source>Speak HTTP/2 from the first byte, also over plain http (h2c).</source>
        <translation>HTTP/2 ab dem ersten Byte sprechen, auch über einfaches http (h2c).</translation>
    </message>
    <message>
        <source>--capath can be given once; put the authorities in one folder, or add files with --cacert.</source>
        <translation>--capath kann nur einmal angegeben werden; legen Sie die Zertifizierungsstellen in einen Ordner oder fügen Sie Dateien mit --cacert hinzu.</translation>
    </message>
    <message>
        <source>--cert-type needs PEM, DER or P12, not “%1”.</source>
        <translation>--cert-type braucht PEM, DER oder P12, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 goes with a .http file: give --from-http FILE with it.</source>
        <translation>--%1 gehört zu einer .http-Datei: Geben Sie dazu --from-http FILE an.</translation>
    </message>
    <message>
        <source>--dry-run shows the requests of URL arguments, --from-curl or --from-http, not of --input.</source>
        <translation>--dry-run zeigt die Anfragen von URL-Argumenten, --from-curl oder --from-http, nicht die von --input.</translation>
    </message>
    <message>
        <source>--proxy-user needs USER:PASSWORD. check does not ask for a password the way curl does, since it runs in scripts: give it after a colon (--proxy-user &apos;alice:secret&apos;; for an empty one, --proxy-user &apos;alice:&apos;).</source>
        <translation>--proxy-user braucht USER:PASSWORD. check fragt nicht wie curl nach einem Passwort, da es in Skripten läuft: Geben Sie es nach einem Doppelpunkt an (--proxy-user &apos;alice:secret&apos;; für ein leeres --proxy-user &apos;alice:&apos;).</translation>
    </message>
    <message>
        <source>Send a POST again as a POST, with its body, after a 301 (as curl does with --post301); by default it becomes a GET.</source>
        <translation>Einen POST nach einer 301 erneut als POST mit seinem Body senden (wie curl mit --post301); sonst wird er zu einem GET.</translation>
    </message>
    <message>
        <source>The same after a 302.</source>
        <translation>Dasselbe nach einer 302.</translation>
    </message>
    <message>
        <source>The same after a 303.</source>
        <translation>Dasselbe nach einer 303.</translation>
    </message>
    <message>
        <source>Use TLS 1.2 or newer (what Qt offers anyway: TLS 1.2 and 1.3).</source>
        <translation>TLS 1.2 oder neuer verwenden (was Qt ohnehin anbietet: TLS 1.2 und 1.3).</translation>
    </message>
    <message>
        <source>Use TLS 1.3 only.</source>
        <translation>Nur TLS 1.3 verwenden.</translation>
    </message>
    <message>
        <source>Use no TLS version newer than VERSION: 1.2, 1.3 or default.</source>
        <translation>Keine TLS-Version neuer als VERSION verwenden: 1.2, 1.3 oder default.</translation>
    </message>
    <message>
        <source>--tls-max needs 1.2, 1.3 or default, not “%1” (Qt 6.4 offers nothing older than TLS 1.2).</source>
        <translation>--tls-max braucht 1.2, 1.3 oder default, nicht „%1“ (Qt 6.4 bietet nichts Älteres als TLS 1.2 an).</translation>
    </message>
    <message>
        <source>Give up on a hop not connected (TLS handshake included) within SECONDS; with --resolve, the next address is tried.</source>
        <translation>Einen Schritt aufgeben, der nach SEKUNDEN nicht verbunden ist (TLS-Handshake eingeschlossen); mit --resolve wird die nächste Adresse versucht.</translation>
    </message>
    <message>
        <source>-I sends HEAD, which carries no body: leave out -d or -I.</source>
        <translation>-I sendet HEAD, das keinen Body trägt: Lassen Sie -d oder -I weg.</translation>
    </message>
    <message>
        <source>-I sends HEAD and -X asks for %1: give one method.</source>
        <translation>-I sendet HEAD und -X verlangt %1: Geben Sie eine Methode an.</translation>
    </message>
    <message>
        <source>-L follows redirects and --no-follow does not: give one of them.</source>
        <translation>-L folgt Weiterleitungen und --no-follow nicht: Geben Sie eine der beiden an.</translation>
    </message>
    <message>
        <source>Send HEAD instead of GET, as curl -I does.</source>
        <translation>HEAD statt GET senden, wie curl -I.</translation>
    </message>
    <message>
        <source>Follow redirects: the default here, taken so that curl&apos;s -L works too.</source>
        <translation>Weiterleitungen folgen: hier die Voreinstellung, angenommen, damit curls -L auch funktioniert.</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>The HAR file “%1” could not be written.</source>
        <translation>Die HAR-Datei „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>The output could not be written, so no further URL is checked.</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden, daher wird keine weitere URL geprüft.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>A redirect turned the request into a GET.</source>
        <translation>Eine Weiterleitung hat die Anfrage in ein GET verwandelt.</translation>
    </message>
    <message>
        <source>The request body, and the fields describing it, were not sent again after the method became GET.</source>
        <translation>Der Anfrage-Body und die Felder, die ihn beschreiben, wurden nicht erneut gesendet, nachdem die Methode zu GET wurde.</translation>
    </message>
    <message>
        <source>Authorization, Cookie or Proxy-Authorization was held back from another origin.</source>
        <translation>Authorization, Cookie oder Proxy-Authorization wurde einem anderen Ursprung vorenthalten.</translation>
    </message>
    <message>
        <source>A redirect from https to plain http: not followed (error), or followed because downgrades are allowed (warning).</source>
        <translation>Eine Weiterleitung von https auf einfaches http: nicht gefolgt (Fehler) oder gefolgt, weil Downgrades erlaubt sind (Warnung).</translation>
    </message>
    <message>
        <source>A typed Host was not sent to a redirect&apos;s other origin.</source>
        <translation>Ein eingegebener Host wurde nicht an den anderen Ursprung einer Weiterleitung gesendet.</translation>
    </message>
    <message>
        <source>A redirect status without a Location: the chain ends there.</source>
        <translation>Ein Weiterleitungsstatus ohne Location: die Kette endet dort.</translation>
    </message>
    <message>
        <source>A Location came with a status that clients do not follow.</source>
        <translation>Eine Location kam mit einem Status, dem Clients nicht folgen.</translation>
    </message>
    <message>
        <source>The Location was read the lenient way browsers read it, which a strict reading would not accept as it is.</source>
        <translation>Die Location wurde nachsichtig gelesen, so wie Browser sie lesen; eine strenge Lesart würde sie so nicht akzeptieren.</translation>
    </message>
    <message>
        <source>The Location carried a user name and password; they were not sent on.</source>
        <translation>Die Location enthielt Benutzername und Passwort; sie wurden nicht weitergegeben.</translation>
    </message>
    <message>
        <source>The Location is not a URL that can be followed; the chain stops.</source>
        <translation>Die Location ist keine URL, der gefolgt werden kann; die Kette hält an.</translation>
    </message>
    <message>
        <source>A redirect to a scheme other than http or https; the chain stops.</source>
        <translation>Eine Weiterleitung auf ein anderes Schema als http oder https; die Kette hält an.</translation>
    </message>
    <message>
        <source>A redirect would send a request already sent in this chain; the chain stops.</source>
        <translation>Eine Weiterleitung würde eine Anfrage senden, die in dieser Kette schon gesendet wurde; die Kette hält an.</translation>
    </message>
    <message>
        <source>The redirect limit was reached; the chain stops.</source>
        <translation>Die Weiterleitungsgrenze wurde erreicht; die Kette hält an.</translation>
    </message>
    <message>
        <source>A status code the catalogue does not know; it means what the x00 of its class means.</source>
        <translation>Ein Statuscode, den der Katalog nicht kennt; er bedeutet dasselbe wie der x00 seiner Klasse.</translation>
    </message>
    <message>
        <source>A status code outside 100–599.</source>
        <translation>Ein Statuscode außerhalb von 100–599.</translation>
    </message>
    <message>
        <source>A status code defined only by vendors or by custom.</source>
        <translation>Ein Statuscode, den nur Hersteller oder der Brauch festlegen.</translation>
    </message>
    <message>
        <source>305 Use Proxy, which clients ignore, or 306, which is unused.</source>
        <translation>305 Use Proxy, den Clients ignorieren, oder 306, der unbenutzt ist.</translation>
    </message>
    <message>
        <source>A 1xx was taken as the final response; with Qt 6.4 the real one is lost.</source>
        <translation>Ein 1xx wurde als letzte Antwort genommen; mit Qt 6.4 geht die eigentliche Antwort verloren.</translation>
    </message>
    <message>
        <source>The reason phrase is not the usual one for the code.</source>
        <translation>Die Statusmeldung ist nicht die übliche für den Code.</translation>
    </message>
    <message>
        <source>A 401 without WWW-Authenticate.</source>
        <translation>Ein 401 ohne WWW-Authenticate.</translation>
    </message>
    <message>
        <source>A 407 without Proxy-Authenticate.</source>
        <translation>Ein 407 ohne Proxy-Authenticate.</translation>
    </message>
    <message>
        <source>A 405 without Allow.</source>
        <translation>Ein 405 ohne Allow.</translation>
    </message>
    <message>
        <source>A 206 or 416 without Content-Range.</source>
        <translation>Ein 206 oder 416 ohne Content-Range.</translation>
    </message>
    <message>
        <source>A 101 or 426 without Upgrade.</source>
        <translation>Ein 101 oder 426 ohne Upgrade.</translation>
    </message>
    <message>
        <source>How long Retry-After asks the client to wait (a warning when the value cannot be read).</source>
        <translation>Wie lange der Client laut Retry-After warten soll (eine Warnung, wenn der Wert nicht lesbar ist).</translation>
    </message>
    <message>
        <source>A certificate that is not valid was accepted because errors were to be ignored.</source>
        <translation>Ein ungültiges Zertifikat wurde akzeptiert, weil Fehler ignoriert werden sollten.</translation>
    </message>
    <message>
        <source>Qt sent the request more than once by itself before an answer came.</source>
        <translation>Qt hat die Anfrage von sich aus mehrmals gesendet, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>Expect: 100-continue was sent, but Qt 6.4 sends the body without waiting for 100 Continue.</source>
        <translation>Expect: 100-continue wurde gesendet, aber Qt 6.4 sendet den Body, ohne auf 100 Continue zu warten.</translation>
    </message>
    <message>
        <source>A Set-Cookie was refused; the cookie is not sent on later hops.</source>
        <translation>Ein Set-Cookie wurde abgelehnt; das Cookie wird in späteren Schritten nicht gesendet.</translation>
    </message>
    <message>
        <source>The status line arrived, but Qt 6.4 could not read the header section.</source>
        <translation>Die Statuszeile kam an, aber Qt 6.4 konnte den Header-Abschnitt nicht lesen.</translation>
    </message>
    <message>
        <source>The body is incomplete: it reached the body limit, or the server closed the connection.</source>
        <translation>Der Body ist unvollständig: er hat die Body-Grenze erreicht, oder der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Content-Length together with Transfer-Encoding, or a Content-Length that is not one number: where the body ends is in doubt.</source>
        <translation>Content-Length zusammen mit Transfer-Encoding, oder eine Content-Length, die nicht eine einzige Zahl ist: wo der Body endet, ist unsicher.</translation>
    </message>
    <message>
        <source>StatusScope undid the body&apos;s gzip or deflate coding.</source>
        <translation>StatusScope hat die gzip- oder deflate-Kodierung des Bodys rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The body&apos;s content coding could not be undone; only the part decoded is shown.</source>
        <translation>Die Inhaltskodierung des Bodys konnte nicht rückgängig gemacht werden; nur der dekodierte Teil wird angezeigt.</translation>
    </message>
    <message>
        <source>The body is shown still coded: a coding StatusScope does not undo, or Accept-Encoding was typed.</source>
        <translation>Der Body wird noch kodiert angezeigt: eine Kodierung, die StatusScope nicht rückgängig macht, oder Accept-Encoding wurde eingegeben.</translation>
    </message>
    <message>
        <source>Credentials answered a 401 of this chain: the request sent again, or a later hop to the same origin; the sentence says which scheme and user.</source>
        <translation>Zugangsdaten haben einen 401 dieser Kette beantwortet: mit der erneut gesendeten Anfrage oder einem späteren Schritt zum selben Ursprung; der Satz nennt Schema und Benutzer.</translation>
    </message>
    <message>
        <source>Credentials were sent and the server answered 401 again; they are not tried a second time.</source>
        <translation>Zugangsdaten wurden gesendet und der Server antwortete erneut mit 401; sie werden kein zweites Mal versucht.</translation>
    </message>
    <message>
        <source>The 401 asks for authentication the credentials given cannot answer (another scheme, Digest with auth-int only, or an unknown algorithm).</source>
        <translation>Der 401 verlangt eine Authentifizierung, die die angegebenen Zugangsdaten nicht beantworten können (ein anderes Schema, Digest nur mit auth-int oder ein unbekannter Algorithmus).</translation>
    </message>
    <message>
        <source>Basic or Bearer credentials went over plain http, readable by anyone on the way (information only when the server is on this machine).</source>
        <translation>Basic- oder Bearer-Zugangsdaten gingen über einfaches http, lesbar für jeden auf dem Weg (nur zur Information, wenn der Server auf diesem Rechner läuft).</translation>
    </message>
    <message>
        <source>The proxy asked for credentials (407) and none were given with --proxy-user, or it refused those given.</source>
        <translation>Der Proxy verlangte Zugangsdaten (407) und mit --proxy-user wurden keine angegeben, oder er hat die angegebenen abgelehnt.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and none was given (seen where the server says so in its answer, as nginx does: Qt 6.4 does not tell).</source>
        <translation>Der Server verlangte ein Client-Zertifikat und es wurde keines angegeben (erkannt, wo der Server es in seiner Antwort sagt, wie nginx: Qt 6.4 meldet es nicht).</translation>
    </message>
    <message>
        <source>A pinned hop used HTTP/1.1 (Qt 6.4 puts the address, not the host, in HTTP/2&apos;s :authority), or sent the address there under prior knowledge.</source>
        <translation>Ein Schritt mit fest zugeordneter Adresse verwendete HTTP/1.1 (Qt 6.4 setzt die Adresse statt des Hosts in das :authority von HTTP/2) oder hat dort bei prior knowledge die Adresse gesendet.</translation>
    </message>
    <message>
        <source>A --resolve pin matched the host, but the proxy looks the name up itself (an HTTP proxy or socks5h), so the pin was not used, as with curl.</source>
        <translation>Ein --resolve-Eintrag passte zum Host, aber der Proxy löst den Namen selbst auf (ein HTTP-Proxy oder socks5h); der Eintrag wurde daher nicht verwendet, wie bei curl.</translation>
    </message>
    <message>
        <source>Connecting to one of the addresses --resolve gives for a host failed; the next one was tried, as curl does.</source>
        <translation>Die Verbindung zu einer der Adressen, die --resolve für einen Host angibt, schlug fehl; die nächste wurde versucht, wie bei curl.</translation>
    </message>
    <message>
        <source>The proxy was reached at the address a --resolve pin gives for the proxy&apos;s own host name, as curl does.</source>
        <translation>Der Proxy wurde unter der Adresse erreicht, die eine --resolve-Zuordnung für den Hostnamen des Proxys selbst angibt, wie bei curl.</translation>
    </message>
    <message>
        <source>A POST was sent again with its body after a 301, 302 or 303, as --post301, --post302 or --post303 asked.</source>
        <translation>Ein POST wurde nach einer 301, 302 oder 303 erneut mit seinem Body gesendet, wie --post301, --post302 oder --post303 es verlangte.</translation>
    </message>
    <message>
        <source>A HAR entry the browser answered itself, such as Chrome&apos;s 307 for an HSTS upgrade: the server never saw that request.</source>
        <translation>Ein HAR-Eintrag, den der Browser selbst beantwortet hat, etwa Chromes 307 für einen HSTS-Wechsel: Der Server hat diese Anfrage nie gesehen.</translation>
    </message>
    <message>
        <source>A HAR entry the browser&apos;s cache answered: the server was not asked that time (a cached permanent redirect hides a change on the server).</source>
        <translation>Ein HAR-Eintrag, den der Cache des Browsers beantwortet hat: Der Server wurde diesmal nicht gefragt (eine zwischengespeicherte dauerhafte Weiterleitung verbirgt eine Änderung auf dem Server).</translation>
    </message>
    <message>
        <source>A HAR entry the page&apos;s service worker answered: what the server sent, if it was asked, may differ.</source>
        <translation>Ein HAR-Eintrag, den der Service Worker der Seite beantwortet hat: Was der Server gesendet hat, falls er gefragt wurde, kann abweichen.</translation>
    </message>
    <message>
        <source>The path went out without its &quot;.&quot; and &quot;..&quot; segments, which Qt 6.4 removes before sending; the hop shows the path as sent.</source>
        <translation>Der Pfad ging ohne seine „.“- und „..“-Segmente hinaus, die Qt 6.4 vor dem Senden entfernt; der Schritt zeigt den Pfad wie gesendet.</translation>
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
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEZIFIKATION</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>statusscope checks: unexpected argument &quot;%1&quot;; the command lists every check and takes only --json.</source>
        <translation>statusscope checks: unerwartetes Argument „%1“; der Befehl listet jede Prüfung auf und nimmt nur --json an.</translation>
    </message>
</context>
<context>
    <name>CodeConstants</name>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a name, a non-empty list of names with the current one first, or {&quot;name&quot;: …, &quot;meaning&quot;: …}</source>
        <translation>muss ein Name sein, eine nicht leere Liste von Namen mit dem aktuellen zuerst oder {&quot;name&quot;: …, &quot;meaning&quot;: …}</translation>
    </message>
    <message>
        <source>must be a name, or a non-empty list of names with the current one first</source>
        <translation>muss ein Name oder eine nicht leere Liste von Namen mit dem aktuellen zuerst sein</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than 4 MiB, which no table of constants needs; is it the right file?</source>
        <translation>ist größer als 4 MiB, was keine Konstantentabelle braucht; ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation>muss %1 sein, die Formatversion, die dieses Programm liest</translation>
    </message>
    <message>
        <source>must be a non-empty array of tables</source>
        <translation>muss ein nicht leeres Array von Tabellen sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is the id of an earlier table too</source>
        <translation>ist auch die ID einer früheren Tabelle</translation>
    </message>
    <message>
        <source>must be an https URL of the source file or reference page</source>
        <translation>muss eine https-URL der Quelldatei oder Referenzseite sein</translation>
    </message>
    <message>
        <source>must be &quot;constant&quot; (the default) or &quot;reason&quot;</source>
        <translation>muss &quot;constant&quot; (der Standard) oder &quot;reason&quot; sein</translation>
    </message>
    <message>
        <source>must contain %1 where the code goes</source>
        <translation>muss %1 dort enthalten, wo der Code steht</translation>
    </message>
    <message>
        <source>is only for a table of reason phrases (&quot;kind&quot;: &quot;reason&quot;)</source>
        <translation>ist nur für eine Tabelle von Bezeichnungen (&quot;kind&quot;: &quot;reason&quot;)</translation>
    </message>
    <message>
        <source>must be a non-empty object from code to name</source>
        <translation>muss ein nicht leeres Objekt von Code auf Name sein</translation>
    </message>
    <message>
        <source>is not a three-digit status code</source>
        <translation>ist kein dreistelliger Statuscode</translation>
    </message>
    <message>
        <source>must be one reason phrase</source>
        <translation>muss eine einzelne Bezeichnung sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name as code writes it</source>
        <translation>&quot;%1&quot; ist kein Name, wie Code ihn schreibt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given to another code of this table too</source>
        <translation>&quot;%1&quot; wird auch einem anderen Code dieser Tabelle gegeben</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; add its entry first</source>
        <translation>%1 ist nicht im Katalog; legen Sie zuerst seinen Eintrag an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the reason of any entry of %2, whose meanings are %3; name the meaning by its entry&apos;s reason, exactly</source>
        <translation>&quot;%1&quot; ist nicht die Bezeichnung eines Eintrags von %2, dessen Bedeutungen %3 sind; nennen Sie die Bedeutung genau mit der Bezeichnung ihres Eintrags</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the reason of %2 entries of %3, so it does not say which one the names belong to</source>
        <translation>&quot;%1&quot; ist die Bezeichnung von %2 Einträgen von %3 und sagt daher nicht, zu welchem die Namen gehören</translation>
    </message>
    <message>
        <source>gives %1 &quot;%2&quot; a second set of names; list them together, the current one first</source>
        <translation>gibt %1 &quot;%2&quot; einen zweiten Satz Namen; führen Sie sie zusammen auf, den aktuellen zuerst</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Explain every catalogue meaning of a status code.</source>
        <translation>Jede Bedeutung eines Statuscodes aus dem Katalog erklären.</translation>
    </message>
    <message>
        <source>List the catalogue, optionally filtered.</source>
        <translation>Den Katalog auflisten, auf Wunsch gefiltert.</translation>
    </message>
    <message>
        <source>Usage: statusscope [COMMAND] [OPTIONS]

StatusScope explains HTTP status codes. Without a command it opens the window.

Commands:
</source>
        <translation>Aufruf: statusscope [BEFEHL] [OPTIONEN]

StatusScope erklärt HTTP-Statuscodes. Ohne Befehl öffnet es das Fenster.

Befehle:
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>Read the catalogue from FILE instead of the built-in one.</source>
        <translation>Den Katalog aus FILE statt aus dem eingebauten lesen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Send a request, follow its redirects hop by hop and explain each response.</source>
        <translation>Eine Anfrage senden, ihren Weiterleitungen Schritt für Schritt folgen und jede Antwort erklären.</translation>
    </message>
    <message>
        <source>Run the teaching server on 127.0.0.1: /status/CODE, /redirect/N, /echo…</source>
        <translation>Den Lehrserver auf 127.0.0.1 starten: /status/CODE, /redirect/N, /echo…</translation>
    </message>
    <message>
        <source>statusscope: --catalogue FILE needs a command after it, such as &quot;statusscope --catalogue FILE codes&quot;.</source>
        <translation>statusscope: Nach --catalogue DATEI muss ein Befehl folgen, etwa „statusscope --catalogue DATEI codes“.</translation>
    </message>
    <message>
        <source>statusscope: &quot;%1&quot; is not an option.</source>
        <translation>statusscope: „%1“ ist keine Option.</translation>
    </message>
    <message>
        <source>statusscope: &quot;%1&quot; is not a command.</source>
        <translation>statusscope: „%1“ ist kein Befehl.</translation>
    </message>
    <message>
        <source>Usage: statusscope [COMMAND] [OPTIONS]; try &quot;statusscope --help&quot;.</source>
        <translation>Aufruf: statusscope [BEFEHL] [OPTIONEN]; versuchen Sie „statusscope --help“.</translation>
    </message>
    <message>
        <source>List every check a hop can carry: its warning id, severity and section.</source>
        <translation>Jede Prüfung auflisten, die ein Schritt tragen kann: ihre Warnungs-ID, ihren Schweregrad und ihren Abschnitt.</translation>
    </message>
    <message>
        <source>Explain every chain of a HAR file as check explains live ones.</source>
        <translation>Jede Kette einer HAR-Datei erklären, wie check Live-Ketten erklärt.</translation>
    </message>
    <message>
        <source>Check a redirect map, a URL list or a sitemap: every chain, what was expected.</source>
        <translation>Eine Weiterleitungstabelle, eine URL-Liste oder eine Sitemap prüfen: jede Kette, was erwartet war.</translation>
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
Optionen:
  -h, --help      Diese Hilfe zeigen oder die Hilfe eines Befehls nach dem Befehlsnamen.
  -v, --version   Die Version zeigen.

Exit-Status: 0 Erfolg; 1 Code nicht im Katalog oder Kette angehalten oder gescheitert; 2 Bedienfehler;
3 Katalog unlesbar, Ausgabe nicht geschrieben oder kein Fenster; 4 oder 5 mit check --fail, wenn
der Endstatus 4xx oder 5xx ist; audit: 1, wenn eine Quelle nicht passte, 130 bei Abbruch
(Strg+C).
</translation>
    </message>
    <message>
        <source>statusscope: standard output could not be written (%1); what was printed is incomplete.</source>
        <translation>statusscope: Die Standardausgabe konnte nicht geschrieben werden (%1); die Ausgabe ist unvollständig.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>“%1” is not a status code.</source>
        <translation>„%1“ ist kein Statuscode.</translation>
    </message>
    <message>
        <source>Compare %1 to %2 different codes.</source>
        <translation>Vergleichen Sie %1 bis %2 verschiedene Codes.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation>Keine Weiterleitung.</translation>
    </message>
    <message>
        <source>Cacheable by default</source>
        <translation>Standardmäßig cachebar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Headers that go with it</source>
        <translation>Zugehörige Header</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Defined by</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>Typische Verwendung</translation>
    </message>
    <message>
        <source>Common misuse</source>
        <translation>Häufige Fehlverwendung</translation>
    </message>
</context>
<context>
    <name>CookieFile</name>
    <message>
        <source>expected 7 fields separated by tabs (domain, subdomains, path, secure, expiry, name, value), found %1</source>
        <translation>erwartet wurden 7 durch Tabulatoren getrennte Felder (Domain, Subdomains, Pfad, Secure, Ablauf, Name, Wert), gefunden %1</translation>
    </message>
    <message>
        <source>the domain is empty</source>
        <translation>die Domain ist leer</translation>
    </message>
    <message>
        <source>the second field must be TRUE or FALSE (include subdomains), not %1</source>
        <translation>das zweite Feld muss TRUE oder FALSE sein (Subdomains einschließen), nicht %1</translation>
    </message>
    <message>
        <source>the path must start with /, not %1</source>
        <translation>der Pfad muss mit / beginnen, nicht %1</translation>
    </message>
    <message>
        <source>the fourth field must be TRUE or FALSE (secure), not %1</source>
        <translation>das vierte Feld muss TRUE oder FALSE sein (Secure), nicht %1</translation>
    </message>
    <message>
        <source>the expiry must be seconds since 1970 (0 for a session cookie), not %1</source>
        <translation>der Ablauf muss in Sekunden seit 1970 angegeben sein (0 für ein Sitzungscookie), nicht %1</translation>
    </message>
    <message>
        <source>the cookie has no name</source>
        <translation>das Cookie hat keinen Namen</translation>
    </message>
    <message>
        <source>cannot read the cookie file %1: %2</source>
        <translation>die Cookie-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the cookie file %1 is larger than 16 MiB</source>
        <translation>die Cookie-Datei %1 ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>cannot write the cookie file %1: %2</source>
        <translation>die Cookie-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CookieFlags</name>
    <message>
        <source>Cookies to send: &quot;name=value; n2=v2&quot;, or a cookie file (Netscape format, as curl writes) when there is no &apos;=&apos;; repeat it for more.</source>
        <translation>Zu sendende Cookies: &quot;name=wert; n2=w2&quot;, oder eine Cookie-Datei (Netscape-Format, wie curl sie schreibt), wenn kein &apos;=&apos; vorkommt; für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Write the cookies to FILE after the chains (Netscape format, readable by you only).</source>
        <translation>Die Cookies nach den Ketten in FILE schreiben (Netscape-Format, nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>-b needs &quot;name=value&quot; pairs or a cookie file name.</source>
        <translation>-b braucht &quot;name=wert&quot;-Paare oder den Namen einer Cookie-Datei.</translation>
    </message>
    <message>
        <source>-b %1: there is no such cookie file (cookies to send as typed need &apos;=&apos;, as in -b &quot;name=value&quot;).</source>
        <translation>-b %1: diese Cookie-Datei gibt es nicht (direkt eingegebene Cookies brauchen &apos;=&apos;, wie in -b &quot;name=wert&quot;).</translation>
    </message>
    <message>
        <source>-b: the cookie file has lines that are not cookies, so nothing was sent:
%1</source>
        <translation>-b: die Cookie-Datei hat Zeilen, die keine Cookies sind, daher wurde nichts gesendet:
%1</translation>
    </message>
    <message>
        <source>-c: cannot write the cookie file %1: %2</source>
        <translation>-c: die Cookie-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>-c: the cookie file %1 was written without %2: a tab or line break in a cookie does not fit the format.</source>
        <translation>-c: die Cookie-Datei %1 wurde ohne %2 geschrieben: ein Tabulator oder Zeilenumbruch in einem Cookie passt nicht ins Format.</translation>
    </message>
</context>
<context>
    <name>CookieRules</name>
    <message>
        <source>a %1 cookie must carry the Secure attribute</source>
        <translation>ein Cookie mit dem Präfix %1 muss das Attribut Secure tragen</translation>
    </message>
    <message>
        <source>a %1 cookie is only accepted over https, and this came over plain http</source>
        <translation>ein Cookie mit dem Präfix %1 wird nur über https angenommen, dieses kam aber über einfaches http</translation>
    </message>
    <message>
        <source>a __Host- cookie may not carry a Domain attribute (it has Domain=%1)</source>
        <translation>ein Cookie mit dem Präfix __Host- darf kein Attribut Domain tragen (es hat Domain=%1)</translation>
    </message>
    <message>
        <source>a __Host- cookie needs Path=/, and it has no Path</source>
        <translation>ein Cookie mit dem Präfix __Host- braucht Path=/, hat aber kein Path</translation>
    </message>
    <message>
        <source>a __Host- cookie needs Path=/, and it has Path=%1</source>
        <translation>ein Cookie mit dem Präfix __Host- braucht Path=/, hat aber Path=%1</translation>
    </message>
    <message>
        <source>it is marked Secure but came over plain http</source>
        <translation>es ist als Secure markiert, kam aber über einfaches http</translation>
    </message>
    <message>
        <source>its Domain (%1) does not cover %2</source>
        <translation>seine Domain (%1) umfasst %2 nicht</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>This is not a curl command: it should start with “curl”.</source>
        <translation>Das ist kein curl-Befehl: er sollte mit „curl“ beginnen.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>-H %1: not a “Name: value” header</source>
        <translation>-H %1: kein Header der Form „Name: Wert“</translation>
    </message>
    <message>
        <source>--max-redirs needs a number, not “%1”.</source>
        <translation>--max-redirs braucht eine Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 %2: not used by StatusScope</source>
        <translation>%1 %2: von StatusScope nicht verwendet</translation>
    </message>
    <message>
        <source>%1: only changes curl&apos;s own output</source>
        <translation>%1: ändert nur die Ausgabe von curl selbst</translation>
    </message>
    <message>
        <source>%1: not understood</source>
        <translation>%1: nicht verstanden</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>Der curl-Befehl hat keine URL.</translation>
    </message>
    <message>
        <source>The URL in the curl command is not valid: %1</source>
        <translation>Die URL im curl-Befehl ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>--cert-type needs PEM, DER or P12, not “%1”.</source>
        <translation>--cert-type braucht PEM, DER oder P12, nicht „%1“.</translation>
    </message>
    <message>
        <source>-b with nothing after it: no cookie or cookie file to read</source>
        <translation>-b ohne Angabe danach: kein Cookie und keine Cookie-Datei zu lesen</translation>
    </message>
    <message>
        <source>-b %1: there is no such cookie file, so none of its cookies is sent (cookies typed in place need &apos;=&apos;, as in -b &quot;name=value&quot;)</source>
        <translation>-b %1: Diese Cookie-Datei gibt es nicht, daher wird keines ihrer Cookies gesendet (direkt eingegebene Cookies brauchen ein &apos;=&apos;, wie in -b &quot;name=value&quot;)</translation>
    </message>
    <message>
        <source>-b %1: the file has lines that are not cookies, so none of its cookies is sent (%2)</source>
        <translation>-b %1: Die Datei enthält Zeilen, die keine Cookies sind, daher wird keines ihrer Cookies gesendet (%2)</translation>
    </message>
    <message>
        <source>%1 %2: the window writes no cookie jar; the cookies each response sets are shown on its hop, and statusscope check %1 %2 writes the file</source>
        <translation>%1 %2: Das Fenster schreibt keine Cookie-Datei; die Cookies, die jede Antwort setzt, stehen bei ihrem Schritt, und statusscope check %1 %2 schreibt die Datei</translation>
    </message>
    <message>
        <source>%1 %2: not understood</source>
        <translation>%1 %2: nicht verstanden</translation>
    </message>
    <message>
        <source>%1: not used by StatusScope</source>
        <translation>%1: von StatusScope nicht verwendet</translation>
    </message>
    <message>
        <source>Request %1 of the pasted text: %2</source>
        <translation>Anfrage %1 des eingefügten Texts: %2</translation>
    </message>
    <message>
        <source>a “%1” command: not a curl command, skipped</source>
        <translation>ein „%1“-Befehl: kein curl-Befehl, übersprungen</translation>
    </message>
    <message>
        <source>file too large: %1: the files of one command may hold %2 MiB together</source>
        <translation>Datei zu groß: %1: Die Dateien eines Befehls dürfen zusammen %2 MiB umfassen</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>file not readable: %1: %2</source>
        <translation>Datei nicht lesbar: %1: %2</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>%1: the body comes from standard input; the method is PUT as in curl</source>
        <translation>%1: Der Body kommt aus der Standardeingabe; die Methode ist wie in curl PUT</translation>
    </message>
    <message>
        <source>%1: curl sends either a form (-F) or data (-d), not both.</source>
        <translation>%1: curl sendet entweder ein Formular (-F) oder Daten (-d), nicht beides.</translation>
    </message>
    <message>
        <source>%1: the value comes from standard input; paste it instead</source>
        <translation>%1: Der Wert kommt aus der Standardeingabe; fügen Sie ihn stattdessen ein</translation>
    </message>
    <message>
        <source>%1: the body comes from standard input; paste the body instead</source>
        <translation>%1: Der Body kommt aus der Standardeingabe; fügen Sie stattdessen den Body ein</translation>
    </message>
    <message>
        <source>%1: a form part is written NAME=VALUE</source>
        <translation>%1: Ein Formularteil wird NAME=VALUE geschrieben</translation>
    </message>
    <message>
        <source>%1: the part&apos;s encoder= is not applied</source>
        <translation>%1: encoder= des Teils wird nicht angewendet</translation>
    </message>
    <message>
        <source>%1: “%2” is not a form part field curl knows</source>
        <translation>%1: „%2“ ist kein Feld eines Formularteils, das curl kennt</translation>
    </message>
    <message>
        <source>%1: the part comes from standard input; it is left out</source>
        <translation>%1: Der Teil kommt aus der Standardeingabe; er wird weggelassen</translation>
    </message>
    <message>
        <source>%1: no URL is left for this upload</source>
        <translation>%1: Für diesen Upload bleibt keine URL übrig</translation>
    </message>
    <message>
        <source>-H %1: curl sends no %2 header; StatusScope still sends its own</source>
        <translation>-H %1: curl sendet keinen %2-Header; StatusScope sendet trotzdem seinen eigenen</translation>
    </message>
    <message>
        <source>--compressed: Accept-Encoding is typed, so the body is shown as received, not decoded</source>
        <translation>--compressed: Accept-Encoding ist eingegeben, daher wird der Body wie empfangen gezeigt, nicht dekodiert</translation>
    </message>
    <message>
        <source>the URL holds %1: curl refuses it without -g; it is sent as written</source>
        <translation>die URL enthält %1: curl lehnt sie ohne -g ab; sie wird wie geschrieben gesendet</translation>
    </message>
    <message>
        <source>1 more request was pasted: only the first was opened</source>
        <translation>1 weitere Anfrage wurde eingefügt: Nur die erste wurde geöffnet</translation>
    </message>
    <message>
        <source>%1 more requests were pasted: only the first was opened</source>
        <translation>%1 weitere Anfragen wurden eingefügt: Nur die erste wurde geöffnet</translation>
    </message>
    <message>
        <source>a “{” that is not closed</source>
        <translation>ein „{“, das nicht geschlossen wird</translation>
    </message>
    <message>
        <source>a “[” that is not closed</source>
        <translation>ein „[“, das nicht geschlossen wird</translation>
    </message>
    <message>
        <source>“[%1]”, which is not a range</source>
        <translation>„[%1]“, das kein Bereich ist</translation>
    </message>
    <message>
        <source>The URL&apos;s patterns give more than %1 URLs.</source>
        <translation>Die Muster der URL ergeben mehr als %1 URLs.</translation>
    </message>
    <message>
        <source>%1 %2: no password after a colon. curl would ask for it, StatusScope does not, so no proxy user is set: give USER:PASSWORD (USER: for an empty password).</source>
        <translation>%1 %2: kein Passwort nach einem Doppelpunkt. curl würde danach fragen, StatusScope nicht, daher wird kein Proxy-Benutzer gesetzt: Geben Sie USER:PASSWORD an (USER: für ein leeres Passwort).</translation>
    </message>
    <message>
        <source>%1: followed as -L; credentials are still not sent to another host</source>
        <translation>%1: wie -L gefolgt; Zugangsdaten werden trotzdem nicht an einen anderen Host gesendet</translation>
    </message>
    <message>
        <source>%1 %2: curl finds the offset in its output file; give a number</source>
        <translation>%1 %2: curl liest den Versatz aus seiner Ausgabedatei; geben Sie eine Zahl an</translation>
    </message>
    <message>
        <source>%1 %2: neither a date curl reads nor a file</source>
        <translation>%1 %2: weder ein Datum, das curl liest, noch eine Datei</translation>
    </message>
    <message>
        <source>This is PowerShell&apos;s Invoke-WebRequest (Windows PowerShell calls it “curl” too), not a curl command: copy the request as cURL (bash or cmd), or run curl.exe.</source>
        <translation>Das ist Invoke-WebRequest aus PowerShell (Windows PowerShell nennt es auch „curl“), kein curl-Befehl: Kopieren Sie die Anfrage als cURL (bash oder cmd), oder verwenden Sie curl.exe.</translation>
    </message>
    <message>
        <source>This is JavaScript&apos;s fetch() (the browser&apos;s Copy as fetch), not a curl command: copy the request as cURL instead.</source>
        <translation>Das ist fetch() aus JavaScript („Als fetch kopieren“ im Browser), kein curl-Befehl: Kopieren Sie die Anfrage stattdessen als cURL.</translation>
    </message>
    <message>
        <source>-X %1 with %2: curl sends %1 again after every redirect; here a redirect with status %3 turns it into a GET, as curl --follow does</source>
        <translation>-X %1 mit %2: curl sendet %1 nach jeder Weiterleitung erneut; hier macht eine Weiterleitung mit Status %3 daraus ein GET, wie curl --follow</translation>
    </message>
    <message>
        <source>%1: TLS 1.0 and 1.1 are not offered (Qt 6.4 speaks TLS 1.2 and 1.3), so a server that knows nothing newer cannot be reached</source>
        <translation>%1: TLS 1.0 und 1.1 werden nicht angeboten (Qt 6.4 spricht TLS 1.2 und 1.3), ein Server, der nichts Neueres kennt, ist also nicht erreichbar</translation>
    </message>
    <message>
        <source>--tls-max needs 1.0, 1.1, 1.2, 1.3 or default, not “%1”.</source>
        <translation>--tls-max braucht 1.0, 1.1, 1.2, 1.3 oder default, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 %2: Qt 6.4 offers nothing older than TLS 1.2, so TLS 1.2 is the most offered here</source>
        <translation>%1 %2: Qt 6.4 bietet nichts Älteres als TLS 1.2 an, hier wird also höchstens TLS 1.2 angeboten</translation>
    </message>
    <message>
        <source>%1 %2: not a number of seconds from 0 to 86400; no limit set</source>
        <translation>%1 %2: keine Sekundenzahl von 0 bis 86400; kein Limit gesetzt</translation>
    </message>
    <message>
        <source>--variable %1: a variable&apos;s name is letters, digits and _ (at most 128).</source>
        <translation>--variable %1: Der Name einer Variablen besteht aus Buchstaben, Ziffern und _ (höchstens 128).</translation>
    </message>
    <message>
        <source>--variable %1: the environment variable %2 is not set, and no default follows a &apos;=&apos;.</source>
        <translation>--variable %1: Die Umgebungsvariable %2 ist nicht gesetzt, und nach einem „=“ folgt kein Vorgabewert.</translation>
    </message>
    <message>
        <source>--variable %1: standard input is not read here; the variable is empty</source>
        <translation>--variable %1: Die Standardeingabe wird hier nicht gelesen; die Variable ist leer</translation>
    </message>
    <message>
        <source>%1: the variable %2 is not set; it is left empty, as curl does</source>
        <translation>%1: Die Variable %2 ist nicht gesetzt; sie bleibt leer, wie bei curl</translation>
    </message>
    <message>
        <source>%1: {{%2}}: curl has no function “%3”; the value is used without it</source>
        <translation>%1: {{%2}}: curl kennt keine Funktion „%3“; der Wert wird ohne sie verwendet</translation>
    </message>
    <message>
        <source>typographic quotes (“ ” ‘ ’) were read as straight quotes: a chat or a word processor had changed them</source>
        <translation>typografische Anführungszeichen (“ ” ‘ ’) wurden als gerade gelesen: ein Chat oder eine Textverarbeitung hatte sie verändert</translation>
    </message>
    <message>
        <source>no-break or other Unicode spaces between words were read as spaces</source>
        <translation>geschützte oder andere Unicode-Leerzeichen zwischen Wörtern wurden als Leerzeichen gelesen</translation>
    </message>
    <message>
        <source>invisible zero-width characters outside quotes were removed</source>
        <translation>unsichtbare Zeichen ohne Breite außerhalb von Anführungszeichen wurden entfernt</translation>
    </message>
    <message>
        <source>a backslash followed by spaces at a line&apos;s end was read as a line continuation (a shell would end the command there)</source>
        <translation>ein Backslash mit folgenden Leerzeichen am Zeilenende wurde als Zeilenfortsetzung gelesen (eine Shell würde den Befehl dort beenden)</translation>
    </message>
    <message>
        <source>standard input is what “%1” writes before the pipe</source>
        <translation>die Standardeingabe ist, was „%1“ vor der Pipe ausgibt</translation>
    </message>
    <message>
        <source>%1: the shell&apos;s redirection of curl&apos;s output; the response is shown here instead</source>
        <translation>%1: die Umleitung der Ausgabe von curl durch die Shell; die Antwort wird stattdessen hier gezeigt</translation>
    </message>
    <message>
        <source>“%1” was read as “%2”: a chat or a word processor had made its hyphens into a dash</source>
        <translation>„%1“ wurde als „%2“ gelesen: ein Chat oder eine Textverarbeitung hatte die Bindestriche in einen Gedankenstrich verwandelt</translation>
    </message>
    <message>
        <source>This is a wget command, not a curl command: write it with curl (for example “curl -L URL”), or paste the URL alone.</source>
        <translation>Das ist ein wget-Befehl, kein curl-Befehl: Schreiben Sie ihn mit curl (etwa „curl -L URL“) oder fügen Sie nur die URL ein.</translation>
    </message>
    <message>
        <source>This is an HTTPie command (%1), not a curl command: write it with curl, or paste the URL alone.</source>
        <translation>Das ist ein HTTPie-Befehl (%1), kein curl-Befehl: Schreiben Sie ihn mit curl oder fügen Sie nur die URL ein.</translation>
    </message>
    <message>
        <source>%1: shell variables, sent as written: a shell would have put their values there; replace them before sending</source>
        <translation>%1: Shell-Variablen, wie geschrieben gesendet: eine Shell hätte ihre Werte eingesetzt; ersetzen Sie sie vor dem Senden</translation>
    </message>
    <message>
        <source>$(…) or `…`: a shell would have run that command and put its output there; it is sent as written</source>
        <translation>$(…) oder `…`: eine Shell hätte diesen Befehl ausgeführt und seine Ausgabe eingesetzt; es wird wie geschrieben gesendet</translation>
    </message>
    <message>
        <source>-u %1: no password after a colon. curl would ask for it; here the password is empty: give USER:PASSWORD, or type it in the Options tab.</source>
        <translation>-u %1: kein Passwort nach einem Doppelpunkt. curl würde danach fragen; hier ist das Passwort leer: Geben Sie BENUTZER:PASSWORT an oder tragen Sie es im Reiter Optionen ein.</translation>
    </message>
    <message>
        <source>-H %1: the no-break or zero-width spaces around its name or value were removed (a chat or a web page adds them; HTTP has no use for them)</source>
        <translation>-H %1: die geschützten oder breitenlosen Leerzeichen um Name oder Wert wurden entfernt (ein Chat oder eine Webseite fügt sie hinzu; HTTP kann nichts damit anfangen)</translation>
    </message>
    <message>
        <source>%1: Qt connects over IPv4 or IPv6, whichever answers first</source>
        <translation>%1: Qt verbindet sich über IPv4 oder IPv6, je nachdem, was zuerst antwortet</translation>
    </message>
    <message>
        <source>%1: the requests are not signed (AWS Signature Version 4), so AWS answers them with 403</source>
        <translation>%1: Die Anfragen werden nicht signiert (AWS Signature Version 4), daher beantwortet AWS sie mit 403</translation>
    </message>
    <message>
        <source>%1: NTLM, Negotiate and Kerberos are not answered (Basic, Digest and Bearer are), so the server&apos;s 401 stays</source>
        <translation>%1: NTLM, Negotiate und Kerberos werden nicht beantwortet (Basic, Digest und Bearer schon), daher bleibt die 401 des Servers</translation>
    </message>
    <message>
        <source>%1: the request target is the URL&apos;s path and query; Qt 6.4 sends no other</source>
        <translation>%1: Das Anfrageziel ist Pfad und Query der URL; Qt 6.4 sendet kein anderes</translation>
    </message>
    <message>
        <source>%1: Qt 6.4 removes “.” and “..” segments from the path before sending, and the hop says so</source>
        <translation>%1: Qt 6.4 entfernt „.“- und „..“-Segmente vor dem Senden aus dem Pfad, und der Schritt sagt es</translation>
    </message>
    <message>
        <source>%1: only http and https are used anyway</source>
        <translation>%1: Es werden ohnehin nur http und https verwendet</translation>
    </message>
    <message>
        <source>%1: redirects are followed to http and https, and from https to http only when downgrades are allowed</source>
        <translation>%1: Weiterleitungen nach http und https werden gefolgt, von https nach http nur, wenn Herabstufungen erlaubt sind</translation>
    </message>
    <message>
        <source>%1: each request is sent once, never retried</source>
        <translation>%1: Jede Anfrage wird einmal gesendet, nie wiederholt</translation>
    </message>
    <message>
        <source>%1: names are looked up by this system&apos;s resolver (--resolve pins an address)</source>
        <translation>%1: Namen werden vom Resolver dieses Systems aufgelöst (--resolve legt eine Adresse fest)</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s own TLS choices are offered</source>
        <translation>%1: Es werden Qts eigene TLS-Einstellungen angeboten</translation>
    </message>
    <message>
        <source>%1: the certificate is checked as usual, but the server&apos;s public key is not compared with the pin</source>
        <translation>%1: Das Zertifikat wird wie üblich geprüft, aber der öffentliche Schlüssel des Servers wird nicht mit dem Pin verglichen</translation>
    </message>
    <message>
        <source>%1: the certificate&apos;s revocation is not checked</source>
        <translation>%1: Ob das Zertifikat widerrufen ist, wird nicht geprüft</translation>
    </message>
    <message>
        <source>%1: no HSTS list is read, so http URLs stay http</source>
        <translation>%1: Es wird keine HSTS-Liste gelesen, daher bleiben http-URLs http</translation>
    </message>
    <message>
        <source>%1: no PROXY protocol header is sent; a server that needs one closes the connection</source>
        <translation>%1: Es wird kein PROXY-Protokoll-Kopf gesendet; ein Server, der einen braucht, schließt die Verbindung</translation>
    </message>
    <message>
        <source>%1: this system chooses the interface and port</source>
        <translation>%1: Dieses System wählt Schnittstelle und Port</translation>
    </message>
    <message>
        <source>%1: transfers run at full speed</source>
        <translation>%1: Übertragungen laufen mit voller Geschwindigkeit</translation>
    </message>
    <message>
        <source>%1 %2: not a size curl reads</source>
        <translation>%1 %2: keine Größe, die curl liest</translation>
    </message>
    <message>
        <source>%1: the command talks to a Unix socket, which StatusScope cannot; nothing is sent to the URL&apos;s host in its place.</source>
        <translation>%1: Der Befehl spricht mit einem Unix-Socket, was StatusScope nicht kann; an den Host der URL wird stattdessen nichts gesendet.</translation>
    </message>
    <message>
        <source>%1: set for curl by the shell; this environment is not applied here</source>
        <translation>%1: von der Shell für curl gesetzt; diese Umgebung wird hier nicht angewandt</translation>
    </message>
    <message>
        <source>The URL in the curl command holds the shell variable %1, which a shell would have replaced with its value: put the value in the URL before sending.</source>
        <translation>Die URL im curl-Befehl enthält die Shell-Variable %1, die eine Shell durch ihren Wert ersetzt hätte: Setzen Sie den Wert vor dem Senden in die URL ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) the terminal printed (the command&apos;s output, a prompt) left out</source>
        <translation>
            <numerusform>%n vom Terminal ausgegebene Zeile (die Ausgabe des Befehls, eine Eingabeaufforderung) ausgelassen</numerusform>
            <numerusform>%n vom Terminal ausgegebene Zeilen (die Ausgabe des Befehls, eine Eingabeaufforderung) ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed: it opens in “%2”.</source>
        <translation>%1 ist nicht geschlossen: es öffnet sich in „%2“.</translation>
    </message>
    <message>
        <source>A single quote</source>
        <translation>Ein einfaches Anführungszeichen</translation>
    </message>
    <message>
        <source>A $&apos;…&apos; quote</source>
        <translation>Ein $&apos;…&apos;-Anführungszeichen</translation>
    </message>
    <message>
        <source>A double quote</source>
        <translation>Ein doppeltes Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>the Digest challenge has no nonce</source>
        <translation>die Digest-Aufforderung hat keine Nonce</translation>
    </message>
    <message>
        <source>Digest with algorithm %1 is not supported (MD5, MD5-sess, SHA-256 and SHA-256-sess are; Qt 6.4 has no SHA-512/256)</source>
        <translation>Digest mit dem Algorithmus %1 wird nicht unterstützt (MD5, MD5-sess, SHA-256 und SHA-256-sess schon; Qt 6.4 hat kein SHA-512/256)</translation>
    </message>
    <message>
        <source>the Digest challenge offers only qop=%1; auth-int (a hash of the body) is not supported</source>
        <translation>die Digest-Aufforderung bietet nur qop=%1 an; auth-int (ein Hash des Bodys) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the Digest challenge asks for %1 without a qop</source>
        <translation>die Digest-Aufforderung verlangt %1 ohne qop</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Nicht angewendet:</translation>
    </message>
    <message>
        <source>Print the requests that would be sent, and send nothing; files the request names need not exist (they are listed as not applied).</source>
        <translation>Die Anfragen ausgeben, die gesendet würden, und nichts senden; Dateien, die die Anfrage nennt, müssen nicht existieren (sie werden als nicht angewendet aufgeführt).</translation>
    </message>
    <message>
        <source>file not readable: %1: %2</source>
        <translation>Datei nicht lesbar: %1: %2</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Request %1 of %2:</source>
        <translation>Anfrage %1 von %2:</translation>
    </message>
    <message>
        <source>Typed as %1: Qt 6.4 removes “.” and “..” segments before sending.</source>
        <translation>Eingegeben als %1: Qt 6.4 entfernt „.“- und „..“-Segmente vor dem Senden.</translation>
    </message>
    <message>
        <source>Authorities for https: this computer&apos;s, and those in %1 (from the environment, as curl reads it).</source>
        <translation>Zertifizierungsstellen für https: die dieses Computers und die in %1 (aus der Umgebung, wie curl sie liest).</translation>
    </message>
    <message>
        <source>Authorities for https: only those in %1 (from the environment, as curl reads it).</source>
        <translation>Zertifizierungsstellen für https: nur die in %1 (aus der Umgebung, wie curl sie liest).</translation>
    </message>
</context>
<context>
    <name>FromCurl</name>
    <message>
        <source>--from-curl: cannot read “%1”: %2.</source>
        <translation>--from-curl: „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>--from-curl: “%1” holds more than 1 MiB; a pasted curl command is far shorter.</source>
        <translation>--from-curl: „%1“ ist größer als 1 MiB; ein eingefügter curl-Befehl ist weit kürzer.</translation>
    </message>
    <message>
        <source>--from-curl: “%1” is not UTF-8 text.</source>
        <translation>--from-curl: „%1“ ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Send the curl commands pasted into FILE (- for standard input, at most 1 MiB), in order; options StatusScope does not use are listed on standard error.</source>
        <translation>Die in FILE eingefügten curl-Befehle der Reihe nach senden (- für die Standardeingabe, höchstens 1 MiB); Optionen, die StatusScope nicht verwendet, werden auf der Standardfehlerausgabe genannt.</translation>
    </message>
    <message>
        <source>--from-curl sends the URLs of the pasted commands; give no URL argument with it.</source>
        <translation>--from-curl sendet die URLs der eingefügten Befehle; geben Sie dazu kein URL-Argument an.</translation>
    </message>
    <message>
        <source>--from-curl and --input cannot be used together.</source>
        <translation>--from-curl und --input können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--from-curl takes the request from the pasted command: put %1 in the command instead.</source>
        <translation>--from-curl nimmt die Anfrage aus dem eingefügten Befehl: Schreiben Sie %1 stattdessen in den Befehl.</translation>
    </message>
    <message>
        <source>--from-curl: “%1”: %2</source>
        <translation>--from-curl: „%1“: %2</translation>
    </message>
    <message>
        <source>command %1: </source>
        <translation>Befehl %1: </translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>nicht angewendet: %1</translation>
    </message>
</context>
<context>
    <name>FromHttp</name>
    <message>
        <source>Send the requests of FILE, a VS Code REST Client or JetBrains HTTP Client .http file, in order; what StatusScope does not use (scripts, response references…) is listed on standard error.</source>
        <translation>Die Anfragen aus FILE, einer .http-Datei von VS Code REST Client oder JetBrains HTTP Client, der Reihe nach senden; was StatusScope nicht verwendet (Skripte, Antwortverweise…), wird auf der Standardfehlerausgabe aufgeführt.</translation>
    </message>
    <message>
        <source>With --from-http: send only the request named NAME (# @name or ### NAME).</source>
        <translation>Mit --from-http: nur die Anfrage namens NAME senden (# @name oder ### NAME).</translation>
    </message>
    <message>
        <source>With --from-http: take variables the file does not define from environment NAME of http-client.env.json (and .private.env.json) or .vscode/settings.json.</source>
        <translation>Mit --from-http: Variablen, die die Datei nicht definiert, aus der Umgebung NAME von http-client.env.json (und .private.env.json) oder .vscode/settings.json nehmen.</translation>
    </message>
    <message>
        <source>--from-http sends the requests of the file; give no URL argument with it.</source>
        <translation>--from-http sendet die Anfragen der Datei; geben Sie dazu kein URL-Argument an.</translation>
    </message>
    <message>
        <source>--from-http takes the requests from the file: %1 cannot be used with it.</source>
        <translation>--from-http nimmt die Anfragen aus der Datei: %1 kann nicht damit verwendet werden.</translation>
    </message>
    <message>
        <source>--from-http: “%1” holds no request.</source>
        <translation>--from-http: „%1“ enthält keine Anfrage.</translation>
    </message>
    <message>
        <source>--from-http: “%1” has no request named “%2”; none of its requests has a name.</source>
        <translation>--from-http: „%1“ hat keine Anfrage namens „%2“; keine ihrer Anfragen hat einen Namen.</translation>
    </message>
    <message>
        <source>--from-http: “%1” has no request named “%2”; its names are: %3.</source>
        <translation>--from-http: „%1“ hat keine Anfrage namens „%2“; ihre Namen sind: %3.</translation>
    </message>
    <message numerus="yes">
        <source>--from-http: “%1”: %n request(s) cannot be sent, so none is:</source>
        <translation>
            <numerusform>--from-http: „%1“: %n Anfrage kann nicht gesendet werden, daher wird keine gesendet:</numerusform>
            <numerusform>--from-http: „%1“: %n Anfragen können nicht gesendet werden, daher wird keine gesendet:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Har</name>
    <message>
        <source>blocked includes the DNS lookup; connect includes the TLS handshake (Qt 6.4 reports neither separately).</source>
        <translation>blocked enthält die DNS-Abfrage; connect enthält den TLS-Handshake (Qt 6.4 meldet beides nicht getrennt).</translation>
    </message>
    <message>
        <source>blocked includes the DNS lookup; on plain HTTP connect includes sending the request (Qt 6.4 reports neither separately).</source>
        <translation>blocked enthält die DNS-Abfrage; bei einfachem HTTP enthält connect das Senden der Anfrage (Qt 6.4 meldet beides nicht getrennt).</translation>
    </message>
    <message>
        <source>The connection was reused: no DNS, connect or TLS time.</source>
        <translation>Die Verbindung wurde wiederverwendet: keine Zeit für DNS, Verbindung oder TLS.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>This is not a HAR file: it has no log.entries list.</source>
        <translation>Das ist keine HAR-Datei: sie hat keine Liste log.entries.</translation>
    </message>
    <message>
        <source>Entry %1: no usable request URL.</source>
        <translation>Eintrag %1: keine brauchbare Anfrage-URL.</translation>
    </message>
    <message>
        <source>No response was recorded for the last request.</source>
        <translation>Für die letzte Anfrage wurde keine Antwort aufgezeichnet.</translation>
    </message>
    <message>
        <source>Credentials are masked (••••): Authorization, cookies, headers marked secret, passwords in URLs, and their echoes in bodies.</source>
        <translation>Zugangsdaten sind maskiert (••••): Authorization, Cookies, als geheim markierte Header, Passwörter in URLs und ihre Echos in Bodys.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Entry %1 could not be read: %2.</source>
        <translation>Eintrag %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2, in entry %3).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2, in Eintrag %3).</translation>
    </message>
    <message>
        <source>The file is %1 MiB; HAR files up to %2 MiB can be opened.</source>
        <translation>Die Datei hat %1 MiB; HAR-Dateien bis %2 MiB können geöffnet werden.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>die Datei endet zu früh</translation>
    </message>
    <message>
        <source>%1 cannot follow a backslash in a string</source>
        <translation>%1 darf in einer Zeichenkette nicht auf einen Backslash folgen</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>eine \u-Escape-Sequenz braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>a number needs a digit after its minus sign</source>
        <translation>eine Zahl braucht eine Ziffer nach ihrem Minuszeichen</translation>
    </message>
    <message>
        <source>a number needs a digit after its decimal point</source>
        <translation>eine Zahl braucht eine Ziffer nach ihrem Dezimalpunkt</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>eine Zahl braucht Ziffern in ihrem Exponenten</translation>
    </message>
    <message>
        <source>%1 is not a JSON value</source>
        <translation>%1 ist kein JSON-Wert</translation>
    </message>
    <message>
        <source>a JSON document starts with “{” or “[”, not %1</source>
        <translation>ein JSON-Dokument beginnt mit „{“ oder „[“, nicht mit %1</translation>
    </message>
    <message>
        <source>a key in quotes was expected, not %1</source>
        <translation>ein Schlüssel in Anführungszeichen wurde erwartet, nicht %1</translation>
    </message>
    <message>
        <source>a colon was expected after a key, not %1</source>
        <translation>nach einem Schlüssel wurde ein Doppelpunkt erwartet, nicht %1</translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected, not %1</source>
        <translation>ein Komma oder eine schließende Klammer wurde erwartet, nicht %1</translation>
    </message>
    <message>
        <source>%1 follows the end of the document</source>
        <translation>%1 folgt nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>arrays and objects are nested too deeply</source>
        <translation>Arrays und Objekte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the file has more than one log.entries list</source>
        <translation>die Datei hat mehr als eine Liste log.entries</translation>
    </message>
    <message>
        <source>%1 does not close the open %2</source>
        <translation>%1 schließt das offene %2 nicht</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>eine Zeichenkette ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a string holds a control character (%1) that must be escaped</source>
        <translation>eine Zeichenkette enthält ein Steuerzeichen (%1), das als Escape-Sequenz geschrieben werden muss</translation>
    </message>
    <message>
        <source>Only the first %1 were kept.</source>
        <translation>Nur die ersten %1 wurden behalten.</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text: “text” holds its bytes in base64, as “_encoding” says.</source>
        <translation>Der Body ist kein UTF-8-Text: „text“ enthält seine Bytes in Base64, wie „_encoding“ angibt.</translation>
    </message>
    <message>
        <source>No response was recorded for the last request; the browser wrote “%1”.</source>
        <translation>Für die letzte Anfrage wurde keine Antwort aufgezeichnet; der Browser schrieb „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries with a %1: URL skipped: they are not requests on the network (entries %2).</source>
        <translation>
            <numerusform>%n Eintrag mit einer %1:-URL übersprungen: er ist keine Anfrage über das Netz (Eintrag %2).</numerusform>
            <numerusform>%n Einträge mit einer %1:-URL übersprungen: sie sind keine Anfragen über das Netz (Einträge %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser took this %1 from its disk cache without asking the server. It keeps following a cached permanent redirect until the entry expires or the cache is cleared, so a change on the server goes unseen.</source>
        <translation>Der Browser hat diese %1 aus seinem Festplatten-Cache genommen, ohne den Server zu fragen. Einer zwischengespeicherten dauerhaften Weiterleitung folgt er weiter, bis der Eintrag abläuft oder der Cache geleert wird; eine Änderung auf dem Server bleibt so unbemerkt.</translation>
    </message>
    <message>
        <source>The browser took this %1 from its disk cache without asking the server.</source>
        <translation>Der Browser hat diese %1 aus seinem Festplatten-Cache genommen, ohne den Server zu fragen.</translation>
    </message>
    <message>
        <source>The browser took this %1 from its memory cache without asking the server. It keeps following a cached permanent redirect until the entry expires or the cache is cleared, so a change on the server goes unseen.</source>
        <translation>Der Browser hat diese %1 aus seinem Speicher-Cache genommen, ohne den Server zu fragen. Einer zwischengespeicherten dauerhaften Weiterleitung folgt er weiter, bis der Eintrag abläuft oder der Cache geleert wird; eine Änderung auf dem Server bleibt so unbemerkt.</translation>
    </message>
    <message>
        <source>The browser took this %1 from its memory cache without asking the server.</source>
        <translation>Der Browser hat diese %1 aus seinem Speicher-Cache genommen, ohne den Server zu fragen.</translation>
    </message>
    <message>
        <source>The page&apos;s service worker answered this request: what the server sent, if it was asked at all, may differ.</source>
        <translation>Der Service Worker der Seite hat diese Anfrage beantwortet: Was der Server gesendet hat, falls er überhaupt gefragt wurde, kann abweichen.</translation>
    </message>
</context>
<context>
    <name>HarCommand</name>
    <message>
        <source>Standard input holds more than %1 MiB; HAR files up to that size can be read.</source>
        <translation>Die Standardeingabe enthält mehr als %1 MiB; HAR-Dateien bis zu dieser Größe können gelesen werden.</translation>
    </message>
    <message>
        <source>A HAR file (- for standard input).</source>
        <translation>Eine HAR-Datei (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Print JSON Lines: one chain a line, as check --json writes it, with &quot;source&quot;: &quot;har&quot;.</source>
        <translation>JSON Lines ausgeben: eine Kette pro Zeile, wie check --json sie schreibt, mit &quot;source&quot;: &quot;har&quot;.</translation>
    </message>
    <message>
        <source>Also write what was read back out as a HAR 1.2 file (credentials masked unless --show-secrets); - writes it instead of the report.</source>
        <translation>Das Gelesene außerdem wieder als HAR-1.2-Datei schreiben (Zugangsdaten maskiert, außer mit --show-secrets); - schreibt sie statt des Berichts.</translation>
    </message>
    <message>
        <source>Show credentials (Authorization, cookies) instead of masking them.</source>
        <translation>Zugangsdaten (Authorization, Cookies) zeigen statt sie zu maskieren.</translation>
    </message>
    <message>
        <source>Give one HAR file, for example “statusscope har capture.har”.</source>
        <translation>Geben Sie eine HAR-Datei an, zum Beispiel „statusscope har capture.har“.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a HAR file: %2</source>
        <translation>„%1“ kann nicht als HAR-Datei gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file holds no entries.</source>
        <translation>Die Datei enthält keine Einträge.</translation>
    </message>
    <message>
        <source>The HAR file “%1” could not be written.</source>
        <translation>Die HAR-Datei „%1“ konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>HeaderGlossary</name>
    <message>
        <source>Whether the server takes range requests, and in which unit.</source>
        <translation>Ob der Server Range-Anfragen annimmt, und in welcher Einheit.</translation>
    </message>
    <message>
        <source>Seconds the response has spent in caches since the origin produced it.</source>
        <translation>Sekunden, die die Antwort in Caches verbracht hat, seit der Ursprung sie erzeugt hat.</translation>
    </message>
    <message>
        <source>The methods the resource supports; required on 405.</source>
        <translation>Die Methoden, die die Ressource unterstützt; bei 405 vorgeschrieben.</translation>
    </message>
    <message>
        <source>Other places (protocol, host, port) where the same service can be reached, such as HTTP/3.</source>
        <translation>Andere Orte (Protokoll, Host, Port), an denen derselbe Dienst erreichbar ist, etwa HTTP/3.</translation>
    </message>
    <message>
        <source>Directives that tell caches whether and how long they may store and reuse the response.</source>
        <translation>Anweisungen, die Caches sagen, ob und wie lange sie die Antwort speichern und wiederverwenden dürfen.</translation>
    </message>
    <message>
        <source>Options for this connection only, such as close; never forwarded by proxies.</source>
        <translation>Optionen nur für diese Verbindung, etwa close; Proxys leiten sie nie weiter.</translation>
    </message>
    <message>
        <source>Whether to show the body inline or save it, and under which file name.</source>
        <translation>Ob der Body angezeigt oder gespeichert werden soll, und unter welchem Dateinamen.</translation>
    </message>
    <message>
        <source>Compression applied to the body (gzip, br, deflate); undo it to get the representation.</source>
        <translation>Die auf den Body angewandte Kompression (gzip, br, deflate); rückgängig machen ergibt die Repräsentation.</translation>
    </message>
    <message>
        <source>The natural language of the intended audience.</source>
        <translation>Die natürliche Sprache des vorgesehenen Publikums.</translation>
    </message>
    <message>
        <source>The size of the body in bytes, as sent.</source>
        <translation>Die Größe des Bodys in Bytes, wie gesendet.</translation>
    </message>
    <message>
        <source>A URI for the specific representation that was sent.</source>
        <translation>Eine URI für die konkrete Repräsentation, die gesendet wurde.</translation>
    </message>
    <message>
        <source>Which part of the whole representation this body is, and the total size; used by 206 and 416.</source>
        <translation>Welcher Teil der ganzen Repräsentation dieser Body ist, und die Gesamtgröße; von 206 und 416 verwendet.</translation>
    </message>
    <message>
        <source>Rules a browser enforces on what the page may load and run.</source>
        <translation>Regeln, die ein Browser dafür durchsetzt, was die Seite laden und ausführen darf.</translation>
    </message>
    <message>
        <source>The media type of the body, with parameters such as charset.</source>
        <translation>Der Medientyp des Bodys, mit Parametern wie charset.</translation>
    </message>
    <message>
        <source>When the server produced the response.</source>
        <translation>Wann der Server die Antwort erzeugt hat.</translation>
    </message>
    <message>
        <source>An opaque version tag of the representation, for conditional requests with If-None-Match or If-Match.</source>
        <translation>Eine undurchsichtige Versionsmarke der Repräsentation, für bedingte Anfragen mit If-None-Match oder If-Match.</translation>
    </message>
    <message>
        <source>The date after which the response is stale; Cache-Control max-age takes precedence.</source>
        <translation>Das Datum, ab dem die Antwort veraltet ist; Cache-Control max-age hat Vorrang.</translation>
    </message>
    <message>
        <source>Hints about how long an idle persistent connection is kept open.</source>
        <translation>Hinweise, wie lange eine ruhende dauerhafte Verbindung offen bleibt.</translation>
    </message>
    <message>
        <source>When the origin believes the representation last changed; a validator for If-Modified-Since.</source>
        <translation>Wann sich die Repräsentation nach Ansicht des Ursprungs zuletzt geändert hat; ein Validator für If-Modified-Since.</translation>
    </message>
    <message>
        <source>Typed links to related resources, for example preload hints or the blocked-by relation of 451.</source>
        <translation>Typisierte Links auf verwandte Ressourcen, etwa Preload-Hinweise oder die Relation blocked-by von 451.</translation>
    </message>
    <message>
        <source>Where to go next: the redirect target of a 3xx, or the new resource of a 201.</source>
        <translation>Wohin es weitergeht: das Weiterleitungsziel eines 3xx oder die neue Ressource eines 201.</translation>
    </message>
    <message>
        <source>The authentication challenge of a proxy; required on 407.</source>
        <translation>Die Authentifizierungsaufforderung eines Proxys; bei 407 vorgeschrieben.</translation>
    </message>
    <message>
        <source>How long to wait before trying again, in seconds or as a date; used with 503, 429 and 3xx.</source>
        <translation>Wie lange vor einem neuen Versuch zu warten ist, in Sekunden oder als Datum; bei 503, 429 und 3xx.</translation>
    </message>
    <message>
        <source>The software that produced the response; it can tell which meaning of a vendor code applies.</source>
        <translation>Die Software, die die Antwort erzeugt hat; sie verrät, welche Bedeutung eines Hersteller-Codes gilt.</translation>
    </message>
    <message>
        <source>Stores a cookie in the client, to be sent back on later requests by the cookie rules.</source>
        <translation>Speichert ein Cookie im Client, das nach den Cookie-Regeln bei späteren Anfragen zurückgeschickt wird.</translation>
    </message>
    <message>
        <source>Tells browsers to use only https for this host for a while (HSTS).</source>
        <translation>Sagt Browsern, für diesen Host eine Zeit lang nur https zu verwenden (HSTS).</translation>
    </message>
    <message>
        <source>How the message body is framed on this connection, such as chunked.</source>
        <translation>Wie der Nachrichten-Body auf dieser Verbindung gerahmt ist, etwa chunked.</translation>
    </message>
    <message>
        <source>The protocol to switch to; required on 101 and 426.</source>
        <translation>Das Protokoll, zu dem gewechselt wird; bei 101 und 426 vorgeschrieben.</translation>
    </message>
    <message>
        <source>Request fields that chose this representation; caches must match them before reuse.</source>
        <translation>Anfragefelder, die diese Repräsentation ausgewählt haben; Caches müssen sie vor der Wiederverwendung abgleichen.</translation>
    </message>
    <message>
        <source>The proxies and gateways the message passed through.</source>
        <translation>Die Proxys und Gateways, die die Nachricht durchlaufen hat.</translation>
    </message>
    <message>
        <source>The authentication challenge: which scheme (Basic, Bearer…) the client may use; required on 401.</source>
        <translation>Die Authentifizierungsaufforderung: welches Schema (Basic, Bearer…) der Client verwenden darf; bei 401 vorgeschrieben.</translation>
    </message>
    <message>
        <source>With nosniff, tells browsers not to guess a media type other than Content-Type.</source>
        <translation>Mit nosniff sagt es Browsern, keinen anderen Medientyp als Content-Type zu erraten.</translation>
    </message>
    <message>
        <source>Whether other sites may show this page in a frame; superseded by CSP frame-ancestors.</source>
        <translation>Ob andere Sites diese Seite in einem Frame zeigen dürfen; abgelöst durch CSP frame-ancestors.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>History is off: %1</source>
        <translation>Der Verlauf ist aus: %1</translation>
    </message>
    <message>
        <source>the file was written by a newer StatusScope (schema %1)</source>
        <translation>die Datei wurde von einem neueren StatusScope geschrieben (Schema %1)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and could not be moved aside.</source>
        <translation>%1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was kept as %2 and a new history was started.</source>
        <translation>Die Verlaufsdatei war beschädigt (%1). Sie wurde als %2 aufbewahrt und ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>another program kept the history file locked</source>
        <translation>ein anderes Programm hielt die Verlaufsdatei gesperrt</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>die Verlaufsdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>%1, and it cannot be read (%2).</source>
        <translation>%1, und die Verlaufsdatei kann auch nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>History is read-only: %1. The entries below can be opened; new chains are not kept and nothing can be deleted.</source>
        <translation>Der Verlauf ist schreibgeschützt: %1. Die Einträge unten lassen sich öffnen; neue Ketten werden nicht aufbewahrt und nichts kann gelöscht werden.</translation>
    </message>
    <message>
        <source>The history file is in use by another program (still locked after %1 s). Nothing was changed; it is opened again at the next chain, or with Try again.</source>
        <translation>Die Verlaufsdatei wird von einem anderen Programm benutzt (nach %1 s noch gesperrt). Nichts wurde geändert; sie wird bei der nächsten Kette erneut geöffnet oder mit „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>Der Verlauf ist aus.</translation>
    </message>
    <message>
        <source>History could not be written: %1. The last change was not kept.</source>
        <translation>Der Verlauf konnte nicht geschrieben werden: %1. Die letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no chain %1.</source>
        <translation>Es gibt keine Kette %1.</translation>
    </message>
    <message>
        <source>Chain %1 in the history cannot be read: %2.</source>
        <translation>Kette %1 im Verlauf kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>HopChecks</name>
    <message>
        <source>%1 without a %2 header.</source>
        <translation>%1 ohne Header %2.</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After asks the client to wait %n second(s), until %1.</source>
        <translation>
            <numerusform>Retry-After bittet den Client, %n Sekunde zu warten, bis %1.</numerusform>
            <numerusform>Retry-After bittet den Client, %n Sekunden zu warten, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry-After “%1” is neither a number of seconds nor an HTTP date.</source>
        <translation>Retry-After „%1“ ist weder eine Zahl von Sekunden noch ein HTTP-Datum.</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After asks the client to wait until %1 (%n second(s) from now).</source>
        <translation>
            <numerusform>Retry-After bittet den Client, bis %1 zu warten (%n Sekunde ab jetzt).</numerusform>
            <numerusform>Retry-After bittet den Client, bis %1 zu warten (%n Sekunden ab jetzt).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is outside 100–599, so it is not a valid HTTP status; clients should treat it as a server error (5xx).</source>
        <translation>%1 liegt außerhalb von 100–599 und ist daher kein gültiger HTTP-Status; Clients sollten ihn als Server-Fehler (5xx) behandeln.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; by its class it means the same as %2.</source>
        <translation>%1 steht nicht im Katalog; nach seiner Klasse bedeutet er dasselbe wie %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard code; it is used by %2.</source>
        <translation>%1 ist kein Standard-Code; er wird verwendet von %2.</translation>
    </message>
    <message>
        <source>305 Use Proxy is deprecated; clients ignore it.</source>
        <translation>305 Use Proxy ist veraltet; Clients ignorieren ihn.</translation>
    </message>
    <message>
        <source>306 is reserved and unused; a server should never send it.</source>
        <translation>306 ist reserviert und unbenutzt; ein Server sollte ihn nie senden.</translation>
    </message>
    <message>
        <source>A %1 arrived as the final response. 1xx responses are interim: with Qt 6.4 the real response that follows is lost, so this is not the server&apos;s full answer.</source>
        <translation>Ein %1 kam als letzte Antwort an. 1xx-Antworten sind vorläufig: mit Qt 6.4 geht die eigentliche Antwort danach verloren, dies ist also nicht die vollständige Antwort des Servers.</translation>
    </message>
    <message>
        <source>The reason phrase “%1” is not the usual “%2”; clients ignore reason phrases.</source>
        <translation>Die Statusmeldung „%1“ ist nicht die übliche „%2“; Clients ignorieren Statusmeldungen.</translation>
    </message>
    <message>
        <source>The browser made this %1 itself: %2 is on its HSTS list, so it went to https without asking the server (Non-Authoritative-Reason: HSTS). What the server answers at http is not in this file.</source>
        <translation>Diese %1 hat der Browser selbst erzeugt: %2 steht auf seiner HSTS-Liste, also ging er ohne Rückfrage beim Server zu https (Non-Authoritative-Reason: HSTS). Was der Server unter http antwortet, steht nicht in dieser Datei.</translation>
    </message>
    <message>
        <source>The browser made this %1 itself (Non-Authoritative-Reason: %2), as it does when an extension redirects a request: the server never saw it.</source>
        <translation>Diese %1 hat der Browser selbst erzeugt (Non-Authoritative-Reason: %2), wie er es tut, wenn eine Erweiterung eine Anfrage umleitet: Der Server hat sie nie gesehen.</translation>
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
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>No response arrived for this hop.</source>
        <translation>Für diesen Schritt kam keine Antwort an.</translation>
    </message>
    <message>
        <source>This number has %1 meanings; the most likely comes first.</source>
        <translation>Diese Zahl hat %1 Bedeutungen; die wahrscheinlichste steht zuerst.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; by its class a client treats it as %2.</source>
        <translation>%1 steht nicht im Katalog; nach seiner Klasse behandelt ein Client ihn wie %2.</translation>
    </message>
    <message>
        <source>Open in catalogue</source>
        <translation>Im Katalog öffnen</translation>
    </message>
    <message>
        <source>What this hop tells</source>
        <translation>Was dieser Schritt zeigt</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Anfrage wie gesendet</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>not sent on this hop</source>
        <translation>in diesem Schritt nicht gesendet</translation>
    </message>
    <message>
        <source>Highlighted: what changed since the previous hop.</source>
        <translation>Hervorgehoben: was sich seit dem vorigen Schritt geändert hat.</translation>
    </message>
    <message>
        <source>Phases, from the start of the hop</source>
        <translation>Phasen, ab Beginn des Schritts</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>connection reused: no connect or TLS time</source>
        <translation>Verbindung wiederverwendet: keine Zeit für Verbindung oder TLS</translation>
    </message>
    <message>
        <source>includes queueing and the DNS lookup, which Qt does not separate</source>
        <translation>enthält Warteschlange und DNS-Abfrage, die Qt nicht trennt</translation>
    </message>
    <message>
        <source>TLS done</source>
        <translation>TLS fertig</translation>
    </message>
    <message>
        <source>TCP connect and TLS handshake are one span</source>
        <translation>TCP-Verbindung und TLS-Handshake sind eine Spanne</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>on plain HTTP, connecting and sending are one span</source>
        <translation>bei einfachem HTTP sind Verbinden und Senden eine Spanne</translation>
    </message>
    <message>
        <source>Headers received</source>
        <translation>Header empfangen</translation>
    </message>
    <message>
        <source>first byte and end of headers are one moment</source>
        <translation>erstes Byte und Ende der Header sind ein Moment</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Qt sent this request %1 times by itself.</source>
        <translation>Qt hat diese Anfrage von sich aus %1-mal gesendet.</translation>
    </message>
    <message>
        <source>This hop was not encrypted.</source>
        <translation>Dieser Schritt war nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>Certificate problems (accepted for this host)</source>
        <translation>Zertifikatsprobleme (für diesen Host akzeptiert)</translation>
    </message>
    <message>
        <source>Certificate problems</source>
        <translation>Zertifikatsprobleme</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation>gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>added by Qt</source>
        <translation>von Qt hinzugefügt</translation>
    </message>
    <message>
        <source>Via proxy %1.</source>
        <translation>Über den Proxy %1.</translation>
    </message>
    <message>
        <source>Via proxy %1, as user %2.</source>
        <translation>Über den Proxy %1, als Benutzer %2.</translation>
    </message>
    <message>
        <source>Connected to %1 (pinned); the URL, the Host field and the certificate check stay %2.</source>
        <translation>Mit %1 verbunden (fest zugeordnet); URL, Host-Feld und Zertifikatsprüfung bleiben bei %2.</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>Nur HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2, offered</source>
        <translation>HTTP/2, angeboten</translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation>HTTP/2 ab dem ersten Byte (prior knowledge)</translation>
    </message>
    <message>
        <source>HTTP version asked: %1.</source>
        <translation>Gewünschte HTTP-Version: %1.</translation>
    </message>
    <message>
        <source>Answered the %1 of hop %2 with %3.</source>
        <translation>Den %1 von Schritt %2 mit %3 beantwortet.</translation>
    </message>
    <message>
        <source>Answered the %1 of hop %2 with %3, user %4.</source>
        <translation>Den %1 von Schritt %2 mit %3 beantwortet, Benutzer %4.</translation>
    </message>
    <message>
        <source>Answered the challenge of hop %1 with %2.</source>
        <translation>Die Aufforderung von Schritt %1 mit %2 beantwortet.</translation>
    </message>
    <message>
        <source>Answered the challenge of hop %1 with %2, user %3.</source>
        <translation>Die Aufforderung von Schritt %1 mit %2 beantwortet, Benutzer %3.</translation>
    </message>
    <message>
        <source>Sent %1 credentials with the request.</source>
        <translation>%1-Zugangsdaten mit der Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Sent %1 credentials with the request, user %2.</source>
        <translation>%1-Zugangsdaten mit der Anfrage gesendet, Benutzer %2.</translation>
    </message>
    <message>
        <source>Route and credentials</source>
        <translation>Route und Zugangsdaten</translation>
    </message>
    <message>
        <source>Client certificate offered: %1 (the request&apos;s own).</source>
        <translation>Angebotenes Client-Zertifikat: %1 (das der Anfrage selbst).</translation>
    </message>
    <message>
        <source>Client certificate offered: %1, from Preferences for %2.</source>
        <translation>Angebotenes Client-Zertifikat: %1, aus den Einstellungen für %2.</translation>
    </message>
</context>
<context>
    <name>HostGate</name>
    <message numerus="yes">
        <source>The audit waits %n second(s), as Retry-After asks, then sends this request again (retry %1 of %2).</source>
        <translation>
            <numerusform>Das Audit wartet %n Sekunde, wie Retry-After verlangt, und sendet diese Anfrage dann erneut (Versuch %1 von %2).</numerusform>
            <numerusform>Das Audit wartet %n Sekunden, wie Retry-After verlangt, und sendet diese Anfrage dann erneut (Versuch %1 von %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpFile</name>
    <message>
        <source>line %1: the name “%2” was already given on line %3; --name picks the first.</source>
        <translation>Zeile %1: Der Name „%2“ wurde schon in Zeile %3 vergeben; --name wählt den ersten.</translation>
    </message>
    <message>
        <source>line %1: the pre-request script (&lt; {% … %}) is not run: StatusScope runs no scripts.</source>
        <translation>Zeile %1: Das Pre-Request-Skript (&lt; {% … %}) wird nicht ausgeführt: StatusScope führt keine Skripte aus.</translation>
    </message>
    <message>
        <source>line %1: text after a response handler is not part of the request.</source>
        <translation>Zeile %1: Text nach einem Response-Handler gehört nicht zur Anfrage.</translation>
    </message>
    <message>
        <source>line %1: the script opened here is not closed with %}; the lines after it, up to the next ###, were skipped.</source>
        <translation>Zeile %1: Das hier geöffnete Skript wird nicht mit %} geschlossen; die Zeilen danach bis zum nächsten ### wurden übersprungen.</translation>
    </message>
    <message>
        <source>line %1: “@name %2” is followed by no request.</source>
        <translation>Zeile %1: Auf „@name %2“ folgt keine Anfrage.</translation>
    </message>
    <message>
        <source>line %1: @no-log is not applied: the window&apos;s history keeps every chain it sends.</source>
        <translation>Zeile %1: @no-log wird nicht angewendet: Der Verlauf des Fensters behält jede Kette, die es sendet.</translation>
    </message>
    <message>
        <source>line %1: @%2 is not supported.</source>
        <translation>Zeile %1: @%2 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a variable definition (@name = value).</source>
        <translation>Zeile %1: „%2“ ist keine Variablendefinition (@name = value).</translation>
    </message>
    <message>
        <source>line %1: %2 requests are not supported; StatusScope sends HTTP requests only.</source>
        <translation>Zeile %1: %2-Anfragen werden nicht unterstützt; StatusScope sendet nur HTTP-Anfragen.</translation>
    </message>
    <message>
        <source>line %1: the response reference (%2) is not compared: StatusScope keeps its own history instead.</source>
        <translation>Zeile %1: Der Antwortverweis (%2) wird nicht verglichen: StatusScope führt stattdessen seinen eigenen Verlauf.</translation>
    </message>
    <message>
        <source>line %1: the response handler (%2) is not run: StatusScope runs no scripts.</source>
        <translation>Zeile %1: Der Response-Handler (%2) wird nicht ausgeführt: StatusScope führt keine Skripte aus.</translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation>Die Datei enthält keine Anfrage.</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” holds more than 4 MiB; a .http file is far shorter.</source>
        <translation>„%1“ ist größer als 4 MiB; eine .http-Datei ist weit kürzer.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>„%1“ ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1 is next to the file but not read: no environment was chosen.</source>
        <translation>%1 liegt neben der Datei, wird aber nicht gelesen: Es wurde keine Umgebung gewählt.</translation>
    </message>
    <message>
        <source>line %1: &lt;@%2: only UTF-8 body files are read.</source>
        <translation>Zeile %1: &lt;@%2: Nur Body-Dateien in UTF-8 werden gelesen.</translation>
    </message>
    <message>
        <source>line %1: &lt; %2: file not readable: %3: %4</source>
        <translation>Zeile %1: &lt; %2: Datei nicht lesbar: %3: %4</translation>
    </message>
    <message>
        <source>line %1: &lt; %2: file not found: %3</source>
        <translation>Zeile %1: &lt; %2: Datei nicht gefunden: %3</translation>
    </message>
    <message>
        <source>line %1: %2 is not applied: StatusScope speaks HTTP/1.1 and HTTP/2.</source>
        <translation>Zeile %1: %2 wird nicht angewendet: StatusScope spricht HTTP/1.1 und HTTP/2.</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a header (Name: value); a body comes after a blank line.</source>
        <translation>Zeile %1: „%2“ ist kein Header (Name: value); ein Body folgt nach einer Leerzeile.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: “%2” cannot be requested: %3</source>
        <translation>Zeile %1: „%2“ kann nicht angefragt werden: %3</translation>
    </message>
    <message>
        <source>its body is not UTF-8 text</source>
        <translation>ihr Body ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>its body holds carriage returns, which a .http file does not keep</source>
        <translation>ihr Body enthält Wagenrückläufe, die eine .http-Datei nicht behält</translation>
    </message>
    <message>
        <source>its body ends with a line break or blank line, which a .http file does not keep</source>
        <translation>ihr Body endet mit einem Zeilenumbruch oder einer Leerzeile, die eine .http-Datei nicht behält</translation>
    </message>
    <message>
        <source>a line of its body (“%1”) would be read as part of the file&apos;s syntax</source>
        <translation>eine Zeile ihres Bodys („%1“) würde als Teil der Dateisyntax gelesen</translation>
    </message>
    <message>
        <source>its name holds a line break</source>
        <translation>ihr Name enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>its method %1 is not one that .http files know</source>
        <translation>ihre Methode %1 ist keine, die .http-Dateien kennen</translation>
    </message>
    <message>
        <source>its URL cannot be written</source>
        <translation>ihre URL kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>its field %1 holds “{{”, which would be read as a variable</source>
        <translation>ihr Feld %1 enthält „{{“, was als Variable gelesen würde</translation>
    </message>
    <message>
        <source>its field %1 begins or ends with spaces</source>
        <translation>ihr Feld %1 beginnt oder endet mit Leerzeichen</translation>
    </message>
    <message>
        <source>its Authorization field would be encoded again when read</source>
        <translation>ihr Authorization-Feld würde beim Lesen erneut kodiert</translation>
    </message>
    <message>
        <source>its Digest user or password is empty or holds spaces</source>
        <translation>ihr Digest-Benutzer oder -Passwort ist leer oder enthält Leerzeichen</translation>
    </message>
    <message>
        <source>its body holds “{{”, which would be read as a variable</source>
        <translation>ihr Body enthält „{{“, was als Variable gelesen würde</translation>
    </message>
    <message>
        <source>an empty body (written as none)</source>
        <translation>ein leerer Body (als none geschrieben)</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>der Proxy</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>pinned addresses</source>
        <translation>feste Adressen</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>cookies from a cookie file</source>
        <translation>Cookies aus einer Cookie-Datei</translation>
    </message>
    <message>
        <source>limits other than the timeout</source>
        <translation>Limits außer dem Zeitlimit</translation>
    </message>
    <message>
        <source>the fields marked secret</source>
        <translation>die als geheim markierten Felder</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1”: without %2</source>
        <translation>„%1“: ohne %2</translation>
    </message>
    <message>
        <source>history is off or read-only, so nothing can be saved.</source>
        <translation>Der Verlauf ist aus oder schreibgeschützt, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>it holds no request.</source>
        <translation>sie enthält keine Anfrage.</translation>
    </message>
    <message>
        <source>line %1: “%2” could not be saved: %3</source>
        <translation>Zeile %1: „%2“ konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>the folder “%1” holds no saved request.</source>
        <translation>der Ordner „%1“ enthält keine gespeicherte Anfrage.</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>line %1: the text grows past 4 MiB once its variables are replaced.</source>
        <translation>Zeile %1: Der Text wächst über 4 MiB, sobald seine Variablen ersetzt sind.</translation>
    </message>
    <message>
        <source>line %1: {{%2}} takes a value from another request&apos;s response, which StatusScope does not keep between requests.</source>
        <translation>Zeile %1: {{%2}} nimmt einen Wert aus der Antwort einer anderen Anfrage, die StatusScope zwischen Anfragen nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file nor in the environment “%3”.</source>
        <translation>Zeile %1: Die Variable „%2“ ist weder in der Datei noch in der Umgebung „%3“ definiert.</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file (a response handler may set it in JetBrains&apos; client, but StatusScope runs no handlers).</source>
        <translation>Zeile %1: Die Variable „%2“ ist in der Datei nicht definiert (im Client von JetBrains kann ein Response-Handler sie setzen, aber StatusScope führt keine Handler aus).</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file.</source>
        <translation>Zeile %1: Die Variable „%2“ ist in der Datei nicht definiert.</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” uses itself (%3).</source>
        <translation>Zeile %1: Die Variable „%2“ verwendet sich selbst (%3).</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” goes through more than %3 other variables.</source>
        <translation>Zeile %1: Die Variable „%2“ führt über mehr als %3 andere Variablen.</translation>
    </message>
    <message>
        <source>line %1: {{%2}}: %3</source>
        <translation>Zeile %1: {{%2}}: %3</translation>
    </message>
    <message>
        <source>the offset is not “NUMBER UNIT” (y, M, w, d, h, m, s, ms).</source>
        <translation>der Versatz ist nicht „NUMBER UNIT“ (y, M, w, d, h, m, s, ms).</translation>
    </message>
    <message>
        <source>give rfc1123 or iso8601, then an optional offset.</source>
        <translation>geben Sie rfc1123 oder iso8601 an, danach einen optionalen Versatz.</translation>
    </message>
    <message>
        <source>only the rfc1123 and iso8601 formats are supported, not custom formats.</source>
        <translation>nur die Formate rfc1123 und iso8601 werden unterstützt, keine eigenen Formate.</translation>
    </message>
    <message>
        <source>give two whole numbers, the second larger.</source>
        <translation>geben Sie zwei ganze Zahlen an, die zweite größer.</translation>
    </message>
    <message>
        <source>give two numbers, the second larger.</source>
        <translation>geben Sie zwei Zahlen an, die zweite größer.</translation>
    </message>
    <message>
        <source>give a length from 0 to %1.</source>
        <translation>geben Sie eine Länge von 0 bis %1 an.</translation>
    </message>
    <message>
        <source>a name taken from an environment file (%NAME) is not supported: StatusScope reads no environment files.</source>
        <translation>ein Name aus einer Umgebungsdatei (%NAME) wird nicht unterstützt: StatusScope liest keine Umgebungsdateien.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set.</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>%1 is not set in the .env file next to the .http file.</source>
        <translation>%1 ist in der .env-Datei neben der .http-Datei nicht gesetzt.</translation>
    </message>
    <message>
        <source>Azure Active Directory tokens are not supported; put the token in a variable.</source>
        <translation>Azure-Active-Directory-Tokens werden nicht unterstützt; legen Sie das Token in eine Variable.</translation>
    </message>
    <message>
        <source>this system variable is not supported.</source>
        <translation>diese Systemvariable wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not read: it is not plain JSON (%2; comments are not read).</source>
        <translation>%1 wird nicht gelesen: Es ist kein reines JSON (%2; Kommentare werden nicht gelesen).</translation>
    </message>
    <message>
        <source>%1: “%2” is not used: only text, numbers and true/false are.</source>
        <translation>%1: „%2“ wird nicht verwendet: Nur Text, Zahlen und true/false werden es.</translation>
    </message>
    <message>
        <source>no environment file next to the file defines “%1” (http-client.env.json, http-client.private.env.json, .vscode/settings.json).</source>
        <translation>keine Umgebungsdatei neben der Datei definiert „%1“ (http-client.env.json, http-client.private.env.json, .vscode/settings.json).</translation>
    </message>
    <message>
        <source>no environment “%1”; the environment files define: %2.</source>
        <translation>keine Umgebung „%1“; die Umgebungsdateien definieren: %2.</translation>
    </message>
    <message>
        <source>POST kept after a 301, 302 or 303</source>
        <translation>POST nach 301, 302 oder 303 beibehalten</translation>
    </message>
    <message>
        <source>the TLS versions</source>
        <translation>die TLS-Versionen</translation>
    </message>
</context>
<context>
    <name>InputFiles</name>
    <message>
        <source>The URL list “%1” cannot be read: %2</source>
        <translation>Die URL-Liste „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The URL list “%1” is a folder.</source>
        <translation>Die URL-Liste „%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>Reading the URL list failed: %1</source>
        <translation>Das Lesen der URL-Liste ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Line %1 of the URL list is not UTF-8 text.</source>
        <translation>Zeile %1 der URL-Liste ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Line %1 of the URL list is longer than %2 bytes.</source>
        <translation>Zeile %1 der URL-Liste ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <source>The URL list is not text: line %1 holds a NUL byte, so reading stopped there.</source>
        <translation>Die URL-Liste ist kein Text: Zeile %1 enthält ein NUL-Byte, daher wurde dort aufgehört zu lesen.</translation>
    </message>
</context>
<context>
    <name>LocationResolver</name>
    <message>
        <source>spaces or control characters around the value were removed</source>
        <translation>Leerzeichen oder Steuerzeichen um den Wert wurden entfernt</translation>
    </message>
    <message>
        <source>tabs and line breaks inside the value were removed</source>
        <translation>Tabulatoren und Zeilenumbrüche im Wert wurden entfernt</translation>
    </message>
    <message>
        <source>backslashes were read as slashes</source>
        <translation>Backslashes wurden als Schrägstriche gelesen</translation>
    </message>
    <message>
        <source>“%1:” without slashes was read as a relative reference</source>
        <translation>„%1:“ ohne Schrägstriche wurde als relativer Verweis gelesen</translation>
    </message>
    <message>
        <source>the host after “%1:” was read without slashes</source>
        <translation>der Host nach „%1:“ wurde ohne Schrägstriche gelesen</translation>
    </message>
    <message>
        <source>extra slashes before the host were collapsed</source>
        <translation>überzählige Schrägstriche vor dem Host wurden zusammengefasst</translation>
    </message>
    <message>
        <source>raw non-ASCII bytes were percent-encoded</source>
        <translation>rohe Nicht-ASCII-Bytes wurden prozentkodiert</translation>
    </message>
    <message>
        <source>spaces inside the value were percent-encoded</source>
        <translation>Leerzeichen im Wert wurden prozentkodiert</translation>
    </message>
    <message>
        <source>control characters inside the value were percent-encoded</source>
        <translation>Steuerzeichen im Wert wurden prozentkodiert</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find in Catalogue</source>
        <translation>Im Katalog &amp;suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;About StatusScope</source>
        <translation>&amp;Über StatusScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Request C&amp;onsole</source>
        <translation>Anfragek&amp;onsole</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Edit &amp;URL</source>
        <translation>&amp;URL bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save Request…</source>
        <translation>Anfrage &amp;speichern…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation>HAR ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export Chain as HAR…</source>
        <translation>Kette als HAR &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import &amp;curl Command…</source>
        <translation>&amp;curl-Befehl importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Export Chain as HAR with C&amp;redentials…</source>
        <translation>Kette als HAR mit &amp;Zugangsdaten exportieren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Go to Code…</source>
        <translation>&amp;Gehe zu Code…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>&amp;Spielplatz</translation>
    </message>
    <message>
        <source>Run the built-in teaching server on 127.0.0.1 (stops with StatusScope)</source>
        <translation>Den eingebauten Lehrserver auf 127.0.0.1 starten (endet mit StatusScope)</translation>
    </message>
    <message>
        <source>Co&amp;mpare Codes…</source>
        <translation>Codes verg&amp;leichen…</translation>
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
        <translation>Anfrage als curl mit &amp;Zugangsdaten kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+C</source>
        <translation>Ctrl+Alt+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Copy Request as curl</source>
        <translation>Anfrage als curl &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Audit Redirects</source>
        <translation>Weiterleitungs-&amp;Audit</translation>
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
        <translation>Geben Sie den Host ein, für den das Zertifikat gilt, etwa api.example oder *.corp.example.</translation>
    </message>
    <message>
        <source>Type a host name, optionally with :PORT, without http:// or a path.</source>
        <translation>Geben Sie einen Hostnamen ein, wahlweise mit :PORT, ohne http:// und ohne Pfad.</translation>
    </message>
    <message>
        <source>“%1” is not a host with an optional port from 1 to 65535.</source>
        <translation>„%1“ ist kein Host mit optionalem Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>“%1”: a star may only stand first, as in *.corp.example.</source>
        <translation>„%1“: ein Stern darf nur am Anfang stehen, wie in *.corp.example.</translation>
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
        <translation>Experimentell</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Historisch</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Inoffiziell</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>descriptor %1 is not open.</source>
        <translation>Deskriptor %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>descriptor %1 is open for reading only.</source>
        <translation>Deskriptor %1 ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es ist ein Ordner.</translation>
    </message>
    <message>
        <source>it is not a regular file, a pipe or a terminal.</source>
        <translation>es ist weder eine reguläre Datei noch eine Pipe oder ein Terminal.</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>its folder “%1” does not exist.</source>
        <translation>der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>its folder “%1” is read-only.</source>
        <translation>der Ordner „%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>--resolve “%1”: %2 It reads HOST:PORT:ADDRESS[,ADDRESS…], for example “www.example:443:203.0.113.7”.</source>
        <translation>--resolve „%1“: %2 Die Form ist HOST:PORT:ADDRESS[,ADDRESS…], zum Beispiel „www.example:443:203.0.113.7“.</translation>
    </message>
    <message>
        <source>removing an entry (a leading “-”) has no meaning here.</source>
        <translation>einen Eintrag zu entfernen (mit führendem „-“) hat hier keine Bedeutung.</translation>
    </message>
    <message>
        <source>it needs three parts separated by colons.</source>
        <translation>nötig sind drei durch Doppelpunkte getrennte Teile.</translation>
    </message>
    <message>
        <source>the host is missing.</source>
        <translation>der Host fehlt.</translation>
    </message>
    <message>
        <source>“%1” is not a port from 1 to 65535.</source>
        <translation>„%1“ ist kein Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>--connect-to “%1”: %2 It reads HOST1:PORT1:HOST2:PORT2, for example “www.example:443:staging.example:8443”; an empty part means any host or port (on the left) or the request&apos;s own (on the right).</source>
        <translation>--connect-to „%1“: %2 Die Form ist HOST1:PORT1:HOST2:PORT2, zum Beispiel „www.example:443:staging.example:8443“; ein leerer Teil heißt jeder Host oder Port (links) bzw. der eigene der Anfrage (rechts).</translation>
    </message>
    <message>
        <source>it needs four parts separated by colons.</source>
        <translation>nötig sind vier durch Doppelpunkte getrennte Teile.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or an IP address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>PlaygroundCommand</name>
    <message>
        <source>Listen on port N of 127.0.0.1 (default: any free port).</source>
        <translation>Auf Port N von 127.0.0.1 lauschen (Standard: ein freier Port).</translation>
    </message>
    <message>
        <source>statusscope playground: --port needs a number from 0 to 65535, not “%1”.</source>
        <translation>statusscope playground: --port braucht eine Zahl von 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>statusscope playground: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>statusscope playground: kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>The playground listens on %1. Try %1/status/418 or %1/redirect/3; Ctrl+C stops it.</source>
        <translation>Der Spielplatz lauscht auf %1. Probieren Sie %1/status/418 oder %1/redirect/3; Strg+C beendet ihn.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>&amp;System proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems</translation>
    </message>
    <message>
        <source>No pro&amp;xy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
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
        <translation>SOCKS5, Namen löst der Proxy auf</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>proxy.example or 10.0.0.1</source>
        <translation>proxy.example oder 10.0.0.1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Nur wenn der Proxy einen verlangt</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Bypass the proxy &amp;for:</source>
        <translation>Proxy &amp;umgehen für:</translation>
    </message>
    <message>
        <source>localhost, .corp.example, 10.0.0.1</source>
        <translation>localhost, .corp.example, 10.0.0.1</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <source>Authorities trusted as well as the system’s (your organisation’s CA):</source>
        <translation>Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird (die CA Ihrer Organisation):</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Add CA &amp;files…</source>
        <translation>CA-Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Client certificates, presented to the hosts their pattern names:</source>
        <translation>Client-Zertifikate, vorgelegt bei den Hosts, die ihr Muster nennt:</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host &amp;pattern:</source>
        <translation>Host-&amp;Muster:</translation>
    </message>
    <message>
        <source>*.corp.example or api.example:8443</source>
        <translation>*.corp.example oder api.example:8443</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Zertifikats&amp;datei:</translation>
    </message>
    <message>
        <source>PEM, DER or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM, DER oder PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Die Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>When the key is not in the certificate file</source>
        <translation>Wenn der Schlüssel nicht in der Zertifikatsdatei steht</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Die Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>For the key or the PKCS#12 file</source>
        <translation>Für den Schlüssel oder die PKCS#12-Datei</translation>
    </message>
    <message>
        <source>&amp;Add client certificate</source>
        <translation>&amp;Client-Zertifikat hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Vorgaben</translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation>&amp;HTTP-Version:</translation>
    </message>
    <message>
        <source>HTTP/2 when the server offers it (default)</source>
        <translation>HTTP/2, wenn der Server es anbietet (Standard)</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>Nur HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation>HTTP/2 ab dem ersten Byte (prior knowledge)</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>Zeitl&amp;imit ohne Daten:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Whole chain limit:</source>
        <translation>&amp;Gesamtlimit der Kette:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>A request whose Options tab keeps the built-in values (30 s, no limit, and its own proxy, certificate and version unset) uses these.</source>
        <translation>Eine Anfrage, deren Reiter Optionen die eingebauten Werte behält (30 s, kein Limit, eigener Proxy, eigenes Zertifikat und eigene Version nicht gesetzt), verwendet diese.</translation>
    </message>
    <message>
        <source>No keychain is available: passwords are kept until StatusScope closes.</source>
        <translation>Kein Schlüsselbund verfügbar: Passwörter werden nur aufbewahrt, bis StatusScope geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>ProxySelection</name>
    <message>
        <source>The proxy “%1” is not a host name or URL; write it as host:port or http://host:port.</source>
        <translation>Der Proxy „%1“ ist weder ein Hostname noch eine URL; schreiben Sie ihn als host:port oder http://host:port.</translation>
    </message>
    <message>
        <source>Qt 6.4 cannot reach a proxy over TLS (https://); give it as http://. An https URL still goes encrypted through the proxy&apos;s CONNECT tunnel.</source>
        <translation>Qt 6.4 kann einen Proxy nicht über TLS (https://) erreichen; geben Sie ihn als http:// an. Eine https-URL geht trotzdem verschlüsselt durch den CONNECT-Tunnel des Proxys.</translation>
    </message>
    <message>
        <source>Qt 6.4 speaks SOCKS version 5 only; give the proxy as socks5:// or socks5h://.</source>
        <translation>Qt 6.4 spricht nur SOCKS-Version 5; geben Sie den Proxy als socks5:// oder socks5h:// an.</translation>
    </message>
    <message>
        <source>The proxy scheme “%1” is not one StatusScope can use; use http://, socks5:// or socks5h://.</source>
        <translation>Das Proxy-Schema „%1“ kann StatusScope nicht verwenden; verwenden Sie http://, socks5:// oder socks5h://.</translation>
    </message>
    <message>
        <source>--proxy-user needs a user name before the colon: USER:PASSWORD.</source>
        <translation>--proxy-user braucht einen Benutzernamen vor dem Doppelpunkt: USER:PASSWORD.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and port, for example http://127.0.0.1:8888.</source>
        <translation>Ein manueller Proxy braucht Host und Port, zum Beispiel http://127.0.0.1:8888.</translation>
    </message>
    <message>
        <source>The environment&apos;s %1 names the proxy “%2”, which cannot be used: %3 Nothing was sent (going straight to the server instead would leave the proxy out); fix the variable, or give the proxy with -x.</source>
        <translation>Die Umgebungsvariable %1 nennt den Proxy „%2“, der nicht verwendet werden kann: %3 Nichts wurde gesendet (direkt zum Server zu gehen, würde den Proxy auslassen); korrigieren Sie die Variable oder geben Sie den Proxy mit -x an.</translation>
    </message>
</context>
<context>
    <name>QHttpSocketEngine</name>
    <message>
        <source>Error parsing authentication request from proxy</source>
        <translation>Fehler beim Auswerten der Authentifizierungsanforderung des Proxys</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>What does %1 mean?</source>
        <translation>Was bedeutet %1?</translation>
    </message>
    <message>
        <source>Which status code means: “%1”</source>
        <translation>Welcher Statuscode bedeutet: „%1“</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>RedirectRules</name>
    <message>
        <source>A Location (%1) came with %2, which clients do not follow; the chain ends here.</source>
        <translation>Eine Location (%1) kam mit %2, dem Clients nicht folgen; die Kette endet hier.</translation>
    </message>
    <message>
        <source>%1 without a Location header: there is nowhere to go, so this is the final response. (Qt 6.4 drops empty header fields, so an empty Location cannot be told apart from a missing one.)</source>
        <translation>%1 ohne Location-Header: es gibt kein Ziel, also ist dies die letzte Antwort. (Qt 6.4 verwirft leere Header-Felder, daher ist eine leere Location nicht von einer fehlenden zu unterscheiden.)</translation>
    </message>
    <message>
        <source>The Location “%1” is not a URL that can be followed.</source>
        <translation>Die Location „%1“ ist keine URL, der gefolgt werden kann.</translation>
    </message>
    <message>
        <source>The Location was read the way browsers read it, which differs from a strict reading: %1.</source>
        <translation>Die Location wurde gelesen, wie Browser sie lesen, was von einer strengen Lesart abweicht: %1.</translation>
    </message>
    <message>
        <source>The Location carries a user name and password (%1); they are not sent on.</source>
        <translation>Die Location enthält Benutzername und Passwort (%1); sie werden nicht weitergegeben.</translation>
    </message>
    <message>
        <source>The redirect points to a “%1:” URL; only http and https are followed, so nothing was fetched.</source>
        <translation>Die Weiterleitung zeigt auf eine „%1:“-URL; nur http und https werden verfolgt, also wurde nichts abgerufen.</translation>
    </message>
    <message numerus="yes">
        <source>The limit of %n redirect(s) was reached; this redirect was not followed.</source>
        <translation>
            <numerusform>Die Grenze von %n Weiterleitung wurde erreicht; dieser Weiterleitung wurde nicht gefolgt.</numerusform>
            <numerusform>Die Grenze von %n Weiterleitungen wurde erreicht; dieser Weiterleitung wurde nicht gefolgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect leaves https for plain http (%1); it was not followed. Allow downgrades to continue.</source>
        <translation>Die Weiterleitung verlässt https für einfaches http (%1); ihr wurde nicht gefolgt. Erlauben Sie Downgrades, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 became GET because of %2.</source>
        <translation>%1 wurde wegen %2 zu GET.</translation>
    </message>
    <message numerus="yes">
        <source>The %n-byte body was not sent again.</source>
        <translation>
            <numerusform>Der Body mit %n Byte wurde nicht erneut gesendet.</numerusform>
            <numerusform>Der Body mit %n Bytes wurde nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n-byte body was not sent again, nor %1.</source>
        <translation>
            <numerusform>Der Body mit %n Byte wurde nicht erneut gesendet, ebenso wenig %1.</numerusform>
            <numerusform>Der Body mit %n Bytes wurde nicht erneut gesendet, ebenso wenig %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed from https to plain http because downgrades are allowed: what follows travels unencrypted.</source>
        <translation>Von https auf einfaches http gefolgt, weil Downgrades erlaubt sind: was folgt, reist unverschlüsselt.</translation>
    </message>
    <message>
        <source>%1 not sent: %2 is another origin. It stays off for the rest of the chain.</source>
        <translation>%1 nicht gesendet: %2 ist ein anderer Ursprung. Es bleibt für den Rest der Kette weg.</translation>
    </message>
    <message>
        <source>Redirect loop: this would send the same request as hop %1 again (same method, URL, body and cookies), so it was not sent.</source>
        <translation>Weiterleitungsschleife: dies würde dieselbe Anfrage wie Schritt %1 erneut senden (gleiche Methode, URL, Body und Cookies), daher wurde sie nicht gesendet.</translation>
    </message>
    <message>
        <source>The typed Host (%1) was not sent on: the redirect leads to another origin, which gets its own host name.</source>
        <translation>Der eingegebene Host (%1) wurde nicht weitergegeben: die Weiterleitung führt zu einem anderen Ursprung, der seinen eigenen Hostnamen bekommt.</translation>
    </message>
    <message numerus="yes">
        <source>POST was sent again with its %n-byte body, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</source>
        <translation>
            <numerusform>POST wurde erneut mit seinem Body von %n Byte gesendet, wie für %1 verlangt (curls --post%1); sonst macht eine %1 aus einem POST ein GET.</numerusform>
            <numerusform>POST wurde erneut mit seinem Body von %n Bytes gesendet, wie für %1 verlangt (curls --post%1); sonst macht eine %1 aus einem POST ein GET.</numerusform>
        </translation>
    </message>
    <message>
        <source>POST was sent again, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</source>
        <translation>POST wurde erneut gesendet, wie für %1 verlangt (curls --post%1); sonst macht eine %1 aus einem POST ein GET.</translation>
    </message>
</context>
<context>
    <name>RedirectSemantics</name>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Vorübergehend</translation>
    </message>
    <message>
        <source>%1; the method and body are kept (a POST stays a POST).</source>
        <translation>%1; Methode und Body bleiben erhalten (ein POST bleibt ein POST).</translation>
    </message>
    <message>
        <source>%1; clients may turn POST into GET, and browsers do.</source>
        <translation>%1; Clients dürfen aus POST ein GET machen, und Browser tun es.</translation>
    </message>
    <message>
        <source>%1; the next request is a GET (or HEAD), whatever the method was.</source>
        <translation>%1; die nächste Anfrage ist ein GET (oder HEAD), gleich welche Methode vorher.</translation>
    </message>
    <message>
        <source>Not followed automatically: the chain ends here.</source>
        <translation>Wird nicht automatisch verfolgt: die Kette endet hier.</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>The request method: pick one or type any token</source>
        <translation>Die Anfragemethode: eine wählen oder ein beliebiges Token eingeben</translation>
    </message>
    <message>
        <source>https://example.org/path — Enter sends</source>
        <translation>https://example.org/pfad — Eingabe sendet</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation>Die laufende Anfrage anhalten (Esc)</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Eingabeproblem</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>Header hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>Bod&amp;y</translation>
    </message>
    <message>
        <source>Body content type</source>
        <translation>Inhaltstyp des Bodys</translation>
    </message>
    <message>
        <source>Use text</source>
        <translation>Text verwenden</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>The request body, sent as typed</source>
        <translation>Der Anfrage-Body, gesendet wie eingegeben</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Maximum redirects</source>
        <translation>Höchstzahl Weiterleitungen</translation>
    </message>
    <message>
        <source>Timeout without data, in seconds</source>
        <translation>Zeitlimit ohne Daten, in Sekunden</translation>
    </message>
    <message>
        <source>Maximum body per hop, in MiB</source>
        <translation>Höchstgröße des Bodys pro Schritt, in MiB</translation>
    </message>
    <message>
        <source>The headers sent with the request: a check box switches a row off, the Secret column masks its value.</source>
        <translation>Die mit der Anfrage gesendeten Header: ein Kontrollkästchen schaltet eine Zeile ab, die Spalte Geheim maskiert ihren Wert.</translation>
    </message>
    <message>
        <source>Sets the Content-Type header of the request to match the body.</source>
        <translation>Setzt den Content-Type-Header der Anfrage passend zum Body.</translation>
    </message>
    <message>
        <source>The text sent as the request body, byte for byte as UTF-8.</source>
        <translation>Der Text, der als Body der Anfrage gesendet wird, Byte für Byte als UTF-8.</translation>
    </message>
    <message>
        <source>How many redirects are followed before the chain stops.</source>
        <translation>Wie viele Weiterleitungen gefolgt wird, bevor die Kette anhält.</translation>
    </message>
    <message>
        <source>A hop that sends and receives nothing for this long is given up.</source>
        <translation>Ein Schritt, der so lange nichts sendet oder empfängt, wird aufgegeben.</translation>
    </message>
    <message>
        <source>How much of each response body is kept; the rest is not read.</source>
        <translation>Wie viel von jedem Antwort-Body behalten wird; der Rest wird nicht gelesen.</translation>
    </message>
    <message>
        <source>Whole chain limit, in seconds</source>
        <translation>Gesamtlimit der Kette, in Sekunden</translation>
    </message>
    <message>
        <source>The chain is given up after this long even while data still trickles in; 0 means no limit.</source>
        <translation>Die Kette wird nach dieser Zeit aufgegeben, auch wenn noch tröpfchenweise Daten ankommen; 0 heißt ohne Limit.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Low-speed limit, in bytes per second</source>
        <translation>Mindesttempo in Byte pro Sekunde</translation>
    </message>
    <message>
        <source>A hop moving fewer bytes per second than this, on average over the time beside it, is given up; 0 means no limit.</source>
        <translation>Ein Schritt, der im Mittel über die daneben stehende Zeit weniger Byte pro Sekunde überträgt, wird aufgegeben; 0 heißt keine Grenze.</translation>
    </message>
    <message>
        <source>over</source>
        <translation>über</translation>
    </message>
    <message>
        <source>Low-speed window, in seconds</source>
        <translation>Zeitraum für das Mindesttempo, in Sekunden</translation>
    </message>
    <message>
        <source>The time over which the low-speed limit is averaged.</source>
        <translation>Der Zeitraum, über den das Mindesttempo gemittelt wird.</translation>
    </message>
    <message>
        <source>Changed by the import</source>
        <translation>Durch den Import geändert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Allow https → http down&amp;grades</source>
        <translation>Dow&amp;ngrades von https auf http erlauben</translation>
    </message>
    <message>
        <source>Heade&amp;rs</source>
        <translation>H&amp;eader</translation>
    </message>
    <message>
        <source>Re&amp;move header</source>
        <translation>Header e&amp;ntfernen</translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation>I&amp;nhaltstyp:</translation>
    </message>
    <message>
        <source>From fi&amp;le…</source>
        <translation>Aus Da&amp;tei…</translation>
    </message>
    <message>
        <source>Follo&amp;w redirects</source>
        <translation>&amp;Weiterleitungen folgen</translation>
    </message>
    <message>
        <source>Ma&amp;ximum redirects:</source>
        <translation>Hö&amp;chstzahl Weiterleitungen:</translation>
    </message>
    <message>
        <source>Timeout without data:</source>
        <translation>&amp;Zeitlimit ohne Daten:</translation>
    </message>
    <message>
        <source>Maximum body per hop:</source>
        <translation>Höchst&amp;größe des Bodys pro Schritt:</translation>
    </message>
    <message>
        <source>Whole chain limit:</source>
        <translation>Gesam&amp;tlimit der Kette:</translation>
    </message>
    <message>
        <source>Low-speed limit:</source>
        <translation>&amp;Mindesttempo:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy for this request</source>
        <translation>Proxy für diese Anfrage</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>http://host:port, socks5h://host:port</source>
        <translation>http://host:port, socks5h://host:port</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Used for this session only: never written to the settings or the history.</source>
        <translation>Nur für diese Sitzung: wird nie in die Einstellungen oder den Verlauf geschrieben.</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Pinned &amp;addresses:</source>
        <translation>Adressen &amp;überschreiben:</translation>
    </message>
    <message>
        <source>Pinned addresses</source>
        <translation>Fest zugeordnete Adressen</translation>
    </message>
    <message>
        <source>Each row sends requests for a host and port to another address (as curl&apos;s --resolve) or host and port (--connect-to); the URL, the Host field and the certificate check keep the typed host.</source>
        <translation>Jede Zeile sendet Anfragen für einen Host und Port an eine andere Adresse (wie --resolve von curl) oder an einen anderen Host und Port (--connect-to); URL, Host-Feld und Zertifikatsprüfung behalten den eingegebenen Host.</translation>
    </message>
    <message>
        <source>Add --resolve</source>
        <translation>--resolve hinzufügen</translation>
    </message>
    <message>
        <source>Connect to an IP address for a host and port</source>
        <translation>Für einen Host und Port mit einer IP-Adresse verbinden</translation>
    </message>
    <message>
        <source>Add --connect-to</source>
        <translation>--connect-to hinzufügen</translation>
    </message>
    <message>
        <source>Connect to another host and port for a host and port</source>
        <translation>Für einen Host und Port mit einem anderen Host und Port verbinden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove pinned address</source>
        <translation>Feste Adresszuordnung entfernen</translation>
    </message>
    <message>
        <source>HTTP version:</source>
        <translation>HTTP-Version:</translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation>HTTP-Version</translation>
    </message>
    <message>
        <source>Authenti&amp;cation:</source>
        <translation>Authenti&amp;fizierung:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>The credentials StatusScope answers the server&apos;s challenge with, only to the origin typed.</source>
        <translation>Die Zugangsdaten, mit denen StatusScope die Aufforderung des Servers beantwortet, nur an den eingegebenen Ursprung.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Drop these</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Use the proxy of Preferences, no proxy at all, or the proxy typed under it.</source>
        <translation>Den Proxy aus den Einstellungen, gar keinen Proxy oder den darunter eingegebenen Proxy verwenden.</translation>
    </message>
    <message>
        <source>Keep POST after:</source>
        <translation>POST beibehalten nach:</translation>
    </message>
    <message>
        <source>A POST answered with 301 is sent again as a POST, with its body (curl&apos;s --post301). Without this, it becomes a GET.</source>
        <translation>Ein mit 301 beantworteter POST wird erneut als POST mit seinem Body gesendet (curls --post301). Ohne dies wird er zu einem GET.</translation>
    </message>
    <message>
        <source>Keep POST after 301</source>
        <translation>POST nach 301 beibehalten</translation>
    </message>
    <message>
        <source>A POST answered with 302 is sent again as a POST, with its body (curl&apos;s --post302). Without this, it becomes a GET.</source>
        <translation>Ein mit 302 beantworteter POST wird erneut als POST mit seinem Body gesendet (curls --post302). Ohne dies wird er zu einem GET.</translation>
    </message>
    <message>
        <source>Keep POST after 302</source>
        <translation>POST nach 302 beibehalten</translation>
    </message>
    <message>
        <source>A POST answered with 303 is sent again as a POST, with its body (curl&apos;s --post303). Without this, it becomes a GET.</source>
        <translation>Ein mit 303 beantworteter POST wird erneut als POST mit seinem Body gesendet (curls --post303). Ohne dies wird er zu einem GET.</translation>
    </message>
    <message>
        <source>Keep POST after 303</source>
        <translation>POST nach 303 beibehalten</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>Zeitlimit für den Verbindungsaufbau:</translation>
    </message>
    <message>
        <source>Connect timeout, in seconds</source>
        <translation>Zeitlimit für den Verbindungsaufbau, in Sekunden</translation>
    </message>
    <message>
        <source>A hop not connected within this long, its TLS handshake included, is given up (curl&apos;s --connect-timeout); 0 means only the timeout without data applies.</source>
        <translation>Ein Schritt, der nach dieser Zeit nicht verbunden ist (TLS-Handshake eingeschlossen), wird aufgegeben (curls --connect-timeout); 0 heißt, es gilt nur das Zeitlimit ohne Daten.</translation>
    </message>
    <message>
        <source>A hop not connected within this long, its TLS handshake included, is given up (curl&apos;s --connect-timeout).</source>
        <translation>Ein Schritt, der nach dieser Zeit nicht verbunden ist (TLS-Handshake eingeschlossen), wird aufgegeben (curls --connect-timeout).</translation>
    </message>
    <message>
        <source>All Notes…</source>
        <translation>Alle Hinweise…</translation>
    </message>
    <message>
        <source>Every note on the pasted curl command: what was not applied, and what was read differently</source>
        <translation>Alle Hinweise zum eingefügten curl-Befehl: was nicht übernommen und was anders gelesen wurde</translation>
    </message>
</context>
<context>
    <name>RequestEngine</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Qt sent this request %n times by itself before a response arrived; the server may have seen it more than once.</source>
        <translation>
            <numerusform>Qt hat diese Anfrage von sich aus %n-mal gesendet, bevor eine Antwort kam; der Server hat sie vielleicht mehrfach gesehen.</numerusform>
            <numerusform>Qt hat diese Anfrage von sich aus %n-mal gesendet, bevor eine Antwort kam; der Server hat sie vielleicht mehrfach gesehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was accepted although it is not valid: %1</source>
        <translation>Das Zertifikat wurde akzeptiert, obwohl es nicht gültig ist: %1</translation>
    </message>
    <message>
        <source>Cancelled during hop %1.</source>
        <translation>Während Schritt %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Timed out: hop %1 made no progress for %2 s.</source>
        <translation>Zeitüberschreitung: Schritt %1 kam %2 s lang nicht voran.</translation>
    </message>
    <message>
        <source>Timed out: the chain did not finish within %1 s.</source>
        <translation>Zeitüberschreitung: die Kette wurde nicht innerhalb von %1 s fertig.</translation>
    </message>
    <message>
        <source>Timed out during hop %1.</source>
        <translation>Zeitüberschreitung während Schritt %1.</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening there.</source>
        <translation>Verbindung von %1 abgelehnt: dort lauscht nichts.</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved.</source>
        <translation>Der Hostname „%1“ konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation>Zeitüberschreitung beim Warten auf %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave no valid HTTP response: it sent something that is not HTTP, or closed the connection before answering. Qt sent the request %n times.</source>
        <translation>
            <numerusform>%1 gab keine gültige HTTP-Antwort: es kam etwas, das kein HTTP ist, oder die Verbindung wurde vor einer Antwort geschlossen.</numerusform>
            <numerusform>%1 gab keine gültige HTTP-Antwort: es kam etwas, das kein HTTP ist, oder die Verbindung wurde vor einer Antwort geschlossen. Qt hat die Anfrage %n-mal gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection without sending a response.</source>
        <translation>%1 hat die Verbindung geschlossen, ohne eine Antwort zu senden.</translation>
    </message>
    <message>
        <source>%1 sent a response that is not valid HTTP.</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges HTTP ist.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The status line arrived, but Qt 6.4 could not read the header section: more than 100 fields, a field of over 100 KB, or a line without a colon. The status alone is not the server&apos;s answer.</source>
        <translation>Die Statuszeile kam an, aber Qt 6.4 konnte den Header-Abschnitt nicht lesen: mehr als 100 Felder, ein Feld über 100 KB oder eine Zeile ohne Doppelpunkt. Der Status allein ist nicht die Antwort des Servers.</translation>
    </message>
    <message>
        <source>Hop %1 sent headers Qt 6.4 cannot read; gave up after %2 s.</source>
        <translation>Schritt %1 sendete Header, die Qt 6.4 nicht lesen kann; nach %2 s aufgegeben.</translation>
    </message>
    <message>
        <source>Expect: 100-continue was sent, but Qt 6.4 does not wait for the server&apos;s 100 Continue: the body went out with the request head, and an interim 100 is skipped.</source>
        <translation>Expect: 100-continue wurde gesendet, aber Qt 6.4 wartet nicht auf das 100 Continue des Servers: Der Body ging mit dem Anfragekopf hinaus, und eine vorläufige 100 wird übersprungen.</translation>
    </message>
    <message>
        <source>Nothing was sent: the request engine has no network access.</source>
        <translation>Nichts wurde gesendet: die Anfrage-Engine hat keinen Netzwerkzugriff.</translation>
    </message>
    <message>
        <source>The cookie “%1” was refused: %2. It is not sent on later hops.</source>
        <translation>Das Cookie „%1“ wurde abgelehnt: %2. Es wird in späteren Schritten nicht gesendet.</translation>
    </message>
    <message>
        <source>The %1 body of hop %2 could not be decoded: %3.</source>
        <translation>Der Body (%1) von Schritt %2 konnte nicht dekodiert werden: %3.</translation>
    </message>
    <message>
        <source>Too slow: hop %1 moved %2 in the last %3 s, under the limit of %4 per second.</source>
        <translation>Zu langsam: Schritt %1 hat in den letzten %3 s %2 übertragen, unter der Grenze von %4 pro Sekunde.</translation>
    </message>
    <message>
        <source>The body was cut at the limit of %1; the rest was not read.</source>
        <translation>Der Body wurde an der Grenze von %1 abgeschnitten; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The body of hop %1 was cut at the limit of %2; the rest was not read.</source>
        <translation>Der Body von Schritt %1 wurde an der Grenze von %2 abgeschnitten; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of the body.</source>
        <translation>Der Server hat die Verbindung nach %1 des Bodys geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of the body of hop %1, after %2.</source>
        <translation>Der Server hat die Verbindung mitten im Body von Schritt %1 geschlossen, nach %2.</translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge through a pin: Qt 6.4 names the address %1 in :authority instead of %2, so a server that tells its sites apart by name may answer for another one.</source>
        <translation>HTTP/2 mit prior knowledge über eine feste Adresszuordnung: Qt 6.4 nennt in :authority die Adresse %1 statt %2, daher antwortet ein Server, der seine Sites am Namen unterscheidet, womöglich für eine andere.</translation>
    </message>
    <message>
        <source>Sent over HTTP/1.1: through a pin, Qt 6.4 would name the address %1 instead of %2 in HTTP/2&apos;s :authority, while HTTP/1.1 keeps the Host field right.</source>
        <translation>Über HTTP/1.1 gesendet: über eine feste Adresszuordnung würde Qt 6.4 im :authority von HTTP/2 die Adresse %1 statt %2 nennen, während HTTP/1.1 das Host-Feld richtig lässt.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for credentials; give them with --proxy-user USER:PASSWORD.</source>
        <translation>Der Proxy %1 verlangt Zugangsdaten; geben Sie sie mit --proxy-user USER:PASSWORD an.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials of user “%2” (--proxy-user).</source>
        <translation>Der Proxy %1 hat die Zugangsdaten von Benutzer „%2“ abgelehnt (--proxy-user).</translation>
    </message>
    <message>
        <source>The SOCKS proxy %1 asks for a user name and password; give them with --proxy-user USER:PASSWORD.</source>
        <translation>Der SOCKS-Proxy %1 verlangt Benutzername und Passwort; geben Sie sie mit --proxy-user USER:PASSWORD an.</translation>
    </message>
    <message>
        <source>The proxy %1 asked for credentials before opening a tunnel to %2 (Qt 6.4 does not show its 407 answer); give them with --proxy-user USER:PASSWORD.</source>
        <translation>Der Proxy %1 verlangte Zugangsdaten, bevor er einen Tunnel zu %2 öffnete (Qt 6.4 zeigt seine 407-Antwort nicht); geben Sie sie mit --proxy-user USER:PASSWORD an.</translation>
    </message>
    <message>
        <source>Connection refused by the proxy %1: nothing is listening there.</source>
        <translation>Verbindung vom Proxy %1 abgelehnt: dort lauscht nichts.</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found: its host name does not resolve.</source>
        <translation>Der Proxy %1 wurde nicht gefunden: sein Hostname lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before %2 answered.</source>
        <translation>Der Proxy %1 hat die Verbindung geschlossen, bevor %2 antwortete.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time.</source>
        <translation>Der Proxy %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not listening, or could not reach the server.</source>
        <translation>Der Proxy %1 hat keinen Weg zu %2 geöffnet (Qt 6.4 sagt „%3“): er lauscht nicht oder konnte den Server nicht erreichen.</translation>
    </message>
    <message>
        <source>The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not listening, could not reach the server, or refused the credentials of user “%4” (--proxy-user).</source>
        <translation>Der Proxy %1 hat keinen Weg zu %2 geöffnet (Qt 6.4 sagt „%3“): er lauscht nicht, konnte den Server nicht erreichen oder hat die Zugangsdaten von Benutzer „%4“ abgelehnt (--proxy-user).</translation>
    </message>
    <message>
        <source>The proxy %1 could not resolve the host name “%2”.</source>
        <translation>Der Proxy %1 konnte den Hostnamen „%2“ nicht auflösen.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>Proxy-Authorization was not sent: this hop goes to the server without a proxy, and the field is for a proxy only.</source>
        <translation>Proxy-Authorization wurde nicht gesendet: Dieser Schritt geht ohne Proxy zum Server, und das Feld ist nur für einen Proxy bestimmt.</translation>
    </message>
    <message>
        <source>Proxy-Authorization was not sent: this hop goes to the server through a tunnel of %1, which would have handed the field to the server; give the proxy&apos;s credentials with --proxy-user.</source>
        <translation>Proxy-Authorization wurde nicht gesendet: Dieser Schritt geht durch einen Tunnel von %1 zum Server, der das Feld an den Server weitergegeben hätte; geben Sie die Zugangsdaten des Proxys mit --proxy-user an.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: --connect-to sends it to %2, which curl does through a tunnel of the proxy %3, while Qt 6.4 opens tunnels for https only and the proxy would take the address for the site. Use an https URL, a SOCKS proxy, or --noproxy %4.</source>
        <translation>Nichts wurde an %1 gesendet: --connect-to schickt die Anfrage an %2, was curl durch einen Tunnel des Proxys %3 tut, während Qt 6.4 Tunnel nur für https öffnet und der Proxy die Adresse für die Website halten würde. Verwenden Sie eine https-URL, einen SOCKS-Proxy oder --noproxy %4.</translation>
    </message>
    <message>
        <source>The --resolve pin to %1 was not used: the proxy %2 looks up “%3” itself, as with curl; --connect-to asks it for the address instead.</source>
        <translation>Der --resolve-Eintrag auf %1 wurde nicht verwendet: Der Proxy %2 löst „%3“ selbst auf, wie bei curl; --connect-to lässt ihn stattdessen die Adresse ansteuern.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting to %1 failed (%2); tried %3, the next address --resolve gives for %4.</source>
        <translation>Die Verbindung zu %1 schlug fehl (%2); versucht wurde %3, die nächste Adresse, die --resolve für %4 angibt.</translation>
    </message>
    <message>
        <source>Could not connect to %1 at the address it is pinned to: %2.</source>
        <translation>Zu %1 konnte unter der fest zugeordneten Adresse keine Verbindung hergestellt werden: %2.</translation>
    </message>
    <message>
        <source>Could not connect to %1 at any of the %2 addresses --resolve gives for it: %3.</source>
        <translation>Zu %1 konnte unter keiner der %2 Adressen, die --resolve dafür angibt, eine Verbindung hergestellt werden: %3.</translation>
    </message>
    <message>
        <source>%1 (realm “%2”)</source>
        <translation>%1 (Realm „%2“)</translation>
    </message>
    <message>
        <source>Digest sent ahead to the proxy %1 for user %2 with the nonce from hop %3&apos;s 407 (nonce count %4).</source>
        <translation>Digest vorab an den Proxy %1 gesendet, für Benutzer %2, mit der Nonce aus dem 407 von Schritt %3 (Nonce-Zähler %4).</translation>
    </message>
    <message>
        <source>The proxy %1 refused the Proxy-Authorization field typed.</source>
        <translation>Der Proxy %1 hat das eingegebene Proxy-Authorization-Feld abgelehnt.</translation>
    </message>
    <message>
        <source>The proxy&apos;s 407 said the nonce had expired (stale=true), not that the credentials were wrong; answered again with its new nonce, user %1.</source>
        <translation>Der 407 des Proxys meldete eine abgelaufene Nonce (stale=true), keine falschen Zugangsdaten; mit seiner neuen Nonce erneut beantwortet, Benutzer %1.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the %2 credentials of user “%3” (--proxy-user): 407 again. They are not sent a second time.</source>
        <translation>Der Proxy %1 hat die %2-Zugangsdaten des Benutzers „%3“ (--proxy-user) abgelehnt: wieder 407. Sie werden kein zweites Mal gesendet.</translation>
    </message>
    <message>
        <source>It asks for %1; --proxy-user answers Basic and Digest only.</source>
        <translation>Er verlangt %1; --proxy-user beantwortet nur Basic und Digest.</translation>
    </message>
    <message>
        <source>Digest could not be answered: %1.</source>
        <translation>Digest konnte nicht beantwortet werden: %1.</translation>
    </message>
    <message>
        <source>The proxy&apos;s 407 asked for Digest; answered with user %1 (%2, realm “%3”).</source>
        <translation>Der 407 des Proxys verlangte Digest; beantwortet mit Benutzer %1 (%2, Realm „%3“).</translation>
    </message>
    <message>
        <source>The proxy %1 was reached at %2, the address --resolve gives for it.</source>
        <translation>Der Proxy %1 wurde unter %2 erreicht, der Adresse, die --resolve für ihn angibt.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials of user “%2” (--proxy-user) for the tunnel to %3. Qt 6.4 answers a tunnel&apos;s 407 itself, once: a Digest nonce the proxy calls expired (stale=true) ends it too.</source>
        <translation>Der Proxy %1 hat die Zugangsdaten des Benutzers „%2“ (--proxy-user) für den Tunnel zu %3 abgelehnt. Qt 6.4 beantwortet den 407 eines Tunnels selbst, einmal: Auch eine Digest-Nonce, die der Proxy für abgelaufen erklärt (stale=true), beendet ihn.</translation>
    </message>
    <message>
        <source>The proxy %1 asked for credentials for the tunnel to %2 in a way Qt 6.4 cannot answer: Qt 6.4 answers a tunnel&apos;s request for credentials with Basic or Digest MD5 only (not Digest SHA-256), where StatusScope cannot step in. Plain http through the same proxy is answered with either.</source>
        <translation>Der Proxy %1 verlangte Zugangsdaten für den Tunnel zu %2 auf eine Weise, die Qt 6.4 nicht beantworten kann: Qt 6.4 beantwortet die Anfrage eines Tunnels nach Zugangsdaten nur mit Basic oder Digest MD5 (nicht Digest SHA-256), wo StatusScope nicht eingreifen kann. Einfaches http über denselben Proxy wird mit beidem beantwortet.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and none was given: add one for this host (Edit → Preferences → Certificates in the window; --cert FILE, with --key FILE or --cert-type P12, on the command line).</source>
        <translation>Der Server hat ein Client-Zertifikat verlangt und es wurde keines angegeben: Fügen Sie eines für diesen Host hinzu (im Fenster unter Bearbeiten → Einstellungen → Zertifikate; auf der Kommandozeile mit --cert FILE, dazu --key FILE oder --cert-type P12).</translation>
    </message>
    <message>
        <source>Timed out: could not connect to %1 within the connect timeout of %2 s.</source>
        <translation>Zeitüberschreitung: keine Verbindung zu %1 innerhalb des Zeitlimits von %2 s für den Verbindungsaufbau.</translation>
    </message>
    <message>
        <source>The path was sent as %1, not %2: Qt 6.4 removes “.” and “..” segments before sending (curl does too, unless --path-as-is).</source>
        <translation>Der Pfad wurde als %1 gesendet, nicht als %2: Qt 6.4 entfernt „.“- und „..“-Segmente vor dem Senden (curl auch, außer mit --path-as-is).</translation>
    </message>
    <message>
        <source>No header field was read from this response: either the server sent none, or Qt 6.4 could not read its header section (more than 100 fields, a field of over 100 KB, a line without a colon) and dropped it. Servers nearly always send some (Date, Content-Length).</source>
        <translation>Aus dieser Antwort wurde kein Header-Feld gelesen: Entweder hat der Server keines gesendet, oder Qt 6.4 konnte den Header-Abschnitt nicht lesen (mehr als 100 Felder, ein Feld über 100 KB, eine Zeile ohne Doppelpunkt) und hat ihn verworfen. Server senden fast immer welche (Date, Content-Length).</translation>
    </message>
</context>
<context>
    <name>RequestValidation</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation>einen Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>einen Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>ein NUL-Byte</translation>
    </message>
    <message>
        <source>a DEL character</source>
        <translation>ein DEL-Zeichen</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>das Steuerzeichen 0x%1</translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation>das Zeichen „%1“</translation>
    </message>
    <message>
        <source>The method is empty.</source>
        <translation>Die Methode ist leer.</translation>
    </message>
    <message>
        <source>The method “%1” contains %2; a method is a token such as GET or PURGE.</source>
        <translation>Die Methode „%1“ enthält %2; eine Methode ist ein Token wie GET oder PURGE.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>Die URL ist leer.</translation>
    </message>
    <message>
        <source>The URL has no scheme; start it with http:// or https://.</source>
        <translation>Die URL hat kein Schema; beginnen Sie sie mit http:// oder https://.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be requested, not “%1:”.</source>
        <translation>Nur http- und https-URLs können angefragt werden, nicht „%1:“.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>A header has an empty name.</source>
        <translation>Ein Header hat einen leeren Namen.</translation>
    </message>
    <message>
        <source>The header name “%1” contains %2; names are tokens such as X-Request-Id.</source>
        <translation>Der Header-Name „%1“ enthält %2; Namen sind Tokens wie X-Request-Id.</translation>
    </message>
    <message>
        <source>The value of header “%1” contains %2, which would break the request apart.</source>
        <translation>Der Wert des Headers „%1“ enthält %2, was die Anfrage auseinanderbrechen würde.</translation>
    </message>
    <message>
        <source>The redirect limit cannot be negative.</source>
        <translation>Die Weiterleitungsgrenze kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The body limit must be positive.</source>
        <translation>Die Body-Grenze muss positiv sein.</translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as Name: value.</source>
        <translation>„%1“ ist kein Header; schreiben Sie ihn als Name: Wert.</translation>
    </message>
    <message>
        <source>Transfer-Encoding cannot be typed: Qt 6.4 sends the body whole, with a Content-Length, so the server would be told of a framing the body does not have. Leave it out.</source>
        <translation>Transfer-Encoding kann nicht eingegeben werden: Qt 6.4 sendet den Body am Stück, mit einer Content-Length, also würde dem Server eine Rahmung angekündigt, die der Body nicht hat. Lassen Sie den Header weg.</translation>
    </message>
    <message>
        <source>Content-Length “%1” is not a number of bytes. Leave it out: the right one is sent by itself.</source>
        <translation>Content-Length „%1“ ist keine Anzahl von Bytes. Lassen Sie den Header weg: der richtige Wert wird von selbst gesendet.</translation>
    </message>
    <message>
        <source>Content-Length: %1 was typed, but the request has no body: the server would wait for bytes that never come. Leave it out, or add a body.</source>
        <translation>Content-Length: %1 wurde eingegeben, aber die Anfrage hat keinen Body: der Server würde auf Bytes warten, die nie kommen. Lassen Sie den Header weg oder fügen Sie einen Body hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Content-Length: %1 does not match the body, which is %n byte(s): Qt 6.4 would cut the body or replace the value without a word. Leave it out: the right one is sent by itself.</source>
        <translation>
            <numerusform>Content-Length: %1 passt nicht zum Body, der %n Byte groß ist: Qt 6.4 würde den Body kommentarlos abschneiden oder den Wert ersetzen. Lassen Sie den Header weg: der richtige Wert wird von selbst gesendet.</numerusform>
            <numerusform>Content-Length: %1 passt nicht zum Body, der %n Bytes groß ist: Qt 6.4 würde den Body kommentarlos abschneiden oder den Wert ersetzen. Lassen Sie den Header weg: der richtige Wert wird von selbst gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The typed Host “%1” is not a host name with an optional port.</source>
        <translation>Der eingegebene Host „%1“ ist kein Hostname mit optionalem Port.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>A form POST should leave the browser on a result page that it fetches with GET, so a reload does not submit the form again. Which status?</source>
        <translation>Ein Formular-POST soll den Browser auf einer Ergebnisseite landen lassen, die er mit GET abruft, damit ein Neuladen das Formular nicht erneut absendet. Welcher Status?</translation>
    </message>
    <message>
        <source>303 See Other tells the client to GET the other URI whatever the method was; 307 and 308 would repeat the POST.</source>
        <translation>303 See Other weist den Client an, die andere URI mit GET abzurufen, egal mit welcher Methode; 307 und 308 würden den POST wiederholen.</translation>
    </message>
    <message>
        <source>An API moved for good to a new path and clients must keep sending their POST bodies there. Which status?</source>
        <translation>Eine API ist dauerhaft auf einen neuen Pfad umgezogen, und Clients sollen ihre POST-Bodys weiterhin dorthin senden. Welcher Status?</translation>
    </message>
    <message>
        <source>308 Permanent Redirect is permanent and keeps the method and body; a 301 may turn the POST into a GET.</source>
        <translation>308 Permanent Redirect ist dauerhaft und behält Methode und Body bei; ein 301 darf aus dem POST ein GET machen.</translation>
    </message>
    <message>
        <source>A request carries no credentials at all, and the resource needs a signed-in user. Which status?</source>
        <translation>Eine Anfrage enthält überhaupt keine Zugangsdaten, und die Ressource braucht einen angemeldeten Benutzer. Welcher Status?</translation>
    </message>
    <message>
        <source>401 Unauthorized means &quot;authenticate first&quot; and comes with WWW-Authenticate; 403 is for a known user who may not do this.</source>
        <translation>401 Unauthorized heißt „erst anmelden“ und kommt mit WWW-Authenticate; 403 gilt für einen bekannten Benutzer, der das nicht darf.</translation>
    </message>
    <message>
        <source>A signed-in user asks to delete another user&apos;s account, which only administrators may do. Which status?</source>
        <translation>Ein angemeldeter Benutzer will das Konto eines anderen löschen, was nur Administratoren dürfen. Welcher Status?</translation>
    </message>
    <message>
        <source>403 Forbidden: the server knows who is asking and refuses; signing in again would not help, so 401 is wrong.</source>
        <translation>403 Forbidden: Der Server weiß, wer fragt, und lehnt ab; erneutes Anmelden hilft nicht, also ist 401 falsch.</translation>
    </message>
    <message>
        <source>An article was taken down on purpose and will never come back. Which status says so most precisely?</source>
        <translation>Ein Artikel wurde absichtlich entfernt und kommt nie wieder. Welcher Status sagt das am genauesten?</translation>
    </message>
    <message>
        <source>410 Gone says the removal is deliberate and permanent, so links and caches can forget it; 404 only says nothing is there now.</source>
        <translation>410 Gone sagt, dass die Entfernung gewollt und dauerhaft ist, sodass Links und Caches sie vergessen können; 404 sagt nur, dass jetzt nichts da ist.</translation>
    </message>
    <message>
        <source>A JSON body parses fine, but its end date lies before its start date. Which status?</source>
        <translation>Ein JSON-Body lässt sich einwandfrei parsen, aber sein Enddatum liegt vor dem Startdatum. Welcher Status?</translation>
    </message>
    <message>
        <source>422 Unprocessable Content: the syntax is right but the content cannot be processed; 400 is for a request the server cannot even read.</source>
        <translation>422 Unprocessable Content: Die Syntax stimmt, aber der Inhalt lässt sich nicht verarbeiten; 400 gilt für eine Anfrage, die der Server nicht einmal lesen kann.</translation>
    </message>
    <message>
        <source>A client sent too many requests this minute and should wait before trying again. Which status?</source>
        <translation>Ein Client hat in dieser Minute zu viele Anfragen gesendet und soll warten, bevor er es erneut versucht. Welcher Status?</translation>
    </message>
    <message>
        <source>429 Too Many Requests is about this client&apos;s rate, usually with Retry-After; 503 means the whole service is unavailable.</source>
        <translation>429 Too Many Requests betrifft die Rate dieses Clients, meist mit Retry-After; 503 heißt, dass der ganze Dienst nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>A reverse proxy got a garbled, unparsable answer from the application server behind it. Which status?</source>
        <translation>Ein Reverse-Proxy hat vom Anwendungsserver dahinter eine verstümmelte, unlesbare Antwort erhalten. Welcher Status?</translation>
    </message>
    <message>
        <source>502 Bad Gateway: the upstream answered, but badly; 504 would mean it did not answer in time.</source>
        <translation>502 Bad Gateway: Der vorgelagerte Server hat geantwortet, aber schlecht; 504 hieße, dass er nicht rechtzeitig geantwortet hat.</translation>
    </message>
    <message>
        <source>An upload was accepted and will be processed later by a background job. Which status?</source>
        <translation>Ein Upload wurde angenommen und wird später von einem Hintergrundjob verarbeitet. Welcher Status?</translation>
    </message>
    <message>
        <source>202 Accepted: the work is queued, not done; 201 would claim the resource already exists.</source>
        <translation>202 Accepted: Die Arbeit ist eingereiht, nicht erledigt; 201 würde behaupten, dass die Ressource schon existiert.</translation>
    </message>
    <message>
        <source>A client&apos;s cached copy is still current (its If-None-Match ETag matches). Which status?</source>
        <translation>Die zwischengespeicherte Kopie eines Clients ist noch aktuell (sein If-None-Match-ETag passt). Welcher Status?</translation>
    </message>
    <message>
        <source>304 Not Modified tells the client to reuse its stored copy, without a body; 412 is for a failed precondition on a change.</source>
        <translation>304 Not Modified weist den Client an, seine gespeicherte Kopie weiterzuverwenden, ohne Body; 412 gilt für eine gescheiterte Vorbedingung bei einer Änderung.</translation>
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
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>Client-Fehler</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Server-Fehler</translation>
    </message>
    <message>
        <source>Outside the standard range</source>
        <translation>Außerhalb des Standardbereichs</translation>
    </message>
</context>
<context>
    <name>StatusDetail</name>
    <message>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>temporary registration</source>
        <translation>vorläufig registriert</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>obsoleted</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>%1, as “%2”</source>
        <translation>%1, als „%2“</translation>
    </message>
    <message>
        <source>Select a status code to read what it means.</source>
        <translation>Wählen Sie einen Statuscode, um zu lesen, was er bedeutet.</translation>
    </message>
    <message>
        <source>Deprecated: do not use it in new work.</source>
        <translation>Veraltet: in neuen Projekten nicht verwenden.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>IANA registry</source>
        <translation>IANA-Register</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
    <message>
        <source>Cacheable by default</source>
        <translation>Standardmäßig cachebar</translation>
    </message>
    <message>
        <source>Yes: caches may store it without explicit freshness headers.</source>
        <translation>Ja: Caches dürfen die Antwort auch ohne ausdrückliche Frische-Header speichern.</translation>
    </message>
    <message>
        <source>No: only with explicit caching headers.</source>
        <translation>Nein: nur mit ausdrücklichen Caching-Headern.</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Verwandte Codes</translation>
    </message>
    <message>
        <source>Other meanings of this number</source>
        <translation>Andere Bedeutungen dieser Zahl</translation>
    </message>
    <message>
        <source>The %1 class</source>
        <translation>Die Klasse %1</translation>
    </message>
    <message numerus="yes">
        <source>Met %n time(s) in the request console this session.</source>
        <translation>
            <numerusform>In dieser Sitzung %n-mal in der Anfragekonsole begegnet.</numerusform>
            <numerusform>In dieser Sitzung %n-mal in der Anfragekonsole begegnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation>Live ausprobieren</translation>
    </message>
    <message>
        <source>— the built-in playground answers a real %1 in the console.</source>
        <translation>– der eingebaute Spielplatz antwortet in der Konsole mit einem echten %1.</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>Typische Verwendung</translation>
    </message>
    <message>
        <source>Common misuse</source>
        <translation>Häufige Fehlverwendung</translation>
    </message>
    <message>
        <source>(English)</source>
        <translation>(Englisch)</translation>
    </message>
    <message>
        <source>Widely repeated, no primary source: %1</source>
        <translation>Weit verbreitet, keine Primärquelle: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>auch %1</translation>
    </message>
    <message>
        <source>In code</source>
        <translation>Im Code</translation>
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
        <translation>%1: %2</translation>
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
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::ChainModel</name>
    <message>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status %1, %2</source>
        <translation>Status %1, %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::HeaderTableModel</name>
    <message>
        <source>This header has a value but no name.</source>
        <translation>Dieser Header hat einen Wert, aber keinen Namen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::RequestSession</name>
    <message>
        <source>Nothing was sent: the request was cancelled while its password was asked for.</source>
        <translation>Nichts wurde gesendet: Die Anfrage wurde abgebrochen, während ihr Passwort erfragt wurde.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AppController</name>
    <message>
        <source>Opening %1 was cancelled; nothing changed.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no requests.</source>
        <translation>%1 enthält keine Anfragen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chain(s)</source>
        <translation>
            <numerusform>%1: %n Kette</numerusform>
            <numerusform>%1: %n Ketten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n entry(ies) skipped: %1</source>
        <translation>
            <numerusform>; %n Eintrag übersprungen: %1</numerusform>
            <numerusform>; %n Einträge übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chain to export yet: send a request first.</source>
        <translation>Es gibt noch keine Kette zum Exportieren: senden Sie zuerst eine Anfrage.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the chain to %1, credentials included.</source>
        <translation>Die Kette wurde in %1 gespeichert, mit Zugangsdaten.</translation>
    </message>
    <message>
        <source>Saved the chain to %1 (credentials masked).</source>
        <translation>Die Kette wurde in %1 gespeichert (Zugangsdaten maskiert).</translation>
    </message>
    <message>
        <source>The request cannot be saved: %1</source>
        <translation>Die Anfrage kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>History is off, so requests cannot be saved.</source>
        <translation>Der Verlauf ist aus, daher können keine Anfragen gespeichert werden.</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>Die Anfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to copy: %1</source>
        <translation>Nichts zu kopieren: %1</translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command with its credentials masked (••••). Edit → Copy Request as curl with Credentials copies them as typed.</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert, mit maskierten Zugangsdaten (••••). Bearbeiten → Anfrage als curl mit Zugangsdaten kopieren übernimmt sie wie eingegeben.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command; it holds masked credentials (••••) from the history, which must be typed again.</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert; sie enthält maskierte Zugangsdaten (••••) aus dem Verlauf, die erneut eingegeben werden müssen.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command, credentials included: anyone who sees the clipboard can use them.</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert, mit Zugangsdaten: wer die Zwischenablage sieht, kann sie benutzen.</translation>
    </message>
    <message>
        <source>The playground could not start: %1</source>
        <translation>Der Spielplatz konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>history is off, so nothing can be saved.</source>
        <translation>Der Verlauf ist aus, daher kann nichts gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) saved in the folder “%2”</source>
        <translation>
            <numerusform>%1: %n Anfrage im Ordner „%2“ gespeichert</numerusform>
            <numerusform>%1: %n Anfragen im Ordner „%2“ gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused</source>
        <translation>
            <numerusform>; %n abgelehnt</numerusform>
            <numerusform>; %n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>history is off, so there is no saved folder.</source>
        <translation>Der Verlauf ist aus, daher gibt es keinen gespeicherten Ordner.</translation>
    </message>
    <message>
        <source>The folder could not be exported: %1</source>
        <translation>Der Ordner konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) of “%1” to %2</source>
        <translation>
            <numerusform>%n Anfrage aus „%1“ in %2 gespeichert</numerusform>
            <numerusform>%n Anfragen aus „%1“ in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation>; weggelassen: %1</translation>
    </message>
    <message>
        <source>; masked credentials (••••) must be typed again</source>
        <translation>; maskierte Zugangsdaten (••••) müssen erneut eingegeben werden</translation>
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
        <translation>Die Kette konnte nicht erneut abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Choose a file to audit first.</source>
        <translation>Wählen Sie zuerst eine Datei zum Prüfen.</translation>
    </message>
    <message>
        <source>Paste a list of URLs or a redirect map first.</source>
        <translation>Fügen Sie zuerst eine URL-Liste oder eine Weiterleitungstabelle ein.</translation>
    </message>
    <message>
        <source>Type the address of a sitemap first.</source>
        <translation>Geben Sie zuerst die Adresse einer Sitemap ein.</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Paused after %n rows; chains already sent still end.</source>
        <translation>
            <numerusform>Nach %n Zeile angehalten; bereits gesendete Ketten laufen noch zu Ende.</numerusform>
            <numerusform>Nach %n Zeilen angehalten; bereits gesendete Ketten laufen noch zu Ende.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem: there is nothing to re-run.</source>
        <translation>Keine Zeile hat ein Problem: Es gibt nichts erneut auszuführen.</translation>
    </message>
    <message numerus="yes">
        <source>Running again the %n rows with a problem.</source>
        <translation>
            <numerusform>Die %n Zeile mit einem Problem wird erneut ausgeführt.</numerusform>
            <numerusform>Die %n Zeilen mit einem Problem werden erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation> · %1 Zeilen/s</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>%1 matched, %2 mismatched (%3 with errors), of %4 rows.</source>
        <translation>%1 passend, %2 abweichend (%3 mit Fehlern), von %4 Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n rows (%1).</source>
        <translation>
            <numerusform>Nach %n Zeile abgebrochen (%1).</numerusform>
            <numerusform>Nach %n Zeilen abgebrochen (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n rows in %1.</source>
        <translation>
            <numerusform>Fertig: %n Zeile in %1.</numerusform>
            <numerusform>Fertig: %n Zeilen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as chosen.</source>
        <translation>Wie gewählt gelesen.</translation>
    </message>
    <message>
        <source>The kind is guessed from what the URL sends.</source>
        <translation>Die Art wird aus dem erraten, was die URL sendet.</translation>
    </message>
    <message>
        <source>The kind is guessed from the file’s first lines.</source>
        <translation>Die Art wird aus den ersten Zeilen der Datei erraten.</translation>
    </message>
    <message>
        <source>The kind is guessed from the first lines.</source>
        <translation>Die Art wird aus den ersten Zeilen erraten.</translation>
    </message>
    <message>
        <source>Open a list, a redirect map or a sitemap</source>
        <translation>Eine Liste, eine Weiterleitungstabelle oder eine Sitemap öffnen</translation>
    </message>
    <message>
        <source>Lists, maps and sitemaps (*.txt *.csv *.tsv *.xml *.gz);;All files (*)</source>
        <translation>Listen, Tabellen und Sitemaps (*.txt *.csv *.tsv *.xml *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export with credentials</source>
        <translation>Mit Zugangsdaten exportieren</translation>
    </message>
    <message>
        <source>The file will hold Authorization headers and cookies in clear text. Anyone who gets the file can use them. Export anyway?</source>
        <translation>Die Datei wird Authorization-Header und Cookies im Klartext enthalten. Wer die Datei bekommt, kann sie benutzen. Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Das Audit exportieren</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to %1 (CSV).</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert (CSV).</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert (CSV).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows and the summary to %1 (JSON Lines).</source>
        <translation>
            <numerusform>%n Zeile und die Zusammenfassung in %1 gespeichert (JSON Lines).</numerusform>
            <numerusform>%n Zeilen und die Zusammenfassung in %1 gespeichert (JSON Lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>No chain of the rows shown is kept: select a row to fetch its chain, or show the rows with a problem.</source>
        <translation>Von den gezeigten Zeilen ist keine Kette aufbewahrt: Wählen Sie eine Zeile, um ihre Kette abzurufen, oder zeigen Sie die Zeilen mit einem Problem.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chains to %1, credentials included.</source>
        <translation>
            <numerusform>%n Kette in %1 gespeichert, mit Zugangsdaten.</numerusform>
            <numerusform>%n Ketten in %1 gespeichert, mit Zugangsdaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chains to %1 (credentials masked).</source>
        <translation>
            <numerusform>%n Kette in %1 gespeichert (Zugangsdaten maskiert).</numerusform>
            <numerusform>%n Ketten in %1 gespeichert (Zugangsdaten maskiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows shown were left out: the page keeps only the chains of rows with a problem and of the last rows.</source>
        <translation>
            <numerusform>%n gezeigte Zeile wurde weggelassen: Die Seite bewahrt nur die Ketten der Zeilen mit einem Problem und der letzten Zeilen auf.</numerusform>
            <numerusform>%n gezeigte Zeilen wurden weggelassen: Die Seite bewahrt nur die Ketten der Zeilen mit einem Problem und der letzten Zeilen auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 — the chain as the run followed it.</source>
        <translation>%1 — die Kette, wie der Lauf ihr folgte.</translation>
    </message>
    <message>
        <source>%1 — not run: %2</source>
        <translation>%1 — nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1 — not run.</source>
        <translation>%1 — nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 — fetching the chain again (the page keeps only the chains of rows with a problem and of the last rows).</source>
        <translation>%1 — die Kette wird erneut abgerufen (die Seite bewahrt nur die Ketten der Zeilen mit einem Problem und der letzten Zeilen auf).</translation>
    </message>
    <message>
        <source>%1 — the chain fetched again just now; the table shows the run’s result.</source>
        <translation>%1 — die Kette wurde gerade erneut abgerufen; die Tabelle zeigt das Ergebnis des Laufs.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (Warnung)</translation>
    </message>
    <message>
        <source>Guess from the content</source>
        <translation>Aus dem Inhalt erraten</translation>
    </message>
    <message>
        <source>URL list</source>
        <translation>URL-Liste</translation>
    </message>
    <message>
        <source>Redirect map (CSV or TSV)</source>
        <translation>Weiterleitungstabelle (CSV oder TSV)</translation>
    </message>
    <message>
        <source>Sitemap</source>
        <translation>Sitemap</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
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
        <translation>Keine Antwort</translation>
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
        <translation>&amp;HAR (Zugangsdaten maskiert)…</translation>
    </message>
    <message>
        <source>HAR with c&amp;redentials…</source>
        <translation>HAR mit &amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>Nothing was sent: the audit was cancelled while its password was asked for.</source>
        <translation>Nichts wurde gesendet: Das Audit wurde abgebrochen, während sein Passwort erfragt wurde.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Waiting for a password…</source>
        <translation>Warten auf ein Passwort…</translation>
    </message>
    <message>
        <source>With a problem</source>
        <translation>Mit einem Problem</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>Fort&amp;setzen</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <source>Select a row to see its chain hop by hop.</source>
        <translation>Wählen Sie eine Zeile, um ihre Kette Hop für Hop zu sehen.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AuditRowModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>End-URL</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Alle Herkünfte</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 von %n Code</numerusform>
            <numerusform>%1 von %n Codes</numerusform>
        </translation>
    </message>
    <message>
        <source>No status code matches the chosen class and origin.</source>
        <translation>Kein Statuscode passt zur gewählten Klasse und Herkunft.</translation>
    </message>
    <message>
        <source>No status code of the chosen class and origin matches “%1”.</source>
        <translation>Kein Statuscode der gewählten Klasse und Herkunft passt zu „%1“.</translation>
    </message>
    <message>
        <source>No status code matches “%1”.</source>
        <translation>Kein Statuscode passt zu „%1“.</translation>
    </message>
    <message>
        <source>Try a number such as 404, a class such as 5xx, or fewer words.</source>
        <translation>Versuchen Sie eine Zahl wie 404, eine Klasse wie 5xx oder weniger Wörter.</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Suchen (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the entry shown before (%1)</source>
        <translation>Zurück zum zuvor gezeigten Eintrag (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Forward to the entry shown after (%1)</source>
        <translation>Vorwärts zum danach gezeigten Eintrag (%1)</translation>
    </message>
    <message>
        <source>In the catalogue, back to the entry shown before (also the mouse&apos;s back button)</source>
        <translation>Im Katalog zurück zum zuvor gezeigten Eintrag (auch die Zurück-Taste der Maus)</translation>
    </message>
    <message>
        <source>In the catalogue, forward to the entry shown after (also the mouse&apos;s forward button)</source>
        <translation>Im Katalog vorwärts zum danach gezeigten Eintrag (auch die Vorwärts-Taste der Maus)</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CertificateFiles</name>
    <message>
        <source>“%1” is not a file that exists.</source>
        <translation>„%1“ ist keine vorhandene Datei.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a certificate or a key.</source>
        <translation>„%1“ ist zu groß für ein Zertifikat oder einen Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is a PKCS#12 file that needs its password: type it under Password.</source>
        <translation>„%1“ ist eine PKCS#12-Datei, die ihr Passwort braucht: geben Sie es unter Passwort ein.</translation>
    </message>
    <message>
        <source>The password does not open the PKCS#12 file “%1” (or it is not a certificate file).</source>
        <translation>Das Passwort öffnet die PKCS#12-Datei „%1“ nicht (oder sie ist keine Zertifikatsdatei).</translation>
    </message>
    <message>
        <source>“%1” holds no certificate: choose a PEM or DER file with the authority’s certificate (often .pem, .crt or .cer).</source>
        <translation>„%1“ enthält kein Zertifikat: wählen Sie eine PEM- oder DER-Datei mit dem Zertifikat der Zertifizierungsstelle (oft .pem, .crt oder .cer).</translation>
    </message>
    <message>
        <source>“%1” holds no certificate.</source>
        <translation>„%1“ enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>“%1” holds no private key: choose the key file as well.</source>
        <translation>„%1“ enthält keinen privaten Schlüssel: wählen Sie auch die Schlüsseldatei.</translation>
    </message>
    <message>
        <source>“%1” holds no private key.</source>
        <translation>„%1“ enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key is encrypted: type its password.</source>
        <translation>Der private Schlüssel ist verschlüsselt: geben Sie sein Passwort ein.</translation>
    </message>
    <message>
        <source>The password does not open the private key.</source>
        <translation>Das Passwort öffnet den privaten Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The private key cannot be read (RSA, EC and DSA keys in PEM or DER are understood).</source>
        <translation>Der private Schlüssel kann nicht gelesen werden (verstanden werden RSA-, EC- und DSA-Schlüssel in PEM oder DER).</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>The private key is an %1 key, which Qt 6.4 cannot use for a client certificate; an RSA or EC (P-256, P-384) one works.</source>
        <translation>Der private Schlüssel ist ein %1-Schlüssel, den Qt 6.4 für ein Client-Zertifikat nicht verwenden kann; ein RSA- oder EC-Schlüssel (P-256, P-384) funktioniert.</translation>
    </message>
    <message>
        <source>The private key is an OpenSSH key (as in ~/.ssh), not the key of a TLS certificate: choose the key the certificate was issued for.</source>
        <translation>Der private Schlüssel ist ein OpenSSH-Schlüssel (wie in ~/.ssh), nicht der Schlüssel eines TLS-Zertifikats: Wählen Sie den Schlüssel, für den das Zertifikat ausgestellt wurde.</translation>
    </message>
    <message>
        <source>“%1” is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read: make a PEM file of it with “%2” and add that.</source>
        <translation>„%1“ ist ein PKCS#7-Bündel (.p7b), das Qt 6.4 nicht lesen kann: Machen Sie mit „%2“ eine PEM-Datei daraus und fügen Sie diese hinzu.</translation>
    </message>
    <message>
        <source>“%1” is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not authorities to trust: add it below as a client certificate, or take its authorities out with “%2” and add that.</source>
        <translation>„%1“ ist PKCS#12 (.p12, .pfx) und enthält ein Zertifikat mit seinem Schlüssel, keine Zertifizierungsstellen zum Vertrauen: Fügen Sie es unten als Client-Zertifikat hinzu, oder holen Sie seine Zertifizierungsstellen mit „%2“ heraus und fügen Sie diese hinzu.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ChainDelegate</name>
    <message>
        <source>proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>feste Adresse</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ChainView</name>
    <message>
        <source>Save the response body</source>
        <translation>Den Antwort-Body speichern</translation>
    </message>
    <message>
        <source>Type a URL and press Enter to send it.</source>
        <translation>Geben Sie eine URL ein und drücken Sie die Eingabetaste, um sie zu senden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Hop %1: waiting for %2…</source>
        <translation>Schritt %1: wartet auf %2…</translation>
    </message>
    <message>
        <source>Hop %1: %2 received…</source>
        <translation>Schritt %1: %2 empfangen…</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) · %1 ms · final %2 · %3</source>
        <translation>
            <numerusform>%n Schritt · %1 ms · zuletzt %2 · %3</numerusform>
            <numerusform>%n Schritte · %1 ms · zuletzt %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue over http</source>
        <translation>Über http fortfahren</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Body.</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Konnte nicht in %1 speichern: %2</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>zeigt die ersten %1</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>Accept this certificate</source>
        <translation>Dieses Zertifikat akzeptieren</translation>
    </message>
    <message>
        <source>Accept the certificate of %1 until StatusScope closes; other hosts and ports are still checked.</source>
        <translation>Das Zertifikat von %1 akzeptieren, bis StatusScope beendet wird; andere Hosts und Ports werden weiterhin geprüft.</translation>
    </message>
    <message>
        <source>Certificate checks are off for %1 until StatusScope closes; other hosts and ports are still checked.</source>
        <translation>Die Zertifikatsprüfung ist für %1 ausgeschaltet, bis StatusScope beendet wird; andere Hosts und Ports werden weiterhin geprüft.</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>Chain summary</source>
        <translation>Zusammenfassung der Kette</translation>
    </message>
    <message>
        <source>Chain summary: %1</source>
        <translation>Zusammenfassung der Kette: %1</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ComparisonDialog</name>
    <message>
        <source>Compare Codes</source>
        <translation>Codes vergleichen</translation>
    </message>
    <message>
        <source>Choose a classic confusion…</source>
        <translation>Eine klassische Verwechslung wählen…</translation>
    </message>
    <message>
        <source>Ready-made comparisons</source>
        <translation>Fertige Vergleiche</translation>
    </message>
    <message>
        <source>Sets of codes that are often confused, such as 401 and 403.</source>
        <translation>Gruppen von Codes, die oft verwechselt werden, etwa 401 und 403.</translation>
    </message>
    <message>
        <source>2 to 5 codes, such as 404 410</source>
        <translation>2 bis 5 Codes, etwa 404 410</translation>
    </message>
    <message>
        <source>Codes to compare</source>
        <translation>Zu vergleichende Codes</translation>
    </message>
    <message>
        <source>Type 2 to 5 status codes separated by spaces, then press Enter.</source>
        <translation>Geben Sie 2 bis 5 Statuscodes durch Leerzeichen getrennt ein und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>One column per code, one row per property; rows where the codes differ are marked with ≠.</source>
        <translation>Eine Spalte pro Code, eine Zeile pro Eigenschaft; Zeilen, in denen sich die Codes unterscheiden, sind mit ≠ markiert.</translation>
    </message>
    <message>
        <source>&amp;Ready-made:</source>
        <translation>&amp;Fertig:</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Codes:</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CurlPasteDialog</name>
    <message>
        <source>Several curl requests</source>
        <translation>Mehrere curl-Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>The pasted text holds %n curl requests. Open the checked one in the console (the other checked ones are saved), or save them all.</source>
        <translation>
            <numerusform>Der eingefügte Text enthält %n curl-Anfrage. Öffnen Sie die markierte in der Konsole (die anderen markierten werden gespeichert) oder speichern Sie alle.</numerusform>
            <numerusform>Der eingefügte Text enthält %n curl-Anfragen. Öffnen Sie die markierte in der Konsole (die anderen markierten werden gespeichert) oder speichern Sie alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted requests</source>
        <translation>Eingefügte Anfragen</translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation>Nicht angewendet:
%1</translation>
    </message>
    <message>
        <source>Request %1: every option applies.</source>
        <translation>Anfrage %1: Jede Option wird angewendet.</translation>
    </message>
    <message>
        <source>Request %1, not applied: %2</source>
        <translation>Anfrage %1, nicht angewendet: %2</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>In &amp;Ordner speichern:</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>Ausgewählte ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>curl paste %1</source>
        <translation>curl-Import %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n pasted requests in “%1”.</source>
        <translation>
            <numerusform>%n eingefügte Anfrage in „%1“ gespeichert.</numerusform>
            <numerusform>%n eingefügte Anfragen in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened request %1 of the paste.</source>
        <translation>Anfrage %1 des eingefügten Texts geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Opened request %1 of the paste; saved %n more in “%2”.</source>
        <translation>
            <numerusform>Anfrage %1 des eingefügten Texts geöffnet; %n weitere in „%2“ gespeichert.</numerusform>
            <numerusform>Anfrage %1 des eingefügten Texts geöffnet; %n weitere in „%2“ gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HarOpener</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HistoryPanel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Anfrageverlauf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Chains in the HAR file</source>
        <translation>Ketten in der HAR-Datei</translation>
    </message>
    <message>
        <source>Search URL, method, status (404, 5xx) or date</source>
        <translation>URL, Methode, Status (404, 5xx) oder Datum suchen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>StatusScope</source>
        <translation>StatusScope</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>E&amp;rneut senden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Alle l&amp;öschen…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>Der Verlauf ist aus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hop(s) · %2 ms</source>
        <translation>
            <numerusform>%1 · %n Schritt · %2 ms</numerusform>
            <numerusform>%1 · %n Schritte · %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n chain(s) from the history? Saved requests stay.</source>
        <translation>
            <numerusform>Die einzige Kette aus dem Verlauf löschen? Gespeicherte Anfragen bleiben.</numerusform>
            <numerusform>Alle %n Ketten aus dem Verlauf löschen? Gespeicherte Anfragen bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename saved request</source>
        <translation>Gespeicherte Anfrage umbenennen</translation>
    </message>
    <message>
        <source>Delete the saved request “%1”?</source>
        <translation>Die gespeicherte Anfrage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Credentials &amp;in history:</source>
        <translation>Zugangsdaten &amp;im Verlauf:</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Maskiert</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>How Authorization, Proxy-Authorization, Cookie and Set-Cookie values are kept in new history entries and saved requests.</source>
        <translation>Wie die Werte von Authorization, Proxy-Authorization, Cookie und Set-Cookie in neuen Verlaufseinträgen und gespeicherten Anfragen aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Credentials in history</source>
        <translation>Zugangsdaten im Verlauf</translation>
    </message>
    <message>
        <source>The chains sent from the console, newest first. Enter re-runs the selected request.</source>
        <translation>Die von der Konsole gesendeten Ketten, neueste zuerst. Enter sendet die gewählte Anfrage erneut.</translation>
    </message>
    <message>
        <source>The requests you saved, by folder. Enter opens the selected one in the console.</source>
        <translation>Die gespeicherten Anfragen, nach Ordnern. Enter öffnet die gewählte in der Konsole.</translation>
    </message>
    <message>
        <source>The chains read from the opened HAR file. The selected one is shown in the console.</source>
        <translation>Die aus der geöffneten HAR-Datei gelesenen Ketten. Die gewählte wird in der Konsole gezeigt.</translation>
    </message>
    <message>
        <source>No chain matches “%1”.</source>
        <translation>Keine Kette passt zu „%1“.</translation>
    </message>
    <message>
        <source>No requests yet. Every chain you send from the console is kept here; Enter on one sends it again.</source>
        <translation>Noch keine Anfragen. Jede Kette, die Sie aus der Konsole senden, wird hier aufbewahrt; Enter auf einer sendet sie erneut.</translation>
    </message>
    <message>
        <source>Nothing saved yet. File → Save Request (Ctrl+S) keeps the request in the console here, under a name.</source>
        <translation>Noch nichts gespeichert. Datei → Anfrage speichern (Strg+S) legt die Anfrage der Konsole hier unter einem Namen ab.</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>Open the history file again</source>
        <translation>Die Verlaufsdatei erneut öffnen</translation>
    </message>
    <message>
        <source>Search URL, status or date</source>
        <translation>URL, Status oder Datum suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Export Folder as .http…</source>
        <translation>Ordner als .http exportieren…</translation>
    </message>
    <message>
        <source>Search URL, method or status (404, 5xx)</source>
        <translation>URL, Methode oder Status suchen (404, 5xx)</translation>
    </message>
    <message>
        <source>Search URL or status</source>
        <translation>URL oder Status suchen</translation>
    </message>
    <message>
        <source>Search the HAR file&apos;s chains</source>
        <translation>Die Ketten der HAR-Datei durchsuchen</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HttpFileActions</name>
    <message>
        <source>Open .http File</source>
        <translation>.http-Datei öffnen</translation>
    </message>
    <message>
        <source>.http files (*.http *.rest);;All files (*)</source>
        <translation>.http-Dateien (*.http *.rest);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Saved Folder as .http</source>
        <translation>Gespeicherten Ordner als .http exportieren</translation>
    </message>
    <message>
        <source>Saved folder:</source>
        <translation>Gespeicherter Ordner:</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>The file&apos;s folder defines environments. Read variables from:</source>
        <translation>Der Ordner der Datei definiert Umgebungen. Variablen lesen aus:</translation>
    </message>
    <message>
        <source>.http files (*.http);;All files (*)</source>
        <translation>.http-Dateien (*.http);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open .&amp;http File…</source>
        <translation>.&amp;http-Datei öffnen…</translation>
    </message>
    <message>
        <source>Save the requests of a VS Code REST Client or JetBrains HTTP Client file in a saved folder of their own.</source>
        <translation>Die Anfragen einer Datei von VS Code REST Client oder JetBrains HTTP Client in einem eigenen gespeicherten Ordner speichern.</translation>
    </message>
    <message>
        <source>Export Sa&amp;ved Folder as .http…</source>
        <translation>Gespeicherten &amp;Ordner als .http exportieren…</translation>
    </message>
    <message>
        <source>Write the requests of a saved folder as a .http file.</source>
        <translation>Die Anfragen eines gespeicherten Ordners als .http-Datei schreiben.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>There is no saved folder yet. File → Open .http File… makes one from a file; saved requests are put in folders when they are saved.</source>
        <translation>Es gibt noch keinen gespeicherten Ordner. Datei → .http-Datei öffnen… legt einen aus einer Datei an; gespeicherte Anfragen kommen beim Speichern in Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 saved in the folder “%2”.</source>
        <translation>
            <numerusform>%n Anfrage aus %1 im Ordner „%2“ gespeichert.</numerusform>
            <numerusform>%n Anfragen aus %1 im Ordner „%2“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 saved in the folder “%2”, with the variables of environment “%3”.</source>
        <translation>
            <numerusform>%n Anfrage aus %1 im Ordner „%2“ gespeichert, mit den Variablen der Umgebung „%3“.</numerusform>
            <numerusform>%n Anfragen aus %1 im Ordner „%2“ gespeichert, mit den Variablen der Umgebung „%3“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved (%n):</source>
        <translation>
            <numerusform>Nicht gespeichert (%n):</numerusform>
            <numerusform>Nicht gespeichert (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Nicht angewendet:</translation>
    </message>
    <message>
        <source>Credentials were saved masked (••••), as “Credentials in history” in the History panel asks: type them again before sending.</source>
        <translation>Zugangsdaten wurden maskiert (••••) gespeichert, wie es „Zugangsdaten im Verlauf“ im Verlaufsbereich verlangt: Geben Sie sie vor dem Senden erneut ein.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::MainWindow</name>
    <message>
        <source>About StatusScope</source>
        <translation>Über StatusScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusScope %1&lt;/h3&gt;&lt;p&gt;An offline catalogue of HTTP status codes: the registered ones, the historic ones and those of vendors, each explained.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StatusScope %1&lt;/h3&gt;&lt;p&gt;Ein Offline-Katalog der HTTP-Statuscodes: die registrierten, die historischen und die der Hersteller, jeder erklärt.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the catalogue. Type a code or a word to search.</source>
        <translation>
            <numerusform>%n Eintrag im Katalog. Geben Sie einen Code oder ein Wort ein, um zu suchen.</numerusform>
            <numerusform>%n Einträge im Katalog. Geben Sie einen Code oder ein Wort ein, um zu suchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Open a HAR file</source>
        <translation>Eine HAR-Datei öffnen</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json)</source>
        <translation>HAR-Dateien (*.har *.json)</translation>
    </message>
    <message>
        <source>Export the chain as HAR</source>
        <translation>Die Kette als HAR exportieren</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Name (use Folder/Name to put it in a folder):</source>
        <translation>Name (Ordner/Name legt sie in einen Ordner):</translation>
    </message>
    <message>
        <source>Import a curl command</source>
        <translation>Einen curl-Befehl importieren</translation>
    </message>
    <message>
        <source>Paste the command (as copied from a browser or a terminal):</source>
        <translation>Fügen Sie den Befehl ein (wie aus einem Browser oder Terminal kopiert):</translation>
    </message>
    <message>
        <source>Export with credentials</source>
        <translation>Mit Zugangsdaten exportieren</translation>
    </message>
    <message>
        <source>The file will hold Authorization headers and cookies in clear text. Anyone who gets the file can use them. Export anyway?</source>
        <translation>Die Datei wird Authorization-Header und Cookies im Klartext enthalten. Wer die Datei bekommt, kann sie benutzen. Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 steht nicht im Katalog.</translation>
    </message>
    <message>
        <source>“%1” is not a status code.</source>
        <translation>„%1“ ist kein Statuscode.</translation>
    </message>
    <message>
        <source>Go to code</source>
        <translation>Gehe zu Code</translation>
    </message>
    <message>
        <source>Status code:</source>
        <translation>Statuscode:</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Die Anfrage senden</translation>
    </message>
    <message>
        <source>Cancel the running request; in the catalogue search, clear it</source>
        <translation>Die laufende Anfrage abbrechen; in der Katalogsuche diese leeren</translation>
    </message>
    <message>
        <source>In the URL field: paste a URL or a whole curl command</source>
        <translation>Im URL-Feld: eine URL oder einen ganzen curl-Befehl einfügen</translation>
    </message>
    <message>
        <source>Move through the catalogue results from the search field, then into the list</source>
        <translation>Vom Suchfeld aus durch die Katalogergebnisse gehen, dann in die Liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Ctrl+L edits the URL, Ctrl+Enter sends, Esc cancels; F1 lists every shortcut.</source>
        <translation>Strg+L bearbeitet die URL, Strg+Eingabe sendet, Esc bricht ab; F1 listet alle Tastenkürzel.</translation>
    </message>
    <message>
        <source>Playground: %1</source>
        <translation>Spielplatz: %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter starts the audit, Esc cancels it; F1 lists every shortcut.</source>
        <translation>Strg+Eingabe startet das Audit, Esc bricht es ab; F1 listet alle Tastenkürzel.</translation>
    </message>
    <message>
        <source>On the Audit page: start the audit</source>
        <translation>Auf der Audit-Seite: das Audit starten</translation>
    </message>
    <message>
        <source>On the Audit page: cancel the run (the rows that finished stay)</source>
        <translation>Auf der Audit-Seite: den Lauf abbrechen (die fertigen Zeilen bleiben)</translation>
    </message>
    <message>
        <source>Quit StatusScope</source>
        <translation>StatusScope beenden</translation>
    </message>
    <message>
        <source>An audit is still running.</source>
        <translation>Ein Audit läuft noch.</translation>
    </message>
    <message>
        <source>Quitting stops it, and its rows are lost unless you export them first.</source>
        <translation>Beenden hält es an, und seine Zeilen gehen verloren, wenn Sie sie nicht vorher exportieren.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>The audit’s rows have not been exported.</source>
        <translation>Die Zeilen des Audits wurden nicht exportiert.</translation>
    </message>
    <message>
        <source>Quitting discards them. Cancel, then Export on the Audit page, to keep them.</source>
        <translation>Beenden verwirft sie. Um sie zu behalten: Abbrechen, dann auf der Audit-Seite exportieren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1 is not a status code but a Warning header code: “%2”.</source>
        <translation>%1 ist kein Statuscode, sondern ein Code des Warning-Headers: „%2“.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::NetworkOptionsEditor</name>
    <message>
        <source>Type the proxy&apos;s address (http://host:port or socks5h://host:port), or choose “Use Preferences”.</source>
        <translation>Geben Sie die Adresse des Proxys ein (http://host:port oder socks5h://host:port) oder wählen Sie „Einstellungen verwenden“.</translation>
    </message>
    <message>
        <source>Bearer authentication needs a token: type it beside the choice.</source>
        <translation>Bearer-Authentifizierung braucht ein Token: geben Sie es neben der Auswahl ein.</translation>
    </message>
    <message>
        <source>%1 authentication needs a user name: type it beside the choice.</source>
        <translation>%1-Authentifizierung braucht einen Benutzernamen: geben Sie ihn neben der Auswahl ein.</translation>
    </message>
    <message>
        <source>Use Preferences</source>
        <translation>Einstellungen verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>Nur HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2, offered on https</source>
        <translation>HTTP/2, bei https angeboten</translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation>HTTP/2 ab dem ersten Byte (prior knowledge)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
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
        <translation>Basic oder Digest, wie der Server verlangt</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Also applied, from an imported command: %1</source>
        <translation>Außerdem angewendet, aus einem importierten Befehl: %1</translation>
    </message>
    <message>
        <source>Type the token again: it was not stored.</source>
        <translation>Geben Sie das Token erneut ein: Es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Type the password again: it was not stored.</source>
        <translation>Geben Sie das Passwort erneut ein: Es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s password again: it was not stored.</source>
        <translation>Geben Sie das Passwort des Proxys erneut ein: Es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <comment>a cookie: name (domain and path)</comment>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>the cookie file&apos;s cookies for other hosts or paths, sent when the chain reaches them: %1</source>
        <translation>die Cookies der Cookie-Datei für andere Hosts oder Pfade, gesendet, wenn die Kette sie erreicht: %1</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::PinTableModel</name>
    <message>
        <source>--resolve: the IP addresses to connect to, separated by commas; --connect-to: the host to connect to (empty: the request&apos;s own)</source>
        <translation>--resolve: die IP-Adressen, mit denen verbunden wird, durch Kommas getrennt; --connect-to: der Host, mit dem verbunden wird (leer: der eigene der Anfrage)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>Zielport</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::PreferencesDialog</name>
    <message>
        <source>Type the proxy’s host name or address, or choose another proxy setting.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein, oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or address: type the host alone, without http:// or a path (the type is chosen above).</source>
        <translation>„%1“ ist weder ein Hostname noch eine Adresse: geben Sie nur den Host ein, ohne http:// und ohne Pfad (der Typ wird oben gewählt).</translation>
    </message>
    <message>
        <source>Type the proxy’s port, a number from 1 to 65535 (often 3128 or 8080 for an HTTP proxy, 1080 for SOCKS5).</source>
        <translation>Geben Sie den Port des Proxys ein, eine Zahl von 1 bis 65535 (oft 3128 oder 8080 für einen HTTP-Proxy, 1080 für SOCKS5).</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535; “%1” is not.</source>
        <translation>Der Proxy-Port muss eine Zahl von 1 bis 65535 sein; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>A proxy password needs the user name it goes with.</source>
        <translation>Ein Proxy-Passwort braucht den Benutzernamen, zu dem es gehört.</translation>
    </message>
    <message>
        <source>A certificate is already given for “%1”: remove it first to replace it.</source>
        <translation>Für „%1“ ist bereits ein Zertifikat angegeben: entfernen Sie es zuerst, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Choose the certificate file for these hosts.</source>
        <translation>Wählen Sie die Zertifikatsdatei für diese Hosts.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und ein weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Add certificate authorities</source>
        <translation>Zertifizierungsstellen hinzufügen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Den privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Das Client-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>If not in the certificate file</source>
        <translation>Falls nicht in der Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>This program&apos;s environment names authorities trusted beside the system&apos;s, as curl reads it.</source>
        <translation>Die Umgebung dieses Programms nennt Zertifizierungsstellen, denen neben denen des Systems vertraut wird, wie curl sie liest.</translation>
    </message>
    <message>
        <source>This program&apos;s environment names the authorities to trust instead of the system&apos;s, as curl reads it. The files above are trusted as well.</source>
        <translation>Die Umgebung dieses Programms nennt die Zertifizierungsstellen, denen statt denen des Systems vertraut wird, wie curl sie liest. Den Dateien oben wird zusätzlich vertraut.</translation>
    </message>
    <message>
        <source>%1 (environment, beside the system&apos;s)</source>
        <translation>%1 (Umgebung, neben denen des Systems)</translation>
    </message>
    <message>
        <source>%1 (environment, instead of the system&apos;s)</source>
        <translation>%1 (Umgebung, statt denen des Systems)</translation>
    </message>
    <message>
        <source>With the system&apos;s settings, these variables of this program&apos;s environment come first, as curl reads them: %1.</source>
        <translation>Mit den Einstellungen des Systems kommen diese Variablen aus der Umgebung dieses Programms zuerst, wie curl sie liest: %1.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::QuizDialog</name>
    <message>
        <source>Only codes I &amp;met in the console</source>
        <translation>Nur Codes, die mir in der Konsole &amp;begegnet sind</translation>
    </message>
    <message>
        <source>&amp;Open in catalogue</source>
        <translation>Im Katalog ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Alle Herkünfte</translation>
    </message>
    <message>
        <source>Quiz class</source>
        <translation>Quiz-Klasse</translation>
    </message>
    <message>
        <source>Ask only about codes of this class.</source>
        <translation>Nur nach Codes dieser Klasse fragen.</translation>
    </message>
    <message>
        <source>Quiz origin</source>
        <translation>Quiz-Herkunft</translation>
    </message>
    <message>
        <source>Ask only about codes of this origin.</source>
        <translation>Nur nach Codes dieser Herkunft fragen.</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>&amp;Neue Runde</translation>
    </message>
    <message>
        <source>No code matches these filters. Choose others and start a new round.</source>
        <translation>Kein Code passt zu diesen Filtern. Wählen Sie andere und starten Sie eine neue Runde.</translation>
    </message>
    <message>
        <source>Choose a class or origin if you like, then start a new round.</source>
        <translation>Wählen Sie nach Belieben eine Klasse oder Herkunft und starten Sie dann eine neue Runde.</translation>
    </message>
    <message>
        <source>Round over: %1 of %2 right.</source>
        <translation>Runde vorbei: %1 von %2 richtig.</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation>Frage %1 von %2 · bisher %3 richtig</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Pick an answer first (keys 1 to 4).</source>
        <translation>Wählen Sie zuerst eine Antwort (Tasten 1 bis 4).</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>Nicht ganz: Die Antwort ist %1.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Been&amp;den</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Only codes I got &amp;wrong before</source>
        <translation>Nur Codes, die ich falsch beantwortet &amp;habe</translation>
    </message>
    <message>
        <source>Ask only about the status codes the request console has received.</source>
        <translation>Nur nach Statuscodes fragen, die die Anfragekonsole empfangen hat.</translation>
    </message>
    <message>
        <source>Ask only about codes you answered wrong in earlier rounds, the weakest first.</source>
        <translation>Nur nach Codes fragen, die Sie in früheren Runden falsch beantwortet haben, die schwächsten zuerst.</translation>
    </message>
    <message>
        <source>Your answers are counted per code and kept for the next time.</source>
        <translation>Ihre Antworten werden pro Code gezählt und für das nächste Mal aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>So far: %1 of %2 answers right, over %n code(s).</source>
        <translation>
            <numerusform>Bisher: %1 von %2 Antworten richtig, über %n Code.</numerusform>
            <numerusform>Bisher: %1 von %2 Antworten richtig, über %n Codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth another look: %1.</source>
        <translation>Einen zweiten Blick wert: %1.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::RequestComposer</name>
    <message>
        <source>Send a file as the body</source>
        <translation>Eine Datei als Body senden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>A body on %1 is unusual; many servers ignore or refuse it.</source>
        <translation>Ein Body bei %1 ist ungewöhnlich; viele Server ignorieren oder verweigern ihn.</translation>
    </message>
    <message>
        <source>Sending %1 (%2).</source>
        <translation>Sendet %1 (%2).</translation>
    </message>
    <message>
        <source>Imported from curl; not applied: %1</source>
        <translation>Aus curl importiert; nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Follow redirects is now off, as in curl without -L.</source>
        <translation>„Weiterleitungen folgen“ ist jetzt aus, wie bei curl ohne -L.</translation>
    </message>
    <message numerus="yes">
        <source>%n more requests were pasted: only the first was opened</source>
        <translation>
            <numerusform>%n weitere Anfrage wurde eingefügt: Nur die erste wurde geöffnet</numerusform>
            <numerusform>%n weitere Anfragen wurden eingefügt: Nur die erste wurde geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from curl with %n notes.</source>
        <translation>
            <numerusform>Aus curl importiert, mit %n Hinweis.</numerusform>
            <numerusform>Aus curl importiert, mit %n Hinweisen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes on the curl Import</source>
        <translation>Hinweise zum curl-Import</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::SecretDialog</name>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>The proxy %1 (Edit → Preferences) needs the password of user “%2” for this request. No keychain gave it.</source>
        <translation>Der Proxy %1 (Bearbeiten → Einstellungen) braucht für diese Anfrage das Passwort des Benutzers „%2“. Kein Schlüsselbund hat es geliefert.</translation>
    </message>
    <message>
        <source>Client certificate password</source>
        <translation>Passwort des Client-Zertifikats</translation>
    </message>
    <message>
        <source>The client certificate “%1” (Edit → Preferences, for %2) is locked by a password. No keychain gave it.</source>
        <translation>Das Client-Zertifikat „%1“ (Bearbeiten → Einstellungen, für %2) ist durch ein Passwort geschützt. Kein Schlüsselbund hat es geliefert.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember for this session</source>
        <translation>Für diese Sitzung &amp;merken</translation>
    </message>
    <message>
        <source>The client certificate “%1” this request names is locked by a password. Passwords are not kept with the history or saved requests.</source>
        <translation>Das Client-Zertifikat „%1“, das diese Anfrage nennt, ist durch ein Passwort geschützt. Passwörter werden nicht mit dem Verlauf oder gespeicherten Anfragen aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::SecretPrompter</name>
    <message>
        <source>Nothing was sent: the password for the proxy %1 was not given.</source>
        <translation>Nichts wurde gesendet: Das Passwort für den Proxy %1 wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>Nothing was sent: the password of the client certificate “%1” was not given.</source>
        <translation>Nichts wurde gesendet: Das Passwort des Client-Zertifikats „%1“ wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>Waiting for the keychain for the proxy password and the client certificate&apos;s password…</source>
        <translation>Warten auf den Schlüsselbund für das Proxy-Passwort und das Passwort des Client-Zertifikats…</translation>
    </message>
    <message>
        <source>Waiting for the keychain for the client certificate&apos;s password…</source>
        <translation>Warten auf den Schlüsselbund für das Passwort des Client-Zertifikats…</translation>
    </message>
    <message>
        <source>Waiting for the keychain for the proxy password…</source>
        <translation>Warten auf den Schlüsselbund für das Proxy-Passwort…</translation>
    </message>
</context>
<context>
    <name>TlsFailure</name>
    <message>
        <source>The server&apos;s certificate was signed by an authority (%1) that is not among those given with --cacert or --capath. They replace this computer&apos;s authorities: pass this one too.</source>
        <translation>Das Zertifikat des Servers wurde von einer Zertifizierungsstelle (%1) signiert, die nicht unter den mit --cacert oder --capath angegebenen ist. Diese ersetzen die Zertifizierungsstellen dieses Rechners: geben Sie die fehlende ebenfalls an.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was signed by an authority this computer does not trust (%1). If it is your organisation&apos;s CA, pass it with --cacert FILE (or add it in Preferences → Certificates).</source>
        <translation>Das Zertifikat des Servers wurde von einer Zertifizierungsstelle signiert, der dieser Rechner nicht vertraut (%1). Ist es die CA Ihrer Organisation, geben Sie sie mit --cacert FILE an (oder fügen Sie sie unter Einstellungen → Zertifikate hinzu).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid for %1, not for %2. Check the host name in the URL: the certificate must name it, also when --resolve or --connect-to sends the request to another address.</source>
        <translation>Das Zertifikat des Servers gilt für %1, nicht für %2. Prüfen Sie den Hostnamen in der URL: das Zertifikat muss ihn nennen, auch wenn --resolve oder --connect-to die Anfrage an eine andere Adresse sendet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: no authority vouches for it. If it is the certificate you expect, pass it with --cacert FILE (or add it in Preferences → Certificates), or accept it for this host with -k.</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert: keine Zertifizierungsstelle bürgt dafür. Ist es das Zertifikat, das Sie erwarten, geben Sie es mit --cacert FILE an (oder fügen Sie es unter Einstellungen → Zertifikate hinzu), oder akzeptieren Sie es mit -k für diesen Host.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete: the server did not send the intermediate certificate (%1) that links its certificate to an authority. The server must be set up to send it; meanwhile, pass the intermediate with its authority in the file given to --cacert, or look anyway with -k.</source>
        <translation>Die Zertifikatskette des Servers ist unvollständig: der Server hat das Zwischenzertifikat (%1) nicht gesendet, das sein Zertifikat mit einer Zertifizierungsstelle verbindet. Der Server muss so eingerichtet werden, dass er es sendet; bis dahin geben Sie das Zwischenzertifikat zusammen mit seiner Zertifizierungsstelle in der Datei für --cacert an, oder sehen Sie es sich mit -k trotzdem an.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by %1, which is not among the authorities given with --cacert or --capath (they replace this computer&apos;s), and the server did not send its certificate. If %1 is an intermediate, the server&apos;s chain is incomplete: the server must send the intermediate with its certificate (meanwhile, add it to the --cacert file beside its authority); if it is your CA itself, pass it with --cacert.</source>
        <translation>Das Zertifikat des Servers wurde von %1 ausgestellt. Diese Stelle ist nicht unter den mit --cacert oder --capath angegebenen Zertifizierungsstellen (sie ersetzen die dieses Rechners), und der Server hat ihr Zertifikat nicht mitgesendet. Ist %1 ein Zwischenzertifikat, ist die Kette des Servers unvollständig: der Server muss das Zwischenzertifikat mit seinem Zertifikat senden (bis dahin fügen Sie es der Datei für --cacert neben seiner Zertifizierungsstelle hinzu); ist es Ihre CA selbst, geben Sie sie mit --cacert an.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1 (it was valid from %2). The server must renew it; if the date looks wrong, check this computer&apos;s clock.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen (es war gültig ab %2). Der Server muss es erneuern; wirkt das Datum falsch, prüfen Sie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>A certificate in the server&apos;s chain (%1) expired on %2. The server must send a current one.</source>
        <translation>Ein Zertifikat in der Kette des Servers (%1) ist am %2 abgelaufen. Der Server muss ein aktuelles senden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1 (and until %2). Check this computer&apos;s clock; if it is right, the server was given its certificate too early.</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig (und bis %2). Prüfen Sie die Uhr dieses Rechners; geht sie richtig, hat der Server sein Zertifikat zu früh bekommen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was revoked by its authority: do not trust this server.</source>
        <translation>Das Zertifikat des Servers wurde von seiner Zertifizierungsstelle widerrufen: vertrauen Sie diesem Server nicht.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1.</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and did not accept the one given.</source>
        <translation>Der Server verlangte ein Client-Zertifikat und hat das angegebene nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server refused the client certificate: it does not accept it (signed by an authority it does not trust, expired, revoked, or not matching its key). Qt said: %1.</source>
        <translation>Der Server hat das Client-Zertifikat abgelehnt: er akzeptiert es nicht (von einer Zertifizierungsstelle signiert, der er nicht vertraut, abgelaufen, widerrufen oder nicht passend zu seinem Schlüssel). Qt sagte: %1.</translation>
    </message>
    <message>
        <source>The server and Qt have no TLS version in common (Qt 6.4 with OpenSSL 3 speaks TLS 1.2 and 1.3). Qt said: %1.</source>
        <translation>Der Server und Qt haben keine gemeinsame TLS-Version (Qt 6.4 mit OpenSSL 3 spricht TLS 1.2 und 1.3). Qt sagte: %1.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: it may have refused the client certificate, or it shares no cipher with Qt. Qt said: %1.</source>
        <translation>Der Server hat den TLS-Handshake beendet: vielleicht hat er das Client-Zertifikat abgelehnt, oder er hat keine Chiffre mit Qt gemeinsam. Qt sagte: %1.</translation>
    </message>
    <message>
        <source>The server asks for a client certificate and none was given: add one for this host (Edit → Preferences → Certificates in the window; --cert FILE, with --key FILE or --cert-type P12, on the command line).</source>
        <translation>Der Server verlangt ein Client-Zertifikat und es wurde keines angegeben: Fügen Sie eines für diesen Host hinzu (im Fenster unter Bearbeiten → Einstellungen → Zertifikate; auf der Kommandozeile mit --cert FILE, dazu --key FILE oder --cert-type P12).</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: it may want a client certificate (Edit → Preferences → Certificates, or --cert FILE), or it shares no cipher with Qt. Qt said: %1.</source>
        <translation>Der Server hat den TLS-Handshake beendet: Vielleicht will er ein Client-Zertifikat (Bearbeiten → Einstellungen → Zertifikate oder --cert FILE), oder er hat keine Chiffre mit Qt gemeinsam. Qt sagte: %1.</translation>
    </message>
    <message>
        <source>The server and this request have no TLS version in common: it offered %1. Qt said: %2.</source>
        <translation>Der Server und diese Anfrage haben keine TLS-Version gemeinsam: angeboten wurde %1. Qt meldete: %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was signed by an authority (%1) that is not among those %2 names in this program&apos;s environment (%3). As in curl, they replace this computer&apos;s authorities: add this one there, or pass it with --cacert FILE.</source>
        <translation>Das Zertifikat des Servers wurde von einer Zertifizierungsstelle (%1) signiert, die nicht unter denen ist, die %2 in der Umgebung dieses Programms nennt (%3). Wie in curl ersetzen sie die Zertifizierungsstellen dieses Computers: Fügen Sie diese dort hinzu oder geben Sie sie mit --cacert DATEI an.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by %1, which is not among the authorities %2 names in this program&apos;s environment (%3; as in curl, they replace this computer&apos;s), and the server did not send its certificate. If %1 is an intermediate, the server&apos;s chain is incomplete: the server must send the intermediate with its certificate; if it is your CA itself, add it there or pass it with --cacert.</source>
        <translation>Das Zertifikat des Servers wurde von %1 ausgestellt, die nicht unter den Zertifizierungsstellen ist, die %2 in der Umgebung dieses Programms nennt (%3; wie in curl ersetzen sie die dieses Computers), und der Server hat deren Zertifikat nicht gesendet. Ist %1 eine Zwischenzertifizierungsstelle, ist die Kette des Servers unvollständig: Der Server muss das Zwischenzertifikat mit seinem Zertifikat senden; ist sie Ihre CA selbst, fügen Sie sie dort hinzu oder geben Sie sie mit --cacert an.</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>%1 “%2”: there is no such file.</source>
        <translation>%1 „%2“: diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file is too large to be a certificate or a key.</source>
        <translation>%1 „%2“: die Datei ist zu groß für ein Zertifikat oder einen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file cannot be read (%3).</source>
        <translation>%1 „%2“: die Datei kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>Preferences → Certificates</source>
        <translation>Einstellungen → Zertifikate</translation>
    </message>
    <message>
        <source>%1 “%2”: the file holds no certificate (PEM or DER).</source>
        <translation>%1 „%2“: die Datei enthält kein Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <source>%1: the file is not PKCS#12 (a .p12 or .pfx file); for PEM or DER files, give --cert-type PEM or DER.</source>
        <translation>%1: die Datei ist keine PKCS#12-Datei (.p12 oder .pfx); für PEM- oder DER-Dateien geben Sie --cert-type PEM oder DER an.</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file could not be opened without a password; give it with --pass PASSWORD or --cert FILE:PASSWORD.</source>
        <translation>%1: die PKCS#12-Datei ließ sich ohne Passwort nicht öffnen; geben Sie es mit --pass PASSWORD oder --cert FILE:PASSWORD an.</translation>
    </message>
    <message>
        <source>%1: the password does not open this PKCS#12 file (or the file uses an old cipher OpenSSL 3 no longer reads). Nothing was sent.</source>
        <translation>%1: das Passwort öffnet diese PKCS#12-Datei nicht (oder die Datei verwendet eine alte Chiffre, die OpenSSL 3 nicht mehr liest). Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1: the file holds no DER certificate.</source>
        <translation>%1: die Datei enthält kein DER-Zertifikat.</translation>
    </message>
    <message>
        <source>%1: the file holds no PEM certificate (for DER give --cert-type DER, for a .p12 file --cert-type P12).</source>
        <translation>%1: die Datei enthält kein PEM-Zertifikat (für DER geben Sie --cert-type DER an, für eine .p12-Datei --cert-type P12).</translation>
    </message>
    <message>
        <source>%1: a DER certificate holds no key; give the key with --key FILE.</source>
        <translation>%1: ein DER-Zertifikat enthält keinen Schlüssel; geben Sie den Schlüssel mit --key FILE an.</translation>
    </message>
    <message>
        <source>%1: the file holds no private key; give it with --key FILE.</source>
        <translation>%1: die Datei enthält keinen privaten Schlüssel; geben Sie ihn mit --key FILE an.</translation>
    </message>
    <message>
        <source>--key “%1”: the file holds no private key.</source>
        <translation>--key „%1“: die Datei enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The key in “%1” is protected by a passphrase; give it with --pass PHRASE. Nothing was sent.</source>
        <translation>Der Schlüssel in „%1“ ist durch eine Passphrase geschützt; geben Sie sie mit --pass PHRASE an. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key in “%1”. Nothing was sent.</source>
        <translation>Die Passphrase öffnet den Schlüssel in „%1“ nicht. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The key in “%1” cannot be read: it is not an RSA, EC or DSA private key in PEM or DER.</source>
        <translation>Der Schlüssel in „%1“ kann nicht gelesen werden: er ist kein privater RSA-, EC- oder DSA-Schlüssel in PEM oder DER.</translation>
    </message>
    <message>
        <source>--key “%1” was given without --cert: give the certificate it belongs to.</source>
        <translation>--key „%1“ wurde ohne --cert angegeben: geben Sie das Zertifikat an, zu dem er gehört.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: the client certificate Preferences → Certificates give for “%2” is locked by a password that was not given. Send a request to %1 itself to be asked for it.</source>
        <translation>Nichts wurde an %1 gesendet: Das Client-Zertifikat, das Einstellungen → Zertifikate für „%2“ angibt, ist durch ein Passwort geschützt, das nicht angegeben wurde. Senden Sie eine Anfrage an %1 selbst, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: the client certificate Preferences → Certificates give for “%2” cannot be used: %3</source>
        <translation>Nichts wurde an %1 gesendet: Das Client-Zertifikat, das Einstellungen → Zertifikate für „%2“ angibt, kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>--tlsv1.3 with --tls-max 1.2 leaves no TLS version to offer: give one of them.</source>
        <translation>--tlsv1.3 mit --tls-max 1.2 lässt keine TLS-Version zum Anbieten übrig: Geben Sie nur eine der beiden an.</translation>
    </message>
    <message>
        <source>TLS 1.3 only, as --tlsv1.3 asked</source>
        <translation>nur TLS 1.3, wie --tlsv1.3 verlangte</translation>
    </message>
    <message>
        <source>TLS 1.2 only, as --tls-max 1.2 asked</source>
        <translation>nur TLS 1.2, wie --tls-max 1.2 verlangte</translation>
    </message>
    <message>
        <source>The key in “%1” is an %2 key, which Qt 6.4 cannot present in a TLS handshake; an RSA or EC (P-256, P-384) client certificate works. Nothing was sent.</source>
        <translation>Der Schlüssel in „%1“ ist ein %2-Schlüssel, den Qt 6.4 in einem TLS-Handshake nicht vorweisen kann; ein RSA- oder EC-Client-Zertifikat (P-256, P-384) funktioniert. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The key in “%1” is an OpenSSH key (as in ~/.ssh), not a TLS private key: give the key the certificate was issued for (PEM, “BEGIN PRIVATE KEY”). Nothing was sent.</source>
        <translation>Der Schlüssel in „%1“ ist ein OpenSSH-Schlüssel (wie in ~/.ssh), kein privater TLS-Schlüssel: Geben Sie den Schlüssel an, für den das Zertifikat ausgestellt wurde (PEM, „BEGIN PRIVATE KEY“). Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1 “%2”: there is no such folder.</source>
        <translation>%1 „%2“: diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 “%2”: the folder holds no certificate (PEM or DER files).</source>
        <translation>%1 „%2“: der Ordner enthält kein Zertifikat (PEM- oder DER-Dateien).</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to %2: the variable is set in this program&apos;s environment and, as in curl, names the authorities https requests trust; correct or unset it, or give the authorities with --cacert.</source>
        <translation>%1 An %2 wurde nichts gesendet: Die Variable ist in der Umgebung dieses Programms gesetzt und nennt, wie in curl, die Zertifizierungsstellen, denen https-Anfragen vertrauen; berichtigen oder entfernen Sie sie, oder geben Sie die Zertifizierungsstellen mit --cacert an.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read; make a PEM file of it with “%3” and give that.</source>
        <translation>%1 „%2“: Die Datei ist ein PKCS#7-Bündel (.p7b), das Qt 6.4 nicht lesen kann; machen Sie mit „%3“ eine PEM-Datei daraus und geben Sie diese an.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not authorities to trust; take its authorities out with “%3” and give that.</source>
        <translation>%1 „%2“: Die Datei ist PKCS#12 (.p12, .pfx) und enthält ein Zertifikat mit seinem Schlüssel, keine Zertifizierungsstellen zum Vertrauen; holen Sie seine Zertifizierungsstellen mit „%3“ heraus und geben Sie diese an.</translation>
    </message>
</context>
<context>
    <name>UrlInput</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>das Steuerzeichen 0x%1</translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation>das Zeichen „%1“</translation>
    </message>
    <message>
        <source>The IPv6 address “%1” is missing its closing “]”.</source>
        <translation>Der IPv6-Adresse „%1“ fehlt die schließende „]“.</translation>
    </message>
    <message>
        <source>Only a port can follow the IPv6 address %1, as in %1:8080, not “%2”.</source>
        <translation>Auf die IPv6-Adresse %1 kann nur ein Port folgen, wie in %1:8080, nicht „%2“.</translation>
    </message>
    <message>
        <source>The host “%1” holds several colons: an IPv6 address is written in brackets, as in http://[::1]:8080/.</source>
        <translation>Der Host „%1“ enthält mehrere Doppelpunkte: eine IPv6-Adresse wird in eckige Klammern geschrieben, wie in http://[::1]:8080/.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The host name “%1” contains %2.</source>
        <translation>Der Hostname „%1“ enthält %2.</translation>
    </message>
    <message>
        <source>The port after “%1:” is empty; leave the colon out for the usual port.</source>
        <translation>Der Port nach „%1:“ ist leer; lassen Sie den Doppelpunkt für den üblichen Port weg.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>Der Port „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>Der Port %1 liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The host name “%1” contains %2, which is not allowed in a host name.</source>
        <translation>Der Hostname „%1“ enthält %2, was in einem Hostnamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>Die URL ist leer.</translation>
    </message>
    <message>
        <source>Two slashes and the host name come after “%1:”, as in %1://example.org/.</source>
        <translation>Nach „%1:“ folgen zwei Schrägstriche und der Hostname, wie in %1://example.org/.</translation>
    </message>
    <message>
        <source>“%1” is a path without a host: write the host in front, as in http://example.org%1.</source>
        <translation>„%1“ ist ein Pfad ohne Host: schreiben Sie den Host davor, wie in http://example.org%1.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be requested, not “%1:”.</source>
        <translation>Nur http- und https-URLs können angefragt werden, nicht „%1:“.</translation>
    </message>
    <message>
        <source>The scheme of the URL contains a character that is not allowed; use http:// or https://.</source>
        <translation>Das Schema der URL enthält ein nicht erlaubtes Zeichen; verwenden Sie http:// oder https://.</translation>
    </message>
    <message>
        <source>The user name or password in the URL contains a character that is not allowed; write it percent-encoded (%40 for @, %3A for :).</source>
        <translation>Benutzername oder Passwort in der URL enthalten ein nicht erlaubtes Zeichen; schreiben Sie es prozentkodiert (%40 für @, %3A für :).</translation>
    </message>
    <message>
        <source>The host name of the URL contains a character that is not allowed in a host name.</source>
        <translation>Der Hostname der URL enthält ein Zeichen, das in einem Hostnamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The IPv6 address in the URL is missing its closing “]”.</source>
        <translation>Der IPv6-Adresse in der URL fehlt die schließende „]“.</translation>
    </message>
    <message>
        <source>The address in brackets in the URL is not an IPv6 address.</source>
        <translation>Die Adresse in eckigen Klammern in der URL ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The port of the URL is empty; leave the colon out for the usual port.</source>
        <translation>Der Port der URL ist leer; lassen Sie den Doppelpunkt für den üblichen Port weg.</translation>
    </message>
    <message>
        <source>The port of the URL is not a number between 1 and 65535.</source>
        <translation>Der Port der URL ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>The path of the URL contains a character that is not allowed.</source>
        <translation>Der Pfad der URL enthält ein nicht erlaubtes Zeichen.</translation>
    </message>
    <message>
        <source>The query of the URL contains a character that is not allowed.</source>
        <translation>Der Query-Teil der URL enthält ein nicht erlaubtes Zeichen.</translation>
    </message>
    <message>
        <source>The fragment of the URL (after #) contains a character that is not allowed.</source>
        <translation>Das Fragment der URL (nach #) enthält ein nicht erlaubtes Zeichen.</translation>
    </message>
    <message>
        <source>The URL is not valid; write it as http://host/path or https://host/path.</source>
        <translation>Die URL ist nicht gültig; schreiben Sie sie als http://host/pfad oder https://host/pfad.</translation>
    </message>
</context>
<context>
    <name>WarnCodes</name>
    <message>
        <source>%1 is a code of the Warning header, not a status code: “%1 %2” (%3). RFC 9111 made the Warning header obsolete, and no status line carries it.</source>
        <translation>%1 ist ein Code des Warning-Headers, kein Statuscode: „%1 %2“ (%3). RFC 9111 hat den Warning-Header für veraltet erklärt, und keine Statuszeile trägt ihn.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>StatusScope cannot open its window: %1
The installation is incomplete. The command line still works: statusscope --help
</source>
        <translation>StatusScope kann sein Fenster nicht öffnen: %1
Die Installation ist unvollständig. Die Befehlszeile funktioniert weiterhin: statusscope --help
</translation>
    </message>
    <message>
        <source>StatusScope cannot open its window: there is no display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset).
The command line works without one: statusscope --help
</source>
        <translation>StatusScope kann sein Fenster nicht öffnen: es gibt keine Anzeige (DISPLAY, WAYLAND_DISPLAY und QT_QPA_PLATFORM sind nicht gesetzt).
Die Befehlszeile funktioniert auch ohne: statusscope --help
</translation>
    </message>
</context>
</TS>
