<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <source>StatusScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status code catalogue could not be loaded, so StatusScope cannot start.

%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>statusscope: the catalogue could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (deprecated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IANA registry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also called:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cacheable by default:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redirect:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status code, for example 404 or 000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statusscope explain: give exactly one status code, for example "statusscope explain 404".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statusscope explain: "%1" is not a status code; a status code is a number such as 404.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By its number it belongs to %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only codes of CLASS: 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only codes of ORIGIN: standard, webdav, experimental, historical, vendor or unofficial.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only codes matching TEXT, as in the window's search field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statusscope codes: unexpected argument "%1"; filters are given with --class, --origin and --search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statusscope codes: "%1" is not a class; use 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statusscope codes: "%1" is not an origin; use one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No catalogue entry matches these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLASS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ORIGIN</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 has %n meanings.</source>
        <translation>
            <numerusform>%1 has %n meaning.</numerusform><numerusform>%1 has %n meanings.</numerusform></translation>
    </message>
</context>
<context>
    <name>CatalogueError</name>
    <message>
        <source>: entry %1 (code %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: entry %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, field "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Search codes, reasons and descriptions (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a code such as 404, a class such as 4xx, or words from a reason or description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status code details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogueParser</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object with a description for each class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every class needs a description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a status class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must contain only non-empty strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be the code written with digits only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a single line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid header field name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an array of codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must contain only whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must contain only objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a positive RFC number, without a url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a reference needs an rfc number or a title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an http(s) link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only 3xx codes have redirect semantics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be kept, may_change, becomes_get or not_followed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be the registry's reason phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code %1 from "%2" is already in the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an entry defined by a specification must cite it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a registered code must cite its specification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an entry cannot be related to its own code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code %1 is not in the catalogue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Explain every catalogue meaning of a status code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the catalogue, optionally filtered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: statusscope [COMMAND] [OPTIONS]

StatusScope explains HTTP status codes. Without a command it opens the window.

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Options:
  -h, --help      Show this help, or a command's help after the command name.
  -v, --version   Show the version.

Exit status: 0 success, 1 code not catalogued, 2 usage error, 3 catalogue unreadable.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statusscope: "%1" is not a command. Try "statusscope --help".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the catalogue from FILE instead of the built-in one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StatusScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find in Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About StatusScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OriginKind</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebDAV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experimental</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Historical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unofficial</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RedirectSemantics</name>
    <message>
        <source>Permanent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the method and body are kept (a POST stays a POST).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; clients may turn POST into GET, and browsers do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the next request is a GET (or HEAD), whatever the method was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not followed automatically: the chain ends here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusClass</name>
    <message>
        <source>Informational</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redirection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside the standard range</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusDetail</name>
    <message>
        <source>Not registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>temporary registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>obsoleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, as “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a status code to read what it means.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deprecated: do not use it in new work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IANA registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cacheable by default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes: caches may store it without explicit freshness headers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No: only with explicit caching headers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other meanings of this number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 class</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusScope::Core::CatalogueModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusScope::Gui::CataloguePage</name>
    <message>
        <source>All classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All origins</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform><numerusform>%n codes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 of %n code</numerusform><numerusform>%1 of %n codes</numerusform></translation>
    </message>
    <message>
        <source>No status code matches the chosen class and origin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No status code of the chosen class and origin matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No status code matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try a number such as 404, a class such as 5xx, or fewer words.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusScope::Gui::MainWindow</name>
    <message>
        <source>About StatusScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;StatusScope %1&lt;/h3&gt;&lt;p&gt;An offline catalogue of HTTP status codes: the registered ones, the historic ones and those of vendors, each explained.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entries in the catalogue. Type a code or a word to search.</source>
        <translation>
            <numerusform>%n entry in the catalogue. Type a code or a word to search.</numerusform><numerusform>%n entries in the catalogue. Type a code or a word to search.</numerusform></translation>
    </message>
</context>
</TS>