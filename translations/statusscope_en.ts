<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <source>StatusScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status code catalogue could not be loaded, so StatusScope cannot start.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit sends GET, or HEAD with -X HEAD, and nothing else: “%1” could change what the server holds, so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file, a URL or - (standard input) to audit, for example “statusscope audit redirects.csv”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit reads one input, not %1: put the URLs in one list, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one of --map, --list and --sitemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is table, csv or jsonl, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o names the input “%1”: the results would replace it; write them to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the input as a redirect map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the input as a list of URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the input as a sitemap (default: guessed from the content, said on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run up to N chains at once (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N requests in flight per host, redirects included (default 4; 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N requests per second per host (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More redirects than N is the problem chain-too-long (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare final URLs with expected targets without their query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare URLs as if a trailing slash were not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv or jsonl (default: a table on a terminal, JSON Lines otherwise, CSV for -o FILE.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results to FILE (replaced when the run ends, even when interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET (the default) or HEAD; nothing else is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat it for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The User-Agent header to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow at most N redirects (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a hop after SECONDS without data (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a chain after SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow redirects from https to plain http (still reported as https-downgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept invalid certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sources, %3 a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources, %2 a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds no URL to audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show credentials (a password in a URL, what -H, -u and the like send) instead of masking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file, an http or https URL, or - for standard input: a list of URLs (one a line), a redirect map (source,expected_target[,expected_status], CSV with commas or semicolons, or tab-separated) or a sitemap (.xml, .xml.gz or a sitemap index). Each source&apos;s result comes in the input&apos;s order as it finishes, then a summary. Exit status: 0 when every source matched (without expectations: ended on 2xx with no problem), 1 when any did not, 2 for bad input (nothing sent), 130 when interrupted with Ctrl+C (after the summary of what finished; a second Ctrl+C ends at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a hop not connected within SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-I sends HEAD and -X asks for GET: give one method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send HEAD, as -X HEAD (curl&apos;s -I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The output could not be written, so the run stopped after %n source(s).</source>
        <translation>
            <numerusform>The output could not be written, so the run stopped after %n source.</numerusform>
            <numerusform>The output could not be written, so the run stopped after %n sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditInput</name>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be fetched: no network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a sitemap: the input is gzip-compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a sitemap: the input is XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a URL list: one URL a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes: not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not UTF-8 text; save the file as UTF-8 (spreadsheets call it “CSV UTF-8”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is a header row (%2): not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A redirect map line has a source, an expected target and optionally an expected status; this one has %n field(s).</source>
        <translation>
            <numerusform>A redirect map line has a source, an expected target and optionally an expected status; this one has %n field.</numerusform>
            <numerusform>A redirect map line has a source, an expected target and optionally an expected status; this one has %n fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected status “%1” is not a status code from 100 to 599.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected target is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected target “%1” is not an http or https URL, nor a path relative to the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not be set up to read gzip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document holds no sitemap: no &lt;urlset&gt; or &lt;sitemapindex&gt; element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is XML but not a sitemap: its root element is &lt;%1&gt;, not &lt;urlset&gt; or &lt;sitemapindex&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitemap is not well-formed XML (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes (unpacked): only its beginning was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sitemap&apos;s &lt;loc&gt; is a full http or https URL; “%1” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitemap %1 was not read to its end: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitemap index %1 names “%2”, which is not an http or https URL: not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sitemap indexes nested more than %n level(s) deep are not followed (first: %1).</source>
        <translation>
            <numerusform>Sitemap indexes nested more than %n level deep are not followed (first: %1).</numerusform>
            <numerusform>Sitemap indexes nested more than %n levels deep are not followed (first: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sitemap index names %n sitemap(s), but nothing can be fetched here.</source>
        <translation>
            <numerusform>The sitemap index names %n sitemap, but nothing can be fetched here.</numerusform>
            <numerusform>The sitemap index names %n sitemaps, but nothing can be fetched here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitemap(s) named by the index were not read: at most %1 sitemaps are read in one run.</source>
        <translation>
            <numerusform>%n sitemap named by the index was not read: at most %1 sitemaps are read in one run.</numerusform>
            <numerusform>%n sitemaps named by the index were not read: at most %1 sitemaps are read in one run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 opens a quoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a redirect map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitemap stops before its XML document is complete (cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data stops before the end of its stream (cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 names the separator (%2): not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sitemap(s) named again by an index (or an index naming itself) were read once.</source>
        <translation>
            <numerusform>%n sitemap named again by an index (or an index naming itself) was read once.</numerusform>
            <numerusform>%n sitemaps named again by an index (or an index naming itself) were read once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditOutput</name>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINAL URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1, matched: %2, mismatched: %3 (errors: %4), in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the summary counts the sources that finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>A list, a redirect map (CSV or TSV) or a sitemap (.xml, .xml.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of URLs, a redirect map (CSV or TSV) or a sitemap (.xml, .xml.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;map or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL per line, or source,expected_target[,expected_status] per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted list or map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL per line, or source,expected_target[,expected_status] per line; Ctrl+Enter starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/sitemap.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitemap URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a sitemap, a sitemap index, a list or a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the input is read: guessed from its first lines, or as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore &amp;query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final URL matches the expected target whatever their queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;gnore trailing slash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“/a/” and “/a” match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD requests onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send HEAD instead of GET: nothing but HEAD is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many chains run at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At most per host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight per host at most, redirects included; 0: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests started per second per host at most; 0: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More redirects followed than this is the problem chain-too-long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the audit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; the rows that finished stay (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again only the rows with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows, the rows with a problem, or the rows with one problem id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rows whose source is on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rows whose chain ended with a status of this class, or without a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources and URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rows whose source, final URL or expected target contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per source in input order; the selected row’s chain is shown beside or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitem&amp;ap URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the chains are checked and how fast they are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthChallenge</name>
    <message>
        <source>the field stops following the challenge grammar at character %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthResponder</name>
    <message>
        <source>%1 (realm “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bearer token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bearer token holds a control character (a line break?), which cannot go into a header field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” holds a colon, which Basic cannot carry (RFC 7617 §2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-u with --basic answers Basic only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest answers Digest only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anyauth answers Basic and Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--oauth2-bearer sends a Bearer token only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials given were not sent: %1 is another origin than the one typed (%2). They stay off for the rest of the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest sent ahead for user %1 with the nonce from hop %2&apos;s 401 (nonce count %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credentials went over plain http; the server is on this machine, so they did not cross a network, but anywhere else they would be readable on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credentials went over plain http: anyone on the way can read them. Use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 401 said the nonce had expired (stale=true), not that the credentials were wrong; answered again with its new nonce, user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the %1 credentials: 401 again. They are not sent a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the %1 credentials for user %2: 401 again. They are not sent a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 401 asked for Digest; answered with user %1 (%2, realm “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 401 asked for Basic; answered with user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 401 names no scheme to answer (no WWW-Authenticate), so the credentials were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 401 asks for %1, which %2: the credentials were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest could not be answered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WWW-Authenticate was read only in part: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyChecks</name>
    <message>
        <source>Both Transfer-Encoding (%1) and Content-Length (%2) were sent. The length was ignored, as HTTP/1.1 requires, but anything on the way that reads it instead ends the body elsewhere: the way requests are smuggled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length came with different values (%1): where the body ends is ambiguous. Qt 6.4 went by the first, so the body shown may be cut or run into what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length “%1” is not a number of bytes: where the body ends is unknown, and Qt 6.4 read until the connection closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer coding %1 was not undone: the body is shown as it arrived, after chunked framing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is shown as received: “%1” is not a content coding StatusScope undoes (it undoes gzip and deflate). Content-Encoding: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 body was decoded: %2 bytes on the wire became %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 body could not be decoded: %2. %3 bytes arrived and %4 were decoded; the body shown is only that part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is shown as received, %1-coded, because Accept-Encoding was typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyDecoder</name>
    <message>
        <source>the %1 decoder could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the %1 data</source>
        <translation>
            <numerusform>%n byte follows the end of the %1 data</numerusform>
            <numerusform>%n bytes follow the end of the %1 data</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 data is corrupt (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 data stops before its end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyFile</name>
    <message>
        <source>The body file “%1” is larger than %2 MiB, the most a request body may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body file “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a folder, a pipe or a device); the console sends the contents of regular files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body file “%1” cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>statusscope: the catalogue could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cacheable by default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status code, for example 404 or 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope explain: give exactly one status code, for example &quot;statusscope explain 404&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope explain: &quot;%1&quot; is not a status code; a status code is a number such as 404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By its number it belongs to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only codes of CLASS: 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only codes of ORIGIN: standard, webdav, experimental, historical, vendor or unofficial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope codes: unexpected argument &quot;%1&quot;; filters are given with --class, --origin and --search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope codes: &quot;%1&quot; is not a class; use 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope codes: &quot;%1&quot; is not an origin; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue entry matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n meanings.</source>
        <translation>
            <numerusform>%1 has %n meaning.</numerusform>
            <numerusform>%1 has %n meanings.</numerusform>
        </translation>
    </message>
    <message>
        <source>also %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widely repeated, no primary source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these texts are not translated yet and are shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope %1: &quot;%2&quot; is not a catalogue language; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts in LANG (en, de, fr or es) instead of the environment&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only codes matching TEXT, in English or in the catalogue&apos;s language (--lang), as in the window&apos;s search field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueError</name>
    <message>
        <source>: entry %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged or from another build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not built into this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than 16 MiB, which no catalogue needs; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Search codes, reasons and descriptions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the codes of one class, such as 4xx client errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the codes of one origin: standard, WebDAV, experimental, historical, vendor or unofficial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching status codes with their reason and origin; the selected one is explained beside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meaning, class, origin, registry status, headers and specification of the selected status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code such as 404, a class such as 4xx, words from a reason or description, or a name from code such as StatusTeapot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueParser</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with a description for each class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every class needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a status class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain only non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the code written with digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain only whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain only objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive RFC number, without a url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference needs an rfc number or a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only 3xx codes have redirect semantics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be kept, may_change, becomes_get or not_followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the registry&apos;s reason phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 from &quot;%2&quot; is already in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry defined by a specification must cite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registered code must cite its specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry cannot be related to its own code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of {&quot;title&quot;, &quot;url&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain only {&quot;title&quot;, &quot;url&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every source needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vendor or unofficial entry must name at least one source (the vendor&apos;s documentation or source file) where its meaning can be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTranslationParser</name>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the language&apos;s two-letter code, such as &quot;de&quot; (not &quot;en&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with a text for each class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a status class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object: {&quot;text&quot;: …, &quot;from&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string (leave out a field not yet translated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the %1 hex digits of the English text&apos;s hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: run &quot;./dev catalogue-translations --stamp LANG&quot; after writing a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the English entry as &quot;CODE REASON · ORIGIN&quot;, for example &quot;499 Client Closed Request · nginx&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainPrinter</name>
    <message>
        <source>not catalogued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s), %1 ms, final %2, %3</source>
        <translation>
            <numerusform>%n hop, %1 ms, final %2, %3</numerusform>
            <numerusform>%n hops, %1 ms, final %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, body %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via proxy %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials %1, answering hop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainRecord</name>
    <message>
        <source>unknown warning severity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcome “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stop reason “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Certificate exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the chain ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this response means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save full body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing phases of the selected hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS details of the selected hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per hop: method, URL, status, reason, time and checks. Enter or a double click opens the code in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the status of the selected hop means, from the catalogue, and every check on this response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every header of the selected response, one per row; known ones are explained in their tool tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method, URL, headers and body this hop sent, with what changed since the previous hop highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body of the selected hop: JSON and XML indented, binary shown as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each phase of the selected hop ended, counted from its start, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol, cipher and certificate chain of the selected hop, with any certificate problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>--%1 needs a positive number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a URL to check, for example “statusscope check https://example.org/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method (default GET, or POST with --data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat it for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not follow redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow at most N redirects (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a hop after SECONDS without data (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on the whole chain after SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at most BYTES of each body (default 67108864).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow redirects from https to plain http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an invalid certificate from the host of the URL given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: one document, or one line per chain for several URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 4 or 5 when the final status is 4xx or 5xx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check up to N URLs at once (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show credentials (Authorization, cookies) instead of masking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a hop moving fewer than BYTES per second over --speed-time (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window --speed-limit is measured over (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request body, or @FILE to read it from a file (at most 64 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read URLs from FILE, one per line of at most 8 KiB (- for standard input); lines are read as chains finish, results are JSON Lines with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the chains as a HAR 1.2 file (credentials masked unless --show-secrets); a file is replaced when done, a pipe is appended to; - writes it instead of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more http or https URLs; without a scheme, http:// is added (localhost:8080/x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials for the server of the URL given, USER:PASSWORD (split at the first colon); never sent to another origin. Basic unless --digest or --anyauth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send -u&apos;s credentials as Basic with the first request (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the server&apos;s Digest challenge with -u&apos;s credentials (MD5, SHA-256, qop=auth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the 401 and answer the strongest scheme it offers: Digest, then Basic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &quot;Authorization: Bearer TOKEN&quot; with the first request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used together: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-u and --oauth2-bearer cannot be used together: a request carries one Authorization field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs -u USER:PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-u needs USER:PASSWORD. check does not ask for a password the way curl does, since it runs in scripts: give it after a colon (-u &apos;alice:secret&apos;; for an empty one, -u &apos;alice:&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through this proxy for every host, loopback included: http://HOST:PORT (https goes through its CONNECT tunnel), socks5:// (names resolved here) or socks5h:// (names resolved by the proxy); &quot;&quot; for none. Default: the system&apos;s proxy settings (http_proxy, https_proxy, all_proxy, no_proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s user name and password, USER:PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names (with their subdomains), IP addresses or blocks (10.0.0.0/8); * for every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the certificate authorities in FILE (PEM or DER, one or many) instead of the system&apos;s; repeat it for more files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the certificate authorities in the files of DIR instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the client certificate in FILE, with the password after a colon if it has one (FILE:PASSWORD; a colon in the name is written \:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of --cert, when FILE does not hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of --cert: PEM (default), DER or P12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the private key or of the P12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to ADDRESS for HOST:PORT, keeping the URL, the Host field and the certificate check for HOST (HOST:PORT:ADDRESS[,ADDRESS…]); repeat it for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to HOST2:PORT2 for requests to HOST1:PORT1 (an empty part means any, or the request&apos;s own); repeat it for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only: offer no HTTP/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer HTTP/2 (the default on https; on http, ask to upgrade to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak HTTP/2 from the first byte, also over plain http (h2c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capath can be given once; put the authorities in one folder, or add files with --cacert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cert-type needs PEM, DER or P12, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with a .http file: give --from-http FILE with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run shows the requests of URL arguments, --from-curl or --from-http, not of --input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-user needs USER:PASSWORD. check does not ask for a password the way curl does, since it runs in scripts: give it after a colon (--proxy-user &apos;alice:secret&apos;; for an empty one, --proxy-user &apos;alice:&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a POST again as a POST, with its body, after a 301 (as curl does with --post301); by default it becomes a GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same after a 302.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same after a 303.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS 1.2 or newer (what Qt offers anyway: TLS 1.2 and 1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS 1.3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use no TLS version newer than VERSION: 1.2, 1.3 or default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-max needs 1.2, 1.3 or default, not “%1” (Qt 6.4 offers nothing older than TLS 1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a hop not connected (TLS handshake included) within SECONDS; with --resolve, the next address is tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-I sends HEAD, which carries no body: leave out -d or -I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-I sends HEAD and -X asks for %1: give one method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-L follows redirects and --no-follow does not: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send HEAD instead of GET, as curl -I does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow redirects: the default here, taken so that curl&apos;s -L works too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>The HAR file “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be written, so no further URL is checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>A redirect turned the request into a GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body, and the fields describing it, were not sent again after the method became GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization, Cookie or Proxy-Authorization was held back from another origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect from https to plain http: not followed (error), or followed because downgrades are allowed (warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typed Host was not sent to a redirect&apos;s other origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect status without a Location: the chain ends there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Location came with a status that clients do not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Location was read the lenient way browsers read it, which a strict reading would not accept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Location carried a user name and password; they were not sent on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Location is not a URL that can be followed; the chain stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect to a scheme other than http or https; the chain stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect would send a request already sent in this chain; the chain stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect limit was reached; the chain stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status code the catalogue does not know; it means what the x00 of its class means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status code outside 100–599.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status code defined only by vendors or by custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>305 Use Proxy, which clients ignore, or 306, which is unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1xx was taken as the final response; with Qt 6.4 the real one is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason phrase is not the usual one for the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 401 without WWW-Authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 407 without Proxy-Authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 405 without Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 206 or 416 without Content-Range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 101 or 426 without Upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Retry-After asks the client to wait (a warning when the value cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate that is not valid was accepted because errors were to be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt sent the request more than once by itself before an answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect: 100-continue was sent, but Qt 6.4 sends the body without waiting for 100 Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Set-Cookie was refused; the cookie is not sent on later hops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status line arrived, but Qt 6.4 could not read the header section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is incomplete: it reached the body limit, or the server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length together with Transfer-Encoding, or a Content-Length that is not one number: where the body ends is in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatusScope undid the body&apos;s gzip or deflate coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s content coding could not be undone; only the part decoded is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is shown still coded: a coding StatusScope does not undo, or Accept-Encoding was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials answered a 401 of this chain: the request sent again, or a later hop to the same origin; the sentence says which scheme and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials were sent and the server answered 401 again; they are not tried a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 401 asks for authentication the credentials given cannot answer (another scheme, Digest with auth-int only, or an unknown algorithm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic or Bearer credentials went over plain http, readable by anyone on the way (information only when the server is on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy asked for credentials (407) and none were given with --proxy-user, or it refused those given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a client certificate and none was given (seen where the server says so in its answer, as nginx does: Qt 6.4 does not tell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pinned hop used HTTP/1.1 (Qt 6.4 puts the address, not the host, in HTTP/2&apos;s :authority), or sent the address there under prior knowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A --resolve pin matched the host, but the proxy looks the name up itself (an HTTP proxy or socks5h), so the pin was not used, as with curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to one of the addresses --resolve gives for a host failed; the next one was tried, as curl does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy was reached at the address a --resolve pin gives for the proxy&apos;s own host name, as curl does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POST was sent again with its body after a 301, 302 or 303, as --post301, --post302 or --post303 asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HAR entry the browser answered itself, such as Chrome&apos;s 307 for an HSTS upgrade: the server never saw that request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HAR entry the browser&apos;s cache answered: the server was not asked that time (a cached permanent redirect hides a change on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HAR entry the page&apos;s service worker answered: what the server sent, if it was asked, may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path went out without its &quot;.&quot; and &quot;..&quot; segments, which Qt 6.4 removes before sending; the hop shows the path as sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksCommand</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope checks: unexpected argument &quot;%1&quot;; the command lists every check and takes only --json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeConstants</name>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a name, a non-empty list of names with the current one first, or {&quot;name&quot;: …, &quot;meaning&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a name, or a non-empty list of names with the current one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than 4 MiB, which no table of constants needs; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the id of an earlier table too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https URL of the source file or reference page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;constant&quot; (the default) or &quot;reason&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain %1 where the code goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only for a table of reason phrases (&quot;kind&quot;: &quot;reason&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty object from code to name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a three-digit status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one reason phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name as code writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given to another code of this table too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; add its entry first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the reason of any entry of %2, whose meanings are %3; name the meaning by its entry&apos;s reason, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the reason of %2 entries of %3, so it does not say which one the names belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives %1 &quot;%2&quot; a second set of names; list them together, the current one first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Explain every catalogue meaning of a status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the catalogue, optionally filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: statusscope [COMMAND] [OPTIONS]

StatusScope explains HTTP status codes. Without a command it opens the window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the catalogue from FILE instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request, follow its redirects hop by hop and explain each response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the teaching server on 127.0.0.1: /status/CODE, /redirect/N, /echo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope: --catalogue FILE needs a command after it, such as &quot;statusscope --catalogue FILE codes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope: &quot;%1&quot; is not an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope: &quot;%1&quot; is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: statusscope [COMMAND] [OPTIONS]; try &quot;statusscope --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every check a hop can carry: its warning id, severity and section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain every chain of a HAR file as check explains live ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a redirect map, a URL list or a sitemap: every chain, what was expected.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope: standard output could not be written (%1); what was printed is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>“%1” is not a status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 to %2 different codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cacheable by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers that go with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common misuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieFile</name>
    <message>
        <source>expected 7 fields separated by tabs (domain, subdomains, path, secure, expiry, name, value), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second field must be TRUE or FALSE (include subdomains), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path must start with /, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fourth field must be TRUE or FALSE (secure), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry must be seconds since 1970 (0 for a session cookie), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cookie file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie file %1 is larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the cookie file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieFlags</name>
    <message>
        <source>Cookies to send: &quot;name=value; n2=v2&quot;, or a cookie file (Netscape format, as curl writes) when there is no &apos;=&apos;; repeat it for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the cookies to FILE after the chains (Netscape format, readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-b needs &quot;name=value&quot; pairs or a cookie file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-b %1: there is no such cookie file (cookies to send as typed need &apos;=&apos;, as in -b &quot;name=value&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-b: the cookie file has lines that are not cookies, so nothing was sent:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-c: cannot write the cookie file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-c: the cookie file %1 was written without %2: a tab or line break in a cookie does not fit the format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieRules</name>
    <message>
        <source>a %1 cookie must carry the Secure attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cookie is only accepted over https, and this came over plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a __Host- cookie may not carry a Domain attribute (it has Domain=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a __Host- cookie needs Path=/, and it has no Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a __Host- cookie needs Path=/, and it has Path=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is marked Secure but came over plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Domain (%1) does not cover %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>This is not a curl command: it should start with “curl”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-H %1: not a “Name: value” header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-redirs needs a number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not used by StatusScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only changes curl&apos;s own output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL in the curl command is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cert-type needs PEM, DER or P12, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-b with nothing after it: no cookie or cookie file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-b %1: there is no such cookie file, so none of its cookies is sent (cookies typed in place need &apos;=&apos;, as in -b &quot;name=value&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-b %1: the file has lines that are not cookies, so none of its cookies is sent (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the window writes no cookie jar; the cookies each response sets are shown on its hop, and statusscope check %1 %2 writes the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not used by StatusScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 of the pasted text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “%1” command: not a curl command, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large: %1: the files of one command may hold %2 MiB together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not readable: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the body comes from standard input; the method is PUT as in curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: curl sends either a form (-F) or data (-d), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value comes from standard input; paste it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the body comes from standard input; paste the body instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a form part is written NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part&apos;s encoder= is not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a form part field curl knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part comes from standard input; it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no URL is left for this upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-H %1: curl sends no %2 header; StatusScope still sends its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compressed: Accept-Encoding is typed, so the body is shown as received, not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL holds %1: curl refuses it without -g; it is sent as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more request was pasted: only the first was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more requests were pasted: only the first was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “{” that is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “[” that is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“[%1]”, which is not a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s patterns give more than %1 URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no password after a colon. curl would ask for it, StatusScope does not, so no proxy user is set: give USER:PASSWORD (USER: for an empty password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: followed as -L; credentials are still not sent to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: curl finds the offset in its output file; give a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: neither a date curl reads nor a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is PowerShell&apos;s Invoke-WebRequest (Windows PowerShell calls it “curl” too), not a curl command: copy the request as cURL (bash or cmd), or run curl.exe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is JavaScript&apos;s fetch() (the browser&apos;s Copy as fetch), not a curl command: copy the request as cURL instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-X %1 with %2: curl sends %1 again after every redirect; here a redirect with status %3 turns it into a GET, as curl --follow does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS 1.0 and 1.1 are not offered (Qt 6.4 speaks TLS 1.2 and 1.3), so a server that knows nothing newer cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-max needs 1.0, 1.1, 1.2, 1.3 or default, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: Qt 6.4 offers nothing older than TLS 1.2, so TLS 1.2 is the most offered here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not a number of seconds from 0 to 86400; no limit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variable %1: a variable&apos;s name is letters, digits and _ (at most 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variable %1: the environment variable %2 is not set, and no default follows a &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variable %1: standard input is not read here; the variable is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the variable %2 is not set; it is left empty, as curl does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {{%2}}: curl has no function “%3”; the value is used without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typographic quotes (“ ” ‘ ’) were read as straight quotes: a chat or a word processor had changed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-break or other Unicode spaces between words were read as spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invisible zero-width characters outside quotes were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash followed by spaces at a line&apos;s end was read as a line continuation (a shell would end the command there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is what “%1” writes before the pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shell&apos;s redirection of curl&apos;s output; the response is shown here instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was read as “%2”: a chat or a word processor had made its hyphens into a dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a wget command, not a curl command: write it with curl (for example “curl -L URL”), or paste the URL alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an HTTPie command (%1), not a curl command: write it with curl, or paste the URL alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shell variables, sent as written: a shell would have put their values there; replace them before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$(…) or `…`: a shell would have run that command and put its output there; it is sent as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-u %1: no password after a colon. curl would ask for it; here the password is empty: give USER:PASSWORD, or type it in the Options tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-H %1: the no-break or zero-width spaces around its name or value were removed (a chat or a web page adds them; HTTP has no use for them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Qt connects over IPv4 or IPv6, whichever answers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the requests are not signed (AWS Signature Version 4), so AWS answers them with 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NTLM, Negotiate and Kerberos are not answered (Basic, Digest and Bearer are), so the server&apos;s 401 stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the request target is the URL&apos;s path and query; Qt 6.4 sends no other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Qt 6.4 removes “.” and “..” segments from the path before sending, and the hop says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only http and https are used anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: redirects are followed to http and https, and from https to http only when downgrades are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each request is sent once, never retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: names are looked up by this system&apos;s resolver (--resolve pins an address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Qt&apos;s own TLS choices are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate is checked as usual, but the server&apos;s public key is not compared with the pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate&apos;s revocation is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no HSTS list is read, so http URLs stay http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no PROXY protocol header is sent; a server that needs one closes the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this system chooses the interface and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: transfers run at full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not a size curl reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command talks to a Unix socket, which StatusScope cannot; nothing is sent to the URL&apos;s host in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set for curl by the shell; this environment is not applied here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL in the curl command holds the shell variable %1, which a shell would have replaced with its value: put the value in the URL before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) the terminal printed (the command&apos;s output, a prompt) left out</source>
        <translation>
            <numerusform>%n line the terminal printed (the command&apos;s output, a prompt) left out</numerusform>
            <numerusform>%n lines the terminal printed (the command&apos;s output, a prompt) left out</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed: it opens in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A $&apos;…&apos; quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A double quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>the Digest challenge has no nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest with algorithm %1 is not supported (MD5, MD5-sess, SHA-256 and SHA-256-sess are; Qt 6.4 has no SHA-512/256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Digest challenge offers only qop=%1; auth-int (a hash of the body) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Digest challenge asks for %1 without a qop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the requests that would be sent, and send nothing; files the request names need not exist (they are listed as not applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not readable: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed as %1: Qt 6.4 removes “.” and “..” segments before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities for https: this computer&apos;s, and those in %1 (from the environment, as curl reads it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities for https: only those in %1 (from the environment, as curl reads it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FromCurl</name>
    <message>
        <source>--from-curl: cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-curl: “%1” holds more than 1 MiB; a pasted curl command is far shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-curl: “%1” is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the curl commands pasted into FILE (- for standard input, at most 1 MiB), in order; options StatusScope does not use are listed on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-curl sends the URLs of the pasted commands; give no URL argument with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-curl and --input cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-curl takes the request from the pasted command: put %1 in the command instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-curl: “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FromHttp</name>
    <message>
        <source>Send the requests of FILE, a VS Code REST Client or JetBrains HTTP Client .http file, in order; what StatusScope does not use (scripts, response references…) is listed on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --from-http: send only the request named NAME (# @name or ### NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --from-http: take variables the file does not define from environment NAME of http-client.env.json (and .private.env.json) or .vscode/settings.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-http sends the requests of the file; give no URL argument with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-http takes the requests from the file: %1 cannot be used with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-http: “%1” holds no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-http: “%1” has no request named “%2”; none of its requests has a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-http: “%1” has no request named “%2”; its names are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>--from-http: “%1”: %n request(s) cannot be sent, so none is:</source>
        <translation>
            <numerusform>--from-http: “%1”: %n request cannot be sent, so none is:</numerusform>
            <numerusform>--from-http: “%1”: %n requests cannot be sent, so none is:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Har</name>
    <message>
        <source>blocked includes the DNS lookup; connect includes the TLS handshake (Qt 6.4 reports neither separately).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked includes the DNS lookup; on plain HTTP connect includes sending the request (Qt 6.4 reports neither separately).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reused: no DNS, connect or TLS time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a HAR file: it has no log.entries list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: no usable request URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response was recorded for the last request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are masked (••••): Authorization, cookies, headers marked secret, passwords in URLs, and their echoes in bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2, in entry %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB; HAR files up to %2 MiB can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot follow a backslash in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs a digit after its minus sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs a digit after its decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON document starts with “{” or “[”, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in quotes was expected, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon was expected after a key, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays and objects are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than one log.entries list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not close the open %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string holds a control character (%1) that must be escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not UTF-8 text: “text” holds its bytes in base64, as “_encoding” says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response was recorded for the last request; the browser wrote “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries with a %1: URL skipped: they are not requests on the network (entries %2).</source>
        <translation>
            <numerusform>%n entry with a %1: URL skipped: it is not a request on the network (entry %2).</numerusform>
            <numerusform>%n entries with a %1: URL skipped: they are not requests on the network (entries %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser took this %1 from its disk cache without asking the server. It keeps following a cached permanent redirect until the entry expires or the cache is cleared, so a change on the server goes unseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser took this %1 from its disk cache without asking the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser took this %1 from its memory cache without asking the server. It keeps following a cached permanent redirect until the entry expires or the cache is cleared, so a change on the server goes unseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser took this %1 from its memory cache without asking the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s service worker answered this request: what the server sent, if it was asked at all, may differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarCommand</name>
    <message>
        <source>Standard input holds more than %1 MiB; HAR files up to that size can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HAR file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON Lines: one chain a line, as check --json writes it, with &quot;source&quot;: &quot;har&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write what was read back out as a HAR 1.2 file (credentials masked unless --show-secrets); - writes it instead of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show credentials (Authorization, cookies) instead of masking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one HAR file, for example “statusscope har capture.har”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read as a HAR file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR file “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderGlossary</name>
    <message>
        <source>Whether the server takes range requests, and in which unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the response has spent in caches since the origin produced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The methods the resource supports; required on 405.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other places (protocol, host, port) where the same service can be reached, such as HTTP/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directives that tell caches whether and how long they may store and reuse the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for this connection only, such as close; never forwarded by proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to show the body inline or save it, and under which file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression applied to the body (gzip, br, deflate); undo it to get the representation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The natural language of the intended audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the body in bytes, as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URI for the specific representation that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part of the whole representation this body is, and the total size; used by 206 and 416.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules a browser enforces on what the page may load and run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media type of the body, with parameters such as charset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server produced the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opaque version tag of the representation, for conditional requests with If-None-Match or If-Match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date after which the response is stale; Cache-Control max-age takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints about how long an idle persistent connection is kept open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the origin believes the representation last changed; a validator for If-Modified-Since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed links to related resources, for example preload hints or the blocked-by relation of 451.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to go next: the redirect target of a 3xx, or the new resource of a 201.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication challenge of a proxy; required on 407.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait before trying again, in seconds or as a date; used with 503, 429 and 3xx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The software that produced the response; it can tell which meaning of a vendor code applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a cookie in the client, to be sent back on later requests by the cookie rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells browsers to use only https for this host for a while (HSTS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the message body is framed on this connection, such as chunked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol to switch to; required on 101 and 426.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request fields that chose this representation; caches must match them before reuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxies and gateways the message passed through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication challenge: which scheme (Basic, Bearer…) the client may use; required on 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With nosniff, tells browsers not to guess a media type other than Content-Type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether other sites may show this page in a frame; superseded by CSP frame-ancestors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>History is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer StatusScope (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was kept as %2 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept the history file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is read-only: %1. The entries below can be opened; new chains are not kept and nothing can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is in use by another program (still locked after %1 s). Nothing was changed; it is opened again at the next chain, or with Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History could not be written: %1. The last change was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain %1 in the history cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopChecks</name>
    <message>
        <source>%1 without a %2 header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry-After asks the client to wait %n second(s), until %1.</source>
        <translation>
            <numerusform>Retry-After asks the client to wait %n second, until %1.</numerusform>
            <numerusform>Retry-After asks the client to wait %n seconds, until %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry-After “%1” is neither a number of seconds nor an HTTP date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry-After asks the client to wait until %1 (%n second(s) from now).</source>
        <translation>
            <numerusform>Retry-After asks the client to wait until %1 (%n second from now).</numerusform>
            <numerusform>Retry-After asks the client to wait until %1 (%n seconds from now).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is outside 100–599, so it is not a valid HTTP status; clients should treat it as a server error (5xx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; by its class it means the same as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a standard code; it is used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>305 Use Proxy is deprecated; clients ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>306 is reserved and unused; a server should never send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 arrived as the final response. 1xx responses are interim: with Qt 6.4 the real response that follows is lost, so this is not the server&apos;s full answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason phrase “%1” is not the usual “%2”; clients ignore reason phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser made this %1 itself: %2 is on its HSTS list, so it went to https without asking the server (Non-Authoritative-Reason: HSTS). What the server answers at http is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser made this %1 itself (Non-Authoritative-Reason: %2), as it does when an extension redirects a request: the server never saw it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopDetail</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response arrived for this hop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has %1 meanings; the most likely comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; by its class a client treats it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this hop tells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent on this hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: what changed since the previous hop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases, from the start of the hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reused: no connect or TLS time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes queueing and the DNS lookup, which Qt does not separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connect and TLS handshake are one span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on plain HTTP, connecting and sending are one span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first byte and end of headers are one moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt sent this request %1 times by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hop was not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problems (accepted for this host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via proxy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via proxy %1, as user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (pinned); the URL, the Host field and the certificate check stay %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2, offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP version asked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered the %1 of hop %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered the %1 of hop %2 with %3, user %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered the challenge of hop %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered the challenge of hop %1 with %2, user %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 credentials with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 credentials with the request, user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate offered: %1 (the request&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate offered: %1, from Preferences for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostGate</name>
    <message numerus="yes">
        <source>The audit waits %n second(s), as Retry-After asks, then sends this request again (retry %1 of %2).</source>
        <translation>
            <numerusform>The audit waits %n second, as Retry-After asks, then sends this request again (retry %1 of %2).</numerusform>
            <numerusform>The audit waits %n seconds, as Retry-After asks, then sends this request again (retry %1 of %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpFile</name>
    <message>
        <source>line %1: the name “%2” was already given on line %3; --name picks the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the pre-request script (&lt; {% … %}) is not run: StatusScope runs no scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after a response handler is not part of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the script opened here is not closed with %}; the lines after it, up to the next ###, were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: “@name %2” is followed by no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: @no-log is not applied: the window&apos;s history keeps every chain it sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: @%2 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: “%2” is not a variable definition (@name = value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 requests are not supported; StatusScope sends HTTP requests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the response reference (%2) is not compared: StatusScope keeps its own history instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the response handler (%2) is not run: StatusScope runs no scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds more than 4 MiB; a .http file is far shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is next to the file but not read: no environment was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &lt;@%2: only UTF-8 body files are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &lt; %2: file not readable: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &lt; %2: file not found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is not applied: StatusScope speaks HTTP/1.1 and HTTP/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: “%2” is not a header (Name: value); a body comes after a blank line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: “%2” cannot be requested: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its body is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its body holds carriage returns, which a .http file does not keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its body ends with a line break or blank line, which a .http file does not keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of its body (“%1”) would be read as part of the file&apos;s syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name holds a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its method %1 is not one that .http files know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its URL cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its field %1 holds “{{”, which would be read as a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its field %1 begins or ends with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Authorization field would be encoded again when read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Digest user or password is empty or holds spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its body holds “{{”, which would be read as a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty body (written as none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookies from a cookie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits other than the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fields marked secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: without %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history is off or read-only, so nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: “%2” could not be saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” holds no saved request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text grows past 4 MiB once its variables are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: {{%2}} takes a value from another request&apos;s response, which StatusScope does not keep between requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file nor in the environment “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file (a response handler may set it in JetBrains&apos; client, but StatusScope runs no handlers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the variable “%2” uses itself (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the variable “%2” goes through more than %3 other variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: {{%2}}: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offset is not “NUMBER UNIT” (y, M, w, d, h, m, s, ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give rfc1123 or iso8601, then an optional offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the rfc1123 and iso8601 formats are supported, not custom formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give two whole numbers, the second larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give two numbers, the second larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a length from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name taken from an environment file (%NAME) is not supported: StatusScope reads no environment files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in the .env file next to the .http file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Active Directory tokens are not supported; put the token in a variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system variable is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not read: it is not plain JSON (%2; comments are not read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not used: only text, numbers and true/false are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment file next to the file defines “%1” (http-client.env.json, http-client.private.env.json, .vscode/settings.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment “%1”; the environment files define: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST kept after a 301, 302 or 303</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFiles</name>
    <message>
        <source>The URL list “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL list “%1” is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the URL list failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the URL list is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the URL list is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL list is not text: line %1 holds a NUL byte, so reading stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationResolver</name>
    <message>
        <source>spaces or control characters around the value were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs and line breaks inside the value were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backslashes were read as slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1:” without slashes was read as a relative reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host after “%1:” was read without slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra slashes before the host were collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw non-ASCII bytes were percent-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces inside the value were percent-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control characters inside the value were percent-encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StatusScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About StatusScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request C&amp;onsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chain as HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;curl Command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chain as HAR with C&amp;redentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in teaching server on 127.0.0.1 (stops with StatusScope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare Codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Request as curl with C&amp;redentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Request as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPreferences</name>
    <message>
        <source>Type the host the certificate is for, such as api.example or *.corp.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a host name, optionally with :PORT, without http:// or a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host with an optional port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a star may only stand first, as in *.corp.example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginKind</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptor %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptor %1 is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file, a pipe or a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder “%1” is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>--resolve “%1”: %2 It reads HOST:PORT:ADDRESS[,ADDRESS…], for example “www.example:443:203.0.113.7”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing an entry (a leading “-”) has no meaning here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs three parts separated by colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-to “%1”: %2 It reads HOST1:PORT1:HOST2:PORT2, for example “www.example:443:staging.example:8443”; an empty part means any host or port (on the left) or the request&apos;s own (on the right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs four parts separated by colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundCommand</name>
    <message>
        <source>Listen on port N of 127.0.0.1 (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope playground: --port needs a number from 0 to 65535, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusscope playground: cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playground listens on %1. Try %1/status/418 or %1/redirect/3; Ctrl+C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pro&amp;xy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example or 10.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass the proxy &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost, .corp.example, 10.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities trusted as well as the system’s (your organisation’s CA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CA &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates, presented to the hosts their pattern names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*.corp.example or api.example:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM, DER or PKCS#12 (.p12, .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the key is not in the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the key or the PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 when the server offers it (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole chain limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request whose Options tab keeps the built-in values (30 s, no limit, and its own proxy, certificate and version unset) uses these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: passwords are kept until StatusScope closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySelection</name>
    <message>
        <source>The proxy “%1” is not a host name or URL; write it as host:port or http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt 6.4 cannot reach a proxy over TLS (https://); give it as http://. An https URL still goes encrypted through the proxy&apos;s CONNECT tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt 6.4 speaks SOCKS version 5 only; give the proxy as socks5:// or socks5h://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy scheme “%1” is not one StatusScope can use; use http://, socks5:// or socks5h://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-user needs a user name before the colon: USER:PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual proxy needs a host and port, for example http://127.0.0.1:8888.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s %1 names the proxy “%2”, which cannot be used: %3 Nothing was sent (going straight to the server instead would leave the proxy out); fix the variable, or give the proxy with -x.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QHttpSocketEngine</name>
    <message>
        <source>Error parsing authentication request from proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>What does %1 mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which status code means: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectRules</name>
    <message>
        <source>A Location (%1) came with %2, which clients do not follow; the chain ends here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a Location header: there is nowhere to go, so this is the final response. (Qt 6.4 drops empty header fields, so an empty Location cannot be told apart from a missing one.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Location “%1” is not a URL that can be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Location was read the way browsers read it, which differs from a strict reading: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Location carries a user name and password (%1); they are not sent on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect points to a “%1:” URL; only http and https are followed, so nothing was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The limit of %n redirect(s) was reached; this redirect was not followed.</source>
        <translation>
            <numerusform>The limit of %n redirect was reached; this redirect was not followed.</numerusform>
            <numerusform>The limit of %n redirects was reached; this redirect was not followed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect leaves https for plain http (%1); it was not followed. Allow downgrades to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 became GET because of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n-byte body was not sent again.</source>
        <translation>
            <numerusform>The %n-byte body was not sent again.</numerusform>
            <numerusform>The %n-byte body was not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n-byte body was not sent again, nor %1.</source>
        <translation>
            <numerusform>The %n-byte body was not sent again, nor %1.</numerusform>
            <numerusform>The %n-byte body was not sent again, nor %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed from https to plain http because downgrades are allowed: what follows travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent: %2 is another origin. It stays off for the rest of the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect loop: this would send the same request as hop %1 again (same method, URL, body and cookies), so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typed Host (%1) was not sent on: the redirect leads to another origin, which gets its own host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>POST was sent again with its %n-byte body, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</source>
        <translation>
            <numerusform>POST was sent again with its %n-byte body, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</numerusform>
            <numerusform>POST was sent again with its %n-byte body, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</numerusform>
        </translation>
    </message>
    <message>
        <source>POST was sent again, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectSemantics</name>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the method and body are kept (a POST stays a POST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; clients may turn POST into GET, and browsers do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the next request is a GET (or HEAD), whatever the method was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed automatically: the chain ends here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request method: pick one or type any token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org/path — Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body, sent as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout without data, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum body per hop, in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headers sent with the request: a check box switches a row off, the Secret column masks its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the Content-Type header of the request to match the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text sent as the request body, byte for byte as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many redirects are followed before the chain stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hop that sends and receives nothing for this long is given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of each response body is kept; the rest is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole chain limit, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is given up after this long even while data still trickles in; 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-speed limit, in bytes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hop moving fewer bytes per second than this, on average over the time beside it, is given up; 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-speed window, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time over which the low-speed limit is averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow https → http down&amp;grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heade&amp;rs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follo&amp;w redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum redirects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout without data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum body per hop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole chain limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-speed limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://host:port, socks5h://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this session only: never written to the settings or the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned &amp;addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row sends requests for a host and port to another address (as curl&apos;s --resolve) or host and port (--connect-to); the URL, the Host field and the certificate check keep the typed host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an IP address for a host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --connect-to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to another host and port for a host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pinned address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenti&amp;cation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials StatusScope answers the server&apos;s challenge with, only to the origin typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the proxy of Preferences, no proxy at all, or the proxy typed under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep POST after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POST answered with 301 is sent again as a POST, with its body (curl&apos;s --post301). Without this, it becomes a GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep POST after 301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POST answered with 302 is sent again as a POST, with its body (curl&apos;s --post302). Without this, it becomes a GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep POST after 302</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POST answered with 303 is sent again as a POST, with its body (curl&apos;s --post303). Without this, it becomes a GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep POST after 303</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hop not connected within this long, its TLS handshake included, is given up (curl&apos;s --connect-timeout); 0 means only the timeout without data applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hop not connected within this long, its TLS handshake included, is given up (curl&apos;s --connect-timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note on the pasted curl command: what was not applied, and what was read differently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEngine</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Qt sent this request %n times by itself before a response arrived; the server may have seen it more than once.</source>
        <translation>
            <numerusform>Qt sent this request once by itself before a response arrived.</numerusform>
            <numerusform>Qt sent this request %n times by itself before a response arrived; the server may have seen it more than once.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was accepted although it is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during hop %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: hop %1 made no progress for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: the chain did not finish within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out during hop %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 gave no valid HTTP response: it sent something that is not HTTP, or closed the connection before answering. Qt sent the request %n times.</source>
        <translation>
            <numerusform>%1 gave no valid HTTP response: it sent something that is not HTTP, or closed the connection before answering.</numerusform>
            <numerusform>%1 gave no valid HTTP response: it sent something that is not HTTP, or closed the connection before answering. Qt sent the request %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection without sending a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a response that is not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status line arrived, but Qt 6.4 could not read the header section: more than 100 fields, a field of over 100 KB, or a line without a colon. The status alone is not the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1 sent headers Qt 6.4 cannot read; gave up after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect: 100-continue was sent, but Qt 6.4 does not wait for the server&apos;s 100 Continue: the body went out with the request head, and an interim 100 is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the request engine has no network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie “%1” was refused: %2. It is not sent on later hops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 body of hop %2 could not be decoded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too slow: hop %1 moved %2 in the last %3 s, under the limit of %4 per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body was cut at the limit of %1; the rest was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of hop %1 was cut at the limit of %2; the rest was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of the body of hop %1, after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge through a pin: Qt 6.4 names the address %1 in :authority instead of %2, so a server that tells its sites apart by name may answer for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent over HTTP/1.1: through a pin, Qt 6.4 would name the address %1 instead of %2 in HTTP/2&apos;s :authority, while HTTP/1.1 keeps the Host field right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for credentials; give them with --proxy-user USER:PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials of user “%2” (--proxy-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOCKS proxy %1 asks for a user name and password; give them with --proxy-user USER:PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asked for credentials before opening a tunnel to %2 (Qt 6.4 does not show its 407 answer); give them with --proxy-user USER:PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by the proxy %1: nothing is listening there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 could not be found: its host name does not resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before %2 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not listening, or could not reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not listening, could not reach the server, or refused the credentials of user “%4” (--proxy-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 could not resolve the host name “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy-Authorization was not sent: this hop goes to the server without a proxy, and the field is for a proxy only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy-Authorization was not sent: this hop goes to the server through a tunnel of %1, which would have handed the field to the server; give the proxy&apos;s credentials with --proxy-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to %1: --connect-to sends it to %2, which curl does through a tunnel of the proxy %3, while Qt 6.4 opens tunnels for https only and the proxy would take the address for the site. Use an https URL, a SOCKS proxy, or --noproxy %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --resolve pin to %1 was not used: the proxy %2 looks up “%3” itself, as with curl; --connect-to asks it for the address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 failed (%2); tried %3, the next address --resolve gives for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 at the address it is pinned to: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 at any of the %2 addresses --resolve gives for it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (realm “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest sent ahead to the proxy %1 for user %2 with the nonce from hop %3&apos;s 407 (nonce count %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused the Proxy-Authorization field typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s 407 said the nonce had expired (stale=true), not that the credentials were wrong; answered again with its new nonce, user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused the %2 credentials of user “%3” (--proxy-user): 407 again. They are not sent a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for %1; --proxy-user answers Basic and Digest only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest could not be answered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s 407 asked for Digest; answered with user %1 (%2, realm “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 was reached at %2, the address --resolve gives for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials of user “%2” (--proxy-user) for the tunnel to %3. Qt 6.4 answers a tunnel&apos;s 407 itself, once: a Digest nonce the proxy calls expired (stale=true) ends it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asked for credentials for the tunnel to %2 in a way Qt 6.4 cannot answer: Qt 6.4 answers a tunnel&apos;s request for credentials with Basic or Digest MD5 only (not Digest SHA-256), where StatusScope cannot step in. Plain http through the same proxy is answered with either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a client certificate and none was given: add one for this host (Edit → Preferences → Certificates in the window; --cert FILE, with --key FILE or --cert-type P12, on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: could not connect to %1 within the connect timeout of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path was sent as %1, not %2: Qt 6.4 removes “.” and “..” segments before sending (curl does too, unless --path-as-is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header field was read from this response: either the server sent none, or Qt 6.4 could not read its header section (more than 100 fields, a field of over 100 KB, a line without a colon) and dropped it. Servers nearly always send some (Date, Content-Length).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestValidation</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DEL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method “%1” contains %2; a method is a token such as GET or PURGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no scheme; start it with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https URLs can be requested, not “%1:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header has an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name “%1” contains %2; names are tokens such as X-Request-Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of header “%1” contains %2, which would break the request apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body limit must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as Name: value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding cannot be typed: Qt 6.4 sends the body whole, with a Content-Length, so the server would be told of a framing the body does not have. Leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length “%1” is not a number of bytes. Leave it out: the right one is sent by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length: %1 was typed, but the request has no body: the server would wait for bytes that never come. Leave it out, or add a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Content-Length: %1 does not match the body, which is %n byte(s): Qt 6.4 would cut the body or replace the value without a word. Leave it out: the right one is sent by itself.</source>
        <translation>
            <numerusform>Content-Length: %1 does not match the body, which is %n byte: Qt 6.4 would cut the body or replace the value without a word. Leave it out: the right one is sent by itself.</numerusform>
            <numerusform>Content-Length: %1 does not match the body, which is %n bytes: Qt 6.4 would cut the body or replace the value without a word. Leave it out: the right one is sent by itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>The typed Host “%1” is not a host name with an optional port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>A form POST should leave the browser on a result page that it fetches with GET, so a reload does not submit the form again. Which status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>303 See Other tells the client to GET the other URI whatever the method was; 307 and 308 would repeat the POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API moved for good to a new path and clients must keep sending their POST bodies there. Which status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>308 Permanent Redirect is permanent and keeps the method and body; a 301 may turn the POST into a GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request carries no credentials at all, and the resource needs a signed-in user. Which status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401 Unauthorized means &quot;authenticate first&quot; and comes with WWW-Authenticate; 403 is for a known user who may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed-in user asks to delete another user&apos;s account, which only administrators may do. Which status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 Forbidden: the server knows who is asking and refuses; signing in again would not help, so 401 is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article was taken down on purpose and will never come back. Which status says so most precisely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>410 Gone says the removal is deliberate and permanent, so links and caches can forget it; 404 only says nothing is there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON body parses fine, but its end date lies before its start date. Which status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>422 Unprocessable Content: the syntax is right but the content cannot be processed; 400 is for a request the server cannot even read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client sent too many requests this minute and should wait before trying again. Which status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 Too Many Requests is about this client&apos;s rate, usually with Retry-After; 503 means the whole service is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reverse proxy got a garbled, unparsable answer from the application server behind it. Which status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>502 Bad Gateway: the upstream answered, but badly; 504 would mean it did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upload was accepted and will be processed later by a background job. Which status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>202 Accepted: the work is queued, not done; 201 would claim the resource already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s cached copy is still current (its If-None-Match ETag matches). Which status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>304 Not Modified tells the client to reuse its stored copy, without a body; 412 is for a failed precondition on a change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusClass</name>
    <message>
        <source>Informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the standard range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDetail</name>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obsoleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a status code to read what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: do not use it in new work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cacheable by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: caches may store it without explicit freshness headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: only with explicit caching headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other meanings of this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Met %n time(s) in the request console this session.</source>
        <translation>
            <numerusform>Met %n time in the request console this session.</numerusform>
            <numerusform>Met %n times in the request console this session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the built-in playground answers a real %1 in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widely repeated, no primary source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::CatalogueModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::ChainModel</name>
    <message>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::HeaderTableModel</name>
    <message>
        <source>This header has a value but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::RequestSession</name>
    <message>
        <source>Nothing was sent: the request was cancelled while its password was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AppController</name>
    <message>
        <source>Opening %1 was cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chain(s)</source>
        <translation>
            <numerusform>%1: %n chain</numerusform>
            <numerusform>%1: %n chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n entry(ies) skipped: %1</source>
        <translation>
            <numerusform>; %n entry skipped: %1</numerusform>
            <numerusform>; %n entries skipped: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chain to export yet: send a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chain to %1, credentials included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chain to %1 (credentials masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off, so requests cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request as a curl command with its credentials masked (••••). Edit → Copy Request as curl with Credentials copies them as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request as a curl command; it holds masked credentials (••••) from the history, which must be typed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request as a curl command, credentials included: anyone who sees the clipboard can use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playground could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history is off, so nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) saved in the folder “%2”</source>
        <translation>
            <numerusform>%1: %n request saved in the folder “%2”</numerusform>
            <numerusform>%1: %n requests saved in the folder “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused</source>
        <translation>
            <numerusform>; %n refused</numerusform>
            <numerusform>; %n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>history is off, so there is no saved folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) of “%1” to %2</source>
        <translation>
            <numerusform>Saved %n request of “%1” to %2</numerusform>
            <numerusform>Saved %n requests of “%1” to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; masked credentials (••••) must be typed again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AuditPage</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain could not be fetched again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to audit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list of URLs or a redirect map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of a sitemap first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused after %n rows; chains already sent still end.</source>
        <translation>
            <numerusform>Paused after %n row; chains already sent still end.</numerusform>
            <numerusform>Paused after %n rows; chains already sent still end.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem: there is nothing to re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running again the %n rows with a problem.</source>
        <translation>
            <numerusform>Running again the %n row with a problem.</numerusform>
            <numerusform>Running again the %n rows with a problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched, %2 mismatched (%3 with errors), of %4 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n rows (%1).</source>
        <translation>
            <numerusform>Cancelled after %n row (%1).</numerusform>
            <numerusform>Cancelled after %n rows (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n rows in %1.</source>
        <translation>
            <numerusform>Done: %n row in %1.</numerusform>
            <numerusform>Done: %n rows in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is guessed from what the URL sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is guessed from the file’s first lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is guessed from the first lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list, a redirect map or a sitemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, maps and sitemaps (*.txt *.csv *.tsv *.xml *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold Authorization headers and cookies in clear text. Anyone who gets the file can use them. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to %1 (CSV).</source>
        <translation>
            <numerusform>Saved %n row to %1 (CSV).</numerusform>
            <numerusform>Saved %n rows to %1 (CSV).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows and the summary to %1 (JSON Lines).</source>
        <translation>
            <numerusform>Saved %n row and the summary to %1 (JSON Lines).</numerusform>
            <numerusform>Saved %n rows and the summary to %1 (JSON Lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>No chain of the rows shown is kept: select a row to fetch its chain, or show the rows with a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chains to %1, credentials included.</source>
        <translation>
            <numerusform>Saved %n chain to %1, credentials included.</numerusform>
            <numerusform>Saved %n chains to %1, credentials included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chains to %1 (credentials masked).</source>
        <translation>
            <numerusform>Saved %n chain to %1 (credentials masked).</numerusform>
            <numerusform>Saved %n chains to %1 (credentials masked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows shown were left out: the page keeps only the chains of rows with a problem and of the last rows.</source>
        <translation>
            <numerusform>%n row shown was left out: the page keeps only the chains of rows with a problem and of the last rows.</numerusform>
            <numerusform>%n rows shown were left out: the page keeps only the chains of rows with a problem and of the last rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the chain as the run followed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — fetching the chain again (the page keeps only the chains of rows with a problem and of the last rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the chain fetched again just now; the table shows the run’s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect map (CSV or TSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HAR (credentials masked)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR with c&amp;redentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the audit was cancelled while its password was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its chain hop by hop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AuditRowModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ByteRateSpinBox</name>
    <message>
        <source>%1/s</source>
        <comment>a rate: a size per second</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CataloguePage</name>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All origins</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%1 of %n code</numerusform>
            <numerusform>%1 of %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>No status code matches the chosen class and origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status code of the chosen class and origin matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status code matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a number such as 404, a class such as 5xx, or fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the entry shown before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the entry shown after (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the catalogue, back to the entry shown before (also the mouse&apos;s back button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the catalogue, forward to the entry shown after (also the mouse&apos;s forward button)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CertificateFiles</name>
    <message>
        <source>“%1” is not a file that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a certificate or a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a PKCS#12 file that needs its password: type it under Password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open the PKCS#12 file “%1” (or it is not a certificate file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no certificate: choose a PEM or DER file with the authority’s certificate (often .pem, .crt or .cer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no private key: choose the key file as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted: type its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be read (RSA, EC and DSA keys in PEM or DER are understood).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is an %1 key, which Qt 6.4 cannot use for a client certificate; an RSA or EC (P-256, P-384) one works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is an OpenSSH key (as in ~/.ssh), not the key of a TLS certificate: choose the key the certificate was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read: make a PEM file of it with “%2” and add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not authorities to trust: add it below as a client certificate, or take its authorities out with “%2” and add that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ChainDelegate</name>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ChainView</name>
    <message>
        <source>Save the response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a URL and press Enter to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1: waiting for %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1: %2 received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) · %1 ms · final %2 · %3</source>
        <translation>
            <numerusform>%n hop · %1 ms · final %2 · %3</numerusform>
            <numerusform>%n hops · %1 ms · final %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue over http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the certificate of %1 until StatusScope closes; other hosts and ports are still checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate checks are off for %1 until StatusScope closes; other hosts and ports are still checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ComparisonDialog</name>
    <message>
        <source>Compare Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a classic confusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets of codes that are often confused, such as 401 and 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 5 codes, such as 404 410</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 2 to 5 status codes separated by spaces, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per code, one row per property; rows where the codes differ are marked with ≠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ready-made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CurlPasteDialog</name>
    <message>
        <source>Several curl requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pasted text holds %n curl requests. Open the checked one in the console (the other checked ones are saved), or save them all.</source>
        <translation>
            <numerusform>The pasted text holds %n curl request. Open it in the console, or save it.</numerusform>
            <numerusform>The pasted text holds %n curl requests. Open the checked one in the console (the other checked ones are saved), or save them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: every option applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1, not applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl paste %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n pasted requests in “%1”.</source>
        <translation>
            <numerusform>Saved %n pasted request in “%1”.</numerusform>
            <numerusform>Saved %n pasted requests in “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened request %1 of the paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened request %1 of the paste; saved %n more in “%2”.</source>
        <translation>
            <numerusform>Opened request %1 of the paste; saved %n more in “%2”.</numerusform>
            <numerusform>Opened request %1 of the paste; saved %n more in “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HarOpener</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HistoryPanel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains in the HAR file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search URL, method, status (404, 5xx) or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatusScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hop(s) · %2 ms</source>
        <translation>
            <numerusform>%1 · %n hop · %2 ms</numerusform>
            <numerusform>%1 · %n hops · %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n chain(s) from the history? Saved requests stay.</source>
        <translation>
            <numerusform>Delete the only chain from the history? Saved requests stay.</numerusform>
            <numerusform>Delete all %n chains from the history? Saved requests stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename saved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved request “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials &amp;in history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Authorization, Proxy-Authorization, Cookie and Set-Cookie values are kept in new history entries and saved requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chains sent from the console, newest first. Enter re-runs the selected request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests you saved, by folder. Enter opens the selected one in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chains read from the opened HAR file. The selected one is shown in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. Every chain you send from the console is kept here; Enter on one sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet. File → Save Request (Ctrl+S) keeps the request in the console here, under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the history file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search URL, status or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Folder as .http…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search URL, method or status (404, 5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search URL or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the HAR file&apos;s chains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HttpFileActions</name>
    <message>
        <source>Open .http File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.http files (*.http *.rest);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Saved Folder as .http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s folder defines environments. Read variables from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.http files (*.http);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open .&amp;http File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the requests of a VS Code REST Client or JetBrains HTTP Client file in a saved folder of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sa&amp;ved Folder as .http…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the requests of a saved folder as a .http file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved folder yet. File → Open .http File… makes one from a file; saved requests are put in folders when they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 saved in the folder “%2”.</source>
        <translation>
            <numerusform>%n request of %1 saved in the folder “%2”.</numerusform>
            <numerusform>%n requests of %1 saved in the folder “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 saved in the folder “%2”, with the variables of environment “%3”.</source>
        <translation>
            <numerusform>%n request of %1 saved in the folder “%2”, with the variables of environment “%3”.</numerusform>
            <numerusform>%n requests of %1 saved in the folder “%2”, with the variables of environment “%3”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved (%n):</source>
        <translation>
            <numerusform>Not saved (%n):</numerusform>
            <numerusform>Not saved (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials were saved masked (••••), as “Credentials in history” in the History panel asks: type them again before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::MainWindow</name>
    <message>
        <source>About StatusScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusScope %1&lt;/h3&gt;&lt;p&gt;An offline catalogue of HTTP status codes: the registered ones, the historic ones and those of vendors, each explained.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the catalogue. Type a code or a word to search.</source>
        <translation>
            <numerusform>%n entry in the catalogue. Type a code or a word to search.</numerusform>
            <numerusform>%n entries in the catalogue. Type a code or a word to search.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a HAR file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR files (*.har *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chain as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (use Folder/Name to put it in a folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the command (as copied from a browser or a terminal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold Authorization headers and cookies in clear text. Anyone who gets the file can use them. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running request; in the catalogue search, clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the URL field: paste a URL or a whole curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the catalogue results from the search field, then into the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L edits the URL, Ctrl+Enter sends, Esc cancels; F1 lists every shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter starts the audit, Esc cancels it; F1 lists every shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Audit page: start the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Audit page: cancel the run (the rows that finished stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit StatusScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting stops it, and its rows are lost unless you export them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit’s rows have not been exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting discards them. Cancel, then Export on the Audit page, to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a status code but a Warning header code: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::NetworkOptionsEditor</name>
    <message>
        <source>Type the proxy&apos;s address (http://host:port or socks5h://host:port), or choose “Use Preferences”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer authentication needs a token: type it beside the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authentication needs a user name: type it beside the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2, offered on https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic or Digest, as the server asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also applied, from an imported command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the token again: it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again: it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the proxy&apos;s password again: it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <comment>a cookie: name (domain and path)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie file&apos;s cookies for other hosts or paths, sent when the chain reaches them: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::PinTableModel</name>
    <message>
        <source>--resolve: the IP addresses to connect to, separated by commas; --connect-to: the host to connect to (empty: the request&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::PreferencesDialog</name>
    <message>
        <source>Type the proxy’s host name or address, or choose another proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host name or address: type the host alone, without http:// or a path (the type is chosen above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the proxy’s port, a number from 1 to 65535 (often 3128 or 8080 for an HTTP proxy, 1080 for SOCKS5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535; “%1” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy password needs the user name it goes with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is already given for “%1”: remove it first to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file for these hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not in the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program&apos;s environment names authorities trusted beside the system&apos;s, as curl reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program&apos;s environment names the authorities to trust instead of the system&apos;s, as curl reads it. The files above are trusted as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (environment, beside the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (environment, instead of the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the system&apos;s settings, these variables of this program&apos;s environment come first, as curl reads them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::QuizDialog</name>
    <message>
        <source>Only codes I &amp;met in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only about codes of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only about codes of this origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code matches these filters. Choose others and start a new round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class or origin if you like, then start a new round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round over: %1 of %2 right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an answer first (keys 1 to 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only codes I got &amp;wrong before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only about the status codes the request console has received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only about codes you answered wrong in earlier rounds, the weakest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are counted per code and kept for the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>So far: %1 of %2 answers right, over %n code(s).</source>
        <translation>
            <numerusform>So far: %1 of %2 answers right, over %n code.</numerusform>
            <numerusform>So far: %1 of %2 answers right, over %n codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth another look: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::RequestComposer</name>
    <message>
        <source>Send a file as the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body on %1 is unusual; many servers ignore or refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from curl; not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow redirects is now off, as in curl without -L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more requests were pasted: only the first was opened</source>
        <translation>
            <numerusform>%n more request was pasted: only the first was opened</numerusform>
            <numerusform>%n more requests were pasted: only the first was opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from curl with %n notes.</source>
        <translation>
            <numerusform>Imported from curl with %n note.</numerusform>
            <numerusform>Imported from curl with %n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes on the curl Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::SecretDialog</name>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 (Edit → Preferences) needs the password of user “%2” for this request. No keychain gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate “%1” (Edit → Preferences, for %2) is locked by a password. No keychain gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate “%1” this request names is locked by a password. Passwords are not kept with the history or saved requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::SecretPrompter</name>
    <message>
        <source>Nothing was sent: the password for the proxy %1 was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the password of the client certificate “%1” was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain for the proxy password and the client certificate&apos;s password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain for the client certificate&apos;s password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain for the proxy password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsFailure</name>
    <message>
        <source>The server&apos;s certificate was signed by an authority (%1) that is not among those given with --cacert or --capath. They replace this computer&apos;s authorities: pass this one too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was signed by an authority this computer does not trust (%1). If it is your organisation&apos;s CA, pass it with --cacert FILE (or add it in Preferences → Certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid for %1, not for %2. Check the host name in the URL: the certificate must name it, also when --resolve or --connect-to sends the request to another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: no authority vouches for it. If it is the certificate you expect, pass it with --cacert FILE (or add it in Preferences → Certificates), or accept it for this host with -k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete: the server did not send the intermediate certificate (%1) that links its certificate to an authority. The server must be set up to send it; meanwhile, pass the intermediate with its authority in the file given to --cacert, or look anyway with -k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by %1, which is not among the authorities given with --cacert or --capath (they replace this computer&apos;s), and the server did not send its certificate. If %1 is an intermediate, the server&apos;s chain is incomplete: the server must send the intermediate with its certificate (meanwhile, add it to the --cacert file beside its authority); if it is your CA itself, pass it with --cacert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1 (it was valid from %2). The server must renew it; if the date looks wrong, check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the server&apos;s chain (%1) expired on %2. The server must send a current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1 (and until %2). Check this computer&apos;s clock; if it is right, the server was given its certificate too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was revoked by its authority: do not trust this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a client certificate and did not accept the one given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the client certificate: it does not accept it (signed by an authority it does not trust, expired, revoked, or not matching its key). Qt said: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server and Qt have no TLS version in common (Qt 6.4 with OpenSSL 3 speaks TLS 1.2 and 1.3). Qt said: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: it may have refused the client certificate, or it shares no cipher with Qt. Qt said: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a client certificate and none was given: add one for this host (Edit → Preferences → Certificates in the window; --cert FILE, with --key FILE or --cert-type P12, on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: it may want a client certificate (Edit → Preferences → Certificates, or --cert FILE), or it shares no cipher with Qt. Qt said: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server and this request have no TLS version in common: it offered %1. Qt said: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was signed by an authority (%1) that is not among those %2 names in this program&apos;s environment (%3). As in curl, they replace this computer&apos;s authorities: add this one there, or pass it with --cacert FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by %1, which is not among the authorities %2 names in this program&apos;s environment (%3; as in curl, they replace this computer&apos;s), and the server did not send its certificate. If %1 is an intermediate, the server&apos;s chain is incomplete: the server must send the intermediate with its certificate; if it is your CA itself, add it there or pass it with --cacert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>%1 “%2”: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: the file is too large to be a certificate or a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: the file cannot be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences → Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: the file holds no certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not PKCS#12 (a .p12 or .pfx file); for PEM or DER files, give --cert-type PEM or DER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file could not be opened without a password; give it with --pass PASSWORD or --cert FILE:PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password does not open this PKCS#12 file (or the file uses an old cipher OpenSSL 3 no longer reads). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no PEM certificate (for DER give --cert-type DER, for a .p12 file --cert-type P12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a DER certificate holds no key; give the key with --key FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no private key; give it with --key FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key “%1”: the file holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in “%1” is protected by a passphrase; give it with --pass PHRASE. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open the key in “%1”. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in “%1” cannot be read: it is not an RSA, EC or DSA private key in PEM or DER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key “%1” was given without --cert: give the certificate it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to %1: the client certificate Preferences → Certificates give for “%2” is locked by a password that was not given. Send a request to %1 itself to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to %1: the client certificate Preferences → Certificates give for “%2” cannot be used: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tlsv1.3 with --tls-max 1.2 leaves no TLS version to offer: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 only, as --tlsv1.3 asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 only, as --tls-max 1.2 asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in “%1” is an %2 key, which Qt 6.4 cannot present in a TLS handshake; an RSA or EC (P-256, P-384) client certificate works. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in “%1” is an OpenSSH key (as in ~/.ssh), not a TLS private key: give the key the certificate was issued for (PEM, “BEGIN PRIVATE KEY”). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: there is no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: the folder holds no certificate (PEM or DER files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent to %2: the variable is set in this program&apos;s environment and, as in curl, names the authorities https requests trust; correct or unset it, or give the authorities with --cacert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: the file is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read; make a PEM file of it with “%3” and give that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: the file is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not authorities to trust; take its authorities out with “%3” and give that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlInput</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address “%1” is missing its closing “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a port can follow the IPv6 address %1, as in %1:8080, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host “%1” holds several colons: an IPv6 address is written in brackets, as in http://[::1]:8080/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” contains %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port after “%1:” is empty; leave the colon out for the usual port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” contains %2, which is not allowed in a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two slashes and the host name come after “%1:”, as in %1://example.org/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a path without a host: write the host in front, as in http://example.org%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https URLs can be requested, not “%1:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme of the URL contains a character that is not allowed; use http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password in the URL contains a character that is not allowed; write it percent-encoded (%40 for @, %3A for :).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name of the URL contains a character that is not allowed in a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address in the URL is missing its closing “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address in brackets in the URL is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of the URL is empty; leave the colon out for the usual port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of the URL is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of the URL contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query of the URL contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fragment of the URL (after #) contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is not valid; write it as http://host/path or https://host/path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarnCodes</name>
    <message>
        <source>%1 is a code of the Warning header, not a status code: “%1 %2” (%3). RFC 9111 made the Warning header obsolete, and no status line carries it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>StatusScope cannot open its window: %1
The installation is incomplete. The command line still works: statusscope --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatusScope cannot open its window: there is no display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset).
The command line works without one: statusscope --help
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
